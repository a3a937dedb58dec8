"""Weekdays and weekends placed by the words around them: 'on Monday next', 'on Tuesday last' and 'a
week on Friday' as formal British prose counts them, and 'Friday of last week'."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

# A Friday.
FRIDAY = dt.date(1951, 12, 28)


def test_a_weekday_with_next_after_it_is_the_coming_one() -> None:
    text = "The Prime Minister sails for New York on Monday next, officials said."
    assert values(text, FRIDAY) == {"Monday next": "1951-12-31"}
    # said on that weekday, it is a week on
    assert values("The House rises on Friday next.", FRIDAY) == {"Friday next": "1952-01-04"}


def test_a_weekday_with_last_after_it_is_the_one_gone_by() -> None:
    text = "The truce was signed on Tuesday last, and has held since."
    assert values(text, FRIDAY) == {"Tuesday last": "1951-12-25"}
    assert values("The envoys met on Friday last.", FRIDAY) == {"Friday last": "1951-12-21"}


def test_last_as_a_verb_after_a_weekday_is_left_out() -> None:
    # 'last' tells how long the meetings take: the weekday alone is the date
    assert values("The meetings on Monday last an hour.", FRIDAY) == {"Monday": "1951-12-24"}
    # 'Thursday next week' is still the Thursday of next week
    assert values("Talks resume on Thursday next week.", FRIDAY) == {
        "Thursday next week": "1952-01-03"
    }


def test_a_week_on_a_weekday_is_a_week_after_the_coming_one() -> None:
    text = "The first prisoners are due to be released a week on Friday."
    assert values(text, dt.date(1998, 9, 2)) == {"a week on Friday": "1998-09-11"}
    assert values("Voting closes a fortnight on Monday.", dt.date(1998, 9, 2)) == {
        "a fortnight on Monday": "1998-09-21"
    }
    # 'a week today' is unchanged
    assert values("The vote is a week today.", dt.date(1998, 9, 2)) == {
        "a week today": "1998-09-09"
    }


def test_for_a_week_on_a_weekday_is_a_length_then_a_day() -> None:
    text = "The league suspended its season for a week on Friday."
    assert values(text, dt.date(2025, 5, 10)) == {"Friday": "2025-05-09"}


def test_a_weekday_of_last_or_next_week_is_that_weeks_day() -> None:
    saturday = dt.date(2023, 9, 16)
    assert values("Since Friday of last week, shells have hit the camp.", saturday) == {
        "Friday of last week": "2023-09-08"
    }
    assert values("Talks resume on Monday of next week.", saturday) == {
        "Monday of next week": "2023-09-18"
    }


def test_a_holidays_weekend_is_the_weekend_of_its_week() -> None:
    monday = dt.date(2002, 12, 30)
    # Christmas 2002 fell on a Wednesday
    # (the weekend keeps its article, as 'the weekend' does)
    assert values("About 2,000 families fled over the Christmas weekend.", monday) == {
        "the Christmas weekend": "2002-W52-WE"
    }
    # a Monday holiday's weekend is the one before it
    assert values("Road deaths rose over the Memorial Day weekend.", monday) == {
        "the Memorial Day weekend": "2002-W21-WE"
    }
