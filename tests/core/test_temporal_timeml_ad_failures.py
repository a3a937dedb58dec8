"""What TimeML set AD (personal finance, tax and housing) showed on its first run, each fixed
as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

from viewer.core.temporal import tag

TAX_DAY_EVE = dt.date(1997, 4, 14)


def placed(text: str, reference: dt.date) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in tag(text, reference) if e.anchored]


def test_a_year_named_with_its_kind_is_one_period() -> None:
    assert values("Returns for the 1996 tax year are due.", TAX_DAY_EVE) == {
        "the 1996 tax year": "1996"
    }
    found = tag("Stocks for the 2014-15 marketing year will rise.", TAX_DAY_EVE)
    assert [(e.text, e.value, e.start, e.end) for e in found] == [
        ("the 2014-15 marketing year", "2014", dt.date(2014, 1, 1), dt.date(2015, 12, 31))
    ]


def test_a_list_of_days_runs_forward() -> None:
    text = "The self-employed pay in four installments, on April 15, June 16, Sept. 15 and Jan. 15."
    assert placed(text, TAX_DAY_EVE) == [
        ("April 15", "1997-04-15"),
        ("June 16", "1997-06-16"),
        ("Sept. 15", "1997-09-15"),
        ("Jan. 15", "1998-01-15"),
    ]
    # a past list stops at the report: 'Dec. 20 and Jan. 15' both lie behind it
    assert placed("Attacks came on Dec. 20 and Jan. 15.", TAX_DAY_EVE) == [
        ("Dec. 20", "1996-12-20"),
        ("Jan. 15", "1997-01-15"),
    ]


def test_a_payment_due_on_a_day_lies_ahead_unless_it_was_due() -> None:
    september = dt.date(2006, 9, 22)
    assert values("The fourth-quarter payment due Jan. 16 is large.", september)["Jan. 16"] == (
        "2007-01-16"
    )
    assert values("They were first due on Jan. 1 but were put off.", september) == {
        "Jan. 1": "2006-01-01"
    }


def test_a_day_due_after_a_month_the_sentence_puts_ahead() -> None:
    text = "Bills will go out in March 1994, with the first half due June 1."
    assert values(text, dt.date(1993, 3, 20)) == {"March 1994": "1994-03", "June 1": "1994-06-01"}
    # a month in a clause about the past sets nothing ahead
    text = "The three, invited in Madrid in July 1997, will join NATO on March 12."
    assert values(text, dt.date(1999, 2, 27))["March 12"] == "1999-03-12"
