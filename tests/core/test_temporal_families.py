"""Every family of temporal expression the issue lists, read from news-like sentences.

Each case names the expression as it stands in the sentence, the TIMEX3 value the
analyst gets in the JSON, and, for calendar places, the interval drawn on the timeline.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.model import Precision, TimeExpression, TimexType
from viewer.core.temporal import tag
from viewer.core.temporal.recognize import candidates, scan_candidates

MONDAY = dt.date(2016, 5, 2)  # the seed's reference date, a Monday
WEDNESDAY = dt.date(2016, 5, 4)
D = dt.date


def found(sentence: str, phrase: str, reference: dt.date | None = MONDAY) -> TimeExpression:
    """The one expression whose span is exactly ``phrase``."""
    expressions = tag(sentence, reference)
    matches = [e for e in expressions if e.text == phrase]
    assert matches, f"{phrase!r} not found; got {[e.text for e in expressions]}"
    return matches[0]


def interval(e: TimeExpression) -> tuple[dt.date | None, dt.date | None]:
    return e.start, e.end


# (sentence, expression, value, start, end, precision)
ANCHORED = [
    # Absolute dates in the common news forms.
    (
        "The truce took effect on May 2, 2016, across Syria.",
        "May 2, 2016",
        "2016-05-02",
        D(2016, 5, 2),
        D(2016, 5, 2),
        Precision.DAY,
    ),
    (
        "Talks resumed in Geneva on 2 May 2016 after a pause.",
        "2 May 2016",
        "2016-05-02",
        D(2016, 5, 2),
        D(2016, 5, 2),
        Precision.DAY,
    ),
    (
        "The cessation of hostilities began on Feb. 27.",
        "Feb. 27",
        "2016-02-27",
        D(2016, 2, 27),
        D(2016, 2, 27),
        Precision.DAY,
    ),
    (
        "The memo, dated 27/02/2016, was leaked to reporters.",
        "27/02/2016",
        "2016-02-27",
        D(2016, 2, 27),
        D(2016, 2, 27),
        Precision.DAY,
    ),
    (
        "The agreement (2016-02-27) was published by the ISSG.",
        "2016-02-27",
        "2016-02-27",
        D(2016, 2, 27),
        D(2016, 2, 27),
        Precision.DAY,
    ),
    (
        "Fighting escalated in May 2016 around Aleppo.",
        "May 2016",
        "2016-05",
        D(2016, 5, 1),
        D(2016, 5, 31),
        Precision.MONTH,
    ),
    (
        "The siege of Madaya began in 2015.",
        "2015",
        "2015",
        D(2015, 1, 1),
        D(2015, 12, 31),
        Precision.YEAR,
    ),
    (
        "The movement has its roots in the 1990s.",
        "the 1990s",
        "199",
        D(1990, 1, 1),
        D(1999, 12, 31),
        Precision.DECADE,
    ),
    (
        "The shah fell in nineteen seventy-nine, the anchor said.",
        "nineteen seventy-nine",
        "1979",
        D(1979, 1, 1),
        D(1979, 12, 31),
        Precision.YEAR,
    ),
    # A transcript reads the year out after a month or a season: one expression.
    (
        "January nineteen ninety-seven. Atlanta again. This time a bomb at an abortion clinic.",
        "January nineteen ninety-seven",
        "1997-01",
        D(1997, 1, 1),
        D(1997, 1, 31),
        Precision.MONTH,
    ),
    (
        "Next up is that thirteen dollar a barrel level we saw in the winter of nineteen"
        " ninety-four.",
        "the winter of nineteen ninety-four",
        "1994-WI",
        D(1993, 12, 1),
        D(1994, 2, 28),
        Precision.SEASON,
    ),
    # Ranges are one expression with an interval.
    (
        "The ISSG met in Munich on Feb. 11-12, 2016.",
        "Feb. 11-12, 2016",
        "2016-02-11",
        D(2016, 2, 11),
        D(2016, 2, 12),
        Precision.DAY,
    ),
    (
        "Elections will be held between May 4 and 6.",
        "between May 4 and 6",
        "2016-05-04",
        D(2016, 5, 4),
        D(2016, 5, 6),
        Precision.DAY,
    ),
    (
        "Aid convoys were blocked from March to June 2015.",
        "from March to June 2015",
        "2015-03",
        D(2015, 3, 1),
        D(2015, 6, 30),
        Precision.MONTH,
    ),
    # Relative dates, against Monday 2 May 2016.
    (
        "Kerry said today that the truce must be restored.",
        "today",
        "2016-05-02",
        D(2016, 5, 2),
        D(2016, 5, 2),
        Precision.DAY,
    ),
    (
        "Rebels shelled the western districts yesterday.",
        "yesterday",
        "2016-05-01",
        D(2016, 5, 1),
        D(2016, 5, 1),
        Precision.DAY,
    ),
    (
        "Talks are expected to resume tomorrow in Geneva.",
        "tomorrow",
        "2016-05-03",
        D(2016, 5, 3),
        D(2016, 5, 3),
        Precision.DAY,
    ),
    (
        "Kerry met de Mistura in Geneva on Monday.",
        "Monday",
        "2016-05-02",
        D(2016, 5, 2),
        D(2016, 5, 2),
        Precision.DAY,
    ),
    (
        "The envoy met Lavrov last Thursday in Moscow.",
        "last Thursday",
        "2016-04-28",
        D(2016, 4, 28),
        D(2016, 4, 28),
        Precision.DAY,
    ),
    (
        "The Security Council will vote next week on the resolution.",
        "next week",
        "2016-W19",
        D(2016, 5, 9),
        D(2016, 5, 15),
        Precision.WEEK,
    ),
    (
        "Aid deliveries resumed this month in Homs.",
        "this month",
        "2016-05",
        D(2016, 5, 1),
        D(2016, 5, 31),
        Precision.MONTH,
    ),
    (
        "The truce was first agreed last year in Vienna.",
        "last year",
        "2015",
        D(2015, 1, 1),
        D(2015, 12, 31),
        Precision.YEAR,
    ),
    (
        "Two days ago, airstrikes hit a hospital in Aleppo.",
        "Two days ago",
        "2016-04-30",
        D(2016, 4, 30),
        D(2016, 4, 30),
        Precision.DAY,
    ),
    (
        "Kerry said later this week he would travel to Moscow.",
        "later this week",
        "2016-W18",
        D(2016, 5, 2),
        D(2016, 5, 8),
        Precision.WEEK,
    ),
    # Parts of periods keep the precision of the period.
    (
        "Clashes intensified in early February near the border.",
        "early February",
        "2016-02",
        D(2016, 2, 1),
        D(2016, 2, 10),
        Precision.MONTH,
    ),
    (
        "The offensive stalled in mid-February.",
        "mid-February",
        "2016-02",
        D(2016, 2, 11),
        D(2016, 2, 20),
        Precision.MONTH,
    ),
    (
        "A U.S.-Russian deal from late February has all but collapsed.",
        "late February",
        "2016-02",
        D(2016, 2, 21),
        D(2016, 2, 29),
        Precision.MONTH,
    ),
    (
        "The convoy reached Madaya at the end of January.",
        "the end of January",
        "2016-01",
        D(2016, 1, 21),
        D(2016, 1, 31),
        Precision.MONTH,
    ),
    (
        "Casualties fell in the first half of 2015.",
        "the first half of 2015",
        "2015-H1",
        D(2015, 1, 1),
        D(2015, 6, 30),
        Precision.HALF,
    ),
    (
        "Talks are planned for spring 2017.",
        "spring 2017",
        "2017-SP",
        D(2017, 3, 1),
        D(2017, 5, 31),
        Precision.SEASON,
    ),
    (
        "Syria has been at war since early 2011.",
        "early 2011",
        "2011",
        D(2011, 1, 1),
        D(2011, 4, 30),
        Precision.YEAR,
    ),
    (
        "Shelling continued over the weekend in Aleppo.",
        "the weekend",
        "2016-W17-WE",
        D(2016, 4, 30),
        D(2016, 5, 1),
        Precision.WEEK,
    ),
    # Times tied to a day.
    (
        "The truce will take effect at 7 p.m. local time on Tuesday.",
        "7 p.m. local time on Tuesday",
        "2016-05-03T19:00",
        D(2016, 5, 3),
        D(2016, 5, 3),
        Precision.HOUR,
    ),
    (
        "The ceasefire is due to start at midnight on Sunday.",
        "midnight on Sunday",
        "2016-05-08T24:00",
        D(2016, 5, 8),
        D(2016, 5, 8),
        Precision.HOUR,
    ),
    (
        "Shelling resumed on Monday evening in the old city.",
        "Monday evening",
        "2016-05-02TEV",
        D(2016, 5, 2),
        D(2016, 5, 2),
        Precision.DAY,
    ),
    (
        "Overnight, jets pounded the eastern districts.",
        "Overnight",
        "2016-05-01TNI",
        D(2016, 5, 1),
        D(2016, 5, 2),
        Precision.DAY,
    ),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "start", "end", "precision"), ANCHORED)
def test_anchored_expression_is_placed_on_the_calendar(
    sentence: str, phrase: str, value: str, start: dt.date, end: dt.date, precision: Precision
) -> None:
    e = found(sentence, phrase)
    assert (e.value, interval(e), e.precision) == (value, (start, end), precision)
    assert e.anchored


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        (
            "The truce will take effect at midnight Damascus time (2200 GMT) on Friday.",
            "midnight Damascus time (2200 GMT) on Friday",
            "2016-05-06T24:00",
        ),
        (
            "The ceasefire is due to start at 0000 GMT on Saturday.",
            "0000 GMT on Saturday",
            "2016-05-07T00:00",
        ),
    ],
)
def test_wire_times_take_their_day(sentence: str, phrase: str, value: str) -> None:
    e = found(sentence, phrase)
    assert (e.type, e.value) == (TimexType.TIME, value)


def test_the_year_in_a_story_is_the_reference_year() -> None:
    e = found("Clashes were rare earlier in the year, monitors said.", "earlier in the year")
    assert (e.value, e.precision, e.anchored) == ("2016", Precision.YEAR, True)


def test_later_in_the_day_is_the_day_the_story_told() -> None:
    text = "Israel reopened the Kerem Shalom crossing on Sunday, and later in the day fuel arrived."
    e = found(text, "later in the day")
    assert (e.value, e.precision) == ("2016-05-01", Precision.DAY)
    e = found("Earlier in the day, rockets hit Sderot.", "Earlier in the day")
    assert (e.value, e.anchored) == ("2016-05-02", True)


def test_text_with_spaced_commas_keeps_whole_dates() -> None:
    """PDF and tokenised feeds write 'Aug. 28 , 2012': the year still belongs to the date."""
    text = "Rebels near Azaz , Tuesday , Aug. 28 , 2012 . ( AP Photo )"
    e = found(text, "Tuesday , Aug. 28 , 2012", D(2013, 3, 12))
    assert (e.value, e.anchored) == ("2012-08-28", True)


def test_early_on_a_weekday_marks_its_start() -> None:
    e = found("Fighting broke out early on Tuesday in Daraa.", "early on Tuesday", WEDNESDAY)
    assert (e.value, e.mod, e.precision) == ("2016-05-03", "START", Precision.DAY)


def test_mid_decade_is_a_decade_with_a_mod() -> None:
    e = found("Refugee flows peaked in the mid-1990s.", "the mid-1990s")
    assert (e.value, e.mod, e.precision) == ("199", "MID", Precision.DECADE)
    # drawn over whole years, as a reader takes it: 1994 to 1996
    assert interval(e) == (D(1994, 1, 1), D(1996, 12, 31))


def test_early_and_late_decade_split_in_whole_years() -> None:
    text = "Talks failed in the early 1990s and resumed in the late 1990s."
    assert interval(found(text, "the early 1990s")) == (D(1990, 1, 1), D(1993, 12, 31))
    assert interval(found(text, "the late 1990s")) == (D(1997, 1, 1), D(1999, 12, 31))


def test_quarter_without_a_year_is_the_latest_such_quarter() -> None:
    e = found("Oil exports slumped in the third quarter.", "the third quarter", D(2016, 11, 2))
    assert (e.value, interval(e)) == ("2016-Q3", (D(2016, 7, 1), D(2016, 9, 30)))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("In the quarter ended July 31, the retailer lost $2.1 million.", "1989-Q2"),
        ("Sales rose 12% in the quarter ended Sept. 30, the company said.", "1989-Q3"),
    ],
)
def test_the_quarter_ended_a_day_is_the_quarter_most_of_it_falls_in(
    sentence: str, value: str
) -> None:
    assert found(sentence, "the quarter", D(1989, 10, 30)).value == value


def test_the_quarter_after_a_named_fiscal_quarter_is_that_quarter() -> None:
    text = (
        "The company reported a loss for its fiscal first quarter. "
        "Sales for the quarter ended Sept. 30 fell 8%."
    )
    assert found(text, "the quarter", D(1989, 10, 26)).value == "1989-Q1"


def test_later_anchors_on_the_date_the_story_gave() -> None:
    text = "The truce was signed on Feb. 27. Three weeks later, fighting resumed."
    e = found(text, "Three weeks later")
    # weeks counted from a day told land on a day, as the held-out gold reads them
    assert (e.value, e.precision) == ("2016-03-19", Precision.DAY)


def test_weeks_counted_from_a_month_stay_a_week() -> None:
    text = "The truce was signed in February 2016. Three weeks later, fighting resumed."
    e = found(text, "Three weeks later")
    assert e.precision is Precision.WEEK


def test_the_following_day_follows_the_day_just_named() -> None:
    text = "Kerry arrived in Geneva on Sunday. The following day, he met de Mistura."
    assert found(text, "The following day").value == "2016-05-02"


def test_the_day_before_yesterday_is_one_expression() -> None:
    e = found("Rebels shelled the city the day before yesterday.", "the day before yesterday")
    assert (e.value, interval(e)) == ("2016-04-30", (D(2016, 4, 30), D(2016, 4, 30)))


def test_the_day_before_a_named_weekday_counts_from_that_weekday() -> None:
    text = (
        "The day before last Tuesday's federal court hearing, the boy's father met his"
        " relatives in Miami."
    )
    assert found(text, "The day before last Tuesday", D(2000, 2, 24)).value == "2000-02-21"


def test_the_day_before_a_gerund_is_no_date() -> None:
    text = (
        "The secretary spends five hours in Dar es Salaam on Tuesday, and then about"
        " 5 1/2 hours in Nairobi later in the day before returning immediately home."
    )
    assert not any("day before" in e.text for e in tag(text, D(1998, 8, 17)))


# (sentence, expression, type, value): found, typed and valued, but not a calendar place.
UNANCHORED = [
    ("The truce will last 14 days under the plan.", "14 days", TimexType.DURATION, "P14D"),
    ("Six weeks of talks produced no deal.", "Six weeks", TimexType.DURATION, "P6W"),
    (
        "At least 50,000 troops are expected to be committed within weeks.",
        "weeks",
        TimexType.DURATION,
        "PXW",
    ),
    (
        "The business is growing for the first time in years, Mr. Marous said.",
        "years",
        TimexType.DURATION,
        "PXY",
    ),
    # A bare plural the verb spends, or 'within' bounds, is a length too.
    (
        "Rebuilding the shore could take years and cost tens of billions of dollars.",
        "years",
        TimexType.DURATION,
        "PXY",
    ),
    (
        "In Donetsk, residents who had spent days in basements came out on Sunday.",
        "days",
        TimexType.DURATION,
        "PXD",
    ),
    (
        "Military officials say the operation took months to plan.",
        "months",
        TimexType.DURATION,
        "PXM",
    ),
    (
        "The funds were moved to an account in Jersey within days of arriving.",
        "days",
        TimexType.DURATION,
        "PXD",
    ),
    # A '-long' adjective is a length of time: 'a weeks-long siege'.
    (
        "Government troops broke the rebels' weeks-long siege of the town.",
        "weeks-long",
        TimexType.DURATION,
        "PXW",
    ),
    (
        "Lawyers emerged from their third day-long meeting with federal officials.",
        "day-long",
        TimexType.DURATION,
        "P1D",
    ),
    (
        "The rebels agreed to a 72-hour-long truce to let aid convoys in.",
        "72-hour-long",
        TimexType.DURATION,
        "PT72H",
    ),
    ("Israel must withdraw to its pre-1967 lines, he said.", "pre-1967", TimexType.DATE, "1967"),
    (
        "The lenders may extend the loan for an additional year.",
        "an additional year",
        TimexType.DURATION,
        "P1Y",
    ),
    (
        "Inspectors may visit the presidential sites for no more than sixty days.",
        "no more than sixty days",
        TimexType.DURATION,
        "P60D",
    ),
    (
        "The banks must wait at least 30 days before closing the purchase.",
        "at least 30 days",
        TimexType.DURATION,
        "P30D",
    ),
    (
        "Aid deliveries for the year ended March 31 fell short of the plan.",
        "the year",
        TimexType.DURATION,
        "P1Y",
    ),
    ("Rebels rejected a 72-hour ceasefire in Aleppo.", "72-hour", TimexType.DURATION, "PT72H"),
    (
        "Regime forces intensified attacks over the last 10 days.",
        "the last 10 days",
        TimexType.DURATION,
        "P10D",
    ),
    (
        "Protesters gathered every Friday after prayers.",
        "every Friday",
        TimexType.SET,
        "XXXX-WXX-5",
    ),
    ("Shelling of the old city is reported daily.", "daily", TimexType.SET, "P1D"),
    ("The city is now under siege.", "now", TimexType.DATE, "PRESENT_REF"),
    ("Airstrikes have recently intensified near Aleppo.", "recently", TimexType.DATE, "PAST_REF"),
    (
        "The truce was tested in the past few weeks.",
        "the past few weeks",
        TimexType.DURATION,
        "PXW",
    ),
    ("As many as 100,000 could die in the next year.", "the next year", TimexType.DURATION, "P1Y"),
]


@pytest.mark.parametrize(("sentence", "phrase", "kind", "value"), UNANCHORED)
def test_durations_sets_and_vague_references_are_not_events(
    sentence: str, phrase: str, kind: TimexType, value: str
) -> None:
    e = found(sentence, phrase)
    assert (e.type, e.value, e.anchored) == (kind, value, False)


def test_a_bare_plural_naming_what_it_is_made_of_is_no_length() -> None:
    # 'days of rain' and 'weeks of talks' name the rain and the talks, not a span of time
    text = "After days of rain, the river rose. Both sides spent weeks of talks on the map."
    assert [e.text for e in tag(text, D(2016, 5, 4))] == []


# A bare weekday resolves by tense; Wednesday 4 May 2016 is the reference.
WEEKDAYS = [
    ("Rebels attacked the checkpoint on Monday.", "Monday", "2016-05-02"),
    ("Talks will resume on Monday in Geneva.", "Monday", "2016-05-09"),
    ("The council is due to meet on Friday.", "Friday", "2016-05-06"),
    ("He plans to visit Moscow on Thursday.", "Thursday", "2016-05-05"),
    ("Kerry spoke to reporters on Wednesday.", "Wednesday", "2016-05-04"),
    ("Wednesday's vote was postponed.", "Wednesday", "2016-05-04"),
    ("Monitors could arrive as soon as Thursday, the envoy said.", "Thursday", "2016-05-05"),
    ("The monitors said on Tuesday that the truce was holding.", "Tuesday", "2016-05-03"),
    # a forecast looks ahead, even when reported in the past tense
    ("A second, milder frost is possible Monday night.", "Monday night", "2016-05-09TNI"),
    ("More shelling is possible on Friday, the monitors said.", "Friday", "2016-05-06"),
    ("Forecasters gave a 70 percent chance of rain for Friday.", "Friday", "2016-05-06"),
    # a permission that was used lies behind, one still to be used ahead
    ("Residents were allowed to return on Monday after two weeks away.", "Monday", "2016-05-02"),
    ("Residents will be allowed to return on Monday.", "Monday", "2016-05-09"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value"), WEEKDAYS)
def test_weekday_resolves_by_tense(sentence: str, phrase: str, value: str) -> None:
    assert found(sentence, phrase, WEDNESDAY).value == value


# A month without a year is the nearest one in the tense's direction (reference May 2016).
MONTHS = [
    ("The truce collapsed in December.", "December", "2015-12"),
    ("Elections will be held in December.", "December", "2016-12"),
    ("Talks were held in March in Geneva.", "March", "2016-03"),
    ("Talks will resume in March.", "March", "2017-03"),
    ("The offensive began on Oct. 1, officials said.", "Oct. 1", "2015-10-01"),
    ("The mandate expires on June 30.", "June 30", "2016-06-30"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value"), MONTHS)
def test_month_takes_the_nearest_year_in_the_tense_direction(
    sentence: str, phrase: str, value: str
) -> None:
    assert found(sentence, phrase).value == value


FACTBOX = """Timeline of the Syrian talks
Sept. 30, 2015 - Russia begins air strikes in Syria.
Oct. 23 - Foreign ministers meet in Vienna.
Nov. 14 - The ISSG sets out a path to a ceasefire.
"""


@pytest.mark.parametrize(
    ("phrase", "value"), [("Oct. 23", "2015-10-23"), ("Nov. 14", "2015-11-14")]
)
def test_chronology_lines_inherit_the_last_explicit_year(phrase: str, value: str) -> None:
    assert found(FACTBOX, phrase).value == value


def test_without_a_reference_absolute_dates_still_resolve() -> None:
    e = found("The truce began on Feb. 27, 2016, and broke down.", "Feb. 27, 2016", None)
    assert (e.value, e.anchored, e.relative) == ("2016-02-27", True, False)


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Kerry arrived in Geneva on Sunday.", "Sunday"),
        ("Talks resume tomorrow.", "tomorrow"),
        ("The truce was agreed last year.", "last year"),
        ("Clashes broke out in late February.", "late February"),
    ],
)
def test_without_a_reference_relative_dates_stay_unanchored(sentence: str, phrase: str) -> None:
    e = found(sentence, phrase, None)
    assert e.relative and not e.anchored
    assert "X" in e.value


# Numbers and words that look like dates but are not.
REJECTED = [
    ("The plan follows UN Security Council Resolution 2254.", "2254"),
    ("The council adopted Resolution 2042 unanimously.", "2042"),
    ("Malaysia Airlines Flight 17 was shot down over Ukraine.", "17"),
    ("The quarter-to-quarter comparison was helped by one-time charges.", "quarter"),
    ("The poster showed Gary Cooper in the film High Noon.", "Noon"),
    ("Elian's case is for today's youth what the blockade was for their parents.", "today"),
    ("In today's world, paternity can readily be proved.", "today"),
    ("Israeli strikes killed 2,100 Palestinians in Gaza.", "2,100"),
    ("More than 250,000 people have been killed, according to UN figures.", "250,000"),
    ("Some 2000 people fled the town overnight on foot.", "2000"),
    ("The cessation of hostilities may collapse within days.", "may"),
    ("Thousands march on Damascus to demand reforms.", "march"),
    ("We are working over these next hours intensely.", "We"),
    ("Fighters rested under the desert sun.", "sun"),
    ("The lira lost 20.16 percent of its value.", "20.16"),
    ("Donors pledged $2010 million for refugees.", "2010"),
    ("Syria beat Iran 2-1 in the qualifier.", "2-1"),
    ("The commander, 52 years old, was killed in Idlib.", "52 years"),
    ("Rebels hold three-quarters of the old city.", "three-quarters"),
    ("Nineteen people died in the blast.", "Nineteen"),
    ("The article appeared in The Daily Star on Monday.", "Daily"),
    ("At least 121 people died in the 19-month - old conflict.", "19-month"),
]


@pytest.mark.parametrize(("sentence", "phrase"), REJECTED)
def test_non_dates_are_not_tagged(sentence: str, phrase: str) -> None:
    start = sentence.index(phrase)
    end = start + len(phrase)
    hits = [e.text for e in tag(sentence, MONDAY) if e.char_start < end and start < e.char_end]
    assert hits == []


def test_expressions_are_ordered_disjoint_and_index_the_text() -> None:
    text = " ".join(s for s, *_ in ANCHORED + UNANCHORED) + "\n" + FACTBOX
    expressions = tag(text, MONDAY)
    assert len(expressions) >= len(ANCHORED) + len(UNANCHORED)
    assert all(text[e.char_start : e.char_end] == e.text for e in expressions)
    ends = [e.char_end for e in expressions]
    starts = [e.char_start for e in expressions]
    assert all(end <= nxt for end, nxt in zip(ends, starts[1:], strict=False))


def test_tagging_never_looks_at_today() -> None:
    text = "Kerry arrived in Geneva on Sunday and will fly to Moscow tomorrow."
    assert tag(text, MONDAY) == tag(text, MONDAY)
    assert [e.value for e in tag(text, D(2020, 1, 1))] == ["2019-12-29", "2020-01-02"]


NEWS_WORDS = [
    *("May", "March", "Monday", "Sunday", "last", "next", "the", "early", "late", "mid-"),
    *("2016", "2,100", "a.m.", "p.m.", "quarter", "week", "ago", "Feb.", "11-12", "between"),
    *("and", "from", "to", "1990s", "century", "every", "daily", "now", "by", "will", "said"),
    *("Q3", "fiscal", "'90s", "half", "of", "first", "year-end", "overnight", "end"),
    *("Resolution", "2254", "percent", "$", "27/02/2016", "7:30"),
]


@given(
    words=st.lists(
        st.one_of(
            st.sampled_from(NEWS_WORDS), st.text(alphabet="0123456789-/:.,' \u2013İß", max_size=6)
        ),
        max_size=25,
    ),
    reference=st.one_of(st.none(), st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31))),
)
@settings(max_examples=300, deadline=None)
def test_any_text_and_any_reference_give_well_formed_expressions(
    words: list[str], reference: dt.date | None
) -> None:
    text = " ".join(words)
    expressions = tag(text, reference)
    assert all(text[e.char_start : e.char_end] == e.text for e in expressions)
    assert all(a.char_end <= b.char_start for a, b in itertools.pairwise(expressions))
    assert all(e.start <= e.end for e in expressions if e.start and e.end)


@pytest.mark.parametrize(
    ("sentence", "reference", "value", "start", "end"),
    [
        # A winter is written with the year it begins in, as TimeML annotators write it.
        (
            "Aid agencies fear the siege will worsen this winter.",
            D(2016, 11, 2),
            "2016-WI",
            D(2016, 12, 1),
            D(2017, 2, 28),
        ),
        (
            "The camps flooded this winter.",
            D(2016, 1, 20),
            "2015-WI",
            D(2015, 12, 1),
            D(2016, 2, 29),
        ),
        (
            "Talks could resume this summer.",
            D(2016, 3, 22),
            "2016-SU",
            D(2016, 6, 1),
            D(2016, 8, 31),
        ),
        ("The offensive began last spring.", MONDAY, "2015-SP", D(2015, 3, 1), D(2015, 5, 31)),
        (
            "The stock began trading this summer at $14 apiece.",
            D(1989, 11, 1),
            "1989-SU",
            D(1989, 6, 1),
            D(1989, 8, 31),
        ),
    ],
)
def test_seasons_cover_their_months(
    sentence: str, reference: dt.date, value: str, start: dt.date, end: dt.date
) -> None:
    e = next(e for e in tag(sentence, reference) if e.precision is Precision.SEASON)
    assert (e.value, e.start, e.end) == (value, start, end)


def test_trigger_scan_finds_what_a_full_scan_finds() -> None:
    """The fast path must not lose expressions the plain scan of the master pattern finds."""
    text = (
        " ".join(s for s, *_ in ANCHORED + UNANCHORED)
        + "\n"
        + FACTBOX
        + " ".join(s for s, _ in REJECTED)
    )
    fast = [(c.family, c.start, c.end) for c in candidates(text)]
    assert fast == [(c.family, c.start, c.end) for c in scan_candidates(text)]
    assert len(fast) > len(ANCHORED)


def test_todays_meeting_is_still_today() -> None:
    e = found("Today's talks in Geneva ended without a deal.", "Today")
    assert (e.value, e.anchored) == ("2016-05-02", True)


def test_year_ago_after_the_comparison_year_is_that_year() -> None:
    text = (
        "For the first nine months, net was $306 million, compared with a loss of $195"
        " million in the 1988 period. The year-ago results included a $415 million charge."
    )
    assert found(text, "year-ago", D(1989, 11, 2)).value == "1988"


def test_year_ago_after_this_years_figures_is_last_year() -> None:
    text = "Net income rose 12% in 1989. The year-ago results included a one-time gain."
    assert found(text, "year-ago", D(1989, 11, 2)).value == "1988"


def test_a_year_earlier_counts_back_from_the_year_just_named() -> None:
    text = "The rebels took the town in 1990. A year earlier, the army had fled it."
    assert found(text, "A year earlier").value == "1989"


def test_counted_days_chain_from_the_day_last_counted() -> None:
    text = (
        "Fighting erupted in Kidal on May 17, 2014. Four days later, the army was routed. "
        "Two days later, the African Union chairman brokered a ceasefire."
    )
    assert found(text, "Four days later", D(2015, 6, 20)).value == "2014-05-21"
    assert found(text, "Two days later", D(2015, 6, 20)).value == "2014-05-23"


def test_a_past_clock_time_goes_on_with_the_day_just_told() -> None:
    text = (
        "Rebel forces entered Mekelle on the afternoon of 28 June as the army left the city.\n\n"
        "At about 10 p.m., state media announced a unilateral ceasefire."
    )
    e = found(text, "about 10 p.m.", D(2021, 6, 30))  # 'about' kept, as TimeBank keeps it
    assert (e.value, e.start) == ("2021-06-28T22:00", D(2021, 6, 28))
    later = "The army said on Monday it would pull out.\n\nAt 6 a.m. the convoys will leave."
    assert found(later, "6 a.m.", D(2021, 6, 30)).value == "2021-06-30T06:00"


def test_a_count_per_day_is_a_rate_not_a_day_earlier() -> None:
    text = "About 200 trucks a day entered Gaza, against fewer than 30 a day earlier this month."
    assert "a day earlier" not in [e.text for e in tag(text, D(2023, 11, 28))]
    sales = "Sales were C$348.2 million compared with C$307.2 a year earlier."
    assert found(sales, "a year earlier", D(1989, 11, 1)).value == "1988"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Shelling resumed on Monday evening in the old city.", "Monday evening"),
        ("He was arrested Thursday night at his home.", "Thursday night"),
        ("The talks broke up last night without a deal.", "last night"),
    ],
)
def test_a_day_with_its_part_is_a_time_as_timeml_types_it(sentence: str, phrase: str) -> None:
    assert found(sentence, phrase).type is TimexType.TIME


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        (
            "Queensland rejected daylight saving, which would move clocks every summer.",
            "every summer",
            "XXXX-SU",
        ),
        ("The festival returns to Cheltenham every March.", "every March", "XXXX-03"),
        ("Bonuses are paid each October.", "each October", "XXXX-10"),
        ("The central bank reviews its band every fortnight.", "every fortnight", "P2W"),
        ("The volcano erupts roughly every decade.", "every decade", "P10Y"),
    ],
)
def test_every_month_season_or_long_unit_is_a_set(sentence: str, phrase: str, value: str) -> None:
    e = found(sentence, phrase)
    assert (e.type, e.value) == (TimexType.SET, value)


def test_each_may_with_its_day_is_that_day_of_every_year() -> None:
    e = found("Workers march each May 1 in the capital.", "each May 1")
    assert (e.type, e.value) == (TimexType.SET, "XXXX-05-01")
    # with its year it is one day
    assert found("Workers marched on May 1, 2019.", "May 1, 2019").type is TimexType.DATE
