"""What TimeML set AI (history and anniversary pieces) showed on its first run, each fixed as a
general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

SIDEBAR = dt.date(1995, 8, 6)


def test_this_week_or_day_in_a_year_is_that_week_or_day() -> None:
    assert values("On this day in 1913, the opera house burned.", dt.date(1990, 1, 3)) == {
        "this day in 1913": "1913-01-03"
    }
    text = "THIS WEEK IN 1945. On Wednesday, Aug. 8, the Soviet Union declared war."
    assert values(text, SIDEBAR) == {
        "THIS WEEK IN 1945": "1945-W32",
        "Wednesday, Aug. 8": "1945-08-08",
    }


def test_a_weekday_and_date_take_the_named_year_when_no_near_year_fits() -> None:
    text = "The war ended in 1945. On Thursday, Aug. 9, a second bomb fell."
    assert values(text, SIDEBAR)["Thursday, Aug. 9"] == "1945-08-09"
    # a fitting year near the report still comes first
    assert values("On Wednesday, Aug. 9, the talks resumed.", SIDEBAR) == {
        "Wednesday, Aug. 9": "1995-08-09"
    }


def test_decoration_day_is_memorial_day_by_its_old_name() -> None:
    assert values("The monument was unveiled on Decoration Day, 1909.", SIDEBAR) == {
        "Decoration Day, 1909": "1909-05-30"
    }
