"""The filter bar (Ctrl+F): free text, date range, category and document.

The timeline and the table are both given the filtered list, so they always
show the same events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from viewer.core.categories import CATEGORIES
from viewer.core.filters import EventFilter
from viewer.core.model import Document

NO_BOUND = QDate(1000, 1, 1)  # QDateEdit's minimum, shown as "any"


def _date_edit(parent: QWidget, tooltip: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_BOUND)
    edit.setSpecialValueText("any")
    edit.setDate(NO_BOUND)
    edit.setToolTip(tooltip)
    return edit


def _day(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    if value == NO_BOUND:
        return None
    return dt.date(value.year(), value.month(), value.day())


class FilterBar(QWidget):
    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("filterText")
        self.text_edit.setPlaceholderText("Filter events: words in title, passage, place… (Ctrl+F)")
        self.text_edit.setClearButtonEnabled(True)
        self.from_edit = _date_edit(self, "Only events that end on or after this day")
        self.to_edit = _date_edit(self, "Only events that start on or before this day")
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("filterCategory")
        self.category_combo.addItem("All categories", None)
        for key, label in CATEGORIES.items():
            self.category_combo.addItem(label, key)
        self.document_combo = QComboBox(self)
        self.document_combo.setObjectName("filterDocument")
        self.document_combo.setMinimumContentsLength(18)
        self.document_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.document_combo.addItem("All documents", None)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("Clear")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("filterCount")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.text_edit, 3)
        layout.addWidget(QLabel("From", self))
        layout.addWidget(self.from_edit)
        layout.addWidget(QLabel("to", self))
        layout.addWidget(self.to_edit)
        layout.addWidget(self.category_combo, 1)
        layout.addWidget(self.document_combo, 1)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.count_label)

        # Typing waits for a pause so that every keystroke does not redraw the timeline.
        self._typing = QTimer(self, singleShot=True, interval=200)
        self._typing.timeout.connect(self.filter_changed)
        self.text_edit.textChanged.connect(lambda _text: self._typing.start())
        self.from_edit.dateChanged.connect(lambda _d: self.filter_changed.emit())
        self.to_edit.dateChanged.connect(lambda _d: self.filter_changed.emit())
        self.category_combo.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        self.document_combo.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        self.clear_button.clicked.connect(self.clear)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear)
        self.clear_button.setToolTip("Show every event again (Esc)")

    def current_filter(self) -> EventFilter:
        return EventFilter(
            text=self.text_edit.text(),
            start=_day(self.from_edit),
            end=_day(self.to_edit),
            category=self.category_combo.currentData(),
            document=self.document_combo.currentData(),
        )

    def set_filter(self, wanted: EventFilter) -> None:
        """Set every field at once and announce one change."""
        widgets = (
            self.text_edit,
            self.from_edit,
            self.to_edit,
            self.category_combo,
            self.document_combo,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.text_edit.setText(wanted.text)
        self.from_edit.setDate(_qdate(wanted.start))
        self.to_edit.setDate(_qdate(wanted.end))
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(wanted.category), 0))
        self.document_combo.setCurrentIndex(max(self.document_combo.findData(wanted.document), 0))
        for widget in widgets:
            widget.blockSignals(False)
        self._typing.stop()
        self.filter_changed.emit()

    def clear(self) -> None:
        self.set_filter(EventFilter())

    def set_documents(self, documents: Sequence[Document]) -> None:
        """Offer every readable document, keeping the current choice."""
        current = self.document_combo.currentData()
        names = [(i, d.title or d.path) for i, d in enumerate(documents) if d.error is None]
        if self.document_combo.count() - 1 == len(names):
            return
        self.document_combo.blockSignals(True)
        self.document_combo.clear()
        self.document_combo.addItem("All documents", None)
        for index, name in names:
            self.document_combo.addItem(name, index)
        self.document_combo.setCurrentIndex(max(self.document_combo.findData(current), 0))
        self.document_combo.blockSignals(False)

    def show_count(self, shown: int, total: int) -> None:
        noun = "event" if total == 1 else "events"
        self.count_label.setText(f"{shown} of {total}" if shown != total else f"{total} {noun}")

    def focus_text(self) -> None:
        self.show()
        self.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_edit.selectAll()


def _qdate(day: dt.date | None) -> QDate:
    return NO_BOUND if day is None else QDate(day.year, day.month, day.day)
