"""What TimeML sets W (business and markets wire) and X (military and defence news) showed
on their first runs, each fixed as a general rule and checked here on text written for the
test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import all_values, values

from viewer.core.temporal import tag

TUESDAY = dt.date(2022, 3, 29)


def test_the_past_or_next_decade_is_ten_years_long() -> None:
    text = "Enrollment has fallen over the past decade and will rise over the next decade."
    assert all_values(text, TUESDAY) == {"the past decade": "P10Y", "the next decade": "P10Y"}
    # a decade by name is still the decade
    assert values("Tensions rose in the 1990s.", TUESDAY) == {"the 1990s": "199"}


def test_black_friday_and_a_day_counted_from_a_holiday() -> None:
    thursday = dt.date(2010, 1, 14)
    assert values("Sales jumped on Black Friday.", thursday) == {"Black Friday": "2009-11-27"}
    found = values("The bridge closes on the day before Thanksgiving.", dt.date(2013, 8, 19))
    assert found == {"the day before": "2013-11-27", "Thanksgiving": "2013-11-28"}


def test_a_winter_of_two_years_begins_in_the_first() -> None:
    found = [
        (e.text, e.value, e.start, e.end)
        for e in tag("The worst storm since the winter of 1996-97.", dt.date(2001, 1, 4))
    ]
    assert found == [
        ("the winter of 1996-97", "1996-WI", dt.date(1996, 12, 1), dt.date(1997, 2, 28))
    ]
