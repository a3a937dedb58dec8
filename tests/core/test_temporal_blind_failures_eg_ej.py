"""Failures the blind sets EG-EJ showed (recent truces, Latin American front pages, African
regional press and weekly magazines), each fixed as a general rule and tested on sentences
written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tagging_helpers import all_values


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Contacts were reported as early as the spring of this year.",
         "the spring of this year", "1997-SP"),
        ("The winter of last year was the hardest.", "The winter of last year", "1996-WI"),
        ("Talks may resume in the autumn of next year.", "the autumn of next year", "1998-FA"),
    ],
)  # fmt: skip
def test_a_season_of_this_last_or_next_year_is_that_years(text, expression, value):
    assert all_values(text, dt.date(1997, 10, 2))[expression] == value
