"""Loading articles off the GUI thread; results come back as signals.

A worker only calls core functions and never touches a widget.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from viewer.core.corrections import Correction
from viewer.core.pipeline import DocumentResult, analyse_path
from viewer.core.workspace import Workspace


class LoadSignals(QObject):
    document_loaded = Signal(object)  # DocumentResult
    progressed = Signal(int, int)  # done, total
    finished = Signal(bool)  # True when cancelled
    failed = Signal(str)


class LoadWorker(QRunnable):
    """Reads ``files`` in order, numbering them from ``first_index``."""

    def __init__(
        self,
        files: list[Path],
        first_index: int,
        reference_override: dt.date | None = None,
    ) -> None:
        super().__init__()
        self.files = files
        self.first_index = first_index
        self.reference_override = reference_override
        self.signals = LoadSignals()
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def run(self) -> None:
        total = len(self.files)
        try:
            for done, result in enumerate(self._results(), start=1):
                self.signals.document_loaded.emit(result)
                self.signals.progressed.emit(done, total)
        except Exception as error:  # a bug in core must not take the window down
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        self.signals.finished.emit(self._cancelled.is_set())

    def _results(self) -> Iterator[DocumentResult]:
        """Results in file order.

        One thread, not a process pool: worker processes would have to be spawned (forking
        a process that runs Qt threads is unsafe), and a spawned child imports the parent's
        main script again, which in a script without a main guard opens windows in a loop.
        """
        for k, path in enumerate(self.files):
            if self._cancelled.is_set():
                return
            yield analyse_path(self.first_index + k, path, self.reference_override)


class TimelineSignals(QObject):
    finished = Signal(object)  # Workspace


class TimelineWorker(QRunnable):
    """Builds the corrected, corroborated timeline of many documents off the GUI thread.

    It works on its own Workspace made from a snapshot of the results and corrections;
    the window adopts it only if nothing changed meanwhile (``matches``).
    """

    def __init__(self, results: list[DocumentResult], corrections: tuple[Correction, ...]) -> None:
        super().__init__()
        self.results = list(results)
        self.corrections = tuple(corrections)
        self.signals = TimelineSignals()

    def matches(self, workspace: Workspace) -> bool:
        current = workspace.results
        return (
            workspace.corrections == self.corrections
            and len(current) == len(self.results)
            and all(a is b for a, b in zip(current, self.results, strict=True))
        )

    def run(self) -> None:
        workspace = Workspace(self.results, self.corrections)
        try:
            workspace.events  # noqa: B018 - computing and caching the timeline is the work
        except Exception:  # the window computes it again itself and shows the error there
            self.signals.finished.emit(None)
            return
        self.signals.finished.emit(workspace)
