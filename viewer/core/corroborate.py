"""One event, many reports: merge what several articles say about the same happening.

Two events merge only when they come from different documents, their date
intervals overlap, they share a category, and their clauses say the same
thing (shared content words, places and actors). Sharing a date alone is
never enough: two reports of different strikes on one Saturday stay apart.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain

from viewer.core.categories import CEASEFIRE_CATEGORIES
from viewer.core.events import event_id
from viewer.core.lexicon import load_category_lexicon, load_gazetteer, load_word_list
from viewer.core.model import Document, Event, Precision, Source

# Similarity of the clauses needed to merge. A ceasefire reaches each stage once per
# place and day, so two reports of the same stage there need little more in common;
# fighting, aid and statements happen many times a day in one town, so those need
# the same wording. A shared place or actor adds a little.
MERGE_THRESHOLD = 0.34
CEASEFIRE_MERGE_THRESHOLD = 0.12
_SAME_NAME_BONUS = 0.1
_RARITY_SMOOTHING = 10
# A report is compared with at most this many earlier ones of its category and dates, so
# a folder where a thousand reports say "since 2011" stays fast.
_MOST_COMPARED = 250
_DIFFERENT_ACTORS_PENALTY = 0.1
_COARSE = frozenset({Precision.YEAR, Precision.DECADE, Precision.CENTURY})

_WORD = re.compile(r"[A-Za-z][\w\-\u2019']+")
_NAME_BEFORE_HYPHEN = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+)-[a-z]")  # starts with a class: fast


def corroborate(
    events: Sequence[Event],
    documents: Sequence[Document],
    keep_apart: Iterable[Iterable[str]] = (),
) -> list[Event]:
    """The events with every group of corroborating reports merged into one.

    Each merged event keeps the id, date and wording of its earliest report
    (lowest document, then offset) and lists every report in ``sources``;
    ``split_event`` undoes a merge. Events are compared only within a
    category and a calendar neighbourhood, so the work stays near linear.
    ``keep_apart`` holds sets of event ids that the analyst split: no two
    events of one set are merged again.
    """
    del documents  # the events carry their passages; kept for callers that pass them
    if len(events) < 2:
        return list(events)
    apart: dict[str, list[frozenset[str]]] = defaultdict(list)
    for split_ids in keep_apart:
        ids = frozenset(split_ids)
        for member in ids:
            apart[member].append(ids)
    ids_of: dict[int, set[str]] = {i: {e.id} for i, e in enumerate(events)}
    facts = [_Facts.of(e) for e in events]
    # Words that many reports use ("Syria", "fighting") tell little about which event
    # a report is about: each word weighs by how rare it is in this collection.
    frequency = Counter(chain.from_iterable(f.words for f in facts))
    smoothing = len(events) + _RARITY_SMOOTHING
    rarity = {word: math.log(1 + smoothing / count) for word, count in frequency.items()}
    facts = [f.weighed(rarity) for f in facts]
    parent = list(range(len(events)))
    documents_of: dict[int, set[int]] = {i: {e.document} for i, e in enumerate(events)}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def split_by_analyst(root_i: int, root_j: int) -> bool:
        return any(
            ids & ids_of[root_j] for member in ids_of[root_i] for ids in apart.get(member, ())
        )

    def consider(i: int, j: int) -> None:
        root_i, root_j = find(i), find(j)
        if root_i == root_j or not documents_of[root_i].isdisjoint(documents_of[root_j]):
            return  # one article never corroborates itself
        if apart and split_by_analyst(root_i, root_j):
            return
        # Against the pair and the group's first report too, so that a chain of
        # small resemblances never drifts into a different event.
        if _same_event(events[i], events[j], facts[i], facts[j], rarity) and _same_event(
            events[i], events[root_j], facts[i], facts[root_j], rarity
        ):
            parent[root_i] = root_j
            documents_of[root_j] |= documents_of.pop(root_i)
            ids_of[root_j] |= ids_of.pop(root_i)

    buckets: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, event in enumerate(events):
        if event.category == "other":
            continue  # nothing said happened: nothing to corroborate
        if event.precision in _COARSE:
            # A year overlaps every day in it: coarse dates match only the same span.
            buckets[(event.category, event.precision, event.start, event.end)].append(i)
        else:
            buckets[(event.category,)].append(i)
    document_of = [e.document for e in events]
    for key, indices in buckets.items():
        indices.sort(key=lambda i: (events[i].start, events[i].end, events[i].document))
        if len(key) > 1:
            for position, i in enumerate(indices):
                for j in indices[max(0, position - _MOST_COMPARED) : position]:
                    if document_of[j] != document_of[i]:  # else consider() would refuse
                        consider(i, j)
            continue
        active: list[int] = []
        for i in indices:
            start = events[i].start
            active = [j for j in active if events[j].end >= start]
            for j in active[-_MOST_COMPARED:]:
                if document_of[j] != document_of[i]:
                    consider(i, j)
            active.append(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(events)):
        groups[find(i)].append(i)
    merged: list[Event] = []
    for indices in groups.values():
        if len(indices) == 1:  # most reports stand alone
            merged.append(events[indices[0]])
            continue
        group = sorted((events[i] for i in indices), key=lambda e: (e.document, e.char_start))
        merged.append(_merge(group))
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
        id=event_id(source.document, source.char_start),
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
        for source in sources_of(event):
            if source not in sources:
                sources.append(source)
    actors = tuple(dict.fromkeys(a for e in group for a in e.actors))
    places = tuple(dict.fromkeys(p for e in group for p in e.places))
    fatalities = first.fatalities or next((e.fatalities for e in group if e.fatalities), None)
    return replace(
        first, sources=tuple(sources), actors=actors, places=places, fatalities=fatalities
    )


def sources_of(event: Event) -> tuple[Source, ...]:
    """Every report of the event; an event that never went through corroboration has one."""
    if event.sources:
        return event.sources
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


def _signature(event: Event) -> frozenset[str]:
    """Content stems of the words around the date and of the title."""
    return _signature_of(_local_text(event))


@lru_cache(maxsize=1 << 14)
def _signature_of(local: str) -> frozenset[str]:
    """Wire copy repeats titles and passages across articles, so signatures are cached."""
    text = _normalise_truce(local.lower())
    stopwords = load_word_list("stopwords.txt")
    words = set(map(_STEMS.__getitem__, _WORD.findall(text)))
    # "Hamas-led gunmen" and "Hamas attacked" share "Hamas" (but "rebel-held" and
    # "government-held" share nothing): a name in a hyphenated word counts alone too.
    if "-" in local:
        words.update(_STEMS[m.group(1).lower()] for m in _NAME_BEFORE_HYPHEN.finditer(local))
    words -= stopwords
    words.discard("")
    return frozenset(words)


@dataclass(frozen=True, slots=True)
class _Facts:
    """What two reports are compared on, worked out once per event."""

    words: frozenset[str]
    regions: frozenset[str]
    actors: frozenset[str]
    weight: float = 0.0  # the words' total rarity

    @classmethod
    def of(cls, event: Event) -> _Facts:
        return cls(_signature(event), _regions(event), frozenset(event.actors))

    def weighed(self, rarity: Mapping[str, float]) -> _Facts:
        weight = sum(map(rarity.__getitem__, self.words))
        return _Facts(self.words, self.regions, self.actors, weight)


def _same_event(
    a: Event, b: Event, facts_a: _Facts, facts_b: _Facts, rarity: Mapping[str, float]
) -> bool:
    shared_regions = facts_a.regions & facts_b.regions
    if facts_a.regions and facts_b.regions and not shared_regions:
        return False  # a truce in Yemen is not a truce in Syria
    score = _dice(facts_a, facts_b, rarity)
    if shared_regions or facts_a.actors & facts_b.actors:
        score += _SAME_NAME_BONUS
    elif facts_a.actors and facts_b.actors:
        score -= _DIFFERENT_ACTORS_PENALTY
    if a.category in CEASEFIRE_CATEGORIES and shared_regions:
        return score >= CEASEFIRE_MERGE_THRESHOLD
    return score >= MERGE_THRESHOLD


def _regions(event: Event) -> frozenset[str]:
    return _regions_of(event.places)


@lru_cache(maxsize=1 << 12)
def _regions_of(places: tuple[str, ...]) -> frozenset[str]:
    gazetteer = load_gazetteer()
    return frozenset(r for place in places for r in gazetteer.region(place))


def _local_text(event: Event) -> str:
    """The title and the words around the date; the whole passage would add unrelated noise."""
    offset = event.char_start - event.passage_start
    window = event.passage[max(0, offset - 160) : offset + 160]
    return f"{event.title} {window}"


def _normalise_truce(text: str) -> str:
    """ "truce", "cease-fire" and "cessation of hostilities" are one word to compare."""
    index = load_category_lexicon().ceasefire_index
    if not index.may_occur(text):
        return text  # most reports name no truce: told without reading every word
    pieces: list[str] = []
    cursor = 0
    for match in index.finditer(text, "ceasefire"):
        pieces.append(text[cursor : match.start])
        pieces.append(" ceasefire ")
        cursor = match.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _stem(word: str) -> str:
    """ "shelled" and "shelling" name one act: six letters without the ending are enough."""
    word = word.strip("\u2019'-")
    if word in load_word_list("stopwords.txt") or len(word) < 3:
        return ""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)][:6]
    return word[:6]


class _Stems(dict[str, str]):
    """word -> ``_stem(word)``. Read as ``map(_STEMS.__getitem__, words)``, a word seen
    before never leaves C (an lru_cache's bookkeeping cost a third of each look-up).
    Emptied when full: a long session meets ever new words, and memory must stay flat."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _STEMS_KEPT:
            self.clear()
        stem = self[word] = _stem(word)
        return stem


_STEMS_KEPT = 1 << 16
_STEMS = _Stems()


def _dice(a: _Facts, b: _Facts, rarity: Mapping[str, float]) -> float:
    """Dice overlap of two reports' words, each word weighted by its rarity."""
    total = a.weight + b.weight
    if not total:
        return 0.0
    return 2 * sum(map(rarity.__getitem__, a.words & b.words)) / total
