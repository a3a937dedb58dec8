"""The category the timeline shows for a date in a one-sentence article."""

from __future__ import annotations

import datetime as dt

from viewer.core.model import Document
from viewer.core.pipeline import analyse

PUBLISHED = dt.date(2024, 3, 15)


def category_at(text: str, expression: str) -> str:
    """The category of the event the timeline shows at ``expression`` (the tagger may leave
    out a leading "on") in an article published on ``PUBLISHED``."""
    start = text.index(expression)
    end = start + len(expression)
    result = analyse(0, Document("report.txt", text, published=PUBLISHED))
    found = [e for e in result.events if e.char_start < end and e.char_end > start]
    assert len(found) == 1, [e.expression for e in result.events]
    return found[0].category
