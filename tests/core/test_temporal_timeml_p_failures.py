"""What held-out TimeML set P (benchmarks/data/timeml_blind_p: world news wire of 2012-2014)
showed on its first run, each fixed as a general rule and checked here on text written for
the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values


def test_a_day_told_in_a_relative_clause_sets_no_term() -> None:
    text = (
        "The council, which took charge when the president stepped down on February 11, "
        "2011, has promised to hand power to an elected government by the end of June."
    )
    assert values(text, dt.date(2012, 5, 28))["the end of June"] == "2012-06"
    # a term set on the day the sentence tells still runs on from that day
    text = "The army declared a truce on 31 March 2011 and extended it to the end of May."
    assert values(text, dt.date(2012, 5, 28))["the end of May"] == "2011-05"


def test_a_country_that_holds_an_election_on_a_weekday_looks_ahead() -> None:
    # Written on Wednesday 12 December 2012.
    reference = dt.date(2012, 12, 12)
    assert values("The country holds a general election on Sunday.", reference) == {
        "Sunday": "2012-12-16"
    }
    assert values("The truce held, officials said on Sunday.", reference) == {
        "Sunday": "2012-12-09"
    }
