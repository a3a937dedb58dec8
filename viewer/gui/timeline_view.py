"""The Matplotlib canvas with its navigation toolbar, wrapping the Qt-free TimelinePlot."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.backend_bases import MouseEvent, PickEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT
from matplotlib.figure import Figure
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from viewer.core.model import Document, Event
from viewer.plot.timeline import TimelinePlot


class TimelineView(QWidget):
    event_picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = Figure(layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("timelineCanvas")
        self.toolbar = NavigationToolbar2QT(self.canvas, self)
        self.axes = self.figure.add_subplot()
        self.plot = TimelinePlot(self.axes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, stretch=1)
        self._events: list[Event] = []
        self.canvas.mpl_connect("pick_event", self._on_pick)
        self.canvas.mpl_connect("button_press_event", self._on_press)
        self._picked_this_press = False

    def set_events(self, events: Sequence[Event], documents: Sequence[Document]) -> None:
        self._events = list(events)
        self.plot.set_events(self._events, documents)
        self.plot.fit_all()
        self.canvas.draw_idle()

    def select(self, index: int | None) -> None:
        self.plot.select(index)
        self.canvas.draw_idle()

    def _on_pick(self, pick: PickEvent) -> None:
        index = self.plot.index_from_pick(pick)
        if index is not None and not self._picked_this_press:
            self._picked_this_press = True
            self.event_picked.emit(index)

    def _on_press(self, mouse: MouseEvent) -> None:
        # pick_event fires before button_press_event for the same click; reset afterwards
        # so that the next click can pick again, and fall back to a nearest-event lookup.
        if not self._picked_this_press and mouse.inaxes is self.axes and mouse.button == 1:
            if self.toolbar.mode:  # panning or zooming, not picking
                return
            index = self.plot.event_at(mouse.x, mouse.y)
            if index is not None:
                self.event_picked.emit(index)
        self._picked_this_press = False
