"""What ceasefire set CO (incident logs and tables in figures) showed, each fixed as a
general rule and checked here on text written for the test: a day and month in figures
with one digit, read in the order the weekday beside it or the rest of the text settles;
and a desk's notes in prose tell of events, where numbered source notes do not."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values


def test_a_weekday_settles_a_day_first_pair() -> None:
    text = "Sun 4/3\nTruce extended by 72 hours.\nTues 6/3\nConvoy through."
    found = values(text, dt.date(2012, 3, 7))
    assert (found["Sun 4/3"], found["Tues 6/3"]) == ("2012-03-04", "2012-03-06")


def test_a_weekday_settles_a_month_first_pair() -> None:
    text = "The airlift is set for Thursday 6/22, if the airport stays open."
    assert values(text, dt.date(2000, 6, 20))["Thursday 6/22"] == "2000-06-22"


def test_a_log_that_writes_month_first_reads_its_short_pairs_so() -> None:
    text = (
        "Row 3. Shelling resumed on 06/05/2000 and again on 06/14/2000.\n"
        "Deaths in the six days from 6/5 to 6/10 passed 700."
    )
    found = values(text, dt.date(2000, 6, 20))
    assert (found["6/5"], found["6/10"]) == ("2000-06-05", "2000-06-10")


def test_a_day_first_log_keeps_a_count_out() -> None:
    text = "The convoy was stopped on 28/05 and on 30/05.\nThe guards work 24/7 on 12/13 cases."
    assert values(text, dt.date(2013, 6, 4)) == {"28/05": "2013-05-28", "30/05": "2013-05-30"}


def test_fractions_and_names_are_no_days() -> None:
    text = "It passed by 2/3 majority. Since 9/11 much changed. The depot is open 24/7."
    assert values(text, dt.date(2013, 6, 4)) == {}


def test_a_post_count_after_a_weekday_is_no_date() -> None:
    text = "Abiy is due to receive them on Friday. 5/14"
    assert values(text, dt.date(2020, 11, 24)) == {"Friday": "2020-11-27"}


FILLER = "The desk tracks the fighting along the river, row by row, as reports come in.\n" * 12


def test_a_desks_notes_in_prose_tell_of_events() -> None:
    text = (
        FILLER + "NOTES\n(b) The unilateral ceasefire of 06/08/2000 did not stop the shelling.\n"
        "\nOUTLOOK\nA fourth round is unlikely before the end of the month.\n"
    )
    found = values(text, dt.date(2000, 6, 20))
    assert (found["06/08/2000"], found["the end of the month"]) == ("2000-06-08", "2000-06")


def test_numbered_source_notes_date_no_events() -> None:
    text = (
        FILLER + "Notes\n(1) ETA communique, 28 November 1999, published in Gara.\n"
        "(2) Radio interview, 4 January 2000.\n"
    )
    assert values(text, dt.date(2000, 3, 1)) == {}


def test_a_month_range_that_is_a_quarter_or_half_takes_its_value() -> None:
    text = (
        "Reporting period: January to June 2014. In October-December 1997 the clinic"
        " reopens. From March to June 2015 it rained."
    )
    found = values(text, dt.date(2014, 7, 28))
    assert found["January to June 2014"] == "2014-H1"
    assert found["October-December 1997"] == "1997-Q4"
    assert found["From March to June 2015"] == "2015-03"
