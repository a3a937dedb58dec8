"""What ceasefire sets DE-DH (press reviews, anniversary pieces, broadcast transcripts,
business pages) and the daily updates of CZ showed, fixed as general rules and checked here
on text written for the tests.

- A daily report's 'over the past 24 hours' is placed on the days it looks back over,
  while its TIMEX3 stays the length TimeML writes.
"""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.events import extract_events
from viewer.core.model import Document, Precision, TimexType
from viewer.core.temporal import tag

MORNING_UPDATE = (
    "Morning update. The school-year truce held for a third day. Over the past 24 hours the "
    "press centre recorded no artillery fire on the line. Over the past day 5,120 people "
    "crossed at the Maiorsk checkpoint."
)


def test_a_daily_report_s_look_back_is_placed_on_the_days_it_covers() -> None:
    found = {e.text: e for e in tag(MORNING_UPDATE, dt.date(2015, 9, 3))}
    day = found["the past day"]
    hours = found["the past 24 hours"]
    # what TimeML writes: lengths
    assert (hours.type, hours.value) == (TimexType.DURATION, "PT24H")
    assert (day.type, day.value) == (TimexType.DURATION, "P1D")
    # where the timeline draws them: the day before the report and the report's own
    for length in (day, hours):
        assert (length.start, length.end) == (dt.date(2015, 9, 2), dt.date(2015, 9, 3))
        assert length.precision is Precision.DAY


def test_a_look_back_is_an_event_dated_by_its_first_day() -> None:
    events = extract_events(
        0, Document("update.txt", MORNING_UPDATE), tag(MORNING_UPDATE, dt.date(2015, 9, 3))
    )
    placed = {e.expression: e for e in events}
    assert placed["the past 24 hours"].value == "2015-09-02"
    assert placed["the past 24 hours"].timex.type is TimexType.DATE
    assert "artillery" in placed["the past 24 hours"].title


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks are expected to resume in the next 24 hours.",  # ahead, not back
        "Over the past two weeks the monitors recorded 300 explosions.",  # too long to place
        "It had rained for 24 hours before the convoy left.",  # no look back
        "Nothing changed over the past: the same men hold the same hills.",
    ],
)
def test_only_a_short_look_back_up_to_the_report_is_placed(sentence: str) -> None:
    lengths = [e for e in tag(sentence, dt.date(2015, 9, 3)) if e.type is TimexType.DURATION]
    assert all(e.start is None for e in lengths)
