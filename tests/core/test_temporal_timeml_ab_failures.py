"""What TimeML set AB (obituaries and profiles) showed on its first run, each fixed as a
general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import all_values, values

SATURDAY = dt.date(2024, 2, 3)


def test_last_after_a_determiner_is_an_adjective_not_the_past() -> None:
    text = "The station will replay his last broadcast at 5:45 a.m. Monday."
    assert values(text, SATURDAY) == {"5:45 a.m. Monday": "2024-02-05T05:45"}


def test_a_present_is_before_a_weekday_schedules_it() -> None:
    text = "Calling hours are from 4 to 8 p.m. Tuesday at the funeral home."
    assert values(text, SATURDAY) == {"4": "2024-02-06T16:00", "8 p.m. Tuesday": "2024-02-06T20:00"}
    assert values("The vote is Tuesday.", SATURDAY) == {"Tuesday": "2024-02-06"}
    assert values("The vote was Tuesday.", SATURDAY) == {"Tuesday": "2024-01-30"}


def test_every_fixed_holiday_is_a_set() -> None:
    text = "Every Christmas Eve he read the same story, and she marked every Veterans Day."
    assert all_values(text, SATURDAY) == {
        "Every Christmas Eve": "XXXX-12-24",
        "every Veterans Day": "XXXX-11-11",
    }
    # the holiday alone is still its day
    assert values("He died on Christmas Eve.", SATURDAY) == {"Christmas Eve": "2023-12-24"}


def test_april_fools_day_is_a_holiday() -> None:
    assert values("The store opened on April Fools' Day in 1953.", SATURDAY) == {
        "April Fools' Day": "1953-04-01",
        "1953": "1953",
    }
