"""What TimeML set AC (labour, transport and public services) showed on its first run, each
fixed as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import all_values, values

FRIDAY = dt.date(2024, 6, 28)


def test_weekdays_and_weekends_are_sets() -> None:
    text = "Trains run every 10 minutes on weekdays and every half hour on weekends."
    found = all_values(text, FRIDAY)
    assert found["weekdays"] == "XXXX-WXX-WD"
    assert found["weekends"] == "XXXX-WXX-WE"
    # 'the weekends of July' are days of that July, not a set
    assert "weekends" not in all_values("We spent the weekends of July at the lake.", FRIDAY)


def test_every_month_and_day_is_a_set() -> None:
    assert all_values("The wage rises every July 1 under the ordinance.", FRIDAY) == {
        "every July 1": "XXXX-07-01"
    }


def test_a_schedule_verb_puts_its_weekday_ahead() -> None:
    text = "The minimum wage rises to $17.25 an hour on Monday, the last of five increases."
    assert values(text, FRIDAY) == {"Monday": "2024-07-01"}
    # as nouns, 'increases' say nothing of a month's year
    text = "The bank stepped up to larger increases in June."
    assert values(text, dt.date(2022, 11, 2)) == {"June": "2022-06"}


def test_a_weekday_counted_from_a_holiday() -> None:
    text = "Buses will run well before the Friday after Thanksgiving."
    assert values(text, dt.date(1989, 11, 16)) == {
        "Friday": "1989-11-24",
        "Thanksgiving": "1989-11-23",
    }
    assert values("The Sunday before Christmas is busy.", dt.date(2014, 12, 1))["Sunday"] == (
        "2014-12-21"
    )


def test_a_clock_on_a_holiday_is_on_that_day() -> None:
    text = "City Hall will close at noon on Christmas Eve and reopen on Friday."
    assert values(text, dt.date(2014, 12, 21)) == {
        "noon": "2014-12-24T12:00",
        "Christmas Eve": "2014-12-24",
        "Friday": "2014-12-26",
    }
