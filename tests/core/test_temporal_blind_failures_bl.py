"""What held-out set BL (benchmarks/data/ceasefire_blind_bl: situation reports, weekly
digests, monitoring logs, security advisories and week-ahead boxes) showed on its first run,
each fixed as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

from viewer.core.temporal import tag

# A Sunday newsletter's 'week ahead' box.
SUNDAY = dt.date(2026, 2, 15)


def test_a_weekday_with_its_day_of_the_month_in_a_diary() -> None:
    text = (
        "- Mon 16: Doha. Fourth round of talks.\n"
        "- Wed 18: New York. Council briefing.\n"
        "- Friday the 20th: deadline for the first exchange.\n"
    )
    assert values(text, SUNDAY) == {
        "Mon 16": "2026-02-16",
        "Wed 18": "2026-02-18",
        "Friday the 20th": "2026-02-20",
    }


def test_a_diary_range_runs_from_its_first_day_to_its_last() -> None:
    (expression,) = [e for e in tag("- Tue 17 - Thu 19: Geneva. Talks.", SUNDAY) if e.anchored]
    assert (expression.value, expression.start, expression.end) == (
        "2026-02-17",
        dt.date(2026, 2, 17),
        dt.date(2026, 2, 19),
    )


def test_a_weekday_and_a_number_that_never_agree_nearby_read_as_the_weekday() -> None:
    # 16 February 2026 is a Monday; the nearest Tuesday the 16th is two months away, so
    # 'Tue 16' keeps what the weekday alone says, as 'Tuesday' would.
    assert values("On Tue 16 the talks opened.", SUNDAY) == {"Tue 16": "2026-02-10"}
    assert values("They sat 3 hours in the sun.", SUNDAY) == {}


def test_the_week_a_digest_counts_up_to_and_the_week_commencing() -> None:
    reference = dt.date(2022, 7, 26)  # a Tuesday
    assert values("Monitors recorded 87 events in the week to Sunday.", reference) == {
        "the week to Sunday": "2022-W29"
    }
    assert values("A meeting is expected in Amman w/c 25 July.", reference) == {
        "w/c 25 July": "2022-W30"
    }
    # 'the week ended Nov. 15' is two expressions, as TimeBank marks them
    found = values("For the week ended Nov. 15, prices rose.", dt.date(1991, 11, 19))
    assert found == {"Nov. 15": "1991-11-15"}


def test_a_weekday_and_a_number_that_counts_something_are_no_calendar_day() -> None:
    found = values("Jets bombed two villages on Saturday, 4 dead.", SUNDAY)
    assert found == {"Saturday": "2026-02-14"}
    found = values("On Monday, the 20th anniversary, veterans met.", SUNDAY)
    assert found == {"Monday": "2026-02-09"}
    found = values("Strikes hit again on Wednesday.\n\n5 people died.", SUNDAY)
    assert found == {"Wednesday": "2026-02-11"}


def test_a_weekday_with_its_day_in_a_memoir_is_near_the_day_told() -> None:
    text = "The Israelis crossed on 15 March 1978. On Sunday the 19th the Security Council met."
    assert values(text, dt.date(2003, 4, 10))["Sunday the 19th"] == "1978-03-19"


def test_a_logged_day_and_month_with_its_clock_time() -> None:
    text = "| OBS-01 | 11/08 06:15 | Chong Chom | Small-arms fire |\n| OBS-02 | 14/08 | drone |"
    assert values(text, dt.date(2025, 8, 18)) == {"11/08": "2025-08-11", "14/08": "2025-08-14"}


def test_a_military_clock_with_its_hrs_and_day() -> None:
    text = "The advisory is valid until 2359hrs on Sunday 9 September unless superseded."
    assert values(text, dt.date(2018, 9, 6)) == {
        "2359hrs on Sunday 9 September": "2018-09-09T23:59"
    }
