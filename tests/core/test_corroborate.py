"""Several articles, one event: what the timeline shows as "N sources", and what it keeps apart."""

from __future__ import annotations

import datetime as dt

from correction_helpers import dated

from viewer.core.corroborate import corroborate, split_event
from viewer.core.events import extract_events
from viewer.core.model import Document, Event, Precision, TimeExpression, TimexType


def report(text: str, expression: str, day: dt.date) -> Document:
    return Document(f"{expression}-{day}.txt", text)


def events_of(documents: list[tuple[str, str, dt.date]]) -> tuple[list[Event], list[Document]]:
    """Every (article text, date expression, its day) becomes one document with one event."""
    events: list[Event] = []
    docs: list[Document] = []
    for index, (text, expression, day) in enumerate(documents):
        document = Document(f"article{index}.txt", text)
        docs.append(document)
        events.extend(extract_events(index, document, [dated(text, expression, day)]))
    return events, docs


FRIDAY = dt.date(2016, 2, 26)
MONDAY = dt.date(2014, 7, 21)
SATURDAY = dt.date(2016, 4, 30)

SYRIA_TRUCE_AP = (
    "A U.S.-Russian brokered cease-fire took effect in Syria at midnight on Friday, the most "
    "ambitious attempt yet to halt the five-year civil war."
)
SYRIA_TRUCE_REUTERS = (
    "A cessation of hostilities in Syria came into force at midnight on Friday, with the "
    "warring sides largely observing the truce in its first hours."
)


def test_two_articles_reporting_one_truce_become_one_event_with_two_sources() -> None:
    events, docs = events_of(
        [(SYRIA_TRUCE_AP, "on Friday", FRIDAY), (SYRIA_TRUCE_REUTERS, "on Friday", FRIDAY)]
    )
    assert [e.category for e in events] == ["ceasefire_in_force", "ceasefire_in_force"]
    merged = corroborate(events, docs)
    assert len(merged) == 1
    (event,) = merged
    assert [s.document for s in event.sources] == [0, 1]
    assert [s.passage for s in event.sources] == [SYRIA_TRUCE_AP, SYRIA_TRUCE_REUTERS]
    assert event.id == events[0].id


def test_one_strike_reported_twice_merges() -> None:
    events, docs = events_of(
        [
            (
                "Israeli air strikes killed 20 people in Gaza City on Monday, medics said.",
                "on Monday",
                MONDAY,
            ),
            (
                "An Israeli air strike on Gaza City on Monday killed 20 Palestinians, health "
                "officials said.",
                "on Monday",
                MONDAY,
            ),
        ]
    )
    merged = corroborate(events, docs)
    assert len(merged) == 1
    assert len(merged[0].sources) == 2


def test_two_different_attacks_on_the_same_day_in_the_same_city_stay_apart() -> None:
    events, docs = events_of(
        [
            (
                "Russian air strikes hit rebel-held districts of Aleppo on Saturday, a monitoring "
                "group said.",
                "on Saturday",
                SATURDAY,
            ),
            (
                "Rebels shelled government-held areas of western Aleppo on Saturday.",
                "on Saturday",
                SATURDAY,
            ),
        ]
    )
    assert events[0].category == events[1].category == "military_action"
    merged = corroborate(events, docs)
    assert len(merged) == 2
    assert all(len(e.sources) == 1 for e in merged)


def test_truces_in_two_countries_on_the_same_day_stay_apart() -> None:
    events, docs = events_of(
        [
            ("A truce took effect in Yemen at midnight on Saturday.", "on Saturday", SATURDAY),
            ("A ceasefire took effect in Syria at midnight on Saturday.", "on Saturday", SATURDAY),
        ]
    )
    assert len(corroborate(events, docs)) == 2


def test_different_kinds_of_event_on_one_day_stay_apart() -> None:
    events, docs = events_of(
        [
            ("Israel and Hamas agreed to a ceasefire in Gaza on Tuesday.", "on Tuesday", MONDAY),
            ("Israeli jets struck Gaza on Tuesday.", "on Tuesday", MONDAY),
        ]
    )
    assert len(corroborate(events, docs)) == 2


def test_an_article_never_corroborates_itself() -> None:
    text = (
        "A ceasefire took effect in Syria at midnight on Friday. The ceasefire in Syria took "
        "effect at midnight on Friday, officials repeated."
    )
    first, second = text.index("on Friday"), text.rindex("on Friday")
    timexes = [
        TimeExpression(
            "on Friday", at, at + 9, TimexType.DATE, "2016-02-26", FRIDAY, FRIDAY, Precision.DAY
        )
        for at in (first, second)
    ]
    document = Document("one.txt", text)
    events = extract_events(0, document, timexes)
    assert len(corroborate(events, [document])) == 2


def test_three_reports_and_a_different_event_then_undo_the_merge() -> None:
    events, docs = events_of(
        [
            (SYRIA_TRUCE_AP, "on Friday", FRIDAY),
            ("Russian jets bombed Aleppo on Friday.", "on Friday", FRIDAY),
            (SYRIA_TRUCE_REUTERS, "on Friday", FRIDAY),
            (
                "The ceasefire in Syria took effect at midnight on Friday, state media said.",
                "on Friday",
                FRIDAY,
            ),
        ]
    )
    merged = corroborate(events, docs)
    assert sorted(len(e.sources) for e in merged) == [1, 3]
    truce = next(e for e in merged if len(e.sources) == 3)
    assert [s.document for s in truce.sources] == [0, 2, 3]
    parts = split_event(truce, events)
    assert parts == [events[0], events[2], events[3]]
    # Without the originals, each source still becomes an event of its own document.
    rebuilt = split_event(truce)
    assert [e.document for e in rebuilt] == [0, 2, 3]
    assert [e.passage for e in rebuilt] == [events[0].passage, events[2].passage, events[3].passage]
    assert [e.expression for e in rebuilt] == ["on Friday"] * 3
    assert len({e.id for e in rebuilt}) == 3
    assert all(len(e.sources) == 1 for e in rebuilt)
    # Split once, the reports stay apart when the timeline is merged again.
    again = corroborate(events, docs, keep_apart=[{e.id for e in parts}])
    assert sorted(len(e.sources) for e in again) == [1, 1, 1, 1]


def test_a_single_report_is_left_as_it_is() -> None:
    events, docs = events_of([(SYRIA_TRUCE_AP, "on Friday", FRIDAY)])
    assert corroborate(events, docs) == events
    assert split_event(events[0], events) == events


AP_ARTICLE = (
    "A U.S.-Russian brokered cease-fire took effect in Syria at midnight on Friday. "
    "On Thursday, Russian warplanes pounded rebel positions north of Aleppo. "
    "The U.N. envoy said peace talks would resume in Geneva on March 7."
)
REUTERS_ARTICLE = (
    "A cessation of hostilities came into force across Syria at midnight on Friday. "
    "Rebels shelled a government-held district of Damascus on Thursday. "
    "Staffan de Mistura told reporters the peace talks would resume on March 7."
)


def test_two_articles_share_two_events_and_keep_two_apart() -> None:
    thursday, march_7 = dt.date(2016, 2, 25), dt.date(2016, 3, 7)
    documents = [Document("ap.txt", AP_ARTICLE), Document("reuters.txt", REUTERS_ARTICLE)]
    events = [
        *extract_events(
            0,
            documents[0],
            [
                dated(AP_ARTICLE, "on Friday", FRIDAY),
                dated(AP_ARTICLE, "On Thursday", thursday),
                dated(AP_ARTICLE, "on March 7", march_7),
            ],
        ),
        *extract_events(
            1,
            documents[1],
            [
                dated(REUTERS_ARTICLE, "on Friday", FRIDAY),
                dated(REUTERS_ARTICLE, "on Thursday", thursday),
                dated(REUTERS_ARTICLE, "on March 7", march_7),
            ],
        ),
    ]
    merged = corroborate(events, documents)
    by_day = {}
    for event in merged:
        by_day.setdefault(event.start, []).append(len(event.sources))
    assert by_day[FRIDAY] == [2]  # the truce, reported by both
    assert by_day[march_7] == [2]  # the talks resuming, reported by both
    assert sorted(by_day[thursday]) == [1, 1]  # Russian strikes and rebel shelling differ


def test_a_name_inside_a_hyphenated_word_still_links_two_reports() -> None:
    """ "Hamas-led gunmen" in one report and "Hamas attacked" in another: one attack."""
    oct_7 = dt.date(2023, 10, 7)
    events, docs = events_of(
        [
            (
                "The war began on Oct. 7, 2023, when Hamas-led gunmen attacked southern Israel, "
                "killing about 1,200 people.",
                "on Oct. 7, 2023",
                oct_7,
            ),
            (
                "Hamas attacked southern Israel on October 7 last year, and Hezbollah opened "
                "fire on Israeli positions in the north.",
                "on October 7 last year",
                oct_7,
            ),
        ]
    )
    assert [e.category for e in events] == ["military_action", "military_action"]
    (merged,) = corroborate(events, docs)
    assert [s.document for s in merged.sources] == [0, 1]
