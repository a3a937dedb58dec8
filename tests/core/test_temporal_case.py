"""The tagger's fast paths (matching lower-cased text, reading numeric dates without
dateparser) must find and date exactly what the slow ones do."""

from __future__ import annotations

import pytest

from viewer.core.temporal.recognize import candidates, scan_candidates
from viewer.core.temporal.resolve import parse_numeric


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire took effect at 2016-02-27T00:00, the ministry said.",
        "SALES ROSE IN Q3 2015 AND FELL ON FEBRUARY 27, 2016, THE COMPANY SAID.",
        "Talks resume on Monday in ISTANBUL; the truce expires on 3 MARCH.",
        "Talks in \u0131stanbul resume on Monday; the truce expires on 3 March 2016.",
    ],
)
def test_candidates_match_the_full_scan_whatever_the_case(text: str) -> None:
    fast = [(c.family, c.start, c.end, c.parts) for c in candidates(text)]
    assert fast == [(c.family, c.start, c.end, c.parts) for c in scan_candidates(text)]
    assert fast


@pytest.mark.parametrize(
    "text",
    ["27/02/2016", "3/12/2012", "03/12/2012", "12/31/2012", "2/22/2013", "27.02.2016",
     "31/02/2016", "29/02/2016", "29/02/2015", "13/13/2016", "0/5/2016", "12/03/16",
     "11/18/11", "3/1/12", "29/02/13", "01/13/70", "5/5/69"],
)  # fmt: skip
@pytest.mark.parametrize("order", [None, "MDY"])
def test_numeric_dates_read_as_dateparser_reads_them(text: str, order: str | None) -> None:
    """Plain dates are read without dateparser, for speed; the date must not change."""
    import warnings

    import dateparser

    first, second = (int(x) for x in text.replace(".", "/").split("/")[:2])
    expected_order = order or ("MDY" if second > 12 >= first else "DMY")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={"DATE_ORDER": expected_order, "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    assert parse_numeric(text, order) == (parsed.date() if parsed else None)
