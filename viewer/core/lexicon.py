"""The word lists behind passages, categories, actors and places, read from ``resources/lexicon``.

They are data, not code, so that an analyst can add a ceasefire phrase, an
armed group or a town without touching Python (see docs/categories.md).
Each loader is cached: the files are read and compiled once per process.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from viewer.core.categories import CATEGORIES
from viewer.core.resources import resource_path


def lexicon_path(name: str) -> Path:
    return resource_path("lexicon", name)


@dataclass(frozen=True, slots=True)
class Abbreviations:
    never_final: frozenset[str]
    before_number: frozenset[str]
    ambiguous: frozenset[str]
    sentence_openers: frozenset[str]


@cache
def load_abbreviations() -> Abbreviations:
    data = _read_json("abbreviations.json")
    return Abbreviations(
        never_final=_lower_set(data["never_final"]),
        before_number=_lower_set(data["before_number"]),
        ambiguous=_lower_set(data["ambiguous"]),
        sentence_openers=_lower_set(data["sentence_openers"]),
    )


@dataclass(frozen=True, slots=True)
class Trigger:
    """One phrase that votes for a category; ``needs_ceasefire`` asks for a truce word nearby."""

    phrase: str
    category: str
    weight: float
    needs_ceasefire: bool


# A phrase a word may start: its rank, kind, length when the word alone is the phrase (else
# 0), and what the next word must start with ("" when anything may follow).
_Candidate = tuple[int, str, int, str]


class PhraseIndex:
    """Lexicon phrases of several kinds, found in one pass over the words of a text.

    A phrase is looked up by its first word and then confirmed by its own
    regex. A single regex alternation of hundreds of phrases, tried at every
    character, was the slowest part of event extraction.
    """

    __slots__ = (
        "_any_first_word",
        "_exact",
        "_fixed_sizes",
        "_kind_names",
        "_next_words",
        "_patterns",
        "_prefix_sizes",
        "_prefixes",
        "_ranks_of_word",
        "_words_needed",
        "kinds",
        "phrases",
    )

    def __init__(self, groups: Mapping[str, Iterable[str]]) -> None:
        entries = sorted(
            {(kind, phrase) for kind, phrases in groups.items() for phrase in phrases},
            key=lambda entry: (-len(entry[1]), entry),
        )
        # Longest first, so that "broke down" wins over "broke".
        self.phrases: tuple[str, ...] = tuple(p for _, p in entries)
        self.kinds: tuple[str, ...] = tuple(k for k, _ in entries)
        self._kind_names = tuple(sorted(set(self.kinds) | set(groups)))
        # Compiled when first needed: most phrases never occur in a given batch of articles.
        self._patterns: list[re.Pattern[str] | None] = [None] * len(self.phrases)
        self._exact: dict[str, list[int]] = {}
        self._prefixes: dict[str, list[int]] = {}
        for rank, phrase in enumerate(self.phrases):
            first = phrase.split()[0].lower()
            head = _TOKEN.match(first)
            if head is None:
                raise ValueError(f"lexicon phrase {phrase!r} must start with a letter or digit")
            key = head.group()
            table = self._prefixes if first == key + "*" else self._exact
            table.setdefault(key, []).append(rank)
        self._prefix_sizes = tuple(sorted({len(k) for k in self._prefixes}))
        # A phrase of one plain word is found by its token alone: the token is the word
        # (the look-up said so) and ends where the word characters do, as the regex asks.
        self._fixed_sizes = tuple(
            len(phrase.strip()) if _TOKEN.fullmatch(phrase.strip().lower()) else 0
            for phrase in self.phrases
        )
        self._next_words = tuple(_next_word(phrase) for phrase in self.phrases)
        # A small index first asks one plain regex whether any of its first words occurs
        # at all (fast in C); for hundreds of phrases that question costs more than it saves.
        self._any_first_word = (
            _whole_words(self._exact, self._prefixes)
            if len(self._exact) + len(self._prefixes) <= _SMALL_INDEX
            else None
        )
        # Words repeat (Zipf), so the phrases a word may start are worked out once per word.
        self._ranks_of_word: dict[str, tuple[_Candidate, ...]] = {}
        self._words_needed = _words_needed(self.phrases)

    def _ranks(self, word: str) -> tuple[_Candidate, ...]:
        """The phrases ``word`` may start, in rank order, with what ``scan`` needs of each."""
        ranks = list(self._exact.get(word, ()))
        for size in self._prefix_sizes:
            if size > len(word):
                break
            ranks.extend(self._prefixes.get(word[:size], ()))
        found = tuple(
            (rank, self.kinds[rank], self._fixed_sizes[rank], self._next_words[rank])
            for rank in sorted(ranks)
        )
        if len(self._ranks_of_word) > _WORD_CACHE_SIZE:
            self._ranks_of_word.clear()
        self._ranks_of_word[word] = found
        return found

    def scan(self, text: str, start: int = 0, end: int | None = None) -> dict[str, list[Match]]:
        """For each kind, its non-overlapping matches, leftmost first, longest at each place."""
        end = len(text) if end is None else end
        found: dict[str, list[Match]] = {kind: [] for kind in self._kind_names}
        free_from = dict.fromkeys(found, start)
        # The next word as lower-cased tells what a phrase may match, except where case-free
        # matching equates letters that ``lower`` keeps apart ("\u017f" and "s").
        lowered = lower_cased(text)
        next_word_known = lowered is not None
        if lowered is None:
            lowered = text.lower()
            if len(lowered) != len(text):  # a few characters change length when lower-cased
                lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        patterns = self._patterns
        for at, word_end, candidates in self._starts(lowered, start, end):
            following: str | None = None  # the next word, read when a phrase needs it
            matched: list[str] = []
            for rank, kind, size, needed in candidates:
                if at < free_from[kind] or kind in matched:
                    continue
                if size:
                    hit_end = at + size
                else:
                    if needed and next_word_known:
                        if following is None:
                            after = _NEXT_TOKEN.match(lowered, word_end, end)
                            following = after.group(1) if after else ""
                        if not following.startswith(needed):
                            continue  # "in force" cannot start at "in Aleppo"
                    pattern = patterns[rank]
                    if pattern is None:
                        pattern = patterns[rank] = re.compile(
                            phrase_regex(self.phrases[rank]) + r"(?![\w])", re.IGNORECASE
                        )
                    hit = pattern.match(text, at, end)
                    if hit is None:
                        continue
                    hit_end = hit.end()
                found[kind].append(Match(at, hit_end, rank))
                free_from[kind] = hit_end
                matched.append(kind)
        return found

    def _starts(
        self, lowered: str, start: int, end: int
    ) -> list[tuple[int, int, tuple[_Candidate, ...]]]:
        """Where a phrase may start and its first word ends, with the phrases it may start,
        in text order."""
        known = self._ranks_of_word
        if self._any_first_word is not None:
            # A small index jumps from one of its first words to the next with one regex.
            return [
                (token.start(), token.end(), known.get(token.group()) or self._ranks(token.group()))
                for token in self._any_first_word.finditer(lowered, start, end)
            ]
        starts: list[tuple[int, int, tuple[_Candidate, ...]]] = []
        for token in _TOKEN.finditer(lowered, start, end):
            word = token.group()
            ranks = known.get(word)
            if ranks is None:
                ranks = self._ranks(word)
            if ranks:
                starts.append((token.start(), token.end(), ranks))
        return starts

    def finditer(self, text: str, kind: str) -> Iterator[Match]:
        return iter(self.scan(text)[kind])

    def may_occur(self, text: str) -> bool:
        """False when no phrase can match in ``text``: none has all its words in it. A few
        substring tests in C, where ``scan`` reads every word: most texts hold no truce word."""
        lowered = lower_cased(text)
        if lowered is None:
            return True  # case-free matching may equate letters that ``lower`` keeps apart
        for key, others in self._words_needed:
            if key in lowered and (
                not others or any(all(w in lowered for w in rest) for rest in others)
            ):
                return True
        return False


def _next_word(phrase: str) -> str:
    """What the word after a phrase's first word must start with, when the first word is a
    whole word and so the second starts the next word of the text ("" when unknown)."""
    words = phrase.strip().lower().split()
    if len(words) < 2 or not _TOKEN.fullmatch(words[0]):
        return ""
    head = _TOKEN.match(words[1])
    return head.group() if head else ""


def _words_needed(phrases: Iterable[str]) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """The literal words each phrase must show in lower case, grouped by its longest word
    (the likeliest to be missing), each group tested once: (word, the other words of each
    phrase of the group), with no other words when one phrase needs the word alone."""
    groups: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = [w.removesuffix("*") for w in phrase.lower().split() if w != "~"]
        words = [w for w in words if w] or [""]  # nothing literal: "" is in every text
        key = max(words, key=len)
        others = list(words)
        others.remove(key)
        groups.setdefault(key, set()).add(tuple(others))
    return tuple(
        (key, () if () in rests else tuple(sorted(rests)))
        for key, rests in sorted(groups.items(), key=lambda item: (-len(item[0]), item[0]))
    )


def _whole_words(exact: Iterable[str], prefixes: Iterable[str]) -> re.Pattern[str]:
    """A regex for the words that are one of ``exact`` or start with one of ``prefixes``
    (all made of word characters). Each alternative starts with its first letter and only
    then looks behind for a word boundary: a regex that starts with a letter is scanned for
    in C, one that starts with a boundary is tried at every character."""
    by_letter: dict[str, tuple[list[str], list[str]]] = {}
    for word in exact:
        by_letter.setdefault(word[0], ([], []))[0].append(re.escape(word[1:]))
    for word in prefixes:
        by_letter.setdefault(word[0], ([], []))[1].append(re.escape(word[1:]))
    branches = []
    for letter, (whole, started) in sorted(by_letter.items()):
        rests = [f"(?:{'|'.join(sorted(whole, key=len, reverse=True))})\\b"] if whole else []
        if started:
            rests.append(f"(?:{'|'.join(sorted(started, key=len, reverse=True))})\\w*\\b")
        branches.append(f"{re.escape(letter)}(?<!\\w.)(?:{'|'.join(rests)})")
    return re.compile("|".join(branches))


class Match(NamedTuple):
    """A phrase found in a text; a named tuple, as a sentence holds several and a frozen
    dataclass costs three times as much to build."""

    start: int
    end: int
    rank: int  # index into PhraseIndex.phrases

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


_TOKEN = re.compile(r"\w+")
_NEXT_TOKEN = re.compile(r"\W*(\w+)")
_WORD_CACHE_SIZE = 200_000
_SMALL_INDEX = 80


@dataclass(frozen=True, slots=True)
class CategoryLexicon:
    """Phrases of the kinds "trigger", "ceasefire", "agreement", "negation", "call",
    "attempt", "hypothetical", "background", "armed", "assembly", "truce_time", "war" and "noun"
    (the parties of actor_nouns.txt)."""

    index: PhraseIndex
    triggers: Mapping[int, tuple[Trigger, ...]]  # by rank in ``index``
    ceasefire_index: PhraseIndex  # the truce words alone, to compare reports
    when_negated: Mapping[str, str]
    ceasefire_alone: str
    ceasefire_alone_weight: float
    ceasefire_reach: int
    ceasefire_reach_before: int  # a truce named before its verb is its subject: it reaches further
    truce_context_terms: int
    specific_to_truces: frozenset[str]  # trigger phrases that need no truce word in a truce article
    casualty_bonus: float
    minimum_score: float
    negation_reach: int
    cue_reach: int
    background_reach: int
    background_weight: float
    ceasefire_emphasis: float
    adjective_weight: float
    sentence_minimum_score: float = 0.0  # a vote from outside the date's clause must reach it
    assembly_meetings: frozenset[str] = frozenset()  # talks triggers an assembly makes political
    gatherings: frozenset[str] = frozenset()  # political triggers that a call does not redirect


@cache
def load_category_lexicon() -> CategoryLexicon:
    data = _read_json("categories.json")
    by_phrase: dict[str, list[Trigger]] = {}
    when_negated: dict[str, str] = {}
    for category, spec in data["categories"].items():
        if category not in CATEGORIES:
            raise ValueError(f"categories.json names an unknown category {category!r}")
        needs = bool(spec.get("needs_ceasefire_term", False))
        if spec.get("when_negated"):
            when_negated[category] = spec["when_negated"]
        for phrase, weight in spec["triggers"].items():
            # A phrase listed under several categories votes for each of them.
            trigger = Trigger(phrase, category, float(weight), needs)
            by_phrase.setdefault(phrase, []).append(trigger)
    cues = data["cues"]
    index = PhraseIndex(
        {
            "trigger": by_phrase,
            "ceasefire": data["ceasefire_terms"],
            "agreement": data["agreement_terms"],
            "armed": data["armed_parties"],
            "negation": cues["negation"],
            "call": cues["call"],
            "attempt": cues["attempt"],
            "hypothetical": cues["hypothetical"],
            "background": cues["background"],
            "assembly": data.get("assemblies", []),
            "truce_time": data.get("truce_time_cues", []),
            "war": data.get("conflict_nouns", []),
            # Read here too, so that one pass over a sentence finds its parties as well.
            "noun": [line for line, _ in _read_names("actor_nouns.txt")],
        }
    )
    return CategoryLexicon(
        index=index,
        ceasefire_index=PhraseIndex({"ceasefire": data["ceasefire_terms"]}),
        triggers={
            rank: tuple(by_phrase[phrase])
            for rank, (kind, phrase) in enumerate(zip(index.kinds, index.phrases, strict=True))
            if kind == "trigger"
        },
        when_negated=when_negated,
        ceasefire_alone=data["ceasefire_term_alone"]["category"],
        ceasefire_alone_weight=float(data["ceasefire_term_alone"]["weight"]),
        ceasefire_reach=int(data["ceasefire_reach_words"]),
        ceasefire_reach_before=int(data["ceasefire_reach_words_before"]),
        truce_context_terms=int(data["truce_context_terms"]),
        specific_to_truces=frozenset(data["specific_to_truces"]),
        casualty_bonus=float(data["casualty_figure_bonus"]),
        minimum_score=float(data["minimum_score"]),
        negation_reach=int(cues["negation_reach_words"]),
        cue_reach=int(cues["call_and_attempt_reach_words"]),
        background_reach=int(cues["background_reach_words"]),
        background_weight=float(cues["background_weight"]),
        ceasefire_emphasis=float(data["ceasefire_emphasis"]),
        adjective_weight=float(data["adjective_weight"]),
        sentence_minimum_score=float(data.get("sentence_minimum_score", data["minimum_score"])),
        assembly_meetings=frozenset(data.get("assembly_meetings", [])),
        gatherings=frozenset(data.get("gatherings", [])),
    )


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Names of places and actors. Aliases written in capitals ("UN", "IS") must match
    exactly; every other alias matches in any case, so "GENEVA" in a dateline is found."""

    places: Mapping[str, str]
    actors: Mapping[str, str]
    countries: frozenset[str]
    country_of: Mapping[str, str]  # a town's or territory's country
    demonyms: Mapping[str, str]
    titles: frozenset[str]
    common_words: frozenset[str]
    actor_nouns: PhraseIndex  # of kind "noun": "rebels", "regime forces", ...
    actor_noun_words: frozenset[str]  # the same, lower-cased, to reject them as names
    longest_name: int
    name_starts: frozenset[str]  # first words (lower-cased) of names of two words or more
    names: Mapping[str, tuple[str, str]]  # alias key -> ("place" | "actor", canonical)

    def lookup(self, name: str) -> tuple[str, str] | None:
        """("place" | "actor", canonical name) for a name as written, with or without a
        final full stop ("U.S" and "U.S." are one name); places win over actors."""
        names = self.names
        found = names.get(name) or names.get(_case_key(name))
        if found is None and "." in name:
            bare = name.rstrip(".")
            found = names.get(bare) or names.get(_case_key(bare))
            if found is None and bare == name:
                found = names.get(name + ".") or names.get(_case_key(name + "."))
        return found

    def place(self, name: str) -> str | None:
        return self.places.get(name) or self.places.get(_case_key(name))

    def actor(self, name: str) -> str | None:
        return self.actors.get(name) or self.actors.get(_case_key(name))

    def region(self, place: str) -> frozenset[str]:
        """The place with every country or territory that contains it."""
        found = {place}
        while place in self.country_of and self.country_of[place] not in found:
            place = self.country_of[place]
            found.add(place)
        return frozenset(found)


def _case_key(alias: str) -> str:
    """Acronyms keep their case; any other alias is looked up lower-cased."""
    if len(alias) <= 8 and alias.isupper() and sum(c.isalpha() for c in alias) <= 4:
        return alias
    return alias.lower()


@cache
def load_gazetteer() -> Gazetteer:
    places: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    countries: set[str] = set()
    country_of: dict[str, str] = {}
    for name in ("countries.txt", "capitals.txt", "cities.txt"):
        section: str | None = None
        for raw in lexicon_path(name).read_text(encoding="utf-8").splitlines():
            line = raw.split("#", 1)[0].strip()
            if line.startswith("[") and line.endswith("]"):
                section = line[1:-1].strip() or None
                continue
            if not line:
                continue
            fields = [f.strip() for f in line.split("|")]
            canonical = fields[0]
            if name == "countries.txt":
                countries.add(canonical)
            parent = section
            for alias in fields:
                if not alias:
                    continue
                if alias.startswith("@"):
                    parent = alias[1:].strip()
                elif alias.startswith("="):
                    demonyms[alias[1:].lower()] = canonical
                else:
                    places.setdefault(_case_key(alias), canonical)
            if parent:
                country_of[canonical] = parent
    actors: dict[str, str] = {}
    for canonical, aliases in _read_names("actors.txt"):
        for alias in (canonical, *aliases):
            actors.setdefault(_case_key(alias), canonical)
    nouns = [line for line, _ in _read_names("actor_nouns.txt")]
    longest = max(len(k.split()) for k in (*places, *actors))
    return Gazetteer(
        places=places,
        actors=actors,
        countries=frozenset(countries),
        country_of=country_of,
        demonyms=demonyms,
        titles=_lower_set(line for line, _ in _read_names("titles.txt")),
        common_words=_lower_set(line for line, _ in _read_names("common_words.txt")),
        actor_nouns=PhraseIndex({"noun": nouns}),
        actor_noun_words=_lower_set(nouns),
        longest_name=longest,
        names={
            **{k: ("actor", v) for k, v in actors.items()},
            **{k: ("place", v) for k, v in places.items()},
        },
        name_starts=frozenset(
            k.split()[0].lower() for k in (*places, *actors) if len(k.split()) > 1
        ),
    )


@dataclass(frozen=True, slots=True)
class HeadlineLexicon:
    # A few dozen plain phrases: one regex alternation (without groups, which would make
    # it slow) finds them; the matched words, lower-cased and single-spaced, name the rewrite.
    rewrite_pattern: re.Pattern[str]
    rewrite_pattern_no_case: re.Pattern[str]  # its ``without_case`` copy, for lower-cased text
    rewrites: Mapping[str, str]
    present_tense: Mapping[str, str]
    simple_past: Mapping[str, str]
    dropped_words: frozenset[str]
    dangling_words: frozenset[str]


@cache
def load_headline_lexicon() -> HeadlineLexicon:
    data = _read_json("headlines.json")
    rewrite_pattern = re.compile(
        r"(?<![\w\-])(?:"
        + "|".join(phrase_regex(p) for p in sorted(data["rewrites"], key=len, reverse=True))
        + r")(?![\w])",
        re.IGNORECASE,
    )
    return HeadlineLexicon(
        rewrite_pattern=rewrite_pattern,
        rewrite_pattern_no_case=without_case(rewrite_pattern),
        rewrites={phrase_key(k): v for k, v in data["rewrites"].items()},
        present_tense={k.lower(): v for k, v in data["present_tense"].items()},
        simple_past={k.lower(): v for k, v in data["simple_past"].items()},
        dropped_words=_lower_set(data["dropped_words"]),
        dangling_words=_lower_set(data["dangling_words"]),
    )


@cache
def load_word_list(name: str) -> frozenset[str]:
    """A plain list of words, one a line, lower-cased."""
    return _lower_set(line for line, _ in _read_names(name))


def phrase_key(words: str) -> str:
    """A phrase as plain words: lower-cased, one space between words, hyphens as spaces."""
    return " ".join(_SPACE_OR_HYPHEN.split(words.lower())).strip()


_SPACE_OR_HYPHEN = re.compile(r"[\s\-]+")


def phrase_regex(phrase: str) -> str:
    """Turn a lexicon phrase into a regex: words match whole words, ``*`` ends a word
    with any suffix, ``~`` skips up to three words (quoted ones too: 'an end to the "state
    of war"' matches ``end to ~ war``), and a space also matches a hyphen."""
    parts: list[str] = []
    for word in phrase.strip().split():
        if word == "~":
            parts.append(r"(?:[\w\-\u2019'.#\"\u201c\u201d]+\s+){0,3}?\"?")
            continue
        piece = re.escape(word[:-1]) + r"[\w\-\u2019']*" if word.endswith("*") else re.escape(word)
        parts.append(piece + _BETWEEN_WORDS)
    regex = "".join(parts)
    return regex.removesuffix(_BETWEEN_WORDS)


_BETWEEN_WORDS = r"[\s\-]+"


def without_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """An IGNORECASE ``pattern`` for lower-cased text, compiled without IGNORECASE: the regex
    engine then skips failing alternatives by their first letter, often several times faster.
    Its letters are lower-cased; escapes (``\\W``, ``\\u2019``) and group names are kept."""
    folded = re.sub(
        r"(\\.)|(\(\?P<[^>]*>)|([A-Z])",
        lambda m: m.group(1) or m.group(2) or m.group(3).lower(),
        pattern.pattern,
    )
    return re.compile(folded, pattern.flags & ~re.IGNORECASE)


def lower_cased(text: str) -> str | None:
    """``text.lower()`` when a pattern made by ``without_case`` finds in it exactly what the
    IGNORECASE pattern finds in ``text``; None for the rare text where they could differ:
    lower-casing that changes its length, and the dotless i and long s, which IGNORECASE
    equates with i and s but ``lower`` keeps."""
    lowered = text.lower()
    if len(lowered) != len(text) or "\u0131" in text or "\u017f" in text:
        return None
    return lowered


def _lower_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in words if w.strip())


def _read_json(name: str) -> dict[str, Any]:
    with lexicon_path(name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _read_names(name: str) -> list[tuple[str, tuple[str, ...]]]:
    """Lines of ``Canonical | alias | alias``; ``#`` starts a comment."""
    rows: list[tuple[str, tuple[str, ...]]] = []
    for raw in lexicon_path(name).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        fields = [f.strip() for f in line.split("|")]
        rows.append((fields[0], tuple(f for f in fields[1:] if f)))
    return rows
