"""What held-out sets M and N (benchmarks/data/ceasefire_blind_m, _n) showed on their first
runs, each fixed as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from viewer.core.temporal import tag


def values(text: str, reference: dt.date | None) -> dict[str, str]:
    return {e.text: e.value for e in tag(text, reference) if e.anchored}


def test_a_headline_infinitive_looks_ahead() -> None:
    text = "Lebanon rivals seal Doha deal, parliament to elect president on Sunday"
    assert values(text, dt.date(2008, 5, 21)) == {"Sunday": "2008-05-25"}


def test_a_possessive_weekday_is_past_unless_its_noun_lies_ahead() -> None:
    assert values("Sunday's session will be the 20th call.", dt.date(2008, 5, 21)) == {
        "Sunday": "2008-05-25"
    }
    assert values("They sought a way around Wednesday's ruling.", dt.date(2008, 5, 23)) == {
        "Wednesday": "2008-05-21"
    }


def test_a_year_naming_a_law_dates_no_event() -> None:
    text = "The sides accepted a compromise based on the 1960 electoral law."
    assert values(text, dt.date(2008, 5, 21)) == {}


def test_so_many_years_ago_this_week_opens_its_year() -> None:
    text = (
        "Twenty years ago this week, the guns fell silent. Envoys signed it on 5 May; "
        "Baku added its signature on 8 May."
    )
    found = values(text, dt.date(2014, 5, 12))
    assert (found["5 May"], found["8 May"]) == ("1994-05-05", "1994-05-08")


def test_a_deadline_set_on_a_day_told_lies_ahead_of_that_day() -> None:
    text = (
        "The group was pressed on 4 December, when regional heads of state gave it until "
        "31 December to drop the name."
    )
    assert values(text, dt.date(2009, 3, 16))["31 December"] == "2008-12-31"


def test_the_end_of_a_range_follows_its_start() -> None:
    text = "Petro announced a ceasefire with five groups, from January 1 to June 30."
    assert values(text, dt.date(2023, 1, 15)) == {
        "January 1": "2023-01-01",
        "June 30": "2023-06-30",
    }


def test_the_nth_week_of_a_month_counts_its_thursdays() -> None:
    found = values("The sides return in the second week of February.", dt.date(2020, 1, 13))
    assert found == {"the second week of February": "2020-W07"}


def test_the_week_of_a_day_written_day_first() -> None:
    found = values("In the week of 21 November, partners recorded shelling.", dt.date(2022, 12, 1))
    assert found == {"the week of 21 November": "2022-W47"}


def test_a_truce_that_holds_through_a_weekday_looks_ahead() -> None:
    text = '"If the truce holds through Thursday, there is a chance," the official said.'
    assert values(text, dt.date(2023, 4, 25)) == {"Thursday": "2023-04-27"}
