"""What TimeML set U (benchmarks/data/timeml_blind_u: sports and entertainment news) showed
on its first run, each fixed as a general rule and checked here on text written for the
test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

from viewer.core.temporal import tag


def test_a_list_repeating_dates_the_prose_placed_ahead_keeps_their_year() -> None:
    text = (
        "The band will go back on the road this spring, it announced Tuesday. The tour opens "
        "April 19 in Seattle and ends Aug. 25 in Nashville.\n\n"
        "Some of the tour dates:\n\n"
        "April 19 -- Seattle, Harbor Theatre\n"
        "April 21 -- Portland, Rose City Hall\n"
        "Aug. 25 -- Nashville, Cumberland Amphitheater\n"
    )
    days = ("April 19", "April 21", "Aug. 25")
    found = [(e.text, e.value) for e in tag(text, dt.date(2012, 2, 7)) if e.text in days]
    assert found == [
        ("April 19", "2012-04-19"),
        ("Aug. 25", "2012-08-25"),
        ("April 19", "2012-04-19"),
        ("April 21", "2012-04-21"),
        ("Aug. 25", "2012-08-25"),
    ]


def test_a_chronology_with_nothing_placed_before_still_looks_back() -> None:
    text = "KEY DATES\n\nApril 19 -- Talks open in Seattle\nApril 21 -- Talks collapse\n"
    assert values(text, dt.date(2012, 2, 7)) == {
        "April 19": "2011-04-19",
        "April 21": "2011-04-21",
    }


def test_a_team_that_plays_on_a_weekday_plays_ahead() -> None:
    wednesday = dt.date(2003, 1, 15)
    text = "The Tides play at Portland on Thursday, then come home for Sunday's game."
    assert values(text, wednesday) == {"Thursday": "2003-01-16", "Sunday": "2003-01-19"}
    assert values("Wexham play Harlow Town at home on Saturday.", wednesday) == {
        "Saturday": "2003-01-18"
    }
    # a game played is behind
    assert values("They played Denver on Monday.", wednesday) == {"Monday": "2003-01-13"}
