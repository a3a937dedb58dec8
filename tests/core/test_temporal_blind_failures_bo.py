"""What held-out set BO (benchmarks/data/ceasefire_blind_bo: explainers, Q&As with a
timeline, think-tank commentary, fact-checks, a newsletter e-mail and podcast show notes)
showed on its first run, each fixed as a general rule and checked here on text written for
the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import all_values, values

REFERENCE = dt.date(2020, 10, 29)


def test_a_clock_time_with_the_day_the_story_told_or_the_next() -> None:
    text = (
        "A joint statement was issued on Sunday 25 October and set the start of the truce "
        "at 8 a.m. local time the following day."
    )
    assert values(text, REFERENCE) == {
        "Sunday 25 October": "2020-10-25",
        "8 a.m. local time the following day": "2020-10-26T08:00",
    }
    text = "On 17 October the two sides said a new truce would begin at midnight that night."
    assert values(text, REFERENCE)["midnight that night"] == "2020-10-17T24:00"
    # a zone of three words stays in the clock time
    text = "They agreed on May 10 to halt all firing from 5 p.m. Indian Standard Time the same day."
    assert values(text, REFERENCE)["5 p.m. Indian Standard Time the same day"] == (
        "2020-05-10T17:00"
    )


def test_midnight_on_the_night_of_two_days_is_the_end_of_the_first() -> None:
    text = "The truce took effect at midnight Damascus time on the night of Feb. 26 to 27."
    assert values(text, dt.date(2016, 3, 15)) == {
        "midnight Damascus time on the night of Feb. 26 to 27": "2016-02-26T24:00"
    }
    text = "The truce began at midnight on the night of 26-27 February."
    assert values(text, dt.date(2016, 3, 15)) == {
        "midnight on the night of 26-27 February": "2016-02-26T24:00"
    }


def test_a_date_set_beside_a_count_is_the_day_counted() -> None:
    text = (
        "The truce was announced on Sept. 30, 2015. The factions signed up for two weeks; "
        "two weeks later, on March 12, that period ran out."
    )
    found = values(text, dt.date(2016, 3, 15))
    assert found["two weeks later"] == "2016-03-12"
    assert found["March 12"] == "2016-03-12"


def test_a_weekday_set_beside_a_date_is_that_dates_and_no_second_event() -> None:
    text = (
        "He was sworn in on September 22, 1973, a Saturday. Two weeks later, on October 6, "
        "Egypt and Syria attacked."
    )
    found = all_values(text, dt.date(2023, 11, 30))
    assert found["Saturday"] == "1973-09-22"
    assert found["October 6"] == "1973-10-06"
    assert "Saturday" not in values(text, dt.date(2023, 11, 30))
