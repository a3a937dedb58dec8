"""What the analyst asked to see: a filter the timeline, the table and every export share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.core.categories import category_label
from viewer.core.model import Document, Event


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What the analyst asked to see; the empty filter lets everything through."""

    text: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    category: str | None = None
    document: int | None = None

    @property
    def active(self) -> bool:
        return bool(self.text.strip()) or any(
            v is not None for v in (self.start, self.end, self.category, self.document)
        )

    def matches(self, event: Event, documents: Sequence[Document]) -> bool:
        if self.category is not None and event.category != self.category:
            return False
        if self.start is not None and event.end < self.start:
            return False
        if self.end is not None and event.start > self.end:
            return False
        reporting = {event.document} | {s.document for s in event.sources}
        if self.document is not None and self.document not in reporting:
            return False
        words = self.text.lower().split()
        if words:
            haystack = " ".join(
                [
                    event.title,
                    event.passage,
                    event.expression,
                    event.value,
                    category_label(event.category),
                    *event.actors,
                    *event.places,
                    *(documents[d].title for d in reporting if 0 <= d < len(documents)),
                ]
            ).lower()
            return all(word in haystack for word in words)
        return True

    def apply(self, events: Sequence[Event], documents: Sequence[Document]) -> list[Event]:
        if not self.active:
            return list(events)
        return [e for e in events if self.matches(e, documents)]
