"""The lexicon's phrase index, which reads the truce words of every report."""

from __future__ import annotations

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
