"""Recognition tries at each word only the families that can begin with it: it must find
exactly what a plain scan of the master pattern finds, expression for expression."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.temporal.recognize import candidates, scan_candidates

ARTICLES = sorted((Path(__file__).parents[1] / "data" / "ceasefire").glob("*.txt"))


def spans(text: str) -> list[str]:
    return [text[c.start : c.end] for c in candidates(text)]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_a_ceasefire_article_yields_what_a_full_scan_finds(article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    found = list(candidates(text))
    assert found == list(scan_candidates(text))
    assert found


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("Fighting flared again in mid-2015 around Aleppo.", "mid-2015"),
        ("The convoy was stopped the day before yesterday.", "the day before yesterday"),
        ("Exports fell in Q3 2016, the ministry said.", "Q3 2016"),
        ("The militia was formed in the '90s.", "the '90s"),
        ("Late on Friday, April 1, the guns fell silent.", "Late on Friday, April 1"),
        # a spelled day of the month starts one, as '14th' does
        ("We landed at Ben Gurion on the fourteenth of May.", "the fourteenth of May"),
        ("The shelling stopped on the twenty-fifth.", "the twenty-fifth"),
        ("The truce starts at 0600 local time on Sunday.", "0600 local time on Sunday"),
        ("Talks are planned between May 4 and 6 in Geneva.", "between May 4 and 6"),
        ("Strikes hit Douma on 10 and 12 March.", "12 March"),
        ("The border was drawn in nineteen ninety-six.", "nineteen ninety-six"),
        ("Aid arrives every other Thursday by road.", "every other Thursday"),
        ("Shelling raged overnight around Debaltseve.", "overnight"),
        ("It ended a decades-long conflict.", "decades-long"),
        ("There was dismay at the Mayor's office on Christmas Day.", "Christmas Day"),
        ("Such wars defined the twenty-first century.", "the twenty-first century"),
        ("The pause was agreed two years ago.", "two years ago"),
        ("Prisoners are swapped on Fridays at the crossing.", "Fridays"),
        ("The talks resumed at 9 o'clock, earlier than planned.", "9 o'clock"),
        ("The army said it had retreated the previous evening.", "the previous evening"),
    ],
)
def test_each_kind_of_first_word_finds_what_a_full_scan_finds(
    sentence: str, expression: str
) -> None:
    assert list(candidates(sentence)) == list(scan_candidates(sentence))
    assert expression in spans(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # lower-casing 'İ' adds a letter; the long s is an 's' only to IGNORECASE
        "Talks in İstanbul resumed on Monday, 3 March 2014.",
        "The \u017ftatement was read on Sunday, 3 March 2014.",
    ],
)
def test_text_that_lower_casing_changes_is_read_like_any_other(sentence: str) -> None:
    assert list(candidates(sentence)) == list(scan_candidates(sentence))
    assert "Monday, 3 March 2014" in spans(sentence) or "Sunday, 3 March 2014" in spans(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Monday's talks collapsed; Tuesday/Wednesday saw shelling.",
        "2015-2016: the siege. May-June 2015, 5pm-7pm, 1990s-2000s and 3/4-5/4 were quiet.",
        "Q3-Q4 results came (at 0600 local) on 10 and 12 March, then on the 24th.",
    ],
)
def test_triggers_side_by_side_are_each_found(text: str) -> None:
    found = list(candidates(text))
    assert found == list(scan_candidates(text))
    assert found[0].start == 0
