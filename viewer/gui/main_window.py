"""The main window: documents on the left, the timeline, the events table and the passage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QWidget,
)

from viewer.core.ingest import collect_paths
from viewer.core.model import Document, Event
from viewer.core.pipeline import DocumentResult
from viewer.core.workspace import Workspace
from viewer.gui.corrections import install_correction_actions
from viewer.gui.event_table import EventTable
from viewer.gui.passage_panel import PassagePanel
from viewer.gui.timeline_view import TimelineView
from viewer.gui.workers import LoadWorker

ARTICLE_FILTER = (
    "Articles (*.txt *.md *.html *.htm *.pdf *.docx *.eml *.rtf);;All files (*)"
)


class MainWindow(QMainWindow):
    documents_changed = Signal()
    events_changed = Signal()
    loading_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Ceasefire Timeline")
        self.setAcceptDrops(True)
        self.resize(1400, 900)

        self.workspace = Workspace()
        self.events: list[Event] = []
        self._worker: LoadWorker | None = None
        self._queue: list[tuple[list[Path], dt.date | None]] = []
        self._refresh_timer = QTimer(self, singleShot=True, interval=150)
        self._refresh_timer.timeout.connect(self._refresh_events)

        self.timeline = TimelineView(self)
        self.document_list = QListWidget(self)
        self.document_list.setObjectName("documentList")
        self.event_table = EventTable(self)
        self.passage_panel = PassagePanel(self)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.document_list)
        top.addWidget(self.timeline)
        top.setStretchFactor(1, 4)
        top.setSizes([260, 1140])
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.event_table)
        bottom.addWidget(self.passage_panel)
        bottom.setSizes([800, 600])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([560, 340])
        self.setCentralWidget(self.splitter)

        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(260)
        self.progress.setFormat("%v / %m documents")
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.status_label = QLabel("Drop articles or folders here, or use File > Open Articles.")
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

        self._build_menus()
        self.timeline.event_picked.connect(self._on_event_picked)
        self.event_table.selectionModel().selectionChanged.connect(self._on_table_selection)
        install_correction_actions(self)

    # ----------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = QAction("&Open Articles…", self)
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_action.triggered.connect(self._on_open_files)
        file_menu.addAction(self.open_action)
        self.open_folder_action = QAction("Open &Folder…", self)
        self.open_folder_action.triggered.connect(self._on_open_folder)
        file_menu.addAction(self.open_folder_action)
        file_menu.addSeparator()
        self.export_action = QAction("&Export Timeline…", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self._on_export)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    # --------------------------------------------------------------- loading
    def add_paths(
        self, paths: Iterable[str | Path], reference_override: dt.date | None = None
    ) -> int:
        """Load articles in the background; documents appear as each one finishes.

        Batches run one after another so that document indices stay dense and
        stable. Returns how many files were queued.
        """
        files, notes = collect_paths(paths)
        queued = {str(f) for batch, _ in self._queue for f in batch}
        known = {d.path for d in self.workspace.documents} | queued
        if self._worker is not None:
            known |= {str(f) for f in self._worker.files}
        files = [f for f in files if str(f) not in known]
        if notes:
            self.statusBar().showMessage("; ".join(notes), 8000)
        if files:
            self._queue.append((files, reference_override))
            self._start_next_batch()
        return len(files)

    def _start_next_batch(self) -> None:
        if self._worker is not None or not self._queue:
            return
        files, reference_override = self._queue.pop(0)
        worker = LoadWorker(files, len(self.workspace.documents), reference_override)
        worker.signals.document_loaded.connect(self._on_document_loaded)
        worker.signals.progressed.connect(self._on_progress)
        worker.signals.finished.connect(self._on_worker_done)
        worker.signals.failed.connect(self._on_worker_failed)
        self._worker = worker
        total = len(files) + sum(len(batch) for batch, _ in self._queue)
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.status_label.setText(f"Reading {total} document(s)…")
        QThreadPool.globalInstance().start(worker)

    def cancel_loading(self) -> None:
        """Stop the import; documents already read stay."""
        self._queue.clear()
        if self._worker is not None:
            self._worker.cancel()

    @property
    def is_loading(self) -> bool:
        return self._worker is not None

    def _on_document_loaded(self, result: DocumentResult) -> None:
        self.workspace.add_result(result)
        self._add_document_item(result)
        self._refresh_timer.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(self.progress.maximum(), total))
        self.progress.setValue(done)

    def _on_worker_failed(self, message: str) -> None:
        QMessageBox.warning(self, "Import stopped", f"Reading articles stopped: {message}")

    def _on_worker_done(self, cancelled: bool) -> None:
        self._worker = None
        if not cancelled and self._queue:
            self._start_next_batch()
            return
        self.progress.hide()
        self.cancel_button.hide()
        self._refresh_timer.stop()
        self._refresh_events()
        documents = self.workspace.documents
        failed = sum(1 for d in documents if d.error)
        text = f"{len(documents)} document(s), {len(self.events)} event(s)"
        if failed:
            text += f", {failed} could not be read"
        if cancelled:
            text += " (import cancelled)"
        self.status_label.setText(text)
        self.loading_finished.emit()

    def _add_document_item(self, result: DocumentResult) -> None:
        document = result.document
        item = QListWidgetItem(self._document_label(result))
        item.setToolTip(document.path + (f"\n{document.error}" if document.error else ""))
        if document.error:
            item.setForeground(Qt.GlobalColor.darkRed)
        item.setData(Qt.ItemDataRole.UserRole, result.index)
        self.document_list.addItem(item)
        self.documents_changed.emit()

    @staticmethod
    def _document_label(result: DocumentResult) -> str:
        document = result.document
        name = document.title or Path(document.path).name
        if document.error:
            return f"⚠ {Path(document.path).name}: {document.error}"
        day = document.reference_date
        when = day.isoformat() if day else "no reference date"
        return f"{name}\n{when} · {len(result.events)} events"

    def _refresh_events(self) -> None:
        self.events = self.workspace.events
        documents = self.documents
        self.timeline.set_events(self.events, documents)
        self.event_table.source_model.set_events(self.events, documents)
        self.events_changed.emit()

    @property
    def documents(self) -> list[Document]:
        return self.workspace.documents

    # ------------------------------------------------------------- selection
    def select_event(self, index: int | None) -> None:
        """Select an event everywhere: timeline, table and passage panel."""
        self.timeline.select(index)
        blocker = self.event_table.selectionModel().blockSignals(True)
        self.event_table.select_row(index)
        self.event_table.selectionModel().blockSignals(blocker)
        self.event_table.viewport().update()
        if index is None:
            self.passage_panel.show_placeholder()
            return
        event = self.events[index]
        self.passage_panel.show_event(event, self.documents[event.document])

    def _on_event_picked(self, index: int) -> None:
        self.select_event(index)

    def _on_table_selection(self) -> None:
        row = self.event_table.selected_row()
        if row is not None:
            self.select_event(row)

    # ------------------------------------------------------------ file menu
    def _on_open_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Open articles", "", ARTICLE_FILTER)
        if files:
            self.add_paths(files)

    def _on_open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open a folder of articles")
        if folder:
            self.add_paths([folder])

    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export timeline", "timeline.png", "PNG image (*.png);;SVG (*.svg);;PDF (*.pdf)"
        )
        if path:
            self.export_timeline(path)

    def export_timeline(self, path: str | Path, **options: object) -> None:
        from viewer.plot.export import save_timeline

        try:
            save_timeline(path, self.events, self.documents, **options)  # type: ignore[arg-type]
        except (OSError, ValueError) as error:
            QMessageBox.critical(self, "Export failed", f"Could not write {path}:\n{error}")
            return
        self.statusBar().showMessage(f"Exported {path}", 5000)

    # ---------------------------------------------------------- drag & drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # ------------------------------------------------------------- lifetime
    def restore_state(self, settings: QSettings) -> None:
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_loading()
        QThreadPool.globalInstance().waitForDone(5000)
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)


def open_window(paths: Sequence[str | Path], reference_override: dt.date | None = None) -> MainWindow:
    window = MainWindow()
    window.restore_state(QSettings())
    if paths:
        window.add_paths(paths, reference_override)
    return window
