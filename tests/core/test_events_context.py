"""Categories and titles that need more than the words next to the date: the article around
the sentence, the subject of an elliptic or relative clause, the phrase that holds the date."""

from __future__ import annotations

import datetime as dt

import pytest
from correction_helpers import dated

from viewer.core.events import extract_events
from viewer.core.model import Casualties, Document, Event

DAY = dt.date(2024, 3, 4)


def event_of(text: str, expression: str, *others: str) -> Event:
    """The event of ``expression`` in an article made of ``text``; ``others`` are the other
    dates the tagger would find in it."""
    timexes = sorted(
        (dated(text, e, DAY) for e in (expression, *others)), key=lambda t: t.char_start
    )
    events = extract_events(0, Document("news.txt", text), timexes)
    (event,) = [e for e in events if e.expression == expression]
    return event


TRUCE_LEAD = (
    "Mediators said the ceasefire between the army and the rebels would hold for 30 days. "
    "Both sides had rejected an earlier truce proposal in January. "
)


@pytest.mark.parametrize(
    ("sentence", "expression", "category"),
    [
        # In an article about a truce, "the accord" and "approved it" name the truce.
        (
            "The accord, signed late on Tuesday in Doha by both delegations, also frees prisoners.",
            "late on Tuesday",
            "ceasefire_agreed",
        ),
        (
            "The cabinet approved it early on Saturday after a six-hour meeting.",
            "early on Saturday",
            "ceasefire_agreed",
        ),
        # ... and the announced extension is the truce's.
        (
            "The president announced the extension late on Friday in a televised address.",
            "late on Friday",
            "ceasefire_extended",
        ),
        # Negation and tense still count: a deal not approved is still being negotiated.
        ("The cabinet did not approve it on Saturday, officials said.", "on Saturday", "talks"),
    ],
)
def test_in_an_article_about_a_truce_the_agreement_is_the_truce(
    sentence: str, expression: str, category: str
) -> None:
    assert event_of(TRUCE_LEAD + sentence, expression).category == category


def test_outside_an_article_about_a_truce_a_signed_accord_is_no_ceasefire() -> None:
    text = (
        "The two governments signed a trade accord late on Tuesday in Doha, opening their "
        "markets to each other's farmers."
    )
    assert event_of(text, "late on Tuesday").category != "ceasefire_agreed"


@pytest.mark.parametrize(
    ("sentence", "expression", "others", "category"),
    [
        # A truce named before its verb is its subject, however long the aside between.
        (
            "The ceasefire, the first in more than a decade of fighting in the north, took "
            "effect on Thursday.",
            "on Thursday",
            (),
            "ceasefire_in_force",
        ),
        # "... and was renewed": the verb's subject is the sentence's.
        (
            "The truce began in March and was renewed for another two months on Tuesday.",
            "on Tuesday",
            ("in March",),
            "ceasefire_extended",
        ),
        (
            "Officials welcomed the truce, saying it had been extended until Friday.",
            "until Friday",
            (),
            "ceasefire_extended",
        ),
        # "a truce brokered by Qatar (was over)": the participle describes the truce.
        (
            "Rebel commanders said on Wednesday that the truce mediated by Qatar was over.",
            "on Wednesday",
            (),
            "ceasefire_collapsed",
        ),
        # Negated, "over" is no collapse.
        (
            "The truce was not over on Sunday, mediators insisted.",
            "on Sunday",
            (),
            "ceasefire_in_force",
        ),
        # A date in a relative aside dates the aside, not the main clause.
        (
            "More than 9,000 people have been killed in the insurgency, which began in "
            "October 2017.",
            "in October 2017",
            (),
            "military_action",
        ),
        # A date in a "since ..." phrase is that phrase's event.
        (
            "It was the first meeting of the two generals since the war broke out in April 2023.",
            "in April 2023",
            (),
            "military_action",
        ),
        # What follows ", but" is another event.
        (
            "The two generals signed a truce in Jeddah on Saturday, but clashes resumed "
            "within hours.",
            "on Saturday",
            (),
            "ceasefire_agreed",
        ),
        # A date heading a chronology line dates its main verb, however long the names.
        (
            "March 3 - After two days of talks in Ankara, Russian Foreign Minister Sergei "
            "Lavrov and Turkish Foreign Minister Mevlut Cavusoglu announce a ceasefire in Idlib.",
            "March 3",
            (),
            "ceasefire_agreed",
        ),
        (
            "Israel stepped up its air campaign over southern Lebanon on Monday.",
            "on Monday",
            (),
            "military_action",
        ),
        (
            "War broke out between the two neighbours in May 1998.",
            "in May 1998",
            (),
            "military_action",
        ),
    ],
)
def test_category_from_the_clause_around_the_date(
    sentence: str, expression: str, others: tuple[str, ...], category: str
) -> None:
    assert event_of(sentence, expression, *others).category == category


@pytest.mark.parametrize(
    ("text", "expression", "title"),
    [
        # A participle after its subject stays passive: never "Accord signs by ...".
        (
            TRUCE_LEAD + "The accord, signed late on Tuesday by the two foreign ministers, "
            "also frees prisoners.",
            "late on Tuesday",
            "Accord signed by two foreign ministers",
        ),
        (
            "Rebel commanders said on Wednesday that the truce mediated by Qatar was over.",
            "on Wednesday",
            "Truce mediated by Qatar over",
        ),
        # "it" after a truce is the truce, not the sentence's first subject.
        (
            "The president held up the truce until the prisoner list arrived, and it finally "
            "began on Sunday.",
            "on Sunday",
            "Truce begins",
        ),
        # "who" takes the name before it.
        (
            "The United Nations envoy met Abdel Fattah al-Burhan, who returned to Khartoum "
            "on Sunday.",
            "on Sunday",
            "Abdel Fattah al-Burhan returns to Khartoum",
        ),
        # An apposition and a place dateline go.
        (
            "The bilateral ceasefire, the first in more than half a century of conflict, took "
            "effect on Monday.",
            "on Monday",
            "Bilateral ceasefire takes effect",
        ),
        (
            "Kabul (AFP) - Taliban and government negotiators met in Doha on Saturday.",
            "on Saturday",
            "Taliban and government negotiators meet in Doha",
        ),
        (
            "BEIRUT/DAMASCUS - The truce in Idlib took effect at midnight on Friday.",
            "on Friday",
            "Truce in Idlib takes effect at midnight",
        ),
        # A list of names keeps its commas; a count is plural.
        (
            "Foreign ministers of Egypt, Jordan, Qatar and Turkey met in Cairo on Sunday.",
            "on Sunday",
            "Foreign ministers of Egypt, Jordan, Qatar and Turkey meet",
        ),
        (
            "Two more truces collapsed within hours on Friday.",
            "on Friday",
            "Two more truces collapse within hours",
        ),
        # Ten words never end on a phrase cut short.
        (
            "The government said on Monday it would open formal peace talks with the smaller "
            "rebel group in Quito next month.",
            "on Monday",
            "Government says it would open formal peace talks",
        ),
    ],
)
def test_titles_read_as_headlines(text: str, expression: str, title: str) -> None:
    assert event_of(text, expression).title == title


@pytest.mark.parametrize(
    ("sentence", "expression", "category"),
    [
        # A truce that could collapse has not collapsed: the warning is the event.
        (
            "Aid groups warned on Friday that the fragile truce could collapse at any moment.",
            "on Friday",
            "statement",
        ),
        (
            "The truce collapsed on Friday after rebels attacked an army post.",
            "on Friday",
            "ceasefire_collapsed",
        ),
        # A tentative date for a truce is still the truce taking effect, not a signing.
        (
            "The ceasefire may take effect on Monday if both sides sign, mediators said.",
            "on Monday",
            "ceasefire_in_force",
        ),
    ],
)
def test_what_could_happen_weighs_less_than_what_happened(
    sentence: str, expression: str, category: str
) -> None:
    assert event_of(sentence, expression).category == category


def test_a_title_never_ends_on_a_determiner_nor_keeps_the_attribution() -> None:
    warned = event_of(
        "Aid groups warned on Friday that the fragile truce could collapse at any moment.",
        "on Friday",
    )
    assert warned.title == "Aid groups warn that fragile truce could collapse"
    tentative = event_of(
        "The ceasefire may take effect on Monday if both sides sign, mediators said.",
        "on Monday",
    )
    assert tentative.title == "Ceasefire may take effect if both sides sign"


@pytest.mark.parametrize(
    ("sentence", "expression", "category"),
    [
        (
            "Lebanon's new president took office on Thursday after a two-year vacuum.",
            "on Thursday",
            "political",
        ),
        (
            "The junta dismissed the army chief on Tuesday, state television said.",
            "on Tuesday",
            "political",
        ),
        (
            "The first flight carrying patients for medical treatment abroad left Sanaa on Sunday.",
            "on Sunday",
            "humanitarian",
        ),
    ],
)
def test_offices_and_patients(sentence: str, expression: str, category: str) -> None:
    assert event_of(sentence, expression).category == category


def test_a_projected_toll_is_a_casualty_figure() -> None:
    event = event_of(
        "A study published on Monday found that more than 20,000 people would have died "
        "without the airlift.",
        "on Monday",
    )
    assert event.fatalities == Casualties(20000, "more than", "killed")


@pytest.mark.parametrize(
    ("sentence", "expression", "title"),
    [
        # A clause opening with a headline verb borrows the name before "who".
        (
            "Donald Trump, who takes office on Monday, has claimed credit for the deal.",
            "on Monday",
            "Donald Trump takes office",
        ),
        (
            "The ceasefire in Idlib has come into force on Sunday.",
            "on Sunday",
            "Ceasefire in Idlib comes into force",
        ),
        # Once the clause has its verb, a later participle stays one.
        (
            "The accord revived a peace plan signed in Lusaka on Sept. 5 last year.",
            "on Sept. 5 last year",
            "Accord revives peace plan signed in Lusaka",
        ),
    ],
)
def test_headline_verbs(sentence: str, expression: str, title: str) -> None:
    assert event_of(sentence, expression).title == title


def test_a_closed_aside_does_not_hide_the_truce_from_its_verb() -> None:
    # The "which" aside is closed by a comma: the truce is still what expired.
    sentence = (
        "The humanitarian truce between the army and the Rapid Support Forces, which mediators "
        "had renewed twice, expired on Saturday night."
    )
    assert event_of(sentence, "on Saturday night").category == "ceasefire_collapsed"


@pytest.mark.parametrize(
    ("sentence", "expression", "agreed"),
    [
        # An accord between armed parties is a truce, even where no truce word is written.
        (
            "Commanders of the two armies signed the accord at a border post on Sunday.",
            "on Sunday",
            True,
        ),
        (
            "The army and the rebels reached an understanding in Juba late on Friday.",
            "late on Friday",
            True,
        ),
        # Without an armed party, an accord is only a truce in an article about one.
        ("The government signed a trade accord with China on Sunday.", "on Sunday", False),
    ],
)
def test_an_accord_between_armed_parties_is_a_truce(
    sentence: str, expression: str, agreed: bool
) -> None:
    assert (event_of(sentence, expression).category == "ceasefire_agreed") is agreed


@pytest.mark.parametrize(
    ("sentence", "expression", "category"),
    [
        # In an article about a truce, a vote to accept "the proposal" accepts the truce.
        (
            TRUCE_LEAD + "Israel's security cabinet voted late on Thursday to accept the Qatari "
            "proposal.",
            "late on Thursday",
            "ceasefire_agreed",
        ),
        # An active "killed" whose object is a toll reports the toll, not the attack...
        (
            "Shelling by the army has killed hundreds of civilians in the city since March.",
            "since March",
            "casualties",
        ),
        # ... while an attack that kills stays an attack.
        (
            "Troops killed dozens of civilians in an attack on the village on Friday.",
            "on Friday",
            "military_action",
        ),
        ("Israel lifted the naval blockade of the port on Monday.", "on Monday", "humanitarian"),
    ],
)
def test_votes_tolls_and_blockades(sentence: str, expression: str, category: str) -> None:
    assert event_of(sentence, expression).category == category
