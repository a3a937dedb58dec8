"""Expressions that cannot be placed on the timeline yet, with the passage each came from.

They are kept rather than dropped: a document without a reference date has
its relative dates waiting here until the analyst sets one.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.model import Document, TimeExpression, TimexType
from viewer.core.passages import Span, context_spans, sentence_at, sentence_spans
from viewer.core.pipeline import DocumentResult
from viewer.gui.passage_panel import marked_html

MAX_SENTENCE_CHARS = 240
MAX_ROWS = 5000  # beyond this the list is a haystack; the count still says how many
COLUMNS = ("Expression", "Why not placed", "Document", "Sentence")


def why_unanchored(expression: TimeExpression, document: Document) -> str:
    if document.reference_date is None and expression.relative:
        return "no reference date"
    if expression.type is TimexType.DURATION:
        return "duration"
    if expression.type is TimexType.SET:
        return "recurring"
    if document.reference_date is None:
        return "no reference date"
    return "vague reference"


class UnanchoredPanel(QWidget):
    document_requested = Signal(int, int, int)  # document index, char_start, char_end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unanchoredPanel")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("unanchoredList")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSortingEnabled(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.setColumnWidth(0, 150)
        self.tree.setColumnWidth(1, 120)
        self.tree.setColumnWidth(2, 180)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("unanchoredPassage")
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(self.preview)
        split.setSizes([220, 120])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._documents: list[Document] = []
        # Sentence spans by document text: splitting 600 articles again on every refresh
        # took a tenth of a second. The text is the key since spans depend on nothing
        # else (a reference date set by the analyst gives a new Document, same text).
        self._spans: dict[str, list[Span]] = {}
        self._shown: tuple[DocumentResult, ...] | None = None
        self.total = 0
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemDoubleClicked.connect(self._on_double_click)

    def set_results(self, results: Sequence[DocumentResult]) -> None:
        """List what ``results`` could not place. Results are frozen, so the very same ones
        as last time (a correction to an event, a filter) leave the rows, their sort order
        and the analyst's place in the list as they are."""
        shown = self._shown
        if (
            shown is not None
            and len(results) == len(shown)
            and all(a is b for a, b in zip(results, shown, strict=True))
        ):
            return
        self._shown = tuple(results)
        self._documents = [r.document for r in results]
        known, self._spans = self._spans, {}  # forget documents that are gone
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        items: list[QTreeWidgetItem] = []
        self.total = 0
        for result in results:
            document = result.document
            name = document.title or Path(document.path).name
            spans: list[Span] = []
            if result.unanchored:
                text = document.text
                spans = self._spans.get(text) or known.get(text) or sentence_spans(text)
                self._spans[text] = spans
            for expression in result.unanchored:
                self.total += 1
                if len(items) >= MAX_ROWS:
                    continue
                item = QTreeWidgetItem(
                    [
                        expression.text,
                        why_unanchored(expression, document),
                        name,
                        _sentence_text(document.text, spans, expression),
                    ]
                )
                item.setData(
                    0,
                    Qt.ItemDataRole.UserRole,
                    (result.index, expression.char_start, expression.char_end),
                )
                item.setToolTip(3, item.text(3))
                items.append(item)
        self.tree.addTopLevelItems(items)
        # Reading order (document, then position) until the analyst sorts by a column.
        self.tree.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.tree.setSortingEnabled(True)
        self.preview.setHtml(
            "<p style='color:#777'>Select an expression to read where it was found. "
            "Double-click to open the document.</p>"
            if self.total
            else "<p style='color:#777'>Every date expression found is on the timeline.</p>"
        )

    def rows(self) -> list[tuple[str, str, str]]:
        """(expression, why, document) for every listed row, as the analyst reads them."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [(item.text(0), item.text(1), item.text(2)) for item in items if item is not None]

    def _target(self, item: QTreeWidgetItem | None) -> tuple[int, int, int] | None:
        if item is None:
            return None
        data = item.data(0, Qt.ItemDataRole.UserRole)
        return tuple(data) if data else None

    def _on_current(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        target = self._target(item)
        if target is None:
            return
        index, start, end = target
        document = self._documents[index]
        sentence, paragraph = context_spans(document.text, start, end)
        passage = marked_html(document.text, start, end, sentence, paragraph)
        self.preview.setHtml(f"<p style='font-size:11pt'>{passage}</p>")

    def _on_double_click(self, item: QTreeWidgetItem, _column: int) -> None:
        target = self._target(item)
        if target is not None:
            self.document_requested.emit(*target)


def _sentence_text(text: str, spans: list[Span], expression: TimeExpression) -> str:
    """The sentence around the expression on one line, shortened around it if long."""
    start, end = sentence_at(spans, expression.char_start) if spans else (0, len(text))
    if end - start > MAX_SENTENCE_CHARS:
        start = max(start, expression.char_start - MAX_SENTENCE_CHARS // 3)
        end = min(end, start + MAX_SENTENCE_CHARS)
    return " ".join(text[start:end].split())
