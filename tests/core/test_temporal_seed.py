"""The seed article, tagged against its reference date, gives every gold event and no false one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from viewer.core.model import TimeExpression
from viewer.core.temporal import tag

SEED = Path(__file__).resolve().parents[2] / "seeds" / "kerry_aleppo_truce_2016.txt"
REFERENCE = dt.date(2016, 5, 2)

# [expression, nth occurrence, TIMEX3 value], as the project's gold file lists them.
REQUIRED = [
    ("on Monday", 0, "2016-05-02"),
    ("Tomorrow", 0, "2016-05-03"),
    ("on Sunday", 0, "2016-05-01"),
    ("late February", 0, "2016-02"),
    ("Tomorrow", 1, "2016-05-03"),
    ("early 2011", 0, "2011"),
]
DISTRACTORS = ["2254", "250 civilians", "250,000", "We are", "we discussed", "we gave", "we have"]


def _occurrence(text: str, phrase: str, nth: int) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _overlapping(found: list[TimeExpression], span: tuple[int, int]) -> list[TimeExpression]:
    return [e for e in found if e.char_start < span[1] and span[0] < e.char_end]


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[TimeExpression]]:
    text = SEED.read_text(encoding="utf-8")
    return text, tag(text, REFERENCE)


@pytest.mark.parametrize(("phrase", "nth", "value"), REQUIRED)
def test_required_event_is_anchored_with_its_value(
    seed: tuple[str, list[TimeExpression]], phrase: str, nth: int, value: str
) -> None:
    text, found = seed
    hits = [e for e in _overlapping(found, _occurrence(text, phrase, nth)) if e.anchored]
    assert [e.value for e in hits] == [value]


@pytest.mark.parametrize("phrase", DISTRACTORS)
def test_distractor_never_becomes_an_event(
    seed: tuple[str, list[TimeExpression]], phrase: str
) -> None:
    text, found = seed
    start = text.index(phrase)
    assert not [e for e in _overlapping(found, (start, start + len(phrase))) if e.anchored]


def test_only_the_gold_events_are_anchored(seed: tuple[str, list[TimeExpression]]) -> None:
    text, found = seed
    gold_spans = [_occurrence(text, phrase, nth) for phrase, nth, _ in REQUIRED]
    extra = [
        e.text
        for e in found
        if e.anchored
        and not any(e.char_start < end and start < e.char_end for start, end in gold_spans)
    ]
    assert extra == []


def test_offsets_index_the_text(seed: tuple[str, list[TimeExpression]]) -> None:
    text, found = seed
    assert found, "the seed has temporal expressions"
    assert all(text[e.char_start : e.char_end] == e.text for e in found)
    assert [e.char_start for e in found] == sorted(e.char_start for e in found)


def test_precision_is_true_to_the_text(seed: tuple[str, list[TimeExpression]]) -> None:
    _, found = seed
    by_text = {e.text: e for e in found if e.anchored}
    assert by_text["late February"].precision == "month"
    assert by_text["early 2011"].precision == "year"
    assert by_text["early 2011"].start == dt.date(2011, 1, 1)
