"""Documents in the list, dates set by the analyst, expressions not placed, whole articles,
and stepping through the sources of an event several articles report."""

from __future__ import annotations

import datetime as dt
import re

from gui_helpers import loaded_window, seed_copy
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from viewer.gui.corrections import EventFields
from viewer.gui.document_list import ERROR_COLOR, ReferenceDateDialog

D = dt.date


def unanchored_rows(window):
    return window.unanchored_panel.rows()


def test_undated_document_waits_then_a_date_places_its_relative_events(qtbot, tmp_path):
    seed_copy(tmp_path, "kerry_undated", published=None)
    window = loaded_window(qtbot, [tmp_path])
    label = window.document_list.item(0).text()
    assert "no reference date" in label
    # Only the absolute date is placed; "on Monday", "Tomorrow" wait in the Not placed tab.
    assert "2011" in [e.value for e in window.events]
    assert not any(e.value.startswith("2016-05") for e in window.events)
    waiting = unanchored_rows(window)
    expressions = {row[0] for row in waiting}
    assert {"Monday", "Tomorrow"} <= {e.replace("on ", "") for e in expressions}
    assert all(row[1] == "no reference date" for row in waiting if "Monday" in row[0])
    assert window.details.tabText(1) == f"Not placed ({len(waiting)})"

    window.set_reference_date(0, D(2016, 5, 2))
    values = sorted(e.value for e in window.events)
    assert "2016-05-02" in values and "2016-05-03" in values and "2016-05-01" in values
    assert "2016-05-02" in window.document_list.item(0).text()
    assert "no reference date" not in window.document_list.item(0).text()
    assert len(unanchored_rows(window)) < len(waiting)
    assert not any("Monday" in row[0] for row in unanchored_rows(window))


def test_reference_date_dialog_from_the_document_list(qtbot, tmp_path):
    seed_copy(tmp_path, "kerry_undated", published=None)
    window = loaded_window(qtbot, [tmp_path])
    # One click: with nothing selected, the button offers the document that lacks a date.
    button = window.document_panel.date_button
    assert button.isEnabled()
    assert button.text() == "Set missing reference date…"
    assert "Kerry urges" in button.toolTip()

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReferenceDateDialog)
        dialog.set_day(D(2016, 5, 2))
        dialog.accept()

    QTimer.singleShot(0, answer)
    button.click()
    assert "2016-05-02" in window.document_list.item(0).text()
    assert any(e.value == "2016-05-02" for e in window.events)


def test_unreadable_file_is_red_with_its_error(qtbot, tmp_path, seed_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    seed_copy(tmp_path, "kerry")
    window = loaded_window(qtbot, [tmp_path])
    rows = {
        window.document_list.item(i).text(): window.document_list.item(i)
        for i in range(window.document_list.count())
    }
    (bad,) = [text for text in rows if text.startswith("⚠ empty.txt")]
    error = next(d.error for d in window.documents if d.path.endswith("empty.txt"))
    assert error and error in bad
    assert rows[bad].foreground().color() == ERROR_COLOR
    assert "could not be read" in window.status_label.text()
    assert len(window.events) >= 5  # the good article in full


def test_open_document_shows_the_whole_article_at_the_passage(qtbot, seed_path, seed_text):
    window = loaded_window(qtbot, [seed_path])
    index = next(i for i, e in enumerate(window.events) if e.value == "2011")
    window.select_event(index)
    window.resize(1400, 700)
    window.passage_view.open_button.click()
    (viewer,) = window._viewers
    qtbot.waitExposed(viewer)
    text = viewer.browser.toPlainText()
    assert text.split() == seed_text.split()
    # Qt may split the highlighted run around the anchor; together it is the expression.
    runs = re.findall(r"#ffe08a;\">(.*?)</span>", viewer.browser.toHtml())
    assert "".join(re.sub(r"<[^>]*>", "", run) for run in runs) == "early 2011"
    # Scrolled down to the passage, which sits far into the article: the words are in view.
    found = viewer.browser.document().find("since early 2011")

    def in_view():
        rect = viewer.browser.cursorRect(found)
        return viewer.browser.viewport().rect().contains(rect.center())

    qtbot.waitUntil(lambda: viewer.browser.verticalScrollBar().value() > 0 and in_view())
    viewer.close()


def test_passage_shows_sentence_within_its_paragraph_and_the_date_precision(qtbot, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "geneva.txt").write_text(
        "Talks resume\n\nGENEVA, March 14, 2016 - Syrian peace talks resumed in Geneva on Monday. "
        "The opposition delegation arrived a day late. Envoy Staffan de Mistura called the "
        "moment one of truth.\n\nNo date here.\n",
        encoding="utf-8",
    )
    window = loaded_window(qtbot, [folder])
    index = next(i for i, e in enumerate(window.events) if e.value == "2016-03-14")
    window.select_event(index)
    text = window.passage_panel.toPlainText()
    assert "Syrian peace talks resumed in Geneva on Monday." in text
    assert "The opposition delegation arrived a day late." in text  # the paragraph around it
    assert "No date here" not in text
    assert "day precision" in text and "published 2016-03-14" in text


def test_stepping_through_the_sources_of_a_merged_event(qtbot, tmp_path):
    seed_copy(tmp_path, "agency_a", title="Agency A: Kerry urges truce")
    seed_copy(tmp_path, "agency_b", title="Agency B: Kerry urges truce")
    window = loaded_window(qtbot, [tmp_path])
    index = next(i for i, e in enumerate(window.events) if e.value == "2016-02")
    event = window.events[index]
    assert len(event.sources) == 2
    model = window.event_table.source_model
    assert model.data(model.index(model.row_of(index), 4)) == 2  # the Sources column
    window.select_event(index)
    view = window.passage_view
    assert view.next_button.isEnabled()
    first = view.source_label.text()
    assert first.startswith("Source 1 of 2: Agency")
    first_text = window.passage_panel.toPlainText()
    assert "late February" in first_text and "2 sources" in first_text
    view.next_button.click()
    second = view.source_label.text()
    assert second.startswith("Source 2 of 2: Agency") and second != first
    assert second.split(": ", 1)[1] in window.passage_panel.toPlainText()
    assert "late February" in window.passage_panel.toPlainText()
    view.next_button.click()  # wraps around
    assert view.source_label.text() == first
    view.previous_button.click()
    assert view.source_label.text() == second


def test_the_table_shows_the_time_of_day_an_article_gave(qtbot, tmp_path):
    (tmp_path / "gaza.txt").write_text(
        "Truce holds\n\nCAIRO, Aug. 27, 2014 - The ceasefire took effect at 7 p.m. local time on "
        "Tuesday. Rockets were fired at Ashkelon on Monday night, the army said. "
        "Talks will resume in Cairo next month.\n",
        encoding="utf-8",
    )
    window = loaded_window(qtbot, [tmp_path])
    model = window.event_table.model()
    shown = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert {"2014-08-26 19:00", "2014-08-25 night", "2014-09-01 – 2014-09-30"} <= shown


def sentences_by_expression(window):
    tree = window.unanchored_panel.tree
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return {(item.text(2), item.text(0)): item.text(3) for item in items}


def test_an_article_added_later_lists_its_own_expressions_and_sentences(qtbot, tmp_path, seed_path):
    window = loaded_window(qtbot, [seed_path])
    before = sentences_by_expression(window)
    assert before

    later = tmp_path / "homs_rebels.txt"
    later.write_text(
        "Rebels in Homs said on Monday they would respect the cessation of hostilities.\n\n"
        "The opposition delegation is expected back in Geneva next week, a spokesman said.\n",
        encoding="utf-8",
    )
    (tmp_path / "homs_rebels.meta.json").write_text('{"title": "Homs rebels"}', encoding="utf-8")
    with qtbot.waitSignal(window.loading_finished, timeout=60_000):
        window.add_paths([later])

    after = sentences_by_expression(window)
    added = {key: text for key, text in after.items() if key[0] == "Homs rebels"}
    assert added[("Homs rebels", "Monday")] == (
        "Rebels in Homs said on Monday they would respect the cessation of hostilities."
    )
    assert added[("Homs rebels", "next week")].startswith("The opposition delegation")
    # The first article's rows are still there, with the same sentences.
    assert {k: v for k, v in after.items() if k[0] != "Homs rebels"} == before
    assert window.details.tabText(1) == f"Not placed ({len(after)})"


def test_correcting_an_event_keeps_the_analysts_place_in_not_placed(qtbot, seed_path):
    window = loaded_window(qtbot, [seed_path])
    panel = window.unanchored_panel
    tree = panel.tree
    window.details.setCurrentWidget(panel)
    tree.sortItems(0, Qt.SortOrder.DescendingOrder)
    item = tree.topLevelItem(2)
    tree.setCurrentItem(item)
    expression = item.text(0)
    assert expression in panel.preview.toPlainText()

    event = window.events[0]
    fields = EventFields(
        "Regime forces tighten siege", event.category, event.start, event.precision
    )
    assert window.corrections.edit_event(event, fields)
    assert "Regime forces tighten siege" in {e.title for e in window.events}

    assert tree.currentItem() is not None and tree.currentItem().text(0) == expression
    assert tree.header().sortIndicatorSection() == 0
    assert tree.header().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert expression in panel.preview.toPlainText()

    # A new reference date re-reads the article: the list is built again from it.
    window.set_reference_date(0, D(2016, 5, 9))
    assert tree.currentItem() is None
    assert len(unanchored_rows(window)) == tree.topLevelItemCount()
