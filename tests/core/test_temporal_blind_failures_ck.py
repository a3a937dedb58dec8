"""What ceasefire set CK (talks rounds and deadlines) showed, each fixed as a general rule
and checked here on text written for the test: a quotation's 'tomorrow' or 'yesterday'
counts from the day its attribution names, even when the words around the quotation name
another day."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values


def test_a_quotation_inside_what_was_said_on_a_named_day() -> None:
    text = (
        'A rebel spokesman said on Thursday that the movement would answer "tomorrow, not'
        ' before", and a two-page reply reached the envoy on Friday morning.'
    )
    assert values(text, dt.date(2002, 1, 12))["tomorrow"] == "2002-01-11"


def test_a_quotation_after_an_attribution_with_a_part_of_the_day() -> None:
    text = (
        '"On Friday they told us the list was final," said one delegate, speaking on'
        ' Saturday evening. "Yesterday it was final. Today it was discussed."'
    )
    found = values(text, dt.date(2002, 10, 28))
    assert (found["Yesterday"], found["Today"]) == ("2002-10-25", "2002-10-26")


def test_a_day_asked_then_an_answer_with_a_quotation_in_it() -> None:
    text = (
        "Asked on Wednesday night whether he would extend the talks beyond Friday, the"
        ' spokeswoman said the envoy would decide "the day after tomorrow, not before".'
    )
    assert values(text, dt.date(2015, 6, 18))["the day after tomorrow"] == "2015-06-19"


def test_a_quotation_said_on_the_reference_day_keeps_it() -> None:
    text = 'The mediator said on Thursday that talks would resume "tomorrow morning".'
    assert values(text, dt.date(2015, 6, 18))["tomorrow morning"] == "2015-06-19TMO"


def test_a_day_of_the_following_month_counts_from_the_month_told() -> None:
    text = (
        "The first round opened in Arusha on 15 June 1998 and was adjourned until the 20th"
        " of the following month. The second round ran from then until the 29th."
    )
    found = values(text, dt.date(2000, 8, 26))
    assert (found["the 20th of the following month"], found["the 29th"]) == (
        "1998-07-20",
        "1998-07-29",
    )
