"""The lexicon's phrase index, which reads the truce words of every report."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.lexicon import load_category_lexicon


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Russia and Turkey agreed a CEASE-FIRE in Syria.", ["CEASE-FIRE"]),
        ("They called on all sides to STOP THE FIGHTING in Aleppo.", ["STOP THE FIGHTING"]),
        # Dotted and dotless i: ignore-case matching finds the words, a substring search would not.
        (
            "The PEACE \u0130N\u0130T\u0130AT\u0130VE was signed.",
            ["PEACE \u0130N\u0130T\u0130AT\u0130VE"],
        ),
        ("Talks on a peace \u0131nitiative resumed.", ["peace \u0131nitiative"]),
        ("Shelling resumed in Idlib on Sunday, activists said.", []),
    ],
)
def test_truce_words_are_found_whatever_the_case(text: str, found: list[str]) -> None:
    matches = load_category_lexicon().ceasefire_index.scan(text)["ceasefire"]
    assert [text[m.start : m.end] for m in matches] == found


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        (
            "Government Forces and rebels agreed to a truce that went into effect at noon.",
            "noun",
            ["Government Forces", "rebels"],
        ),
        (
            "The truce went into\neffect at noon, the army said.",
            "trigger",
            ["went into\neffect", "said"],
        ),
        ("The ceasefire has been IN FORCE since Monday.", "trigger", ["IN FORCE"]),
        (
            "Fighting raged in Aleppo, in spite of the truce.",
            "trigger",
            ["Fighting", "in spite of"],
        ),
        # "in" starts many phrases; none of them is "in Aleppo"
        ("Shelling resumed in Aleppo in the evening.", "trigger", ["Shelling"]),
    ],
)
def test_phrases_of_several_words_are_found_across_case_and_line_breaks(
    text: str, kind: str, found: list[str]
) -> None:
    matches = load_category_lexicon().index.scan(text)[kind]
    assert [text[m.start : m.end] for m in matches] == found


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Turkey agreed a CEASE-FIRE in Syria.",
        "The Cessation of Hostilities took effect at midnight.",
        "They called on all sides to halt the attacks on Aleppo.",
        "The PEACE \u0130N\u0130T\u0130AT\u0130VE was signed.",  # lower-casing changes its length
        "Talks on a peace \u0131nitiative resumed.",  # dotless i
    ],
)
def test_a_report_naming_a_truce_is_never_ruled_out(text: str) -> None:
    index = load_category_lexicon().ceasefire_index
    assert index.scan(text)["ceasefire"]
    assert index.may_occur(text)


def test_a_report_without_truce_words_is_ruled_out_before_it_is_read() -> None:
    index = load_category_lexicon().ceasefire_index
    # "attacks" is there, but no "stop", "halt", "cease" or "end" to make a truce of it
    text = "Shelling resumed in Idlib on Sunday after rebel attacks on Saraqeb, activists said."
    assert not index.scan(text)["ceasefire"]
    assert not index.may_occur(text)


def test_ruling_out_agrees_with_reading_every_sentence_of_the_sample_articles() -> None:
    lexicon = load_category_lexicon()
    articles = sorted((Path(__file__).parents[1] / "data" / "ceasefire").glob("*.txt"))
    sentences = [s for a in articles for s in a.read_text(encoding="utf-8").split(". ")]
    ruled_out = 0
    for index in (lexicon.ceasefire_index, lexicon.index):
        for sentence in sentences:
            found = any(index.scan(sentence).values())
            assert index.may_occur(sentence) or not found, sentence
            ruled_out += not index.may_occur(sentence)
    assert ruled_out > 0
