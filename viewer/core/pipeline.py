"""From a file on disk to its dated events: load, tag, extract.

Each step is a pure function of its inputs, so a worker thread can run
``analyse_path`` and hand the frozen result to the GUI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from viewer.core.corroborate import corroborate
from viewer.core.events import extract_events
from viewer.core.ingest import (
    collect_paths,
    load_document,
    publication_note_span,
    related_links_spans,
)
from viewer.core.model import Document, Event, TimeExpression
from viewer.core.temporal import tag


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """One document with everything found in it; ``index`` is its place in the collection."""

    index: int
    document: Document
    timexes: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()

    @property
    def unanchored(self) -> tuple[TimeExpression, ...]:
        """Expressions kept but not drawn: vague references, durations, and relative
        dates of a document that has no reference date yet."""
        return tuple(t for t in self.timexes if not t.anchored)


def analyse(index: int, document: Document) -> DocumentResult:
    """Tag and extract one loaded document; a document that failed to load has nothing."""
    if document.error is not None:
        return DocumentResult(index, document)
    try:
        timexes = _without_dates_of_other_texts(
            document.text, tag(document.text, document.reference_date)
        )
        events = tuple(extract_events(index, document, timexes))
    except Exception as error:  # a fault in the reading costs one document, not the batch
        message = f"its dates could not be read ({type(error).__name__}: {error})"
        return DocumentResult(index, replace(document, error=" ".join(message.split())))
    return DocumentResult(index, document, timexes, events)


def _without_dates_of_other_texts(
    text: str, timexes: Sequence[TimeExpression]
) -> tuple[TimeExpression, ...]:
    """The dates of a translator's note over the text ('This article appeared in a Moscow
    daily on 3 May 2016') date the document, as its dateline would: no events of them. The
    headlines of the other stories a page links to ('Read more on this topic: ...') keep
    their dates, but a relative one ('ceasefire from midnight Sunday') counts from a day
    the page does not give: no event of it either."""
    note = publication_note_span(text)
    links = related_links_spans(text)
    if note is None and not links:
        return tuple(timexes)

    def unplaced(t: TimeExpression) -> bool:
        if not t.anchored:
            return False
        if note is not None and note[0] <= t.char_start < note[1]:
            return True
        return t.relative and any(start <= t.char_start < end for start, end in links)

    return tuple(
        replace(t, start=None, end=None, precision=None) if unplaced(t) else t for t in timexes
    )


def analyse_path(
    index: int, path: Path, reference_override: dt.date | None = None
) -> DocumentResult:
    document = load_document(path)
    if reference_override is not None:
        document = document.with_reference(reference_override)
    return analyse(index, document)


def with_reference_date(result: DocumentResult, day: dt.date | None) -> DocumentResult:
    """Re-resolve a document after the analyst sets (or clears) its reference date."""
    return analyse(result.index, replace(result.document, reference_override=day))


def analyse_paths(
    paths: Iterable[str | Path], reference_override: dt.date | None = None
) -> tuple[list[DocumentResult], list[str]]:
    """Load every article under ``paths``; the notes say what was skipped and why."""
    files, notes = collect_paths(paths)
    results = [analyse_path(i, f, reference_override) for i, f in enumerate(files)]
    return results, notes


def all_events(results: Sequence[DocumentResult]) -> list[Event]:
    return [event for result in results for event in result.events]


def timeline_events(results: Sequence[DocumentResult]) -> list[Event]:
    """The events the timeline draws: every document's, with corroborating reports merged."""
    documents = [r.document for r in results]
    merged = corroborate(all_events(results), documents)
    return sorted(merged, key=lambda e: (e.start, e.end, e.document, e.char_start))
