"""What held-out set BR (benchmarks/data/ceasefire_blind_br: long-form and investigative
writing that moves between the present and several past years) showed on its first run,
each fixed as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

REFERENCE = dt.date(2025, 2, 9)


def test_it_was_a_month_and_year_sets_the_story_there() -> None:
    text = (
        "It was February 2015, and the snow lay in grey banks along the railings.\n"
        "The summit had been put together in a hurry. On the 5th, the two leaders had flown "
        "to Kyiv, and the next day to Moscow. The previous September, envoys had signed a "
        "looser protocol."
    )
    found = values(text, REFERENCE)
    assert found["the 5th"] == "2015-02-05"
    assert found["the next day"] == "2015-02-06"
    assert found["The previous September"] == "2014-09"


def test_a_part_of_a_day_of_the_month_is_that_day() -> None:
    text = "The deal was signed on 20 July 1974. The guns stopped on the evening of the 22nd."
    assert values(text, REFERENCE)["the 22nd"] == "1974-07-22"
    text = "Machar was sworn in on the afternoon of the 26th."
    assert values(text, dt.date(2016, 7, 20)) == {"the 26th": "2016-06-26"}


def test_a_weekday_with_the_is_of_the_week_the_story_tells() -> None:
    text = (
        "The deal was to be signed in Kuala Lumpur on Tuesday 5 August 2008. On the Monday "
        "afternoon, the Supreme Court in Manila issued an order, and the ceremony was called "
        "off. On the Thursday, the rebels moved into the villages."
    )
    found = values(text, dt.date(2023, 3, 18))
    assert found["Monday afternoon"] == "2008-08-04TAF"
    assert found["Thursday"] == "2008-08-07"
    # without 'the', a weekday is read from the report as news reads it
    text = "The deal was signed on Tuesday 5 August 2008. Officials said on Monday it still holds."
    assert values(text, dt.date(2023, 3, 18))["Monday"] == "2023-03-13"
