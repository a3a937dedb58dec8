"""Documents, dates and events built by hand from real wire copy, for the core tests.

They stand for what the tagger and the event extractor return, so these tests do not
depend on how well those find dates.
"""

from __future__ import annotations

import datetime as dt

from viewer.core.corrections import DateSpec
from viewer.core.model import Document, Event, Precision, Source, TimeExpression, TimexType

REUTERS = (
    "BEIRUT, Feb 28 (Reuters) - A cessation of hostilities in Syria largely held on Sunday, "
    "a day after it took effect. The truce came into force at midnight on Friday, and "
    "fighting had eased since late February, a monitoring group said. "
    "Talks are due to resume in Geneva on March 7."
)
AA = (
    "GENEVA (AA) – Kerry arrived in Geneva on Sunday in an urgent bid to revive a cease-fire "
    "from late February that has all but fallen apart. Tomorrow, as we discussed, I am going "
    "to Moscow. Tomorrow, the message will be exactly the same."
)


def document(path: str, text: str, published: dt.date | None) -> Document:
    return Document(path=path, text=text, title=text.split(" - ")[0][:40], published=published)


def offset(text: str, expression: str, nth: int = 0) -> int:
    at = -1
    for _ in range(nth + 1):
        at = text.index(expression, at + 1)
    return at


def dated(
    text: str,
    expression: str,
    day: dt.date,
    end: dt.date | None = None,
    precision: Precision = Precision.DAY,
    *,
    nth: int = 0,
) -> TimeExpression:
    """An anchored date found by hand at the ``nth`` ``expression``, as the tagger returns it."""
    at = offset(text, expression, nth)
    return TimeExpression(
        expression,
        at,
        at + len(expression),
        TimexType.DATE,
        day.isoformat(),
        day,
        end or day,
        precision,
    )


def event(
    index: int,
    doc: Document,
    expression: str,
    day: dt.date,
    precision: Precision = Precision.DAY,
    *,
    nth: int = 0,
    event_id: str | None = None,
    category: str = "other",
    sources: tuple[Source, ...] | None = None,
) -> Event:
    """An event as the extractor would make it, its passage the sentence around it."""
    start = offset(doc.text, expression, nth)
    end = start + len(expression)
    date = DateSpec.at(day, precision)
    p_start = max(doc.text.rfind(". ", 0, start) + 2, 0) if ". " in doc.text[:start] else 0
    p_end = doc.text.find(".", end) + 1 or len(doc.text)
    passage = doc.text[p_start:p_end]
    timex = TimeExpression(
        expression, start, end, TimexType.DATE, date.value, date.start, date.end, date.precision
    )
    if sources is None:
        sources = (Source(index, start, end, passage, p_start, p_end),)
    return Event(
        id=event_id or f"d{index}-{start}",
        document=index,
        timex=timex,
        start=date.start,
        end=date.end,
        precision=date.precision,
        passage=passage,
        passage_start=p_start,
        passage_end=p_end,
        title=passage[:60],
        category=category,
        sources=sources,
    )
