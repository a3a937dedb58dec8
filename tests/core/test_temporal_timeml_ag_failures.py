"""What TimeML set AG (space flight, aviation and astronomy) showed on its first run, each fixed
as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

WEDNESDAY = dt.date(2015, 10, 7)


def test_an_attempt_no_earlier_than_a_weekday_lies_ahead() -> None:
    text = "The company said it would try again no earlier than Thursday."
    assert values(text, WEDNESDAY) == {"Thursday": "2015-10-08"}


def test_a_weekdays_possessive_in_a_condition_lies_ahead() -> None:
    text = "If Thursday's attempt slips, the next opportunity is Saturday."
    assert values(text, WEDNESDAY) == {"Thursday": "2015-10-08", "Saturday": "2015-10-10"}
    # told as done, it has happened
    assert values("Thursday's attempt failed.", WEDNESDAY) == {"Thursday": "2015-10-01"}


def test_sunset_and_sunrise_are_parts_of_a_day() -> None:
    found = values("The air show ends at sunset Friday.", WEDNESDAY)
    assert found == {"sunset Friday": "2015-10-09TEV"}
    text = "The truce had begun at sunset on Monday 12 September 2016, the first evening of Eid."
    assert values(text, dt.date(2021, 9, 20)) == {
        "sunset on Monday 12 September 2016": "2016-09-12TEV"
    }
