"""One event, many reports: merge what several articles say about the same happening.

Two events merge only when they come from different documents, their date
intervals overlap, they share a category, and their clauses say the same
thing (shared content words, places and actors). Sharing a date alone is
never enough: two reports of different strikes on one Saturday stay apart.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from viewer.core.lexicon import load_category_lexicon, load_word_list
from viewer.core.model import Document, Event, Precision, Source

# Similarity needed to merge; a shared place or actor lowers the bar a little.
MERGE_THRESHOLD = 0.34
_SAME_NAME_BONUS = 0.12
_COARSE = frozenset({Precision.YEAR, Precision.DECADE, Precision.CENTURY})

_WORD = re.compile(r"[A-Za-z][\w\-\u2019']+")


def corroborate(events: Sequence[Event], documents: Sequence[Document]) -> list[Event]:
    """The events with every group of corroborating reports merged into one.

    Each merged event keeps the id, date and wording of its earliest report
    (lowest document, then offset) and lists every report in ``sources``;
    ``split_event`` undoes a merge. Events are compared only within a
    category and a calendar neighbourhood, so the work stays near linear.
    """
    del documents  # the events carry their passages; kept for callers that pass them
    if len(events) < 2:
        return list(events)
    signatures = [_signature(e) for e in events]
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    members: dict[int, set[int]] = {i: {events[i].document} for i in range(len(events))}
    by_category: dict[str, list[int]] = defaultdict(list)
    for i, event in enumerate(events):
        by_category[event.category].append(i)
    for indices in by_category.values():
        indices.sort(key=lambda i: (events[i].start, events[i].end))
        active: list[int] = []
        for i in indices:
            event = events[i]
            active = [j for j in active if events[j].end >= event.start]
            for j in active:
                if not _comparable(events[j], event):
                    continue
                root_i, root_j = find(i), find(j)
                if root_i == root_j or members[root_i] & members[root_j]:
                    continue  # one article never corroborates itself
                if _similarity(signatures[i], signatures[j]) >= MERGE_THRESHOLD:
                    parent[root_j] = root_i
                    members[root_i] |= members.pop(root_j)
            active.append(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(events)):
        groups[find(i)].append(i)
    merged: list[Event] = []
    for indices in groups.values():
        group = sorted((events[i] for i in indices), key=lambda e: (e.document, e.char_start))
        merged.append(_merge(group) if len(group) > 1 else group[0])
    merged.sort(key=lambda e: (e.document, e.char_start))
    return merged


def split_event(event: Event, originals: Sequence[Event] = ()) -> list[Event]:
    """Undo a merge: one event per source again.

    ``originals`` are the events before ``corroborate`` (for instance every
    document's extracted events); a source with no original there is rebuilt
    from the merged event and its own passage.
    """
    if len(event.sources) <= 1:
        return [event]
    by_place = {(o.document, o.char_start): o for o in originals}
    parts: list[Event] = []
    for source in event.sources:
        original = by_place.get((source.document, source.char_start))
        parts.append(original if original is not None else _rebuilt(event, source))
    return parts


def _rebuilt(event: Event, source: Source) -> Event:
    offset = source.char_start - source.passage_start
    expression = source.passage[offset : offset + source.char_end - source.char_start]
    timex = replace(
        event.timex, text=expression, char_start=source.char_start, char_end=source.char_end
    )
    return replace(
        event,
        id=f"d{source.document}-{source.char_start}",
        document=source.document,
        timex=timex,
        passage=source.passage,
        passage_start=source.passage_start,
        passage_end=source.passage_end,
        sources=(source,),
    )


def _merge(group: list[Event]) -> Event:
    first = group[0]
    sources: list[Source] = []
    for event in group:
        for source in event.sources or _fallback_sources(event):
            if source not in sources:
                sources.append(source)
    actors = tuple(dict.fromkeys(a for e in group for a in e.actors))
    places = tuple(dict.fromkeys(p for e in group for p in e.places))
    fatalities = first.fatalities or next((e.fatalities for e in group if e.fatalities), None)
    return replace(
        first, sources=tuple(sources), actors=actors, places=places, fatalities=fatalities
    )


def _fallback_sources(event: Event) -> tuple[Source, ...]:
    return (
        Source(
            event.document,
            event.char_start,
            event.char_end,
            event.passage,
            event.passage_start,
            event.passage_end,
        ),
    )


def _comparable(a: Event, b: Event) -> bool:
    """Year-wide dates overlap with everything in their year: they only match each other."""
    return (a.precision in _COARSE) == (b.precision in _COARSE)


def _signature(event: Event) -> frozenset[str]:
    """Content stems of the event's clause (via its title and passage near the date), plus names."""
    text = _local_text(event)
    words = {_stem(w) for w in _WORD.findall(_normalise_truce(text.lower()))}
    words -= load_word_list("stopwords.txt")
    words.discard("")
    names = {f"@{n.lower()}" for n in (*event.actors, *event.places)}
    return frozenset(words | names)


def _local_text(event: Event) -> str:
    """The title and the words around the date; the whole passage would add unrelated noise."""
    offset = event.char_start - event.passage_start
    window = event.passage[max(0, offset - 160) : offset + 160]
    return f"{event.title} {window}"


def _normalise_truce(text: str) -> str:
    return _truce_pattern().sub(" ceasefire ", text)


@cache
def _truce_pattern() -> re.Pattern[str]:
    return load_category_lexicon().ceasefire_pattern


@cache
def _stem(word: str) -> str:
    word = word.strip("\u2019'-")
    if word in load_word_list("stopwords.txt") or len(word) < 3:
        return ""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)][:6]
    return word[:6]


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice overlap of content stems, with a bonus when a place or actor is shared."""
    if not a or not b:
        return 0.0
    shared = a & b
    dice = 2 * len(shared) / (len(a) + len(b))
    if any(s.startswith("@") for s in shared):
        dice += _SAME_NAME_BONUS
    return dice
