"""What held-out set BS (benchmarks/data/ceasefire_blind_bs: the Horn of Africa and the
Sahel) showed on its first run, each fixed as a general rule and checked here on text
written for the test. Its Ethiopian, Persian and Hijri dates are tested in
test_temporal_other_calendars.py."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

TUESDAY = dt.date(2024, 3, 26)


def test_a_slashed_day_and_month_after_a_preposition() -> None:
    text = "Shelling in the early morning of 14/03 displaced 1,350 households."
    assert values(text, TUESDAY) == {"14/03": "2024-03-14"}
    assert values("Eid is expected on or around 10/04.", TUESDAY) == {"10/04": "2024-04-10"}
    # two days of a month named after them are no day and month
    text = "On the night of 11/12 October, a group crossed the line."
    assert values(text, TUESDAY) == {"12 October": "2023-10-12"}


def test_a_text_that_writes_day_first_is_read_day_first() -> None:
    text = "Shelling on 14/03 displaced families. The Jeddah Declaration of 11/05/2023 held."
    assert values(text, TUESDAY)["11/05/2023"] == "2023-05-11"
    # without such evidence, the reading nearer the report wins
    assert values("The Jeddah Declaration of 11/05/2023 held.", TUESDAY) == {
        "11/05/2023": "2023-11-05"
    }
