"""What ceasefire set CQ (broadcast-monitoring digests) showed, fixed as a general rule and
checked here on text written for the test: each monitored item speaks of the day its
stamp gives, up to its 'Source:' line, not of the day the digest came out; and a place
or a movement named by a day ('the 22 May Stadium', 'the March 23 Movement') is no date."""

from __future__ import annotations

import datetime as dt

from viewer.core.temporal import tag

DIGEST = """VALLEY MEDIA DIGEST
Tuesday, 13 May 2008 | Items from 10 to 12 May

1. Valley TV, in Arabic 1800 gmt 10 May 08

Newsreader: The two sides signed the agreement this evening, and the guns fell silent.

Source: Valley TV, in Arabic 1800 gmt 10 May 08

2. River Radio, in Arabic 0900 gmt 11 May 08

Report: The streets have been quiet since yesterday, an official said today.

Source: River Radio, in Arabic 0900 gmt 11 May 08

BACKGROUND: The army said today that it would enter the district tomorrow.
"""


def test_a_monitored_item_speaks_of_the_day_it_went_out() -> None:
    found = [(e.text, e.value) for e in tag(DIGEST, dt.date(2008, 5, 13))]
    assert ("this evening", "2008-05-10TEV") in found
    assert ("yesterday", "2008-05-10") in found
    assert ("today", "2008-05-11") in found


def test_the_digest_itself_speaks_of_its_own_day() -> None:
    found = [(e.text, e.value) for e in tag(DIGEST, dt.date(2008, 5, 13))]
    assert ("today", "2008-05-13") in found
    assert ("tomorrow", "2008-05-14") in found


def test_a_place_or_movement_named_by_a_day_is_no_date() -> None:
    text = (
        "Radio reported a rally in the 22 May Stadium in Aden; crowds filled 26 July Square,"
        " and the March 23 Movement said the truce began on 23 July."
    )
    found = [(e.text, e.value) for e in tag(text, dt.date(1995, 12, 19))]
    assert found == [("23 July", "1995-07-23")]


def test_a_law_numbered_by_its_year_dates_no_event() -> None:
    text = "The government says Act 2 of 2000, the amnesty law, still applies to fighters."
    assert [(e.text, e.start) for e in tag(text, dt.date(2005, 1, 3))] == [("2000", None)]


def test_a_plan_named_by_its_span_of_years_dates_no_event() -> None:
    text = "It serves the donor's Casamance Strategy 2012-2016. Fighting in 2012-2013 was worst."
    found = [(e.text, e.start) for e in tag(text, dt.date(2014, 7, 28))]
    assert found == [("2012-2016", None), ("2012-2013", dt.date(2012, 1, 1))]
