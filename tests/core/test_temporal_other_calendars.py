"""Dates of other calendars the press writes in: the Ethiopian ('Hamle 1, 2010 E.C.'), the
Persian solar ('23 Khordad 1404') and the lunar Hijri ('28 Sha'ban 1446 AH'). Each is placed
on its Gregorian day, in the year given or, without one, the year of that calendar nearest
the report in the tense of its sentence."""

from __future__ import annotations

import datetime as dt

import pytest
from tagging_helpers import all_values, values


@pytest.mark.parametrize(
    ("sentence", "reference", "expected"),
    [
        # Ethiopian, month first; the year 2010 E.C. ran from September 2017
        ("Abiy flew to Asmara on Hamle 1, 2010 E.C.", dt.date(2018, 9, 13), "2018-07-08"),
        ("The committee met on Ginbot 28.", dt.date(2018, 9, 13), "2018-06-05"),
        ("Meskel falls on Meskerem 17.", dt.date(2018, 9, 13), "2018-09-27"),
        ("The deal was signed on Tikimt 23, 2015 E.C.", dt.date(2022, 11, 5), "2022-11-02"),
        # Persian solar, day first; 1404 began on 21 March 2025
        ("The war began on 23 Khordad, when jets struck.", dt.date(2025, 6, 25), "2025-06-13"),
        ("The truce took effect on 29 Mordad 1367.", dt.date(2025, 6, 25), "1988-08-20"),
        ("On 1 Tir, bombers struck the plants.", dt.date(2025, 6, 25), "2025-06-22"),
        # Hijri, day first, by the Umm al-Qura tables
        ("The remains were handed over on 28 Sha'ban.", dt.date(2025, 3, 18), "2025-02-27"),
        ("The truce began on 1 Shawwal 1444 AH.", dt.date(2023, 5, 1), "2023-04-21"),
    ],
)
def test_a_date_of_another_calendar_is_its_gregorian_day(
    sentence: str, reference: dt.date, expected: str
) -> None:
    assert list(values(sentence, reference).values()) == [expected]


def test_a_weekday_or_part_of_the_day_before_such_a_date_is_no_second_event() -> None:
    reference = dt.date(2025, 6, 25)
    text = "The war began at dawn on 23 Khordad. Ministers met in Jeddah on Friday 7 Ramadan."
    assert values(text, reference) == {"23 Khordad": "2025-06-13", "7 Ramadan": "2025-03-07"}
    assert all_values(text, reference)["dawn"] == "XXXX-XX-XXTMO"


def test_a_month_name_in_lower_case_or_no_such_day_is_no_date() -> None:
    reference = dt.date(2025, 6, 25)
    assert values("He gave 23 mehr to the fund.", reference) == {}
    # the Ethiopian thirteenth month has five or six days
    assert values("It ended on Pagume 9.", reference) == {}


def test_a_gregorian_twin_in_brackets_is_the_one_event() -> None:
    text = "The Algiers Agreement followed on Tahsas 3, 1993 E.C. (December 12, 2000)."
    reference = dt.date(2018, 9, 13)
    assert values(text, reference) == {"December 12, 2000": "2000-12-12"}
    assert all_values(text, reference)["Tahsas 3, 1993 E.C."] == "2000-12-12"
