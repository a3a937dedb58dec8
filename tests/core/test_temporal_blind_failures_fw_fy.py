"""Failures the blind sets FW-GE and the TimeML sets DC-DK showed, each fixed as a general
rule and tested on sentences written for the tests."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import all_values, values

from viewer.core.ingest import find_publication_date
from viewer.core.temporal import tag

REPORT = dt.date(1996, 12, 10)  # a report to the Council, covering the half-year before


def test_the_start_of_a_range_gone_by_takes_the_year_of_its_end():
    text = "The present report covers developments from 1 June to 10 December 1996."
    found = all_values(text, REPORT)
    assert (found["1 June"], found["10 December 1996"]) == ("1996-06-01", "1996-12-10")


def test_a_range_still_to_come_may_start_years_before_its_end():
    text = "The five-year award runs from July 1 through June 30, 2029."
    assert all_values(text, dt.date(2024, 2, 8))["July 1"] == "2024-07-01"


def test_a_question_set_inside_the_sentence_keeps_its_modal_to_itself():
    # 'can deteriorate' is of the question, not of the season the sentence looks back on
    text = "The shootings of the autumn show how quickly the situation can deteriorate."
    assert all_values(text, REPORT)["the autumn"] == "1996-FA"


def test_what_the_speaker_urges_lies_ahead():
    text = "I urge both sides to accept the Force's proposals before the summer."
    assert all_values(text, REPORT)["the summer"] == "1997-SU"


def test_a_past_urging_keeps_the_day_it_was_made():
    text = "The envoy urged both sides to stop fighting during a visit to Baghdad on Monday."
    assert all_values(text, dt.date(2017, 10, 31))["Monday"] == "2017-10-30"


def test_an_irregular_participle_tells_the_past():
    text = "Israel's plan to build a wall near the Blue Line, begun in February, was raised."
    assert all_values(text, dt.date(2018, 12, 19))["February"] == "2018-02"


def test_an_irregular_participle_after_will_be_looks_ahead():
    text = "The decision will be taken in February, the council said."
    assert all_values(text, dt.date(2018, 12, 19))["February"] == "2019-02"


def test_a_live_pages_clock_heading_is_on_the_day_heading_its_entries():
    text = (
        "Yemen truce - live\n\nSunday 3 April 2022\n\n9.20am\nThe coalition reported violations "
        "overnight.\n\nSaturday 2 April\n\n9.40pm\nFireworks over Sanaa.\n\n11.00am\nWelcome to "
        "our live coverage. The truce begins at 19:00 Yemen time, in six hours.\n"
    )
    found = all_values(text, dt.date(2022, 4, 3))
    assert found["9.20am"] == "2022-04-03T09:20"
    assert (found["9.40pm"], found["11.00am"]) == ("2022-04-02T21:40", "2022-04-02T11:00")
    assert found["19:00 Yemen time"] == "2022-04-02T19:00"


def test_a_month_told_in_the_paragraph_before_does_not_set_the_years_season():
    text = (
        "The ceasefire has been in effect since 6 September 1991. A referendum planned for "
        "January 1992 had never been held.\n\nSeveral speakers described the events of the "
        "summer. Contractors had begun paving a track on 14 August."
    )
    found = all_values(text, dt.date(2016, 10, 4))
    assert (found["the summer"], found["14 August"]) == ("2016-SU", "2016-08-14")


def test_a_day_told_in_the_paragraph_before_still_sets_the_year():
    text = (
        "The militia signed a truce on 28 February 2013.\n\nThree rounds of talks followed in "
        "the spring."
    )
    assert all_values(text, dt.date(2019, 5, 2))["the spring"] == "2013-SP"


def test_a_past_hour_later_than_the_entrys_stamp_is_of_the_night_before():
    text = (
        "Gaza truce - live\n\nSaturday, 13 May\n\n22:00\n\nThe ceasefire is now in effect.\n\n"
        "23:40\n\nRestrictions stay in place overnight.\n\nSunday, 14 May\n\n00:15\n\n"
        "Celebrations in Gaza City.\n\n06:40\n\nGood morning\n\nThe night passed without "
        "rocket fire after 22:51, according to the army.\n"
    )
    found = all_values(text, dt.date(2023, 5, 13))
    assert (found["06:40"], found["22:51"]) == ("2023-05-14T06:40", "2023-05-13T22:51")


def test_the_steps_to_be_taken_leave_the_meeting_in_the_past():
    text = "The minister held a meeting on the evening of Tuesday to discuss the steps to be taken."
    assert all_values(text, dt.date(2018, 9, 19))["Tuesday"] == "2018-09-18"


def test_a_participle_after_have_tells_nothing_of_when():
    text = "Without the bill, the government would have begun shutting down Monday."
    assert all_values(text, dt.date(1990, 9, 30))["Monday"] == "1990-10-01"


def test_a_logs_evening_hours_stay_on_the_day_heading_them():
    # only a morning entry looks back on the evening before
    text = (
        "Police log\n\nSUNDAY, JULY 3\n\n1:33 a.m. -- Officers broke up a fight.\n\n"
        "MONDAY, JULY 4\n\n2:10 p.m. -- The stolen trailer was found.\n\nFrom 9:15 p.m. to "
        "11:50 p.m., officers answered 23 fireworks complaints.\n"
    )
    assert all_values(text, dt.date(2016, 7, 6))["9:15 p.m."] == "2016-07-04T21:15"


def test_a_day_of_every_year_may_abbreviate_its_month():
    text = "He came back every Dec. 7 to lay a wreath, and each Sept 30 to the chapel."
    found = {e.text: (e.type.value, e.value) for e in tag(text, dt.date(2013, 12, 7))}
    assert found["every Dec. 7"] == ("SET", "XXXX-12-07")
    assert found["each Sept 30"] == ("SET", "XXXX-09-30")


def test_a_forecast_is_of_a_time_not_yet_over():
    text = "Analysts at the bank trimmed their fourth-quarter forecast to $60 on Thursday."
    found = all_values(text, dt.date(2025, 6, 27))
    assert (found["fourth-quarter"], found["Thursday"]) == ("2025-Q4", "2025-06-26")


def test_plan_to_march_still_looks_ahead():
    # 'to' before a figure is no infinitive, but 'march' after it is one
    text = "Residents plan to march from the old hall to the courthouse Monday at noon."
    assert all_values(text, dt.date(2005, 5, 14))["Monday at noon"] == "2005-05-16T12:00"


def test_a_market_looking_ahead_to_a_weekdays_data():
    text = "Oil fell on Thursday, with the market looking ahead to Friday's jobs data."
    assert all_values(text, dt.date(1991, 2, 28))["Friday"] == "1991-03-01"


def test_an_advisorys_day_has_its_year_in_two_figures():
    text = (
        "The crew, held since the ship was seized on 19 NOV 23, were freed. Talks begin 03 FEB 25."
    )
    found = all_values(text, dt.date(2025, 1, 23))
    assert (found["19 NOV 23"], found["03 FEB 25"]) == ("2023-11-19", "2025-02-03")


def test_two_figures_after_a_month_in_lower_case_are_a_count():
    found = all_values("On 5 May 12 people were killed at the checkpoint.", dt.date(2013, 5, 10))
    assert found == {"5 May": "2013-05-05"}


def test_the_holiday_quarter_is_the_fourth_nearest_the_report():
    ahead = '"The holiday quarter is where this gets decided," said an analyst.'
    assert all_values(ahead, dt.date(2014, 9, 9))["The holiday quarter"] == "2014-Q4"
    behind = "Customers moved more contracts to its plans in the holiday quarter."
    assert all_values(behind, dt.date(2015, 1, 28))["the holiday quarter"] == "2014-Q4"


def test_a_clock_after_the_day_it_was_said_on_is_of_the_day_told():
    text = (
        "Two men were wounded late Thursday when someone opened fire into a crowd, police said "
        "Friday. The shooting happened about 10:25 p.m., after the last shells burst."
    )
    assert all_values(text, dt.date(2013, 7, 6))["about 10:25 p.m."] == "2013-07-04T22:25"


def test_a_clock_after_a_saying_with_no_day_told_stays_on_the_saying_day():
    text = "Police said Friday that a man was arrested. He was booked at 10:25 p.m."
    assert all_values(text, dt.date(2013, 7, 6))["10:25 p.m."] == "2013-07-05T22:25"


BULLETINS = """MOYALE PEACE FORUM - SMS ALERTS TO MEMBERS, 13-20 DEC 2018

Thu 13/12 06:50 - FORUM: Heavy shooting through the night. Border crossing closed this morning.

Fri 14/12 21:00 - FORUM: Elders met in the afternoon at the police post.

Sun 16/12 18:15 - FORUM: Elders signed a truce at the police post at about 4pm today.

Mon 17/12 20:45 - FORUM: Two houses burned near the bus park late last night.
"""


def test_a_bulletins_weekday_and_figures_stamp_dates_its_message():
    found = values(BULLETINS, dt.date(2018, 12, 20))
    assert (found["this morning"], found["the afternoon"]) == ("2018-12-13TMO", "2018-12-14TAF")
    assert (found["about 4pm today"], found["last night"]) == ("2018-12-16T16:00", "2018-12-16TNI")


def test_a_run_of_messages_is_dated_by_its_last_day():
    assert find_publication_date(BULLETINS, "alerts.txt") == (
        dt.date(2018, 12, 20),
        "report-period",
    )
    headline = "Truce to hold 13-20 Dec 2018\n\nThe truce will hold, officials said.\n"
    assert find_publication_date(headline, "truce.txt") == (None, None)


def test_what_a_party_promises_lies_ahead():
    text = "Its leaders signed a ceasefire. They promise to lift their roadblocks from Monday."
    assert all_values(text, dt.date(2018, 9, 28))["Monday"] == "2018-10-01"
