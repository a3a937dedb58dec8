"""A long session must not crash: a signal carried from Python to Python costs nothing.

PySide6 6.12.0 dropped a reference to ``True`` on every such emission, and the
app aborted after a few hundred signals (a 600-article import, or a minute of
hovering). This guards the pinned Qt binding against that regression.
"""

import sys

from viewer.gui.timeline_view import TimelineView
from viewer.gui.workers import LoadSignals


def test_signals_leave_python_booleans_alone(qtbot):
    view = TimelineView()
    qtbot.addWidget(view)
    signals = LoadSignals()
    seen = []  # counts what arrived without holding on to the booleans themselves
    view.event_picked.connect(lambda index: seen.append("picked"))
    signals.finished.connect(lambda cancelled: seen.append("finished"))
    signals.progressed.connect(lambda done, total: seen.append("progressed"))
    before = sys.getrefcount(True), sys.getrefcount(False)
    for number in range(300):
        view.event_picked.emit(number)
        signals.progressed.emit(number, 300)
        signals.finished.emit(number % 2 == 0)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(seen) == 900
    assert after == before
