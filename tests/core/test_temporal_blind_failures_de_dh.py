"""What ceasefire sets DE-DH (press reviews, anniversary pieces, broadcast transcripts,
business pages) and the daily updates of CZ showed, fixed as general rules and checked here
on text written for the tests.

- A daily report's 'over the past 24 hours' is placed on the days it looks back over,
  while its TIMEX3 stays the length TimeML writes.
- A press review's item speaks of the day of its own paper's issue ('Al-Ghad (London), 29
  December:'), an archive box's extract of its old issue ('(from our issue of May 16,
  1973)'), and an 'On this day' column's entry of the column's day in the entry's year.
- What a pledge holds until lies after the pledge: 'promised no attacks until Wednesday'.
- A podcast's show notes date its talk: 'Recorded on Friday, 23 September.'
- 'the Mon', 'the New Mon State Party': a short weekday's form that names a people.
- 'talks had been planned for February': a plan, no more past than ahead.
- A story goes on from a month it told into the next year: 'The protests that began in
  December 2018 led to the removal of Bashir in April' is April 2019.
- A results statement's half-years: 'H2 2013', 'H1 2014'.
- A school's periods: 'the fall semester', 'this academic year', 'this semester'.
- A bare half of the report's year after a preposition: 'resume talks in the second half';
  never a game's.
- 'the Memorial Day weekend' keeps its article; 'by midmorning', 'by midafternoon Tuesday'.
- A memoir's clock goes on with the day long past it retells, when its sentence looks back.
- An action log's day and month in figures: 'Raised: 03/10 | Due: 31/10', '(due 16/10)'.
- South Asian and African papers' 'day before yesterday' and 'On Tuesday, last week'.
- An oral history's 'Recorded in Nabatieh on 9 October 2012.' dates its talk; 'that summer'
  keeps the story's year to the paragraph's end.
- 'over the next decade' keeps its article, as 'the past decade' does.
- An operation's days counted from the date its 'Day 1' is given: 'Day 1 (Tuesday, 3 July)',
  'Day 8 of the operation', 'Day 3 (D+2)'.
- 'on June 7, three days after a suicide bomber killed seven people': the bombing's day.
- A day of the month followed by a word that goes on the sentence: 'agreed on the 18th but'.
- 'quiet since dawn': this morning's dawn.
"""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.events import extract_events
from viewer.core.model import Document, Precision, TimexType
from viewer.core.temporal import tag

MORNING_UPDATE = (
    "Morning update. The school-year truce held for a third day. Over the past 24 hours the "
    "press centre recorded no artillery fire on the line. Over the past day 5,120 people "
    "crossed at the Maiorsk checkpoint."
)


def test_a_daily_report_s_look_back_is_placed_on_the_days_it_covers() -> None:
    found = {e.text: e for e in tag(MORNING_UPDATE, dt.date(2015, 9, 3))}
    day = found["the past day"]
    hours = found["the past 24 hours"]
    # what TimeML writes: lengths
    assert (hours.type, hours.value) == (TimexType.DURATION, "PT24H")
    assert (day.type, day.value) == (TimexType.DURATION, "P1D")
    # where the timeline draws them: the day before the report and the report's own
    for length in (day, hours):
        assert (length.start, length.end) == (dt.date(2015, 9, 2), dt.date(2015, 9, 3))
        assert length.precision is Precision.DAY


def test_a_look_back_is_an_event_dated_by_its_first_day() -> None:
    events = extract_events(
        0, Document("update.txt", MORNING_UPDATE), tag(MORNING_UPDATE, dt.date(2015, 9, 3))
    )
    placed = {e.expression: e for e in events}
    assert placed["the past 24 hours"].value == "2015-09-02"
    assert placed["the past 24 hours"].timex.type is TimexType.DATE
    assert "artillery" in placed["the past 24 hours"].title


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks are expected to resume in the next 24 hours.",  # ahead, not back
        "Over the past two weeks the monitors recorded 300 explosions.",  # too long to place
        "It had rained for 24 hours before the convoy left.",  # no look back
        "Nothing changed over the past: the same men hold the same hills.",
    ],
)
def test_only_a_short_look_back_up_to_the_report_is_placed(sentence: str) -> None:
    lengths = [e for e in tag(sentence, dt.date(2015, 9, 3)) if e.type is TimexType.DURATION]
    assert all(e.start is None for e in lengths)


REVIEW = """SYRIA MEDIA MONITOR
Daily review of the Arab press in translation
Monday 30 December 2013 | Review No. 318

Al-Barada (Damascus), 30 December, page 2:
The paper reports that the first lorries of flour are to enter the town tomorrow.

Al-Ghad al-Suri (London), 29 December:
The council complains that yesterday "not one bag of bread had come in".

Le Courrier de l'Orient (Paris), 27 December, translated from French:
Its correspondent says the flag went up on the water tower yesterday at midday.
"""


def test_a_press_review_s_item_speaks_of_its_own_paper_s_day() -> None:
    found = values(REVIEW, dt.date(2013, 12, 30))
    assert ("tomorrow", "2013-12-31") in found  # the review's own day's paper
    assert ("yesterday", "2013-12-28") in found  # the 29 December paper's yesterday
    assert ("yesterday at midday", "2013-12-26T12:00") in found


def test_an_item_s_heading_is_no_event() -> None:
    events = extract_events(0, Document("review.txt", REVIEW), tag(REVIEW, dt.date(2013, 12, 30)))
    assert "29 December" not in [e.expression for e in events]
    assert "yesterday" in [e.expression for e in events]


ARCHIVE = """THE UPPER BANN CHRONICLE | Wednesday, May 17, 2023

FROM OUR ARCHIVE: 50 and 25 years ago

50 YEARS AGO (from our issue of May 16, 1973)

Nominations for the district council close on Friday. Army engineers will put up steel
barriers at the end of Market Street on Monday.

25 YEARS AGO (from our issue of May 20, 1998)

The Loyalist Volunteer Force announced on Friday that it was calling a ceasefire. A senior
officer in the town said yesterday that he would believe it when the summer is over.
"""


def test_an_archive_box_s_extract_speaks_of_its_old_issue_s_day() -> None:
    found = values(ARCHIVE, dt.date(2023, 5, 17))
    assert ("Friday", "1973-05-18") in found  # ahead of a Wednesday's issue in 1973
    assert ("Monday", "1973-05-21") in found
    assert ("Friday", "1998-05-15") in found  # behind a Wednesday's issue in 1998
    assert ("yesterday", "1998-05-19") in found


def test_an_old_issue_s_extract_is_a_story_of_its_own() -> None:
    # the box's own opening speaks of the anniversary; the extract still reads as printed
    boxed = ARCHIVE.replace(
        "FROM OUR ARCHIVE: 50 and 25 years ago\n",
        "FROM OUR ARCHIVE: 50 and 25 years ago\n\nTwenty-five years ago this week, the "
        "Loyalist Volunteer Force said it was calling a ceasefire.\n",
    )
    found = values(boxed, dt.date(2023, 5, 17))
    assert ("Friday", "1998-05-15") in found
    assert ("Twenty-five years ago this week", "1998-W20") in found


COLUMN = """ON THIS DAY: 24 December

It is the 359th day of the year.

1974: The IRA's holiday ceasefire, announced four days earlier after talks at Feakle, is
in its third day.

1990: The first IRA Christmas ceasefire since 1975 begins. The statement announcing it was
handed to a Dublin newspaper on Saturday.

This column will return on Tuesday.
"""


def test_an_on_this_day_entry_is_told_on_that_day_of_its_own_year() -> None:
    found = tag(COLUMN, dt.date(2020, 12, 24))
    by_text = {e.text: e.value for e in found}
    assert by_text["four days earlier"] == "1974-12-20"
    assert by_text["Saturday"] == "1990-12-22"
    # after the last entry's paragraph the column speaks of its own day again
    assert by_text["Tuesday"] == "2020-12-29"
    # the year heading an entry stays on the timeline
    assert [e.value for e in found if e.text == "1974"] == ["1974"]
    assert all(e.anchored for e in found if e.text in ("1974", "1990"))


def test_year_lines_without_an_on_this_day_column_are_a_story_s_own() -> None:
    story = COLUMN.replace("ON THIS DAY: 24 December", "A LONG SILENCE").replace(
        "It is the 359th day of the year.", "The holiday truces came and went."
    )
    by_text = {e.text: e.value for e in tag(story, dt.date(2020, 12, 24))}
    assert by_text["Saturday"] == "2020-12-19"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It promised no offensive operations for 72 hours, until midnight on Wednesday.",
            "1990-12-26T24:00",
        ),
        ("The rebels declared a truce until Thursday.", "1990-12-27"),
        # not a pledge: the truce lasted until a day gone by
        ("The truce lasted until Wednesday.", "1990-12-19"),
        # the past perfect looks back from the past
        ("They had promised calm until Wednesday.", "1990-12-19"),
    ],
)
def test_what_a_pledge_holds_until_lies_after_it(sentence: str, expected: str) -> None:
    assert values(sentence, dt.date(1990, 12, 24))[-1][1] == expected


PODCAST = """THE FRONTLINE DESK, a podcast on South and Central Asian security

SHOW NOTES
Recorded on Friday, 23 September. Published on Tuesday, 27 September 2016.

TRANSCRIPT
[00:00:12] FARIDA: The news that has kept our phones buzzing is that yesterday in Kabul
the negotiators initialled a peace agreement. He will sign it next Thursday.
"""


def test_a_podcast_s_talk_is_of_the_day_its_notes_say_it_was_recorded() -> None:
    found = values(PODCAST, dt.date(2016, 9, 27))
    assert ("yesterday", "2016-09-22") in found
    assert ("next Thursday", "2016-09-29") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The New Mon State Party has signed a ceasefire with the military government.",
        "The Mon are the 15th armed group to reach a truce with Rangoon.",
        "Soldiers raided the Mon refugee camp at Halockhani.",
    ],
)
def test_a_people_s_name_is_no_short_weekday(sentence: str) -> None:
    assert values(sentence, dt.date(1995, 6, 29)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fighting in town started Tues ~05h30 between the two groups.", "2017-06-20"),
        ("The deal was signed Mon at Sant'Egidio.", "2017-06-19"),
    ],
)
def test_a_short_weekday_in_a_field_note_is_still_a_day(sentence: str, expected: str) -> None:
    assert [value for _, value in values(sentence, dt.date(2017, 6, 22))] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The next round of formal talks had been planned for February.", "2015-02"),
        ("Another evacuation was planned for Tuesday if the weather allowed.", "2015-01-27"),
        # a plan carried out is told in the past
        ("The talks had been held in February.", "2014-02"),
    ],
)
def test_a_plan_told_in_the_past_perfect_is_not_therefore_past(
    sentence: str, expected: str
) -> None:
    assert [value for _, value in values(sentence, dt.date(2015, 1, 26))] == [expected]


def test_a_story_goes_on_from_the_month_it_told_into_the_next_year() -> None:
    note = (
        "Date of issue: 20 November 2019\n\nThe protests that began in December 2018 led to "
        "the removal of President Omar al-Bashir by the armed forces in April, and the "
        "constitutional declaration signed on 17 August set up a Sovereign Council and a "
        "civilian-led cabinet, which took office in September."
    )
    found = values(note, dt.date(2019, 11, 20))
    assert ("April", "2019-04") in found
    assert ("17 August", "2019-08-17") in found
    assert ("September", "2019-09") in found


def test_a_month_told_soon_after_the_one_before_stays_in_its_year() -> None:
    found = values("Fighting began in March 2018 and spread in May.", dt.date(2019, 11, 20))
    assert ("May", "2018-05") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cash costs in H2 2013 averaged $742 an ounce.", ("H2 2013", "2013-H2")),
        ("It expects to release $3 million of working capital in H1 2014.", ("H1 2014", "2014-H1")),
    ],
)
def test_a_half_year_as_a_results_statement_writes_it(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert values(sentence, dt.date(2014, 1, 28)) == [expected]


def test_a_half_year_s_code_alone_is_no_date() -> None:
    assert values("Her H1 visa was renewed.", dt.date(2014, 1, 28)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Classes for the fall semester begin Sept. 3.", ("the fall semester", "1996-FA")),
        ("The spring term was short.", ("The spring term", "1996-SP")),
        # valued by the year it began in, as TimeML writes 'the 1996-97 school year'
        ("Tuition rose sharply this academic year.", ("this academic year", "1996")),
        ("Fees rise again next school year.", ("next school year", "1997")),
        ("This semester is the hardest yet.", ("This semester", "1996-FA")),
    ],
)
def test_a_school_s_periods(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in values(sentence, dt.date(1996, 9, 15))


def test_the_current_school_year_in_spring_began_the_year_before() -> None:
    found = values("The current school year ends in June.", dt.date(1993, 5, 19))
    assert ("The current school year", "1992") in found


def test_the_fall_of_a_city_is_no_school_term() -> None:
    assert values("The fall of Kabul came quickly.", dt.date(1996, 9, 15)) == []


@pytest.mark.parametrize(
    ("sentence", "reference", "expected"),
    [
        (
            "A new government would resume talks with creditors in the second half.",
            dt.date(2011, 4, 6),
            ("the second half", "2011-H2"),
        ),
        (
            "Output fell 4 percent in the first half.",
            dt.date(2011, 8, 2),
            ("the first half", "2011-H1"),
        ),
        (
            "Spending is deferred to the second half at the earliest.",
            dt.date(2014, 5, 14),
            ("the second half", "2014-H2"),
        ),
        # told in the past in a report of January: last year's
        (
            "Exports rose sharply in the second half.",
            dt.date(2014, 1, 20),
            ("the second half", "2013-H2"),
        ),
        (
            "Cash costs in H2 2013 averaged $742 an ounce, against $801 in the first half.",
            dt.date(2014, 1, 28),
            ("the first half", "2013-H1"),
        ),
    ],
)
def test_a_bare_half_is_of_the_report_s_year(
    sentence: str, reference: dt.date, expected: tuple[str, str]
) -> None:
    assert values(sentence, reference)[-1] == expected


def test_a_game_s_half_is_no_date() -> None:
    assert values("He scored twice in the second half.", dt.date(2011, 4, 6)) == []


def test_a_holiday_weekend_keeps_its_article() -> None:
    found = values("Prices rise before the Memorial Day weekend.", dt.date(2013, 5, 19))
    assert found == [("the Memorial Day weekend", "2013-W21-WE")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("No deaths had been confirmed by midmorning.", ("midmorning", "2010-07-07TMO")),
        (
            "The library had 70 visitors by midafternoon Tuesday.",
            ("midafternoon Tuesday", "2010-07-06TAF"),
        ),
    ],
)
def test_the_middle_of_a_morning_or_an_afternoon_in_one_word(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert values(sentence, dt.date(2010, 7, 7)) == [expected]


RECOLLECTION = (
    "The trouble began on the second of August 2014, a Saturday. At a checkpoint below the "
    "town our people arrested a man who commanded one of the armed groups in the barrens. We "
    "heard about it on the radio at lunch. By four o'clock his men and others had come down "
    "from the hills, and they hit the posts around the town, one after another.\n\nThat "
    "night we lost contact with two of the posts on our left. The next day the helicopters came."
)


def test_a_memoir_s_clock_goes_on_with_the_day_it_retells() -> None:
    found = values(RECOLLECTION, dt.date(2021, 8, 2))
    assert ("four o'clock", "2014-08-02T16:00") in found
    assert ("That night", "2014-08-02TNI") in found
    assert ("The next day", "2014-08-03") in found


def test_a_report_s_clock_stays_on_its_own_day() -> None:
    # a day named a few days back is no story retold: the market's close is the report's
    report = (
        "Markets had expected a smaller cut until Friday's jobs report, which showed the "
        "economy shed 14,000 jobs. The crown fell 0.6 percent by 5 p.m. in Port Essen."
    )
    assert ("5 p.m.", "2024-09-18T17:00") in values(report, dt.date(2024, 9, 18))


def test_an_action_log_s_fields_date_in_figures() -> None:
    tracker = (
        "ACTION POINTS, 5 December 2002\n"
        "AP 1 | Raised: 03/10 | Owner: FRY | List of fixed positions | Due: 31/10 | Status: done\n"
        "AP 2 | Raised: 17/10 | Owner: CRO | Mark the old minefield | Due: 12/12 | Status: open\n"
    )
    found = values(tracker, dt.date(2002, 12, 5))
    assert ("03/10", "2002-10-03") in found
    assert ("31/10", "2002-10-31") in found
    assert ("12/12", "2002-12-12") in found


def test_a_fraction_after_a_label_is_no_date() -> None:
    assert values("Approval is due: 2/3 of the members must agree.", dt.date(2002, 12, 5)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Talks ended day before yesterday at the Manjeera guest house.",
            ("day before yesterday", "2015-01-25"),
        ),
        ("The emissaries will return day after tomorrow.", ("day after tomorrow", "2015-01-29")),
        (
            "On Tuesday, last week, gunmen in Bangui seized a UN staff member.",
            ("Tuesday, last week", "2015-01-20"),
        ),
    ],
)
def test_a_regional_paper_s_relative_days(sentence: str, expected: tuple[str, str]) -> None:
    assert values(sentence, dt.date(2015, 1, 27)) == [expected]


ORAL_HISTORY = """SOUTH LEBANON ORAL HISTORY ARCHIVE
Recorded in Nabatieh on 9 October 2012. Released to readers on 12 April 2013.

Q: Let us begin with the summer of 1993.

A: In those days the planes came over every week. But that summer was different.
In the first weeks of July there were attacks in the zone.
Even yesterday, when I drove past the hill, I slowed down.
"""


def test_an_oral_history_speaks_of_its_recording_day_and_its_story_s_year() -> None:
    found = values(ORAL_HISTORY, dt.date(2013, 4, 12))
    assert ("that summer", "1993-SU") in found
    assert ("the first weeks of July", "1993-07") in found
    assert ("yesterday", "2012-10-08") in found


def test_the_next_decade_keeps_its_article() -> None:
    found = values("Demand will grow over the next decade.", dt.date(2013, 5, 19))
    assert found == [("the next decade", "P10Y")]


BRIEFING = """ISPR briefing, Tuesday 10 July 2007

1. Day 8 of the operation began at 0400 hours this morning.
4. Day 1 (Tuesday, 3 July): students clashed with Rangers at the Aabpara checkpoint.
6. Day 3 (D+2): a pause in firing was declared from 1100 hours to 1300 hours.
"""


def test_an_operation_s_days_count_from_its_first() -> None:
    found = values(BRIEFING, dt.date(2007, 7, 10))
    assert ("Day 8", "2007-07-10") in found
    assert ("Day 1", "2007-07-03") in found
    assert ("Day 3", "2007-07-05") in found
    assert ("D+2", "2007-07-05") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Day 5 of the Open saw the top seed lose.",  # no first day given: no date
        "It was a hot day two years ago.",  # not a count of days
    ],
)
def test_a_count_of_days_without_its_first_is_no_date(sentence: str) -> None:
    placed = [e for e in tag(sentence, dt.date(1999, 9, 3)) if e.anchored]
    assert [e.text for e in placed] == (["two years ago"] if "ago" in sentence else [])


def test_a_length_after_a_day_told_dates_the_clause_it_leads() -> None:
    text = (
        "Ghani announced the government ceasefire on June 7, three days after a suicide "
        "bomber killed at least seven people at the gate of the ministry."
    )
    found = tag(text, dt.date(2018, 6, 10))
    length = next(e for e in found if e.text == "three days")
    # what TimeML writes: the length; where the timeline puts the bombing: June 4
    assert (length.type, length.value) == (TimexType.DURATION, "P3D")
    assert (length.start, length.end) == (dt.date(2018, 6, 4), dt.date(2018, 6, 4))
    events = extract_events(0, Document("a.txt", text), found)
    assert [e.value for e in events if e.expression == "three days"] == ["2018-06-04"]


def test_a_length_after_a_day_told_with_no_clause_only_describes_it() -> None:
    text = "The bombing near Kurchi on 26 August, three days after the announcement, counts."
    length = next(e for e in tag(text, dt.date(2011, 9, 1)) if e.text == "three days")
    assert length.start is None


def test_a_day_of_the_month_before_a_word_that_goes_on_the_sentence() -> None:
    text = (
        "The war began on 14 July 1969. The ceasefire was agreed on the 18th but the fighting "
        "stopped on the 20th. The observers flew in on the 26th with their jeeps."
    )
    found = values(text, dt.date(1999, 5, 5))
    assert ("the 18th", "1969-07-18") in found
    assert ("the 26th", "1969-07-26") in found
    # a count, not a day: 'on the 10th anniversary'
    assert values("They met again on the 10th anniversary of the war.", dt.date(1999, 5, 5)) == []


def test_since_dawn_is_this_morning_s() -> None:
    found = values("The streets of Sadr City have been quiet since dawn.", dt.date(2008, 5, 11))
    assert found == [("dawn", "2008-05-11TMO")]


def values(text: str, reference: dt.date | None) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in tag(text, reference)]


def test_a_diary_s_thirty_first_is_a_day() -> None:
    # A day of 31 was left out of the diary's short heading when a later pattern, for the
    # months of other calendars that have 30 days, took over the name of its day number.
    diary = "Thu 29th, Novye Atagi\nTalks again.\n\nSat 31st, Khasavyurt\nThey signed tonight.\n"
    found = values(diary, dt.date(1996, 9, 20))
    assert ("Sat 31st", "1996-08-31") in found
    assert ("tonight", "1996-08-31TNI") in found
