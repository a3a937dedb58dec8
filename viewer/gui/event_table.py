"""The events as a sortable table, one row per timeline event."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from viewer.core.categories import category_label
from viewer.core.model import Document, Event

COLUMNS = ("Date", "Precision", "Title", "Category", "Sources", "Document")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def date_text(event: Event) -> str:
    if event.start == event.end:
        return event.start.isoformat()
    return f"{event.start.isoformat()} – {event.end.isoformat()}"


class EventTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []
        self._documents: list[Document] = []

    def set_events(self, events: Sequence[Event], documents: Sequence[Document]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self._documents = list(documents)
        self.endResetModel()

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self._events[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, column)
        if role == SORT_ROLE:
            if column == 0:
                return (event.start.isoformat(), event.end.isoformat())
            if column == 4:
                return len(event.sources)
            return self._display(event, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 5):
            return event.passage
        return None

    def _display(self, event: Event, column: int) -> str | int:
        if column == 0:
            return date_text(event)
        if column == 1:
            return str(event.precision)
        if column == 2:
            return event.title
        if column == 3:
            return category_label(event.category)
        if column == 4:
            return len(event.sources)
        document = self._documents[event.document] if 0 <= event.document < len(self._documents) else None
        return (document.title or document.path) if document else ""


class EventSortProxy(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


class EventTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventTable")
        self.source_model = EventTableModel(self)
        self.proxy = EventSortProxy(self)
        self.proxy.setSourceModel(self.source_model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 170)
        self.setColumnWidth(1, 70)
        self.setColumnWidth(3, 130)
        self.setColumnWidth(4, 60)
        self.setColumnWidth(5, 200)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def selected_row(self) -> int | None:
        """The selected event's row in the source model (its index in the events list)."""
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.mapToSource(rows[0]).row()

    def select_row(self, row: int | None) -> None:
        if row is None:
            self.clearSelection()
            return
        index = self.proxy.mapFromSource(self.source_model.index(row, 0))
        if index.isValid():
            self.selectRow(index.row())
            self.scrollTo(index)
