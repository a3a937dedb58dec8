"""What TimeML set AS (weather and climate) showed, fixed as a general rule and checked
here on text written for the test: a month or season the weather had, with an article
and its adjectives, is a date ('followed a mild, dry March', 'a wet spring'); and a
warning's or an order's term lies ahead of it."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values


def test_a_month_with_its_weather_is_a_date() -> None:
    text = "The wet April followed a mild, dry March, when growers had hoped to plant early."
    assert values(text, dt.date(2020, 5, 4))["March"] == "2020-03"


def test_a_season_with_its_weather_is_a_date() -> None:
    text = "A wet spring kept more than a million acres from being planted."
    assert values(text, dt.date(2019, 7, 1))["spring"] == "2019-SP"


def test_names_and_any_season_stay_undated() -> None:
    text = (
        "It recalled the Arab Spring and a March of Dimes walk. Peace was never going to"
        " come in a single summer. A row of summer cottages stood behind the dunes, and a"
        " sharp fall in prices followed."
    )
    assert values(text, dt.date(2019, 7, 1)) == {}


def test_a_warning_to_remain_in_effect_until_a_day_lies_ahead() -> None:
    text = "The blizzard warning was to remain in effect until noon Saturday."
    assert values(text, dt.date(1988, 1, 8))["noon Saturday"] == "1988-01-09T12:00"


def test_an_order_to_leave_by_a_day_lies_ahead_of_the_order() -> None:
    text = (
        "City officials ordered 1,100 homes in the Old Town and Millrace neighborhoods"
        " evacuated by 8 p.m. Friday."
    )
    assert values(text, dt.date(2008, 6, 12))["8 p.m. Friday"] == "2008-06-13T20:00"


def test_a_warning_issued_from_a_weekday_lies_ahead() -> None:
    text = (
        "The weather service has issued a freeze warning for the Lakeshore fruit belt from"
        " 10 p.m. Friday until 9 a.m. EDT Saturday."
    )
    found = values(text, dt.date(2004, 4, 8))
    assert (found["10 p.m. Friday"], found["9 a.m. EDT Saturday"]) == (
        "2004-04-09T22:00",
        "2004-04-10T09:00",
    )


def test_what_was_done_by_a_day_still_lies_behind() -> None:
    text = "Crews had restored power to most homes by Friday, the utility said."
    assert values(text, dt.date(2008, 6, 12))["Friday"] == "2008-06-06"


def test_a_forecast_for_a_weekday_lies_ahead() -> None:
    text = (
        "The prediction center has outlined an enhanced risk of severe storms for Saturday,"
        " and another round is possible Monday into Tuesday."
    )
    found = values(text, dt.date(2016, 4, 29))
    assert (found["Saturday"], found["Monday"], found["Tuesday"]) == (
        "2016-04-30",
        "2016-05-02",
        "2016-05-03",
    )
