"""What TimeML set AJ (summits and conferences) showed on its first run, each fixed as a general
rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

SUNDAY = dt.date(2019, 11, 24)


def test_overnight_with_a_weekday_is_that_days_night() -> None:
    text = "Negotiators worked overnight Saturday into Sunday."
    assert values(text, SUNDAY) == {"overnight Saturday": "2019-11-23TNI", "Sunday": "2019-11-24"}
    # 'an overnight stay' is no time
    assert values("An overnight stay on Monday.", SUNDAY) == {"Monday": "2019-11-18"}


def test_through_the_night_is_a_night_but_sleeping_through_it_is_not() -> None:
    found = values("Talks ran through the night and ended at dawn on Sunday.", SUNDAY)
    assert found["the night"] == "2019-11-23TNI"
    assert values("For the first time in weeks, I slept through the night.", SUNDAY) == {}


def test_a_us_zone_name_after_a_clock_is_part_of_it() -> None:
    found = values("The show airs at 8 p.m. Eastern and 5 p.m. Pacific.", dt.date(1995, 2, 24))
    assert set(found) == {"8 p.m. Eastern", "5 p.m. Pacific"}
    # a place named Central is no zone
    assert set(values("They met at 9 p.m. Central Park was empty.", dt.date(1995, 2, 24))) == {
        "9 p.m."
    }
