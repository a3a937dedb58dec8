"""The word lists behind passages, categories, actors and places, read from ``resources/lexicon``.

They are data, not code, so that an analyst can add a ceasefire phrase, an
armed group or a town without touching Python (see docs/categories.md).
Each loader is cached: the files are read and compiled once per process.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

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


@dataclass(frozen=True, slots=True)
class CategoryLexicon:
    triggers: tuple[Trigger, ...]
    trigger_pattern: re.Pattern[str]  # named groups t0, t1, ... index ``triggers``
    ceasefire_pattern: re.Pattern[str]
    negation_pattern: re.Pattern[str]  # matches when it ends right before a trigger
    call_pattern: re.Pattern[str]
    attempt_pattern: re.Pattern[str]
    when_negated: Mapping[str, str]
    ceasefire_alone: str
    ceasefire_alone_weight: float
    ceasefire_reach: int
    casualty_bonus: float
    minimum_score: float


@cache
def load_category_lexicon() -> CategoryLexicon:
    data = _read_json("categories.json")
    triggers: list[Trigger] = []
    when_negated: dict[str, str] = {}
    for category, spec in data["categories"].items():
        if category not in CATEGORIES:
            raise ValueError(f"categories.json names an unknown category {category!r}")
        needs = bool(spec.get("needs_ceasefire_term", False))
        if spec.get("when_negated"):
            when_negated[category] = spec["when_negated"]
        for phrase, weight in spec["triggers"].items():
            triggers.append(Trigger(phrase, category, float(weight), needs))
    # Longest phrases first, so that "broke down" wins over "broke".
    order = sorted(range(len(triggers)), key=lambda i: -len(triggers[i].phrase))
    triggers = [triggers[i] for i in order]
    alternation = "|".join(f"(?P<t{i}>{phrase_regex(t.phrase)})" for i, t in enumerate(triggers))
    cues = data["cues"]
    return CategoryLexicon(
        triggers=tuple(triggers),
        trigger_pattern=re.compile(rf"(?<![\w]){_group(alternation)}(?![\w])", re.IGNORECASE),
        ceasefire_pattern=_phrases_pattern(data["ceasefire_terms"]),
        negation_pattern=re.compile(
            rf"(?<![\w])(?:{'|'.join(phrase_regex(p) for p in cues['negation'])})"
            r"(?:\s+[\w\-\u2019'#]+){0,3}?\s+$",
            re.IGNORECASE,
        ),
        call_pattern=re.compile(
            rf"(?<![\w])(?:{'|'.join(phrase_regex(p) for p in cues['call'])})"
            r"(?:\s+[\w\-\u2019'#]+){0,6}?\s+$",
            re.IGNORECASE,
        ),
        attempt_pattern=re.compile(
            rf"(?<![\w])(?:{'|'.join(phrase_regex(p) for p in cues['attempt'])})"
            r"(?:\s+[\w\-\u2019'#]+){0,6}?\s+$",
            re.IGNORECASE,
        ),
        when_negated=when_negated,
        ceasefire_alone=data["ceasefire_term_alone"]["category"],
        ceasefire_alone_weight=float(data["ceasefire_term_alone"]["weight"]),
        ceasefire_reach=int(data["ceasefire_reach_words"]),
        casualty_bonus=float(data["casualty_figure_bonus"]),
        minimum_score=float(data["minimum_score"]),
    )


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Names of places and actors. Aliases written in capitals ("UN", "IS") must match
    exactly; every other alias matches in any case, so "GENEVA" in a dateline is found."""

    places: Mapping[str, str]
    actors: Mapping[str, str]
    countries: frozenset[str]
    demonyms: Mapping[str, str]
    titles: frozenset[str]
    common_words: frozenset[str]
    actor_noun_pattern: re.Pattern[str]
    longest_name: int

    def place(self, name: str) -> str | None:
        return self.places.get(name) or self.places.get(_case_key(name))

    def actor(self, name: str) -> str | None:
        return self.actors.get(name) or self.actors.get(_case_key(name))


def _case_key(alias: str) -> str:
    """Acronyms keep their case; any other alias is looked up lower-cased."""
    letters = [c for c in alias if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 4:
        return alias
    return alias.lower()


@cache
def load_gazetteer() -> Gazetteer:
    places: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    countries: set[str] = set()
    for name in ("countries.txt", "capitals.txt", "cities.txt"):
        for canonical, aliases in _read_names(name):
            if name == "countries.txt":
                countries.add(canonical)
            for alias in (canonical, *aliases):
                if alias.startswith("="):
                    demonyms[alias[1:].lower()] = canonical
                else:
                    places.setdefault(_case_key(alias), canonical)
    actors: dict[str, str] = {}
    for canonical, aliases in _read_names("actors.txt"):
        for alias in (canonical, *aliases):
            actors.setdefault(_case_key(alias), canonical)
    nouns = [line for line, _ in _read_names("actor_nouns.txt")]
    demonym_words = "|".join(re.escape(d) for d in sorted(demonyms, key=len, reverse=True))
    noun_words = "|".join(phrase_regex(n) for n in sorted(nouns, key=len, reverse=True))
    longest = max(len(k.split()) for k in (*places, *actors))
    return Gazetteer(
        places=places,
        actors=actors,
        countries=frozenset(countries),
        demonyms=demonyms,
        titles=_lower_set(line for line, _ in _read_names("titles.txt")),
        common_words=_lower_set(line for line, _ in _read_names("common_words.txt")),
        actor_noun_pattern=re.compile(
            rf"(?<![\w\-])(?:(?:{demonym_words})[\s\-]+(?:[\w\-]+\s+)?)?(?:{noun_words})(?![\w])",
            re.IGNORECASE,
        ),
        longest_name=longest,
    )


@dataclass(frozen=True, slots=True)
class HeadlineLexicon:
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    present_tense: Mapping[str, str]
    dropped_words: frozenset[str]
    dangling_words: frozenset[str]


@cache
def load_headline_lexicon() -> HeadlineLexicon:
    data = _read_json("headlines.json")
    return HeadlineLexicon(
        rewrites=tuple(
            (re.compile(rf"(?<![\w\-]){phrase_regex(k)}(?![\w])", re.IGNORECASE), v)
            for k, v in data["rewrites"].items()
        ),
        present_tense={k.lower(): v for k, v in data["present_tense"].items()},
        dropped_words=_lower_set(data["dropped_words"]),
        dangling_words=_lower_set(data["dangling_words"]),
    )


@cache
def load_word_list(name: str) -> frozenset[str]:
    """A plain list of words, one a line, lower-cased."""
    return _lower_set(line for line, _ in _read_names(name))


def phrase_regex(phrase: str) -> str:
    """Turn a lexicon phrase into a regex: words match whole words, ``*`` ends a word
    with any suffix, ``~`` skips up to three words, and a space also matches a hyphen."""
    parts: list[str] = []
    for word in phrase.strip().split():
        if word == "~":
            parts.append(r"(?:[\w\-\u2019'.#]+\s+){0,3}?")
            continue
        piece = re.escape(word[:-1]) + r"[\w\-\u2019']*" if word.endswith("*") else re.escape(word)
        parts.append(piece + r"[\s\-]+")
    regex = "".join(parts)
    return regex.removesuffix(r"[\s\-]+")


def _phrases_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(
        rf"(?<![\w])(?:{'|'.join(phrase_regex(p) for p in ordered)})(?![\w])", re.IGNORECASE
    )


def _group(regex: str) -> str:
    return f"(?:{regex})"


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
