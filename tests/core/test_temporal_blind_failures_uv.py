"""What held-out sets U and V (benchmarks/data/ceasefire_blind_u, _v) showed on their first
runs, each fixed as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

from viewer.core.temporal import tag


def test_what_failed_or_was_refused_on_a_weekday_lies_behind() -> None:
    text = "Parliament, which failed to meet on Saturday for lack of a quorum, convenes again soon."
    assert values(text, dt.date(2008, 3, 31))["Saturday"] == "2008-03-29"
    assert values("They refused to sign on Friday.", dt.date(2008, 3, 31)) == {
        "Friday": "2008-03-28"
    }
    # while an agreement to meet still looks ahead
    assert values("They agreed to meet on Friday.", dt.date(2008, 3, 31)) == {
        "Friday": "2008-04-04"
    }


def test_the_first_or_last_day_of_a_month_is_that_day() -> None:
    found = values(
        "Talks opened on the first day of March; the truce ends on the last day of April.",
        dt.date(2008, 3, 31),
    )
    assert found == {"the first day of March": "2008-03-01", "the last day of April": "2008-04-30"}


def test_the_last_days_of_a_month_are_its_end() -> None:
    (found,) = [e for e in tag("In the last days of April, fighting raged.", dt.date(2008, 5, 31))]
    assert (found.text, found.value, found.start) == (
        "the last days of April",
        "2008-04",
        dt.date(2008, 4, 21),
    )
