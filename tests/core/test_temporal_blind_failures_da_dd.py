"""What ceasefire sets DB (alerts, push notifications, text messages) and DC (interviews)
showed, fixed as general rules and checked here on text written for the tests.

- An alert's own stamp dates its 'today' and 'tonight': 'ALERT 0412 26/07 2250: ...',
  'Tue 29 May, 07:12 - ...', 'Levant Now · Yesterday, 01:40', and a day heading set off by
  rules ('-- Sunday 28 January 2018 --').
- A saved series is dated by the day it was saved or exported, said inside a header line.
- An interview published later speaks of the day it was held, when the piece says so.
"""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.events import extract_events
from viewer.core.ingest import find_publication_date
from viewer.core.model import Document
from viewer.core.temporal import tag


def values(text: str, reference: dt.date | None) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in tag(text, reference)]


SMS = """Field security SMS log. Format: ALERT number, date (dd/mm), local time, text

ALERT 0408 21/07 2130: Fighting continues tonight near the camps.
ALERT 0411 25/07 1020: Talks through a mediator since yesterday.
"""

TEXTS = """Series saved on Thursday 31 May 2018 at 09:30.

Tue 29 May, 16:30 - Expect explosions through the evening and tonight.
Wed 30 May, 05:50 - Schools remain closed today.
"""

APP = """Notification history, transcribed on 3 May 2025.

Levant Now · Yesterday, 01:40
Strikes near the capital overnight, the army says; talks resume today.

Levant Now · Thu 1 May, 19:20
An ambush this afternoon kills 12 fighters on the southern road.
"""

FEED = """Saved feed, all stamps GMT. Saved on 31 January 2018.

-- Sunday 28 January 2018 --
0740 GMT - URGENT: Ministry bans all rallies in the port city today

-- Monday 29 January 2018 --
0900 GMT - URGENT: Coalition calls for a ceasefire before tonight
"""


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (SMS, dt.date(2017, 8, 3), [("tonight", "2017-07-21TNI"), ("yesterday", "2017-07-24")]),
        (TEXTS, dt.date(2018, 5, 31), [("tonight", "2018-05-29TNI"), ("today", "2018-05-30")]),
        (APP, dt.date(2025, 5, 3), [("today", "2025-05-02"), ("this afternoon", "2025-05-01TAF")]),
        (FEED, dt.date(2018, 1, 31), [("today", "2018-01-28"), ("tonight", "2018-01-29TNI")]),
    ],
)
def test_an_alert_speaks_of_the_day_of_its_own_stamp(
    text: str, reference: dt.date, expected: list[tuple[str, str]]
) -> None:
    found = values(text, reference)
    for pair in expected:
        assert pair in found


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Series saved on Thursday 31 May 2018 at 09:30 (local time)", dt.date(2018, 5, 31)),
        ('Folder: "North pocket" - five briefings kept by the analyst, exported Tuesday 8 May '
         "2018", dt.date(2018, 5, 8)),
    ],
)  # fmt: skip
def test_a_saved_series_is_dated_by_its_saving(header: str, expected: dt.date) -> None:
    text = f"MORNING BRIEFS\n{header}\n\nThe truce held overnight.\n"
    assert find_publication_date(text, "briefs.txt")[0] == expected


@pytest.mark.parametrize(
    "note",
    [
        "This interview was conducted on 3 October 2012 and has been edited for length.",
        "[Recorded Wednesday 3 October 2012. Hosts: two.]",
        "He spoke to us by telephone on Wednesday 3 October 2012.",
    ],
)
def test_an_interview_speaks_of_the_day_it_was_held(note: str) -> None:
    text = f"{note}\n\nQ: Are you still in touch?\nA: One officer telephoned me yesterday."
    assert ("yesterday", "2012-10-02") in values(text, dt.date(2012, 10, 14))


def test_an_interview_given_in_passing_keeps_the_report_s_day() -> None:
    text = "The minister said in an interview on Monday that talks would resume tomorrow."
    assert ("tomorrow", "2012-10-15") in values(text, dt.date(2012, 10, 14))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The strike cost the company $9 million a week.", ("a week", "P1W")),
        ("The clinic sees 150 patients a day.", ("a day", "P1D")),
        ("Flights run three times a week from June.", ("a week", "P1W")),
        ("The cuts will save $500 million a year in costs.", ("a year", "P1Y")),
        ("Airlines run four flights a week to Beirut.", ("a week", "P1W")),
    ],
)
def test_a_rate_s_period_is_a_set(sentence: str, expected: tuple[str, str]) -> None:
    # TimeML writes a rate's period as a SET; it is never an event on the timeline
    found = [
        (e.text, e.value, e.type.value, e.anchored) for e in tag(sentence, dt.date(2014, 8, 31))
    ]
    assert (*expected, "SET", False) in found


MONTH_BY_MONTH = """The year the war came: 1992, month by month

1992

JANUARY: On the 6th, the president flees the capital.

MARCH: The former foreign minister returns from Moscow.

JULY: On the 23rd, the regional parliament votes.
"""


def test_a_month_by_month_list_dates_its_days_by_the_month_heading_the_line() -> None:
    found = values(MONTH_BY_MONTH, dt.date(2002, 8, 14))
    assert ("the 6th", "1992-01-06") in found
    assert ("MARCH", "1992-03") in found
    assert ("the 23rd", "1992-07-23") in found


THREAD = """1/2
Deal reached just after midnight: the loudspeakers go off from noon today.
1:12 AM \u00b7 Aug 25, 2015
212 replies \u00b7 1.9K reposts

2/2
\U0001f9f5 Last Thursday afternoon the North fired across the line.
1:14 AM \u00b7 Aug 25, 2015
1.1K likes
"""


def test_a_post_s_stamp_dates_the_post_and_is_no_event_itself() -> None:
    document = Document("thread.txt", THREAD, published=dt.date(2015, 9, 8))
    timexes = tag(THREAD, dt.date(2015, 9, 8))
    events = extract_events(0, document, timexes)
    dated = {e.expression: e.start.isoformat() for e in events}
    assert dated["noon today"] == "2015-08-25"
    assert dated["Last Thursday afternoon"] == "2015-08-20"
    assert "Aug 25, 2015" not in dated  # the footers date the posts above them
    assert all("\U0001f9f5" not in e.title for e in events)  # nor do emoji make titles


def test_a_post_s_count_or_a_chat_s_clock_and_sender_is_no_part_of_a_title() -> None:
    chat = (
        "Group export. Dates are day/month/year.\n\n"
        "09/11/2022, 19:05 - Yohana K: The signing in Geneva is set for Friday.\n"
        "11/11/2022, 22:40 - Yohana K: SIGNED this afternoon in Geneva.\n"
    )
    document = Document("chat.txt", chat, published=dt.date(2022, 11, 18))
    events = extract_events(0, document, tag(chat, dt.date(2022, 11, 18)))
    titles = {e.expression: e.title for e in events}
    assert not titles["Friday"].startswith(("19:05", "Yohana"))
    events = extract_events(0, Document("t.txt", THREAD), tag(THREAD, dt.date(2015, 9, 8)))
    assert events and not any(e.title[:3] in ("1/2", "2/2") for e in events)


def test_a_number_that_names_a_road_is_no_day() -> None:
    # TimeML set BD: 'a storm drain on Route 31 Jan. 6, 2010'
    text = "Police recovered the revolver from a storm drain on Route 31 Jan. 6, 2010."
    assert values(text, dt.date(2011, 10, 4)) == [("Jan. 6, 2010", "2010-01-06")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # TimeML set BF (sport): a winning time; AT, AM and others: lengths in several units
        ("She won in two hours, 23 minutes and 59 seconds.",
         [("two hours, 23 minutes and 59 seconds", "PT2H23M59S")]),
        ("The trial took two years, three months and eight days.",
         [("two years, three months and eight days", "P2Y3M8D")]),
        ("He waited three weeks and three days.", [("three weeks and three days", "P24D")]),
        ("The march will run 11 days, three days longer than last year's.",
         [("11 days", "P11D"), ("three days", "P3D")]),
    ],
)  # fmt: skip
def test_a_length_in_several_units_is_one_duration(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    found = values(sentence, dt.date(2015, 3, 23))
    for pair in expected:
        assert pair in found
