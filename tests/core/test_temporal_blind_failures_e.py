"""What held-out set E (benchmarks/data/ceasefire_blind_e) showed on its first run, each
fixed as a general rule and checked here on sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.temporal import tag


def values(text: str, reference: dt.date | None) -> dict[str, str]:
    return {e.text: e.value for e in tag(text, reference) if e.anchored}


LIVE_PAGE = """Fighting on the border: live updates

Last updated: 14 September 2022, 21:40 GMT

Wednesday 14 September

08:10 GMT
Diplomats said the Council will hold closed consultations on Thursday.

Tuesday 13 September

22:30 GMT
The alliance held an emergency video conference tonight.

18:45 GMT
The envoy spoke to both leaders this afternoon, officials said.

12:00 GMT
Shelling went on despite the truce Moscow announced this morning.
"""


def test_a_day_heading_sets_the_day_of_the_entries_under_it() -> None:
    found = values(LIVE_PAGE, dt.date(2022, 9, 14))
    assert found["tonight"] == "2022-09-13TNI"
    assert found["this afternoon"] == "2022-09-13TAF"
    assert found["this morning"] == "2022-09-13TMO"
    # 'will hold closed consultations': the adjective 'closed' is not the verb
    assert found["Thursday"] == "2022-09-15"


def test_a_date_inside_a_sentence_is_no_heading() -> None:
    text = "Report\n\nThe truce began on 13 September.\nShelling stopped this morning.\n"
    assert values(text, dt.date(2022, 9, 14))["this morning"] == "2022-09-14TMO"


CHRONOLOGY = """A chronology

2002
9 December - The agreement is signed in Geneva.

2003
March-April - Offices of the monitors are attacked by mobs.
17-18 May - Talks in Tokyo break down.

2005
February-May - Three more rounds of talks.
"""


def test_a_month_range_without_a_year_in_a_chronology_takes_the_heading_year() -> None:
    found = values(CHRONOLOGY, dt.date(2005, 12, 30))
    assert found["March-April"] == "2003-03"
    assert found["February-May"] == "2005-02"


@pytest.mark.parametrize(
    ("sentence", "phrase", "value", "last_day"),
    [
        (
            "Between February and May, three rounds were held.",
            "Between February and May",
            "2005-02",
            dt.date(2005, 5, 31),
        ),
        (
            "Shelling went on from October to January.",
            "from October to January",
            "2004-10",
            dt.date(2005, 1, 31),
        ),
    ],
)
def test_a_month_range_with_its_lead_but_no_year(
    sentence: str, phrase: str, value: str, last_day: dt.date
) -> None:
    (found,) = [e for e in tag(sentence, dt.date(2005, 12, 30)) if e.text == phrase]
    assert (found.value, found.end) == (value, last_day)


def test_two_months_joined_by_and_stay_two_months() -> None:
    found = values("Prices rose in March and April.", dt.date(2005, 12, 30))
    assert found == {"March": "2005-03", "April": "2005-04"}


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        (
            "Troops were sent onto the streets twenty-five years ago this month.",
            "twenty-five years ago this month",
            "1969-08",
        ),
        ("Thirty years ago today, the truce was signed.", "Thirty years ago today", "1964-08-31"),
        ("Two weeks ago today the talks began.", "Two weeks ago today", "1994-08-17"),
    ],
)
def test_so_long_ago_this_month_or_today(sentence: str, phrase: str, value: str) -> None:
    assert values(sentence, dt.date(1994, 8, 31))[phrase] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council recalled resolution 2418 (2018) of 31 May on sanctions.",
        "It recalled resolutions 2206 (2015), 2290 (2016) and 2428 (2018).",
    ],
)
def test_the_year_of_a_resolution_is_part_of_its_name(sentence: str) -> None:
    found = values(sentence, dt.date(2018, 7, 3))
    assert not [text for text in found if text.isdigit()]


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Shelling began at dawn, residents said.", "dawn", "1994-08-31TMO"),
        ("The Prime Minister spoke outside Number 10 at lunchtime.", "lunchtime", "1994-08-31TMI"),
        ("Fighting resumed at dusk on Friday.", "dusk on Friday", "1994-08-26TEV"),
        ("Talks are due to start at lunchtime on Friday.", "lunchtime on Friday", "1994-09-02TMI"),
    ],
)
def test_parts_of_a_day_named_by_the_light_or_a_meal(
    sentence: str, phrase: str, value: str
) -> None:
    assert values(sentence, dt.date(1994, 8, 31))[phrase] == value


def test_dawn_prayers_are_no_time() -> None:
    assert values("They attacked after dawn prayers.", dt.date(1994, 8, 31)) == {}


def test_a_day_to_come_does_not_carry_into_a_past_part_of_today() -> None:
    text = (
        "The loyalists will consider the question on Saturday. "
        "The Prime Minister spoke outside Number 10 at lunchtime."
    )
    assert values(text, dt.date(1994, 8, 31))["lunchtime"] == "1994-08-31TMI"


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The deadline for the first of them runs out on Tuesday.", "Tuesday", "2019-01-08"),
        ("The truce lapses on Friday unless it is renewed.", "Friday", "2019-01-11"),
    ],
)
def test_a_schedule_in_the_present_looks_ahead(sentence: str, phrase: str, value: str) -> None:
    assert values(sentence, dt.date(2019, 1, 7))[phrase] == value
