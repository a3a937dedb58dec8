"""What ceasefire set CD (weekly roundups) showed on its first run, each fixed as a general
rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

from viewer.core.ingest import find_publication_date
from viewer.core.temporal import tag

SATURDAY = dt.date(2025, 1, 18)


def test_a_weekday_inside_a_name_is_no_date() -> None:
    assert values("This is issue 203 of The Saturday Seven, the email.", SATURDAY) == {}
    assert values("THE SEVERN SUNDAY CHRONICLE\n\nThe truce held.", SATURDAY) == {}
    assert values("The Sunday Night Show aired the talks.", SATURDAY) == {}
    # a cable in capitals still dates its days, and a weekday before a part of the day
    cable = "1. CEASEFIRE NEGOTIATED IN CAIRO SUNDAY BETWEEN KING HUSSEIN AND ARAFAT."
    assert values(cable, SATURDAY) == {"SUNDAY": "2025-01-12"}
    assert values("On Sunday Morning the guns fell silent.", SATURDAY) == {
        "Sunday Morning": "2025-01-12TMO"
    }


def test_a_weekly_masthead_with_double_dashes_or_its_week_ending() -> None:
    text = "THE LEDGER\nVol. 104, No. 26 -- Thursday, June 29, 1989 -- Twenty-five cents\n\nNews.\n"
    assert find_publication_date(text, "a.txt")[0] == dt.date(1989, 6, 29)
    text = (
        "THE MERIDIAN\nVolume 61, Number 25 | Week ending Friday 20 June 2003 | \u00a32.80\n\n"
        "News.\n"
    )
    assert find_publication_date(text, "a.txt")[0] == dt.date(2003, 6, 20)


def test_a_past_clock_is_on_the_day_the_story_just_told() -> None:
    text = (
        "The paint plant exploded on Tuesday afternoon, killing six.\n\n"
        "Workers said the first alarm sounded at 3:12 p.m. and the roof fell at 3:45 p.m."
    )
    found = values(text, dt.date(1988, 11, 16))
    assert (found["3:12 p.m."], found["3:45 p.m."]) == ("1988-11-15T15:12", "1988-11-15T15:45")
    # after a midnight, the clocks are on the day that midnight began
    text = (
        "The truce took effect at midnight on Monday.\n\n"
        "Commanders met at 7 a.m. local time and agreed to hold their lines."
    )
    assert values(text, dt.date(2025, 7, 29))["7 a.m. local time"] == "2025-07-29T07:00"


def test_a_debate_record_cited_by_its_day_is_no_event() -> None:
    text = "Words are matched by deeds (Official Report, 25 June 1997; Vol. 296, c. 850)."
    assert values(text, dt.date(1997, 7, 21)) == {}
    assert values("The House last debated this on 25 June 1997.", dt.date(1997, 7, 21)) == {
        "25 June 1997": "1997-06-25"
    }


def test_a_sittings_header_date_is_no_event() -> None:
    text = (
        "EUROPEAN PARLIAMENT\nSitting of Wednesday 3 September 2008 | Strasbourg\n\n"
        "The ceasefire of 12 August holds."
    )
    found = [(e.text, e.anchored) for e in tag(text, dt.date(2008, 9, 3))]
    assert found == [("Wednesday 3 September 2008", False), ("12 August", True)]
