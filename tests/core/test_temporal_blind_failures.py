"""Date failures found on ceasefire reports the tagger had never seen, each on a new sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.temporal import tag

SATURDAY = dt.date(2024, 6, 15)


def found(sentence: str, reference: dt.date = SATURDAY) -> dict[str, tuple[str, str]]:
    return {e.text: (e.type.value, e.value) for e in tag(sentence, reference)}


def test_a_clock_time_later_in_the_day_just_timed_is_on_that_day() -> None:
    text = (
        "The two commanders spoke at 14:10 on Friday and agreed that all shelling would"
        " stop from 18:00 local time (15:00 GMT)."
    )
    times = found(text)
    assert times["14:10 on Friday"] == ("TIME", "2024-06-14T14:10")
    assert times["18:00 local time (15:00 GMT)"] == ("TIME", "2024-06-14T18:00")


def test_a_time_announced_for_later_stays_on_the_report_day() -> None:
    times = found("The army said on Friday it would halt its offensive by 6 a.m.")
    assert times["6 a.m."] == ("TIME", "2024-06-15T06:00")


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Envoys are due to meet again at noon on 18 June.", "noon on 18 June", "2024-06-18T12:00"),
        (
            "The pause ends at 6 p.m. on 20 June 2024, the UN said.",
            "6 p.m. on 20 June 2024",
            "2024-06-20T18:00",
        ),
    ],
)
def test_a_time_on_a_day_month_date_is_one_expression(
    sentence: str, phrase: str, value: str
) -> None:
    assert found(sentence) == {phrase: ("TIME", value)}


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The current truce is due to expire on the 17th.", "the 17th", "2024-06-17"),
        ("The militia pulled out of the town on the 12th.", "the 12th", "2024-06-12"),
        ("The next round of talks will open on the 3rd, mediators said.", "the 3rd", "2024-07-03"),
    ],
)
def test_a_bare_day_of_the_month_is_in_the_report_month(
    sentence: str, phrase: str, value: str
) -> None:
    assert found(sentence)[phrase] == ("DATE", value)


def test_an_ordinal_before_a_noun_is_no_day() -> None:
    assert found("Troops of the 24th Brigade moved into the town.") == {}


def test_the_early_hours_without_a_day_are_the_report_day() -> None:
    sentence = "Residents said militia fighters shelled the village in the early hours."
    assert found(sentence)["the early hours"] == ("TIME", "2024-06-15TMO")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # told in the past, in a report of the same day: the midnight that began it
        ("The truce took effect at midnight, and the guns fell silent.", "2024-06-15T00:00"),
        # still ahead: the midnight that ends the day
        ("The truce will take effect at midnight.", "2024-06-15T24:00"),
    ],
)
def test_midnight_on_the_report_day(sentence: str, value: str) -> None:
    assert found(sentence)["midnight"] == ("TIME", value)


def test_an_undated_release_places_yearless_dates_in_the_year_it_wrote_in_full() -> None:
    text = (
        "Joint Military Commission\nStatement\n4 March 2021\n\n"
        "Delegations met from 1 to 4 March in Cairo. They first met on 18 January and"
        " will meet again on Tuesday, 9 March."
    )
    values = {e.text: (e.value, e.anchored) for e in tag(text, None)}
    assert values["from 1 to 4 March"] == ("2021-03-01", True)
    assert values["18 January"] == ("2021-01-18", True)
    assert values["Tuesday, 9 March"] == ("2021-03-09", True)


def test_an_undated_text_without_a_full_date_keeps_yearless_dates_unplaced() -> None:
    (day,) = tag("Talks first met on 18 January in Cairo.", None)
    assert (day.value, day.anchored) == ("XXXX-01-18", False)


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # wire copy gives truce hours in military time, with or without GMT
        (
            "The truce took effect at 0600 local time (0300 GMT) on Friday.",
            "0600 local time (0300 GMT) on Friday",
            "2024-06-14T06:00",
        ),
        ("The ceasefire begins at 1800 local time.", "1800 local time", "2024-06-15T18:00"),
        (
            "At 2000 hours on Friday the guns fell silent.",
            "2000 hours on Friday",
            "2024-06-14T20:00",
        ),
        (
            "The pause ends at 1900 Damascus time on Sunday.",
            "1900 Damascus time on Sunday",
            "2024-06-16T19:00",
        ),
    ],
)
def test_military_clock_times(sentence: str, phrase: str, value: str) -> None:
    assert found(sentence) == {phrase: ("TIME", value)}


def test_a_year_is_still_a_year() -> None:
    assert found("Born in 1800, the town grew after the 1967 war.") == {
        "1800": ("DATE", "1800"),
        "1967": ("DATE", "1967"),
    }


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # a morning hour after a night named in the sentence is the next morning
        (
            "Shelling went on through Friday night until 5 a.m., residents said.",
            "5 a.m.",
            "2024-06-15T05:00",
        ),
        ("On Friday night at 11 p.m. the guns fell silent.", "11 p.m.", "2024-06-14T23:00"),
    ],
)
def test_a_clock_time_after_a_night(sentence: str, phrase: str, value: str) -> None:
    assert found(sentence)[phrase] == ("TIME", value)


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("It took effect at 12:00 noon on Monday.", "12:00 noon on Monday", "2024-06-10T12:00"),
        ("The truce ends at 12 midnight.", "12 midnight", "2024-06-15T24:00"),
    ],
)
def test_a_clock_said_with_noon_or_midnight_is_one_time(
    sentence: str, phrase: str, value: str
) -> None:
    assert found(sentence) == {phrase: ("TIME", value)}
