"""What ceasefire set CN (reviews of the year and annual chronologies) showed, fixed as a
general rule and checked here on text written for the test: a review of the year tells
its yearless dates in that year, present tense and all, until it turns into the next; and
what set CM (diaries and schedules) showed: what is pencilled in or to be confirmed lies
ahead."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

RECAP = """THE HILL COURIER
Year-End Special | Friday, 29 December 2006 | Page 9

2006 MONTH BY MONTH: THE VALLEY TRUCE

FEBRUARY - On 12 February the two commanders meet at the old mill and agree that
the first convoy will cross the bridge within a week.

JULY - The month of the truce. On 3 July the guns fall silent at dawn.
"""


def test_a_december_recap_keeps_its_months_in_its_year() -> None:
    found = values(RECAP, dt.date(2006, 12, 29))
    assert (found["FEBRUARY"], found["12 February"]) == ("2006-02", "2006-02-12")
    assert found["3 July"] == "2006-07-03"


ANNUAL = """VALLEY CONFLICT OBSERVATORY
Annual Conflict Monitor, Briefing No. 12
The valley: the year of the truce
Published 8 January 2003

The truce talks opened on 25 February. In the first half of the year the line held
poorly. By year's end the last foreign units had gone.
"""


def test_a_review_out_in_january_is_of_the_year_before() -> None:
    found = values(ANNUAL, dt.date(2003, 1, 8))
    assert found["25 February"] == "2002-02-25"
    assert found["the first half of the year"] == "2002-H1"
    assert found["year's end"] == "2002"


CHRONOLOGY = """Chapter 4. RIVERLAND (2000): the year of the accord

From The Regional Security Yearbook 2001, page 88

3 February. The envoy returns to the capital.

15 December. The amnesty deadline passes. The government extends it to 31 January.

As the yearbook went to press, the Marau agreement of 7 February had held.
"""


def test_a_yearbook_chronology_goes_on_into_the_next_year() -> None:
    found = values(CHRONOLOGY, dt.date(2001, 4, 2))
    assert (found["3 February"], found["15 December"]) == ("2000-02-03", "2000-12-15")
    assert (found["31 January"], found["7 February"]) == ("2001-01-31", "2001-02-07")


def test_a_headline_about_the_year_end_is_no_review() -> None:
    text = (
        "Truce push stalls before year-end\n\nCAIRO, Dec 26 - The president-elect, who"
        " takes office on Jan. 20, has added to the pressure."
    )
    assert values(text, dt.date(2024, 12, 26))["Jan. 20"] == "2025-01-20"


def test_a_signing_pencilled_in_for_a_weekday_lies_ahead() -> None:
    text = "Townsville talks resume, and a signing is pencilled in for Sunday."
    assert values(text, dt.date(2000, 10, 9))["Sunday"] == "2000-10-15"


def test_a_diary_entry_to_be_confirmed_lies_ahead() -> None:
    text = "Sunday: A signing ceremony at the naval base, TBC."
    assert values(text, dt.date(2000, 10, 9))["Sunday"] == "2000-10-15"


ONE_YEAR_ON = """ONE YEAR ON: the valley accord

A year ago today, elders and commanders signed a short accord in the valley town. Today
the accord is dead.

In late June last year the militants had announced a one-month ceasefire, and they
extended it twice over the summer. When the accord was signed on 5 September, it ran to a
page.

The first test came within weeks. On 30 October an air strike hit a school nearby.
"""


def test_a_piece_one_year_on_tells_its_story_in_the_year_before() -> None:
    found = values(ONE_YEAR_ON, dt.date(2007, 9, 5))
    assert found["A year ago today"] == "2006-09-05"
    assert (found["5 September"], found["30 October"]) == ("2006-09-05", "2006-10-30")


def test_today_said_in_a_paragraph_of_an_earlier_year_does_not_move_it() -> None:
    text = (
        "In 1989, the first crowds gathered at the church on Sept. 25, and today a plaque"
        " marks the door. On Oct. 9 some 70,000 people marched around the ring road."
    )
    assert values(text, dt.date(1990, 10, 2))["Oct. 9"] == "1989-10-09"
