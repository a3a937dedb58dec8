"""Anniversary and retrospective pieces: 'Forty years ago today', 'This month marks thirty
years since ...'. The whole story is told in the year the piece is about, until the text
comes back to the present; weekdays, clock times and yearless dates follow it there."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import all_values

from viewer.core.temporal import tag

# A Saturday in 2023, forty years after the (invented) Harbour Accord of 1983.
REFERENCE = dt.date(2023, 10, 14)


def test_n_years_ago_today_is_a_day_the_story_goes_on_from() -> None:
    text = (
        "Forty years ago today, shortly after dawn, the two delegations signed the Harbour "
        "Accord. By noon the guns along the river had fallen silent."
    )
    found = all_values(text, REFERENCE)
    assert found["Forty years ago today"] == "1983-10-14"
    assert found["dawn"] == "1983-10-14TMO"
    assert found["noon"] == "1983-10-14T12:00"


def test_yearless_dates_after_an_anniversary_lead_are_in_its_year() -> None:
    text = (
        "Forty years ago today the Harbour Accord was signed.\n\n"
        "The talks had opened on 2 May 1983 in a hotel by the lake. In the first week of "
        "August the mediators put a draft on the table, and on 19 September both sides "
        "initialled it."
    )
    found = all_values(text, REFERENCE)
    assert found["the first week of August"] == "1983-W31"
    assert found["19 September"] == "1983-09-19"


def test_a_weekday_with_its_date_finds_the_year_of_the_story() -> None:
    # 3 October fell on a Monday in 1983, and on a Tuesday in 2023.
    text = (
        "Forty years ago today the Harbour Accord was signed. The final round opened on "
        "Monday 3 October, and the next day the rebels walked out."
    )
    found = all_values(text, REFERENCE)
    assert found["Monday 3 October"] == "1983-10-03"
    assert found["the next day"] == "1983-10-04"


def test_a_bare_weekday_in_the_story_goes_forward_from_the_day_last_told() -> None:
    text = (
        "Forty years ago today the Harbour Accord was signed. The final round opened on "
        "Monday 3 October. On Wednesday the rebels walked out, and on Friday evening they "
        "came back. The same Friday, the army withdrew its artillery."
    )
    found = all_values(text, REFERENCE)
    assert found["Wednesday"] == "1983-10-05"
    assert found["Friday evening"] == "1983-10-07TEV"
    assert found["Friday"] == "1983-10-07"


def test_marks_n_years_since_sets_the_story_year_told_in_the_present() -> None:
    # A podcast tells 1983 in the historic present; the weekday after a dated day is
    # that week's, and 'the Sunday' is the Sunday of the week told.
    text = (
        "This month marks forty years since the Harbour Accord. Today we look at its last "
        "week. The final round opens on Monday, October 3, 1983. On Tuesday the mediators "
        "table a draft, and on the Sunday the two leaders sign it."
    )
    found = all_values(text, REFERENCE)
    assert found["Today"] == "2023-10-14"
    assert found["Tuesday"] == "1983-10-04"
    assert found["Sunday"] == "1983-10-09"


def test_a_plan_of_the_narrator_stays_in_the_present() -> None:
    text = (
        "This month marks forty years since the Harbour Accord. The final round opens on "
        "Monday, October 3, 1983, and on Tuesday the mediators table a draft. We will be "
        "back on Tuesday with part two."
    )
    placed = [(e.text, e.value) for e in tag(text, REFERENCE) if e.anchored]
    assert placed[-3:] == [
        ("Monday, October 3, 1983", "1983-10-03"),
        ("Tuesday", "1983-10-04"),
        ("Tuesday", "2023-10-17"),
    ]


def test_what_was_still_to_come_then_is_on_the_day_told() -> None:
    text = (
        "Forty years ago today the Harbour Accord was signed. On the afternoon of Monday "
        "3 October, the prime minister told parliament that the army would cease fire at "
        "midnight."
    )
    assert all_values(text, REFERENCE)["midnight"] == "1983-10-03T24:00"


def test_without_an_anniversary_a_weekday_keeps_its_news_reading() -> None:
    # No anniversary and no run of dates in 1983: 'on Wednesday' is this week's.
    text = "The accord was signed in 1983. On Wednesday the rebels walked out of the talks."
    assert all_values(text, REFERENCE)["Wednesday"] == "2023-10-11"


def test_an_anniversary_counts_back_from_the_day_it_names() -> None:
    # Written on Tuesday 11 February 2025.
    reference = dt.date(2025, 2, 11)
    assert all_values("Ten years ago on Wednesday, the leaders signed.", reference) == {
        "Ten years ago on Wednesday": "2015-02-12"
    }
    assert all_values("Five years ago tomorrow, the truce collapsed.", reference) == {
        "Five years ago tomorrow": "2020-02-12"
    }
    assert all_values("Seventy years ago next Thursday, the generals signed.", reference) == {
        "Seventy years ago next Thursday": "1955-02-13"
    }


def test_on_this_day_n_years_ago_is_that_day_and_opens_its_year() -> None:
    text = (
        "On this day twenty years ago, rebels overran the border post. On 2 November they "
        "signed the Harbour Accord."
    )
    found = all_values(text, REFERENCE)
    assert found["this day twenty years ago"] == "2003-10-14"
    assert found["2 November"] == "2003-11-02"
    assert all_values("The truce was signed this day ten years ago.", REFERENCE) == {
        "this day ten years ago": "2013-10-14"
    }


def test_an_anniversary_at_the_end_of_a_clause_does_not_move_the_story() -> None:
    text = (
        "Survivors gathered on the beaches today to remember the people killed a year ago "
        "today. Sirens sounded at 7:58 a.m."
    )
    found = all_values(text, dt.date(2005, 12, 26))
    assert found["a year ago today"] == "2004-12-26"
    assert found["7:58 a.m."] == "2005-12-26T07:58"


def test_a_glance_back_to_the_previous_weekday_leaves_the_story_on_its_day() -> None:
    text = (
        "Five years ago tomorrow the truce collapsed. It had begun at sunset on Monday "
        "12 September 2016. Kerry and Lavrov had agreed it in Geneva the previous Friday. "
        "By the Thursday the lorries were still waiting."
    )
    found = all_values(text, dt.date(2021, 9, 18))
    assert found["the previous Friday"] == "2016-09-09"
    assert found["Thursday"] == "2016-09-15"


def test_a_day_of_the_month_goes_on_with_the_month_a_paragraph_tells() -> None:
    text = (
        "Troops landed near the port on 20 July 1974. The ministers met three days later "
        "and, on the 30th, signed a declaration. Talks collapsed on 14 August."
    )
    found = all_values(text, dt.date(2020, 7, 20))
    assert found["the 30th"] == "1974-07-30"
    assert found["14 August"] == "1974-08-14"


def test_the_following_season_comes_after_the_time_last_told() -> None:
    reference = dt.date(2017, 11, 15)
    text = "The ceasefire took effect on 1 February 1992. She spent the following spring there."
    assert all_values(text, reference)["the following spring"] == "1992-SP"
    text = "A truce agreed for 1 September 2015 held; by the following spring it had worn away."
    assert all_values(text, reference)["the following spring"] == "2016-SP"


def test_a_day_of_the_month_a_paragraph_named_with_its_year_is_in_that_year() -> None:
    text = (
        "Then, in February 2022, the talks fell apart. On the evening of 21 February the "
        "president recognised the two republics. Before dawn on the 24th, the invasion "
        "began."
    )
    found = all_values(text, dt.date(2025, 2, 11))
    assert found["21 February"] == "2022-02-21"
    assert found["the 24th"] == "2022-02-24"


def test_a_day_of_another_month_keeps_its_news_reading() -> None:
    text = "The talks fell apart in February 2022. On 21 August the two leaders signed a deal."
    assert all_values(text, dt.date(2025, 2, 11))["21 August"] == "2024-08-21"


def test_hours_counted_from_a_clock_time_stay_on_its_day_when_they_can() -> None:
    text = (
        "Forty years ago today, at ten in the morning, the two generals signed. The guns "
        "were to stop twelve hours later."
    )
    assert all_values(text, REFERENCE)["twelve hours later"] == "1983-10-14"
    # past midnight, the day is no longer known from the words alone
    text = "The talks opened at 9 p.m. on Monday. Twelve hours later they collapsed."
    assert all_values(text, REFERENCE)["Twelve hours later"] == "FUTURE_REF"


def test_the_month_of_a_day_its_sentence_told_in_an_earlier_year() -> None:
    reference = dt.date(2025, 2, 11)
    text = (
        "The leaders met in Paris on 9 December 2019 and agreed to an exchange of prisoners, "
        "which took place at the end of December."
    )
    assert all_values(text, reference)["the end of December"] == "2019-12"
    # another month of the same sentence is not pulled into that year
    text = "The leaders met in Paris on 9 December 2019, and the talks collapsed in August."
    assert all_values(text, reference)["August"] == "2024-08"
