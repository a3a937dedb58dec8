"""File > Export Events: the events the analyst is looking at, as CSV, JSON, TimelineJS or TimeML.

Every format is written by viewer.core.exports, the same code as the command line; this
module only asks where, takes a snapshot of what is shown, and writes it off the GUI thread
(600 articles take most of a second to write as TimeML, too long to freeze the window).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox, QProgressBar

from viewer.core.exports import (
    write_csv,
    write_timeline_json,
    write_timelinejs,
    write_timeml,
)
from viewer.core.model import Document, Event, TimeExpression

if TYPE_CHECKING:
    from viewer.gui.main_window import MainWindow

# Dialog filter -> the suffix it adds. TimeML goes to a folder, one file per article.
FORMATS: dict[str, str] = {
    "CSV, UCDP/ACLED-like columns (*.csv)": ".csv",
    "JSON, the command line's schema (*.json)": ".json",
    "TimelineJS3 JSON (*.timeline.json)": ".timeline.json",
}
KINDS = ("csv", "json", "timelinejs", "timeml")


@dataclass(frozen=True, slots=True)
class ExportJob:
    """What one export writes, copied from the window when the analyst asks for it: edits
    made while the worker writes must not reach a file that is half written."""

    target: Path
    kind: str
    events: tuple[Event, ...]
    documents: tuple[Document, ...]
    timexes: tuple[tuple[int, TimeExpression], ...]
    title: str

    def describe(self) -> str:
        if self.kind == "timeml":
            return f"TimeML of {len(self.documents)} document(s)"
        return f"{len(self.events)} event(s)"


def export_kind(path: str | Path) -> str:
    """The format a file name asks for; anything without a known suffix is a TimeML folder."""
    name = Path(path).name.lower()
    if name.endswith(".timeline.json"):
        return "timelinejs"
    if name.endswith(".json"):
        return "json"
    if name.endswith(".csv"):
        return "csv"
    return "timeml"


def snapshot(window: MainWindow, path: str | Path, kind: str | None = None) -> ExportJob:
    """The window's filtered, corrected events as they are now, ready to write anywhere."""
    kind = export_kind(path) if kind is None else kind
    if kind not in KINDS:
        raise ValueError(f"unknown export format {kind!r}")
    return ExportJob(
        target=Path(path),
        kind=kind,
        events=tuple(window.events),
        documents=tuple(window.documents),
        timexes=tuple((r.index, t) for r in window.workspace.results for t in r.timexes),
        title=window.windowTitle().split(" —")[0],
    )


def write_export(job: ExportJob) -> Path:
    """Write ``job`` with the core writers; safe on any thread, since it reads only values."""
    if job.kind == "csv":
        write_csv(job.target, job.events, job.documents)
    elif job.kind == "json":
        write_timeline_json(job.target, job.documents, job.timexes, job.events)
    elif job.kind == "timelinejs":
        write_timelinejs(job.target, job.events, job.documents, title=job.title)
    else:
        write_timeml(job.target, job.documents, job.timexes, job.events)
    return job.target


def export_events(window: MainWindow, path: str | Path, kind: str | None = None) -> Path:
    """Write the window's filtered events to ``path`` now, on the calling thread; ``kind``
    is csv, json, timelinejs or timeml (by default it follows the file name). Returns what
    was written. The menu goes through ``DataExporter.start`` instead."""
    return write_export(snapshot(window, path, kind))


class ExportSignals(QObject):
    finished = Signal(object)  # Path written
    failed = Signal(str)


class ExportWorker(QRunnable):
    """Writes one snapshot; never touches a widget."""

    def __init__(self, job: ExportJob) -> None:
        super().__init__()
        self.job = job
        self.signals = ExportSignals()

    def run(self) -> None:
        try:
            written = write_export(self.job)
        except Exception as error:  # a full disk or a bug must not take the window down
            self.signals.failed.emit(f"Could not write {self.job.target}:\n{error}")
            return
        self.signals.finished.emit(written)


class DataExporter(QObject):
    """File > Export Events… and Export TimeML…, one export at a time, with a busy bar in the
    status bar while the worker writes."""

    finished = Signal(object)  # Path written
    failed = Signal(str)

    def __init__(self, window: MainWindow, file_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.worker: ExportWorker | None = None
        self.error_box: QMessageBox | None = None

        self.events_action = QAction("Export &Events…", window)
        self.events_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.events_action.setStatusTip("Save the shown events as CSV, JSON or TimelineJS")
        self.events_action.triggered.connect(self._on_export_events)
        self.timeml_action = QAction("Export &TimeML…", window)
        self.timeml_action.setStatusTip("Save each article with its TIMEX3 tags, for NLP tools")
        self.timeml_action.triggered.connect(self._on_export_timeml)
        file_menu.addAction(self.events_action)
        file_menu.addAction(self.timeml_action)
        window.addAction(self.events_action)

        self.busy_label = QLabel(window)
        self.busy_label.setObjectName("exportStatus")
        self.busy_bar = QProgressBar(window)
        self.busy_bar.setObjectName("exportProgress")
        self.busy_bar.setRange(0, 0)  # a busy bar: the writers do not report progress
        self.busy_bar.setMaximumWidth(120)
        window.statusBar().addPermanentWidget(self.busy_label)
        window.statusBar().addPermanentWidget(self.busy_bar)
        self.busy_label.hide()
        self.busy_bar.hide()

    @property
    def is_busy(self) -> bool:
        return self.worker is not None

    def start(self, path: str | Path, kind: str | None = None) -> bool:
        """Snapshot the shown events and write them in the background; False when another
        export is still writing or the format is unknown."""
        if self.worker is not None:
            return False
        try:
            job = snapshot(self.window, path, kind)
        except ValueError as error:
            self._on_failed(str(error))
            return False
        worker = ExportWorker(job)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        self.worker = worker
        self._set_busy(f"Exporting {job.describe()} to {job.target.name}…")
        QThreadPool.globalInstance().start(worker)
        return True

    def _set_busy(self, text: str | None) -> None:
        for action in (self.events_action, self.timeml_action):
            action.setEnabled(text is None)
        self.busy_label.setText(text or "")
        self.busy_label.setVisible(text is not None)
        self.busy_bar.setVisible(text is not None)

    def _on_finished(self, written: Path) -> None:
        job = self.worker.job if self.worker is not None else None
        self.worker = None
        self._set_busy(None)
        what = job.describe() if job is not None else "events"
        self.window.statusBar().showMessage(f"Exported {what} to {written}", 10_000)
        self.finished.emit(written)

    def _on_failed(self, message: str) -> None:
        """A message box that does not block: the window stays usable behind it."""
        self.worker = None
        self._set_busy(None)
        self.window.statusBar().showMessage("Export failed", 10_000)
        box = QMessageBox(QMessageBox.Icon.Critical, "Export failed", message, parent=self.window)
        box.setObjectName("exportFailed")
        self.error_box = box
        box.open()
        self.failed.emit(message)

    def _on_export_events(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self.window, "Export events", "events.csv", ";;".join(FORMATS)
        )
        if path:
            suffix = FORMATS.get(chosen, "")
            if suffix and not path.lower().endswith(suffix):
                path += suffix
            self.start(path)

    def _on_export_timeml(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, "Export TimeML into a folder")
        if folder:
            self.start(folder, "timeml")


def install_data_export(window: MainWindow, file_menu: QMenu) -> DataExporter:
    """Add File > Export Events… and Export TimeML… (call right after the timeline export)."""
    return DataExporter(window, file_menu)
