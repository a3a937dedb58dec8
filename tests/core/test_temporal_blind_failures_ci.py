"""What ceasefire set CI (fact-checks) showed, each fixed as a general rule and checked
here on text written for the test: a post's own 'today' or 'last night' belongs to the
day it went up, not to the day the check was published."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values


def test_a_caption_posted_on_a_named_day_speaks_of_that_day() -> None:
    text = (
        "The account posted the photograph at 21:47 on 26 April with this caption:"
        ' "Shelling in the east of the city tonight."'
    )
    assert values(text, dt.date(2021, 4, 28))["tonight"] == "2021-04-26TNI"


def test_a_quotation_after_the_sentence_that_dated_its_post() -> None:
    text = (
        "The copy shared most widely was uploaded at 23:12 on 31 December."
        ' Its caption read: "The two sides are fighting again tonight."'
    )
    assert values(text, dt.date(2017, 1, 3))["tonight"] == "2016-12-31TNI"


def test_last_night_in_a_post_is_the_night_before_the_post() -> None:
    text = (
        'A second post, published on Sunday morning, went further: "Heavy fighting'
        ' last night, the truce is dead."'
    )
    assert values(text, dt.date(2017, 1, 3))["last night"] == "2016-12-31TNI"


def test_a_resident_reached_on_a_named_day_speaks_of_that_day() -> None:
    text = (
        "We reached two residents by phone on Monday. Both recognised the street. One of"
        ' them told us: "Yesterday was quiet here."'
    )
    assert values(text, dt.date(2017, 1, 3))["Yesterday"] == "2017-01-01"


def test_a_quotation_after_a_dated_event_is_still_said_today() -> None:
    # nothing says the minister spoke on Monday: his 'tomorrow' counts from the report
    text = 'Fighting broke out on Monday. The minister said: "We will respond tomorrow."'
    assert values(text, dt.date(2017, 1, 4))["tomorrow"] == "2017-01-05"
