"""What held-out sets K and L (benchmarks/data/ceasefire_blind_k, _l) showed on their first
runs, each fixed as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.ingest.pubdate import find_publication_date
from viewer.core.temporal import tag


def values(text: str, reference: dt.date | None) -> dict[str, str]:
    return {e.text: e.value for e in tag(text, reference) if e.anchored}


@pytest.mark.parametrize(
    ("header", "published", "source"),
    [
        # the date opening a line before the place
        (
            "19.09.2018 - ANKARA\n\nTurkey begins work on the zone",
            dt.date(2018, 9, 19),
            "header-date",
        ),
        # a digest's distribution stamp with more after it
        (
            "SECURITY DIGEST\nIssue 2024/23\nDistributed: Monday 10 June 2024 | Restricted",
            dt.date(2024, 6, 10),
            "published-line",
        ),
        # a report that gives only its month
        (
            "A CEASEFIRE IN NAME ONLY\n\nPublished: July 2006\n",
            dt.date(2006, 7, 1),
            "published-month",
        ),
    ],
)
def test_publication_dates_of_agency_and_report_headers(
    header: str, published: dt.date, source: str
) -> None:
    text = f"{header}\n\nThe truce was broken on Friday, monitors said.\n"
    assert find_publication_date(text, "report.txt") == (published, source)


def test_a_full_date_outranks_a_month_only_stamp() -> None:
    text = "Published: July 2006\nColombo, 10 July 2006\n\nThe truce was broken on Friday.\n"
    assert find_publication_date(text, "report.txt")[0] == dt.date(2006, 7, 10)


def test_two_digit_years_in_dotted_dates_with_two_digit_parts() -> None:
    found = values("Total losses from 24.02.22 to 11.05.25 were large.", dt.date(2025, 5, 11))
    assert found == {"24.02.22": "2022-02-24", "11.05.25": "2025-05-11"}
    assert values("Version 3.5.10 of the app shipped.", dt.date(2025, 5, 11)) == {}


def test_the_day_of_arafah() -> None:
    found = values("The truce took effect on the Day of Arafah.", dt.date(2019, 8, 12))
    assert found == {"Day of Arafah": "2019-08-10"}


def test_a_truces_expiry_in_a_month_is_that_month() -> None:
    text = "Omar agrees that the expiry in October was a paper collapse, not a real one."
    assert values(text, dt.date(2023, 9, 22)) == {"October": "2022-10"}
    # while a futures contract's month still names what is traded
    assert values("Brent for October delivery rose 2%.", dt.date(2023, 9, 22)) == {}


def test_the_dates_of_a_closing_list_of_sources_are_no_events() -> None:
    body = "The ceasefire took effect on 22 July 1974. " * 6
    text = f"{body}\n\nReferences\n\n1. Keesing's Contemporary Archives, vol. 20, 1976.\n"
    found = values(text, dt.date(2024, 5, 2))
    assert found == {"22 July 1974": "1974-07-22"}


def test_a_notes_heading_at_the_top_is_no_list_of_sources() -> None:
    text = "Notes\n\nThe truce took effect on 3 March 2019, monitors said. It held for a week.\n"
    assert values(text, dt.date(2019, 3, 10)) == {"3 March 2019": "2019-03-03"}


def test_a_judgment_or_report_of_a_date_in_the_header() -> None:
    text = "TRIBUNAL\n\nCase No. IT-98-33-T\n\nJudgment of 2 August 2001\n\nThe accused ..."
    assert find_publication_date(text, "judgment.txt") == (dt.date(2001, 8, 2), "header-date")
    assert find_publication_date("The war of 3 May 2019\n\nText.", "a.txt") == (None, None)
