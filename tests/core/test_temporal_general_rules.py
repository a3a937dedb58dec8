"""Conventions adopted from the TimeBank/AQUAINT gold because most annotators across sources
follow them (counts in the commit messages), each checked on a sentence written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.model import TimexType
from viewer.core.temporal import tag
from viewer.core.temporal.recognize import candidates, scan_candidates

THURSDAY = dt.date(2024, 3, 14)


def expressions(sentence: str, reference: dt.date | None = THURSDAY) -> dict[str, tuple[str, str]]:
    return {e.text: (e.type.value, e.value) for e in tag(sentence, reference)}


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind", "value"),
    [
        # 'couple of' counts two with or without 'a'
        (
            "Aid agencies expect the camps to stay full over the next couple of years.",
            "the next couple of years",
            "DURATION",
            "P2Y",
        ),
        (
            "The two villages have quarrelled over the well for centuries.",
            "centuries",
            "DURATION",
            "PXY",
        ),
    ],
)
def test_vague_and_spelled_out_durations(sentence: str, phrase: str, kind: str, value: str) -> None:
    assert expressions(sentence)[phrase] == (kind, value)


def test_the_nth_day_said_in_the_present_is_today() -> None:
    found = expressions("It is the fifth day of the ceasefire, and the roads are open.")
    assert found["the fifth day"] == ("DATE", "2024-03-14")


def test_the_nth_day_of_a_day_already_named_is_no_second_event() -> None:
    (today, fifth) = tag("Today is the fifth day of the ceasefire.", THURSDAY)
    assert today.anchored and (fifth.value, fifth.anchored) == ("2024-03-14", False)


def test_the_nth_day_told_of_in_the_past_is_a_date_left_unplaced() -> None:
    (day,) = [e for e in tag("Shelling resumed on the third day of the truce.", THURSDAY)]
    assert (day.text, day.type, day.value) == ("the third day", TimexType.DATE, "XXXX-XX-XX")
    assert not day.anchored  # no event is drawn for a day whose count starts we do not know


def test_a_day_long_meeting_is_not_a_counted_day() -> None:
    found = expressions("The envoys ended their second day-long meeting without a deal.")
    assert "second day" not in found


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The convoy will leave at 4 in the morning.", "4 in the morning", "2024-03-14T04:00"),
        (
            "Curfew starts at 9 o'clock in the evening on Friday.",
            "9 o'clock in the evening on Friday",
            "2024-03-15T21:00",
        ),
        ("The sirens sounded at 10 at night.", "10 at night", "2024-03-14T22:00"),
        ("The truce begins at 6 o'clock tomorrow.", "6 o'clock tomorrow", "2024-03-15T06:00"),
        (
            "The guns must fall silent at six o'clock in the morning on Friday.",
            "six o'clock in the morning on Friday",
            "2024-03-15T06:00",
        ),
        (
            "Today at nine in the morning we found five bodies near the mosque.",
            "Today at nine in the morning",
            "2024-03-14T09:00",
        ),
    ],
)
def test_clock_times_said_in_words(sentence: str, phrase: str, value: str) -> None:
    assert expressions(sentence)[phrase] == ("TIME", value)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The minister told USA Today that talks would go on.", "Today"),
        ('The envoy said on ABC\'s "This Week" that the truce would hold.', "This Week"),
    ],
)
def test_a_paper_or_a_programme_named_like_a_date_is_not_one(sentence: str, name: str) -> None:
    assert name not in expressions(sentence)


def test_today_opening_a_quote_is_still_today() -> None:
    found = expressions('"Today we buried our neighbours," a resident said.')
    assert found["Today"] == ("DATE", "2024-03-14")


def test_new_forms_are_found_by_the_trigger_scan_as_by_a_full_scan() -> None:
    text = (
        "Today is the fifth day of the truce. The convoy left at 4 in the morning and the"
        " curfew starts at 9 o'clock. The feud has lasted for centuries, and will last the"
        " next couple of years. Envoys meet at noon on 18 June; the truce runs out on the 24th."
        " Gunmen struck in the early hours, at nine in the morning, and at 17:00 (14:00 GMT)."
    )
    assert list(candidates(text)) == list(scan_candidates(text))


def test_over_the_years_is_a_vague_duration() -> None:
    found = expressions("Over the years the militia has broken every truce it signed.")
    assert found["the years"] == ("DURATION", "PXY")


def test_now_opening_a_sentence_with_a_comma_is_a_turn_not_a_time() -> None:
    text = "The talks failed in May. Now, the mediators say, both sides want a deal now."
    found = [(e.text, e.value) for e in tag(text, THURSDAY)]
    assert found.count(("now", "PRESENT_REF")) == 1
    assert ("Now", "PRESENT_REF") not in found


def test_now_inside_a_sentence_is_the_present() -> None:
    found = expressions("Government troops now control the road to the airport.")
    assert found["now"] == ("DATE", "PRESENT_REF")


def test_by_a_month_in_a_tally_told_in_the_past_is_the_nearest_one() -> None:
    text = (
        "The toll is higher than the UN count of 93,000 dead by the end of April, which"
        " researchers compiled from 263,000 reports."
    )
    found = expressions(text, dt.date(2024, 6, 26))
    assert found["the end of April"] == ("DATE", "2024-04")  # not next year's April


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Government troops had retaken the town by Monday.", "Monday", "2024-03-11"),
        ("Most families fled the camp by Tuesday, aid workers said.", "Tuesday", "2024-03-12"),
        ("Rebels must leave the city by Friday, the army said.", "Friday", "2024-03-15"),
        ("The militia said it would hand over its weapons by May.", "May", "2024-05"),
    ],
)
def test_by_a_date_is_a_deadline_unless_the_sentence_looks_back(
    sentence: str, phrase: str, value: str
) -> None:
    assert expressions(sentence)[phrase][1] == value


def test_a_photo_caption_date_is_the_date_it_spells() -> None:
    found = expressions("In this Thursday, Nov. 23, 2006 file photo, protesters burn posters.")
    assert found["this Thursday, Nov. 23, 2006"] == ("DATE", "2006-11-23")


def test_each_other_is_not_every_other() -> None:
    found = expressions("Rival militias fired mortar shells at each other Thursday in Tripoli.")
    assert found == {"Thursday": ("DATE", "2024-03-14")}
    assert expressions("Aid convoys cross every other Thursday.")["every other Thursday"] == (
        "SET",
        "XXXX-WXX-4",
    )


def test_a_clock_time_in_a_bracketed_zone_is_not_a_year() -> None:
    found = expressions("Updated 1033 GMT (1833 HKT) Russia warns of an Iraqi scenario.")
    # the bracket gives the same moment in another zone, so it joins the one time
    assert found == {"1033 GMT (1833 HKT)": ("TIME", "2024-03-14T10:33")}


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        (
            "Lawmakers who had balked weeks ago said they would back the aid.",
            "weeks ago",
            "PAST_REF",
        ),
        ("Months later, the crossing was still closed.", "Months later", "FUTURE_REF"),
    ],
)
def test_an_uncounted_offset_is_vague(sentence: str, phrase: str, value: str) -> None:
    assert expressions(sentence)[phrase] == ("DATE", value)


def test_a_counted_offset_is_placed() -> None:
    assert expressions("The town fell to the army a week ago.")["a week ago"] == (
        "DATE",
        "2024-W10",
    )


def test_a_photo_caption_month_and_year_is_that_month() -> None:
    found = expressions("In this April 1996 file photo, two fighters stand near rocket launchers.")
    assert found == {"April 1996": ("DATE", "1996-04")}


def test_a_party_named_the_future_is_not_a_time() -> None:
    assert expressions("The Future bloc condemned the strikes on Tuesday.") == {
        "Tuesday": ("DATE", "2024-03-12")
    }
    assert expressions("Refugees fear for the future.")["the future"] == ("DATE", "FUTURE_REF")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a modal before a bare verb looks ahead
        ("The guns may fall silent on Friday, now that both sides accept the truce.", "2024-03-15"),
        ("Negotiators should meet again on Friday in Doha.", "2024-03-15"),
        # before 'have' it looks back
        ("Rebels may have fled the town on Friday.", "2024-03-08"),
        # and after a weekday 'May' is the month
        ("The protest began on Friday, 3 May at noon, witnesses said.", "2024-05-03T12:00"),
    ],
)
def test_modal_verbs_look_ahead(sentence: str, value: str) -> None:
    assert value in {v for _, v in expressions(sentence).values()}


def test_the_first_day_of_the_week_is_a_calendar_rule_not_today() -> None:
    found = expressions("Sunday is the first day of the work week in Syria.")
    assert found["the first day"] == ("DATE", "XXXX-XX-XX")


def test_the_nth_day_in_apposition_to_a_day_is_that_day_and_no_second_event() -> None:
    text = "Army guns pounded the old city on Sunday, the second day of the offensive."
    (sunday, second) = tag(text, dt.date(2024, 3, 14))
    assert (sunday.value, sunday.anchored) == ("2024-03-10", True)
    assert (second.text, second.value, second.anchored) == ("the second day", "2024-03-10", False)


def test_years_end_is_the_end_of_this_year() -> None:
    e = tag("Foreign troops are to leave by year's end, the minister said.", THURSDAY)[0]
    assert (e.text, e.value, e.mod) == ("year's end", "2024", "END")


@pytest.mark.parametrize(
    "header", ["Date: Fri, 15 Mar 2024 10:00:00 GMT", "Date: Fri, 15 Mar 2024 10:00:00 +0200"]
)
def test_a_mail_header_time_with_seconds_is_a_time_on_its_date(header: str) -> None:
    found = {v for _, v in expressions(header).values()}
    assert found == {"2024-03-15", "2024-03-15T10:00"}


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        # a list names separate days; only 'between ... and ...' spans the days in between
        (
            "The truce was extended twice, on Nov. 27 and Nov. 29.",
            [("Nov. 27", "2023-11-27"), ("Nov. 29", "2023-11-29")],
        ),
        (
            "Envoys met in Doha on 10 and 12 November.",
            [("10", "2023-11-10"), ("12 November", "2023-11-12")],
        ),
        (
            "The summit is set for December 4 and 5.",
            [("December 4", "2023-12-04"), ("5", "2023-12-05")],
        ),
        (
            "Voting will be held between December 4 and 6.",
            [("between December 4 and 6", "2023-12-04")],
        ),
        ("The raids killed 5 and wounded 25 people on Friday.", [("Friday", "2023-11-24")]),
    ],
)
def test_listed_days_are_separate_dates(sentence: str, days: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in tag(sentence, dt.date(2023, 11, 24))] == days


def test_a_range_between_two_days_spans_them() -> None:
    (e,) = tag("Voting will be held between December 4 and 6.", dt.date(2023, 11, 24))
    assert (e.start, e.end) == (dt.date(2023, 12, 4), dt.date(2023, 12, 6))


def test_a_weekday_announced_on_an_earlier_day_follows_that_day() -> None:
    text = "Qatar said on Wednesday that the pause would start on Thursday morning."
    found = [(e.text, e.value) for e in tag(text, dt.date(2023, 11, 24))]  # a Friday
    assert found == [("Wednesday", "2023-11-22"), ("Thursday morning", "2023-11-23TMO")]
    later = "An official said on Wednesday that aid would arrive on Tuesday."
    assert expressions(later, dt.date(2023, 11, 24))["Tuesday"] == ("DATE", "2023-11-28")


def test_day_n_of_a_truce_is_a_counted_day() -> None:
    (day,) = tag("The second phase is due to begin on day 42 of the truce.", THURSDAY)
    assert (day.text, day.value, day.anchored) == ("day 42", "XXXX-XX-XX", False)
    assert expressions("It is Day 16 of the ceasefire.")["Day 16"] == ("DATE", "2024-03-14")


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Saturday was the third day of the truce.", "the third day", "2024-03-09"),
        ("Monday will be the 100th day of the war.", "the 100th day", "2024-03-18"),
    ],
)
def test_a_day_that_is_the_nth_day_gives_it_its_date(
    sentence: str, phrase: str, value: str
) -> None:
    (day, nth) = tag(sentence, THURSDAY)
    assert day.anchored and (nth.text, nth.value, nth.anchored) == (phrase, value, False)


SATURDAY = dt.date(2013, 6, 1)


@pytest.mark.parametrize(
    ("sentence", "closing", "value"),
    [
        # Written on Saturday about a night that ran into Sunday: read alone, a past
        # 'Sunday' would be last week's, a day before the range even opens.
        (
            "From Saturday night into Sunday, Hezbollah fighters ambushed rebels near Baalbek.",
            "Sunday",
            "2013-06-02",
        ),
        (
            "Shelling went on overnight Saturday into Sunday, residents said.",
            "Sunday",
            "2013-06-02",
        ),
        (
            "Clashes raged between Thursday and Saturday around the airport.",
            "Saturday",
            "2013-06-01",
        ),
        ("Talks in Doha ran Wednesday-Friday without a deal.", "Friday", "2013-05-31"),
        ("The pause is to hold from Friday until Monday.", "Monday", "2013-06-10"),
    ],
)
def test_a_weekday_range_closes_after_it_opens(sentence: str, closing: str, value: str) -> None:
    assert expressions(sentence, SATURDAY)[closing] == ("DATE", value)


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # Two days listed, each read by its tense on its own
        ("Envoys met the rebels on Friday and Sunday.", "Sunday", "2013-05-26"),
        # A range opened by a date written in full may span weeks
        ("Crane bought the shares from May 14 to Thursday.", "Thursday", "2013-05-30"),
    ],
)
def test_only_a_weekday_range_is_closed_after_its_opening(
    sentence: str, phrase: str, value: str
) -> None:
    assert expressions(sentence, SATURDAY)[phrase] == ("DATE", value)


MONDAY_IN_JANUARY = dt.date(2019, 1, 7)


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind", "value"),
    [
        # A clock time with its weekday and date is one moment on that date
        (
            "The Hodeidah truce took effect at midnight (2100 GMT) on Tuesday 18 December.",
            "midnight (2100 GMT) on Tuesday 18 December",
            "TIME",
            "2018-12-18T24:00",
        ),
        (
            "Firing stopped at noon Tuesday, the 8th of January, monitors said.",
            "noon Tuesday, the 8th of January",
            "TIME",
            "2019-01-08T12:00",
        ),
        (
            "Aid convoys left at 10:00 on Sunday, 6 January 2019.",
            "10:00 on Sunday, 6 January 2019",
            "TIME",
            "2019-01-06T10:00",
        ),
        # A small 'may' after the weekday is the verb, not a month
        (
            "Envoys meet at 9 a.m. on Monday may 7 be a date for the next round?",
            "9 a.m. on Monday",
            "TIME",
            "2019-01-07T09:00",
        ),
        # The day of a month named by its relation to the reference month
        (
            "The rebels withdrew on the 12th of this month.",
            "the 12th of this month",
            "DATE",
            "2019-01-12",
        ),
        ("Talks opened on the 20th of last month.", "the 20th of last month", "DATE", "2018-12-20"),
        (
            "Shelling began in March, and on the 14th of that month the truce collapsed.",
            "the 14th of that month",
            "DATE",
            "2018-03-14",
        ),
    ],
)
def test_days_named_with_their_date(sentence: str, phrase: str, kind: str, value: str) -> None:
    assert expressions(sentence, MONDAY_IN_JANUARY)[phrase] == (kind, value)


@pytest.mark.parametrize(
    ("reference", "year"),
    [(dt.date(2018, 12, 20), "2019"), (dt.date(2019, 2, 10), "2019")],
)
def test_the_new_year_is_the_coming_one_late_in_a_year(reference: dt.date, year: str) -> None:
    found = expressions("The monitoring mission will be reviewed in the new year.", reference)
    assert found["the new year"] == ("DATE", year)
    assert "New Year's Day" in expressions("Shelling resumed on New Year's Day.", reference)


@pytest.mark.parametrize(
    "sentence",
    [
        "Supporters of the March 14 movement want the government to quit.",
        "Saad al-Hariri, leader of the opposition March 14 alliance, replied.",
        "The February 17 Revolution Coalition called for protests in Benghazi.",
        "Hezbollah's March 8 bloc holds a majority in parliament.",
    ],
)
def test_a_day_that_names_a_movement_is_no_date(sentence: str) -> None:
    assert not [e for e in tag(sentence, dt.date(2012, 3, 20)) if e.anchored]


def test_a_day_after_a_preposition_stays_a_date_before_such_a_word() -> None:
    found = expressions("The truce began on March 14 forces said.", dt.date(2012, 3, 20))
    assert found["March 14"] == ("DATE", "2012-03-14")


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday the state-run English-language channel, Russia Today, reported it.",
        "The channel Russia Today said Moscow would send a cruiser.",
    ],
)
def test_today_in_a_channels_name_is_no_date(sentence: str) -> None:
    assert "Today" not in expressions(sentence, dt.date(2011, 11, 28))


def test_today_opening_a_sentence_is_still_today() -> None:
    found = expressions("Today, monitors said the truce held.", dt.date(2011, 11, 28))
    assert found["Today"] == ("DATE", "2011-11-28")


def test_a_long_s_in_a_weekday_is_read_as_an_s() -> None:
    found = expressions("The truce starts at 7 p.m. on \u017funday.", dt.date(2014, 9, 3))
    assert found["7 p.m. on \u017funday"] == ("TIME", "2014-09-07T19:00")
