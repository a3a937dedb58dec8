"""What held-out set BN (benchmarks/data/ceasefire_blind_bn: the English-language press of the
Middle East and the Caucasus) showed on its first run, each fixed as a general rule and
checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

from viewer.core.ingest import find_publication_date


def test_a_header_with_another_calendars_date_and_its_gregorian_twin() -> None:
    text = (
        "THE EVENING OBSERVER\n"
        "Wednesday, 4 Tir 1404 (June 25, 2025) | Vol. XXI, No. 6214\n\n"
        "Calm returns as the ceasefire holds\n\n"
        "TEHRAN - The ceasefire held for a second day today.\n"
    )
    assert find_publication_date(text, "daily.txt") == (dt.date(2025, 6, 25), "header-date")


def test_a_dateline_with_its_time_and_agency_after_it() -> None:
    text = (
        "YEREVAN, 22 SEPTEMBER 2023, 15:40. REGIONAL NEWS AGENCY (RNA).\n\n"
        "Talks were held yesterday in the town of Yevlakh.\n"
    )
    assert find_publication_date(text, "agency.txt") == (dt.date(2023, 9, 22), "header-date")


def test_a_day_told_years_back_is_no_day_for_a_clock_time_paragraphs_on() -> None:
    text = (
        "The memorandum revives the Adana Agreement, signed on Oct. 20, 1998, which obliges "
        "Syria to prevent attacks.\n\n"
        "Minister speaks\n\n"
        "Speaking shortly before the pause expired at 10 p.m. local time (1900 GMT), the "
        "minister said no new operation was needed."
    )
    found = values(text, dt.date(2019, 10, 22))
    assert found["10 p.m. local time (1900 GMT)"] == "2019-10-22T22:00"
