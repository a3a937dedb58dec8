"""Date failures found on a second held-out set of ceasefire reports, each on a new sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.temporal import tag

SATURDAY = dt.date(2024, 6, 15)


def found(sentence: str, reference: dt.date = SATURDAY) -> dict[str, tuple[str, str]]:
    return {e.text: (e.type.value, e.value) for e in tag(sentence, reference)}


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "The truce took effect at 6pm local time (1600 BST) on Friday.",
            "6pm local time (1600 BST) on Friday",
        ),
        (
            "Shelling was to stop at 18:00 (16:00 CET) on Friday, the ministry said.",
            "18:00 (16:00 CET) on Friday",
        ),
        (
            "The pause began at 6 p.m. (1300 EDT) on Friday, two hours late.",
            "6 p.m. (1300 EDT) on Friday",
        ),
        (
            "Guns fell silent at 6pm Moscow time (15:00 UTC) on Friday.",
            "6pm Moscow time (15:00 UTC) on Friday",
        ),
        (
            "The ceasefire came into force at 6pm local time (GMT+2) on Friday.",
            "6pm local time (GMT+2) on Friday",
        ),
        (
            "Firing stopped at 6pm (1830 IST) on Friday along the Line of Control.",
            "6pm (1830 IST) on Friday",
        ),
        (
            "Both sides held fire from 6 p.m. (3 p.m. PKT) on Friday.",
            "6 p.m. (3 p.m. PKT) on Friday",
        ),
    ],
)
def test_a_clock_time_with_a_bracketed_zone_keeps_the_day_after_it(
    sentence: str, phrase: str
) -> None:
    times = found(sentence)
    assert times[phrase] == ("TIME", "2024-06-14T18:00")
    assert "Friday" not in times  # one expression, not a time on Saturday and a Friday


def test_a_bracket_that_names_no_zone_is_not_part_of_the_time() -> None:
    times = found("The truce took effect at 6pm (Reuters) on Friday.")
    assert times["6pm"] == ("TIME", "2024-06-15T18:00")
    assert times["Friday"] == ("DATE", "2024-06-14")
