"""What held-out set BK (benchmarks/data/ceasefire_blind_bk: ceasefire texts translated from
Russian, Ukrainian, Arabic, French, Spanish and Thai sources) showed on its first run, each
fixed as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import all_values, values

from viewer.core.ingest import find_publication_date


def test_a_dated_day_and_month_in_figures_after_on() -> None:
    text = "The envoy's proposal of 04.03, made again on 06.10, went unanswered."
    assert values(text, dt.date(2016, 10, 19)) == {"06.10": "2016-10-06"}
    # a figure with a percent sign is no date
    assert values("Turnout rose on 06.10 percent of the rolls.", dt.date(2016, 10, 19)) == {}


def test_a_clock_time_on_a_dotted_date_is_one_expression() -> None:
    found = values(
        "Since 10:00 Moscow time on 18.10.2016 no strikes were made.", dt.date(2016, 10, 19)
    )
    assert found == {"10:00 Moscow time on 18.10.2016": "2016-10-18T10:00"}


def test_a_clock_time_as_of_is_a_time() -> None:
    found = values("As of 14:00, the other side had opened fire twice.", dt.date(2019, 10, 29))
    assert found == {"14:00": "2019-10-29T14:00"}


def test_a_hotline_number_is_no_year() -> None:
    assert all_values("Call the government hotline 1545 to report.", dt.date(2019, 10, 29)) == {}


def test_a_dateline_with_a_hijri_date_and_its_gregorian_twin() -> None:
    text = (
        "Doha, Tuesday 18 Ramadan 1446 AH, corresponding to 18 March 2025 (News Agency) -- "
        "The State condemned the strikes at dawn today.\n"
    )
    assert find_publication_date(text, "statement.txt") == (dt.date(2025, 3, 18), "dateline")
