"""What TimeML set AS (weather and climate) showed, fixed as a general rule and checked
here on text written for the test: a month or season the weather had, with an article
and its adjectives, is a date ('followed a mild, dry March', 'a wet spring')."""

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
