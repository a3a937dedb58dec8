"""What held-out sets O and P (benchmarks/data/ceasefire_blind_o, _p) showed on their first
runs, each fixed as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.ingest.pubdate import find_publication_date
from viewer.core.temporal import tag


def values(text: str, reference: dt.date | None) -> dict[str, str]:
    return {e.text: e.value for e in tag(text, reference) if e.anchored}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # the speaker's own day, named after the quotation ...
        (
            '"Tomorrow we will issue instructions to our panel," he said on Friday.',
            "Tomorrow",
            "2017-02-04",
        ),
        (
            '"Since yesterday there has been calm on the border," the coalition spokesman, '
            "told reporters in remarks carried by the state agency on Wednesday.",
            "yesterday",
            "2017-01-31",
        ),
        # ... or before it
        (
            'Bell told a Quito radio station on Wednesday. "Tomorrow we will present it."',
            "Tomorrow",
            "2017-02-02",
        ),
        # a quotation with no day of its own is read from the report's day
        ('"Tomorrow we meet," he said.', "Tomorrow", "2017-02-05"),
    ],
)
def test_a_quotation_is_read_from_the_day_it_was_spoken(text: str, phrase: str, value: str) -> None:
    assert values(text, dt.date(2017, 2, 4))[phrase] == value


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Gantz has until Wednesday to form a coalition.", "Wednesday", "2019-11-20"),
        ("The truce would now last until early March, he said.", "early March", "2020-03"),
        (
            "Fishermen were hoping to sail at dawn on Wednesday.",
            "dawn on Wednesday",
            "2019-11-20TMO",
        ),
    ],
)
def test_deadlines_and_hopes_look_ahead(sentence: str, phrase: str, value: str) -> None:
    assert values(sentence, dt.date(2019, 11, 17))[phrase] == value


def test_a_place_then_a_date_and_a_time_on_a_header_line() -> None:
    text = (
        "Colombia freezes talks\n\nBogotá 11 JAN 2018 - 18:40 CET\n\nThe truce expired on Tuesday."
    )
    assert find_publication_date(text, "article.txt") == (dt.date(2018, 1, 11), "header-date")
