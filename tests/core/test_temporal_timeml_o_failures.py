"""What held-out TimeML set O (benchmarks/data/timeml_blind_o: business news of 1989-1998)
showed on its first run, each fixed as a general rule and checked here on text written for
the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import all_values, values

from viewer.core.temporal import tag


def test_figures_released_for_a_month_are_for_one_gone_by() -> None:
    # Written on Tuesday 19 November 1991 and Tuesday 3 December 1996.
    found = values("The department reports October housing starts today.", dt.date(1991, 11, 19))
    assert found["October"] == "1991-10"
    text = "Most chains will report November sales on Thursday."
    assert all_values(text, dt.date(1996, 12, 3)) == {
        "November": "1996-11",
        "Thursday": "1996-12-05",
    }
    # the month labels the figures: a TIMEX3, but the event is the day they come out
    assert values(text, dt.date(1996, 12, 3)) == {"Thursday": "1996-12-05"}


def test_in_the_fall_is_autumn_but_the_fall_of_a_city_is_not() -> None:
    reference = dt.date(1991, 11, 19)
    found = values("Signs that the recovery stalled in the fall worried traders.", reference)
    assert found == {"the fall": "1991-FA"}
    assert values("In the fall of the city, thousands fled.", reference) == {}
    assert values("He was hurt in the fall from the scaffold.", reference) == {}


def test_what_has_to_happen_on_a_weekday_lies_ahead() -> None:
    found = values("The cartel has to surprise the market on Thursday.", dt.date(1998, 11, 24))
    assert found == {"Thursday": "1998-11-26"}


def test_a_quarter_named_to_compare_with_is_not_the_one_reported() -> None:
    text = (
        "Profit in the April-June quarter rose, with the yen about 1 yen stronger than in "
        "the January-March quarter. The quarter was also hurt by a long holiday."
    )
    found = [(e.text, e.value) for e in tag(text, dt.date(2019, 8, 2))]
    assert found == [
        ("the April-June quarter", "2019-Q2"),
        ("the January-March quarter", "2019-Q1"),
        ("The quarter", "2019-Q2"),
    ]


def test_about_and_around_belong_to_a_clock_time() -> None:
    # TimeBank marks 'around 7:15 p.m.' whole; the value is the clock's, approximately
    (expression,) = tag("The plane landed at around 7:15 p.m.", dt.date(1998, 2, 12))
    assert (expression.text, expression.value, expression.mod) == (
        "around 7:15 p.m.",
        "1998-02-12T19:15",
        "APPROX",
    )
