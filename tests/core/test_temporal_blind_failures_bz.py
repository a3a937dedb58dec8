"""What ceasefire set BZ (field diaries and first-person dispatches) showed on its first run,
each fixed as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from viewer.core.temporal import tag


def placed(text: str, reference: dt.date) -> list[tuple[str, str]]:
    """Every expression the timeline places, in order, with its TIMEX3 value."""
    return [(e.text, e.value) for e in tag(text, reference) if e.anchored]


SUNDAY = dt.date(2020, 11, 22)


def test_a_diary_heading_with_a_place_or_an_hour_dates_its_entry() -> None:
    text = (
        "Typed up from my notebook.\n\n"
        "Day 4 - Monday 9 November, Goris\n"
        "The drivers say the town fell yesterday. Ani has fed 210 people tonight.\n\n"
        "Tuesday 10th, 02:10\n"
        'Ani said: "Today we lost everything."\n'
    )
    assert placed(text, SUNDAY) == [
        ("Monday 9 November", "2020-11-09"),
        ("yesterday", "2020-11-08"),
        ("tonight", "2020-11-09TNI"),
        ("Tuesday 10th", "2020-11-10"),
        ("Today", "2020-11-10"),
    ]


def test_short_weekday_and_figures_head_a_notebook_entry() -> None:
    text = (
        "Notes from Chechnya.\n\n"
        "Sat 17 Aug, Nazran.\n"
        "The fighters came into the city on the 6th.\n\n"
        "Tue 20.8, basement on Lenin Street.\n"
        "A woman told me this morning that they had to leave.\n"
    )
    assert placed(text, dt.date(1996, 10, 4)) == [
        ("17 Aug", "1996-08-17"),
        ("the 6th", "1996-08-06"),
        ("Tue 20.8", "1996-08-20"),
        ("this morning", "1996-08-20TMO"),
    ]


def test_a_letter_headed_with_its_place_and_day() -> None:
    text = (
        "Editor's note: the letter reached us late.\n\n"
        "Banda Aceh, Saturday 28 December\n\nYesterday the committee met.\n"
    )
    assert placed(text, dt.date(2003, 1, 14)) == [
        ("Saturday 28 December", "2002-12-28"),
        ("Yesterday", "2002-12-27"),
    ]


def test_a_day_heading_is_not_joined_to_the_clock_that_opens_its_entry() -> None:
    text = "Word came at dusk.\n\n23 August\nAt 12:00 the shelling did not stop. By 12:20 it had.\n"
    assert placed(text, dt.date(1996, 10, 4))[1:] == [
        ("23 August", "1996-08-23"),
        ("12:00", "1996-08-23T12:00"),
        ("12:20", "1996-08-23T12:20"),
    ]
    # in running text the day and its hour stay one expression
    wrapped = placed("The truce begins on Friday\nat 5 p.m. local time.", dt.date(1996, 10, 1))
    assert [value for _, value in wrapped] == ["1996-10-04T17:00"]


def test_a_section_in_capitals_ends_the_day_of_the_last_heading() -> None:
    text = (
        "Police log.\n\nSUNDAY, 01/03/93\n\n1:30 a.m. - A car was taken.\n\n"
        "THE YEAR IN NUMBERS\n\n"
        "The commanding officer told reporters on Tuesday that the truce held.\n"
    )
    found = dict(placed(text, dt.date(1993, 1, 7)))
    assert found["Tuesday"] == "1993-01-05"


def test_this_time_last_year_is_that_month() -> None:
    assert placed("This time last year I was in Delhi.", dt.date(2025, 5, 17)) == [
        ("This time last year", "2024-05")
    ]


MEMOIR = dt.date(2015, 3, 7)


def test_a_memoir_goes_on_in_the_year_it_named() -> None:
    text = (
        "I flew into Asmara on the last day of October 2000, with a Danish cook.\n\n"
        "On 14 November, a Tuesday, I wrote only: rain.\n\n"
        "The second agreement was signed in Algiers on 12 December. The next morning a "
        'farmer walked over and said: "Yesterday the big men signed. Today my oxen may not '
        'cross."\n\n'
        "Christmas was a tinned ham. Two days later a patrol found a mine.\n"
    )
    assert placed(text, MEMOIR) == [
        ("the last day of October 2000", "2000-10-31"),
        ("14 November", "2000-11-14"),
        ("12 December", "2000-12-12"),
        ("The next morning", "2000-12-13TMO"),
        ("Yesterday", "2000-12-12"),
        ("Today", "2000-12-13"),
        ("Christmas", "2000-12-25"),
        ("Two days later", "2000-12-27"),
    ]


def test_a_date_written_in_full_as_background_does_not_carry_the_next_paragraph() -> None:
    text = (
        "The statement was signed on November 9, 2020 by the three leaders.\n\n"
        "Pashinyan has blamed the peacekeepers. On December 22, he told a meeting that "
        "they had failed.\n"
    )
    found = dict(placed(text, dt.date(2023, 1, 10)))
    assert found["December 22"] == "2022-12-22"


def test_a_quotation_is_told_from_the_day_its_attribution_names() -> None:
    christmas = 'Dona Luisa told me on Christmas night, "Today nobody is running."'
    assert placed(christmas, dt.date(2017, 1, 8)) == [
        ("Christmas", "2016-12-25"),
        ("Today", "2016-12-25"),
    ]
    phoned = '"Today we ate rice," she told me by satellite phone on July 22.'
    assert placed(phoned, dt.date(2003, 8, 21)) == [
        ("Today", "2003-07-22"),
        ("July 22", "2003-07-22"),
    ]
