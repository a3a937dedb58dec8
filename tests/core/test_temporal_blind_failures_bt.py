"""What held-out set BT (benchmarks/data/ceasefire_blind_bt: markets, energy and shipping
news about ceasefires) showed on its first run, each fixed as a general rule and checked
here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import all_values, values

FRIDAY = dt.date(2015, 2, 20)


def test_a_period_that_labels_a_figure_is_no_event() -> None:
    text = (
        "Russia's fourth-quarter GDP estimate and January retail sales, both out this week, fell."
    )
    assert values(text, FRIDAY) == {"this week": "2015-W08"}
    # the TIMEX3s stay, with their values
    found = all_values(text, FRIDAY)
    assert (found["fourth-quarter"], found["January"]) == ("2014-Q4", "2015-01")
    # a time the clause is set in is still an event
    assert values("In March exports rose 5 percent.", FRIDAY) == {"March": "2014-03"}


def test_a_bonds_year_and_a_contract_month_are_no_events() -> None:
    text = "Ukraine's 2017 bond fell, dollar bonds due 2031 rose, and October Brent slipped."
    assert values(text, FRIDAY) == {}
    # elections due in February are an event
    assert values("Elections are due in February.", FRIDAY) == {"February": "2015-02"}
