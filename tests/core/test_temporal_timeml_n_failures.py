"""What held-out TimeML set N (benchmarks/data/timeml_blind_n: editorials, reviews, previews
and business columns) showed on its first run, each fixed as a general rule and checked here
on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import all_values, values


def test_plural_weekdays_joined_by_and_are_each_a_set() -> None:
    found = all_values("Matinees play on Wednesdays and Sundays.", dt.date(2009, 12, 4))
    assert found == {"Wednesdays": "XXXX-WXX-3", "Sundays": "XXXX-WXX-7"}


def test_so_many_days_a_week_is_a_weekly_set() -> None:
    found = all_values(
        "The branch is open seven days a week; the bridge crew works six nights a week.",
        dt.date(2012, 5, 10),
    )
    assert found == {"seven days a week": "P1W", "six nights a week": "P1W"}


def test_a_quarter_named_by_the_month_it_ends_in() -> None:
    text = (
        "Chipmakers report their June quarter next month. Sales in the March quarter rose, "
        "and the January-March quarter was the best since 1998."
    )
    found = values(text, dt.date(2001, 4, 15))
    assert found["June quarter"] == "2001-Q2"
    assert found["the March quarter"] == "2001-Q1"
    assert found["the January-March quarter"] == "2001-Q1"


def test_a_month_that_ends_no_calendar_quarter_names_none() -> None:
    found = all_values("Results for the May quarter were weak.", dt.date(2001, 4, 15))
    assert "the May quarter" not in found


def test_holidays_fixed_on_a_weekday_of_their_month() -> None:
    reference = dt.date(2012, 5, 10)
    assert values("The branch will close on Mother's Day.", reference) == {
        "Mother's Day": "2012-05-13"
    }
    assert values("The parade will march on Memorial Day.", reference) == {
        "Memorial Day": "2012-05-28"
    }
    assert values("He will call on Father's Day.", reference) == {"Father's Day": "2012-06-17"}


def test_a_spelled_day_of_a_month() -> None:
    reference = dt.date(2009, 12, 4)
    assert values("On the first of April the play opens.", reference) == {
        "the first of April": "2010-04-01"
    }
    assert values("By the twenty-first of March it was over.", reference) == {
        "the twenty-first of March": "2009-03-21"
    }
    assert values("It was the first of many talks.", reference) == {}


def test_a_present_schedule_denied_still_looks_ahead() -> None:
    # Written on Tuesday 28 December 1999.
    reference = dt.date(1999, 12, 28)
    found = values("The new millennium does not begin at midnight Friday.", reference)
    assert found == {"midnight Friday": "1999-12-31T24:00"}
    assert values("The truce did not begin until Friday.", reference) == {"Friday": "1999-12-24"}


def test_markets_that_reopen_and_close_on_a_weekday_look_ahead() -> None:
    # Written on Sunday 15 April 2001.
    reference = dt.date(2001, 4, 15)
    assert values("Markets reopen on Monday.", reference) == {"Monday": "2001-04-16"}
    found = values("Intel reports after the market closes on Tuesday.", reference)
    assert found == {"Tuesday": "2001-04-17"}


def test_a_winter_is_written_with_the_year_it_begins_in() -> None:
    # Said in December 2009 and in February 2013: the winter under way either time.
    assert values("The play runs this winter.", dt.date(2009, 12, 4)) == {"this winter": "2009-WI"}
    found = values("This winter was cold. The previous winter was mild.", dt.date(2013, 2, 12))
    assert found == {"This winter": "2012-WI", "The previous winter": "2011-WI"}
    # a winter named with its year keeps that year
    assert values("In the winter of 1947 coal ran out.", dt.date(1995, 7, 15)) == {
        "the winter of 1947": "1947-WI"
    }


def test_another_nations_memorial_day_is_not_the_american_one() -> None:
    text = "Israel's Memorial Day falls on Wednesday this year."
    assert "Memorial Day" not in all_values(text, dt.date(2019, 5, 5))


def test_a_century_spelled_as_an_ordinal() -> None:
    found = all_values(
        "Kyoto became the capital in the eighth century and declined in the 19th century.",
        dt.date(2010, 3, 14),
    )
    assert found == {"the eighth century": "07", "the 19th century": "18"}
    # counted from something else, it is no century of the calendar
    assert all_values("It was the first century of the republic.", dt.date(2010, 3, 14)) == {}


def test_hours_and_minutes_are_one_duration() -> None:
    found = all_values("The revival runs two hours and 40 minutes.", dt.date(2009, 12, 4))
    assert found == {"two hours and 40 minutes": "PT2H40M"}
