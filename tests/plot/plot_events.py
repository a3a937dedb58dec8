"""Events as the tagger would make them for the Kerry/Aleppo seed article and large loads.

A plain module, not conftest.py, so that tests/gui's conftest never shadows it when both
folders run in one session."""

from __future__ import annotations

import datetime as dt
import random

import matplotlib

matplotlib.use("Agg")

from viewer.core.model import Document, Event, Precision, Source, TimeExpression, TimexType
from viewer.core.temporal.calendar import span_for

D = dt.date

SEED_TEXT = (
    "Kerry made the remarks after meeting with UN Envoy on Syria Staffan de Mistura in Geneva "
    "on Monday, at a joint news conference."
)


def make_event(
    index: int,
    start: dt.date,
    end: dt.date | None = None,
    precision: Precision = Precision.DAY,
    title: str = "",
    category: str = "other",
    document: int = 0,
    expression: str = "on Monday",
    n_sources: int = 1,
) -> Event:
    end = end or start
    timex = TimeExpression(
        text=expression,
        char_start=0,
        char_end=len(expression),
        type=TimexType.DATE,
        value=start.isoformat(),
        start=start,
        end=end,
        precision=precision,
    )
    sources = tuple(
        Source(
            document=document + k,
            char_start=0,
            char_end=len(expression),
            passage=title,
            passage_start=0,
            passage_end=len(title),
        )
        for k in range(n_sources)
    )
    return Event(
        id=f"e{index}",
        document=document,
        timex=timex,
        start=start,
        end=end,
        precision=precision,
        passage=title,
        passage_start=0,
        passage_end=len(title),
        title=title or expression,
        category=category,
        sources=sources,
    )


def seed_events() -> list[Event]:
    """The six dated events of the Kerry/Aleppo truce article (reference date 2 May 2016)."""
    return [
        make_event(
            0,
            D(2016, 5, 2),
            title="Kerry and de Mistura meet in Geneva",
            category="talks",
            expression="on Monday",
        ),
        make_event(
            1,
            D(2016, 5, 3),
            title="De Mistura goes to Moscow",
            category="talks",
            expression="Tomorrow",
        ),
        make_event(
            2,
            D(2016, 5, 1),
            title="Kerry arrives in Geneva",
            category="political",
            expression="on Sunday",
        ),
        make_event(
            3,
            D(2016, 2, 1),
            D(2016, 2, 29),
            Precision.MONTH,
            title="Cessation of hostilities takes effect",
            category="ceasefire_in_force",
            expression="late February",
        ),
        make_event(
            4,
            D(2016, 5, 3),
            title="Ceasefire talks resume",
            category="ceasefire_extended",
            expression="Tomorrow",
            n_sources=2,
        ),
        make_event(
            5,
            D(2011, 1, 1),
            D(2011, 12, 31),
            Precision.YEAR,
            title="Syrian war begins",
            category="military_action",
            expression="early 2011",
        ),
    ]


SEED_DOCUMENTS = [
    Document(
        path="seeds/kerry_aleppo_truce_2016.txt",
        text=SEED_TEXT,
        title="Kerry urges restored Syrian truce especially in Aleppo",
        published=D(2016, 5, 2),
    ),
]

_TITLES = [
    "Shelling reported near Aleppo",
    "Aid convoy reaches Madaya",
    "Truce holds in Homs",
    "Talks adjourned in Geneva",
    "Airstrikes hit Idlib market",
    "Ceasefire extended 48 hours",
    "Rebels accuse government of violations",
    "UN envoy briefs Security Council",
    "Evacuation of eastern Aleppo begins",
    "Casualties rise in Daraa",
]
_CATEGORIES = [
    "military_action",
    "humanitarian",
    "ceasefire_in_force",
    "talks",
    "military_action",
    "ceasefire_extended",
    "ceasefire_violated",
    "statement",
    "humanitarian",
    "casualties",
]
_PRECISIONS = [Precision.DAY] * 7 + [Precision.WEEK, Precision.MONTH, Precision.YEAR]


def synthetic_events(n: int, seed: int = 5, years: int = 6, n_documents: int = 40) -> list[Event]:
    """Events spread over several years like a large import, with every precision."""
    rng = random.Random(seed)
    first = D(2011, 3, 15)
    events = []
    for i in range(n):
        k = rng.randrange(len(_TITLES))
        start = first + dt.timedelta(days=int(rng.triangular(0, 365 * years, 365 * years * 0.8)))
        precision = rng.choice(_PRECISIONS)
        start, end = span_for(precision, start)
        events.append(
            make_event(
                i,
                start,
                end,
                precision,
                title=_TITLES[k],
                category=_CATEGORIES[k],
                document=rng.randrange(n_documents),
                n_sources=1 + (i % 7 == 0),
            )
        )
    return events


def synthetic_documents(n_documents: int = 40) -> list[Document]:
    return [
        Document(
            path=f"/data/article_{d:03d}.txt",
            title=f"Syria report {d + 1}",
            published=D(2016, 1, 1) + dt.timedelta(days=d),
        )
        for d in range(n_documents)
    ]
