"""What held-out set F (benchmarks/data/ceasefire_blind_f) showed on its first run, each
fixed as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from viewer.core.temporal import tag


def values(text: str, reference: dt.date | None) -> dict[str, str]:
    return {e.text: e.value for e in tag(text, reference) if e.anchored}


def test_a_holiday_ending_a_headline_is_not_part_of_a_name_on_the_next_line() -> None:
    text = (
        "Warlords agree to erase front line; truce to start on New Year's Day\n\n"
        "MOGADISHU, Dec. 29 - The two militia leaders walked across the line on Monday."
    )
    assert values(text, dt.date(1992, 12, 29))["New Year's Day"] == "1993-01-01"


def test_two_months_listed_with_and_are_not_one_range() -> None:
    text = (
        "The envoy revived talks in Geneva in December 2018 and March 2019, and had "
        "resigned in May of that year."
    )
    found = values(text, dt.date(2021, 9, 6))
    assert found["December 2018"] == "2018-12"
    assert found["March 2019"] == "2019-03"
    assert found["May of that year"] == "2019-05"


def test_a_day_of_the_month_just_named_takes_its_year() -> None:
    text = (
        "Then came last November. On 13 November, troops moved in to reopen the road. "
        "The next day the front declared the truce over."
    )
    found = values(text, dt.date(2021, 9, 6))
    assert found["13 November"] == "2020-11-13"
    assert found["The next day"] == "2020-11-14"


RETROSPECTIVE = """Published 21 February 2003

The column moved out before first light on Friday, February 22, 2002. At 4 a.m. two
hundred soldiers marched out of their bivouac and walked east in single file.

The rebel leader had fought the government since independence in 1975. By early 2002 he
was ill and moving on foot with a shrinking band of followers, his supply lines cut and
his allies gone. Villages that had fed his men for decades had been emptied by the army's
sweeps, and the rains made every river a barrier. Diplomats in the capital had stopped
asking whether he would be caught and had begun to ask what would follow when he was.

By dawn the soldiers had found fresh tracks. A woman who had been seized by the rebels
the week before had slipped away in the night. At about 10 a.m. the column crossed a
stream that the rebels had crossed the previous evening. Shortly after 1 p.m. the lead
section made contact. That evening, state radio announced his death.

On March 13 the government announced that it was halting offensive operations. By the
end of June some 85,000 fighters had gathered in camps.
"""


def test_a_retrospective_goes_on_with_the_day_it_retells() -> None:
    found = values(RETROSPECTIVE, dt.date(2003, 2, 21))
    assert found["dawn"] == "2002-02-22TMO"
    assert found["about 10 a.m."] == "2002-02-22T10:00"
    # a glance back does not move the story's day
    assert found["the previous evening"] == "2002-02-21TEV"
    assert found["1 p.m."] == "2002-02-22T13:00"
    assert found["That evening"] == "2002-02-22TEV"
    assert found["the week before"] == "2002-W07"


def test_a_retrospective_places_later_yearless_dates_in_its_own_year() -> None:
    found = values(RETROSPECTIVE, dt.date(2003, 2, 21))
    assert found["March 13"] == "2002-03-13"
    assert found["the\nend of June"] == "2002-06"


def test_a_report_of_recent_days_still_drops_back_to_its_own_day() -> None:
    text = (
        "Fighting broke out on Sunday evening along the border, officials said. "
        + "Aid groups counted the displaced in dozens of villages. " * 6
        + "Army commanders met at 7 a.m. local time and agreed to stop troop movements."
    )
    assert values(text, dt.date(2025, 7, 29))["7 a.m. local time"] == "2025-07-29T07:00"


def test_a_month_later_counts_from_the_day_told_not_a_year_named_in_passing() -> None:
    text = (
        "Then came last November. On 13 November troops reopened the road. The next day "
        "the front declared the "
        "1991 ceasefire over. Less than a month later, on 10 December, Washington "
        "recognised the annexation."
    )
    found = values(text, dt.date(2021, 9, 6))
    assert found["Less than a month later"] == "2020-12"
    assert found["10 December"] == "2020-12-10"


def test_the_previous_or_following_month_counts_from_the_story() -> None:
    text = (
        "I landed in Laayoune in the spring of 1992. The ceasefire had taken effect the "
        "previous September. Talks were agreed in March 1995 and collapsed the following "
        "January."
    )
    found = values(text, dt.date(2021, 9, 6))
    assert found["the previous September"] == "1991-09"
    assert found["the following January"] == "1996-01"
