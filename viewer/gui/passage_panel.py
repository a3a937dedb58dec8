"""Where an event was read: the expression inside its sentence and paragraph, per source.

A corroborated event has one report per article; the bar above the text steps
through them, so the analyst can compare how each article words it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.categories import category_label
from viewer.core.corroborate import sources_of
from viewer.core.model import Document, Event, Source
from viewer.core.passages import context_spans
from viewer.gui.event_table import date_text

HIGHLIGHT = "background-color:#ffe08a;font-weight:600;"
SENTENCE_SHADE = "background-color:#eef3fa;"


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def marked_html(
    text: str,
    start: int,
    end: int,
    sentence: tuple[int, int],
    region: tuple[int, int],
    anchor: str = "",
) -> str:
    """``text[region]`` as HTML: the sentence shaded, the expression highlighted."""
    r0, r1 = region
    s0, s1 = max(sentence[0], r0), min(sentence[1], r1)
    parts = [_escape(text[r0:s0])]
    parts.append(f"<span style='{SENTENCE_SHADE}'>")
    parts.append(_escape(text[s0:start]))
    expression = _escape(text[start:end])
    if anchor:  # around the words: Qt drops an empty anchor
        expression = f"<a name='{anchor}'>{expression}</a>"
    parts.append(f"<span style='{HIGHLIGHT}'>{expression}</span>")
    parts.append(_escape(text[end:s1]))
    parts.append("</span>")
    parts.append(_escape(text[s1:r1]))
    return "".join(parts)


def reference_text(document: Document) -> str:
    if document.reference_override is not None:
        return f"reference date {document.reference_override.isoformat()} (set by the analyst)"
    if document.published is not None:
        how = f", from {document.published_source}" if document.published_source else ""
        return f"published {document.published.isoformat()}{how}"
    return "no reference date"


def event_details(event: Event) -> list[str]:
    details = []
    if event.actors:
        details.append("Who: " + ", ".join(event.actors))
    if event.places:
        details.append("Where: " + ", ".join(event.places))
    if event.fatalities is not None:
        casualties = event.fatalities
        qualifier = f"{casualties.qualifier} " if casualties.qualifier else ""
        details.append(f"Casualties: {qualifier}{casualties.count} {casualties.kind}")
    return details


def passage_html(event: Event, document: Document | None, source: Source | None = None) -> str:
    """One report of the event, with what an analyst needs to judge it; an event the
    analyst added by hand (``document`` None) has no passage."""
    source = source or sources_of(event)[0]
    count = len(sources_of(event))
    meta = (
        f"{html.escape(category_label(event.category))} · {date_text(event)} "
        f"({html.escape(str(event.precision))} precision, value {html.escape(event.value)})"
        + (f" · {count} sources" if count > 1 else "")
    )
    rows = [
        f"<h3 style='margin:0'>{html.escape(event.title)}</h3>",
        f"<p style='color:#555;margin:2px 0 8px 0'>{meta}</p>",
    ]
    if document is None:
        rows.append("<p style='color:#555'>Added by the analyst; it cites no passage.</p>")
    else:
        text = document.text
        start, end = source.char_start, source.char_end
        if not 0 <= start <= end <= len(text):
            start = end = 0
        sentence, paragraph = context_spans(text, start, end)
        passage = marked_html(text, start, end, sentence, paragraph)
        rows.append(f"<p style='font-size:11pt'>{passage}</p>")
        rows.append(
            f"<p style='color:#555'>From <i>{html.escape(document.title or document.path)}</i>"
            f" · {html.escape(reference_text(document))}</p>"
        )
    details = event_details(event)
    if details:
        rows.append(f"<p style='color:#555'>{html.escape(' · '.join(details))}</p>")
    return "\n".join(rows)


class PassagePanel(QTextBrowser):
    """The text of the passage; ``PassageView`` puts the source controls above it."""

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

    def show_event(
        self, event: Event, document: Document | None, source: Source | None = None
    ) -> None:
        self.setHtml(passage_html(event, document, source))


class PassageView(QWidget):
    """The passage panel with a source stepper and an 'Open document' button."""

    document_requested = Signal(int, int, int)  # document index, char_start, char_end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = PassagePanel(self)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("◀")
        self.previous_button.setToolTip("Previous source (Alt+Left)")
        self.previous_button.setObjectName("previousSource")
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip("Next source (Alt+Right)")
        self.next_button.setObjectName("nextSource")
        self.source_label = QLabel(self)
        self.source_label.setObjectName("sourceLabel")
        self.open_button = QPushButton("Open document", self)
        self.open_button.setObjectName("openDocument")
        self.open_button.setToolTip("Read the whole article, scrolled to this passage")
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.source_label, 1)
        bar.addWidget(self.next_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.panel, 1)
        self.previous_button.clicked.connect(self.previous_source)
        self.next_button.clicked.connect(self.next_source)
        self.open_button.clicked.connect(self.open_document)
        self.shown_event: Event | None = None
        self._documents: list[Document] = []
        self.source_index = 0
        self.show_placeholder()

    @property
    def sources(self) -> tuple[Source, ...]:
        return sources_of(self.shown_event) if self.shown_event is not None else ()

    def show_placeholder(self) -> None:
        self.shown_event = None
        self.source_index = 0
        self.panel.show_placeholder()
        self._update_bar()

    def show_event(
        self, event: Event, documents: Sequence[Document], source_index: int = 0
    ) -> None:
        self.shown_event = event
        self._documents = list(documents)
        self.show_source(source_index)

    def show_source(self, k: int) -> None:
        sources = self.sources
        if not sources:
            return
        self.source_index = k % len(sources)
        source = sources[self.source_index]
        assert self.shown_event is not None
        documents = self._documents
        document = documents[source.document] if 0 <= source.document < len(documents) else None
        self.panel.show_event(self.shown_event, document, source)
        self._update_bar()

    def next_source(self) -> None:
        if len(self.sources) > 1:
            self.show_source(self.source_index + 1)

    def previous_source(self) -> None:
        if len(self.sources) > 1:
            self.show_source(self.source_index - 1)

    def open_document(self) -> None:
        sources = self.sources
        if sources:
            source = sources[self.source_index]
            self.document_requested.emit(source.document, source.char_start, source.char_end)

    def _update_bar(self) -> None:
        sources = self.sources
        many = len(sources) > 1
        self.previous_button.setEnabled(many)
        self.next_button.setEnabled(many)
        self.open_button.setEnabled(bool(sources))
        if not sources:
            self.source_label.setText("")
            return
        source = sources[self.source_index]
        document = (
            self._documents[source.document]
            if 0 <= source.document < len(self._documents)
            else None
        )
        self.open_button.setEnabled(document is not None)
        name = (document.title or document.path) if document else "Added by the analyst"
        if many:
            self.source_label.setText(f"Source {self.source_index + 1} of {len(sources)}: {name}")
        else:
            self.source_label.setText(name)
        self.source_label.setToolTip(document.path if document else "")
