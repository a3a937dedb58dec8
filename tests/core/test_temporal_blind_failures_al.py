"""What TimeML set AL (education news) and a look back over the earlier TimeML sets
showed, each fixed as a general rule and checked here on text written for the test:
'last' after a possessive is an adjective, not a look back; what goes on through a
weekday lies ahead; an intention looks ahead of itself; and a present verb after a
relative clause, not the clause's own past, tells the time."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values


def test_a_last_day_after_a_plural_possessive_does_not_look_back() -> None:
    text = "She teaches in Riverton now, and her own pupils' last day is in June."
    assert values(text, dt.date(2022, 5, 16))["June"] == "2022-06"


def test_a_last_day_after_a_singular_possessive_does_not_look_back() -> None:
    text = "The monitoring team's last day in the town is in July."
    assert values(text, dt.date(2022, 5, 16))["July"] == "2022-07"


def test_last_before_a_unit_still_looks_back() -> None:
    text = "The delegates met last week and the envoy's report came in June."
    assert values(text, dt.date(2022, 5, 16))["June"] == "2021-06"


def test_what_continues_through_a_weekday_lies_ahead() -> None:
    text = "Registration at the district office continues through Monday."
    assert values(text, dt.date(2008, 10, 26))["Monday"] == "2008-10-27"


def test_what_continued_through_a_weekday_lies_behind() -> None:
    text = "Shelling of the northern suburbs continued through Monday."
    assert values(text, dt.date(2008, 10, 26))["Monday"] == "2008-10-20"


def test_a_truce_that_stays_in_force_through_a_season_is_this_years() -> None:
    text = "If the guns stay silent through the autumn, the prisoners will be exchanged."
    assert values(text, dt.date(1988, 8, 24))["the autumn"] == "1988-FA"


def test_an_intention_told_in_the_past_looks_ahead() -> None:
    text = "Rebel leaders said on Monday that they intended to bring the accord to a vote in June."
    assert values(text, dt.date(2013, 5, 15))["June"] == "2013-06"


def test_a_hope_told_in_the_past_looks_ahead() -> None:
    text = "The mediators hoped to bring both sides back to the table in February."
    assert values(text, dt.date(2019, 11, 20))["February"] == "2020-02"


def test_a_present_verb_after_a_relative_clause_tells_the_time() -> None:
    text = (
        "The national dialogue, which opened in March, finishes its work in September,"
        " the envoy said."
    )
    found = values(text, dt.date(2013, 6, 8))
    assert (found["March"], found["September"]) == ("2013-03", "2013-09")


def test_a_past_verb_after_a_relative_clause_still_looks_back() -> None:
    text = "The commission, which meets in Geneva, reported its findings in September."
    assert values(text, dt.date(2013, 6, 8))["September"] == "2012-09"


def test_a_hearing_moved_to_a_weekday_lies_ahead() -> None:
    text = (
        "His first court appearance, which would ordinarily have been Monday, was moved to"
        " Tuesday because courts are closed for Presidents' Day."
    )
    assert values(text, dt.date(2016, 2, 13))["Tuesday"] == "2016-02-16"


def test_a_kickoff_that_had_been_moved_stays_on_the_day_told() -> None:
    text = "On Sunday the kick-off had been moved to 1.30pm for television."
    assert values(text, dt.date(2016, 10, 3))["1.30pm"] == "2016-10-02T13:30"
