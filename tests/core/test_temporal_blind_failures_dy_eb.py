"""Failures the blind sets DY-EB showed (wire copy, explainers, live pages and regional
dailies), each fixed as a general rule and tested here on sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tagging_helpers import all_values


def test_day_headings_over_sections_told_in_the_past_are_days_gone_by():
    # an analysis of Friday 23 January 2015 retells its week under day headings
    text = (
        "ANALYSIS | How the truce came apart\n\n"
        "Monday: the first ceasefire\n\n"
        "On Monday morning fighting broke out around the palace.\n\n"
        "Tuesday: the palace falls\n\n"
        "The truce lasted barely a night. The gunmen took over the compound."
    )
    got = all_values(text, dt.date(2015, 1, 23))
    assert got["Monday"] == "2015-01-19"
    assert got["Tuesday"] == "2015-01-20"


def test_a_week_ahead_diary_still_looks_ahead():
    text = (
        "THE WEEK AHEAD\n\n"
        "Thursday: the president gives his address to Congress.\n\n"
        "Friday:\nThe jobs report comes out."
    )
    got = all_values(text, dt.date(2024, 3, 3))
    assert got["Thursday"] == "2024-03-07"
    assert got["Friday"] == "2024-03-08"


def test_a_correspondents_dateline_running_into_the_first_sentence_dates_its_today():
    # the paper of 2 January prints the correspondent's report of the 1st
    text = (
        "Ceasefire comes into force\n\n"
        "GUWAHATI, JAN. 1. The ceasefire with the outfit came into force today, and "
        "the Chief Minister told reporters this evening that talks would follow."
    )
    got = all_values(text, dt.date(2003, 1, 2))
    assert got["today"] == "2003-01-01"
    assert got["this evening"] == "2003-01-01TEV"


def test_a_month_after_one_told_that_year_stays_in_that_year():
    text = (
        "It was launched in the summer of 2009. It stalled in October that year, and in "
        "December the court closed the party."
    )
    assert all_values(text, dt.date(2011, 3, 1))["December"] == "2009-12"


def test_a_year_after_since_does_not_date_the_rest_of_the_sentence():
    text = (
        "The siege of the east, held by rebels since the summer of 2012, was imposed in "
        "July, when government forces cut the road. A ceasefire took effect on 12 "
        "September and fell apart a week later."
    )
    got = all_values(text, dt.date(2016, 12, 17))
    assert got["July"] == "2016-07"
    assert got["12 September"] == "2016-09-12"
    assert got["a week later"] == "2016-09-19"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # 'and' joins names before the verb: the main verb is past
        ("On 11 March two Americans and a Briton were killed.", "2020-03-11"),
        ("On 11 March talks and a summit will open.", "2021-03-11"),
    ],
)
def test_a_date_opening_the_sentence_takes_the_verb_after_names_joined_by_and(sentence, value):
    assert all_values(sentence, dt.date(2020, 10, 12))["11 March"] == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Strand 2 items are on the agenda for Wednesday.", "1998-01-28"),
        ("Prayers for Wednesday were called off.", "1998-01-21"),
    ],
)
def test_a_weekday_something_is_set_for_lies_ahead_unless_told_in_the_past(sentence, value):
    assert all_values(sentence, dt.date(1998, 1, 26))["Wednesday"] == value


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Both leaders have been invited to the White House in the spring.", "the spring",
         "2005-SP"),
        ("Donors have been asked to a conference in Cairo in October.", "October", "2005-10"),
        ("Donors were asked to a conference in Cairo in October.", "October", "2004-10"),
    ],
)  # fmt: skip
def test_an_invitation_standing_now_is_to_something_to_come(sentence, text, value):
    assert all_values(sentence, dt.date(2005, 2, 9))[text] == value


@pytest.mark.parametrize(
    ("sentence", "reference", "text", "value"),
    [
        # said on Wednesday 29 September 1993: the Thursday to come
        ("Conti was to fly to New York that evening and brief the Council on Thursday.",
         dt.date(1993, 9, 29), "Thursday", "1993-09-30"),
        # said on Tuesday 3 January 2006: the schools were to reopen the next day
        ("The schools, which were to reopen Wednesday, will stay closed.",
         dt.date(2006, 1, 3), "Wednesday", "2006-01-04"),
        # said on Wednesday 14 December 2016: the Monday just gone
        ("The talks were to begin on Monday but were postponed.",
         dt.date(2016, 12, 14), "Monday", "2016-12-12"),
    ],
)  # fmt: skip
def test_a_weekday_planned_in_the_past_is_the_nearest_of_that_name(
    sentence, reference, text, value
):
    assert all_values(sentence, reference)[text] == value


def test_a_clock_on_a_weekday_planned_in_the_past_is_on_the_nearest_of_that_name():
    # an analysis of Saturday 17 December 2016 retells Wednesday's failed evacuation
    text = (
        "The first buses were due to leave at 5am on Wednesday. They never moved. "
        "Talks resumed that night."
    )
    got = all_values(text, dt.date(2016, 12, 17))
    assert got["5am on Wednesday"] == "2016-12-14T05:00"
    assert got["that night"] == "2016-12-14TNI"


def test_a_term_set_in_the_past_runs_on_from_the_day_its_paragraph_told():
    # a Q&A of March 2011 about a truce of 2010
    text = (
        "On 13 August 2010 the truce began. It was declared at first until 20 September. "
        "Before that deadline arrived, the KCK stretched it to the end of October, and on "
        "1 November it extended it again, this time up to the general election on 12 June."
    )
    got = all_values(text, dt.date(2011, 3, 1))
    assert got["the end of October"] == "2010-10"
    assert got["12 June"] == "2011-06-12"


def test_a_date_told_in_the_past_does_not_go_on_beyond_the_report():
    # 'Sunday' lies ahead of the report; the paragraph after it tells of last year
    text = (
        "Parliament is due to meet on Sunday.\n\n"
        "The conference wound up a year ago this week. On 21 September the Houthis "
        "entered Sanaa."
    )
    got = all_values(text, dt.date(2015, 1, 23))
    assert got["Sunday"] == "2015-01-25"
    assert got["21 September"] == "2014-09-21"


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        # said on a day written in full: the end of that day's month
        ("On 9 September the US command said it would cut its forces by the end of the "
         "month.", dt.date(2020, 10, 12), "2020-09"),
        # said on a day told from the report's own: the paper's month
        ("Wednesday's briefing said a monitoring team would be based in the capital by the "
         "end of the month.", dt.date(2000, 6, 3), "2000-06"),
    ],
)  # fmt: skip
def test_the_end_of_the_month_said_on_a_day_told(text, reference, value):
    assert all_values(text, reference)["the end of the month"] == value


def test_a_month_told_after_another_in_the_same_sentence_comes_after_it():
    text = (
        "The violence has put pressure on a truce Sadr first declared in August 2007 and "
        "renewed for six months in February."
    )
    assert all_values(text, dt.date(2008, 3, 31))["February"] == "2008-02"


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels broke the ceasefire overnight with sniper fire near the road.",
        "Paratroopers were flown into Beslan overnight aboard transports.",
        "Rebels bused out of the village after overnight truce",
        "Schools were closed after intense overnight clashes.",
    ],
)
def test_overnight_before_a_phrase_or_an_event_noun_is_last_night(sentence):
    assert all_values(sentence, dt.date(2001, 6, 25))["overnight"] == "2001-06-24TNI"


@pytest.mark.parametrize("sentence", ["He booked an overnight stay.", "The overnight train left."])
def test_overnight_as_a_plain_adjective_is_no_time(sentence):
    assert "overnight" not in all_values(sentence, dt.date(2001, 6, 25))


def test_a_settlement_wanted_by_a_month_lies_ahead():
    text = (
        "The talks resumed at Stormont in June 1996, and the governments want a settlement "
        "by May, so a referendum can be held."
    )
    assert all_values(text, dt.date(1998, 1, 26))["May"] == "1998-05"


def test_a_quotation_is_not_dated_by_a_day_in_a_clause_the_saying_was_about():
    # a live page of Saturday 23 November 1991
    text = (
        "Officials are unhappy that the text says nothing about Vukovar, where army columns "
        'drove through the ruins on Tuesday. A spokesman told us: "We were promised this '
        'morning that the town would be mentioned."'
    )
    got = all_values(text, dt.date(1991, 11, 23))
    assert got["Tuesday"] == "1991-11-19"
    assert got["this morning"] == "1991-11-23TMO"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ('"Let\'s see if it lasts past August."', "August", "2015-08"),
        ("The truce held past Friday, then broke.", "Friday", "2015-07-17"),
        ("It happened on the past Wednesday.", "the past Wednesday", "2015-07-15"),
    ],
)
def test_past_after_a_verb_is_a_preposition_not_the_month_gone_by(sentence, text, value):
    assert all_values(sentence, dt.date(2015, 7, 20))[text] == value
