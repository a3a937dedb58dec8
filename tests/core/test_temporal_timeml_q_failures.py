"""What held-out TimeML set Q (benchmarks/data/timeml_blind_q: the press of the UK, Ireland,
Australia, New Zealand, Canada and South Africa) showed on its first run, each fixed as a
general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

# A Wednesday.
WEDNESDAY = dt.date(2019, 9, 4)


def test_a_weekday_week_is_a_week_after_the_coming_one() -> None:
    assert values("MPs will vote on Tuesday week.", WEDNESDAY) == {"Tuesday week": "2019-09-17"}
    assert values("The count ends on Monday week.", WEDNESDAY) == {"Monday week": "2019-09-16"}
    # said on the day itself, it is a week today
    assert values("They meet again on Wednesday week.", WEDNESDAY) == {
        "Wednesday week": "2019-09-11"
    }


def test_a_weekday_before_week_of_is_the_plain_weekday() -> None:
    assert values("He left on Tuesday. Week after week, nothing moved.", WEDNESDAY) == {
        "Tuesday": "2019-09-03"
    }


def test_a_clock_time_last_night_is_yesterday_evening() -> None:
    found = values("The prime minister spoke at 9 o'clock last night.", dt.date(2020, 3, 24))
    assert found == {"9 o'clock last night": "2020-03-23T21:00"}


def test_holidays_of_the_commonwealth_press() -> None:
    reference = dt.date(2023, 9, 22)
    assert values("Load-shedding is suspended for Heritage Day.", reference) == {
        "Heritage Day": "2023-09-24"
    }
    assert values("Schools reopened after Labour Day.", reference) == {"Labour Day": "2023-09-04"}
    found = values("Trains were cancelled over the May bank holiday.", dt.date(2022, 6, 20))
    assert found == {"May bank holiday": "2022-05-02"}
