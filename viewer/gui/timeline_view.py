"""The Matplotlib canvas with its navigation toolbar, wrapping the Qt-free TimelinePlot.

The mouse works the way analysts expect from map-like views: the wheel zooms
around the cursor, a left drag pans, a click without a drag picks an event or
opens a cluster. Hovering shows a tooltip and a ring drawn by blitting, so a
mouse move never redraws the figure.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence

from matplotlib.backend_bases import DrawEvent, MouseEvent
from matplotlib.backends.backend_qt import NavigationToolbar2QT
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.markers import MarkerStyle
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QStackedWidget, QToolTip, QVBoxLayout, QWidget

from viewer.core.categories import category_label
from viewer.core.model import Document, Event
from viewer.gui.event_table import date_text
from viewer.plot.timeline import ColorMode, LaneMode, TimelinePlot, day_of

EMPTY_TEXT = (
    "Drop news articles or folders here\n(txt, html, pdf, docx, eml, rtf),\n"
    "or use File > Open Articles (Ctrl+Shift+O)."
)
ZOOM_STEP = 1.25  # one wheel notch or one press of + / -
DRAG_THRESHOLD_PX = 4  # a press that moves less than this is a click
MIN_SPAN_DAYS = 2.0  # zooming further in shows nothing new: events are days
UNFOLD_STEPS = 8  # at most 2**8 times closer to bring a selected event out of its cluster
MAX_SPAN_DAYS = 365.25 * 200


def event_tooltip(event: Event, documents: Sequence[Document]) -> str:
    """Date, precision, title and who reports it: enough to decide whether to click."""
    lines = [f"{date_text(event)}  ({event.precision} precision)", event.title]
    lines.append(category_label(event.category))
    count = len(event.sources)
    if count > 1:
        lines.append(f"{count} sources")
    elif 0 <= event.document < len(documents):
        document = documents[event.document]
        lines.append(document.title or document.path)
    return "\n".join(lines)


def cluster_tooltip(events: Sequence[Event]) -> str:
    first = min(e.start for e in events)
    last = max(e.end for e in events)
    span = first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"
    return f"{len(events)} events, {span}\nClick to zoom in"


class TimedCanvas(FigureCanvasQTAgg):
    """Remembers how long the last full draw took, so callers can pace their redraws."""

    last_draw_seconds = 0.0

    def draw(self) -> None:
        started = time.perf_counter()
        super().draw()  # type: ignore[no-untyped-call]
        self.last_draw_seconds = time.perf_counter() - started


class TimelineToolbar(NavigationToolbar2QT):
    """Matplotlib's toolbar without the subplot and axes editors, which would only let an
    analyst break the layout; the window's Export replaces the raw figure save."""

    toolitems = [  # noqa: RUF012 - matplotlib reads this class attribute
        item
        for item in NavigationToolbar2QT.toolitems
        if item[0] in ("Home", "Back", "Forward", "Pan", "Zoom", None)
    ]


class TimelineView(QWidget):
    """The canvas; indices in its signals refer to the events given to ``set_events``."""

    event_picked = Signal(int)
    hovered = Signal(str)  # the tooltip text, "" when leaving an event
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.figure = Figure(layout="constrained")
        self.canvas = TimedCanvas(self.figure)  # type: ignore[no-untyped-call]
        self.canvas.setObjectName("timelineCanvas")
        self.canvas.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.toolbar = TimelineToolbar(self.canvas, self)  # type: ignore[no-untyped-call]
        self.toolbar.setObjectName("timelineToolbar")
        self.fit_action = QAction("Fit All", self)
        self.fit_action.setToolTip("Show every event (Home)")
        self.fit_action.triggered.connect(self.fit_all)
        self.toolbar.insertAction(self.toolbar.actions()[1], self.fit_action)
        self.axes = self.figure.add_subplot()
        self.plot = TimelinePlot(self.axes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        # With nothing to draw, a sentence saying what to do replaces an empty 1970 axis.
        self.empty_label = QLabel(EMPTY_TEXT, self)
        self.empty_label.setObjectName("timelineEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color:#666; font-size:13pt; background:white;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.empty_label)
        self.stack.setCurrentWidget(self.empty_label)
        layout.addWidget(self.stack, stretch=1)

        self._events: list[Event] = []
        self._documents: list[Document] = []
        self.lanes: LaneMode = "category"
        self.color_by: ColorMode = "category"
        self.hover_index: int | None = None
        self.hover_text = ""
        self._hover_key: object = None
        self._background: object = None
        self._layout_pending = True
        self._press: tuple[float, float, tuple[float, float]] | None = None
        self._dragging = False

        ring = MarkerStyle("o")
        self._hover_ring = PathCollection(
            [ring.get_path().transformed(ring.get_transform())],
            sizes=[15.0**2],
            offset_transform=self.axes.transData,
            facecolors="none",
            edgecolors="#1f1f1f",
            linewidths=1.2,
            animated=True,
        )
        self.axes.add_collection(self._hover_ring, autolim=False)
        self._hover_ring.set_visible(False)

        self.canvas.mpl_connect("button_press_event", self._on_press)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("button_release_event", self._on_release)
        self.canvas.mpl_connect("scroll_event", self._on_scroll)
        self.canvas.mpl_connect("draw_event", self._on_draw)
        self.canvas.mpl_connect("resize_event", lambda _event: self.relayout())
        self.canvas.mpl_connect("axes_leave_event", lambda _event: self._set_hover(None, ""))
        self.axes.callbacks.connect("xlim_changed", lambda _ax: self.view_changed.emit())

    # --------------------------------------------------------------- content
    @property
    def events(self) -> list[Event]:
        return self._events

    def set_events(
        self,
        events: Sequence[Event],
        documents: Sequence[Document],
        *,
        keep_view: bool = False,
    ) -> None:
        """Draw ``events``; the view fits them all unless ``keep_view`` asks to stay put."""
        xlim = self.axes.get_xlim()
        self._events = list(events)
        self._documents = list(documents)
        self._set_hover(None, "")
        self.relayout()
        self.plot.set_events(
            self._events, self._documents, lanes=self.lanes, color_by=self.color_by
        )
        if keep_view and self._events:
            self.axes.set_xlim(xlim)
        self._reset_history()
        self.stack.setCurrentWidget(self.canvas if self._events else self.empty_label)
        self._redraw_soon()

    def _redraw_soon(self) -> None:
        """Through the Figure's canvas: the same object, typed by Matplotlib's stubs, which
        its Qt canvas class is not."""
        self.figure.canvas.draw_idle()

    def set_empty_text(self, text: str) -> None:
        """What to say when there is nothing to draw (no articles yet, or a strict filter)."""
        self.empty_label.setText(text)

    def set_modes(self, lanes: LaneMode | None = None, color_by: ColorMode | None = None) -> None:
        """Switch lanes or colours without losing the analyst's place on the time axis."""
        self.lanes = lanes or self.lanes
        self.color_by = color_by or self.color_by
        selected = self.plot.selected
        self.set_events(self._events, self._documents, keep_view=True)
        if selected is not None:
            self.plot.select(selected)

    def select(self, index: int | None, ensure_visible: bool = True) -> None:
        self.plot.select(index)
        if index is not None and ensure_visible:
            self.ensure_visible(index)
        self._redraw_soon()

    # ------------------------------------------------------------ navigation
    def fit_all(self) -> None:
        self.plot.fit_all()
        self._push_view()
        self._redraw_soon()

    def fit_bulk(self) -> None:
        """Frame where most events lie (the plot's ``core_range``). A handful of historical
        references ("the 14th century", "in 680") would otherwise squeeze years of
        reporting into one cluster; Fit All (Home) still shows them."""
        self.plot.fit_all()
        self._reset_history()
        self.plot.fit_core()
        self._push_view()
        self._redraw_soon()

    def zoom(self, factor: float, centre: float | None = None) -> None:
        """Zoom the time axis by ``factor`` (> 1 zooms in) around ``centre`` (a date number)."""
        lo, hi = self.axes.get_xlim()
        if centre is None:
            centre = (lo + hi) / 2
        span = min(max((hi - lo) / factor, MIN_SPAN_DAYS), MAX_SPAN_DAYS)
        ratio = (centre - lo) / (hi - lo) if hi > lo else 0.5
        self._before_view_change()
        self.axes.set_xlim(centre - span * ratio, centre - span * ratio + span)
        self._push_view()
        self._redraw_soon()

    def ensure_visible(self, index: int) -> None:
        """Pan, keeping the zoom, just enough that the event's marker is well inside the
        view; then zoom in while it is folded into a cluster, so it is seen on its own.

        The new view is worked out first (``folded_at`` lays nothing out) and set once, so a
        selection costs at most one layout, at the next draw."""
        x, _ = self.plot.position_of(index)
        before = self.axes.get_xlim()
        lo, hi = before
        if not lo <= x <= hi:
            inset = (hi - lo) * 0.1
            shift = (x + inset) - hi if x > hi else (x - inset) - lo
            lo, hi = lo + shift, hi + shift
        for _ in range(UNFOLD_STEPS):
            if hi - lo <= MIN_SPAN_DAYS * 4 or not self.plot.folded_at(index, lo, hi):
                break
            ratio = (x - lo) / (hi - lo)
            span = (hi - lo) / 2
            lo, hi = x - span * ratio, x - span * ratio + span
        if (lo, hi) != tuple(before):
            self._before_view_change()
            self.axes.set_xlim(lo, hi)
            self._push_view()

    def view_range(self) -> tuple[dt.date, dt.date]:
        """The first and last day the view shows, for 'export the current view'."""
        lo, hi = self.axes.get_xlim()
        return day_of(lo), day_of(max(hi - 1e-6, lo))

    def zoom_to_events(self, indices: Sequence[int]) -> bool:
        """Frame a group of events (an opened cluster); False when it cannot spread further."""
        xs = [self.plot.position_of(i)[0] for i in indices]
        lo, hi = min(xs), max(xs)
        current = self.axes.get_xlim()
        if hi - lo < 0.5 and current[1] - current[0] <= MIN_SPAN_DAYS * 1.5:
            return False
        span = max((hi - lo) * 1.3, MIN_SPAN_DAYS)
        centre = (lo + hi) / 2
        self._before_view_change()
        self.axes.set_xlim(centre - span / 2, centre + span / 2)
        self._push_view()
        self._redraw_soon()
        return True

    def _reset_history(self) -> None:
        """New content: Home and Back start again from the fitted view."""
        self.toolbar.update()
        self.toolbar.push_current()

    def _before_view_change(self) -> None:
        if self.toolbar._nav_stack() is None:
            self.toolbar.push_current()

    def _push_view(self) -> None:
        self.toolbar.push_current()

    # ---------------------------------------------------------------- mouse
    def _navigating(self) -> bool:
        """The toolbar's own pan or zoom mode owns the mouse."""
        return bool(self.toolbar.mode)

    def _on_press(self, mouse: MouseEvent) -> None:
        if mouse.button != 1 or mouse.inaxes is not self.axes or self._navigating():
            return
        self._press = (float(mouse.x), float(mouse.y), self.axes.get_xlim())
        self._dragging = False

    def _on_motion(self, mouse: MouseEvent) -> None:
        if self._press is not None and mouse.x is not None:
            x0, _, (lo, hi) = self._press
            dx_px = float(mouse.x) - x0
            if not self._dragging and abs(dx_px) < DRAG_THRESHOLD_PX:
                return
            if not self._dragging:
                self._dragging = True
                self._before_view_change()
                self._set_hover(None, "")
                self.canvas.setCursor(Qt.CursorShape.ClosedHandCursor)
            shift = dx_px * (hi - lo) / max(self.axes.bbox.width, 1.0)
            self.axes.set_xlim(lo - shift, hi - shift)
            self._redraw_soon()
            return
        if self._navigating() or mouse.inaxes is not self.axes or mouse.x is None:
            self._set_hover(None, "")
            return
        self.hover_at(float(mouse.x), float(mouse.y))

    def _on_release(self, mouse: MouseEvent) -> None:
        press, self._press = self._press, None
        if press is None or mouse.button != 1:
            return
        if self._dragging:
            self._dragging = False
            self.canvas.unsetCursor()
            self._push_view()
            return
        if mouse.x is None or mouse.y is None:
            return
        self.click_at(float(mouse.x), float(mouse.y))

    def click_at(self, x_px: float, y_px: float) -> None:
        """What a click at a display position does: pick an event, or open a cluster."""
        index = self.plot.event_at(x_px, y_px)
        if index is not None:
            self.event_picked.emit(index)
            return
        members = self.plot.cluster_at(x_px, y_px)
        if members and not self.zoom_to_events(members):
            # Same-day events that never spread: show the first, ← → step through them.
            self.event_picked.emit(min(members, key=lambda i: (self._events[i].start, i)))

    def _on_scroll(self, mouse: MouseEvent) -> None:
        if mouse.inaxes is not self.axes or mouse.xdata is None:
            return
        steps = float(getattr(mouse, "step", 0.0) or (1.0 if mouse.button == "up" else -1.0))
        self.zoom(ZOOM_STEP**steps, float(mouse.xdata))

    # ---------------------------------------------------------------- hover
    def hover_at(self, x_px: float, y_px: float) -> None:
        """Tooltip and ring for whatever lies under the pointer (pixels from bottom left)."""
        index = self.plot.event_at(x_px, y_px)
        if index is not None:
            self._set_hover(("event", index), event_tooltip(self._events[index], self._documents))
            return
        members = self.plot.cluster_at(x_px, y_px)
        if members:
            text = cluster_tooltip([self._events[i] for i in members])
            self._set_hover(("cluster", tuple(members)), text)
            return
        self._set_hover(None, "")

    def _set_hover(self, key: object, text: str) -> None:
        if key == self._hover_key:
            return
        self._hover_key = key
        self.hover_text = text
        self.hover_index = key[1] if isinstance(key, tuple) and key[0] == "event" else None
        self._blit_hover()
        self.hovered.emit(text)
        if text:
            QToolTip.showText(self._pointer_position(), text, self.canvas)
        else:
            QToolTip.hideText()

    def _pointer_position(self) -> QPoint:
        from PySide6.QtGui import QCursor

        local = self.canvas.mapFromGlobal(QCursor.pos())
        if not self.canvas.rect().contains(local):
            local = self.canvas.rect().center()
        return QPoint(self.canvas.mapToGlobal(local + QPoint(14, 18)))

    def relayout(self) -> None:
        """Let constrained layout place the axes at the next draw (new lanes, legend or
        size). Between such changes it is switched off: it costs a third of every redraw,
        and panning or zooming moves nothing it places."""
        if not isinstance(self.figure.get_layout_engine(), ConstrainedLayoutEngine):
            self.figure.set_layout_engine("constrained")
        self._layout_pending = True

    def _on_draw(self, _event: DrawEvent) -> None:
        if self._layout_pending:
            self._layout_pending = False
            self.figure.set_layout_engine("none")
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)  # type: ignore[no-untyped-call]
        if self._hover_key is not None:
            self._blit_hover()

    def _blit_hover(self) -> None:
        """Draw only the ring over the last full frame: the cheap path for every mouse move."""
        if self._background is None:
            return
        key = self._hover_key
        self.canvas.restore_region(self._background)  # type: ignore[no-untyped-call]
        if isinstance(key, tuple):
            if key[0] == "event":
                xy = [self.plot.position_of(int(key[1]))]
                size = 15.0
            else:
                members = key[1]
                xs = [self.plot.position_of(i)[0] for i in members]
                xy = [(sum(xs) / len(xs), self.plot.position_of(members[0])[1])]
                size = 26.0
            self._hover_ring.set_offsets(xy)
            self._hover_ring.set_sizes([size**2])
            self._hover_ring.set_visible(True)
            self.axes.draw_artist(self._hover_ring)
            self._hover_ring.set_visible(False)
        self.figure.canvas.blit(self.figure.bbox)


def zoom_shortcuts() -> tuple[list[QKeySequence], list[QKeySequence]]:
    """+ and − on the main keyboard and the keypad, and = for + without Shift."""
    zoom_in = [QKeySequence("+"), QKeySequence("="), QKeySequence(QKeySequence.StandardKey.ZoomIn)]
    zoom_out = [QKeySequence("-"), QKeySequence(QKeySequence.StandardKey.ZoomOut)]
    return zoom_in, zoom_out
