"""What TimeML set V (benchmarks/data/timeml_blind_v: politics, elections, legislatures and
courts) showed on its first run, each fixed as a general rule and checked here on text
written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

WEDNESDAY = dt.date(2014, 8, 6)


def test_a_relative_clause_set_off_by_commas_does_not_tell_the_dates_tense() -> None:
    text = (
        "Dinsmore will face Lewis Okoro, a school board member who had no primary opponent, "
        "in the Nov. 4 general election."
    )
    assert values(text, WEDNESDAY) == {"Nov. 4": "2014-11-04"}
    # a date inside the relative clause is told by it
    text = "Taylor, who stepped down as chairman, president and chief executive in March, died."
    assert values(text, WEDNESDAY) == {"March": "2014-03"}
