"""What ceasefire set BY (opinion and commentary) showed, each fixed as a general rule and
checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values


def test_an_aside_naming_the_day_does_not_set_its_tense() -> None:
    text = "On Sunday, the very day Kalbajar was due, Baku agreed to a ten-day delay."
    assert values(text, dt.date(2020, 11, 17))["Sunday"] == "2020-11-15"


def test_a_day_told_in_another_clause_does_not_move_a_coming_weekday() -> None:
    text = "An advance party flew out of Trenton last Sunday; the main body leaves on Monday."
    assert values(text, dt.date(1988, 8, 20)) == {
        "last Sunday": "1988-08-14",
        "Monday": "1988-08-22",
    }


def test_the_same_speaker_goes_on_from_the_day_of_speaking() -> None:
    text = (
        'My aunt spent three weeks there. "Today we ate rice," she told me by satellite phone '
        'on July 22. "Yesterday we did not."'
    )
    found = values(text, dt.date(2003, 8, 21))
    assert (found["Today"], found["Yesterday"]) == ("2003-07-22", "2003-07-21")


def test_a_text_back_in_the_present_does_not_retell_an_old_year() -> None:
    text = (
        "The Bishkek Protocol brought a ceasefire on 12 May 1994.\n\n"
        "This month the displaced face the cold, and the appeal, which runs to 31 March, is "
        "not funded."
    )
    assert values(text, dt.date(2020, 11, 17))["31 March"] == "2021-03-31"
