"""Date failures found on a second held-out set of ceasefire reports, each on a new sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.model import Document
from viewer.core.pipeline import analyse
from viewer.core.temporal import tag

SATURDAY = dt.date(2024, 6, 15)


def found(sentence: str, reference: dt.date = SATURDAY) -> dict[str, tuple[str, str]]:
    return {e.text: (e.type.value, e.value) for e in tag(sentence, reference)}


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "The truce took effect at 6pm local time (1600 BST) on Friday.",
            "6pm local time (1600 BST) on Friday",
        ),
        (
            "Shelling was to stop at 18:00 (16:00 CET) on Friday, the ministry said.",
            "18:00 (16:00 CET) on Friday",
        ),
        (
            "The pause began at 6 p.m. (1300 EDT) on Friday, two hours late.",
            "6 p.m. (1300 EDT) on Friday",
        ),
        (
            "Guns fell silent at 6pm Moscow time (15:00 UTC) on Friday.",
            "6pm Moscow time (15:00 UTC) on Friday",
        ),
        (
            "The ceasefire came into force at 6pm local time (GMT+2) on Friday.",
            "6pm local time (GMT+2) on Friday",
        ),
        (
            "Firing stopped at 6pm (1830 IST) on Friday along the Line of Control.",
            "6pm (1830 IST) on Friday",
        ),
        (
            "Both sides held fire from 6 p.m. (3 p.m. PKT) on Friday.",
            "6 p.m. (3 p.m. PKT) on Friday",
        ),
    ],
)
def test_a_clock_time_with_a_bracketed_zone_keeps_the_day_after_it(
    sentence: str, phrase: str
) -> None:
    times = found(sentence)
    assert times[phrase] == ("TIME", "2024-06-14T18:00")
    assert "Friday" not in times  # one expression, not a time on Saturday and a Friday


def test_a_bracket_that_names_no_zone_is_not_part_of_the_time() -> None:
    times = found("The truce took effect at 6pm (Reuters) on Friday.")
    assert times["6pm"] == ("TIME", "2024-06-15T18:00")
    assert times["Friday"] == ("DATE", "2024-06-14")


@pytest.mark.parametrize(
    ("later", "phrase", "value"),
    [
        (
            "The court struck it down on October 14 of that year.",
            "October 14 of that year",
            "2008-10-14",
        ),
        ("Talks broke down in March of that year.", "March of that year", "2008-03"),
        (
            "Rebels quit the deal on 3 November of the same year.",
            "3 November of the same year",
            "2008-11-03",
        ),
        ("It had collapsed by the end of that year.", "the end of that year", "2008"),
        ("Fighting resumed later that year.", "later that year", "2008"),
    ],
)
def test_of_that_year_is_the_year_the_story_last_wrote_in_full(
    later: str, phrase: str, value: str
) -> None:
    text = "The Abuja accord was signed in August 2008. " + later
    assert found(text, dt.date(2021, 3, 3))[phrase][1] == value


def test_of_that_year_after_a_relative_year_is_that_year() -> None:
    text = (
        "In 2008 a first accord failed. A truce was signed last year;"
        " in May of that year it collapsed."
    )
    assert found(text, dt.date(2021, 3, 3))["May of that year"] == ("DATE", "2020-05")


@pytest.mark.parametrize(
    ("later", "phrase", "value"),
    [
        ("Twelve days later, on February 26, jets struck a camp.", "February 26", "2019-02-26"),
        ("The next day, February 15, the army closed the border.", "February 15", "2019-02-15"),
        ("Two weeks later - 28 February - talks opened in Geneva.", "28 February", "2019-02-28"),
    ],
)
def test_a_yearless_date_beside_a_relative_one_takes_its_year(
    later: str, phrase: str, value: str
) -> None:
    text = "Militants attacked a convoy on February 14, 2019. " + later
    assert found(text, dt.date(2021, 3, 3))[phrase] == ("DATE", value)


def test_the_following_day_counts_from_the_narrated_date() -> None:
    text = (
        "Militants attacked a convoy on February 14, 2019. Twelve days later, on February 26,"
        " jets struck a camp. The following day the militants shot down a jet."
    )
    assert found(text, dt.date(2021, 3, 3))["The following day"] == ("DATE", "2019-02-27")


def test_a_different_day_beside_a_relative_one_keeps_its_own_reading() -> None:
    text = "The truce began on June 2. Three days later, on June 10, it collapsed."
    assert found(text, dt.date(2024, 6, 15))["June 10"] == ("DATE", "2024-06-10")


def test_a_yearless_date_beside_a_month_of_the_story_takes_its_year() -> None:
    text = "A truce was agreed in January 2016. Later that month, on 26 January, it collapsed."
    assert found(text, dt.date(2021, 3, 3))["26 January"] == ("DATE", "2016-01-26")


SUNDAY = dt.date(2014, 9, 7)


@pytest.mark.parametrize(
    "sentence",
    [
        "EU ministers will decide on Monday whether sanctions agreed in principle on Friday"
        " should take effect.",
        "A ceasefire signed in Minsk on Friday will be tested in the coming days, monitors said.",
        "The prisoner swap announced by Kiev on Friday would go ahead next week.",
    ],
)
def test_a_weekday_after_a_past_participle_is_the_past_one(sentence: str) -> None:
    assert found(sentence, SUNDAY)["Friday"] == ("DATE", "2014-09-05")


def test_a_participle_that_qualifies_a_noun_does_not_date_the_weekday() -> None:
    # 'delayed talks': the participle is an adjective, the talks still lie ahead
    sentence = "Delayed talks on Friday will try to fix the line of contact."
    assert found(sentence, SUNDAY)["Friday"] == ("DATE", "2014-09-12")


MARKET_REPORT = (
    "Brent crude for September delivery fell 43 cents to $104.61 a barrel, while the"
    " December contract rose and October Brent futures slipped. OPEC meets in November."
)


def test_the_month_of_a_futures_contract_stays_off_the_timeline() -> None:
    expressions = tag(MARKET_REPORT, dt.date(2014, 7, 7))
    placed = {e.text: e.value for e in expressions if e.anchored}
    off = {e.text for e in expressions if not e.anchored}
    assert {"September", "December", "October"} <= off
    assert placed == {"November": "2014-11"}  # a real month of the same report still counts


def test_a_market_report_gives_events_only_for_real_dates() -> None:
    result = analyse(0, Document("brent.txt", MARKET_REPORT, published=dt.date(2014, 7, 7)))
    assert [e.timex.text for e in result.events] == ["November"]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("In March the contract was signed by both armies.", "March"),
        ("In October, futures markets slumped as the truce failed.", "October"),
    ],
)
def test_a_month_before_a_new_clause_about_contracts_is_still_a_date(
    sentence: str, phrase: str
) -> None:
    expressions = {e.text: e for e in tag(sentence, dt.date(2014, 12, 1))}
    assert expressions[phrase].anchored
