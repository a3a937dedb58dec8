"""What TimeML set T (benchmarks/data/timeml_blind_t: science, health, technology and
environment news) showed on its first run, each fixed as a general rule and checked here on
text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import all_values, values

FRIDAY = dt.date(2017, 8, 18)


def test_a_sentence_opening_phrase_takes_the_tense_of_the_main_verb() -> None:
    text = (
        "CORLISS, Neb. -- For two minutes and 34 seconds Monday afternoon, the moon will "
        "cover the sun completely."
    )
    assert values(text, FRIDAY) == {"Monday afternoon": "2017-08-21TAF"}


def test_a_clock_time_still_to_come_is_on_the_day_ahead_just_told() -> None:
    text = (
        "The moon will cover the sun on Monday afternoon.\n\n"
        "The eclipse begins in Corliss at 11:36 a.m. CDT, and totality starts at "
        "1:01:12 p.m."
    )
    found = values(text, FRIDAY)
    assert found["11:36 a.m. CDT"] == "2017-08-21T11:36"
    # with its seconds
    assert found["1:01:12 p.m."] == "2017-08-21T13:01:12"


def test_about_and_its_kin_stay_inside_a_duration() -> None:
    text = "The eclipse lasts about two and a half minutes; the partial phases almost three hours."
    assert all_values(text, FRIDAY) == {
        "about two and a half minutes": "PT2M30S",
        "almost three hours": "PT3H",
    }


def test_so_many_days_a_week_is_how_often() -> None:
    text = "Workers could be furloughed roughly one day a week."
    assert all_values(text, FRIDAY) == {"one day a week": "P1W"}


def test_the_same_moment_in_another_zone_is_on_the_day_beside_and_no_second_event() -> None:
    text = "The launch window opens at 9:03 p.m. EDT Friday (0103 GMT Saturday)."
    wednesday = dt.date(2018, 6, 13)
    assert all_values(text, wednesday) == {
        "9:03 p.m. EDT Friday": "2018-06-15T21:03",
        "0103 GMT Saturday": "2018-06-16T01:03",
    }
    assert values(text, wednesday) == {"9:03 p.m. EDT Friday": "2018-06-15T21:03"}


def test_an_age_and_a_count_after_a_date_are_no_timexes() -> None:
    thursday = dt.date(2011, 4, 14)
    text = "Babies get a first dose at 12 to 15 months of age."
    assert all_values(text, thursday) == {}
    text = "Thirty-four cases have been confirmed since March 1, and 11 were reported this week."
    assert "11" not in all_values(text, thursday)
    # a second day listed with the first is still a day
    assert values("Talks were held on March 1 and 11.", thursday) == {
        "March 1": "2011-03-01",
        "11": "2011-03-11",
    }
