"""Failures the blind sets FC-FF and the TimeML sets CS-CT showed, each fixed as a general
rule and tested on sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tagging_helpers import all_values

from viewer.core.temporal import tag

REF_FD = dt.date(2004, 10, 4)  # a briefing at the State House, Abuja


def test_a_day_of_the_month_put_before_its_subject_is_of_the_days_around_the_report():
    text = (
        "The Geneva statement was agreed on 17 April. Q: On the 11th you said the same thing. "
        "MS. PSAKI: I said on the 11th that we were preparing additional steps."
    )
    found = [e.value for e in tag(text, dt.date(2014, 4, 21)) if e.text == "the 11th"]
    assert found == ["2014-04-11", "2014-04-11"]


def test_a_memoirs_day_of_the_month_is_not_put_in_the_reports_month():
    text = (
        "The war began on 27 September 2020.\n\nOn the night of the 9th I was watching "
        "television with my son."
    )
    assert all_values(text, dt.date(2025, 11, 20)).get("the 9th") != "2025-11-09"


def test_a_list_of_days_shares_the_month_it_ends_with():
    text = "It was very intense on the 17th and 18th of last month too."
    found = all_values(text, dt.date(2014, 4, 21))
    assert (found["the 17th"], found["18th"]) == ("2014-03-17", "2014-03-18")


def test_a_committee_that_sits_on_a_weekday_meets_ahead():
    text = "The committee sits for the first time on Thursday."
    assert all_values(text, dt.date(2004, 10, 4))["Thursday"] == "2004-10-07"


def test_a_footnote_mark_after_a_full_stop_ends_the_sentence():
    # 'to rejoin' looks ahead in its own sentence, not in the next one
    text = (
        "They had left the camp, some to rejoin armed groups.(2) On 9 February gunmen "
        "abducted three forest workers."
    )
    assert all_values(text, dt.date(2005, 3, 14))["9 February"] == "2005-02-09"


@pytest.mark.parametrize(
    "text",
    [
        "The sit-in in Freedom Square has continued since 11 February.",
        "The sit-in has lasted since February 11.",
    ],
)
def test_a_day_since_which_something_went_on_is_behind_the_report(text):
    found = all_values(text, dt.date(2011, 12, 11))
    assert set(found.values()) == {"2011-02-11"}


def test_easter_that_orthodox_christians_celebrated_is_the_orthodox_one():
    text = "On Sunday, when Orthodox Christians celebrated Easter, the guns were quiet."
    assert all_values(text, dt.date(2016, 5, 3))["Easter"] == "2016-05-01"


@pytest.mark.parametrize(
    ("text", "reference", "expression", "value"),
    [
        ("Fighting erupted at dawn on Sunday, the 17th of this month, near the coast. A "
         "member was killed the night before.", dt.date(2017, 9, 26), "dawn on Sunday",
         "2017-09-17TMO"),
        ("He called for it after the bombing in Tel Aviv on Friday night, June 1st, and "
         "Sharon agreed.", dt.date(2001, 6, 13), "Friday night", "2001-06-01TNI"),
        ("Tension had been building since last Tuesday, the 19th, when two men were "
         "detained.", dt.date(2016, 4, 24), "last Tuesday", "2016-04-19"),
    ],
)  # fmt: skip
def test_a_weekday_restated_by_its_date_is_that_date(text, reference, expression, value):
    assert all_values(text, reference)[expression] == value


def test_the_day_before_a_weekday_restated_by_its_date_follows_the_date():
    text = (
        "Fighting erupted at dawn on Sunday, the 17th of this month. A member was killed the "
        "night before."
    )
    found = all_values(text, dt.date(2017, 9, 26))
    assert found["the 17th of this month"] == "2017-09-17"
    assert found["night before"] == "2017-09-16"


def test_a_brigade_after_a_weekday_does_not_restate_it():
    text = "Shells fell on Monday, the 3rd Armoured Brigade said."
    assert all_values(text, dt.date(2016, 4, 24))["Monday"] == "2016-04-18"


def test_a_day_of_the_month_after_a_comma_is_read_with_its_month():
    text = "The agreement was reached on Friday evening, the 22nd of the month, at a meeting."
    assert all_values(text, dt.date(2016, 4, 24))["the 22nd of the month"] == "2016-04-22"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Observers were withdrawn on May 21, the day after the fighting began.",
         "the day after", "1998-05-21"),
        ("They left on May 21. They returned on May 23, two days later.", "two days later",
         "1998-05-23"),
        # no apposition: counted from the day told
        ("Fighting began on May 20. The day after, observers left.", "The day after",
         "1998-05-21"),
    ],
)  # fmt: skip
def test_a_count_of_days_set_beside_a_date_restates_it(text, expression, value):
    assert all_values(text, dt.date(1998, 5, 26))[expression] == value


@pytest.mark.parametrize(
    ("text", "reference", "expression", "value"),
    [
        ("The two men met at the Gaza airport on the eve of Yom Kippur.", dt.date(2001, 9, 27),
         "the eve of Yom Kippur", "2001-09-26"),
        ("The last one, on the eve of Eid al-Adha, did not last two days.",
         dt.date(2011, 12, 11), "the eve of Eid al-Adha", "2011-11-05"),
    ],
)  # fmt: skip
def test_the_eve_of_a_feast_is_the_day_before_it(text, reference, expression, value):
    assert all_values(text, reference)[expression] == value


def test_the_eve_of_a_holiday_weekend_is_not_read_as_the_eve_of_the_feast():
    text = "The test was set for the eve of the Memorial Day weekend."
    found = all_values(text, dt.date(2007, 5, 27))
    assert "the eve of the Memorial Day weekend" not in found


def test_the_end_of_the_month_after_a_week_of_it_told_is_that_month():
    text = (
        "The cadres were moved to a camp in the first week of January. By the end of the "
        "month, 37 of them had left."
    )
    assert all_values(text, dt.date(2005, 3, 14))["the end of the month"] == "2005-01"


def test_a_month_named_in_passing_does_not_take_the_month():
    text = (
        "Talks in Geneva ended in February without agreement. The envoy resigned at the "
        "beginning of the month."
    )
    assert all_values(text, dt.date(2020, 3, 20))["the beginning of the month"] == "2020-03"


def test_a_day_a_record_is_counted_since_does_not_date_the_clock_after_it():
    text = (
        "The Dow dropped 206 points, its biggest decline since April 15. Stocks drifted higher "
        "before the Fed released its statement at 2 p.m."
    )
    assert all_values(text, dt.date(2013, 6, 19))["2 p.m."] == "2013-06-19T14:00"


def test_a_day_since_which_with_what_happened_then_is_told():
    text = (
        "Chiapas has been in limbo since February 9, when Zedillo ordered the arrest. The "
        "following day troops moved in."
    )
    assert all_values(text, dt.date(1995, 3, 15))["The following day"] == "1995-02-10"


def test_a_length_before_earlier_this_month_is_a_length():
    text = "We had them out of here for four days earlier this month, and now they are out again."
    found = all_values(text, dt.date(1999, 9, 24))
    assert (found["four days"], found["earlier this month"]) == ("P4D", "1999-09")


def test_so_many_years_ago_this_month_is_still_read_whole():
    found = all_values("Ten years ago this month the war ended.", dt.date(1999, 9, 24))
    assert found["Ten years ago this month"] == "1989-09"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("The company now expects 2013 earnings of $3.10 a share.", "2013"),
        ("It lowered its forecast for 2012 sales.", "2012"),
    ],
)
def test_a_year_before_the_figures_it_names_is_a_year(text, expression):
    assert all_values(text, dt.date(2013, 4, 23))[expression] == expression


def test_a_count_in_the_thousands_before_people_is_still_a_count():
    assert all_values("Police detained 2000 protesters.", dt.date(2013, 4, 23)) == {}


def test_a_day_of_the_month_something_is_set_for_is_that_day():
    found = all_values("Nobody forced anybody. The ultimatum was for the 1st, yes.", REF_FD)
    assert found["the 1st"] == "2004-10-01"


def test_a_count_of_a_named_event_after_for_is_no_day():
    text = "More than 9,000 runners are expected Sunday for the 31st Lakeport Marathon."
    assert "the 31st" not in all_values(text, dt.date(2009, 10, 17))


@pytest.mark.parametrize(
    ("text", "reference", "expression", "value"),
    [
        # the present progressive of an arrangement looks ahead
        ("Hezbollah, which is preparing the funeral of its former leader in Beirut on Sunday, "
         "said the state was responsible.", dt.date(2025, 2, 18), "Sunday", "2025-02-23"),
        # a possessive weekday after 'before' in a clause that looks ahead
        ("The Playhouse said it would dim its lights before Tuesday night's performance.",
         dt.date(2013, 2, 25), "Tuesday night", "2013-02-26TNI"),
        # a bound still ahead
        ("A supplier in South Korea had told the company last week it could not deliver panels "
         "in volume until September at the earliest.", dt.date(2013, 4, 17), "September",
         "2013-09"),
        # 'armed' before its noun is no past tense
        ("The army announced a ceasefire, saying it would halt military operations there "
         "until April 30 to give ethnic armed groups time.", dt.date(2018, 12, 22), "April 30",
         "2019-04-30"),
        ("Neither side has said what happens on Thursday.", dt.date(2023, 6, 28), "Thursday",
         "2023-06-29"),
        ("Russia has requested a separate session for Tuesday.", dt.date(2018, 4, 9),
         "Tuesday", "2018-04-10"),
        ("Forecasters said Thursday that the outlook calls for heat from June through August.",
         dt.date(2013, 5, 19), "from June through August", "2013-06"),
        ("Unions at Antwerp plan a solidarity stoppage of two hours on Friday.",
         dt.date(2013, 2, 4), "Friday", "2013-02-08"),
        ("His office said Monday's cabinet meeting would go ahead as planned.",
         dt.date(2010, 9, 5), "Monday", "2010-09-06"),
        # a plan in the past perfect names no side: the nearest such time
        ("Congress had hoped to pass the law before the end of March.", dt.date(2015, 1, 27),
         "the end of March", "2015-03"),
        # a season no verb places: the nearest
        ("The airline had planned to add two more aircraft in the spring.",
         dt.date(2013, 2, 20), "the spring", "2013-SP"),
        ("Mali's interim president has promised elections by July 31.", dt.date(2013, 1, 21),
         "July 31", "2013-07-31"),
        ("He faces trial at the court in The Hague in July.", dt.date(2013, 3, 9), "July",
         "2013-07"),
    ],
)  # fmt: skip
def test_what_lies_ahead(text, reference, expression, value):
    assert all_values(text, reference)[expression] == value


@pytest.mark.parametrize(
    ("text", "reference", "expression", "value"),
    [
        # a truce that is holding still stands: its day is behind
        ("The truce that took effect at 1:00 a.m. local time on Tuesday is holding.",
         dt.date(2012, 3, 14), "1:00 a.m. local time on Tuesday", "2012-03-13T01:00"),
        ("Rescuers will rebuild homes destroyed before Friday's earthquake.",
         dt.date(2013, 2, 25), "Friday", "2013-02-22"),
        ("The two-hour humanitarian truce requested for Sunday afternoon was largely not "
         "observed.", dt.date(2019, 4, 9), "Sunday afternoon", "2019-04-07TAF"),
        ("Israeli jets struck the port several times in the second half of the year.",
         dt.date(2025, 1, 22), "the second half of the year", "2024-H2"),
        ("Lebanon wants the world to oblige Israel to withdraw under the November agreement.",
         dt.date(2025, 2, 18), "November", "2024-11"),
        ("The truce had been due to expire Friday.", dt.date(2015, 1, 27), "Friday",
         "2015-01-23"),
        ("Prices fell in the spring.", dt.date(2013, 2, 20), "the spring", "2012-SP"),
    ],
)  # fmt: skip
def test_what_lies_behind(text, reference, expression, value):
    assert all_values(text, reference)[expression] == value


def test_a_half_of_the_year_still_to_come_is_this_years():
    found = all_values("Output will rise in the second half of the year.", dt.date(2025, 1, 22))
    assert found["the second half of the year"] == "2025-H2"


def test_a_past_quarter_is_not_one_still_to_come():
    text = (
        "Analysts expect a recovery by the first quarter of 1990. The strike reduced earnings "
        "by about 9 cents a share in the quarter."
    )
    found = [e.value for e in tag(text, dt.date(1989, 10, 26)) if e.text == "the quarter"]
    assert found == ["1989-Q3"]


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Eight soldiers were killed in Nagaland's Mon district on May 3.", "Mon"),
        ("The third session of the 21st Century Panglong conference was held in July.",
         "the 21st Century"),
        ("By Rania Saab | L'Orient Today\n\nBEIRUT - The army moved in.", "Today"),
    ],
)  # fmt: skip
def test_names_are_no_dates(text, expression):
    assert expression not in all_values(text, dt.date(2015, 6, 5))


def test_a_date_that_names_a_thing_does_not_date_the_clock_after_it():
    text = (
        "The commission on Saturday declared Ndegwa winner of the March 4 presidential "
        "election. The chairman announced the final tally at about 2:40 p.m. local time."
    )
    found = all_values(text, dt.date(2013, 3, 9))
    assert found["about 2:40 p.m. local time"] == "2013-03-09T14:40"


@pytest.mark.parametrize(
    ("text", "reference", "expression", "value"),
    [
        ("The tanker ran aground on Bligh Reef shortly after midnight on March 24.",
         dt.date(1989, 4, 4), "midnight on March 24", "1989-03-24T00:00"),
        ("The ceasefire came into force at one minute past midnight on Monday.",
         dt.date(2020, 7, 28), "midnight on Monday", "2020-07-27T00:01"),
        # the midnight that ends the day
        ("The truce ended at midnight on March 24.", dt.date(1989, 4, 4),
         "midnight on March 24", "1989-03-24T24:00"),
    ],
)  # fmt: skip
def test_a_midnight_just_passed_begins_its_day(text, reference, expression, value):
    found = all_values(text, reference)
    assert found[expression] == value
    assert "one minute" not in found


def test_a_neighbourhood_named_by_a_date_is_no_date():
    text = "Residents of the 7 July neighborhood said shelling hit homes on Sunday night."
    assert "7 July" not in " ".join(all_values(text, dt.date(2019, 5, 14)))


def test_as_recently_as_a_day_is_the_latest_such_day_whatever_year_is_told():
    text = (
        "The memorandum signed in October 2002 has largely held, but the rebels accused the "
        "army of bombing positions as recently as December 21."
    )
    assert all_values(text, dt.date(2005, 1, 1))["December 21"] == "2004-12-21"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("A meeting on April 23 failed, as did a third round on the last day of the month.",
         "the last day of the month", "2013-04-30"),
        ("The truce expires on the last day of the year.", "the last day of the year",
         "2013-12-31"),
    ],
)  # fmt: skip
def test_the_last_day_of_the_month_told_is_a_day(text, expression, value):
    assert all_values(text, dt.date(2013, 5, 6))[expression] == value


def test_weekdays_set_beside_the_days_they_restate_are_those_days():
    text = (
        "The first round will run from 2 to 4 November, Monday to Wednesday, with a second "
        "round four weeks later."
    )
    found = all_values(text, dt.date(1987, 10, 22))
    assert (found["Monday"], found["Wednesday"]) == ("1987-11-02", "1987-11-04")
    assert found["four weeks later"] == "1987-12-02"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Brent crude for April rose 30 cents to $110.85 a barrel.", "April"),
        ("Natural gas for April fell 4 cents.", "April"),
        ("Oil rose. December corn settled at $4.39 a bushel.", "December"),
    ],
)
def test_a_commoditys_month_names_a_futures_contract(text, expression):
    found = [e for e in tag(text, dt.date(2013, 3, 8)) if e.text == expression]
    # the next such month, and no event: a contract, not a time anything happened
    assert [(e.value[:4], e.anchored) for e in found] == [("2013", False)]


def test_a_month_a_commodity_rose_in_is_still_a_time():
    found = all_values("Gold rose in April last year.", dt.date(2013, 3, 8))
    assert found["April last year"] == "2012-04"


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("The court's offices are closed Wednesday for New Year's Day.", dt.date(2013, 12, 30),
         "2014-01-01"),
        ("Markets are closed Friday for Good Friday.", dt.date(2014, 4, 15), "2014-04-18"),
        # a weekday the holiday does not fall on is read as it would be alone
        ("He left Friday for the Christmas holidays.", dt.date(2014, 12, 20), "2014-12-19"),
    ],
)  # fmt: skip
def test_a_weekday_closed_for_a_holiday_is_the_holidays_day(text, reference, value):
    found = [e.value for e in tag(text, reference) if e.text in ("Wednesday", "Friday")]
    assert found == [value]
