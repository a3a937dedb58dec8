"""The events as a sortable table, one row per timeline event.

Sorting happens in the model, with one Python sort on precomputed keys: a
QSortFilterProxyModel comparing rows itself calls back into Python for every
comparison, which takes seconds on ten thousand events. The proxy stays for
views and tools that expect one and passes the order through.
"""

from __future__ import annotations

import re
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
EVENT_INDEX_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


_CLOCK = re.compile(r"T(\d\d)(?::(\d\d))?")
_PARTS_OF_DAY = {"TMO": "morning", "TAF": "afternoon", "TEV": "evening", "TNI": "night"}


def date_text(event: Event) -> str:
    """The interval as the analyst reads it: one day (with its time, when the article gave
    one: "2014-08-26 19:00", "2016-05-01 night"), or first – last day."""
    if event.start != event.end:
        return f"{event.start.isoformat()} – {event.end.isoformat()}"
    day = event.start.isoformat()
    value = event.value
    if not value.startswith(day):
        return day
    clock = _CLOCK.match(value, len(day))
    if clock is not None:
        return f"{day} {clock[1]}:{clock[2] or '00'}"
    part = _PARTS_OF_DAY.get(value[len(day) :])
    return f"{day} {part}" if part else day


class EventTableModel(QAbstractTableModel):
    """Row ``r`` shows ``events[order[r]]``; ``event_index``/``row_of`` translate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []
        self._documents: list[Document] = []
        self._order: list[int] = []
        self._row_of: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def set_events(self, events: Sequence[Event], documents: Sequence[Document]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self._documents = list(documents)
        self._order = self._sorted_order(*self._sort)
        self._update_rows()
        self.endResetModel()

    def event_at(self, row: int) -> Event:
        return self._events[self._order[row]]

    def event_index(self, row: int) -> int:
        return self._order[row]

    def row_of(self, event_index: int) -> int:
        return self._row_of[event_index]

    def _update_rows(self) -> None:
        self._row_of = [0] * len(self._order)
        for row, index in enumerate(self._order):
            self._row_of[index] = row

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
        event_index = self._order[index.row()]
        event = self._events[event_index]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, column)
        if role == SORT_ROLE:
            return self._key(event, column)
        if role == EVENT_INDEX_ROLE:
            return event_index
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 5):
            return event.passage
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignCenter)
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
        document = (
            self._documents[event.document] if 0 <= event.document < len(self._documents) else None
        )
        return (document.title or document.path) if document else ""

    def _key(self, event: Event, column: int) -> Any:
        if column == 0:
            return (event.start, event.end)
        if column == 4:
            return len(event.sources)
        return str(self._display(event, column)).lower()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """One Python sort on keys, ties kept in timeline order; selections follow their rows."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._order[p.row()], p.column()) for p in persistent]
        self._order = self._sorted_order(column, order)
        self._update_rows()
        self.changePersistentIndexList(
            persistent, [self.index(self._row_of[i], c) for i, c in held]
        )
        self.layoutChanged.emit()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        if not 0 <= column < len(COLUMNS):
            return list(range(len(self._events)))
        keys = [self._key(e, column) for e in self._events]
        reverse = order == Qt.SortOrder.DescendingOrder
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=reverse)


class EventSortProxy(QSortFilterProxyModel):
    """Hands sorting to the model (see the module docstring) and shows its order as is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, EventTableModel):
            source.sort(column, order)
        else:
            super().sort(column, order)


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
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 160)
        self.setColumnWidth(1, 70)
        self.setColumnWidth(3, 125)
        self.setColumnWidth(4, 60)
        self.setColumnWidth(5, 170)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def selected_row(self) -> int | None:
        """The selected event's index in the events list the table was given."""
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        return self.source_model.event_index(self.proxy.mapToSource(rows[0]).row())

    def select_row(self, event_index: int | None) -> None:
        """Select the row showing ``events[event_index]`` and scroll to it."""
        if event_index is None or not 0 <= event_index < self.source_model.rowCount():
            self.clearSelection()
            return
        row = self.source_model.row_of(event_index)
        index = self.proxy.mapFromSource(self.source_model.index(row, 0))
        if index.isValid():
            self.selectRow(index.row())
            self.scrollTo(index)
