"""What held-out sets Q and R (benchmarks/data/ceasefire_blind_q, _r) showed on their first
runs, each fixed as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from viewer.core.temporal import tag


def values(text: str, reference: dt.date | None) -> dict[str, str]:
    return {e.text: e.value for e in tag(text, reference) if e.anchored}


def test_a_clock_time_tomorrow_in_a_quotation_is_the_speakers_tomorrow() -> None:
    text = '"As of 2 a.m. tomorrow, Israel will hold its fire," he said on Saturday night.'
    assert values(text, dt.date(2009, 1, 18))["2 a.m. tomorrow"] == "2009-01-18T02:00"


def test_a_weekday_after_the_same_weekday_told_is_the_next_one() -> None:
    text = "The court heard arguments last Friday and will resume the hearing on Friday."
    assert values(text, dt.date(2008, 8, 20))["Friday"] == "2008-08-22"


def test_since_the_start_of_the_year_is_this_year() -> None:
    text = (
        "The truce of 23 March 2008 failed. Integration of fighters has been going on "
        "since the start of the year."
    )
    assert values(text, dt.date(2009, 3, 24))["the start of the year"] == "2009"


def test_a_plan_hoped_for_looks_ahead() -> None:
    text = "Israel hoped to send 90 trucks through the crossing on Monday."
    assert values(text, dt.date(2009, 1, 18)) == {"Monday": "2009-01-19"}


def test_a_year_in_a_capitalised_code_is_a_name() -> None:
    assert values("The two leaders toured the MAKS-2019 air show.", dt.date(2019, 8, 30)) == {}
    assert values("Fighting eased in mid-2019.", dt.date(2019, 8, 30)) == {"mid-2019": "2019"}


def test_a_yearless_date_near_the_day_just_told_keeps_its_year() -> None:
    text = (
        "Thousands were executed between 13 and 17 July 1995 at the farm. On 16 July, a "
        "corridor was opened near Baljkovica."
    )
    assert values(text, dt.date(2001, 8, 2))["16 July"] == "1995-07-16"


def test_a_yearless_date_far_from_the_day_told_is_read_from_the_report() -> None:
    text = "The first truce was signed on 12 July 1995. Talks resumed on 3 March, officials said."
    assert values(text, dt.date(2001, 8, 2))["3 March"] == "2001-03-03"


def test_a_fortnight_today_and_a_week_tomorrow() -> None:
    found = values(
        "The forum holds its first session a fortnight today; the envoys meet a week tomorrow.",
        dt.date(1994, 10, 14),
    )
    assert found == {"a fortnight today": "1994-10-28", "a week tomorrow": "1994-10-22"}


def test_a_quotation_after_its_day_and_speaker() -> None:
    text = 'Speaking by telephone on Monday evening, he said: "Yesterday they shelled Yei."'
    assert values(text, dt.date(2017, 5, 23))["Yesterday"] == "2017-05-21"
