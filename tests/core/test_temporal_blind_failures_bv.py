"""What held-out set BV (benchmarks/data/ceasefire_blind_bv: court orders, Security Council
texts, sanctions notices, rules of procedure, written answers and depositary notices)
showed on its first run, each fixed as a general rule and checked here on text written for
the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

REFERENCE = dt.date(2019, 6, 5)


def test_the_day_as_deeds_and_orders_write_it() -> None:
    assert values("This appeal came before us on the 14th day of March 2019.", REFERENCE) == {
        "the 14th day of March 2019": "2019-03-14"
    }
    assert values("Made this 5th day of June.", REFERENCE) == {"this 5th day of June": "2019-06-05"}
    text = "Done at Bujumbura on the twenty-first day of August, two thousand and twenty-three."
    assert values(text, REFERENCE) == {
        "the twenty-first day of August, two thousand and twenty-three": "2023-08-21"
    }
    # a day counted in a story is no such date
    assert "the first day" not in values("It was the first day of the truce.", REFERENCE)


def test_a_digests_own_month_is_the_one_it_looks_back_on() -> None:
    text = (
        "On 2 Apr the envoy set a deadline. Fighting resumed mid-month in Homs, and "
        "explosions hit Idlib late month. By month's end few observers had arrived."
    )
    found = values(text, dt.date(2012, 5, 1))
    assert (found["mid-month"], found["late month"], found["month's end"]) == (
        "2012-04",
        "2012-04",
        "2012-04",
    )
    # without a day told, the report's own month
    assert values("The two sides met mid-month.", dt.date(2012, 5, 20)) == {"mid-month": "2012-05"}
