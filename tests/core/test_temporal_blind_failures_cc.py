"""What ceasefire set CC (notices, alerts and advisories) showed on its first run, each fixed
as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

ISSUED = dt.date(2025, 5, 12)


def test_military_time_in_zulu_takes_the_day_after_it() -> None:
    assert values("The NOTAM runs until 2359Z on 23 May.", ISSUED) == {
        "2359Z on 23 May": "2025-05-23T23:59"
    }
    assert values("The notice will be reviewed at 0600Z on 16 May.", ISSUED) == {
        "0600Z on 16 May": "2025-05-16T06:00"
    }


def test_a_local_clock_takes_the_day_after_it() -> None:
    text = "The truce was due to start at 08:00 local on 26 October."
    assert values(text, dt.date(2020, 11, 12)) == {"08:00 local on 26 October": "2020-10-26T08:00"}
    text = "No pilotage since 0800 local (0400Z) on 13 Aug."
    assert values(text, dt.date(2008, 8, 20)) == {
        "0800 local (0400Z) on 13 Aug.": "2008-08-13T08:00"
    }


def test_an_abbreviated_month_with_its_stop_after_a_clock() -> None:
    assert values("Talks at 08:00 on 13 Aug. ended.", dt.date(2008, 8, 20)) == {
        "08:00 on 13 Aug.": "2008-08-13T08:00"
    }
    # figures with stops are still day first
    assert values("Talks at 10:00 on 18.10.2016 ended.", dt.date(2016, 10, 20)) == {
        "10:00 on 18.10.2016": "2016-10-18T10:00"
    }
