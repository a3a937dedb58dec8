"""Categories and titles of patterns found in ceasefire reports the rules had not seen.

Each sentence is written in the style of the wire copy where the pattern turned up; the
test names the pattern, and asserts what the analyst reads on the timeline.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from correction_helpers import dated

from viewer.core.events import extract_events
from viewer.core.model import Document, Event, TimeExpression, TimexType

DAY = dt.date(2025, 5, 10)


def events_of(text: str, *expressions: str) -> list[Event]:
    timexes = [dated(text, e, DAY, None) for e in expressions]
    return extract_events(0, Document("news.txt", text), timexes)


def one_event(text: str, expression: str) -> Event:
    (event,) = events_of(text, expression)
    return event


CATEGORY_CASES = [
    # A cited phrase in quotation marks is the reporter's word for an act, not a speech.
    (
        'The army said on Sunday that rebels had committed "serious violations" of the truce '
        "near the border.",
        "on Sunday",
        "ceasefire_violated",
    ),
    # Signing a declaration that commits the parties to a ceasefire is the agreement.
    (
        "Colombia's government and the ELN signed a declaration of principles at a ceremony in "
        "Havana on Sunday, committing to a permanent ceasefire.",
        "on Sunday",
        "ceasefire_agreed",
    ),
    # Declaring an end to a (quoted) "state of war" ends the war.
    (
        'Armenia and Azerbaijan on Friday declared an end to the "state of war" between them.',
        "on Friday",
        "ceasefire_agreed",
    ),
    # A background "after ..." phrase goes on past the commas of a list: the attacks led up
    # to the truce.
    (
        "The truce was announced on Sunday evening after five days of rocket, mortar, drone "
        "and artillery attacks on border towns.",
        "on Sunday evening",
        "ceasefire_agreed",
    ),
    # Fighters entering a town is an advance; "meeting little resistance" is no meeting.
    (
        "Oct. 4 - Houthi fighters enter Sanaa, the capital, meeting little resistance.",
        "Oct. 4",
        "military_action",
    ),
    # A truce entering its third day is in force; entering talks is talks.
    (
        "The ceasefire entered its third day on Tuesday with no reports of shelling.",
        "on Tuesday",
        "ceasefire_in_force",
    ),
    ("The two sides will enter talks in Istanbul on Friday.", "on Friday", "talks"),
    ("The ceasefire entered a second week on Monday.", "on Monday", "ceasefire_in_force"),
    (
        "The two sides entered into a ceasefire agreement on Friday.",
        "on Friday",
        "ceasefire_agreed",
    ),
    # "strikes" alone is an attack, unless it is a general strike.
    (
        "Netanyahu said he had ordered strikes on Hezbollah targets in Beirut on Monday.",
        "on Monday",
        "military_action",
    ),
    ("Workers across Israel joined a general strike on Monday.", "on Monday", "political"),
    # Strikes that killed a counted number of people: the toll is the point.
    (
        "Russian strikes on Kharkiv killed at least 11 people on Sunday, regional officials said.",
        "on Sunday",
        "casualties",
    ),
    # Links restored between civilians (phone lines, flights, airports) are humanitarian.
    (
        "Phone lines between Armenia and Azerbaijan were restored on Tuesday for the first "
        "time in three decades.",
        "on Tuesday",
        "humanitarian",
    ),
    (
        "Kenya Airways said its first flight to Mogadishu would leave Nairobi on March 2.",
        "on March 2",
        "humanitarian",
    ),
    (
        "Sanaa airport reopened on Monday to commercial flights after six years.",
        "on Monday",
        "humanitarian",
    ),
    # An attack after the truce took hold breaks it; after it collapsed, it is fighting.
    (
        "Two rockets were fired from Gaza at about 0600 GMT, roughly two hours after the "
        "ceasefire took effect.",
        "0600 GMT",
        "ceasefire_violated",
    ),
    ("Shelling resumed on Tuesday after the truce collapsed.", "on Tuesday", "military_action"),
    # "had broken the truce" is a violation, like "broke the truce".
    (
        "Kyiv accused Russian troops of having broken the truce in the early hours.",
        "the early hours",
        "ceasefire_violated",
    ),
    # A truce that held until a date stopped holding then.
    (
        "The 2018 truce along the border had largely held until last month.",
        "last month",
        "ceasefire_collapsed",
    ),
    # A peace deal that "ended the fighting" is no collapse.
    (
        "A peace deal signed in Arusha in August 1993 ended the war.",
        "August 1993",
        "ceasefire_agreed",
    ),
    # Defeat is military; army chiefs speaking by phone is talks, their title no attack.
    ("The group was defeated the following year.", "the following year", "military_action"),
    (
        "The directors general of military operations had spoken by phone at 15:35 on Saturday.",
        "15:35 on Saturday",
        "talks",
    ),
    # Sporadic, heavy or small-arms fire is fighting.
    (
        "Sporadic fire was heard along the border until dawn on Tuesday.",
        "on Tuesday",
        "military_action",
    ),
    # ... but military flights are military.
    (
        "Russian reconnaissance flights over the Black Sea resumed on Friday.",
        "on Friday",
        "military_action",
    ),
    # Two governments signing a declaration, no truce named: a diplomatic act.
    (
        "March 3 - The foreign ministers of Ethiopia and Somalia sign a declaration in Ankara.",
        "March 3",
        "political",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "category"), CATEGORY_CASES)
def test_category_of_unseen_patterns(sentence: str, expression: str, category: str) -> None:
    assert one_event(sentence, expression).category == category


def test_a_long_quotation_on_a_day_is_still_a_statement() -> None:
    event = one_event(
        '"There will be no ceasefire while our villages are shelled," the commander said '
        "on Monday.",
        "on Monday",
    )
    assert event.category == "statement"


TITLE_CASES = [
    # A participle before a place describes its noun; the verb after it is the main one.
    (
        "A peace deal signed in Lome in July 1999 collapsed within a year.",
        "July 1999",
        "Peace deal signed in Lome collapses within year",
    ),
    # The verb agrees with its subject: a singular noun in -is, a plural before an adverb.
    ("The crisis began on 22 April, when gunmen opened fire.", "on 22 April", "Crisis begins"),
    (
        "Rail links have already resumed since Wednesday.",
        "since Wednesday",
        "Rail links already resume",
    ),
    # A verb joined by "and" takes the same tense.
    (
        "Regional army commanders met on Friday and agreed to stop troop movements.",
        "on Friday",
        "Regional army commanders meet and agree to stop troop movements",
    ),
    # "had no intention": "have" is the verb and stays.
    (
        "Hamas had no intention of disarming on Tuesday, its spokesman said.",
        "on Tuesday",
        "Hamas has no intention of disarming",
    ),
    # "there were/had been" goes with its verb, not without it.
    (
        "There were no reports of shelling by mid-morning, the army said.",
        "by mid-morning",
        "No reports of shelling",
    ),
    # Appositions go: "officially ...", "the largest city ..." at the end of the clause.
    (
        "The rebels, officially the Sudan People's Liberation Movement (SPLM), have been "
        "fighting for autonomy since 1983.",
        "since 1983",
        "Rebels fighting for autonomy",
    ),
    (
        "Feb. 3 - Houthi fighters enter Hodeidah, the second-largest port in the country.",
        "Feb. 3",
        "Houthi fighters enter Hodeidah",
    ),
    # A participle aside before the verb goes; the verb is the event.
    (
        "May 2017 - The group, made up mostly of army deserters, briefly seizes Bunia.",
        "May 2017",
        "Group briefly seizes Bunia",
    ),
    # "its" after a named speaker becomes the speaker's.
    (
        "Kenya Airways said its first flight to Mogadishu would leave Nairobi on March 2.",
        "on March 2",
        "Kenya Airways' first flight to Mogadishu would leave Nairobi",
    ),
    # "Monday's talks" without the date is "talks", not "s talks".
    (
        "Ramaphosa, who hosted Monday's talks at his residence, said both sides agreed.",
        "Monday",
        "Ramaphosa hosts talks at his residence",
    ),
    # A country before a title goes with the title; "had spoken" is "spoke".
    (
        "U.S. President Joe Biden said on Friday he had spoken to both leaders.",
        "on Friday",
        "Joe Biden says he spoke to both leaders",
    ),
    # A dateline with its country goes.
    (
        "KHARTOUM, Sudan (AP) - The army and the RSF on Monday agreed to a seven-day truce.",
        "on Monday",
        "Army and RSF agree to seven-day truce",
    ),
    # "within" and "roughly" before a removed date go with it.
    (
        "But within hours shells were falling on Donetsk again.",
        "within hours",
        "Shells are falling on Donetsk again",
    ),
    # A title that would end inside a list ends before "after" instead.
    (
        "The truce was announced on Sunday evening after five days of rocket, mortar, drone "
        "and artillery attacks on border towns.",
        "on Sunday evening",
        "Truce announced",
    ),
    # The coordinate clause that holds the date makes the title, not the one before it.
    (
        "The two leaders held talks late into the night, and the peace declaration was signed "
        "the following day at the presidential palace.",
        "the following day",
        "Peace declaration signed at presidential palace",
    ),
    # "added his signature" is an act, not an attribution; more verbs take the present.
    (
        "Prime Minister Abiy Ahmed added his signature in Asmara the following day.",
        "the following day",
        "Abiy Ahmed adds his signature in Asmara",
    ),
    (
        "Thailand recalled its ambassador and expelled Cambodia's envoy on Thursday.",
        "on Thursday",
        "Thailand recalls its ambassador and expels Cambodia's envoy",
    ),
    # After a colon, the clause that holds the date is the event.
    (
        "The crisis also brought down a government: Prime Minister Imran Khan was ousted by "
        "parliament on April 10 over the economy.",
        "on April 10",
        "Imran Khan ousted by parliament over economy",
    ),
    # A verb in -ises is a present verb: the one after it stays in its relative clause.
    (
        "The accord formalises a truce the rebels declared on 24 December.",
        "on 24 December",
        "Accord formalises truce rebels declared",
    ),
    # A verb in an "after" clause is not the main verb; "-ists" names a plural people.
    (
        "Hostilities resumed in the north on Monday after the truce collapsed within hours.",
        "on Monday",
        "Hostilities resume in north after truce collapsed within hours",
    ),
    (
        "The Maoists walked away from the ceasefire in August 2003.",
        "August 2003",
        "Maoists walk away from ceasefire",
    ),
    # "on the night of" goes with its date.
    (
        "Iran fired a salvo at Qatar on the night of June 21-22 in retaliation for U.S. strikes.",
        "June 21-22",
        "Iran fires salvo at Qatar in retaliation for U.S. strikes",
    ),
    # A name ending in -os is one person.
    (
        "Santos announced the extension late Thursday in a televised address.",
        "late Thursday",
        "Santos announces extension in televised address",
    ),
    # A title never ends on a preposition whose object was the date.
    (
        "The ceasefire takes effect at one minute past midnight on Oct. 12.",
        "midnight on Oct. 12",
        "Ceasefire takes effect",
    ),
    (
        "Churches in Kyiv held services over Easter despite the air-raid sirens.",
        "Easter",
        "Churches in Kyiv hold services despite air-raid sirens",
    ),
    # A participle after "of the" is a noun: the verb comes later.
    (
        "The bodies of the fallen were exchanged at sunset on Sunday.",
        "Sunday",
        "Bodies of fallen exchanged at sunset",
    ),
    # A script's speaker is no word of the title.
    (
        "PRESENTER: The youth football tournament will be played in Kidal on Saturday.",
        "Saturday",
        "Youth football tournament to be played in Kidal",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "title"), TITLE_CASES)
def test_title_of_unseen_patterns(sentence: str, expression: str, title: str) -> None:
    assert one_event(sentence, expression).title == title


def test_a_date_after_a_participle_aside_dates_the_noun_before_it() -> None:
    sentence = (
        "The mission welcomed the truce signed today by the two delegations at the close of "
        "their third round of talks, held in Geneva from 12 to 16 March."
    )
    signed, talks = events_of(sentence, "today", "from 12 to 16 March")
    assert signed.category == "ceasefire_agreed"
    assert (talks.category, talks.title) == ("talks", "Their third round of talks held in Geneva")


@pytest.mark.parametrize(
    ("sentence", "length", "value", "date", "title"),
    [
        (
            "Armenia and Azerbaijan agreed to end six weeks of fighting under a deal that took "
            "effect early Tuesday.",
            "six weeks",
            "P6W",
            "early Tuesday",
            "Armenia and Azerbaijan agree to end fighting under deal",
        ),
        # one unit, as well as several: no stray 'of talks' is left to open the title
        (
            "After a week of talks, the two army commanders met on 17 February and agreed to "
            "stop firing.",
            "a week",
            "P1W",
            "17 February",
            "Two army commanders meet and agree to stop firing",
        ),
    ],
)
def test_a_duration_that_measures_a_noun_leaves_no_gap_in_the_title(
    sentence: str, length: str, value: str, date: str, title: str
) -> None:
    at = sentence.index(length)
    duration = TimeExpression(length, at, at + len(length), TimexType.DURATION, value)
    timexes = [duration, dated(sentence, date, DAY, None)]
    (event,) = extract_events(0, Document("news.txt", sentence), timexes)
    assert event.title == title


TRUCE_ARTICLE = (
    "The ceasefire between the army and the rebels took effect at midnight on Friday. "
    "The truce was brokered by Qatar. "
)


@pytest.mark.parametrize(
    ("sentence", "expression", "category"),
    [
        # In an article about a truce, "violations" are the truce's.
        (
            "There were no reports of violations by mid-morning, officials said.",
            "mid-morning",
            "ceasefire_in_force",
        ),
        ("Both sides reported violations on Sunday.", "on Sunday", "ceasefire_violated"),
        # Human rights violations are a report, not a breach of the truce.
        (
            "UN investigators documented human rights violations in the camps on Sunday.",
            "on Sunday",
            "statement",
        ),
    ],
)
def test_violations_in_an_article_about_a_truce(
    sentence: str, expression: str, category: str
) -> None:
    text = TRUCE_ARTICLE + sentence
    at = text.index(sentence)
    timex = dated(sentence, expression, DAY, None)
    shifted = dataclasses.replace(
        timex, char_start=timex.char_start + at, char_end=timex.char_end + at
    )
    (event,) = extract_events(0, Document("news.txt", text), [shifted])
    assert event.category == category


def test_a_phrase_without_a_verb_takes_the_clause_before_it_as_title() -> None:
    sentence = (
        "The two armies had recommitted to a 2003 ceasefire along the Line of Control in "
        "February 2021, after years of violations."
    )
    (event,) = [
        e for e in events_of(sentence, "2003", "February 2021") if e.timex.text == "February 2021"
    ]
    assert event.title == "Two armies recommit to ceasefire along Line of Control"


def test_a_year_in_a_heading_titles_its_event_with_the_heading_not_the_next_line() -> None:
    text = "THE 2024 TIMELINE\n- Jan. 7 - Rebels and the army agree a truce in the north."
    heading, entry = events_of(text, "2024", "Jan. 7")
    assert heading.title == "THE 2024 TIMELINE"
    assert heading.passage == "THE 2024 TIMELINE"
    assert entry.title == "Rebels and army agree truce in north"


def test_a_chronology_line_head_leaves_the_title_whole() -> None:
    text = (
        "- End of March - The truce lapses with no agreement to renew it, and fighting "
        "flares around the capital."
    )
    assert one_event(text, "March").title == "Truce lapses with no agreement to renew"


def test_it_opening_a_sentence_is_the_truce_of_the_sentence_before() -> None:
    text = (
        "U.S. envoy Richard Holbrooke announced a countrywide ceasefire on Oct. 5. "
        "It is to begin on Oct. 10, provided gas and electricity are restored to Sarajevo."
    )
    _, begin = events_of(text, "Oct. 5", "Oct. 10")
    assert begin.title == "Ceasefire to begin"


def test_a_leading_phrase_without_a_comma_leaves_the_title() -> None:
    text = "After 21 days of talks the three presidents initialled the peace agreement on Nov. 21."
    assert one_event(text, "Nov. 21").title == "Three presidents initial peace agreement"


def test_than_planned_goes_with_the_date_it_compares() -> None:
    text = (
        "The ceasefire took effect on Oct. 12, two days later than planned, after the "
        "utilities were reconnected."
    )
    later = events_of(text, "Oct. 12", "two days later")[1]
    assert later.title == "Utilities reconnected"


def test_that_opening_a_sentence_keeps_its_verb() -> None:
    text = (
        "That is a small number next to the 30,000 killed in the 1990s war, but it is the "
        "worst toll since the ceasefire of May 1994."
    )
    small, worst = events_of(text, "the 1990s", "May 1994")
    assert small.title.startswith("That is small number next to 30,000 killed")
    assert worst.title == "It is worst toll since ceasefire"


def test_a_pronoun_opening_a_sentence_is_the_truce_or_talks_before_it() -> None:
    text = (
        "Dec. 31, 1994 - The government and the rebels sign a four-month cessation of "
        "hostilities negotiated by a former U.S. president. It takes effect on Jan. 1. "
        "Talks opened at Kaesong on July 10, 1951. They stalled for more than a year over "
        "the fate of prisoners, and the U.N. side broke them off on October 8, 1952."
    )
    _, effect, _, stalled, _ = events_of(
        text, "Dec. 31, 1994", "Jan. 1", "July 10, 1951", "more than a year", "October 8, 1952"
    )
    assert effect.title == "Truce takes effect"
    assert stalled.title == "Talks stall over fate of prisoners"


def test_a_pronoun_stays_when_what_follows_is_no_truce_doing() -> None:
    text = (
        "The army and the rebels agreed a truce on Monday. It is the third such deal since "
        "the war began in 2011. It was reported on Tuesday that the rebels had left Homs."
    )
    _, _, reported = events_of(text, "on Monday", "2011", "on Tuesday")
    assert not reported.title.startswith(("Truce", "Deal"))


def test_a_pronoun_names_the_truce_that_was_the_subject_before_it() -> None:
    text = (
        "The agreement builds on statements issued on 21 August, which called for a "
        "ceasefire. It also follows the commitments made in Berlin on 19 January."
    )
    follows = events_of(text, "21 August", "19 January")[1]
    assert follows.title == "Agreement follows commitments made in Berlin"


def test_here_keeps_its_verb_in_a_title() -> None:
    text = "Here are the main steps in the year that led to the signing in Paris."
    assert one_event(text, "the year").title == "Here are main steps that led to signing in Paris"


def test_a_date_that_names_a_war_goes_with_its_phrase() -> None:
    text = "The toll is still small next to the 30,000 killed in the 1990s war."
    assert one_event(text, "the 1990s").title == "Toll still small next to 30,000 killed"


def test_a_dated_relative_clause_after_a_dated_noun_takes_the_noun_as_subject() -> None:
    text = (
        "It is the worst toll since the ceasefire of May 1994, which was agreed in Bishkek "
        "and took effect on 12 May that year."
    )
    effect = events_of(text, "May 1994", "12 May that year")[1]
    assert effect.title.startswith("Ceasefire agreed in Bishkek")


def test_that_after_a_dated_speech_verb_is_no_relative_clause() -> None:
    text = (
        "The government also said this week that it would open formal peace talks with the "
        "smaller National Liberation Army in Quito on Oct. 27."
    )
    said, talks = events_of(text, "this week", "Oct. 27")
    assert talks.title.startswith("Government would open formal peace talks")
    # "said that it ...": the speaker stays, "it" needs it
    assert said.title == "Government says it would open formal peace talks"


def test_a_dated_relative_clause_without_commas_takes_its_noun_as_subject() -> None:
    text = (
        "The co-chairs of the OSCE Minsk Group, the French, Russian and American diplomats "
        "who have led peace efforts since 1992, met in Vienna on Tuesday."
    )
    since = events_of(text, "1992", "on Tuesday")[0]
    assert since.title == "Co-chairs of OSCE Minsk Group led peace efforts"


def test_a_dated_relative_clause_on_the_object_leaves_the_main_clause_its_title() -> None:
    text = (
        "Iran accepted the resolution on July 18, stunning diplomats who had spent a year "
        "trying to persuade it. The Navy lost two jets in under ten days, one of which slid "
        "off the deck on April 28."
    )
    accepted, _, _, slid = events_of(text, "July 18", "a year", "ten days", "April 28")
    assert (accepted.title, slid.title) == ("Iran accepts resolution", "Navy loses two jets")


def test_a_clause_counting_from_a_date_goes_with_the_date() -> None:
    text = (
        "On 2 August, the day before it began, the UN Security Council unanimously adopted "
        "resolution 2694, adding the verification of the ceasefire to the mission's tasks."
    )
    adopted = events_of(text, "2 August", "the day before")[0]
    assert adopted.title == "UN Security Council unanimously adopts resolution 2694"


def test_there_was_not_keeps_its_subject_and_its_participle() -> None:
    text = (
        "There was not a single incident of firing reported from any sector last night, "
        "a senior army officer said."
    )
    title = one_event(text, "last night").title
    assert title == "There was not a single incident of firing reported"


def test_it_after_a_halt_to_operations_is_the_halt() -> None:
    text = (
        "On Sunday, Azerbaijan announced a unilateral halt to its operations. It made little "
        "difference on the ground: shelling went on through Monday. The offensive ground to "
        "a halt on Tuesday. It resumed on Wednesday with heavy shelling."
    )
    events = events_of(text, "On Sunday", "Monday", "on Tuesday", "on Wednesday")
    assert events[1].title == "Halt makes little difference on ground"
    assert not events[3].title.startswith("Halt")


def test_a_description_after_a_name_leaves_the_name_as_subject() -> None:
    text = (
        "Gen. Mark W. Clark, the U.N. commander in the Far East, put his own signature on "
        "the documents later in the day at his advance camp at Munsan."
    )
    title = one_event(text, "later in the day").title
    assert title == "Mark W. Clark put his own signature on documents"


def test_a_chronology_tables_column_bar_is_no_part_of_the_title() -> None:
    text = "1991\n\n16 Dec | Talks resume at UN headquarters under the Secretary-General.\n"
    assert (
        one_event(text, "16 Dec").title == "Talks resume at UN headquarters under Secretary-General"
    )
