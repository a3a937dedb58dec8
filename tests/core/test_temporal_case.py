"""The tagger matches lower-cased text for speed: upper-case and odd letters must not change
what it finds."""

from __future__ import annotations

import pytest

from viewer.core.temporal.recognize import candidates, scan_candidates


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
