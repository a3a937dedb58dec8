"""What ceasefire set CH (long-form retrospectives) showed on its first run, each fixed as a
general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

SUNDAY = dt.date(2008, 8, 17)


def test_n_years_on_after_a_day_of_that_year_tells_the_story_in_it() -> None:
    text = (
        "At 3 a.m. on 20 August 1988 the war was supposed to stop. Twenty years on, the men "
        "who watched the silence remember it.\n\nBy Colm Ridgeway\n\n"
        "On 18 July Iran wrote to the UN. He landed in Baghdad at dawn on Sunday and by "
        'Thursday was in Basra. He said, "Tonight, keep your head down."'
    )
    found = values(text, SUNDAY)
    assert found["18 July"] == "1988-07-18"
    assert found["dawn on Sunday"].startswith("1988-")
    assert found["Thursday"].startswith("1988-")
    assert found["Tonight"].startswith("1988-")
    # 'twenty years on' with no day of that year told is only a length of time
    assert values("Twenty years on, the men remember. On 18 July they met.", SUNDAY) == {
        "18 July": "2008-07-18"
    }
