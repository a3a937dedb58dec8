"""The main window: documents on the left, the filter bar and the timeline, the events
table, and the passage with the expressions not placed yet."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from viewer.core.ingest import collect_paths
from viewer.core.model import Document, Event
from viewer.core.pipeline import DocumentResult, all_events
from viewer.core.workspace import Workspace
from viewer.gui.corrections import CorrectionController, install_correction_actions
from viewer.gui.data_export import install_data_export
from viewer.gui.document_list import DocumentPanel, ReferenceDateDialog
from viewer.gui.document_viewer import DocumentViewer
from viewer.gui.event_table import EventTable
from viewer.gui.export_dialog import ExportDialog
from viewer.gui.filter_bar import FilterBar
from viewer.gui.passage_panel import PassageView
from viewer.gui.project_actions import stored_paths
from viewer.gui.timeline_view import TimelineView, zoom_shortcuts
from viewer.gui.unanchored_panel import UnanchoredPanel
from viewer.gui.workers import LoadWorker, TimelineWorker

ARTICLE_FILTER = "Articles (*.txt *.md *.html *.htm *.pdf *.docx *.eml *.rtf);;All files (*)"
RECENT_FILES_KEY = "files/recent"
RECENT_LIMIT = 10
# While articles arrive the timeline is redrawn at most this often, and less often when a
# redraw is slow, so that a large import never keeps the GUI thread busy.
LOADING_REFRESH_MS = 400
# A live redraw that costs more than this stops live redraws until the import ends: the
# GUI thread must never be held longer, and the document list still grows as files arrive.
LIVE_REFRESH_BUDGET_S = 0.12
PROGRESS_MS = 100


def skipped_summary(notes: Sequence[str]) -> str:
    """One line for what a dropped folder held besides articles: counts by reason, since a
    folder of mixed files would otherwise fill the status bar with paths."""
    if len(notes) == 1:
        return notes[0][:1].upper() + notes[0][1:]
    reasons = Counter(note.rsplit(": ", 1)[-1] for note in notes)
    parts = [f"{reason} ({count})" for reason, count in reasons.most_common()]
    return f"Skipped {len(notes)} entries: " + "; ".join(parts) + "."


def recent_files() -> list[str]:
    return stored_paths(RECENT_FILES_KEY)


def remember_recent_files(paths: Iterable[str | Path]) -> None:
    recent = recent_files()
    for path in reversed([str(Path(p).absolute()) for p in paths]):
        recent = [path, *(p for p in recent if p != path)]
    QSettings().setValue(RECENT_FILES_KEY, recent[:RECENT_LIMIT])


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
        self.all_events: list[Event] = []  # the whole timeline
        self.events: list[
            Event
        ] = []  # what the filter lets through: the timeline and table show these
        self._order: list[int] = []  # indices of ``events`` in date order, for ← and →
        self._worker: LoadWorker | None = None
        self._finisher: TimelineWorker | None = None
        self._queue: list[tuple[list[Path], dt.date | None]] = []
        self._load_total = 0
        self._load_done = 0
        self._live_refresh = True
        self._load_started = 0.0
        self._cancelled = False
        self._viewers: list[DocumentViewer] = []
        self._syncing_table = False
        self._refresh_timer = QTimer(self, singleShot=True, interval=LOADING_REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh_while_loading)
        self._progress_timer = QTimer(self, singleShot=True, interval=PROGRESS_MS)
        self._progress_timer.timeout.connect(self._show_progress)

        self.document_panel = DocumentPanel(self)
        self.document_list = self.document_panel.list
        self.filter_bar = FilterBar(self)
        self.timeline = TimelineView(self)
        self.event_table = EventTable(self)
        self.passage_view = PassageView(self)
        self.passage_panel = self.passage_view.panel
        self.unanchored_panel = UnanchoredPanel(self)
        self.details = QTabWidget(self)
        self.details.setObjectName("detailTabs")
        self.details.addTab(self.passage_view, "Passage")
        self.details.addTab(self.unanchored_panel, "Not placed")

        timeline_box = QWidget(self)
        box = QVBoxLayout(timeline_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.filter_bar)
        box.addWidget(self.timeline, 1)
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.top_splitter.setObjectName("topSplitter")
        self.top_splitter.addWidget(self.document_panel)
        self.top_splitter.addWidget(timeline_box)
        self.top_splitter.setStretchFactor(1, 4)
        self.top_splitter.setSizes([270, 1130])
        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.bottom_splitter.setObjectName("bottomSplitter")
        self.bottom_splitter.addWidget(self.event_table)
        self.bottom_splitter.addWidget(self.details)
        self.bottom_splitter.setSizes([860, 540])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.top_splitter)
        self.splitter.addWidget(self.bottom_splitter)
        self.splitter.setSizes([580, 320])
        self.setCentralWidget(self.splitter)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setMaximumWidth(260)
        self.progress.setFormat("%v / %m documents")
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.setToolTip("Stop reading; the documents read so far stay")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.status_label = QLabel("Drop articles or folders here, or use File > Open Articles.")
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        # Qt hides the label under a temporary message only if it was visible when the
        # message came; a message shown before the window was would be drawn over it.
        self.statusBar().messageChanged.connect(lambda text: self.status_label.setVisible(not text))

        self._build_menus()
        self.timeline.event_picked.connect(self._on_event_picked)
        self.timeline.hovered.connect(self._on_hovered)
        self.event_table.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.filter_bar.filter_changed.connect(self._on_filter_changed)
        self.document_list.reference_date_requested.connect(self.request_reference_date)
        self.document_list.document_opened.connect(lambda row: self.open_document(row))
        self.passage_view.document_requested.connect(self.open_document)
        self.unanchored_panel.document_requested.connect(self.open_document)
        self.corrections: CorrectionController = install_correction_actions(self)

    # ----------------------------------------------------------------- menus
    def _action(
        self,
        text: str,
        slot: Any,
        shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (),
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = self._action(
            "&Open Articles…", self._on_open_files, ["Ctrl+Shift+O"], "Read articles from files"
        )
        self.open_folder_action = self._action(
            "Open &Folder…",
            self._on_open_folder,
            ["Ctrl+Shift+D"],
            "Read every article in a folder",
        )
        self.recent_files_menu = QMenu("Open &Recent Articles", self)
        self.recent_files_menu.setObjectName("recentFilesMenu")
        self.recent_files_menu.aboutToShow.connect(self._update_recent_files_menu)
        self.export_action = self._action(
            "&Export Timeline…", self._on_export, ["Ctrl+E"], "Save the timeline as PNG, SVG or PDF"
        )
        quit_action = self._action("&Quit", self.close, [QKeySequence.StandardKey.Quit])
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.open_folder_action)
        file_menu.addMenu(self.recent_files_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        self.data_exporter = install_data_export(self, file_menu)
        self.export_events_action = self.data_exporter.events_action
        self.export_timeml_action = self.data_exporter.timeml_action
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self._update_recent_files_menu()
        self.timeline.toolbar.addSeparator()
        self.timeline.toolbar.addAction(self.export_action)

        view = self.menuBar().addMenu("&View")
        view.setObjectName("viewMenu")
        self.filter_action = self._action(
            "&Filter Events…", self.filter_bar.focus_text, [QKeySequence.StandardKey.Find]
        )
        self.clear_filter_action = self._action("&Clear Filter", self.filter_bar.clear)
        zoom_in, zoom_out = zoom_shortcuts()
        self.fit_action = self._action(
            "Fit &All", self.timeline.fit_all, ["Home"], "Show every event"
        )
        self.zoom_in_action = self._action("Zoom &In", lambda: self.timeline.zoom(1.5), zoom_in)
        self.zoom_out_action = self._action(
            "Zoom &Out", lambda: self.timeline.zoom(1 / 1.5), zoom_out
        )
        self.previous_action = self._action(
            "&Previous Event", lambda: self.step_event(-1), ["Left"]
        )
        self.next_action = self._action("&Next Event", lambda: self.step_event(1), ["Right"])
        self.previous_source_action = self._action(
            "Previous &Source", self.passage_view.previous_source, ["Alt+Left"]
        )
        self.next_source_action = self._action(
            "Next S&ource", self.passage_view.next_source, ["Alt+Right"]
        )
        self.unanchored_action = self._action(
            "Expressions &Not Placed",
            lambda: self.details.setCurrentWidget(self.unanchored_panel),
            ["Ctrl+U"],
        )
        for action in (
            self.filter_action,
            self.clear_filter_action,
            None,
            self.fit_action,
            self.zoom_in_action,
            self.zoom_out_action,
            None,
            self.previous_action,
            self.next_action,
            self.previous_source_action,
            self.next_source_action,
            None,
        ):
            if action is None:
                view.addSeparator()
            else:
                view.addAction(action)
        lanes_menu = view.addMenu("&Lanes")
        self.lane_actions = self._choice_group(
            lanes_menu,
            [("By &Category", "category"), ("By &Document", "document"), ("&None", "none")],
            "category",
            lambda mode: self.set_view_modes(lanes=mode),
        )
        colour_menu = view.addMenu("C&olour")
        self.colour_actions = self._choice_group(
            colour_menu,
            [("By &Category", "category"), ("By &Source Document", "source")],
            "category",
            lambda mode: self.set_view_modes(color_by=mode),
        )
        view.addSeparator()
        view.addAction(self.unanchored_action)

    def _choice_group(
        self, menu: QMenu, choices: list[tuple[str, str]], current: str, slot: Any
    ) -> dict[str, QAction]:
        group = QActionGroup(self)
        group.setExclusive(True)
        actions = {}
        for text, mode in choices:
            action = QAction(text, self, checkable=True)
            action.setChecked(mode == current)
            action.triggered.connect(lambda _checked=False, m=mode: slot(m))
            group.addAction(action)
            menu.addAction(action)
            actions[mode] = action
        return actions

    def set_view_modes(self, lanes: str | None = None, color_by: str | None = None) -> None:
        """Lanes by category, document or none; colour by category or source document."""
        self.timeline.set_modes(lanes, color_by)  # type: ignore[arg-type]
        for mode, action in self.lane_actions.items():
            action.setChecked(mode == self.timeline.lanes)
        for mode, action in self.colour_actions.items():
            action.setChecked(mode == self.timeline.color_by)

    def _update_recent_files_menu(self) -> None:
        menu = self.recent_files_menu
        menu.clear()
        recent = recent_files()
        for number, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.add_paths([p]))
        if not recent:
            menu.addAction("No recent articles").setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction("Clear List", lambda: QSettings().setValue(RECENT_FILES_KEY, []))

    # --------------------------------------------------------------- loading
    def add_paths(
        self, paths: Iterable[str | Path], reference_override: dt.date | None = None
    ) -> int:
        """Load articles in the background; documents appear as each one finishes.

        Batches run one after another so that document indices stay dense and
        stable. Returns how many files were queued.
        """
        paths = list(paths)
        files, notes = collect_paths(paths)
        if not files and not notes:
            names = ", ".join(Path(p).name for p in paths)
            self.statusBar().showMessage(f"No articles found in {names}.", 8000)
            return 0
        queued = {str(f) for batch, _ in self._queue for f in batch}
        known = {d.path for d in self.workspace.documents} | queued
        if self._worker is not None:
            known |= {str(f) for f in self._worker.files}
        files = [f for f in files if str(f) not in known]
        if notes:
            self.statusBar().showMessage(skipped_summary(notes), 15000)
            self.statusBar().setToolTip("\n".join(notes[:40]))
        if not files:
            if paths and not notes:
                self.statusBar().showMessage("Those articles are already open.", 5000)
            return 0
        remember_recent_files(paths)
        if not self.is_loading:
            self._load_total = 0
            self._load_done = 0
            self._live_refresh = True
            self._cancelled = False
            self._load_started = time.perf_counter()
        self._load_total += len(files)
        self._queue.append((files, reference_override))
        self.progress.setRange(0, self._load_total)
        self.progress.setValue(self._load_done)
        self.progress.show()
        self.cancel_button.show()
        self.status_label.setText(f"Reading {self._load_total} document(s)…")
        self._start_next_batch()
        return len(files)

    def _start_next_batch(self) -> None:
        if self._worker is not None or not self._queue:
            return
        files, reference_override = self._queue.pop(0)
        worker = LoadWorker(files, len(self.workspace.documents), reference_override)
        worker.signals.document_loaded.connect(self._on_document_loaded)
        worker.signals.finished.connect(self._on_worker_done)
        worker.signals.failed.connect(self._on_worker_failed)
        self._worker = worker
        QThreadPool.globalInstance().start(worker)

    def cancel_loading(self) -> None:
        """Stop the import; documents already read stay."""
        self._queue.clear()
        if self._worker is not None:
            self._cancelled = True
            self._worker.cancel()
            self.status_label.setText("Cancelling…")

    @property
    def is_loading(self) -> bool:
        return self._worker is not None or bool(self._queue) or self._finisher is not None

    def _on_document_loaded(self, result: DocumentResult) -> None:
        self.workspace.add_result(result)
        self.document_list.append_result(result)
        self._load_done += 1
        # Progress, status and listeners are told a few times a second, not per document:
        # QProgressBar repaints synchronously, which alone cost seconds on 600 articles.
        if not self._progress_timer.isActive():
            self._progress_timer.start()
        if self._live_refresh and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _show_progress(self) -> None:
        self.progress.setMaximum(self._load_total)
        self.progress.setValue(self._load_done)
        self.documents_changed.emit()

    def _refresh_while_loading(self) -> None:
        """Show what has been read so far: every document's events, not yet merged across
        articles (the merge runs once, at the end, off the GUI thread)."""
        if self._finisher is not None or not self.is_loading:
            return
        if self.timeline.canvas.last_draw_seconds > LIVE_REFRESH_BUDGET_S:
            self._hold_live_refresh()  # the last live redraw was already too slow
            return
        started = time.perf_counter()
        results = self.workspace.results
        provisional = sorted(all_events(results), key=lambda e: (e.start, e.end, e.document))
        self._show_events(provisional, keep_view=False)
        self.status_label.setText(
            f"Reading {self._load_done} / {self._load_total} document(s)… "
            f"{len(provisional)} events so far"
        )
        # The redraw that follows costs as much again; keep the GUI thread mostly free.
        cost = time.perf_counter() - started + self.timeline.canvas.last_draw_seconds
        self._refresh_timer.setInterval(int(max(LOADING_REFRESH_MS, cost * 4000)))
        if cost > LIVE_REFRESH_BUDGET_S:
            self._hold_live_refresh()

    def _hold_live_refresh(self) -> None:
        self._live_refresh = False
        self.status_label.setText(
            f"Reading {self._load_done} / {self._load_total} document(s)… "
            "the timeline updates when reading ends"
        )

    def _on_worker_failed(self, message: str) -> None:
        QMessageBox.warning(self, "Import stopped", f"Reading articles stopped: {message}")

    def _on_worker_done(self, cancelled: bool) -> None:
        self._worker = None
        if not cancelled and self._queue:
            self._start_next_batch()
            return
        self._refresh_timer.stop()
        self._progress_timer.stop()
        self._show_progress()
        self.cancel_button.hide()
        self.progress.hide()
        self._finish_timeline()

    def _finish_timeline(self) -> None:
        """Merge reports across articles in the background, then show the final timeline."""
        results = self.workspace.results
        # The background copy starts from the effective results, so it must not hold
        # reference-date overrides (undoing one would then keep it).
        if len(results) < 40 or self.workspace.reference_overrides():
            self._on_timeline_ready(None)
            return
        self.status_label.setText(
            f"Read {len(results)} document(s); matching reports of the same event across articles…"
        )
        finisher = TimelineWorker(results, self.workspace.corrections)
        finisher.signals.finished.connect(self._on_timeline_ready)
        self._finisher = finisher
        QThreadPool.globalInstance().start(finisher)

    def _on_timeline_ready(self, workspace: Workspace | None) -> None:
        finisher, self._finisher = self._finisher, None
        if workspace is not None and finisher is not None and finisher.matches(self.workspace):
            self.workspace = workspace
        self._refresh_events()
        self.timeline.fit_bulk()
        documents = self.workspace.documents
        failed = sum(1 for d in documents if d.error)
        undated = sum(1 for d in documents if not d.error and d.reference_date is None)
        parts = [f"{len(documents)} document(s)", f"{len(self.all_events)} event(s)"]
        if failed:
            parts.append(f"{failed} could not be read")
        if undated:
            parts.append(f"{undated} without a reference date")
        text = ", ".join(parts)
        if self._cancelled:
            text += " (import cancelled)"
        elapsed = time.perf_counter() - self._load_started
        if self._load_total and elapsed > 0:
            text += f" · read in {elapsed:.2f} s" if elapsed < 1 else f" · read in {elapsed:.1f} s"
        self.status_label.setText(text)
        self._cancelled = False
        self.loading_finished.emit()

    # ------------------------------------------------------------- refreshing
    def _refresh_events(self) -> None:
        """Show the workspace again: documents, the corrected timeline, what is not placed."""
        results = self.workspace.results
        self.document_list.set_results(results)
        self.document_panel.refresh_button()
        self.filter_bar.set_documents(self.workspace.documents)
        self.unanchored_panel.set_results(results)
        waiting = self.unanchored_panel.total
        self.details.setTabText(1, f"Not placed ({waiting})" if waiting else "Not placed")
        keep_view = bool(self.all_events) and not self.is_loading
        self._show_events(self.workspace.events, keep_view=keep_view)

    def _show_events(self, events: Sequence[Event], keep_view: bool) -> None:
        """Give the timeline and the table the filtered events, keeping the selection."""
        selected = self.selected_event()
        self.all_events = list(events)
        documents = self.documents
        self.events = self.filter_bar.current_filter().apply(self.all_events, documents)
        self._order = sorted(
            range(len(self.events)),
            key=lambda i: (self.events[i].midpoint, self.events[i].start, i),
        )
        if self.all_events and not self.events:
            self.timeline.set_empty_text("No event matches the filter.\nClear it to see them all.")
        elif not self.all_events and self.documents:
            self.timeline.set_empty_text(
                "No dated event found yet.\nExpressions waiting for a date are listed under "
                "Not placed."
            )
        self.timeline.set_events(self.events, documents, keep_view=keep_view)
        self.event_table.source_model.set_events(self.events, documents)
        self.filter_bar.show_count(len(self.events), len(self.all_events))
        again = self._index_of(selected)
        self.select_event(again, ensure_visible=False)
        self.events_changed.emit()

    def _index_of(self, event: Event | None) -> int | None:
        if event is None:
            return None
        for i, candidate in enumerate(self.events):
            if candidate.id == event.id:
                return i
        return None

    @property
    def documents(self) -> list[Document]:
        return self.workspace.documents

    # ------------------------------------------------------------- filtering
    def _on_filter_changed(self) -> None:
        self._show_events(self.all_events, keep_view=False)
        shown, total = len(self.events), len(self.all_events)
        if shown != total:
            self.statusBar().showMessage(f"Filter shows {shown} of {total} events", 4000)

    # ------------------------------------------------------------- selection
    def selected_event(self) -> Event | None:
        index = self.timeline.plot.selected
        if index is None or not 0 <= index < len(self.timeline.events):
            return None
        return self.timeline.events[index]

    def select_event(self, index: int | None, ensure_visible: bool = True) -> None:
        """Select an event everywhere: timeline, table and passage panel."""
        if index is not None and not 0 <= index < len(self.events):
            index = None
        self.timeline.select(index, ensure_visible=ensure_visible)
        # The table's selectionChanged still fires (others listen to it); the flag stops
        # it from coming back here.
        self._syncing_table = True
        try:
            self.event_table.select_row(index)
        finally:
            self._syncing_table = False
        if index is None:
            self.passage_view.show_placeholder()
            return
        event = self.events[index]
        shown = self.passage_view.shown_event
        if shown is not None and shown.id == event.id:
            source = self.passage_view.source_index  # the same event redrawn: stay on its source
        else:
            source = 0
            self.details.setCurrentWidget(self.passage_view)
        self.passage_view.show_event(event, self.documents, source)

    def step_event(self, delta: int) -> None:
        """← and →: the previous or next event in date order among those shown."""
        if not self._order:
            return
        current = self.timeline.plot.selected
        if current is None or current not in self._order:
            visible = self.timeline.plot.visible_indices()
            if visible:
                target = visible[0] if delta > 0 else visible[-1]
            else:
                target = self._order[0] if delta > 0 else self._order[-1]
        else:
            position = self._order.index(current) + delta
            target = self._order[min(max(position, 0), len(self._order) - 1)]
        self.select_event(target)

    def _on_event_picked(self, index: int) -> None:
        self.select_event(index, ensure_visible=False)

    def _on_table_selection(self) -> None:
        if self._syncing_table:
            return
        row = self.event_table.selected_row()
        if row is not None:
            self.select_event(row)

    def _on_hovered(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(" · ".join(text.splitlines()[:2]))
        else:
            self.statusBar().clearMessage()

    # ------------------------------------------------------- reference dates
    def request_reference_date(self, doc_index: int) -> bool:
        """Ask the analyst for a document's reference date, then set it (undoably)."""
        if not 0 <= doc_index < len(self.documents):
            return False
        document = self.documents[doc_index]
        dialog = ReferenceDateDialog(document, self._likely_reference(doc_index), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.set_reference_date(doc_index, dialog.day())
        return True

    def set_reference_date(self, doc_index: int, day: dt.date | None) -> None:
        """Its relative expressions are resolved again and appear at once; the change goes
        through the corrections controller so that Undo takes it back."""
        self.corrections.set_reference_date(doc_index, day)

    def _likely_reference(self, doc_index: int) -> dt.date | None:
        """The latest date among the other documents: articles read together are usually
        close in time, and a calendar opened there is quicker than one opened today."""
        days = [
            d.reference_date
            for i, d in enumerate(self.documents)
            if i != doc_index and d.reference_date is not None
        ]
        return max(days) if days else None

    def open_document(
        self, doc_index: int, char_start: int = 0, char_end: int = 0
    ) -> DocumentViewer | None:
        if not 0 <= doc_index < len(self.documents):
            return None
        viewer = DocumentViewer(self.documents[doc_index], char_start, char_end, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.destroyed.connect(lambda _obj=None, v=viewer: self._forget_viewer(v))
        self._viewers.append(viewer)
        viewer.show()
        return viewer

    def _forget_viewer(self, viewer: DocumentViewer) -> None:
        if viewer in self._viewers:
            self._viewers.remove(viewer)

    # ------------------------------------------------------------ file menu
    def _on_open_files(self) -> None:
        start = QSettings().value("files/lastFolder", "")
        files, _ = QFileDialog.getOpenFileNames(self, "Open articles", str(start), ARTICLE_FILTER)
        if files:
            QSettings().setValue("files/lastFolder", str(Path(files[0]).parent))
            self.add_paths(files)

    def _on_open_folder(self) -> None:
        start = QSettings().value("files/lastFolder", "")
        folder = QFileDialog.getExistingDirectory(self, "Open a folder of articles", str(start))
        if folder:
            QSettings().setValue("files/lastFolder", folder)
            self.add_paths([folder])

    def _on_export(self) -> None:
        if not self.events:
            QMessageBox.information(
                self, "Nothing to export", "Open articles with dated events first."
            )
            return
        folder = QSettings().value("export/lastFolder", str(Path.home()))
        dialog = ExportDialog(Path(str(folder)) / "timeline.png", self._default_title(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        if dialog.current_view():
            options["extent"] = self.timeline.view_range()
        path = dialog.path()
        QSettings().setValue("export/lastFolder", str(path.parent))
        self.export_timeline(path, **options)

    def _default_title(self) -> str:
        documents = [d for d in self.documents if not d.error]
        if len(documents) == 1:
            return documents[0].title
        return f"Timeline of {len(documents)} articles" if documents else "Timeline"

    def export_timeline(self, path: str | Path, **options: Any) -> bool:
        """Save what the timeline shows (the filtered events, lanes and colours) as PNG, SVG
        or PDF; ``options`` go to ``save_timeline`` (size, DPI, title, extent)."""
        from viewer.plot.export import save_timeline

        options.setdefault("lanes", self.timeline.lanes)
        options.setdefault("color_by", self.timeline.color_by)
        try:
            save_timeline(path, self.events, self.documents, **options)
        except (OSError, ValueError) as error:
            QMessageBox.critical(self, "Export failed", f"Could not write {path}:\n{error}")
            return False
        self.statusBar().showMessage(f"Exported {path}", 6000)
        return True

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
        for key, splitter in self._splitters().items():
            state = settings.value(f"window/{key}")
            if state is not None:
                splitter.restoreState(state)
        lanes = settings.value("view/lanes")
        color_by = settings.value("view/colour")
        if lanes in ("category", "document", "none") or color_by in ("category", "source"):
            self.set_view_modes(
                lanes if lanes in ("category", "document", "none") else None,
                color_by if color_by in ("category", "source") else None,
            )

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("window/geometry", self.saveGeometry())
        for key, splitter in self._splitters().items():
            settings.setValue(f"window/{key}", splitter.saveState())
        settings.setValue("view/lanes", self.timeline.lanes)
        settings.setValue("view/colour", self.timeline.color_by)

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "splitter": self.splitter,
            "topSplitter": self.top_splitter,
            "bottomSplitter": self.bottom_splitter,
        }

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_loading()
        QThreadPool.globalInstance().waitForDone(5000)
        self.save_state(QSettings())
        super().closeEvent(event)


def open_window(
    paths: Sequence[str | Path], reference_override: dt.date | None = None
) -> MainWindow:
    window = MainWindow()
    window.restore_state(QSettings())
    if paths:
        window.add_paths(paths, reference_override)
    return window
