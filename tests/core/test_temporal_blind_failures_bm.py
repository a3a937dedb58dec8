"""What held-out set BM (benchmarks/data/ceasefire_blind_bm: agreement texts, timetables,
ratifications and complaint letters) showed on its first run, each fixed as a general rule
and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import all_values, values

from viewer.core.ingest import find_publication_date
from viewer.core.temporal import tag

TIMETABLE = """KEY
D-Day    Entry into force of the Agreement: 06:00 hrs on Friday 12 May 2017
D+n      n days after D-Day

Serial 1.1  Cessation of all hostile acts. Deadline: D-Day
Serial 1.2  Orders issued to all units. Deadline: D+3
Serial 1.3  Separation of forces. Deadline: D+30
"""


def test_days_counted_from_the_d_day_a_timetable_gives() -> None:
    found = [(e.text, e.value) for e in tag(TIMETABLE, dt.date(2017, 6, 2)) if e.anchored]
    assert ("D+3", "2017-05-15") in found
    assert ("D+30", "2017-06-11") in found
    assert {value for text, value in found if text == "D-Day"} == {"2017-05-12"}


def test_d_day_defined_as_the_entry_into_force_takes_its_date() -> None:
    text = (
        '(a) "D-Day" means the day on which this Agreement enters into force;\n'
        "1. This Agreement shall enter into force at 00:01 hours local time on 17 September "
        "2019.\n"
        "2. Forces shall withdraw no later than D+30."
    )
    found = values(text, dt.date(2019, 9, 14))
    assert found["D+30"] == "2019-10-17"
    assert found["00:01 hours local time on 17 September 2019"] == "2019-09-17T00:01"


def test_a_d_day_the_text_never_dates_is_not_placed() -> None:
    found = all_values("Veterans gathered for the D-Day anniversary.", dt.date(2024, 6, 6))
    assert found.get("D-Day") == "XXXX-XX-XX"
    assert values("Veterans gathered for the D-Day anniversary.", dt.date(2024, 6, 6)) == {}


def test_a_status_line_as_at_a_weekday_and_date_dates_the_document() -> None:
    text = (
        "ANNEX B - IMPLEMENTATION MATRIX\n\n"
        "Agreement on the Cessation of Hostilities, signed at Entebbe on 28 April 2017\n\n"
        "Revision 4 - status as at Friday 2 June 2017\n\n"
        "Serial 1.1  Cessation of all hostile acts.\n"
    )
    assert find_publication_date(text, "annex.txt") == (dt.date(2017, 6, 2), "published-line")


def test_a_timetable_key_that_defines_d_day_places_no_event_itself() -> None:
    expressions = tag(TIMETABLE, dt.date(2017, 6, 2))
    key = [e for e in expressions if e.char_start < TIMETABLE.index("Serial")]
    # the key's own 'D-Day' mentions are read but not placed; its entry into force is
    assert [(e.text, e.anchored) for e in key if e.text.startswith("D")] == [
        ("D-Day", False),
        ("D-Day", False),
    ]
    assert [e.value for e in key if e.anchored] == ["2017-05-12T06:00"]
