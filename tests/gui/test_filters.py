"""The filter bar: the timeline and the table show the same filtered events."""

from __future__ import annotations

import datetime as dt

from gui_helpers import click_event_on_canvas, loaded_window, seed_copy
from PySide6.QtCore import QDate, Qt

from viewer.gui.filter_bar import EventFilter


def shown(window):
    """(timeline titles, table titles): both views, as the analyst sees them."""
    model = window.event_table.model()
    table = sorted(model.index(r, 2).data() for r in range(model.rowCount()))
    return sorted(e.title for e in window.timeline.plot.events), table


def test_free_text_filters_timeline_and_table_alike(qtbot, seed_path):
    window = loaded_window(qtbot, [seed_path])
    total = len(window.events)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_bar.text_edit.hasFocus()
    with qtbot.waitSignal(window.events_changed, timeout=5000):
        qtbot.keyClicks(window.filter_bar.text_edit, "moscow")
    timeline, table = shown(window)
    assert timeline == table
    assert timeline and all("Moscow" in t for t in timeline)
    assert len(timeline) < total
    assert window.filter_bar.count_label.text() == f"{len(timeline)} of {total}"
    qtbot.keyClick(window.filter_bar.text_edit, Qt.Key.Key_Escape)
    assert window.filter_bar.text_edit.text() == ""
    assert len(window.events) == total


def test_category_and_date_range(qtbot, seed_path):
    window = loaded_window(qtbot, [seed_path])
    bar = window.filter_bar
    bar.category_combo.setCurrentIndex(bar.category_combo.findData("military_action"))
    timeline, table = shown(window)
    assert timeline == table
    assert [e.value for e in window.events] == ["2011"]
    bar.clear()
    bar.from_edit.setDate(QDate(2016, 5, 2))
    bar.to_edit.setDate(QDate(2016, 5, 2))
    assert sorted(e.value for e in window.events) == ["2016-05-02"]
    # An interval counts when it overlaps the range: February 2016 is in 'Feb 20 to 25'.
    bar.set_filter(EventFilter(start=dt.date(2016, 2, 20), end=dt.date(2016, 2, 25)))
    assert [e.value for e in window.events] == ["2016-02"]
    assert shown(window)[0] == shown(window)[1]


def test_document_filter_and_selection_after_filtering(qtbot, tmp_path):
    seed_copy(tmp_path, "kerry", title="Kerry in Geneva")
    other = tmp_path / "madaya.txt"
    other.write_text(
        "Aid reaches Madaya\n\nDAMASCUS, Jan. 11, 2016 - A convoy of aid trucks entered the "
        "besieged town of Madaya on Monday, the Red Cross said.\n",
        encoding="utf-8",
    )
    window = loaded_window(qtbot, [tmp_path])
    combo = window.filter_bar.document_combo
    madaya = next(i for i, d in enumerate(window.documents) if d.path.endswith("madaya.txt"))
    combo.setCurrentIndex(combo.findData(madaya))
    assert window.events and all(e.document == madaya for e in window.events)
    timeline, table = shown(window)
    assert timeline == table
    # Indices refer to the filtered list: a click still reads the right passage.
    click_event_on_canvas(qtbot, window, 0)
    assert "Madaya" in window.passage_panel.toPlainText()
    assert window.event_table.selected_row() == 0


def test_selection_survives_a_filter_that_keeps_the_event(qtbot, seed_path):
    window = loaded_window(qtbot, [seed_path])
    index = next(i for i, e in enumerate(window.events) if e.value == "2016-02")
    window.select_event(index)
    event = window.events[index]
    window.filter_bar.set_filter(EventFilter(text="ceasefire"))
    assert window.selected_event() == event
    assert window.events[window.event_table.selected_row()] == event
