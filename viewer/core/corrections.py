"""The analyst's corrections, as values, and how they apply on top of extracted events.

A correction never points at an event by its list position or its extractor id: both
change when a newer tagger re-reads the documents. It points at the date expression
the event was read from, by an :class:`Anchor` (document path, hash of the document's
text, character span, expression text). The rule that finds an anchor's event again
is :func:`locate`; docs/project-format.md states it for people.

Everything here is a pure function of its inputs: the workspace owns the state.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from viewer.core.categories import CATEGORIES
from viewer.core.corroborate import split_event
from viewer.core.model import Document, Event, Precision, Source, TimeExpression, TimexType
from viewer.core.temporal.calendar import SEASON_MONTHS, season_span, span_for, value_for

MANUAL_PREFIX = "manual-"
NO_DOCUMENT = -1
"""``Event.document`` of a free-standing manual event, which no document reports."""


def text_sha256(text: str) -> str:
    """Hash of the text the offsets index: tells whether old offsets can still be trusted."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_path(path: str) -> str:
    """One spelling per file, so that a path typed relative and one read absolute compare equal."""
    return os.path.normcase(os.path.abspath(path))


# ----------------------------------------------------------------- calendar


def _season(day: dt.date) -> tuple[int, str]:
    """The season holding ``day``, keyed as ``season_span`` keys it (winter 2016 runs from
    December 2015 to February 2016)."""
    if day.month in (12, 1, 2):
        return day.year + (day.month == 12), "WI"
    return day.year, next(
        code for code, (first, last) in SEASON_MONTHS.items() if first <= day.month <= last
    )


def calendar_unit(day: dt.date, precision: Precision) -> tuple[dt.date, dt.date]:
    """The inclusive interval of the calendar unit at ``precision`` that holds ``day``."""
    if precision is Precision.SEASON:
        return season_span(*_season(day))
    return span_for(precision, day)


def timex_value(day: dt.date, precision: Precision) -> str:
    """The TIMEX3 value TimeML writes for the unit holding ``day`` at ``precision``.

    A date alone carries no clock time, so hour and minute precision give the day's value.
    """
    if precision is Precision.SEASON:
        # written with the year it begins in: the winter from December 2015 is 2015-WI
        return value_for(precision, calendar_unit(day, precision)[0], _season(day)[1])
    return value_for(precision, calendar_unit(day, precision)[0])


@dataclass(frozen=True, slots=True)
class DateSpec:
    """A corrected date: the interval drawn, its precision, and its TIMEX3 value."""

    start: dt.date
    end: dt.date
    precision: Precision
    value: str

    @classmethod
    def at(cls, start: dt.date, precision: Precision | str, end: dt.date | None = None) -> DateSpec:
        """The date an analyst means by "this day/week/month... ", optionally to a later ``end``.

        Without ``end`` the interval is the whole unit (a month covers the month). A range
        keeps the value of the unit it starts in: TIMEX3 has no single value for a range.
        """
        precision = Precision(precision)
        unit_start, unit_end = calendar_unit(start, precision)
        if end is None:
            end = unit_end
        else:
            unit_start = start
        if end < unit_start:
            raise ValueError(f"a date range cannot end ({end}) before it starts ({unit_start})")
        return cls(unit_start, end, precision, timex_value(start, precision))


# -------------------------------------------------------------- corrections


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an event was read: survives re-extraction, see :func:`locate`."""

    path: str
    text_sha256: str
    char_start: int
    char_end: int
    expression: str


Target = Anchor | str
"""An extracted event is targeted by its anchor; a manual event by its id."""


@dataclass(frozen=True, slots=True)
class EditEvent:
    """Change an event's date, title or category; a field left None stays as it was."""

    target: Target
    date: DateSpec | None = None
    title: str | None = None
    category: str | None = None


@dataclass(frozen=True, slots=True)
class DeleteEvent:
    """Remove a false event from the timeline and every export."""

    target: Target


@dataclass(frozen=True, slots=True)
class AddEvent:
    """An event the analyst adds: tied to a passage of a document, or free-standing."""

    event_id: str
    date: DateSpec
    title: str
    category: str = "other"
    passage: Anchor | None = None


@dataclass(frozen=True, slots=True)
class SetReferenceDate:
    """Set (or, with None, clear) the reference date a document's relative dates resolve on."""

    path: str
    text_sha256: str
    day: dt.date | None


@dataclass(frozen=True, slots=True)
class UndoMerge:
    """Show separately the reports that corroboration merged into one event."""

    sources: tuple[Anchor, ...]


EventCorrection = EditEvent | DeleteEvent | AddEvent
Correction = EditEvent | DeleteEvent | AddEvent | SetReferenceDate | UndoMerge


def check_category(category: str) -> str:
    if category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r}; expected one of {', '.join(CATEGORIES)}")
    return category


# ---------------------------------------------------------------- locating


def anchor_at(document: Document, char_start: int, char_end: int) -> Anchor:
    return Anchor(
        document.path,
        text_sha256(document.text),
        char_start,
        char_end,
        document.text[char_start:char_end],
    )


def find_document(documents: Sequence[Document], path: str, sha256: str) -> int | None:
    """A document by its path; failing that, by its text (the file was moved or renamed)."""
    return EventIndex((), documents).document(path, sha256)


def event_spans(event: Event) -> list[tuple[int, int, int]]:
    """Every (document, char_start, char_end) the event was read at."""
    if event.sources:
        return [(s.document, s.char_start, s.char_end) for s in event.sources]
    if event.document == NO_DOCUMENT:
        return []
    return [(event.document, event.char_start, event.char_end)]


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


class EventIndex:
    """Finds anchors' events among many, indexing documents and spans once.

    Positions are those of the event list given; a deleted event becomes None in that
    list (``forget``) so the positions of the others hold.
    """

    def __init__(self, events: Sequence[Event | None], documents: Sequence[Document]) -> None:
        self.documents = documents
        self._by_path: dict[str, int] = {}
        for index, document in enumerate(documents):
            if document.error is None:
                self._by_path.setdefault(normalise_path(document.path), index)
        self._by_hash: dict[str, int] | None = None
        self._hashes: dict[int, str] = {}
        self._spans: dict[int, list[tuple[int, int, int]]] = {}
        self._ids: dict[str, int] = {}
        self._gone: set[int] = set()
        for position, event in enumerate(events):
            if event is not None:
                self.add(position, event)

    def add(self, position: int, event: Event) -> None:
        for document, start, end in event_spans(event):
            self._spans.setdefault(document, []).append((start, end, position))
        self._ids.setdefault(event.id, position)

    def forget(self, position: int) -> None:
        self._gone.add(position)

    def text_hash(self, document: int) -> str:
        if document not in self._hashes:
            self._hashes[document] = text_sha256(self.documents[document].text)
        return self._hashes[document]

    def document(self, path: str, sha256: str) -> int | None:
        """By path; failing that, by the text's hash (a moved or renamed file)."""
        found = self._by_path.get(normalise_path(path))
        if found is not None:
            return found
        if self._by_hash is None:
            self._by_hash = {}
            for index, document in enumerate(self.documents):
                if document.error is None and document.text:
                    self._by_hash.setdefault(self.text_hash(index), index)
        return self._by_hash.get(sha256)

    def by_id(self, event_id: str) -> int | None:
        position = self._ids.get(event_id)
        return None if position is None or position in self._gone else position

    def locate(self, anchor: Anchor) -> int | None:
        """See :func:`locate`."""
        document = self.document(anchor.path, anchor.text_sha256)
        if document is None:
            return None
        text = self.documents[document].text
        candidates = [c for c in self._spans.get(document, ()) if c[2] not in self._gone]
        for start, end, position in candidates:
            if (start, end) == (anchor.char_start, anchor.char_end) and _same_words(
                text[start:end], anchor.expression
            ):
                return position
        if self.text_hash(document) == anchor.text_sha256:
            overlaps = [
                (min(end, anchor.char_end) - max(start, anchor.char_start), -start, position)
                for start, end, position in candidates
                if start < anchor.char_end and anchor.char_start < end
            ]
            return max(overlaps)[2] if overlaps else None
        same_text = [
            (abs(start - anchor.char_start), position)
            for start, end, position in candidates
            if _same_words(text[start:end], anchor.expression)
        ]
        return min(same_text)[1] if same_text else None

    def locate_passage(self, anchor: Anchor) -> tuple[int, int, int] | None:
        """See :func:`locate_passage`."""
        document = self.document(anchor.path, anchor.text_sha256)
        if document is None:
            return None
        text = self.documents[document].text
        start, end = anchor.char_start, anchor.char_end
        if text[start:end] == anchor.expression:
            return document, start, end
        if not anchor.expression:
            return None
        found = []
        at = text.find(anchor.expression)
        while at != -1:
            found.append((abs(at - start), at))
            at = text.find(anchor.expression, at + 1)
        if not found:
            return None
        at = min(found)[1]
        return document, at, at + len(anchor.expression)


def locate(anchor: Anchor, events: Sequence[Event], documents: Sequence[Document]) -> int | None:
    """The position in ``events`` of the event ``anchor`` points at, or None.

    1. The document: the same path, else the same text (moved file).
    2. A report of an event at exactly the anchor's span with the same expression.
    3. If the document's text is unchanged (same hash), the offsets still hold: the event
       whose span overlaps the anchor's most (a newer tagger widened or narrowed it,
       "February" becoming "late February").
    4. If the text changed, offsets shifted: the event with the same expression text
       (case and spacing aside) nearest to the old offset.
    """
    return EventIndex(events, documents).locate(anchor)


def locate_passage(anchor: Anchor, documents: Sequence[Document]) -> tuple[int, int, int] | None:
    """Where a manual event's passage is now: (document, start, end). The same text at the
    same offsets, else the nearest occurrence of that text in the same document."""
    return EventIndex((), documents).locate_passage(anchor)


# ---------------------------------------------------------------- applying


@dataclass(frozen=True, slots=True)
class Applied:
    """The timeline after corrections, and the corrections that found nothing to change."""

    events: tuple[Event, ...]
    unmatched: tuple[Correction, ...] = ()


def manual_event(
    correction: AddEvent, documents: Sequence[Document], index: EventIndex | None = None
) -> tuple[Event, bool]:
    """The event an AddEvent makes; the flag is False when its passage could not be found."""
    date = correction.date
    finder = index or EventIndex((), documents)
    placed = finder.locate_passage(correction.passage) if correction.passage else None
    if placed is None:
        document, start, end, passage = NO_DOCUMENT, 0, 0, ""
        sources: tuple[Source, ...] = ()
    else:
        document, start, end = placed
        passage = documents[document].text[start:end]
        sources = (Source(document, start, end, passage, start, end),)
    timex = TimeExpression(
        passage, start, end, TimexType.DATE, date.value, date.start, date.end, date.precision
    )
    event = Event(
        id=correction.event_id,
        document=document,
        timex=timex,
        start=date.start,
        end=date.end,
        precision=date.precision,
        passage=passage,
        passage_start=start,
        passage_end=end,
        title=correction.title,
        category=correction.category,
        sources=sources,
        edited=True,
    )
    return event, placed is not None or correction.passage is None


def edited_event(event: Event, correction: EditEvent) -> Event:
    """The event with the correction's fields; the expression and its offsets stay."""
    changed = replace(event, edited=True)
    if correction.date is not None:
        date = correction.date
        timex = replace(
            event.timex,
            value=date.value,
            start=date.start,
            end=date.end,
            precision=date.precision,
            mod=None,
        )
        changed = replace(
            changed, timex=timex, start=date.start, end=date.end, precision=date.precision
        )
    if correction.title is not None:
        changed = replace(changed, title=correction.title)
    if correction.category is not None:
        changed = replace(changed, category=correction.category)
    return changed


def split_merges(
    merged: Sequence[Event],
    separate: Sequence[Event],
    undos: Iterable[UndoMerge],
    documents: Sequence[Document],
) -> tuple[list[Event], list[UndoMerge]]:
    """Replace each merged event that holds two or more of an undo's reports by the separate
    events (before corroboration) of all its reports."""
    events = list(merged)
    unmatched: list[UndoMerge] = []
    for undo in undos:
        hits = [locate(anchor, events, documents) for anchor in undo.sources]
        counts: dict[int, int] = {}
        for hit in hits:
            if hit is not None:
                counts[hit] = counts.get(hit, 0) + 1
        position = next((p for p, n in counts.items() if n >= 2), None)
        if position is None or len(event_spans(events[position])) < 2:
            unmatched.append(undo)
            continue
        events[position : position + 1] = split_event(events[position], separate)
    return events, unmatched


def apply_corrections(
    merged: Sequence[Event],
    separate: Sequence[Event],
    documents: Sequence[Document],
    corrections: Iterable[Correction],
) -> Applied:
    """The timeline the analyst sees: the corroborated events ``merged`` with merges undone
    first, then the event corrections in the order they were made.

    ``separate`` are the same events before corroboration, needed to undo a merge.
    Reference-date changes are not applied here: they change the documents' analysis,
    which the workspace redoes before calling this.
    """
    corrections = list(corrections)
    undos = [c for c in corrections if isinstance(c, UndoMerge)]
    split, unmatched_undos = split_merges(merged, separate, undos, documents)
    events: list[Event | None] = list(split)
    index = EventIndex(events, documents)
    missed = {id(c) for c in unmatched_undos}
    for correction in corrections:
        if isinstance(correction, AddEvent):
            event, placed = manual_event(correction, documents, index)
            index.add(len(events), event)
            events.append(event)
            if not placed:
                missed.add(id(correction))
        elif isinstance(correction, EditEvent | DeleteEvent):
            target = correction.target
            position = index.locate(target) if isinstance(target, Anchor) else index.by_id(target)
            current = events[position] if position is not None else None
            if position is None or current is None:
                missed.add(id(correction))
            elif isinstance(correction, DeleteEvent):
                events[position] = None
                index.forget(position)
            else:
                events[position] = edited_event(current, correction)
    kept = [e for e in events if e is not None]
    kept.sort(key=lambda e: (e.start, e.end, e.document, e.char_start))
    return Applied(tuple(kept), tuple(c for c in corrections if id(c) in missed))


def describe(correction: Correction) -> str:
    """One line an analyst reads in the undo menu or a problem report."""
    if isinstance(correction, EditEvent | DeleteEvent):
        target = correction.target
        what = (
            f"“{target.expression}” in {os.path.basename(target.path)}"
            if isinstance(target, Anchor)
            else f"added event {target}"
        )
        if isinstance(correction, DeleteEvent):
            return f"Delete event {what}"
        fields = [n for n in ("date", "title", "category") if getattr(correction, n) is not None]
        return f"Edit {' and '.join(fields) or 'nothing'} of {what}"
    if isinstance(correction, AddEvent):
        return f"Add event “{correction.title}” ({correction.date.value})"
    if isinstance(correction, SetReferenceDate):
        name = os.path.basename(correction.path)
        if correction.day is None:
            return f"Clear the reference date of {name}"
        return f"Set the reference date of {name} to {correction.day.isoformat()}"
    return f"Separate {len(correction.sources)} merged reports"
