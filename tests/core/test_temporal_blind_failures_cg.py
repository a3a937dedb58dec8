"""What ceasefire set CG (updated and corrected stories) showed on its first run, each fixed as
a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

MONDAY = dt.date(1996, 9, 2)


def test_a_date_a_correction_takes_back_is_no_event() -> None:
    text = "The accord was signed early on Saturday, Aug. 31, not on Friday, Aug. 30."
    assert values(text, MONDAY) == {"early on Saturday, Aug. 31": "1996-08-31"}
    text = "(Corrects day of signing in paragraph 2 to Friday from Thursday)"
    assert values(text, MONDAY) == {"Friday": "1996-08-30"}


def test_a_second_quotation_goes_on_from_the_day_the_first_was_said() -> None:
    text = (
        'Zara was reached by telephone on Sunday. "Yesterday we heard on the radio that the war '
        'is finished," she said. "Today I believe it a little."'
    )
    found = values(text, MONDAY)
    assert (found["Yesterday"], found["Today"]) == ("1996-08-31", "1996-09-01")
