"""The whole article, opened at the passage an event or expression was read from."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from viewer.core.model import Document
from viewer.core.passages import context_spans
from viewer.gui.passage_panel import marked_html, reference_text

ANCHOR = "passage"


class DocumentViewer(QDialog):
    """Not modal, so the analyst can keep it open beside the timeline."""

    def __init__(
        self, document: Document, char_start: int, char_end: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentViewer")
        self.setWindowTitle(document.title or document.path)
        self.resize(760, 680)
        header = QLabel(
            f"<b>{html.escape(document.title or document.path)}</b><br>"
            f"<span style='color:#555'>{html.escape(document.path)} · "
            f"{html.escape(reference_text(document))}</span>",
            self,
        )
        header.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("documentText")
        text = document.text
        start = min(max(char_start, 0), len(text))
        end = min(max(char_end, start), len(text))
        sentence, _ = context_spans(text, start, end)
        body = marked_html(text, start, end, sentence, (0, len(text)), anchor=ANCHOR)
        self.browser.setHtml(f"<div style='font-size:11pt'>{body}</div>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.char_start = start

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        # The layout exists only once shown; scroll then, a little above the passage.
        QTimer.singleShot(0, self.scroll_to_passage)

    def scroll_to_passage(self) -> None:
        self.browser.scrollToAnchor(ANCHOR)
        bar = self.browser.verticalScrollBar()
        if bar.value() < bar.maximum():  # not clamped at the end: show some lines before it
            bar.setValue(max(bar.value() - self.browser.viewport().height() // 3, 0))
