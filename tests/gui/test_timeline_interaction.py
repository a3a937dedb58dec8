"""The timeline under the mouse and the keyboard: zoom, pan, hover, click, step."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import matplotlib.dates as mdates
import pytest
from gui_helpers import (
    canvas_point,
    click_event_on_canvas,
    event_point,
    loaded_window,
    move_mouse,
    turn_wheel,
)
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolTip

from viewer.core.model import Document, Event, Precision, Source, TimeExpression, TimexType
from viewer.gui.timeline_view import TimelineView

D = dt.date


@pytest.fixture
def window(qtbot, seed_path):
    return loaded_window(qtbot, [seed_path])


def index_of(window, value, title_part=""):
    return next(
        i for i, e in enumerate(window.events) if e.value == value and title_part in e.title
    )


def span(view):
    lo, hi = view.axes.get_xlim()
    return hi - lo


def test_wheel_zooms_around_the_date_under_the_cursor(qtbot, window):
    view = window.timeline
    index = index_of(window, "2016-02")
    x_data, y_data = view.plot.position_of(index)
    point = canvas_point(view, x_data, y_data)
    before = span(view)
    turn_wheel(view.canvas, point, 3)
    assert span(view) == pytest.approx(before / 1.25**3)
    # The date under the cursor stays under the cursor.
    lo, hi = view.axes.get_xlim()
    assert lo < x_data < hi
    after_point = canvas_point(view, x_data, y_data)
    assert abs(after_point.x() - point.x()) <= 1
    turn_wheel(view.canvas, point, -3)
    assert span(view) == pytest.approx(before)


def test_dragging_pans_and_back_returns(qtbot, window):
    view = window.timeline
    canvas = view.canvas
    lo, hi = view.axes.get_xlim()
    start = canvas_point(view, (lo + hi) / 2, 0.5)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    move_mouse(canvas, start + QPoint(-150, 0), Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(-150, 0))
    new_lo, new_hi = view.axes.get_xlim()
    assert new_hi - new_lo == pytest.approx(hi - lo)
    assert new_lo > lo  # dragged left: later dates come into view
    assert window.timeline.plot.selected is None  # a drag is not a click
    view.toolbar.back()
    assert view.axes.get_xlim() == pytest.approx((lo, hi))
    view.toolbar.forward()
    assert view.axes.get_xlim() == pytest.approx((new_lo, new_hi))


def test_hover_tooltip_names_date_precision_and_title(qtbot, window):
    view = window.timeline
    index = index_of(window, "2016-02")
    move_mouse(view.canvas, event_point(view, index))
    event = window.events[index]
    assert view.hover_index == index
    lines = view.hover_text.splitlines()
    assert lines[0] == f"{event.start.isoformat()} – {event.end.isoformat()}  (month precision)"
    assert lines[1] == event.title
    assert QToolTip.text() == view.hover_text  # the tooltip Qt shows
    # The status bar repeats it for those who do not wait for tooltips.
    assert event.title in window.statusBar().currentMessage()
    # Moving to empty space clears it.
    lo, hi = view.axes.get_xlim()
    move_mouse(view.canvas, canvas_point(view, lo + (hi - lo) * 0.5, 0.02))
    assert view.hover_index is None and view.hover_text == ""


def test_keyboard_steps_through_events_in_date_order(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.timeline.canvas.setFocus()
    ordered = sorted(window.events, key=lambda e: (e.midpoint, e.start))
    qtbot.keyClick(window.timeline.canvas, Qt.Key.Key_Right)
    assert window.events[window.timeline.plot.selected] == ordered[0]
    assert "civil war" in window.passage_panel.toPlainText()
    seen = [window.events[window.timeline.plot.selected]]
    for _ in range(len(ordered) - 1):
        qtbot.keyClick(window.timeline.canvas, Qt.Key.Key_Right)
        seen.append(window.events[window.timeline.plot.selected])
    assert seen == ordered
    qtbot.keyClick(window.timeline.canvas, Qt.Key.Key_Left)
    assert window.events[window.timeline.plot.selected] == ordered[-2]
    # The table follows the keyboard too.
    assert window.event_table.selected_row() == window.timeline.plot.selected


def test_plus_minus_and_home(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    canvas = window.timeline.canvas
    canvas.setFocus()
    fitted = window.timeline.axes.get_xlim()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert span(window.timeline) == pytest.approx((fitted[1] - fitted[0]) / 1.5**2)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert span(window.timeline) == pytest.approx((fitted[1] - fitted[0]) / 1.5)
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert window.timeline.axes.get_xlim() == pytest.approx(fitted)
    shortcuts = {
        a.text(): a.shortcut().toString() for a in window.findChildren(type(window.fit_action))
    }
    assert shortcuts["Fit &All"] == "Home" and shortcuts["&Next Event"] == "Right"


def test_stepping_to_an_event_outside_the_view_scrolls_to_it(qtbot, window):
    view = window.timeline
    late = index_of(window, "2016-05-02")
    window.select_event(late)
    for _ in range(12):
        view.zoom(1.5, view.plot.position_of(late)[0])
    early = index_of(window, "2011")
    x_early = view.plot.position_of(early)[0]
    lo, hi = view.axes.get_xlim()
    assert not lo <= x_early <= hi
    window.select_event(early)
    lo2, hi2 = view.axes.get_xlim()
    assert lo2 <= x_early <= hi2
    assert hi2 - lo2 == pytest.approx(hi - lo)


def test_table_selection_moves_the_timeline_and_the_passage(qtbot, window):
    table = window.event_table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "month")
    rect = table.visualRect(model.index(row, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = window.timeline.plot.selected
    assert window.events[selected].value == "2016-02"
    assert window.event_table.selected_row() == selected
    assert "late February" in window.passage_panel.toPlainText()


def test_click_picks_then_table_follows(qtbot, window):
    index = index_of(window, "2016-02")
    click_event_on_canvas(qtbot, window, index)
    assert window.event_table.selected_row() == index
    model = window.event_table.model()
    row = window.event_table.selectionModel().selectedRows()[0].row()
    assert (
        model.index(row, 0).data() == "2016-02-21 – 2016-02-29"
        or model.index(row, 1).data() == "month"
    )


# --------------------------------------------------------------- clusters


def crowded_day(n: int) -> tuple[list[Event], list[Document]]:
    """n reports of strikes on one day and one far away, so the day becomes a cluster."""
    text = "Air strikes hit Idlib on Saturday, the monitor said."
    documents = [
        Document(path=f"/news/{k}.txt", text=text, title=f"Report {k}", published=D(2016, 5, 2))
        for k in range(n)
    ]
    events = []
    for k in range(n):
        day = D(2016, 4, 30) + dt.timedelta(hours=k)  # same day
        timex = TimeExpression(
            "Saturday", 19, 30, TimexType.DATE, day.isoformat(), day, day, Precision.DAY
        )
        events.append(
            Event(
                id=f"e{k}",
                document=k,
                timex=timex,
                start=day,
                end=day,
                precision=Precision.DAY,
                passage=text,
                passage_start=0,
                passage_end=len(text),
                title=f"Air strikes hit Idlib {k}",
                category="military_action",
                sources=(Source(k, 19, 30, text, 0, len(text)),),
            )
        )
    far = D(2012, 1, 1)
    timex = TimeExpression(
        "2012", 0, 4, TimexType.DATE, "2012", far, D(2012, 12, 31), Precision.YEAR
    )
    events.append(
        Event(
            id="far",
            document=0,
            timex=timex,
            start=far,
            end=D(2012, 12, 31),
            precision=Precision.YEAR,
            passage=text,
            passage_start=0,
            passage_end=len(text),
            title="Early fighting",
            category="military_action",
        )
    )
    return events, documents


@pytest.fixture
def view(qtbot):
    """A bare timeline widget on screen, for loads built by hand."""
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_clicking_a_cluster_zooms_into_it(qtbot, view):
    events, documents = crowded_day(40)
    view.set_events(events, documents)
    view.canvas.draw()
    (members,) = view.plot.clusters()
    assert len(members) == 40
    x = sum(view.plot.position_of(i)[0] for i in members) / len(members)
    point = canvas_point(view, x, view.plot.position_of(members[0])[1])
    move_mouse(view.canvas, point)
    assert view.hover_text.startswith("40 events, 2016-04-30")
    before = span(view)
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=point)
    assert span(view) < before / 100
    lo, hi = view.axes.get_xlim()
    assert lo <= mdates.date2num(dt.datetime(2016, 4, 30, 12)) <= hi


def test_selecting_an_event_inside_a_cluster_brings_it_out(view):
    events, documents = crowded_day(40)
    spread = [
        replace(e, start=e.start + dt.timedelta(days=k), end=e.end + dt.timedelta(days=k))
        for k, e in enumerate(events[:-1])
    ] + events[-1:]
    view.set_events(spread, documents)
    view.canvas.draw()
    target = 17
    assert any(target in members for members in view.plot.clusters())
    before = span(view)
    view.select(target)
    assert not any(target in members for members in view.plot.clusters())
    lo, hi = view.axes.get_xlim()
    assert lo <= view.plot.position_of(target)[0] <= hi
    assert span(view) < before
    view.toolbar.back()  # the way back to the wider view is one click
    assert span(view) == pytest.approx(before)


def month_of_strikes(folder):
    """One report of air strikes on each day of March 2016, and the war's start years back:
    Fit All squeezes the month into a cluster."""
    places = ["Aleppo", "Idlib", "Homs", "Hama", "Daraa", "Douma", "Raqqa", "Palmyra"]
    lines = ["Syria's war began with a crackdown on protests in 2012."]
    for day in range(1, 31):
        place = places[day % len(places)]
        lines.append(
            f"On March {day}, air strikes hit {place}, killing civilians, the monitor said."
        )
    path = folder / "strikes.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    (folder / "strikes.meta.json").write_text('{"published": "2016-04-02"}', encoding="utf-8")
    return path


def click_table_row(qtbot, window, index):
    table = window.event_table
    cell = table.proxy.mapFromSource(table.source_model.index(table.source_model.row_of(index), 2))
    table.scrollTo(cell)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(cell).center()
    )


def test_one_click_brings_an_event_out_of_its_cluster_with_one_layout(qtbot, tmp_path):
    window = loaded_window(qtbot, [month_of_strikes(tmp_path)])
    view = window.timeline
    view.fit_all()
    view.canvas.draw()
    target = index_of(window, "2016-03-17")
    assert any(target in members for members in view.plot.clusters())

    layouts = view.plot.layout_count
    click_table_row(qtbot, window, target)
    view.canvas.draw()

    assert view.plot.layout_count - layouts <= 1
    assert not any(target in members for members in view.plot.clusters())
    text, box = view.plot.selected_label_box()
    assert text == window.events[target].title == "Air strikes hit Idlib"
    assert view.axes.bbox.x0 <= box.x0 < box.x1 <= view.axes.bbox.x1
    marker_y = view.axes.transData.transform(view.plot.position_of(target))[1]
    assert box.y0 > marker_y  # above its marker, on the first level
    ring = view.plot.selection_artist
    assert ring.get_visible()
    assert tuple(ring.get_offsets()[0]) == pytest.approx(view.plot.position_of(target))
    assert "March 17" in window.passage_panel.toPlainText()

    # The next day is on screen on its own already: selecting it lays nothing out again.
    neighbour = index_of(window, "2016-03-18")
    assert neighbour in view.plot.visible_indices()
    assert not any(neighbour in members for members in view.plot.clusters())
    layouts = view.plot.layout_count
    click_table_row(qtbot, window, neighbour)
    view.canvas.draw()
    assert view.plot.layout_count == layouts
    assert tuple(ring.get_offsets()[0]) == pytest.approx(view.plot.position_of(neighbour))
    assert view.plot.selected_label_box()[0] == window.events[neighbour].title
