"""Driving the window as a user does: drops from a file manager, mouse on the canvas."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from viewer.gui.main_window import MainWindow

SEED_DIR = Path(__file__).resolve().parents[2] / "seeds"
SEED_TXT = SEED_DIR / "kerry_aleppo_truce_2016.txt"


def drop_files(window, paths):
    """Deliver paths exactly as a drag from a file manager does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def canvas_point(view, x_data, y_data) -> QPoint:
    """Widget coordinates of a data point on the timeline canvas."""
    canvas = view.canvas
    canvas.draw()
    x_px, y_px = view.axes.transData.transform((x_data, y_data))
    ratio = canvas.device_pixel_ratio
    return QPoint(round(x_px / ratio), round(canvas.height() - y_px / ratio))


def event_point(view, index) -> QPoint:
    view.canvas.draw()  # markers sit a fixed height above their lane's floor, set by the draw
    return canvas_point(view, *view.plot.position_of(index))


def click_event_on_canvas(qtbot, window, index):
    """Click where the event's marker is drawn, through the canvas's own mouse handling."""
    view = getattr(window, "timeline", window)
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=event_point(view, index))


def move_mouse(widget, pos: QPoint, buttons=Qt.MouseButton.NoButton):
    """A mouse move with the buttons held, which QTest.mouseMove cannot send."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def turn_wheel(widget, pos: QPoint, notches: int):
    event = QWheelEvent(
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def new_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def loaded_window(qtbot, paths) -> MainWindow:
    window = new_window(qtbot)
    with qtbot.waitSignal(window.loading_finished, timeout=60_000):
        drop_files(window, paths)
    return window


def seed_copy(
    folder: Path, name: str, title: str | None = None, published: str | None = "2016-05-02"
) -> Path:
    """The seed article under another name, with its own sidecar (or none)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.txt"
    shutil.copy(SEED_TXT, target)
    meta = {}
    if published:
        meta["published"] = published
    if title:
        meta["title"] = title
    if meta:
        (folder / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return target
