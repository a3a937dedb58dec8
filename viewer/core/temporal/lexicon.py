"""The tagger's word lists, read once from ``resources/temporal/lexicon.json``.

Keeping the words as data lets an analyst extend them (a holiday, a unit) without
touching the patterns that use them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from viewer.core.resources import resource_path


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    vague_counts: frozenset[str]
    ordinals: dict[str, int]
    day_ordinals: dict[str, int]  # 'first' to 'thirty-first': the days of a month, spelled
    units: dict[str, str]
    seasons: dict[str, str]
    day_parts: dict[str, str]
    edge_parts: dict[str, str]
    vague: dict[str, str]
    sets: dict[str, str]
    holidays: dict[str, str]
    # the months of the Ethiopian, Persian solar and Hijri calendars: name -> number
    calendar_months: dict[str, dict[str, int]]
    number_names: frozenset[str]
    count_nouns: frozenset[str]
    future_cues: tuple[str, ...]
    past_cues: tuple[str, ...]
    trigger_words: frozenset[str]
    start_words: frozenset[str]
    link_words: frozenset[str]
    generic_present: frozenset[str]
    contract_words: frozenset[str]
    commodity_words: frozenset[str]
    truce_nouns: frozenset[str]
    said_that: frozenset[str]  # verbs after which 'that Friday' is 'that' + 'Friday'


def _load() -> Lexicon:
    raw: dict[str, Any] = json.loads(
        resource_path("temporal", "lexicon.json").read_text(encoding="utf-8")
    )
    return Lexicon(
        months=dict(raw["months"]),
        weekdays=dict(raw["weekdays"]),
        numbers=dict(raw["numbers"]),
        vague_counts=frozenset(raw["vague_counts"]),
        ordinals=dict(raw["ordinals"]),
        day_ordinals=dict(raw["day_ordinals"]),
        units=dict(raw["units"]),
        seasons=dict(raw["seasons"]),
        day_parts=dict(raw["day_parts"]),
        edge_parts=dict(raw["edge_parts"]),
        vague=dict(raw["vague"]),
        sets=dict(raw["sets"]),
        holidays=dict(raw["holidays"]),
        calendar_months={
            name: dict(months)
            for name, months in raw["calendar_months"].items()
            if not name.startswith("_")
        },
        number_names=frozenset(raw["number_names"]),
        count_nouns=frozenset(raw["count_nouns"]),
        future_cues=tuple(raw["future_cues"]),
        past_cues=tuple(raw["past_cues"]),
        trigger_words=frozenset(raw["trigger_words"]),
        start_words=frozenset(raw["start_words"]),
        link_words=frozenset(raw["link_words"]),
        generic_present=frozenset(raw["generic_present"]),
        contract_words=frozenset(raw["contract_words"]),
        commodity_words=frozenset(raw["commodity_words"]),
        truce_nouns=frozenset(raw["truce_nouns"]),
        said_that=frozenset(raw["said_that"]),
    )


LEXICON = _load()


def alternation(words: Iterable[str]) -> str:
    """A regex alternation that tries longer words first, spaces matching any run of blanks."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, shaped as a prefix tree so that scanning stays fast.

    Python's regex engine tries alternatives one by one; sharing prefixes lets a
    position fail after one character instead of after every word.
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)
