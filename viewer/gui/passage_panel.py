"""Shows where an event was read: the sentence, with the date expression highlighted."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from viewer.core.categories import category_label
from viewer.core.model import Document, Event

HIGHLIGHT = "background-color:#ffe08a;font-weight:600;"


def passage_html(event: Event, document: Document) -> str:
    """The passage with the expression marked, plus what an analyst needs to judge it."""
    text = document.text
    start, end = event.char_start, event.char_end
    p_start, p_end = event.passage_start, event.passage_end
    if not (p_start <= start <= end <= p_end):
        p_start, p_end = start, end
    before = html.escape(text[p_start:start])
    expression = html.escape(text[start:end])
    after = html.escape(text[end:p_end])
    published = document.reference_date.isoformat() if document.reference_date else "none"
    if event.start == event.end:
        when = event.start.isoformat()
    else:
        when = f"{event.start.isoformat()} – {event.end.isoformat()}"
    sources = len(event.sources)
    rows = [
        f"<h3 style='margin:0'>{html.escape(event.title)}</h3>",
        f"<p style='color:#555;margin:2px 0 8px 0'>{html.escape(category_label(event.category))}"
        f" · {when} ({html.escape(str(event.precision))} precision, value {html.escape(event.value)})"
        + (f" · {sources} sources" if sources > 1 else "")
        + "</p>",
        f"<p style='font-size:11pt'>{before}<span style='{HIGHLIGHT}'>{expression}</span>{after}</p>",
        f"<p style='color:#555'>From <i>{html.escape(document.title or document.path)}</i>"
        f" · reference date {published}</p>",
    ]
    return "\n".join(rows)


class PassagePanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passagePanel")
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.show_placeholder()

    def show_placeholder(self) -> None:
        self.setHtml(
            "<p style='color:#777'>Click an event on the timeline or in the table "
            "to read the passage it came from.</p>"
        )

    def show_event(self, event: Event, document: Document) -> None:
        self.setHtml(passage_html(event, document))
