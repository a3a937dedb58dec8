"""What TimeML set S (benchmarks/data/timeml_blind_s: US local news, police logs, council
and school board stories, obituaries, game stories, storm reports, store openings, events
calendars and traffic advisories) showed on its first run, each fixed as a general rule and
checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import all_values, values

# A Thursday.
THURSDAY = dt.date(1999, 10, 28)


def test_weekdays_in_the_plural_are_sets_wherever_they_stand() -> None:
    text = "The food pantry is open Thursdays, and mall walkers meet Mondays and Wednesdays."
    assert all_values(text, THURSDAY) == {
        "Thursdays": "XXXX-WXX-4",
        "Mondays": "XXXX-WXX-1",
        "Wednesdays": "XXXX-WXX-3",
    }
    # a name is no set
    assert all_values("The Sundays played two songs.", THURSDAY) == {}


def test_a_part_of_every_such_weekday_is_a_set_with_that_part() -> None:
    assert all_values("She volunteered at the library on Saturday mornings.", THURSDAY) == {
        "Saturday mornings": "XXXX-WXX-6TMO"
    }
    assert all_values("He tutored every Thursday afternoon.", THURSDAY) == {
        "every Thursday afternoon": "XXXX-WXX-4TAF"
    }
    # one Saturday morning is still a day
    assert values("He arrived Saturday morning.", THURSDAY) == {"Saturday morning": "1999-10-23TMO"}


def test_standing_hours_lie_on_no_day_of_the_calendar() -> None:
    text = "The store will be open from 7 a.m. to 10 p.m. daily."
    assert all_values(text, THURSDAY) == {
        "7 a.m.": "XXXX-XX-XXT07:00",
        "10 p.m.": "XXXX-XX-XXT22:00",
        "daily": "P1D",
    }
    text = "Lanes close between 9 p.m. and 5 a.m. nightly, and story time is 10:30 a.m. Wednesdays."
    found = all_values(text, THURSDAY)
    assert found["9 p.m."] == "XXXX-XX-XXT21:00"
    assert found["5 a.m."] == "XXXX-XX-XXT05:00"
    assert found["nightly"] == "XXXX-XX-XXTNI"
    assert found["10:30 a.m."] == "XXXX-XX-XXT10:30"
    # the hour of a day, then a sentence about every day: the hour keeps its day
    assert values("The doors open at 9 a.m. The store is open daily.", THURSDAY) == {
        "9 a.m.": "1999-10-28T09:00"
    }


def test_should_have_with_an_object_looks_ahead() -> None:
    tuesday = dt.date(2004, 1, 27)
    text = "A spokeswoman said most customers should have service back by Thursday."
    assert values(text, tuesday) == {"Thursday": "2004-01-29"}
    # a perfect still looks back
    text = "Police said the suspect may have left the area on Sunday."
    assert values(text, tuesday) == {"Sunday": "2004-01-25"}


def test_a_scheduled_present_looks_ahead() -> None:
    friday = dt.date(2014, 4, 4)
    assert values("Saturday, it becomes a grocery store.", friday) == {"Saturday": "2014-04-05"}
    text = "Tickets go on sale at 8 a.m. Monday and will be sold through Thursday."
    assert values(text, friday) == {"8 a.m. Monday": "2014-04-07T08:00", "Thursday": "2014-04-10"}


def test_the_first_clock_of_a_range_takes_the_seconds_half_of_the_day() -> None:
    found = all_values("Harvest supper, 5 to 7 p.m., First Church.", THURSDAY)
    assert (found["5"], found["7 p.m."]) == ("1999-10-28T17:00", "1999-10-28T19:00")
    found = all_values("Hayride, 6:30 to 9:30 p.m.; book sale, 11 to 1 p.m.", THURSDAY)
    assert (found["6:30"], found["11"]) == ("1999-10-28T18:30", "1999-10-28T11:00")
    # and the day the range names
    found = all_values("Calling hours will be from 4 to 7 p.m. Monday.", dt.date(2011, 12, 4))
    assert found["4"] == "2011-12-05T16:00"
    # a number before a bare number is no clock
    assert all_values("Ages 5 to 7 are welcome.", THURSDAY) == {}


def test_an_events_calendar_puts_each_clock_time_on_its_heading_or_lines_day() -> None:
    text = (
        "The Community Calendar runs Thursdays.\n\n"
        "FRIDAY, OCT. 29\n\n"
        "Harvest supper: Baked ham supper, 5 to 7 p.m., First Church.\n\n"
        "SATURDAY, OCT. 30\n\n"
        "Children's parade: Line up at 10 a.m. on the Town Common; it steps off at 10:30.\n\n"
        "COMING UP\n\n"
        "Tuesday, Nov. 2: Town election. Polls open from 7 a.m. to 8 p.m. in the gym.\n"
    )
    found = all_values(text, THURSDAY)
    assert found["7 p.m."] == "1999-10-29T19:00"
    assert found["10 a.m."] == "1999-10-30T10:00"
    assert found["10:30"] == "1999-10-30T10:30"
    assert (found["7 a.m."], found["8 p.m."]) == ("1999-11-02T07:00", "1999-11-02T20:00")


def test_an_abbreviation_inside_a_sentence_does_not_end_it_for_the_tense() -> None:
    friday = dt.date(2014, 4, 4)
    text = (
        "The chain will open its fifth store at 2200 Linden Ave. with a ribbon-cutting at "
        "8:30 a.m. Saturday. The doors open to shoppers at 9 a.m."
    )
    found = values(text, friday)
    assert found["8:30 a.m. Saturday"] == "2014-04-05T08:30"
    # the next hour of a day still to come is on that day
    assert found["9 a.m."] == "2014-04-05T09:00"
    text = "Officials hoped to pull out before the winner is sworn in as U.S. president on Tuesday."
    assert values(text, dt.date(2009, 1, 18)) == {"Tuesday": "2009-01-20"}


def test_a_clock_time_with_next_or_last_before_its_weekday() -> None:
    wednesday = dt.date(1991, 10, 9)
    assert values("The council meets again at 6 p.m. next Wednesday.", wednesday) == {
        "6 p.m. next Wednesday": "1991-10-16T18:00"
    }
    assert values("The vote is at 10 p.m. this Friday.", wednesday) == {
        "10 p.m. this Friday": "1991-10-11T22:00"
    }


def test_more_american_holidays() -> None:
    wednesday = dt.date(1991, 10, 9)
    assert values("City offices will be closed Columbus Day.", wednesday) == {
        "Columbus Day": "1991-10-14"
    }
    assert values("Schools close on Martin Luther King Jr. Day.", wednesday) == {
        "Martin Luther King Jr. Day": "1992-01-20"
    }
