"""What held-out set BB (benchmarks/data/ceasefire_blind_bb, web pages) showed on its first
run, each fixed as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values


def test_the_new_year_in_capitals_is_new_years_day_nearest_the_story() -> None:
    found = values("Shells landed near the frontier around the New Year.", dt.date(2013, 1, 20))
    assert found == {"the New Year": "2013-01-01"}
    found = values("Clashes flared again over the New Year holiday.", dt.date(2014, 1, 11))
    assert found == {"the New Year": "2014-01-01"}


def test_the_new_year_weekend_is_the_weekend_next_to_it() -> None:
    found = values("Fighting flared over the New Year weekend.", dt.date(2018, 1, 3))
    assert found == {"the New Year weekend": "2017-W52-WE"}


def test_a_truce_for_the_new_year_names_its_purpose_and_in_the_new_year_is_a_year() -> None:
    assert "the New Year" not in values(
        "The sides agreed a new ceasefire for the New Year holidays.", dt.date(2019, 12, 20)
    )
    assert values("The delegations will meet in the New Year.", dt.date(1951, 12, 28)) == {
        "the New Year": "1952"
    }


def test_overnight_after_a_day_the_story_tells_is_that_days_night() -> None:
    text = (
        "The fighting began on the evening of Tuesday, August 16, at a checkpoint. "
        "It spread through the city overnight and on the following day."
    )
    found = values(text, dt.date(2016, 8, 24))
    assert found["overnight"] == "2016-08-16TNI"
    assert found["the following day"] == "2016-08-17"


def test_overnight_ending_a_bullet_of_its_own_is_the_night_just_gone() -> None:
    text = (
        "- The truce came into force at 00:01 on Sunday (22:01 BST on Saturday)\n"
        "- The military says the truce was broken twice overnight\n"
    )
    assert values(text, dt.date(2019, 7, 22))["overnight"] == "2019-07-21TNI"
