"""Date failures found on a third held-out set: chronologies, weekdays beside a date, and
'that October'. Each is checked on sentences written for the test."""

from __future__ import annotations

import datetime as dt

from viewer.core.temporal import tag


def found(text: str, reference: dt.date) -> dict[str, str]:
    return {e.text: e.value for e in tag(text, reference)}


FACTBOX = (
    "THE 1995 TIMELINE\n"
    "- Dec. 31, 1994 - Former U.S. president Carter brokers a four-month truce.\n"
    "- End of April - The truce lapses and shelling of Sarajevo resumes.\n"
    "- May 25-26 - NATO jets bomb ammunition dumps near Pale.\n"
    "- Early July - Serb forces close in on the eastern enclaves.\n"
    "- July 11 - Srebrenica falls.\n"
    "- Dec. 14 - The peace accord is signed in Paris.\n"
)


def test_a_chronology_runs_forward_into_the_next_year() -> None:
    values = found(FACTBOX, dt.date(1995, 12, 14))
    assert values["Dec. 31, 1994"] == "1994-12-31"
    assert values["April"] == "1995-04"
    assert values["May 25-26"] == "1995-05-25"
    assert values["Early July"] == "1995-07"
    assert values["July 11"] == "1995-07-11"
    assert values["Dec. 14"] == "1995-12-14"


def test_a_newest_first_chronology_does_not_run_past_the_report() -> None:
    text = (
        "KEY DATES\n"
        "- Nov. 20 - Rebels and the army agree a truce.\n"
        "- Aug. 3 - Talks open in Nairobi.\n"
        "- March 9 - Fighting spreads to the capital.\n"
    )
    values = found(text, dt.date(2016, 12, 1))
    assert values == {"Nov. 20": "2016-11-20", "Aug. 3": "2016-08-03", "March 9": "2016-03-09"}
