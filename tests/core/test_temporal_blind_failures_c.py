"""Date failures found on a third held-out set: chronologies, weekdays beside a date, and
'that October'. Each is checked on sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.model import Document
from viewer.core.pipeline import analyse
from viewer.core.temporal import tag


def found(text: str, reference: dt.date) -> dict[str, str]:
    return {e.text: e.value for e in tag(text, reference)}


FACTBOX = (
    "THE 1995 TIMELINE\n"
    "- Dec. 31, 1994 - Former U.S. president Carter brokers a four-month truce.\n"
    "- End of April - The truce lapses and shelling of Sarajevo resumes.\n"
    "- May 25-26 - NATO jets bomb ammunition dumps near Pale.\n"
    "- Early July - Serb forces close in on the eastern enclaves.\n"
    "- July 11 - Srebrenica falls.\n"
    "- Dec. 14 - The peace accord is signed in Paris.\n"
)


def test_a_chronology_runs_forward_into_the_next_year() -> None:
    values = found(FACTBOX, dt.date(1995, 12, 14))
    assert values["Dec. 31, 1994"] == "1994-12-31"
    assert values["April"] == "1995-04"
    assert values["May 25-26"] == "1995-05-25"
    assert values["Early July"] == "1995-07"
    assert values["July 11"] == "1995-07-11"
    assert values["Dec. 14"] == "1995-12-14"


def test_a_newest_first_chronology_does_not_run_past_the_report() -> None:
    text = (
        "KEY DATES\n"
        "- Nov. 20 - Rebels and the army agree a truce.\n"
        "- Aug. 3 - Talks open in Nairobi.\n"
        "- March 9 - Fighting spreads to the capital.\n"
    )
    values = found(text, dt.date(2016, 12, 1))
    assert values == {"Nov. 20": "2016-11-20", "Aug. 3": "2016-08-03", "March 9": "2016-03-09"}


SUNDAY_10_APRIL = dt.date(2016, 4, 10)


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Late on Friday, April 1, heavy fighting broke out along the line.",
            "Late on Friday, April 1",
        ),
        ("Shelling began early on Friday, April 1, near Talysh.", "early on Friday, April 1"),
        ("Tanks moved on the night of Friday, April 1, officials said.", "Friday, April 1"),
    ],
)
def test_a_weekday_beside_its_date_is_one_expression_on_that_date(
    sentence: str, phrase: str
) -> None:
    # one event on 1 April, never a second one on Friday 8 April
    assert found(sentence, SUNDAY_10_APRIL) == {phrase: "2016-04-01"}


def test_one_event_for_late_on_a_weekday_and_its_date() -> None:
    text = "Late on Friday, April 1, heavy fighting broke out along the line of contact."
    result = analyse(0, Document("karabakh.txt", text, published=SUNDAY_10_APRIL))
    assert [e.timex.value for e in result.events] == ["2016-04-01"]


NARRATIVE = (
    "Late on Friday, April 1, heavy fighting broke out along the line of contact. "
    "The next day Azerbaijan said it had retaken two hills. Moscow called for restraint "
    "as early as Saturday.\n\n"
    "On Sunday, Azerbaijan announced a unilateral halt to its operations."
)


def test_bare_weekdays_go_on_with_a_week_told_day_by_day() -> None:
    values = found(NARRATIVE, SUNDAY_10_APRIL)
    assert values["The next day"] == "2016-04-02"
    assert values["Saturday"] == "2016-04-02"
    assert values["Sunday"] == "2016-04-03"


def test_a_weekday_in_news_of_this_week_stays_in_this_week() -> None:
    text = (
        "Fighting has flared since April 1. On Sunday, Azerbaijan announced a unilateral "
        "halt, and the rebels said on Saturday they would hold fire."
    )
    values = found(text, SUNDAY_10_APRIL)
    assert values["Sunday"] == "2016-04-10"
    assert values["Saturday"] == "2016-04-09"


def test_a_week_told_long_ago_does_not_pull_this_weeks_days() -> None:
    text = (
        "The war began early on Friday, June 13. Exchanges continued daily for 12 days.\n\n"
        "Oil prices fell on Monday and again on Tuesday."
    )
    values = found(text, dt.date(2025, 6, 24))
    assert values["early on Friday, June 13"] == "2025-06-13"
    assert values["Monday"] == "2025-06-23"
    assert values["Tuesday"] == "2025-06-24"


KOREA_ANNIVERSARY = dt.date(2003, 7, 27)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Talks opened at Kaesong on July 10, 1951, and were moved to Panmunjom that October.",
            "that October",
            "1951-10",
        ),
        (
            "The war broke out in June 1950. That summer, U.N. troops were pushed back to Pusan.",
            "That summer",
            "1950-SU",
        ),
        (
            "Talks stalled in July 1951; that February the prisoner question came up.",
            "that February",
            "1951-02",
        ),
        (
            "The front settled in 1952, and that spring both sides dug in.",
            "that spring",
            "1952-SP",
        ),
    ],
)
def test_that_month_or_season_is_in_the_year_the_story_told(
    text: str, phrase: str, value: str
) -> None:
    assert found(text, KOREA_ANNIVERSARY)[phrase] == value


def test_that_may_before_a_verb_is_a_person_not_a_month() -> None:
    text = "The deal was struck in March 2017. Aides said that May had agreed to the terms."
    assert found(text, dt.date(2019, 1, 5)) == {"March 2017": "2017-03"}


def test_a_photo_caption_date_does_not_start_a_week_told_day_by_day() -> None:
    text = (
        "Smoke rises over Atmeh, near the Turkish border with Syria, Thursday, Nov. 8, 2012.\n"
        "A video posted on Thursday showed rebels at the border post."
    )
    values = found(text, dt.date(2012, 11, 29))
    assert values["Thursday"] == "2012-11-29"


def test_a_weekday_after_a_day_counted_from_the_report_is_not_in_the_week_told() -> None:
    text = (
        "Early on Friday, May 18, shelling hit Houla. The rebels' deadline passed last "
        "Friday. Annan is due to hold talks in Washington on Friday."
    )
    values = found(text, dt.date(2012, 6, 1))
    assert values["last Friday"] == "2012-05-25"
    assert values["Friday"] == "2012-06-01"


def test_that_before_a_month_and_a_verb_opens_a_clause() -> None:
    text = "Fighting escalated in 2012, and monitors warned that July could be the bloodiest month."
    assert found(text, dt.date(2012, 7, 20))["July"] == "2012-07"
