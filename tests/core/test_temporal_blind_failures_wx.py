"""What held-out sets W and X (benchmarks/data/ceasefire_blind_w, _x) showed on their first
runs, each fixed as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

from viewer.core.ingest.pubdate import find_publication_date


def test_a_date_opening_the_story_with_a_dash_is_its_dateline() -> None:
    text = (
        "UN News Centre\n\nYemen: envoy welcomes truce\n\n19 November 2016 \u2013 The United "
        "Nations Special Envoy for Yemen has welcomed the 48-hour cessation of hostilities "
        "that began today at noon local time, and called on all parties to extend it.\n"
    )
    assert find_publication_date(text, "un_news.txt") == (dt.date(2016, 11, 19), "header-date")


def test_a_year_named_in_passing_does_not_set_the_season() -> None:
    text = (
        "The two towns have been besieged since early 2012. The Army of Conquest, which swept "
        "through most of Idlib province in the spring, now surrounds them."
    )
    assert values(text, dt.date(2015, 9, 25))["the spring"] == "2015-SP"


def test_talks_that_could_run_until_the_weekend_look_ahead() -> None:
    text = "A diplomat said the talks could run until the weekend and possibly into next week."
    assert values(text, dt.date(2015, 12, 15))["the weekend"] == "2015-W51-WE"


def test_an_attribution_in_the_next_paragraph_does_not_date_a_quotation() -> None:
    text = (
        'The spokesman said the door was open. "We will discuss it at the committee '
        'tomorrow," he said.\n\nOfficials said on Monday that 12 soldiers were killed.'
    )
    assert values(text, dt.date(2022, 11, 29))["tomorrow"] == "2022-11-30"
