"""Loading articles off the GUI thread; results come back as signals.

A worker only calls core functions and never touches a widget.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from viewer.core.corrections import Correction
from viewer.core.pipeline import DocumentResult, analyse_path
from viewer.core.workspace import Workspace

# Below this many files, starting worker processes costs more than it saves.
PARALLEL_FROM = 24
MAX_PROCESSES = 4


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

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

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
        """Results in file order; large batches are read by a pool of processes, since
        the tagger is pure Python and threads would only take turns on one core."""
        jobs = [(self.first_index + k, path) for k, path in enumerate(self.files)]
        pool = _process_pool(len(jobs))
        if pool is None:
            yield from self._in_thread(jobs)
            return
        with pool:
            futures = [pool.submit(analyse_path, i, p, self.reference_override) for i, p in jobs]
            for k, future in enumerate(futures):
                if self._cancelled.is_set():
                    pool.shutdown(wait=False, cancel_futures=True)
                    return
                try:
                    result = future.result()
                except BrokenProcessPool:  # a worker died (out of memory, killed): go on here
                    pool.shutdown(wait=False, cancel_futures=True)
                    yield from self._in_thread(jobs[k:])
                    return
                yield result

    def _in_thread(self, jobs: list[tuple[int, Path]]) -> Iterator[DocumentResult]:
        for index, path in jobs:
            if self._cancelled.is_set():
                return
            yield analyse_path(index, path, self.reference_override)


def _process_pool(n_files: int) -> ProcessPoolExecutor | None:
    cpus = os.cpu_count() or 1
    if n_files < PARALLEL_FROM or cpus < 2:
        return None
    try:
        # spawn, not fork: forking a process that runs Qt threads can deadlock the child.
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(max_workers=min(cpus, MAX_PROCESSES), mp_context=context)
    except (OSError, ValueError, NotImplementedError):
        return None


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
