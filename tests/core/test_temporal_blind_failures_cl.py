"""What ceasefire set CL (e-mail briefings, newsletters and threads) and TimeML sets AN
(energy) and AO (city hall) showed, each fixed as a general rule and checked here on text
written for the test: a reply's quoted message speaks of the day it was sent, an office
deadline, a polite request and what may not come back until a day all look ahead, a
wrapped line of an indented bullet is still one sentence, and an ordinance number is no
span of years."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

from viewer.core.temporal import tag

REPLY = """Hi Amina,

Thanks. The regional cabinet meets tomorrow.

Best,
Daniel

On Mon, 22 Oct 2018 at 09:12, Amina Yusuf <amina@example.org> wrote:
> Quick update from Jijiga. The news here today is all about Asmara: the
> government and the rebels signed an agreement there yesterday.
>
> On Fri, 19 Oct 2018 at 17:05, Daniel <daniel@example.org> wrote:
>> The talks in Asmara are expected to open tomorrow.
"""


def test_a_quoted_message_speaks_of_the_day_it_was_sent() -> None:
    found = [(e.text, e.value) for e in tag(REPLY, dt.date(2018, 10, 24))]
    assert ("today", "2018-10-22") in found
    assert ("yesterday", "2018-10-21") in found


def test_a_message_quoted_inside_a_quotation_keeps_its_own_day() -> None:
    found = [(e.text, e.value) for e in tag(REPLY, dt.date(2018, 10, 24))]
    assert found.count(("tomorrow", "2018-10-20")) == 1
    assert ("tomorrow", "2018-10-25") in found  # the reply's own


def test_a_close_of_business_deadline_lies_ahead() -> None:
    text = "Revised budget by COB Friday, so that I can send it to the donor on Monday."
    found = values(text, dt.date(2018, 10, 24))
    assert (found["Friday"], found["Monday"]) == ("2018-10-26", "2018-10-29")


def test_the_close_of_business_on_a_past_day_is_no_deadline() -> None:
    text = "At the close of business Thursday, 5,745 shares had been tendered to the offer."
    assert values(text, dt.date(1989, 10, 30))["Thursday"] == "1989-10-26"


def test_a_polite_request_looks_ahead() -> None:
    text = "Please move the Degehabur trip from Thursday to Friday."
    found = values(text, dt.date(2018, 10, 24))
    assert (found["Thursday"], found["Friday"]) == ("2018-10-25", "2018-10-26")


def test_an_indented_bullet_wraps_without_ending_its_sentence() -> None:
    text = "- Paperwork: the budget by Friday, so that I can send it\n  to the donor on Monday."
    assert values(text, dt.date(2018, 10, 24))["Monday"] == "2018-10-29"


def test_what_may_not_come_back_until_a_weekday_lies_ahead() -> None:
    text = "The utility said some customers may not have power back until Sunday."
    assert values(text, dt.date(2006, 11, 17))["Sunday"] == "2006-11-19"


def test_an_ordinance_number_is_no_span_of_years() -> None:
    text = "Ordinance 2024-17, which sets the new fee, takes effect on July 11."
    assert "2024-17" not in values(text, dt.date(2024, 6, 12))


def test_a_season_across_the_century_is_a_span_of_years() -> None:
    found = tag("The 1999-00 season was the last before the truce.", dt.date(2001, 5, 1))
    assert [(e.text, e.start, e.end) for e in found] == [
        ("1999-00", dt.date(1999, 1, 1), dt.date(2000, 12, 31))
    ]
