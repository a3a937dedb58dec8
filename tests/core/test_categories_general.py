"""The category an analyst sees for everyday war reporting: words any news writer uses for
fighting, politics, aid, diplomacy and statements, so few events are left as "other"."""

from __future__ import annotations

import pytest
from category_helpers import category_at

# (sentence, expression, category): one sentence per family of trigger words.
CASES = [
    # military: a place changing hands, troops moving in, boats sunk, guns heard
    (
        "The provincial capital fell to rebel fighters on Thursday.",
        "on Thursday",
        "military_action",
    ),
    (
        "Armoured columns crossed into the disputed district early on Saturday.",
        "early on Saturday",
        "military_action",
    ),
    (
        "By Monday government troops had encircled the last rebel stronghold in the hills.",
        "By Monday",
        "military_action",
    ),
    (
        "The insurgents were driven out of the port town on Wednesday, the army said.",
        "on Wednesday",
        "military_action",
    ),
    ("A coastguard patrol boat was sunk off the island on Friday.", "on Friday", "military_action"),
    (
        "Residents heard heavy shooting near the airport on Tuesday night.",
        "on Tuesday night",
        "military_action",
    ),
    (
        "Both countries have massed troops along the frontier since January.",
        "since January",
        "military_action",
    ),
    (
        "A dozen mortar rounds landed near the garrison on Sunday.",
        "on Sunday",
        "military_action",
    ),
    (
        "The last defenders of the steel works surrendered on Friday.",
        "on Friday",
        "military_action",
    ),
    (
        "The army said its operation in the valley would resume next Wednesday.",
        "next Wednesday",
        "military_action",
    ),
    # political: institutions, courts, arrests, who holds power
    (
        "The rebel movement formally disbanded its armed wing on Tuesday.",
        "on Tuesday",
        "political",
    ),
    (
        "The government declared a state of emergency in three northern provinces on Monday.",
        "on Monday",
        "political",
    ),
    (
        "The president granted an amnesty to 300 former combatants on Wednesday.",
        "on Wednesday",
        "political",
    ),
    (
        "The Supreme Court heard the petitions against the accord on Thursday.",
        "on Thursday",
        "political",
    ),
    (
        "Police arrested the opposition leader at his home in the capital on Friday.",
        "on Friday",
        "political",
    ),
    (
        "The military council took power in the capital in April 2019.",
        "April 2019",
        "political",
    ),
    (
        "The cabinet met late on Tuesday and approved a new budget for the reconstruction.",
        "late on Tuesday",
        "political",
    ),
    (
        "Thousands rallied in the main square on Friday evening against the new constitution.",
        "on Friday evening",
        "political",
    ),
    # humanitarian: prisoners, evacuees, supplies, services coming back
    (
        "The two sides freed 120 prisoners at a checkpoint outside the city on Saturday.",
        "on Saturday",
        "humanitarian",
    ),
    (
        "Forty trucks loaded with flour and fuel reached the enclave on Tuesday.",
        "on Tuesday",
        "humanitarian",
    ),
    (
        "The main border crossing reopened on Monday for the first time since the fighting began.",
        "on Monday",
        "humanitarian",
    ),
    (
        "Mobile internet was restored in the region's five districts on Thursday.",
        "on Thursday",
        "humanitarian",
    ),
    (
        "Power cuts of up to 16 hours a day hit the city last week.",
        "last week",
        "humanitarian",
    ),
    (
        "Traffic began moving again on the coastal highway on Thursday.",
        "on Thursday",
        "humanitarian",
    ),
    (
        "Fishermen put out to sea from the harbour at dawn on Wednesday for the first time in "
        "two weeks.",
        "at dawn on Wednesday",
        "humanitarian",
    ),
    # talks: rounds, tables, telephone diplomacy, envoys on the move
    (
        "The fourth round, held in Muscat on Saturday, ended without a breakthrough.",
        "on Saturday",
        "talks",
    ),
    (
        "Both sides are expected back at the table next week.",
        "next week",
        "talks",
    ),
    (
        "The two foreign ministers held a two-hour telephone conversation on Sunday.",
        "on Sunday",
        "talks",
    ),
    (
        "The French foreign minister flew on to Baku on Friday to carry the same message.",
        "on Friday",
        "talks",
    ),
    (
        "Qatar has mediated between the government and the rebels since December.",
        "since December",
        "talks",
    ),
    # statement: someone speaking in public
    (
        "The prime minister spoke to reporters outside his office on Tuesday.",
        "on Tuesday",
        "statement",
    ),
    (
        "In a televised address on Thursday, the president defended the decision.",
        "on Thursday",
        "statement",
    ),
    (
        "The defence ministry apologised on Monday for the error.",
        "on Monday",
        "statement",
    ),
    # casualties: how many died, whatever the word
    (
        "Police recorded 41 homicides across the country in January.",
        "in January",
        "casualties",
    ),
    (
        "Four policemen were martyred near the pass earlier this month.",
        "earlier this month",
        "casualties",
    ),
    (
        "The foreign minister shuttled between the two capitals from Oct. 12 to 14.",
        "from Oct. 12 to 14",
        "talks",
    ),
    # truce stages told without the word "ceasefire"
    (
        "The army announced a unilateral halt to its operations in the north on Sunday.",
        "on Sunday",
        "ceasefire_agreed",
    ),
    (
        "Government troops held their fire on Thursday, a day after the president's order.",
        "on Thursday",
        "ceasefire_in_force",
    ),
    (
        "A local window of silence was agreed on Wednesday afternoon so engineers could repair "
        "the power line.",
        "on Wednesday afternoon",
        "ceasefire_agreed",
    ),
    (
        "Residents of the border town said no gunfire was heard on Sunday night, the first "
        "quiet night in a month.",
        "on Sunday night",
        "ceasefire_in_force",
    ),
    (
        "The disengagement of the two armies began on Monday morning at the northern pass.",
        "on Monday morning",
        "ceasefire_in_force",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "category"), CASES)
def test_everyday_war_reporting_gets_a_category(
    sentence: str, expression: str, category: str
) -> None:
    assert category_at(sentence, expression) == category


@pytest.mark.parametrize(
    ("sentence", "expression", "category"),
    [
        # People firing into the air to celebrate is no battle.
        (
            "Crowds poured into the streets of the capital on Sunday night, firing into the "
            "air and waving flags.",
            "on Sunday night",
            "other",
        ),
        # "rounds" of shells are fighting, not rounds of talks.
        (
            "Troops traded artillery rounds across the river on Friday.",
            "on Friday",
            "military_action",
        ),
    ],
)
def test_words_with_two_meanings_keep_the_right_one(
    sentence: str, expression: str, category: str
) -> None:
    assert category_at(sentence, expression) == category


def test_sporadic_fire_in_a_truce_report_is_a_violation() -> None:
    text = (
        "A ceasefire between the two armies took effect at midnight on Wednesday. "
        "Villagers near the border heard sporadic fire on Thursday night, "
        "but the truce largely held."
    )
    assert category_at(text, "on Thursday night") == "ceasefire_violated"


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        # Troops leaving ground are a military move, whoever ordered it.
        ("The last army units pulled back from the hill villages on Tuesday.", "on Tuesday"),
        ("Government troops withdrew from the river port late on Sunday.", "late on Sunday"),
        ("Foreign soldiers began pulling out of the northern provinces in May.", "in May"),
        # With no verb that tells more, armed men on the move are still the army's doing.
        ("By dawn on Friday the soldiers had reached the edge of the forest.", "on Friday"),
    ],
)
def test_troops_moving_or_leaving_are_military_action(sentence: str, expression: str) -> None:
    assert category_at(sentence, expression) == "military_action"


def test_a_pullout_promised_under_a_truce_stays_the_truce() -> None:
    text = (
        "The ceasefire took effect at noon on Monday, and both armies pulled back "
        "from the front line by Wednesday under the truce."
    )
    assert category_at(text, "at noon on Monday") == "ceasefire_in_force"


@pytest.mark.parametrize(
    ("sentence", "expression", "category"),
    [
        # Observers on patrol are no meeting between the parties.
        (
            "UN military observers will resume their patrols on the mountain road tomorrow.",
            "tomorrow",
            "other",
        ),
        # What they watch is the event: here the truce.
        (
            "The monitors watched the truce along the river from the first week of May.",
            "the first week of May",
            "ceasefire_in_force",
        ),
    ],
)
def test_monitors_are_not_talks(sentence: str, expression: str, category: str) -> None:
    assert category_at(sentence, expression) == category


@pytest.mark.parametrize(
    ("sentence", "expression", "category"),
    [
        # Forming a body, adopting a text, sharing power, mourning: acts of government
        (
            "The two parties formed a transitional authority in the capital on Monday.",
            "on Monday",
            "political",
        ),
        ("The assembly adopted the new electoral code on Tuesday.", "on Tuesday", "political"),
        (
            "The rival leaders signed a power-sharing deal in the capital on Friday.",
            "on Friday",
            "political",
        ),
        (
            "The president declared three days of national mourning on Sunday.",
            "on Sunday",
            "political",
        ),
        # Two ministers who spoke to each other held talks; one who spoke alone made a statement.
        (
            "The two foreign ministers spoke on Wednesday about the border dispute.",
            "on Wednesday",
            "talks",
        ),
        # An uprising is taken up with arms.
        (
            "The uprising in the northern hills began in March 2011.",
            "in March 2011",
            "military_action",
        ),
    ],
)
def test_government_acts_conversations_and_uprisings(
    sentence: str, expression: str, category: str
) -> None:
    assert category_at(sentence, expression) == category


@pytest.mark.parametrize(
    ("sentence", "expression", "category"),
    [
        # A rebellion is fighting, though no battle is named.
        (
            "Serbs in the border districts rebelled against the new government in 1990.",
            "in 1990",
            "military_action",
        ),
        # A headline toll without "were": the dead are the news, not the blast.
        ("Seven people killed in the blast on Tuesday, police say.", "on Tuesday", "casualties"),
        # Drafting a text together is part of the negotiation.
        (
            "Lawyers for both sides drafted the text of the accord in Nairobi last week.",
            "last week",
            "talks",
        ),
    ],
)
def test_rebellions_headline_tolls_and_drafting(
    sentence: str, expression: str, category: str
) -> None:
    assert category_at(sentence, expression) == category
