"""The analyst's session: every correction shows at once, undoes exactly and redoes exactly."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace

import pytest
from correction_helpers import AA, REUTERS, document, event, offset

from viewer.core.corrections import NO_DOCUMENT, UndoMerge
from viewer.core.model import Precision
from viewer.core.pipeline import DocumentResult, analyse_path
from viewer.core.project import save_project
from viewer.core.workspace import Workspace, open_workspace

D = dt.date

# The same report, carried by two agencies: corroboration merges the two into one event.
SHARED = "A cessation of hostilities in Syria largely held on Sunday, monitors in Aleppo said."


def hand_results():
    reuters = document("/news/reuters.txt", REUTERS, D(2016, 2, 28))
    aa = document("/news/aa.txt", AA, D(2016, 5, 2))
    reuters_events = (
        event(0, reuters, "on Sunday", D(2016, 2, 28), category="ceasefire_in_force"),
        event(0, reuters, "on March 7", D(2016, 3, 7), category="talks"),
    )
    aa_events = (event(1, aa, "late February", D(2016, 2, 1), Precision.MONTH),)
    return [DocumentResult(0, reuters, (), reuters_events), DocumentResult(1, aa, (), aa_events)]


def merged_results():
    one = document("/news/one.txt", "BEIRUT (Reuters) - " + SHARED, D(2016, 2, 28))
    two = document("/news/two.txt", "DAMASCUS (AFP) - " + SHARED, D(2016, 2, 28))
    return [
        DocumentResult(
            i, doc, (), (event(i, doc, "on Sunday", D(2016, 2, 28), category="ceasefire_in_force"),)
        )
        for i, doc in enumerate((one, two))
    ]


def find(events, expression):
    return next(e for e in events if e.expression == expression)


def mentioning(events, words):
    """The event read from an expression holding ``words`` (taggers differ on "on Monday")."""
    return next(e for e in events if words in e.expression)


def edit_date(ws):
    return ws.edit(find(ws.events, "on March 7"), start=D(2016, 3, 9), precision="day")


def edit_title_and_category(ws):
    return ws.edit(find(ws.events, "on Sunday"), title="Truce holds", category="ceasefire_violated")


def delete(ws):
    return ws.delete(mentioning(ws.events, "February"))


def add_tied(ws):
    start = offset(REUTERS, "Talks are due to resume")
    return ws.add_manual(
        start=D(2016, 3, 14),
        precision="week",
        title="Geneva round",
        category="talks",
        document=0,
        char_start=start,
        char_end=REUTERS.index(".", start) + 1,
    )


def add_free(ws):
    return ws.add_manual(
        start=D(2016, 2, 12), title="ISSG agrees in Munich", category="ceasefire_agreed"
    )


@pytest.mark.parametrize(
    ("make", "seen"),
    [
        (edit_date, lambda ev: find(ev, "on March 7").value == "2016-03-09"),
        (
            edit_title_and_category,
            lambda ev: (
                (find(ev, "on Sunday").title, find(ev, "on Sunday").category)
                == ("Truce holds", "ceasefire_violated")
            ),
        ),
        (delete, lambda ev: all(e.expression != "late February" for e in ev)),
        (
            add_tied,
            lambda ev: any(
                e.title == "Geneva round" and e.document == 0 and e.value == "2016-W11" for e in ev
            ),
        ),
        (
            add_free,
            lambda ev: any(
                e.title == "ISSG agrees in Munich" and e.document == NO_DOCUMENT for e in ev
            ),
        ),
    ],
    ids=["date", "title-category", "delete", "add-tied", "add-free"],
)
def test_each_event_correction_shows_at_once_undoes_and_redoes_exactly(make, seen):
    ws = Workspace(hand_results())
    before = list(ws.events)
    correction = make(ws)
    ws.apply(correction)
    after = list(ws.events)
    assert seen(after) and not seen(before)
    assert ws.undo_last() == correction
    assert ws.events == before and ws.corrections == ()
    ws.apply(correction)
    assert ws.events == after


def test_undoing_a_merge_undoes_and_redoes():
    ws = Workspace(merged_results())
    (merged,) = ws.events
    assert len(merged.sources) == 2  # corroboration merged the two agencies' reports
    split = ws.split(merged)
    assert isinstance(split, UndoMerge)
    ws.apply(split)
    assert sorted(e.document for e in ws.events) == [0, 1]
    ws.undo_last()
    assert ws.events == [merged]
    ws.apply(split)
    assert len(ws.events) == 2


def test_re_extraction_keeps_the_corrections():
    ws = Workspace(hand_results())
    ws.apply(edit_title_and_category(ws))
    ws.apply(delete(ws))
    # A newer tagger reads "held on Sunday" where the old one read "on Sunday".
    results = hand_results()
    reuters = results[0].document
    newer = (event(0, reuters, "held on Sunday", D(2016, 2, 28)), results[0].events[1])
    ws.replace_results([replace(results[0], events=newer), results[1]])
    assert find(ws.events, "held on Sunday").title == "Truce holds"
    assert all(e.expression != "late February" for e in ws.events)
    assert ws.unmatched == ()


def test_a_missing_document_is_reported_and_the_others_keep_their_corrections():
    ws = Workspace(hand_results())
    ws.apply(edit_title_and_category(ws))
    ws.apply(delete(ws))
    only_reuters = Workspace(hand_results()[:1], ws.corrections)
    assert find(only_reuters.events, "on Sunday").title == "Truce holds"
    assert only_reuters.problems() == ["Not applied: Delete event “late February” in aa.txt"]


def test_setting_a_reference_date_resolves_the_article_again_and_undoes(seed_path):
    ws = Workspace([analyse_path(0, seed_path)])
    monday = mentioning(ws.events, "Monday")
    assert monday.value == "2016-05-02"
    ws.apply(ws.set_reference_date(0, D(2016, 5, 9)))
    assert ws.documents[0].reference_date == D(2016, 5, 9)
    assert mentioning(ws.events, "Monday").value == "2016-05-09"
    assert mentioning(ws.events, "2011").value == "2011"  # absolute dates stay
    ws.undo_last()
    assert mentioning(ws.events, "Monday").value == "2016-05-02"


def test_clearing_a_reference_date_returns_to_the_published_one(seed_path):
    ws = Workspace([analyse_path(0, seed_path, D(2016, 5, 9))])
    assert mentioning(ws.events, "Monday").value == "2016-05-09"
    ws.apply(ws.set_reference_date(0, None))
    assert mentioning(ws.events, "Monday").value == "2016-05-02"  # the sidecar's date


def test_an_edit_survives_a_change_of_reference_date(seed_path):
    ws = Workspace([analyse_path(0, seed_path)])
    ws.apply(ws.edit(mentioning(ws.events, "February"), title="Truce agreed in February"))
    ws.apply(ws.set_reference_date(0, D(2016, 5, 9)))
    assert mentioning(ws.events, "February").title == "Truce agreed in February"


def test_categories_outside_the_vocabulary_are_refused():
    ws = Workspace(hand_results())
    with pytest.raises(ValueError, match="unknown category"):
        ws.edit(ws.events[0], category="riot")


def test_correct_close_reopen_and_every_correction_is_there(tmp_path, seed_path):
    shutil.copy(seed_path, tmp_path / seed_path.name)
    meta = seed_path.with_name(seed_path.stem + ".meta.json")
    shutil.copy(meta, tmp_path / meta.name)
    ws = Workspace([analyse_path(0, tmp_path / seed_path.name)])
    ws.apply(ws.set_reference_date(0, D(2016, 5, 9)))
    ws.apply(
        ws.edit(
            mentioning(ws.events, "February"),
            start=D(2016, 2, 27),
            precision="day",
            title="Cessation of hostilities takes effect",
            category="ceasefire_in_force",
        )
    )
    ws.apply(ws.delete(mentioning(ws.events, "2011")))
    text = ws.documents[0].text
    start = text.index("Kerry also met with Saudi Foreign Minister")
    ws.apply(
        ws.add_manual(
            start=D(2016, 5, 2),
            title="Kerry meets al-Jubeir",
            category="talks",
            document=0,
            char_start=start,
            char_end=text.index(".", start) + 1,
        )
    )
    project_path = tmp_path / "aleppo.ctl.json"
    save_project(ws.to_project(), project_path)

    reopened, project, problems = open_workspace(project_path)
    assert problems == []
    assert reopened.events == ws.events
    assert mentioning(reopened.events, "Monday").value == "2016-05-09"
    assert all("2011" not in e.expression for e in reopened.events)
    assert any(e.title == "Kerry meets al-Jubeir" for e in reopened.events)
    assert reopened.to_project(project) == project
