"""What an analyst reads on the timeline for each date: title, category, who, where, how bad."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from correction_helpers import dated
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.categories import CATEGORIES, CEASEFIRE_CATEGORIES
from viewer.core.events import extract_events, find_casualties
from viewer.core.model import Casualties, Document, Event, Precision, TimeExpression, TimexType

PROJECT = Path(__file__).resolve().parents[2]
SEED = PROJECT / "seeds" / "kerry_aleppo_truce_2016.txt"
DAY = dt.date(2016, 5, 2)


def timex(
    text: str,
    expression: str,
    nth: int = 0,
    start: dt.date = DAY,
    end: dt.date | None = None,
    precision: Precision = Precision.DAY,
) -> TimeExpression:
    """``dated`` with this file's reference day and the occurrence first, as the tests use it."""
    return dated(text, expression, start, end, precision, nth=nth)


def one_event(sentence: str, expression: str) -> Event:
    events = extract_events(0, Document("news.txt", sentence), [timex(sentence, expression)])
    assert len(events) == 1
    return events[0]


@pytest.fixture(scope="module")
def seed_events() -> dict[str, Event]:
    text = SEED.read_text(encoding="utf-8")
    timexes = [
        timex(text, "on Monday"),
        timex(text, "Tomorrow", 0, dt.date(2016, 5, 3)),
        timex(text, "on Sunday", 0, dt.date(2016, 5, 1)),
        timex(
            text, "late February", 0, dt.date(2016, 2, 20), dt.date(2016, 2, 29), Precision.MONTH
        ),
        timex(text, "Tomorrow", 1, dt.date(2016, 5, 3)),
        timex(text, "early 2011", 0, dt.date(2011, 1, 1), dt.date(2011, 4, 30), Precision.YEAR),
        # Not anchored: kept by the tagger, never an event.
        TimeExpression(
            "the other day",
            text.index("the other day"),
            text.index("the other day") + 13,
            TimexType.DATE,
            "PAST_REF",
        ),
    ]
    events = extract_events(0, Document(str(SEED), text), timexes)
    return {f"{e.expression}@{e.char_start}": e for e in events}


def test_seed_gives_one_event_per_anchored_date_in_text_order(
    seed_events: dict[str, Event],
) -> None:
    events = list(seed_events.values())
    assert [e.expression for e in events] == [
        "on Monday",
        "Tomorrow",
        "on Sunday",
        "late February",
        "Tomorrow",
        "early 2011",
    ]
    assert len({e.id for e in events}) == len(events)


def by_expression(events: dict[str, Event], expression: str) -> Event:
    return next(e for e in events.values() if e.expression == expression)


def test_seed_categories_match_the_gold_expectations(seed_events: dict[str, Event]) -> None:
    assert by_expression(seed_events, "on Monday").category == "talks"
    assert by_expression(seed_events, "late February").category in CEASEFIRE_CATEGORIES
    assert by_expression(seed_events, "early 2011").category == "military_action"
    assert by_expression(seed_events, "on Sunday").category == "talks"


def test_seed_sunday_title_is_a_headline_of_the_clause(seed_events: dict[str, Event]) -> None:
    title = by_expression(seed_events, "on Sunday").title
    assert title.startswith("Kerry arrives in Geneva to revive")
    assert "Sunday" not in title and "February" not in title


def test_seed_passage_is_the_sentence_and_its_offsets_point_at_it(
    seed_events: dict[str, Event],
) -> None:
    text = SEED.read_text(encoding="utf-8")
    sunday = by_expression(seed_events, "on Sunday")
    assert sunday.passage.startswith("Kerry arrived in Geneva on Sunday")
    assert sunday.passage.endswith("more than 250 civilians have been killed during airstrikes.")
    for event in seed_events.values():
        assert text[event.passage_start : event.passage_end] == event.passage
        assert event.passage_start <= event.char_start < event.char_end <= event.passage_end
        (source,) = event.sources
        assert (source.document, source.char_start, source.passage) == (
            0,
            event.char_start,
            event.passage,
        )


def test_seed_people_and_places(seed_events: dict[str, Event]) -> None:
    monday = by_expression(seed_events, "on Monday")
    assert {"John Kerry", "Staffan de Mistura"} <= set(monday.actors)
    assert "Geneva" in monday.places
    sunday = by_expression(seed_events, "on Sunday")
    assert "John Kerry" in sunday.actors and "Geneva" in sunday.places
    assert "Moscow" in by_expression(seed_events, "Tomorrow").places


def test_seed_toll_after_the_semicolon_goes_to_the_last_date_of_the_sentence(
    seed_events: dict[str, Event],
) -> None:
    assert by_expression(seed_events, "late February").fatalities == Casualties(
        250, "more than", "killed"
    )
    assert by_expression(seed_events, "on Sunday").fatalities is None


def title_words_allowed(article: str) -> set[str]:
    """Words a title may use: whole words of the article and the headline rewrites."""
    headlines = json.loads((PROJECT / "resources/lexicon/headlines.json").read_text("utf-8"))
    words = {w.lower() for w in re.findall(r"[\w\-.\u2019']+", article)}
    words |= {w.strip(".") for w in list(words)}
    words |= {w.lower() for v in headlines["present_tense"].values() for w in v.split()}
    words |= {w.lower() for v in headlines["rewrites"].values() for w in v.split()}
    return words


def test_every_seed_title_is_short_whole_words_and_never_the_date(
    seed_events: dict[str, Event],
) -> None:
    allowed = title_words_allowed(SEED.read_text(encoding="utf-8"))
    for event in seed_events.values():
        words = event.title.split()
        assert 2 <= len(words) <= 10, event.title
        assert event.title.lower() != event.expression.lower()
        for word in words:
            assert word.lower().strip(".,:") in allowed, (word, event.title)


def test_a_quotation_in_the_first_person_names_its_speaker(
    seed_events: dict[str, Event],
) -> None:
    tomorrow = [e for e in seed_events.values() if e.expression == "Tomorrow"]
    assert [e.title for e in tomorrow] == ["De Mistura: I am going to Moscow"] * 2


# Real reporting, one date each, for every category. The expected category is what an
# analyst coding the event (ACLED, PA-X, CAMEO style) would choose.
CATEGORY_CASES = [
    (
        "Israel and Hamas agreed to an open-ended ceasefire on Tuesday, ending seven weeks of "
        "fighting in the Gaza Strip.",
        "on Tuesday",
        "ceasefire_agreed",
    ),
    (
        "Sudan's army and the paramilitary Rapid Support Forces agreed on Saturday to a seven-day "
        "ceasefire, mediators Saudi Arabia and the United States said.",
        "on Saturday",
        "ceasefire_agreed",
    ),
    (
        "Russian President Vladimir Putin and Turkish President Tayyip Erdogan signed a ceasefire "
        "deal for Idlib on Thursday.",
        "on Thursday",
        "ceasefire_agreed",
    ),
    (
        "A ceasefire in eastern Ukraine came into effect at midnight on Sunday.",
        "on Sunday",
        "ceasefire_in_force",
    ),
    (
        "A cessation of hostilities brokered by the United States and Russia took effect in Syria "
        "at midnight on Friday.",
        "on Friday",
        "ceasefire_in_force",
    ),
    (
        "The truce in Yemen largely held on Monday, residents said.",
        "on Monday",
        "ceasefire_in_force",
    ),
    (
        "The Syrian Observatory for Human Rights said the truce had been violated on Saturday by "
        "shelling in Hama province.",
        "on Saturday",
        "ceasefire_violated",
    ),
    (
        "Ukraine and the separatists accused each other on Monday of breaching the ceasefire.",
        "on Monday",
        "ceasefire_violated",
    ),
    (
        "The Syrian army declared the ceasefire over on Monday evening.",
        "on Monday evening",
        "ceasefire_collapsed",
    ),
    (
        "A seven-day truce in Sudan collapsed on Sunday as fighting resumed in Khartoum.",
        "on Sunday",
        "ceasefire_collapsed",
    ),
    (
        "Israel and Hamas agreed on Wednesday to extend a Gaza ceasefire by 24 hours.",
        "on Wednesday",
        "ceasefire_extended",
    ),
    (
        "Yemen's warring parties renewed the UN-brokered truce on Thursday for another two months.",
        "on Thursday",
        "ceasefire_extended",
    ),
    (
        "Syrian peace talks opened in Geneva on Friday without the main opposition bloc.",
        "on Friday",
        "talks",
    ),
    (
        "UN envoy Martin Griffiths met Houthi leaders in Sanaa on Tuesday to discuss a prisoner "
        "swap and a truce in Hodeidah.",
        "on Tuesday",
        "talks",
    ),
    (
        "Russian warplanes carried out air strikes on rebel-held areas of Aleppo on Tuesday.",
        "on Tuesday",
        "military_action",
    ),
    (
        "Israel launched a ground offensive in the Gaza Strip on Thursday night.",
        "on Thursday night",
        "military_action",
    ),
    (
        "Azerbaijani forces captured the town of Shusha on Sunday, President Ilham Aliyev said.",
        "on Sunday",
        "military_action",
    ),
    (
        "The first aid convoy in months reached the besieged town of Madaya on Monday.",
        "on Monday",
        "humanitarian",
    ),
    (
        "Hundreds of civilians were evacuated from the Old City of Homs on Friday under a "
        "U.N.-brokered truce.",
        "on Friday",
        "humanitarian",
    ),
    (
        "At least 27 civilians were killed in Aleppo on Thursday, a monitoring group said.",
        "on Thursday",
        "casualties",
    ),
    (
        "The death toll from the fighting in Sudan has risen to 413, the World Health "
        "Organization said on Friday.",
        "on Friday",
        "casualties",
    ),
    (
        "Armenia's parliament elected opposition leader Nikol Pashinyan as prime minister on "
        "Tuesday.",
        "on Tuesday",
        "political",
    ),
    (
        "Ukraine's parliament voted on Tuesday to grant self-rule to rebel-held areas in the east.",
        "on Tuesday",
        "political",
    ),
    (
        "U.N. Secretary-General Ban Ki-moon called on Saturday for all parties to respect the "
        "truce.",
        "on Saturday",
        "statement",
    ),
    (
        "Saudi Foreign Minister Adel al-Jubeir on Monday denounced the regime of Syrian President "
        "Bashar al-Assad.",
        "on Monday",
        "statement",
    ),
    ("The weather in Geneva was mild on Sunday.", "on Sunday", "other"),
    (
        "Thailand recalled its ambassador from Phnom Penh on Wednesday after the border clash.",
        "on Wednesday",
        "political",
    ),
    (
        "On Thursday New Delhi suspended the water-sharing treaty with Pakistan.",
        "On Thursday",
        "political",
    ),
    (
        "The rebel group took up arms again in November 2021 after years of calm.",
        "November 2021",
        "military_action",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "category"), CATEGORY_CASES)
def test_category_of_real_reports(sentence: str, expression: str, category: str) -> None:
    assert one_event(sentence, expression).category == category


def test_silent_guns_in_a_truce_report_mean_the_truce_holds() -> None:
    text = (
        "The truce announced on Saturday was meant to end four days of fighting. "
        "By Sunday morning the guns had fallen silent along the frontier, residents said. "
        "Both armies pledged to respect the ceasefire."
    )
    events = extract_events(0, Document("news.txt", text), [timex(text, "By Sunday morning")])
    assert [e.category for e in events] == ["ceasefire_in_force"]


def test_the_cases_cover_every_category() -> None:
    assert {c for _, _, c in CATEGORY_CASES} == set(CATEGORIES)


NEGATION_CASES = [
    # (sentence, expression, what it must not be, what it is)
    (
        "Yemen's warring parties failed to agree on a ceasefire on Sunday as talks in Kuwait "
        "stalled.",
        "on Sunday",
        "ceasefire_agreed",
        "talks",
    ),
    (
        "Israel and Hamas failed to agree on extending the truce on Thursday.",
        "on Thursday",
        "ceasefire_extended",
        "talks",
    ),
    (
        "The truce did not hold on Saturday as fighting resumed around Aleppo.",
        "on Saturday",
        "ceasefire_in_force",
        "ceasefire_collapsed",
    ),
    (
        "No violations of the ceasefire were reported on Sunday, the Ukrainian military said.",
        "on Sunday",
        "ceasefire_violated",
        "ceasefire_in_force",
    ),
    (
        "The ceasefire has not been extended, a UN spokesman said on Friday.",
        "on Friday",
        "ceasefire_extended",
        "ceasefire_collapsed",
    ),
    (
        "Fighting did not stop on Tuesday despite the truce.",
        "on Tuesday",
        "ceasefire_in_force",
        "ceasefire_violated",
    ),
    ("No aid convoys reached Aleppo on Thursday.", "on Thursday", "other", "humanitarian"),
    (
        "The rebels refused to sign the truce on Friday, saying it favoured the government.",
        "on Friday",
        "ceasefire_agreed",
        "talks",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "not_category", "category"), NEGATION_CASES)
def test_negation_counts(sentence: str, expression: str, not_category: str, category: str) -> None:
    found = one_event(sentence, expression).category
    assert found != not_category
    assert found == category


def test_a_report_said_on_a_day_is_what_was_reported() -> None:
    killed = one_event(
        "Al-Qaida-linked gunmen killed a rebel commander in northwestern Syria, an activist "
        "group said on Friday.",
        "on Friday",
    )
    assert killed.category == "military_action"
    assert killed.title == "Al-Qaida-linked gunmen kill rebel commander in northwestern Syria"
    nothing = one_event("Nothing has changed, a U.N. spokesman said on Friday.", "on Friday")
    assert nothing.category == "statement"


def test_words_quoted_on_a_day_are_a_statement() -> None:
    event = one_event(
        '"We will not accept any truce that leaves Hamas in power," Netanyahu told reporters '
        "on Tuesday.",
        "on Tuesday",
    )
    assert event.category == "statement"
    assert event.title == "Netanyahu: We will not accept any truce that leaves Hamas"


def test_an_attempt_to_revive_a_truce_is_talks_not_the_truce_itself() -> None:
    sentence = "Kerry arrived in Geneva on Sunday in an urgent bid to revive the cease-fire."
    assert one_event(sentence, "on Sunday").category == "talks"


def test_a_call_for_a_truce_is_a_statement() -> None:
    sentence = "Pope Francis on Sunday urged the warring sides in Sudan to agree a ceasefire."
    assert one_event(sentence, "on Sunday").category == "statement"


@pytest.mark.parametrize(
    ("sentence", "expression", "casualties"),
    [
        (
            "More than 250 civilians have been killed during airstrikes on Aleppo since April 22.",
            "since April 22",
            Casualties(250, "more than", "killed"),
        ),
        (
            "An air strike on a market in Idlib killed at least 23 people on Sunday.",
            "on Sunday",
            Casualties(23, "at least", "killed"),
        ),
        (
            "Shelling in Donetsk on Friday left 12 people dead and 30 wounded.",
            "on Friday",
            Casualties(12, None, "killed"),
        ),
        (
            "Some 1,200 people were killed in the Gaza fighting in July.",
            "in July",
            Casualties(1200, "some", "killed"),
        ),
        (
            "Two soldiers were wounded by sniper fire near Debaltseve on Tuesday.",
            "on Tuesday",
            Casualties(2, None, "injured"),
        ),
    ],
)
def test_casualty_figures(sentence: str, expression: str, casualties: Casualties) -> None:
    assert one_event(sentence, expression).fatalities == casualties


def test_years_and_durations_are_not_casualty_figures() -> None:
    event = one_event(
        "Since 2011, fighting in the 5 provinces killed many, officials said on Monday.",
        "on Monday",
    )
    assert event.fatalities is None


@pytest.mark.parametrize(
    ("sentence", "expression", "actors", "places"),
    [
        (
            "Sudan's army and the paramilitary Rapid Support Forces agreed on Saturday to a "
            "seven-day ceasefire in Khartoum.",
            "on Saturday",
            {"Rapid Support Forces"},
            {"Sudan", "Khartoum"},
        ),
        (
            "Houthi fighters shelled Marib on Monday, the Saudi-led coalition said.",
            "on Monday",
            {"Houthis", "Saudi-led coalition"},
            {"Marib"},
        ),
        (
            "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in "
            "Brussels on Sunday to discuss Nagorno-Karabakh.",
            "on Sunday",
            {"Nikol Pashinyan", "Ilham Aliyev"},
            {"Brussels", "Nagorno-Karabakh"},
        ),
        (
            "Hamas fired rockets at Tel Aviv on Tuesday after an Israeli strike in Gaza City.",
            "on Tuesday",
            {"Hamas"},
            {"Tel Aviv", "Gaza City"},
        ),
    ],
)
def test_actors_and_places(
    sentence: str, expression: str, actors: set[str], places: set[str]
) -> None:
    event = one_event(sentence, expression)
    assert actors <= set(event.actors)
    assert places <= set(event.places)
    assert not set(event.actors) & {"Saturday", "Monday", "Sunday", "Tuesday", "The", "Houthi"}


@pytest.mark.parametrize(
    ("sentence", "expression", "actors", "places"),
    [
        (
            "Angry Syrian refugees pleaded with John Kerry for U.S. action on Thursday.",
            "on Thursday",
            ("John Kerry",),
            ("United States",),
        ),
        (
            "The Syrian military said on Monday it was clearing the areas surrounding Aleppo "
            "International Airport.",
            "on Monday",
            ("Syrian military",),
            ("Aleppo",),
        ),
        (
            "UN High Commissioner for Refugees Antonio Guterres said on Tuesday that one "
            "million refugees had fled Syria.",
            "on Tuesday",
            ("UNHCR", "Antonio Guterres"),
            ("Syria",),
        ),
    ],
)
def test_exactly_these_actors_and_places(
    sentence: str, expression: str, actors: tuple[str, ...], places: tuple[str, ...]
) -> None:
    event = one_event(sentence, expression)
    assert (event.actors, event.places) == (actors, places)


def test_a_title_case_headline_names_no_one_from_its_capitals() -> None:
    text = (
        "France, Britain Say Military Intervention Is On The Table\n\n"
        "Military intervention is on the table, the French president said on Thursday."
    )
    timexes = [timex(text, "On The Table")]  # a stand-in date inside the headline
    (event,) = extract_events(0, Document("a.txt", text), timexes)
    assert event.places == ("France", "United Kingdom")
    assert not any(" " in actor and actor[0].isupper() for actor in event.actors)


def test_which_points_back_only_at_the_words_just_before_it() -> None:
    sentence = (
        "Turkey and Iran jointly called for a cease-fire in Syria during the holy month of "
        "Ramadan, which began on Wednesday."
    )
    other = "Turkey and Iran called on Friday for a truce, which began on Wednesday."
    ramadan = extract_events(0, Document("a.txt", sentence), [timex(sentence, "on Wednesday")])
    truce = extract_events(
        0, Document("b.txt", other), [timex(other, "on Friday"), timex(other, "on Wednesday")]
    )
    assert ramadan[0].category != "ceasefire_in_force"
    assert truce[1].category == "ceasefire_in_force"


def test_ids_are_stable_and_unique_across_documents() -> None:
    text = "The truce took effect on Saturday. Fighting resumed on Sunday."
    timexes = [timex(text, "on Saturday"), timex(text, "on Sunday")]
    first = extract_events(3, Document("a.txt", text), timexes)
    again = extract_events(3, Document("a.txt", text), list(reversed(timexes)))
    other = extract_events(4, Document("b.txt", text), timexes)
    assert [e.id for e in first] == [e.id for e in again]
    assert not {e.id for e in first} & {e.id for e in other}
    assert [e.passage for e in first] == [
        "The truce took effect on Saturday.",
        "Fighting resumed on Sunday.",
    ]


@pytest.mark.parametrize(
    ("sentence", "expression", "title"),
    [
        (
            "The Yemen truce, which began on April 2, expired on Sunday after the Houthis "
            "rejected a UN proposal to extend it.",
            "on April 2",
            "Yemen truce begins",
        ),
        (
            "The Yemen truce, which began on April 2, expired on Sunday after the Houthis "
            "rejected a UN proposal to extend it.",
            "on Sunday",
            "Yemen truce expires after Houthis rejected UN proposal to extend",
        ),
        (
            "A ceasefire between Israel and Hezbollah took effect early on Wednesday.",
            "on Wednesday",
            "Ceasefire between Israel and Hezbollah takes effect",
        ),
        (
            "The World Food Programme said on Tuesday that famine had taken hold in Gaza City.",
            "on Tuesday",
            "Famine takes hold in Gaza City",
        ),
        (
            "The Kremlin said on Wednesday it had not agreed to any ceasefire.",
            "on Wednesday",
            "Kremlin says it had not agreed to any ceasefire",
        ),
        (
            "Armenian and Azerbaijani foreign ministers initialled a peace agreement at the White "
            "House on Friday.",
            "on Friday",
            "Armenian and Azerbaijani foreign ministers initial peace agreement",
        ),
        (
            "U.N. Secretary-General Ban Ki-moon called on Saturday for all parties to respect the "
            "truce.",
            "on Saturday",
            "Ban Ki-moon calls for all parties to respect truce",
        ),
        (
            "KYIV, Feb 15 (Reuters) - A ceasefire took hold in eastern Ukraine on Sunday after a "
            "deal brokered in Minsk.",
            "on Sunday",
            "Ceasefire takes hold in eastern Ukraine",
        ),
        (
            "The UN General Assembly voted on Thursday to demand an immediate humanitarian "
            "ceasefire in Gaza.",
            "on Thursday",
            "UN General Assembly votes to demand immediate humanitarian ceasefire",
        ),
    ],
)
def test_headline_titles(sentence: str, expression: str, title: str) -> None:
    assert one_event(sentence, expression).title == title


MULTI_DATE_CASES = [
    (
        "Russia and Turkey agreed on Thursday to a ceasefire in Idlib that will take effect "
        "at midnight on Friday.",
        [
            ("on Thursday", "ceasefire_agreed", "Russia and Turkey agree to ceasefire in Idlib"),
            ("at midnight on Friday", "ceasefire_in_force", "Ceasefire in Idlib to take effect"),
        ],
    ),
    (
        "After a truce collapsed in September, fighting resumed on Oct. 3 and peace talks "
        "opened in Geneva on Nov. 12.",
        [
            ("in September", "ceasefire_collapsed", "Truce collapses"),
            ("on Oct. 3", "military_action", "Fighting resumes"),
            ("on Nov. 12", "talks", "Peace talks open in Geneva"),
        ],
    ),
    (
        "The Gaza ceasefire, which took effect on Jan. 19, collapsed on March 18 when Israel "
        "resumed air strikes.",
        [
            ("on Jan. 19", "ceasefire_in_force", "Gaza ceasefire takes effect"),
            (
                "on March 18",
                "ceasefire_collapsed",
                "Gaza ceasefire collapses when Israel resumed air strikes",
            ),
        ],
    ),
    (
        "Ukraine and Russia agreed in Minsk on Feb. 12 to a ceasefire that took effect on "
        "Feb. 15, but fighting continued around Debaltseve until Feb. 18.",
        [
            ("on Feb. 12", "ceasefire_agreed", "Ukraine and Russia agree in Minsk to ceasefire"),
            ("on Feb. 15", "ceasefire_in_force", "Ceasefire takes effect"),
            ("until Feb. 18", "military_action", "Fighting continues around Debaltseve"),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), MULTI_DATE_CASES)
def test_each_date_of_a_sentence_is_its_own_event(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    timexes = [timex(sentence, expression) for expression, _, _ in expected]
    events = extract_events(0, Document("news.txt", sentence), timexes)
    assert [(e.expression, e.category, e.title) for e in events] == expected
    assert all(e.passage == sentence for e in events)


def test_a_relative_clause_takes_the_place_of_its_antecedent() -> None:
    sentence = MULTI_DATE_CASES[0][0]
    timexes = [timex(sentence, "on Thursday"), timex(sentence, "at midnight on Friday")]
    agreed, in_force = extract_events(0, Document("news.txt", sentence), timexes)
    assert agreed.actors == ("Russia", "Turkey")
    assert in_force.places == ("Idlib",)


def test_a_time_stamp_takes_its_title_from_the_sentence_next_to_it() -> None:
    text = "Rebels clash with army near Aleppo TV station\n\nAugust 4, 2012 12:18 pm"
    events = extract_events(0, Document("a.txt", text), [timex(text, "August 4, 2012")])
    assert events[0].title == "Rebels clash with army near Aleppo TV station"
    assert events[0].passage == "August 4, 2012 12:18 pm"


def test_a_lone_date_with_nothing_around_it_takes_the_document_title() -> None:
    text = "Monday, Feb. 22"
    events = extract_events(
        0, Document("a.txt", text, title="Ceasefire talks resume"), [timex(text, "Monday, Feb. 22")]
    )
    assert events[0].title == "Ceasefire talks resume"


def test_seed_through_the_real_tagger() -> None:
    from viewer.core.temporal import tag

    text = SEED.read_text(encoding="utf-8")
    events = extract_events(0, Document(str(SEED), text), tag(text, DAY))
    by_day = {(e.start, e.precision): e for e in events}
    monday = by_day[(DAY, Precision.DAY)]
    february = next(e for e in events if e.start.month == 2 and e.start.year == 2016)
    civil_war = next(e for e in events if e.start.year == 2011)
    sunday = by_day[(dt.date(2016, 5, 1), Precision.DAY)]
    assert monday.category == "talks"
    assert february.category in CEASEFIRE_CATEGORIES
    assert civil_war.category == "military_action"
    assert sunday.title.startswith("Kerry arrives in Geneva")
    for event in events:
        assert 2 <= len(event.title.split()) <= 10
        assert event.expression.lower() not in event.title.lower()


@given(
    words=st.lists(
        st.sampled_from(
            [
                "Kerry",
                "truce",
                "agreed",
                "on",
                "Sunday",
                "not",
                "the",
                ",",
                ";",
                ".",
                "\n\n",
                "U.S.",
                "killed",
                "250",
                "civilians",
                "\u201c",
                "\u201d",
                "Aleppo",
                "-",
                "which",
            ]
        ),
        min_size=1,
        max_size=40,
    ),
    picks=st.lists(
        st.tuples(st.integers(min_value=0, max_value=39), st.integers(min_value=1, max_value=3)),
        max_size=4,
    ),
)
@settings(max_examples=200, deadline=None)
def test_any_text_and_dates_give_well_formed_events(
    words: list[str], picks: list[tuple[int, int]]
) -> None:
    """Even overlapping expressions, which the tagger should never give, are handled."""
    text = " ".join(words)
    starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
    spans = sorted(
        {
            (starts[i], starts[min(i + n, len(words)) - 1] + len(words[min(i + n, len(words)) - 1]))
            for i, n in picks
            if i < len(words) and text[starts[i] : starts[i] + 1].strip()
        }
    )
    timexes = [
        TimeExpression(text[a:b], a, b, TimexType.DATE, "2016-05-01", DAY, DAY, Precision.DAY)
        for a, b in spans
    ]
    events = extract_events(0, Document("random.txt", text), timexes)
    assert len(events) == len(timexes)
    for event in events:
        assert text[event.passage_start : event.passage_end] == event.passage
        assert event.passage_start <= event.char_start <= event.char_end <= event.passage_end
        assert 1 <= len(event.title.split()) <= 10
        assert event.category in CATEGORIES


@pytest.mark.parametrize(
    ("earlier", "actor"),
    [
        ("Foreign Minister Jean-Marc Ayrault arrived in Geneva.", "Jean-Marc Ayrault"),
        # A title before the surname is no given name: the later full name counts.
        ("Minister Ayrault spoke first. Later Jean-Marc Ayrault left.", "Jean-Marc Ayrault"),
        ("Minister Ayrault spoke first.", "Ayrault"),
    ],
)
def test_a_lone_surname_takes_the_full_name_written_elsewhere(earlier: str, actor: str) -> None:
    text = f"{earlier}\n\nAyrault said on Monday that talks would resume."
    (event,) = extract_events(0, Document("a.txt", text), [timex(text, "on Monday")])
    assert actor in event.actors


@pytest.mark.parametrize(
    "written",
    ["cease-fire", "Cease-Fire", "CEASE FIRE", "cease fire"],
)
@pytest.mark.parametrize("country", ["Syria", "Syr\u0131a"])  # a dotless i takes the slow path
def test_a_title_writes_ceasefire_one_way_however_the_article_does(
    written: str, country: str
) -> None:
    sentence = f"Russia and Turkey agreed a {written} in {country} on Monday."
    event = one_event(sentence, "on Monday")
    assert event.title == f"Russia and Turkey agree ceasefire in {country}"


@pytest.mark.parametrize(
    ("sentence", "count", "qualifier"),
    [
        ("More than 250 civilians have been killed since Tuesday.", 250, "more than"),
        ("The shelling killed AT LEAST 12 people on Monday, activists said.", 12, "at least"),
        # a dotless i: the toll is read without the lower-cased shortcut, and read the same
        ("More than 250 c\u0131vilians have been killed since Tuesday.", 250, "more than"),
    ],
)
def test_a_toll_is_read_whatever_the_case_of_its_words(
    sentence: str, count: int, qualifier: str
) -> None:
    assert find_casualties(sentence, (0, len(sentence))) == Casualties(count, qualifier, "killed")


def test_a_markdown_heading_gives_a_title_without_its_marks() -> None:
    from viewer.core.pipeline import analyse

    text = "# Truce holds in the 2020s\n\nThe ceasefire agreed on 27 February 2016 held.\n"
    result = analyse(0, Document("notes.md", text, published=dt.date(2024, 1, 5)))
    titles = {e.timex.text: e.title for e in result.events}
    assert titles["the 2020s"] == "Truce holds"
