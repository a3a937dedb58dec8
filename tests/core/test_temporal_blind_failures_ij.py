"""What held-out sets I and J (benchmarks/data/ceasefire_blind_i, _j) showed on their first
runs, each fixed as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from viewer.core.temporal import tag


def values(text: str, reference: dt.date | None) -> dict[str, str]:
    return {e.text: e.value for e in tag(text, reference) if e.anchored}


def all_values(text: str, reference: dt.date | None) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in tag(text, reference) if e.anchored]


TICKER = """LIVE TICKER
Friday, 16 September 2022

17:45  Fresh shelling reported around the border town
18:04  Truce in force from 16:00, security service says
19:52  Border troops accuse the other side of firing at 19:20
21:47  Flights suspended until Monday
23:58  Curfew stays in force overnight
00:05  SATURDAY: Ceasefire holding along most of the line
07:30  Joint commission to meet today at 12:00
"""


def test_a_tickers_time_stamps_are_times_and_run_past_midnight() -> None:
    found = all_values(TICKER, dt.date(2022, 9, 16))
    assert ("17:45", "2022-09-16T17:45") in found
    assert ("16:00", "2022-09-16T16:00") in found
    assert ("19:20", "2022-09-16T19:20") in found
    assert ("23:58", "2022-09-16T23:58") in found
    assert ("00:05", "2022-09-17T00:05") in found
    # past midnight, 'today' is the new day
    assert ("today at 12:00", "2022-09-17T12:00") in found
    assert ("Monday", "2022-09-19") in found  # 'suspended until Monday' looks ahead


def test_a_clock_time_opening_a_single_line_is_no_stamp() -> None:
    assert values("14:30 was the final score in Tuesday's match.\n", dt.date(2022, 9, 16)) == {
        "Tuesday": "2022-09-13"
    }


NEWEST_FIRST = """Live updates

Saturday 17 September

00:30 GMT
Shelling has stopped, residents say.

23:50 GMT
Shelling went on this evening near the airport.
"""


def test_a_live_page_told_newest_first_steps_back_over_midnight() -> None:
    found = all_values(NEWEST_FIRST, dt.date(2022, 9, 17))
    assert ("00:30 GMT", "2022-09-17T00:30") in found
    assert ("23:50 GMT", "2022-09-16T23:50") in found


FACTBOX = """FACTBOX-Truces and talks in the war
January 6, 2023 10:41 AM GMT

* Feb 24 - Russian forces attack from the north, east and south.
* March 5 - Russia announces a local ceasefire around Mariupol.
* Dec 31 - An exchange of prisoners on New Year's Eve.
* Jan 5 - Putin orders a 36-hour Christmas ceasefire.
"""


def test_a_factbox_under_this_years_stamp_opens_in_last_year() -> None:
    found = values(FACTBOX, dt.date(2023, 1, 6))
    assert found["Feb 24"] == "2022-02-24"
    assert found["March 5"] == "2022-03-05"
    assert found["Dec 31"] == "2022-12-31"
    assert found["Jan 5"] == "2023-01-05"


def test_short_weekday_names_when_capitalised() -> None:
    text = "Fighting started Tues morning. Truce agreed Weds at the camp. Health kits on Thu."
    found = values(text, dt.date(2017, 6, 22))
    assert found["Tues morning"] == "2017-06-20TMO"
    assert found["Weds"] == "2017-06-21"
    assert found["Thu"] == "2017-06-22"
    assert values("tue and thu in lower case name no day.", dt.date(2017, 6, 22)) == {}


def test_short_week_in_a_thread() -> None:
    found = values("Convoys got through last wk. This wk we distribute food.", dt.date(2024, 7, 22))
    assert found == {"last wk": "2024-W29", "This wk": "2024-W30"}


def test_a_month_of_the_following_or_previous_year() -> None:
    text = (
        "The rebels seized the capital in September 2014. The resolution, adopted in April of "
        "the following year, demands a withdrawal."
    )
    assert values(text, dt.date(2016, 10, 18))["April of the following year"] == "2015-04"


def test_the_weekend_or_week_before_last() -> None:
    found = values(
        "The weekend before last was the real test. The week before last, talks stalled.",
        dt.date(2022, 4, 7),
    )
    assert found["The weekend before last"] == "2022-W12-WE"
    assert found["The week before last"] == "2022-W12"


def test_last_weekday_said_the_day_after_is_the_week_before() -> None:
    found = values("The offensive began last Wednesday with an air strike.", dt.date(2012, 11, 22))
    assert found["last Wednesday"] == "2012-11-14"
    assert values("Talks began last Monday.", dt.date(2012, 11, 22))["last Monday"] == "2012-11-19"


def test_a_range_naming_both_months_is_two_dates() -> None:
    # as TimeML tags 'from Aug. 26 to Oct. 20': the start and the end, each an event
    text = "Talks in Kuwait, which ran from April 21 to Aug. 6, ended without a deal."
    assert values(text, dt.date(2016, 10, 18)) == {"April 21": "2016-04-21", "Aug. 6": "2016-08-06"}
    one_month = values("Talks ran 11-12 May and between May 4 and 6.", dt.date(2016, 10, 18))
    assert one_month == {"11-12 May": "2016-05-11", "between May 4 and 6": "2016-05-04"}


def test_a_year_naming_a_plan_dates_no_event() -> None:
    text = "The 2017 Humanitarian Response Plan for Ukraine is 20% funded."
    assert values(text, dt.date(2017, 3, 3)) == {}


def test_a_short_month_name_after_early_mid_late_or_the_end_of() -> None:
    found = values(
        "Rubaya fell at the end of Apr, and talks begin in late Oct with Jan Egeland.",
        dt.date(2024, 7, 22),
    )
    assert found == {"the end of Apr": "2024-04", "late Oct": "2024-10"}
    assert values("He was shot dead last Oct. 23 at home.", dt.date(1999, 4, 19)) == {
        "Oct. 23": "1998-10-23"
    }


def test_the_publication_date_on_a_header_line_is_no_event() -> None:
    for header in (
        "NEWS TICKER\nBORDER FIGHTING\nFriday, 16 September 2022\n\n17:45  Fresh shelling\n",
        "FACTBOX-Truces\nSeptember 16, 2022 10:41 AM GMT\n\nThe truce held.",
        "Interview\n\nBishkek, 16 September 2022\n\nQ: What happened?",
        "Published: 16 September 2022\n\nThe truce held.",
    ):
        anchored = [e.text for e in tag(header, dt.date(2022, 9, 16)) if e.anchored]
        assert not [text for text in anchored if "September" in text], header
    # in a sentence, the same date is an event
    assert values("The truce began on 16 September 2022.", dt.date(2022, 9, 16)) == {
        "16 September 2022": "2022-09-16"
    }
