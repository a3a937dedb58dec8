"""What TimeML sets AM, AO, AP and AQ (courts, city hall, elections, humanitarian aid)
showed, each fixed as a general rule and checked here on text written for the test: a
weekday counted within a month, a week from a named day, and the UN's observance days."""

from __future__ import annotations

import datetime as dt

import pytest
from tagging_helpers import all_values, values

from viewer.core.temporal import tag


@pytest.mark.parametrize(
    ("text", "reference", "expression", "value"),
    [
        (
            "The court opens its new term on the first Monday in October.",
            dt.date(2024, 10, 6),
            "the first Monday in October",
            "2024-10-07",
        ),
        (
            "The hearing was moved to the second Monday of next month.",
            dt.date(1991, 3, 14),
            "the second Monday of next month",
            "1991-04-08",
        ),
        (
            "Elections are held on the last Sunday in May 2014.",
            dt.date(2013, 11, 2),
            "the last Sunday in May 2014",
            "2014-05-25",
        ),
    ],
)
def test_a_weekday_counted_within_a_month(
    text: str, reference: dt.date, expression: str, value: str
) -> None:
    assert values(text, reference)[expression] == value


def test_a_weekday_that_a_month_does_not_have_five_of_is_no_date() -> None:
    found = tag("Nothing happens on the fifth Monday in February.", dt.date(2023, 1, 10))
    assert not any(e.text.startswith("the fifth") for e in found)


def test_a_week_from_a_named_day() -> None:
    text = "The registration deadline is a week from Tuesday, and ballots go out after."
    assert values(text, dt.date(2024, 10, 6))["a week from Tuesday"] == "2024-10-15"


def test_a_week_from_today() -> None:
    text = "The rebels said they would suspend attacks from Oct. 1, a week from today."
    assert values(text, dt.date(1997, 9, 24))["a week from today"] == "1997-10-01"


def test_suspended_for_a_week_from_a_day_is_a_length() -> None:
    text = "The monitor was suspended for a week from Tuesday."
    assert all_values(text, dt.date(2024, 10, 6))["a week"] == "P1W"


@pytest.mark.parametrize(
    ("name", "value"),
    [("World Refugee Day", "2024-06-20"), ("the International Day of Peace", "2024-09-21")],
)
def test_the_un_observance_days(name: str, value: str) -> None:
    text = f"Rations will be handed out on {name}."
    found = values(text, dt.date(2024, 6, 17))
    assert found[name.removeprefix("the ")] == value


def test_a_present_relative_clause_holds_its_dates_to_no_tense() -> None:
    text = (
        "Refiners finished their maintenance, the analyst said, ahead of the driving"
        " season, which by tradition runs from Memorial Day to Labor Day."
    )
    assert values(text, dt.date(2024, 5, 20))["Labor Day"] == "2024-09-02"


def test_a_present_relative_clause_leaves_a_weekday_to_its_own_reading() -> None:
    text = "The holiday falls on Sunday this year, which makes Monday a public holiday too."
    assert values(text, dt.date(2023, 9, 22))["Monday"] == "2023-09-25"
