"""Corrections apply on top of extracted events and survive a newer tagger or changed text."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from correction_helpers import AA, REUTERS, document, event, offset

from viewer.core.corrections import (
    NO_DOCUMENT,
    AddEvent,
    DateSpec,
    DeleteEvent,
    EditEvent,
    UndoMerge,
    anchor_at,
    apply_corrections,
    calendar_unit,
    describe,
)
from viewer.core.model import Precision

D = dt.date
PUBLISHED = D(2016, 2, 28)


@pytest.mark.parametrize(
    ("day", "precision", "value", "start", "end"),
    [
        (D(2016, 2, 27), "day", "2016-02-27", D(2016, 2, 27), D(2016, 2, 27)),
        (D(2016, 5, 4), "week", "2016-W18", D(2016, 5, 2), D(2016, 5, 8)),
        (D(2016, 2, 10), "month", "2016-02", D(2016, 2, 1), D(2016, 2, 29)),
        (D(2016, 4, 20), "season", "2016-SP", D(2016, 3, 1), D(2016, 5, 31)),
        # a winter is written with the year it begins in, as TimeML annotators write it
        (D(2016, 1, 15), "season", "2015-WI", D(2015, 12, 1), D(2016, 2, 29)),
        (D(2016, 12, 15), "season", "2016-WI", D(2016, 12, 1), D(2017, 2, 28)),
        (D(2016, 8, 1), "quarter", "2016-Q3", D(2016, 7, 1), D(2016, 9, 30)),
        (D(2016, 8, 1), "half", "2016-H2", D(2016, 7, 1), D(2016, 12, 31)),
        (D(2011, 3, 15), "year", "2011", D(2011, 1, 1), D(2011, 12, 31)),
        (D(2013, 3, 15), "decade", "201", D(2010, 1, 1), D(2019, 12, 31)),
        (D(2013, 3, 15), "century", "20", D(2000, 1, 1), D(2099, 12, 31)),
    ],
)
def test_a_corrected_date_has_the_timex_value_and_interval_of_its_precision(
    day, precision, value, start, end
):
    date = DateSpec.at(day, precision)
    assert (date.value, date.start, date.end, str(date.precision)) == (value, start, end, precision)
    assert calendar_unit(day, Precision(precision)) == (start, end)


def test_a_date_range_starts_where_the_analyst_says_and_may_not_run_backwards():
    date = DateSpec.at(D(2016, 2, 11), "day", D(2016, 2, 12))
    assert (date.start, date.end, date.value) == (D(2016, 2, 11), D(2016, 2, 12), "2016-02-11")
    with pytest.raises(ValueError, match="before it starts"):
        DateSpec.at(D(2016, 2, 11), "day", D(2016, 2, 10))


@pytest.fixture
def reuters():
    return document("/news/reuters.txt", REUTERS, PUBLISHED)


@pytest.fixture
def aa():
    return document("/news/aa.txt", AA, D(2016, 5, 2))


def reuters_events(doc):
    return [
        event(0, doc, "on Sunday", D(2016, 2, 28)),
        event(0, doc, "on Friday", D(2016, 2, 26)),
        event(0, doc, "late February", D(2016, 2, 1), Precision.MONTH),
        event(0, doc, "on March 7", D(2016, 3, 7), category="talks"),
    ]


def by_expression(events):
    return {e.expression: e for e in events}


def test_editing_a_date_changes_value_interval_and_precision_but_not_the_passage(reuters):
    events = reuters_events(reuters)
    friday = by_expression(events)["on Friday"]
    fix = EditEvent(
        anchor_at(reuters, friday.char_start, friday.char_end),
        date=DateSpec.at(D(2016, 2, 27), "day"),
    )
    applied = apply_corrections(events, events, [reuters], [fix])
    edited = by_expression(applied.events)["on Friday"]
    assert (edited.value, edited.start, edited.end) == (
        "2016-02-27",
        D(2016, 2, 27),
        D(2016, 2, 27),
    )
    assert edited.timex.value == "2016-02-27"
    assert edited.edited and not by_expression(applied.events)["on Sunday"].edited
    assert REUTERS[edited.char_start : edited.char_end] == "on Friday"
    assert edited.passage == friday.passage
    assert applied.unmatched == ()


def test_title_and_category_edits_apply_in_order_and_the_last_wins(reuters):
    events = reuters_events(reuters)
    talks = by_expression(events)["on March 7"]
    anchor = anchor_at(reuters, talks.char_start, talks.char_end)
    corrections = [
        EditEvent(anchor, title="Geneva talks resume"),
        EditEvent(anchor, category="political"),
        EditEvent(anchor, title="Geneva peace talks due to resume"),
    ]
    result = by_expression(apply_corrections(events, events, [reuters], corrections).events)
    assert result["on March 7"].title == "Geneva peace talks due to resume"
    assert result["on March 7"].category == "political"
    assert result["on March 7"].value == "2016-03-07"


def test_a_deleted_event_leaves_the_timeline(reuters):
    events = reuters_events(reuters)
    sunday = by_expression(events)["on Sunday"]
    applied = apply_corrections(
        events,
        events,
        [reuters],
        [DeleteEvent(anchor_at(reuters, sunday.char_start, sunday.char_end))],
    )
    assert "on Sunday" not in by_expression(applied.events)
    assert len(applied.events) == len(events) - 1


def test_a_manual_event_is_tied_to_the_passage_the_analyst_selected(reuters):
    start = offset(REUTERS, "The truce came into force at midnight")
    end = REUTERS.index(".", start) + 1
    added = AddEvent(
        "manual-1",
        DateSpec.at(D(2016, 2, 27), "day"),
        "Truce takes effect",
        "ceasefire_in_force",
        anchor_at(reuters, start, end),
    )
    free = AddEvent(
        "manual-2", DateSpec.at(D(2016, 2, 12), "day"), "ISSG agrees in Munich", "ceasefire_agreed"
    )
    applied = apply_corrections([], [], [reuters], [added, free])
    tied, standing = sorted(applied.events, key=lambda e: e.id)
    assert tied.document == 0 and tied.passage == REUTERS[start:end]
    assert REUTERS[tied.char_start : tied.char_end] == tied.expression
    assert tied.category == "ceasefire_in_force" and tied.edited
    assert standing.document == NO_DOCUMENT and standing.sources == ()
    assert [e.id for e in applied.events] == ["manual-2", "manual-1"]  # in date order


def test_a_newer_tagger_that_widens_the_span_keeps_the_correction(reuters):
    old = reuters_events(reuters)
    february = by_expression(old)["late February"]
    fix = EditEvent(
        anchor_at(reuters, february.char_start, february.char_end),
        date=DateSpec.at(D(2016, 2, 20), "day", D(2016, 2, 29)),
        title="Fighting eases",
    )
    # The newer tagger reads "since late February" instead of "late February".
    new = [e for e in old if e is not february]
    new.append(event(0, reuters, "since late February", D(2016, 2, 1), Precision.MONTH))
    applied = apply_corrections(new, new, [reuters], [fix])
    widened = by_expression(applied.events)["since late February"]
    assert widened.title == "Fighting eases"
    assert (widened.start, widened.end) == (D(2016, 2, 20), D(2016, 2, 29))
    assert applied.unmatched == ()


def test_changed_text_with_shifted_offsets_keeps_the_correction(reuters):
    events = reuters_events(reuters)
    march = by_expression(events)["on March 7"]
    fix = EditEvent(anchor_at(reuters, march.char_start, march.char_end), title="Talks resume")
    updated = replace(reuters, text="UPDATED with monitor's figures.\n\n" + REUTERS)
    re_read = reuters_events(updated)
    applied = apply_corrections(re_read, re_read, [updated], [fix])
    moved = by_expression(applied.events)["on March 7"]
    assert moved.char_start == march.char_start + len("UPDATED with monitor's figures.\n\n")
    assert moved.title == "Talks resume"


def test_a_correction_does_not_jump_to_another_occurrence_of_the_same_words(aa):
    first, second = (event(0, aa, "Tomorrow", D(2016, 5, 3), nth=n) for n in (0, 1))
    delete_first = DeleteEvent(anchor_at(aa, first.char_start, first.char_end))
    # The newer tagger no longer finds the first "Tomorrow"; the text is unchanged.
    applied = apply_corrections([second], [second], [aa], [delete_first])
    assert [e.char_start for e in applied.events] == [second.char_start]
    assert applied.unmatched == (delete_first,)


def test_a_moved_file_keeps_its_corrections(reuters):
    events = reuters_events(reuters)
    sunday = by_expression(events)["on Sunday"]
    fix = EditEvent(
        anchor_at(reuters, sunday.char_start, sunday.char_end), category="ceasefire_in_force"
    )
    moved = replace(reuters, path="/archive/2016/reuters-syria.txt")
    applied = apply_corrections(events, events, [moved], [fix])
    assert by_expression(applied.events)["on Sunday"].category == "ceasefire_in_force"


def test_corrections_to_a_missing_document_wait_while_the_others_apply(reuters, aa):
    ours = reuters_events(reuters)
    theirs = [event(1, aa, "on Sunday", D(2016, 5, 1))]
    edit_aa = EditEvent(
        anchor_at(aa, theirs[0].char_start, theirs[0].char_end), title="Kerry in Geneva"
    )
    sunday = by_expression(ours)["on Sunday"]
    edit_reuters = EditEvent(
        anchor_at(reuters, sunday.char_start, sunday.char_end), title="Truce holds"
    )
    # aa.txt is gone: only reuters.txt is read this time.
    applied = apply_corrections(ours, ours, [reuters], [edit_aa, edit_reuters])
    assert by_expression(applied.events)["on Sunday"].title == "Truce holds"
    assert applied.unmatched == (edit_aa,)
    assert "Kerry" not in {e.title for e in applied.events}


def test_undoing_a_merge_shows_each_report_again(reuters, aa):
    ours = event(0, reuters, "late February", D(2016, 2, 1), Precision.MONTH)
    theirs = event(1, aa, "late February", D(2016, 2, 1), Precision.MONTH)
    merged = replace(ours, sources=ours.sources + theirs.sources)
    undo = UndoMerge(
        (
            anchor_at(reuters, ours.char_start, ours.char_end),
            anchor_at(aa, theirs.char_start, theirs.char_end),
        )
    )
    applied = apply_corrections([merged], [ours, theirs], [reuters, aa], [undo])
    assert sorted(e.document for e in applied.events) == [0, 1]
    assert all(len(e.sources) == 1 for e in applied.events)
    # An edit made to the merged event's first report stays with that report.
    edit = EditEvent(
        anchor_at(reuters, ours.char_start, ours.char_end), title="Truce from late Feb"
    )
    applied = apply_corrections([merged], [ours, theirs], [reuters, aa], [edit, undo])
    titles = {e.document: e.title for e in applied.events}
    assert titles[0] == "Truce from late Feb" and titles[1] == theirs.title


def test_every_correction_reads_as_a_line_for_the_undo_menu(reuters):
    anchor = anchor_at(reuters, 0, 6)
    assert describe(DeleteEvent(anchor)) == "Delete event “BEIRUT” in reuters.txt"
    assert describe(EditEvent(anchor, title="x", category="talks")) == (
        "Edit title and category of “BEIRUT” in reuters.txt"
    )
