"""What TimeML set AH (public-health updates) showed on its first run, each fixed as a general
rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values


def test_last_through_a_day_is_the_verb_to_last() -> None:
    text = "Forecasters said an advisory would follow it and last through Sunday night."
    assert values(text, dt.date(2006, 7, 19)) == {"Sunday night": "2006-07-23TNI"}
    assert values("The siege did not last until Friday.", dt.date(2006, 7, 19)) == {
        "Friday": "2006-07-14"
    }


def test_a_weekday_in_a_present_condition_lies_ahead() -> None:
    text = "The order expires Aug. 2 unless commissioners extend it at their meeting Thursday."
    assert values(text, dt.date(2020, 7, 20))["Thursday"] == "2020-07-23"
    # a past condition stays in the past
    text = "The order would have lapsed if commissioners had not met on Thursday."
    assert values(text, dt.date(2020, 7, 20))["Thursday"] == "2020-07-16"
