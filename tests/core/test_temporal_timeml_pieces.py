"""A month range is one event on the timeline and two TIMEX3s in TimeML, as TimeBank marks
'from [Aug. 26] to [Oct. 20]'."""

from __future__ import annotations

import datetime as dt

from viewer.core.temporal import tag, timeml_pieces

SUMMER = dt.date(2015, 7, 2)


def pieces(text: str) -> list[tuple[str, str]]:
    return [(p.text, p.value) for e in tag(text, SUMMER) for p in timeml_pieces(e)]


def test_a_month_range_is_two_timexes() -> None:
    text = "Talks ran from March to June 2015 without a truce."
    (ranged,) = tag(text, SUMMER)
    assert (ranged.start, ranged.end) == (dt.date(2015, 3, 1), dt.date(2015, 6, 30))
    assert pieces(text) == [("March", "2015-03"), ("June 2015", "2015-06")]
    for piece in timeml_pieces(ranged):
        assert text[piece.char_start : piece.char_end] == piece.text
    # across the new year each month keeps its own year
    assert pieces("The rains fell from November to March.") == [
        ("November", "2014-11"),
        ("March", "2015-03"),
    ]


def test_a_range_that_names_one_period_stays_whole() -> None:
    text = "Profit fell in the April-September half."
    assert [(e.text, e.value) for e in tag(text, SUMMER)] == pieces(text)
