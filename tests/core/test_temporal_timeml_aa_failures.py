"""What TimeML set AA (travel, culture and lifestyle features) showed on its first run, each
fixed as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

from viewer.core.temporal import tag
from viewer.core.temporal.recognize import fold

MONDAY = dt.date(2018, 11, 19)
WEDNESDAY = dt.date(2004, 8, 11)


def placed(text: str, reference: dt.date) -> list[tuple[str, str]]:
    """Every expression the timeline places, in order, repeats kept."""
    return [(e.text, e.value) for e in tag(text, reference) if e.anchored]


def test_a_weekday_the_story_put_ahead_keeps_that_day_when_said_again() -> None:
    text = (
        "The busiest day is expected to be Sunday, when 31,000 travelers will pass through. "
        '"Sunday is our Super Bowl," said Carla Benning.'
    )
    assert placed(text, MONDAY) == [("Sunday", "2018-11-25"), ("Sunday", "2018-11-25")]
    # with nothing said ahead, a bare weekday is still the last one
    assert placed('"Sunday is our Super Bowl," said Carla Benning.', MONDAY) == [
        ("Sunday", "2018-11-18")
    ]


def test_a_weekday_said_again_in_a_past_sentence_is_the_last_one() -> None:
    text = (
        "Coalition leaders are due to meet on Friday. The cash delivery on Friday, carried "
        "in suitcases through the crossing, was the first payment."
    )
    assert placed(text, dt.date(2018, 11, 14)) == [
        ("Friday", "2018-11-16"),
        ("Friday", "2018-11-09"),
    ]


def test_can_before_a_verb_looks_ahead() -> None:
    text = "Leaving Tuesday night or early Wednesday can save more than an hour."
    assert values(text, MONDAY) == {
        "Tuesday night": "2018-11-20TNI",
        "early Wednesday": "2018-11-21",
    }


def test_a_present_denial_before_until_looks_ahead() -> None:
    assert values("The fair does not officially open until Friday.", WEDNESDAY) == {
        "Friday": "2004-08-13"
    }
    assert values("The old hall did not open until Friday.", WEDNESDAY) == {"Friday": "2004-08-06"}


def test_an_event_that_runs_over_weekdays_lies_ahead() -> None:
    assert values("The festival runs Friday through Sunday.", WEDNESDAY) == {
        "Friday": "2004-08-13",
        "Sunday": "2004-08-15",
    }
    # a season that runs over months is a habit: its months keep the past tense's year
    text = "Last year the rainy season, which runs from November to March, flooded the town."
    assert values(text, WEDNESDAY)["from November to March"] == "2003-11"


def test_the_clause_after_that_does_not_place_the_day_of_saying() -> None:
    text = "A senior figure told a news agency on Wednesday that the leaders would abide by it."
    assert values(text, dt.date(2013, 3, 21)) == {"Wednesday": "2013-03-20"}


def test_a_quotation_that_ends_a_sentence_ends_its_tense() -> None:
    text = 'He said the army "can surround them." Rebels reported clashes on Friday.'
    assert values(text, dt.date(1988, 3, 28)) == {"Friday": "1988-03-25"}


def test_letters_that_lower_to_two_characters_keep_offsets() -> None:
    text = "Talks on \u0130mral\u0131 could bring a truce. Erdogan acknowledged them in December."
    assert len(fold(text)) == len(text)
    found = [e for e in tag(text, dt.date(2013, 3, 21)) if e.anchored]
    assert [(e.text, e.value) for e in found] == [("December", "2012-12")]
    assert all(text[e.char_start : e.char_end] == e.text for e in found)
