"""What held-out TimeML set R (benchmarks/data/timeml_blind_r: press releases and official
announcements) showed on its first run, each fixed as a general rule and checked here on
text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

REFERENCE = dt.date(2022, 7, 27)


def test_a_half_of_the_year_is_a_half_of_the_reports_year() -> None:
    assert values("Inflation should ease in the second half of the year.", REFERENCE) == {
        "the second half of the year": "2022-H2"
    }
    assert values("Sales rose in the first half of the year.", REFERENCE) == {
        "the first half of the year": "2022-H1"
    }


def test_american_time_zones_belong_to_the_clock_time() -> None:
    assert values("The call starts at 5:00 p.m. ET today.", REFERENCE) == {
        "5:00 p.m. ET today": "2022-07-27T17:00"
    }
    # 'et cetera' is no zone
    assert values("They left at 5 p.m. et cetera.", REFERENCE) == {"5 p.m.": "2022-07-27T17:00"}


def test_a_warning_in_effect_from_a_day_looks_ahead_and_ends_after_it_starts() -> None:
    # Issued on Wednesday 2 February 2022.
    reference = dt.date(2022, 2, 2)
    text = "A winter storm warning is in effect from 6 p.m. Thursday until noon Saturday."
    assert values(text, reference) == {
        "6 p.m. Thursday": "2022-02-03T18:00",
        "noon Saturday": "2022-02-05T12:00",
    }


def test_a_state_that_was_in_force_from_a_day_has_ended() -> None:
    reference = dt.date(2022, 2, 2)
    assert values("The truce was in force from Monday.", reference) == {"Monday": "2022-01-31"}
    text = "The pause, agreed for the sowing and in force from 8 March, fell apart."
    assert values(text, dt.date(2019, 7, 21)) == {"8 March": "2019-03-08"}
