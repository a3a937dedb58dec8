"""The values every layer passes around: documents, temporal expressions, events.

They are frozen so that a worker thread can hand them to the GUI without copies
and so that a correction is always a new value, never a mutation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum


class Precision(StrEnum):
    """How much of the calendar a date really pins down; the order is finest first."""

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    @property
    def is_point(self) -> bool:
        """A day or finer is drawn as a point; anything coarser as a bar."""
        return self in (Precision.MINUTE, Precision.HOUR, Precision.DAY)


class TimexType(StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """One temporal expression found in a document's text.

    ``text == document.text[char_start:char_end]`` always holds. ``start`` and
    ``end`` are the inclusive calendar interval the expression covers, or None
    when it cannot be placed (durations, sets, vague references, relative
    expressions in a document without a reference date).
    """

    text: str
    char_start: int
    char_end: int
    type: TimexType
    value: str
    start: dt.date | None = None
    end: dt.date | None = None
    precision: Precision | None = None
    mod: str | None = None
    relative: bool = False

    @property
    def anchored(self) -> bool:
        """True when the expression names a place on the calendar and so becomes an event."""
        return self.start is not None and self.end is not None and self.precision is not None


@dataclass(frozen=True, slots=True)
class Document:
    """An article as the app holds it; offsets everywhere index ``text``."""

    path: str
    text: str = ""
    title: str = ""
    published: dt.date | None = None
    published_source: str | None = None
    error: str | None = None
    reference_override: dt.date | None = None
    source: str | None = None

    @property
    def reference_date(self) -> dt.date | None:
        """The analyst's override wins over whatever was detected."""
        return self.reference_override or self.published

    def with_reference(self, day: dt.date | None) -> Document:
        return replace(self, reference_override=day)


@dataclass(frozen=True, slots=True)
class Source:
    """One document's report of an event: where in which text it was read."""

    document: int
    char_start: int
    char_end: int
    passage: str
    passage_start: int
    passage_end: int


@dataclass(frozen=True, slots=True)
class Casualties:
    count: int
    qualifier: str | None = None
    kind: str = "killed"


@dataclass(frozen=True, slots=True)
class Event:
    """A dated happening drawn on the timeline.

    ``document`` and the offsets refer to the first source; ``sources`` lists
    every document that reports the same event once corroboration has merged
    them (it always holds at least the first source).
    """

    id: str
    document: int
    timex: TimeExpression
    start: dt.date
    end: dt.date
    precision: Precision
    passage: str
    passage_start: int
    passage_end: int
    title: str
    category: str = "other"
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    fatalities: Casualties | None = None
    sources: tuple[Source, ...] = field(default=())
    edited: bool = False

    @property
    def expression(self) -> str:
        return self.timex.text

    @property
    def char_start(self) -> int:
        return self.timex.char_start

    @property
    def char_end(self) -> int:
        return self.timex.char_end

    @property
    def value(self) -> str:
        return self.timex.value

    @property
    def midpoint(self) -> dt.date:
        return self.start + (self.end - self.start) / 2
