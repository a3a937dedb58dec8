"""Correcting the timeline as an analyst does: dialogs, keys, menus, and undo/redo of each."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser

from viewer.core.categories import category_label
from viewer.gui.corrections import EventDialog
from viewer.gui.main_window import MainWindow

D = dt.date
SEED_NAME = "kerry_aleppo_truce_2016"
ARRIVES = "2016-05-01"  # "Kerry arrived in Geneva on Sunday ..."


def open_articles(qtbot, paths) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    with qtbot.waitSignal(window.loading_finished, timeout=60_000):
        window.add_paths(paths)
    return window


@pytest.fixture
def window(qtbot, seed_path):
    return open_articles(qtbot, [seed_path])


@pytest.fixture
def two_agencies(qtbot, tmp_path, seed_path):
    """The same article carried by two outlets: corroboration merges every event."""
    for name in ("agency_a", "agency_b"):
        shutil.copy(seed_path, tmp_path / f"{name}.txt")
        shutil.copy(seed_path.with_suffix(".meta.json"), tmp_path / f"{name}.meta.json")
    return open_articles(qtbot, [tmp_path])


def interval(first, last):
    """A date range as the table writes it, with an en dash."""
    return f"{first} \u2013 {last}"


def press(qtbot, window, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key pressed while ``widget`` has the focus, delivered through the window system
    so that shortcuts see it as they see a real key."""
    widget.setFocus()
    qtbot.keyClick(window.windowHandle(), key, modifier)


def row_of(window, value):
    return next(i for i, e in enumerate(window.events) if e.value == value)


def select(window, value):
    index = row_of(window, value)
    window.select_event(index)
    return window.events[index]


def table_rows(window):
    """What the table shows, row by row, as the analyst reads it."""
    model = window.event_table.model()
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def shown_row(window):
    """The row the table has selected, as displayed."""
    table = window.event_table
    (index,) = table.selectionModel().selectedRows()
    model = table.model()
    return tuple(model.index(index.row(), c).data() for c in range(model.columnCount()))


def timeline_titles(window):
    return sorted(e.title for e in window.timeline.plot.events)


def press_ok(dialog: EventDialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_edit_date_from_the_dialog_shows_at_once_and_undoes(qtbot, window):
    event = select(window, ARRIVES)
    assert event.title.startswith("Kerry arrives in Geneva")
    press(qtbot, window, window.event_table, Qt.Key.Key_Return)
    dialog = window.corrections.dialog
    assert isinstance(dialog, EventDialog) and dialog.isVisible()
    assert dialog.title_edit.text() == event.title
    assert dialog.start_edit.date() == QDate(2016, 5, 1)
    assert dialog.precision_box.currentData() == "day"

    dialog.start_edit.setDate(QDate(2016, 5, 8))
    dialog.precision_box.setCurrentIndex(dialog.precision_box.findData("week"))
    assert "2016-W18" in dialog.preview.text()
    press_ok(dialog)

    edited = window.events[window.event_table.selected_row()]
    assert edited.title == event.title
    assert (edited.start, edited.end, edited.value) == (D(2016, 5, 2), D(2016, 5, 8), "2016-W18")
    assert shown_row(window)[:3] == (interval("2016-05-02", "2016-05-08"), "week", event.title)
    assert window.timeline.plot.events[window.timeline.plot.selected].value == "2016-W18"
    assert window.corrections.undo_action.text() == (
        "&Undo Edit date of 'Kerry arrives in Geneva to revive U.S-…'"
    )

    window.corrections.undo_action.trigger()
    assert shown_row(window)[:3] == (ARRIVES, "day", event.title)
    assert ARRIVES in [e.value for e in window.timeline.plot.events]
    window.corrections.redo_action.trigger()
    assert shown_row(window)[:2] == (interval("2016-05-02", "2016-05-08"), "week")


def test_title_and_category_from_a_double_click(qtbot, window):
    event = select(window, "2011")
    table = window.event_table
    index = table.model().index(table.selectionModel().selectedRows()[0].row(), 2)
    rect = table.visualRect(index)
    # A real double click: the first press selects, the second one opens.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = window.corrections.dialog
    assert dialog is not None
    dialog.title_edit.setText("Regime cracks down on pro-democracy protests")
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("political"))
    press_ok(dialog)

    row = shown_row(window)
    assert row[2] == "Regime cracks down on pro-democracy protests"
    assert row[3] == category_label("political")
    assert "Regime cracks down on pro-democracy protests" in timeline_titles(window)
    assert "Regime cracks down" in window.passage_panel.toPlainText()
    assert window.corrections.undo_stack.undoText().startswith("Edit title and category of '")

    window.corrections.undo_action.trigger()
    assert shown_row(window)[2:4] == (event.title, category_label(event.category))
    assert event.title in timeline_titles(window)


def test_unchanged_dialog_adds_nothing_to_undo(qtbot, window):
    select(window, ARRIVES)
    dialog = window.corrections.edit_selected()
    press_ok(dialog)
    assert window.corrections.undo_stack.count() == 0
    assert not window.corrections.undo_action.isEnabled()


def test_a_range_cannot_end_before_it_starts(qtbot, window):
    select(window, ARRIVES)
    dialog = window.corrections.edit_selected()
    dialog.range_check.setChecked(True)
    dialog.end_edit.setDate(QDate(2016, 4, 20))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "before it starts" in dialog.preview.text()
    dialog.end_edit.setDate(QDate(2016, 5, 3))
    assert ok.isEnabled()
    press_ok(dialog)
    assert shown_row(window)[:2] == (interval("2016-05-01", "2016-05-03"), "day")


def test_delete_key_removes_a_false_event_and_undo_brings_it_back(qtbot, window):
    before = table_rows(window)
    event = select(window, "2016-02")
    press(qtbot, window, window.event_table, Qt.Key.Key_Delete)

    assert len(table_rows(window)) == len(before) - 1
    assert "2016-02" not in [e.value for e in window.timeline.plot.events]
    # The next row is selected, ready for another Delete.
    assert shown_row(window) == before[[r[0] for r in before].index(ARRIVES)]
    assert window.corrections.undo_stack.undoText() == f"Delete '{event.title}'"

    window.corrections.undo_action.trigger()
    assert table_rows(window) == before
    assert window.events[window.event_table.selected_row()].value == "2016-02"


def test_add_free_standing_event(qtbot, window):
    before = table_rows(window)
    window.corrections.add_action.trigger()
    dialog = window.corrections.dialog
    dialog.title_edit.setText("Truce extended to Aleppo for 48 hours")
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("ceasefire_extended"))
    dialog.start_edit.setDate(QDate(2016, 5, 4))
    press_ok(dialog)

    row = shown_row(window)
    assert row[:4] == (
        "2016-05-04",
        "day",
        "Truce extended to Aleppo for 48 hours",
        "Ceasefire extended",
    )
    assert len(table_rows(window)) == len(before) + 1
    assert "Truce extended to Aleppo for 48 hours" in timeline_titles(window)
    assert row[5] == ""  # free-standing: no document reports it
    window.corrections.undo_action.trigger()
    assert table_rows(window) == before


def select_in_passage(window, words):
    panel = window.passage_panel
    cursor = panel.document().find(words)
    assert not cursor.isNull()
    panel.setTextCursor(cursor)


def test_add_event_from_text_selected_in_the_passage(qtbot, window):
    select(window, ARRIVES)
    assert not window.corrections.add_from_selection_action.isEnabled()
    words = "more than 250 civilians have been killed during airstrikes"
    select_in_passage(window, words)
    assert window.corrections.add_from_selection_action.isEnabled()

    window.corrections.add_from_selection_action.trigger()
    dialog = window.corrections.dialog
    assert dialog.findChild(object, "eventPassage").text() == f"“{words}”"
    assert dialog.start_edit.date() == QDate(2016, 5, 1)
    dialog.title_edit.setText("250 civilians killed in Aleppo airstrikes")
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("casualties"))
    dialog.precision_box.setCurrentIndex(dialog.precision_box.findData("week"))
    dialog.start_edit.setDate(QDate(2016, 4, 25))
    press_ok(dialog)

    added = window.events[window.event_table.selected_row()]
    assert added.title == "250 civilians killed in Aleppo airstrikes"
    document = window.documents[added.document]
    assert document.text[added.char_start : added.char_end] == words
    assert shown_row(window)[:4] == (
        interval("2016-04-25", "2016-05-01"),
        "week",
        "250 civilians killed in Aleppo airstrikes",
        "Casualties",
    )
    # The passage panel shows the added event with the selected words highlighted.
    assert "#ffe08a" in window.passage_panel.toHtml()
    assert words in window.passage_panel.toPlainText()

    window.corrections.undo_action.trigger()
    assert "250 civilians killed in Aleppo airstrikes" not in timeline_titles(window)


def test_partial_selection_maps_to_the_exact_words(qtbot, window):
    """Selecting across the highlighted expression still names the document's own span."""
    event = select(window, ARRIVES)
    panel = window.passage_panel
    cursor = panel.document().find("in Geneva on Sunday")
    assert not cursor.isNull()
    panel.setTextCursor(cursor)
    document, start, end = window.corrections.selected_passage()
    assert window.documents[document].text[start:end] == "in Geneva on Sunday"
    assert event.passage_start <= start < end <= event.passage_end


def test_reference_date_change_reresolves_and_undoes(qtbot, window):
    label = window.document_list.item(0).text()
    assert "2016-05-02" in label
    window.set_reference_date(0, D(2016, 5, 9))

    values = sorted(e.value for e in window.events)
    assert "2016-05-08" in values and ARRIVES not in values  # "on Sunday" moved a week
    assert "2016-05-09" in window.document_list.item(0).text()
    assert "2016-05-08" in [r[0] for r in table_rows(window)]
    assert window.corrections.undo_stack.undoText() == (
        f"Set the reference date of {SEED_NAME}.txt to 2016-05-09"
    )
    window.corrections.undo_action.trigger()
    assert ARRIVES in [e.value for e in window.events]
    assert window.document_list.item(0).text() == label


def test_undo_merge_shows_each_source_separately(qtbot, two_agencies):
    window = two_agencies
    select(window, ARRIVES)
    assert shown_row(window)[4] == 2  # "2 sources" in the Sources column
    assert window.corrections.split_action.isEnabled()
    count = len(window.events)

    window.corrections.split_action.trigger()
    separate = [e for e in window.events if e.value == ARRIVES]
    assert len(separate) == 2 and all(len(e.sources) == 1 for e in separate)
    assert {e.document for e in separate} == {0, 1}
    assert len(window.events) == count + 1
    assert [r[4] for r in table_rows(window) if r[0] == ARRIVES] == [1, 1]
    assert window.corrections.undo_stack.undoText() == (
        "Undo merge of 2 sources of 'Kerry arrives in Geneva to revive U.S-…'"
    )
    # Only a merged event can be separated.
    assert window.events[window.event_table.selected_row()].value == ARRIVES
    assert not window.corrections.split_action.isEnabled()

    window.corrections.undo_action.trigger()
    assert [r[4] for r in table_rows(window) if r[0] == ARRIVES] == [2]
    assert len(window.events) == count


def test_every_kind_of_correction_undoes_and_redoes_in_order(qtbot, two_agencies):
    window = two_agencies
    controller = window.corrections
    original = table_rows(window)
    states = [original]

    select(window, ARRIVES)
    controller.split_selected()
    states.append(table_rows(window))

    window.set_reference_date(1, D(2016, 5, 9))
    states.append(table_rows(window))

    select(window, "2011")
    dialog = controller.edit_selected()
    dialog.title_edit.setText("Civil war begins")
    press_ok(dialog)
    states.append(table_rows(window))

    select(window, "2016-02")
    controller.delete_selected()
    states.append(table_rows(window))

    dialog = controller.add_free_standing()
    dialog.title_edit.setText("Geneva talks resume")
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("talks"))
    press_ok(dialog)
    states.append(table_rows(window))

    assert len({tuple(s) for s in states}) == len(states)  # each step changed what is shown
    for expected in reversed(states[:-1]):
        controller.undo_action.trigger()
        assert table_rows(window) == expected
    assert not controller.undo_action.isEnabled()
    for expected in states[1:]:
        controller.redo_action.trigger()
        assert table_rows(window) == expected


def test_edit_menu_and_shortcuts(qtbot, window):
    menus = {a.text(): a.menu() for a in window.menuBar().actions() if a.menu()}
    edit = menus["&Edit"]
    texts = [a.text() for a in edit.actions() if not a.isSeparator()]
    assert "&Edit Event…" in texts and "&Delete Event" in texts
    assert "Add Event from &Selection…" in texts and "&Add Event…" in texts
    assert any(t.startswith("Undo &Merge") for t in texts)
    controller = window.corrections
    assert controller.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in controller.redo_action.shortcuts()]

    select(window, "2016-02")
    press(qtbot, window, window.passage_panel, Qt.Key.Key_Delete)  # reading, not deleting
    assert "2016-02" in [e.value for e in window.events]
    press(qtbot, window, window.event_table, Qt.Key.Key_Delete)
    assert "2016-02" not in [e.value for e in window.events]
    press(qtbot, window, window.event_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "2016-02" in [e.value for e in window.events]
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, window, window.event_table, Qt.Key.Key_Z, ctrl_shift)
    assert "2016-02" not in [e.value for e in window.events]


def test_context_menu_offers_the_event_actions(qtbot, two_agencies):
    window = two_agencies
    select(window, ARRIVES)
    menu = window.corrections.event_menu()
    enabled = {a.text(): a.isEnabled() for a in menu.actions() if not a.isSeparator()}
    assert enabled["&Edit Event…"] and enabled["&Delete Event"]
    assert enabled["Undo &Merge (Show Sources Separately)"]
    menu.deleteLater()


def test_passage_selection_is_found_again_after_undo(qtbot, window):
    """The selected event stays selected through an edit of another field and its undo."""
    select(window, "2016-02")
    dialog = window.corrections.edit_selected()
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("ceasefire_collapsed"))
    press_ok(dialog)
    assert window.events[window.event_table.selected_row()].value == "2016-02"
    window.corrections.undo_action.trigger()
    assert window.events[window.event_table.selected_row()].value == "2016-02"
    assert "late February" in window.passage_panel.toPlainText()


def popped_menu(window):
    """The context menu a right click popped up, as its enabled actions' texts; closes it."""
    menu = window.corrections.menu
    assert menu is not None and menu.isVisible()
    texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isEnabled()]
    menu.close()
    return texts


def test_right_click_on_the_timeline_selects_the_event_under_it(qtbot, two_agencies):
    window = two_agencies
    index = row_of(window, "2011")
    canvas = window.timeline.canvas
    canvas.draw()
    x, y = window.timeline.plot.position_of(index)
    x_px, y_px = window.timeline.axes.transData.transform((x, y))
    ratio = canvas.device_pixel_ratio
    canvas.customContextMenuRequested.emit(
        QPoint(round(x_px / ratio), round(canvas.height() - y_px / ratio))
    )
    assert popped_menu(window) == [
        "&Edit Event…",
        "&Delete Event",
        "Undo &Merge (Show Sources Separately)",
        "&Add Event…",
    ]
    assert window.events[window.event_table.selected_row()].value == "2011"


def test_right_click_on_a_table_row_selects_it(qtbot, window):
    table = window.event_table
    row = next(
        r for r in range(table.model().rowCount()) if table.model().index(r, 0).data() == ARRIVES
    )
    table.customContextMenuRequested.emit(table.visualRect(table.model().index(row, 2)).center())
    shown = popped_menu(window)
    assert window.events[table.selected_row()].value == ARRIVES
    assert shown[:2] == ["&Edit Event…", "&Delete Event"]
    assert "Undo &Merge (Show Sources Separately)" not in shown  # one source only


def test_passage_context_menu_adds_from_the_selection(qtbot, window):
    select(window, ARRIVES)
    panel = window.passage_panel
    panel.customContextMenuRequested.emit(QPoint(5, 5))
    assert "Add Event from &Selection…" not in popped_menu(window)
    select_in_passage(window, "Kerry arrived in Geneva")
    panel.customContextMenuRequested.emit(QPoint(5, 5))
    shown = popped_menu(window)
    assert "Add Event from &Selection…" in shown
    assert any("Copy" in text for text in shown)  # the text view's own actions stay


def opened_article(window, value):
    """The text of the whole article, opened from the passage of the event at ``value``."""
    select(window, value)
    window.passage_view.open_button.click()
    (viewer,) = window.findChildren(QDialog, "documentViewer")
    return viewer.findChild(QTextBrowser, "documentText")


def test_add_event_from_text_selected_in_the_opened_article(qtbot, window):
    browser = opened_article(window, ARRIVES)
    words = "Kerry also met with Saudi Foreign Minister Adel al-Jubeir"
    cursor = browser.document().find(words)
    assert not cursor.isNull()
    browser.setTextCursor(cursor)
    browser.customContextMenuRequested.emit(QPoint(5, 5))
    menu = window.corrections.menu
    (add,) = [a for a in menu.actions() if a.text() == "Add Event from Selection…"]
    assert add.isEnabled()
    add.trigger()
    menu.close()

    dialog = window.corrections.dialog
    dialog.title_edit.setText("Kerry meets Saudi foreign minister al-Jubeir")
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("talks"))
    dialog.start_edit.setDate(QDate(2016, 5, 2))
    press_ok(dialog)
    added = window.events[window.event_table.selected_row()]
    assert added.title == "Kerry meets Saudi foreign minister al-Jubeir"
    text = window.documents[added.document].text
    assert text[added.char_start : added.char_end] == words
    assert words in window.passage_panel.toPlainText()


def test_a_repeated_quote_is_taken_where_it_was_selected(qtbot, window, seed_text):
    """De Mistura's "Tomorrow, as we discussed, I am going to Moscow" appears twice; the
    analyst's selection of the second one ties the event to the second one."""
    browser = opened_article(window, ARRIVES)
    words = "Tomorrow, as we discussed, I am going to Moscow"
    first = browser.document().find(words)
    second = browser.document().find(words, first)
    assert second.selectionStart() > first.selectionStart()
    browser.setTextCursor(second)
    browser.customContextMenuRequested.emit(QPoint(5, 5))
    menu = window.corrections.menu
    next(a for a in menu.actions() if a.text() == "Add Event from Selection…").trigger()
    menu.close()
    window.corrections.dialog.title_edit.setText("De Mistura to travel to Moscow")
    press_ok(window.corrections.dialog)
    added = window.events[window.event_table.selected_row()]
    assert added.title == "De Mistura to travel to Moscow"
    assert added.char_start == seed_text.rindex(words) > seed_text.index(words)
    assert added.char_end == added.char_start + len(words)


def test_editing_the_title_leaves_a_partial_month_as_read(qtbot, window):
    """ "late February" is the 21st to the 29th at month precision; retitling it must not
    widen it to the whole month."""
    select(window, "2016-02")
    before = shown_row(window)
    assert before[:2] == (interval("2016-02-21", "2016-02-29"), "month")
    dialog = window.corrections.edit_selected()
    assert dialog.range_check.isChecked()
    dialog.title_edit.setText("Ceasefire brokered by the U.S. and Russia")
    press_ok(dialog)
    assert shown_row(window)[:3] == (
        interval("2016-02-21", "2016-02-29"),
        "month",
        "Ceasefire brokered by the U.S. and Russia",
    )
    assert window.corrections.undo_stack.undoText().startswith("Edit title of ")
