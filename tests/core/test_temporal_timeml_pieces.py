"""A month range is one event on the timeline and two TIMEX3s in TimeML, as TimeBank marks
'from [Aug. 26] to [Oct. 20]'; so is a clock and its day joined by 'at' or 'on', which
TimeML marks as a signal between two TIMEX3s."""

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


def test_a_day_and_its_clock_joined_by_at_or_on_are_two_timexes() -> None:
    text = "The vote is Thursday at 1:05 p.m., and polls close at 3am on Monday 6 July."
    assert pieces(text) == [
        ("Thursday", "2015-07-02"),
        ("1:05 p.m.", "2015-07-02T13:05"),
        ("3am", "2015-07-06T03:00"),
        ("Monday 6 July", "2015-07-06"),
    ]
    for found in tag(text, SUMMER):
        assert found.value.startswith("2015-07-0")  # one event each on the timeline
        for piece in timeml_pieces(found):
            assert text[piece.char_start : piece.char_end] == piece.text


def test_a_clock_with_its_day_and_no_signal_stays_one_timex() -> None:
    assert pieces("The truce ends at noon Saturday.") == [("noon Saturday", "2015-07-04T12:00")]
