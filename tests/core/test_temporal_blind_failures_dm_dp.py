"""What ceasefire sets DM-DP (court records, week-ahead previews, scholarly papers, speeches)
and the memoirs of DI showed, fixed as general rules and checked here on text written for
the tests.

- A spelled day of the month is a day: 'on the fourteenth of May', 'on the twenty-fifth'.
- 'the last year of the siege' is the siege's final year, not the year before the report.
- A year the sentence is about sets its paragraph's year: 'The last year of the siege,
  2016, began with hunger. On the first of June ...'.
- A day of the month goes on in a month the story placed long before the report: 'In the
  first days of August came the fire. ... on the 19th'.
- A weekday in the next sentence after a run of days told is the one among them: 'from 11
  to 14 March. On Sunday evening ...'.
- A citation's year with a bare page is no date: '(Tanner et al. 2016, 31)'.
- A speech's or a record's header dates it: 'Thursday, August 24, 2006 / Bhadrapada 2,
  1928 (Saka)', '3989th meeting, New York, Friday, 26 March 1999, 10.15 a.m.', and a
  judgment's 'Delivered: Friday 4 February 2000'.
- A clock on a yearless day with its weekday is in a year the weekday fits: 'at 9 a.m. on
  Friday, 29 October', told of 1999 in a judgment of 2006.
- A month within weeks of the day its paragraph just told, in an earlier year, is in that
  year: 'signed on Sunday, August 12, 1990 ... came down at the end of August'.
- A case study or a memoir whose dates written in full all lie years before it, and that
  tells no day from its own ('Tuesday', 'yesterday'), goes on in the year it last named:
  'On 25 April 2003 ... Over the summer ... by August'; news that writes only its background
  in full does not ('The record was set on July 24, 2006 ... on Tuesday ... this summer').
- A heading that opens its entry's line, 'Wednesday, Aug. 15: At noon ...', dates that
  entry's paragraph only.
- A week-ahead diary's day headings in the present are days to come: 'Thursday: President
  Biden gives his State of the Union address', 'The weekend: ...'; 'Today:' under a heading
  in capitals is today, not a show's name.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tagging_helpers import all_values

from viewer.core.ingest import find_publication_date
from viewer.core.temporal import tag


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        (
            "My wife and I landed at Ben Gurion on the fourteenth of May, with four suitcases.",
            "the fourteenth of May",
            "2001-05-14",
        ),
        (
            "The talks ended on the twentieth of June.",
            "the twentieth of June",
            "2001-06-20",
        ),
        (
            "The first shells fell in July. They stopped on the twenty-fifth.",
            "the twenty-fifth",
            "2001-07-25",
        ),
    ],
)
def test_a_spelled_day_of_the_month_is_a_day(sentence: str, expression: str, value: str) -> None:
    assert all_values(sentence, dt.date(2001, 7, 30))[expression] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "He lived on the twelfth floor of the ministry.",
        "It was the twentieth century's longest truce.",
        "In the twentieth round the talks broke down.",
    ],
)
def test_a_spelled_ordinal_that_counts_something_else_is_no_day(sentence: str) -> None:
    found = all_values(sentence, dt.date(2001, 7, 30))
    assert not any(v.startswith("2001-") for v in found.values()), found


def test_the_last_year_of_a_thing_is_not_last_year() -> None:
    found = {e.text: e for e in tag("It was the last year of the siege.", dt.date(2022, 8, 25))}
    assert found["the last year"].value == "XXXX"
    assert found["the last year"].start is None  # placed nowhere on the timeline
    # 'the last year' alone still looks back from the report
    assert all_values("Prices rose over the last year.", dt.date(2022, 8, 25)) == {
        "the last year": "2021"
    }


def test_a_year_the_sentence_is_about_sets_its_paragraph_s_year() -> None:
    text = (
        "The last year of the siege, 2016, began with hunger and ended with buses. On the "
        "first of June a convoy came in. By the end of that month the bombing was daily.\n\n"
        "The translators finished their work on 3 May."
    )
    found = all_values(text, dt.date(2022, 8, 25))
    assert found["the first of June"] == "2016-06-01"
    assert found["the end of that month"] == "2016-06"
    # the paragraph ends, and with it the year it told
    assert found["3 May"] == "2022-05-03"
    # a year governed by a preposition does not set the scene
    text = "The deal signed in 2016 was broken often. On the first of June talks resumed."
    assert all_values(text, dt.date(2022, 8, 25))["the first of June"] == "2022-06-01"


def test_a_day_of_the_month_goes_on_in_a_month_the_story_placed_long_ago() -> None:
    text = (
        "The siege began in November 2012 and its last year, 2016, was the worst. In the "
        "first days of August came the fire. The last field hospital burned on the 19th."
    )
    found = all_values(text, dt.date(2022, 8, 25))
    assert found["the first days of August"] == "2016-08"
    assert found["the 19th"] == "2016-08-19"
    # a glance back from the month told is no month the story goes on in
    text = (
        "When Machar flew into Juba in April 2016, the deal was eight months old. It had "
        "been signed the previous August. Machar was sworn in on the afternoon of the 26th."
    )
    assert all_values(text, dt.date(2017, 7, 8))["the 26th"] != "2015-08-26"


def test_a_weekday_after_a_run_of_days_told_is_the_one_among_them() -> None:
    text = (
        "The second round took place from 11 to 14 March, again in Ashgabat. On Sunday "
        "evening, after four days, the delegations signed."
    )
    assert all_values(text, dt.date(1999, 3, 26))["Sunday evening"] == "1999-03-14TEV"
    # in the same sentence, or said as a report's day, it is read from the report
    text = "Its meetings are on Dec. 10-11, and minutes of Wednesday's meeting follow."
    assert all_values(text, dt.date(2024, 9, 18))["Wednesday"] == "2024-09-18"
    text = "The round ran from 11 to 14 March. Officials said on Sunday it went well."
    assert all_values(text, dt.date(1999, 3, 26))["Sunday"] == "1999-03-21"


def test_a_citation_with_a_bare_page_is_no_date() -> None:
    text = "Each side accused the other (Tanner et al. 2016, 31). Fighting began in 2003."
    found = {e.text: e for e in tag(text, dt.date(2014, 6, 16))}
    assert found["2016"].start is None
    assert found["2003"].start == dt.date(2003, 1, 1)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "LOK SABHA DEBATES (uncorrected)\n"
            "Thursday, August 24, 2006 / Bhadrapada 2, 1928 (Saka)\n"
            "STATEMENT BY MINISTER RE: SUSPENSION OF ARMY OPERATIONS\n\n"
            "Sir, yesterday the Government decided to extend the suspension.",
            dt.date(2006, 8, 24),
        ),
        (
            "UNITED NATIONS SECURITY COUNCIL\n"
            "3989th meeting, New York, Friday, 26 March 1999, 10.15 a.m.\n"
            "The situation in Afghanistan\n\n"
            "Mr. President, yesterday a rocket struck a market near Charikar.",
            dt.date(1999, 3, 26),
        ),
    ],
)
def test_a_record_s_header_dates_it(header: str, expected: dt.date) -> None:
    assert find_publication_date(header, "speech.txt")[0] == expected


def test_a_judgment_s_delivery_line_dates_it() -> None:
    text = (
        "IN THE HIGH COURT OF JUSTICE IN NORTHERN IRELAND\n\nHARTLEY J\n"
        "Delivered: Friday 4 February 2000\n\nIntroduction\n\n[1] The applicant seeks review."
    )
    assert find_publication_date(text, "judgment.txt")[0] == dt.date(2000, 2, 4)
    # a speaker's 'Delivered by ...' is no date
    text = "ADDRESS\nDelivered by H.E. Sok Vannarith, Senior Minister\n\nToday we remember."
    assert find_publication_date(text, "speech.txt")[0] is None


def test_a_clock_on_a_yearless_day_and_weekday_is_in_a_year_they_fit() -> None:
    text = (
        "On 27 October 1999 the command announced a corridor. The corridor was to open at "
        "9 a.m. on Friday, 29 October, along the M-29 highway."
    )
    assert all_values(text, dt.date(2006, 7, 13))["9 a.m. on Friday, 29 October"] == (
        "1999-10-29T09:00"
    )
    # a weekday that fits the year near the report keeps that year
    assert all_values("Talks begin at 9 a.m. on Friday, 15 July.", dt.date(2016, 7, 13)) == {
        "9 a.m. on Friday, 15 July": "2016-07-15T09:00"
    }


def test_a_month_near_the_day_a_paragraph_told_is_in_its_year() -> None:
    text = (
        "Negotiators signed an agreement on Sunday, August 12, 1990. The army took over the "
        "lines eight days later. The barricades came down at the end of August, and the "
        "bridge reopened on September 6."
    )
    assert all_values(text, dt.date(1992, 6, 29))["the end of August"] == "1990-08"
    # a story goes on: a month over before the day told is the next year's
    text = (
        "Hezbollah opened fire on 8 October 2023. The exchanges escalated into full-scale "
        "war in late September, when Israel killed its leader."
    )
    assert all_values(text, dt.date(2025, 1, 10))["late September"] == "2024-09"


WEEK_AHEAD = (
    "THE LEVANT WEEK AHEAD\n\nThursday's deaths of more than 100 people near a convoy have "
    "hardened positions.\n\nTHE DIARY\n\n"
    "Today: Egyptian and Qatari mediators receive a Hamas delegation in Cairo.\n\n"
    "Monday: The day the White House had pencilled in.\n\n"
    "Thursday: President Biden gives his State of the Union address.\n\n"
    "- By Friday: The Commission may announce a sea corridor.\n\n"
    "The weekend: Moon-sighting committees look for the crescent.\n\n"
    "LAST WEEK\n\nTuesday: The army said it had withdrawn from two neighbourhoods."
)


def test_a_week_ahead_diary_s_day_headings_are_days_to_come() -> None:
    found = {e.text: e for e in tag(WEEK_AHEAD, dt.date(2024, 3, 3))}  # a Sunday
    assert found["Today"].value == "2024-03-03"
    assert found["Monday"].value == "2024-03-04"
    assert found["Friday"].value == "2024-03-08"
    assert found["The weekend"].value == "2024-W10-WE"
    every = [(e.text, e.value) for e in tag(WEEK_AHEAD, dt.date(2024, 3, 3))]
    # the heading in the present looks ahead; 'Thursday's deaths' and a past entry look back
    assert ("Thursday", "2024-03-07") in every
    assert ("Thursday", "2024-02-29") in every
    assert ("Tuesday", "2024-02-27") in every


CASE_STUDY = (
    "4.1 Background\n\n"
    "The rebellion is usually dated to the attack on the airport at El Fasher on 25 April "
    "2003 (Flint and de Waal 2008, 99-101). The fighting had simmered since at least mid-2002. "
    "Over the summer the government answered with air strikes, and by August the rebels had "
    "won a string of engagements.\n\n"
    "On 3 September 2003 the parties signed a truce; on 4 November 2003 they extended it, and "
    "talks reopened in N'Djamena in December."
)


def test_a_case_study_goes_on_in_the_year_it_last_named() -> None:
    found = all_values(CASE_STUDY, dt.date(2014, 6, 16))
    assert found["the summer"] == "2003-SU"
    assert found["August"] == "2003-08"
    assert found["December"] == "2003-12"
    # news that tells its own days by weekday writes only its background in full
    news = CASE_STUDY.replace("the parties signed", "officials said on Tuesday the parties signed")
    assert all_values(news, dt.date(2014, 6, 16))["August"] == "2013-08"
    # a 'today' someone wrote on a day of their own is no day of the report's
    quoted = CASE_STUDY.replace("the parties signed", 'the parties signed ("Quiet today")')
    assert all_values(quoted, dt.date(2014, 6, 16))["August"] == "2003-08"


def test_an_entry_heading_dates_its_own_paragraph_only() -> None:
    text = (
        "THIS WEEK IN 1945\n\n"
        "Wednesday, Aug. 15: At noon Tokyo time, the emperor's voice was heard on the radio.\n\n"
        "Fifty years on, the city's memorial service was held this morning."
    )
    found = all_values(text, dt.date(1995, 8, 6))
    assert found["noon Tokyo time"] == "1945-08-15T12:00"
    assert found["this morning"] == "1995-08-06TMO"
