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
