"""The category an analyst sees when the words that tell the event stand outside the
date's own clause, or when the rest of the article changes what the words mean."""

from __future__ import annotations

import pytest
from category_helpers import category_at


@pytest.mark.parametrize(
    ("sentence", "expression", "category"),
    [
        # A date set apart by commas before the clause that tells what happened
        (
            "Nine days later, on February 3, rebel fighters overran the garrison at Kalemie.",
            "Nine days later",
            "military_action",
        ),
        # A date in a clause with no verb of its own, the verb in the clause before it
        (
            "The mediators brought the two delegations together in Arusha, first in early "
            "May and again in late June.",
            "again in late June",
            "talks",
        ),
    ],
)
def test_a_date_outside_the_verbs_clause_takes_the_sentences_event(
    sentence: str, expression: str, category: str
) -> None:
    assert category_at(sentence, expression) == category


def test_an_aside_about_a_person_does_not_take_the_main_verb() -> None:
    text = "The foreign minister, who was born in Kano in 1961, condemned the attack on the convoy."
    assert category_at(text, "in 1961") == "other"


@pytest.mark.parametrize(
    ("sentence", "expression", "category"),
    [
        # A cabinet, a parliament or the Security Council sitting is politics ...
        (
            "The country's security cabinet is due to meet on Sunday to review the truce, "
            "an aide said.",
            "on Sunday",
            "political",
        ),
        (
            "Parliament will hold an emergency session on Tuesday to debate the state of "
            "emergency.",
            "on Tuesday",
            "political",
        ),
        (
            "The Security Council will hold consultations on the crisis on Wednesday afternoon.",
            "on Wednesday afternoon",
            "political",
        ),
        # ... while the two sides meeting is talks
        (
            "Envoys from both sides met in Doha on Monday to discuss a prisoner exchange.",
            "on Monday",
            "talks",
        ),
    ],
)
def test_an_assembly_meeting_is_political_not_talks(
    sentence: str, expression: str, category: str
) -> None:
    assert category_at(sentence, expression) == category


TRUCE_OPENING = (
    "A ceasefire between the army and the rebels took effect on Friday, and the truce was "
    "welcomed in Goma. "
)


@pytest.mark.parametrize(
    ("report", "expression", "category"),
    [
        # Fire told as an exception to a holding truce broke it ...
        (
            "The truce has largely held, although villagers reported bursts of machine-gun "
            "fire near Kalehe on Sunday night.",
            "on Sunday night",
            "ceasefire_violated",
        ),
        (
            "However, rebel gunmen shelled an army post outside Kalehe on Sunday morning, "
            "the army said.",
            "on Sunday morning",
            "ceasefire_violated",
        ),
        (
            "Monitors counted only a handful of mortar rounds near Sake on Saturday.",
            "on Saturday",
            "ceasefire_violated",
        ),
        # ... while the same article's plain account of a battle stays military action
        (
            "Rebel gunmen shelled an army post outside Kalehe on Sunday morning, the army said.",
            "on Sunday morning",
            "military_action",
        ),
    ],
)
def test_fire_told_as_an_exception_in_a_truce_article_is_a_violation(
    report: str, expression: str, category: str
) -> None:
    assert category_at(TRUCE_OPENING + report, expression) == category


def test_an_exception_without_a_truce_in_the_article_stays_military() -> None:
    text = (
        "The army shelled rebel positions outside Kalehe on Sunday morning, although "
        "officials said no one was hurt."
    )
    assert category_at(text, "on Sunday morning") == "military_action"


def test_a_closing_attribution_does_not_hide_the_sentences_event() -> None:
    # The time in brackets has a clause of its own that holds only "a spokesman said".
    text = (
        "The truce came into force at 6 a.m. local time (0300 GMT on Monday), a government "
        "spokesman said."
    )
    assert category_at(text, "0300 GMT on Monday") == "ceasefire_in_force"


def test_a_closing_attribution_alone_is_a_statement() -> None:
    text = "The situation in the north is unclear, a government spokesman said on Monday."
    assert category_at(text, "on Monday") == "statement"


@pytest.mark.parametrize(
    ("sentence", "expression", "category"),
    [
        # Calling a strike or a rally organises it: politics ...
        (
            "Opposition parties called a general strike for Monday to protest against the "
            "election result.",
            "for Monday",
            "political",
        ),
        (
            "Student leaders called for mass demonstrations in the capital after Friday prayers.",
            "Friday",
            "political",
        ),
        # ... while a call for calm is a statement
        ("The president called for calm on Sunday.", "on Sunday", "statement"),
    ],
)
def test_a_call_for_a_rally_or_strike_is_political(
    sentence: str, expression: str, category: str
) -> None:
    assert category_at(sentence, expression) == category


@pytest.mark.parametrize(
    ("report", "expression", "category"),
    [
        ("It was extended on Monday for another two weeks.", "on Monday", "ceasefire_extended"),
        (
            "It expired at midnight on Sunday, and fighting resumed within hours.",
            "midnight on Sunday",
            "ceasefire_collapsed",
        ),
    ],
)
def test_it_in_a_truce_article_stands_for_the_truce(
    report: str, expression: str, category: str
) -> None:
    assert category_at(TRUCE_OPENING + report, expression) == category


def test_it_in_an_article_about_no_truce_is_no_truce() -> None:
    text = "The army retook the town on Friday. It was extended on Monday for another two weeks."
    assert category_at(text, "on Monday") == "other"


@pytest.mark.parametrize(
    ("sentence", "expression", "category"),
    [
        # The date after "a ceasefire from" is when the truce takes hold ...
        (
            "Both armies agreed to halt fighting from Thursday evening.",
            "Thursday evening",
            "ceasefire_in_force",
        ),
        (
            "The contact group agreed on a ceasefire from March 1 to allow the spring sowing.",
            "March 1",
            "ceasefire_in_force",
        ),
        # ... while the day of the agreement stays the agreement
        (
            "The contact group agreed on a ceasefire on Tuesday to allow the spring sowing.",
            "on Tuesday",
            "ceasefire_agreed",
        ),
    ],
)
def test_a_truce_from_a_date_takes_hold_then(sentence: str, expression: str, category: str) -> None:
    assert category_at(sentence, expression) == category


@pytest.mark.parametrize(
    ("sentence", "expression", "category"),
    [
        # A date that follows "said" dates the saying ...
        (
            "The rebel command said on Thursday that it would not return to the negotiating "
            "table in Arusha.",
            "on Thursday",
            "statement",
        ),
        (
            "The defence minister told reporters on Monday that the army would answer any "
            "attack with force.",
            "on Monday",
            "statement",
        ),
        # ... but a truce stage or a toll told that way keeps its own category
        (
            "The army said on Friday that it had agreed to a ceasefire with the rebels.",
            "on Friday",
            "ceasefire_agreed",
        ),
        (
            "Health officials in the city said on Sunday that 14 people had been killed in "
            "the shelling.",
            "on Sunday",
            "casualties",
        ),
    ],
)
def test_a_date_right_after_said_is_the_statements(
    sentence: str, expression: str, category: str
) -> None:
    assert category_at(sentence, expression) == category


@pytest.mark.parametrize(
    ("sentence", "expression", "category"),
    [
        # A war's toll so far dates the start of the war.
        (
            "The insurgency in the northern hills has killed some 40,000 people since 1978.",
            "since 1978",
            "military_action",
        ),
        (
            "More than 9,000 people have died in the conflict since it began in April 2014.",
            "in April 2014",
            "military_action",
        ),
        # A toll that names no war stays a toll.
        (
            "Eleven police officers have been killed in the province since Monday.",
            "since Monday",
            "casualties",
        ),
    ],
)
def test_a_wars_toll_so_far_dates_the_war(sentence: str, expression: str, category: str) -> None:
    assert category_at(sentence, expression) == category


@pytest.mark.parametrize(
    ("sentence", "expression", "category"),
    [
        # Other names for a truce taking hold
        (
            "The cessation of armed confrontation took effect on 5 November 2008.",
            "on 5 November 2008",
            "ceasefire_in_force",
        ),
        (
            "Thirty years ago today the guns along the sand berm fell silent.",
            "Thirty years ago today",
            "ceasefire_in_force",
        ),
        # A head of state received by another is a meeting.
        ("The king was received at the White House on July 25.", "on July 25", "talks"),
    ],
)
def test_truce_and_meeting_words_outside_the_usual_verbs(
    sentence: str, expression: str, category: str
) -> None:
    assert category_at(sentence, expression) == category


TRUCE_BACKGROUND = "The truce held overnight, and ceasefire monitors reported no shots. "


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        # In a truce article, "the deal" is the truce, unless what is done to it is law or trade.
        ("The judges struck down the deal on October 14.", "on October 14"),
        ("The two countries signed a trade agreement in the capital on Friday.", "on Friday"),
    ],
)
def test_courts_and_trade_deals_in_a_truce_article_stay_political(
    sentence: str, expression: str
) -> None:
    assert category_at(TRUCE_BACKGROUND + sentence, expression) == "political"
