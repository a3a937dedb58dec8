"""The documents read so far, with their reference dates and errors, and the way to set a date."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from viewer.core.model import Document
from viewer.core.pipeline import DocumentResult

ERROR_COLOR = QColor("#b00020")
UNDATED_COLOR = QColor("#a35a00")
NO_REFERENCE = "no reference date"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def document_label(result: DocumentResult) -> str:
    """Two lines: the title, then the date (or what is wrong) and what was found."""
    document = result.document
    if document.error:
        return f"⚠ {Path(document.path).name}\n{document.error}"
    name = document.title or Path(document.path).name
    events = plural(len(result.events), "event")
    day = document.reference_date
    if day is None:
        return f"{name}\n⚠ {NO_REFERENCE} · {events}, {len(result.unanchored)} waiting"
    when = day.isoformat() + (" (set)" if document.reference_override else "")
    return f"{name}\n{when} · {events}"


class DocumentList(QListWidget):
    reference_date_requested = Signal(int)
    document_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentList")
        # Every row is two lines: uniform sizes keep adding a row O(1) in a long import,
        # where word wrap would measure every row again on each arrival.
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)
        self.itemDoubleClicked.connect(self._on_double_click)
        self._documents: list[Document] = []

    def set_results(self, results: Sequence[DocumentResult]) -> None:
        """Show ``results`` in order; existing rows are relabelled, new ones appended."""
        self._documents = [r.document for r in results]
        for result in results:
            if result.index < self.count():
                item = self.item(result.index)
            else:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, result.index)
                self.addItem(item)
            self._describe(item, result)
        while self.count() > len(results):
            self.takeItem(self.count() - 1)

    def append_result(self, result: DocumentResult) -> None:
        """A document that has just been read: shown at once, without relabelling the rest."""
        self._documents.append(result.document)
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, result.index)
        self.addItem(item)
        self._describe(item, result)

    def _describe(self, item: QListWidgetItem, result: DocumentResult) -> None:
        document = result.document
        item.setText(document_label(result))
        tip = document.path
        if document.error:
            tip += f"\nCould not be read: {document.error}"
            item.setForeground(QBrush(ERROR_COLOR))
        elif document.reference_date is None:
            tip += (
                "\nNo publication date was found, so its relative dates (yesterday, on Monday…)"
                " cannot be placed. Double-click or right-click to set one."
            )
            item.setForeground(QBrush(UNDATED_COLOR))
        else:
            if document.published_source:
                tip += f"\nDate from: {document.published_source}"
            item.setForeground(QBrush())
        item.setToolTip(tip)

    def document_at_row(self, row: int) -> Document | None:
        return self._documents[row] if 0 <= row < len(self._documents) else None

    def selected_document(self) -> int | None:
        row = self.currentRow()
        return row if self.document_at_row(row) is not None else None

    def _on_double_click(self, item: QListWidgetItem) -> None:
        row = self.row(item)
        document = self.document_at_row(row)
        if document is None or document.error:
            return
        if document.reference_date is None:
            self.reference_date_requested.emit(row)
        else:
            self.document_opened.emit(row)

    def _on_context_menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        if item is None:
            return
        row = self.row(item)
        document = self.document_at_row(row)
        if document is None or document.error:
            return
        menu = QMenu(self)
        menu.addAction("Set reference date…", lambda: self.reference_date_requested.emit(row))
        menu.addAction("Open document", lambda: self.document_opened.emit(row))
        menu.exec(self.viewport().mapToGlobal(pos))


class DocumentPanel(QWidget):
    """The list with a button under it, so setting a missing date is one click away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = DocumentList(self)
        self.date_button = QPushButton("Set reference date…", self)
        self.date_button.setObjectName("setReferenceDate")
        self.date_button.setToolTip(
            "Give the selected document the date its relative dates count from"
        )
        self.date_button.setEnabled(False)
        # The button names the document; it must not widen the panel to fit the title.
        self.date_button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.date_button)
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.date_button.clicked.connect(self._on_date_button)

    def target(self) -> int | None:
        """The document the button sets: the selected one, else the first without a date."""
        row = self.list.selected_document()
        if row is not None:
            document = self.list.document_at_row(row)
            return row if document is not None and document.error is None else None
        for index in range(self.list.count()):
            document = self.list.document_at_row(index)
            if document is not None and document.error is None and document.reference_date is None:
                return index
        return None

    def _on_row_changed(self, _row: int = -1) -> None:
        row = self.target()
        document = self.list.document_at_row(row) if row is not None else None
        self.date_button.setEnabled(document is not None)
        if document is None:
            self.date_button.setText("Set reference date…")
            return
        # The dialog names the document; the button stays short enough to read.
        missing = "missing " if document.reference_date is None else ""
        self.date_button.setText(f"Set {missing}reference date…")
        self.date_button.setToolTip(
            f"Give {document.title or document.path} the day its relative dates count from"
        )

    def refresh_button(self) -> None:
        self._on_row_changed()

    def _on_date_button(self) -> None:
        row = self.target()
        if row is not None:
            self.list.reference_date_requested.emit(row)


class ReferenceDateDialog(QDialog):
    """Pick the day a document was published; its relative dates count from it."""

    def __init__(
        self, document: Document, initial: dt.date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referenceDateDialog")
        self.setWindowTitle("Set reference date")
        name = document.title or Path(document.path).name
        explanation = QLabel(
            f"When was <b>{html.escape(name)}</b> published?<br>"
            "Expressions such as “yesterday” or “on Monday” are placed relative to this day.",
            self,
        )
        explanation.setWordWrap(True)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        day = initial or document.reference_date or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.calendar.activated.connect(lambda _d: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def set_day(self, day: dt.date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def day(self) -> dt.date:
        value = self.calendar.selectedDate()
        return dt.date(value.year(), value.month(), value.day())
