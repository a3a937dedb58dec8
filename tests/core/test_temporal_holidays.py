"""Holidays that ceasefires are named after: Eid and Ramadan move with the Hijri calendar."""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.model import TimeExpression
from viewer.core.temporal import tag


def one(sentence: str, phrase: str, reference: dt.date | None) -> TimeExpression:
    (expression,) = [e for e in tag(sentence, reference) if e.text == phrase]
    return expression


@pytest.mark.parametrize(
    ("sentence", "phrase", "reference", "value"),
    [
        # announced a week ahead in the past tense: the coming Eid, not last year's
        (
            "The Taliban announced a three-day ceasefire over Eid al-Fitr.",
            "Eid al-Fitr",
            dt.date(2018, 6, 7),
            "2018-06-15",
        ),
        (
            "Both sides said they would halt fire for Eid al-Adha.",
            "Eid al-Adha",
            dt.date(2024, 6, 1),
            "2024-06-16",
        ),
        (
            "Moscow ordered a truce for Orthodox Christmas.",
            "Orthodox Christmas",
            dt.date(2023, 1, 5),
            "2023-01-07",
        ),
        (
            "The truce over Orthodox Easter was short.",
            "Orthodox Easter",
            dt.date(2023, 4, 20),
            "2023-04-16",
        ),
    ],
)
def test_a_holiday_is_its_nearest_day_in_the_tense(
    sentence: str, phrase: str, reference: dt.date, value: str
) -> None:
    e = one(sentence, phrase, reference)
    assert (e.value, e.start, e.end) == (value, dt.date.fromisoformat(value), e.start)


def test_ramadan_is_the_whole_month() -> None:
    e = one("Air strikes fell sharply during Ramadan.", "Ramadan", dt.date(2024, 4, 20))
    assert (e.value, e.start, e.end) == ("2024-03-11", dt.date(2024, 3, 11), dt.date(2024, 4, 9))


def test_ramadan_under_way_is_this_one_even_in_the_future_tense() -> None:
    e = one("Fighters will observe a truce during Ramadan.", "Ramadan", dt.date(2024, 3, 14))
    assert e.start == dt.date(2024, 3, 11)


def test_a_holiday_beside_the_date_it_names_is_not_a_second_event() -> None:
    text = "Sept. 12 - The truce begins at sundown, as Muslims mark the Eid al-Adha holiday."
    found = {e.text: e for e in tag(text, dt.date(2016, 9, 30))}
    assert found["Sept. 12"].anchored
    assert not found["Eid al-Adha"].anchored
    assert found["Eid al-Adha"].value == "2016-09-12"


def test_lower_case_ramadan_words_are_left_alone() -> None:
    assert [e.text for e in tag("a ramadan lantern", dt.date(2024, 3, 14))] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Sheikh Said Ramadan al-Buti, a senior cleric, was killed in the blast.",
        "Ramadan Shallah said the group would respect the truce.",
        "The preacher Tariq Ramadan spoke in Geneva.",
        "The fleet sailed on towards Easter Island.",
    ],
)
def test_people_and_places_named_after_holidays_are_not_dates(sentence: str) -> None:
    assert [e.text for e in tag(sentence, dt.date(2013, 3, 21))] == []


def test_a_ramadan_truce_is_still_ramadan() -> None:
    e = one("The Ramadan truce held in most towns.", "Ramadan", dt.date(2013, 3, 21))
    assert e.value == "2012-07-20"  # the last one, in a past-tense sentence


@pytest.mark.parametrize(
    ("sentence", "phrase", "reference", "value"),
    [
        (
            "Both campaigns will keep up the pressure from now until Election Day.",
            "Election Day",
            dt.date(2024, 10, 20),
            "2024-11-05",
        ),
        ("The PKK declared its ceasefire at Nowruz.", "Nowruz", dt.date(2013, 3, 25), "2013-03-21"),
    ],
)
def test_fixed_rule_holidays(sentence: str, phrase: str, reference: dt.date, value: str) -> None:
    assert one(sentence, phrase, reference).value == value


def test_a_holiday_takes_the_year_named_just_after_it() -> None:
    text = "The last such truce, over Orthodox Christmas in January 2023, collapsed within hours."
    assert one(text, "Orthodox Christmas", dt.date(2025, 4, 20)).value == "2023-01-07"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Russia's 30-hour Easter truce expired at midnight Sunday.", "Easter"),
        ("Hamas rejected a Ramadan ceasefire proposed by Egypt.", "Ramadan"),
        ("The Christmas truce held along most of the front.", "Christmas"),
    ],
)
def test_a_holiday_naming_a_truce_is_not_when_anything_happened(sentence: str, phrase: str) -> None:
    expression = one(sentence, phrase, dt.date(2025, 4, 21))
    assert expression.type == "DATE" and not expression.anchored


def test_the_holiday_itself_still_dates_its_sentence() -> None:
    expression = one("Churches were full over Easter.", "Easter", dt.date(2025, 4, 22))
    assert (expression.value, expression.anchored) == ("2025-04-20", True)
