"""Sentence and clause boundaries on real wire copy: the passage under each event."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.passages import clause_span, sentence_at, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Munich "
        "on Feb. 11 to agree a cessation of hostilities.",
        "Russian Defence Ministry spokesman Maj. Gen. Igor Konashenkov said the strikes hit "
        "Islamic State targets.",
        "The Security Council endorsed the plan in Resolution No. 2254, adopted on Dec. 18.",
        "The truce was brokered by the U.N. and took effect at 7 a.m. local time in Yemen.",
        "Lt. Col. Peter Lerner, an Israeli army spokesman, said militants fired 15 rockets.",
        "Sen. John McCain of Arizona said the U.S.-Russian deal would not stop the bombing.",
    ],
)
def test_abbreviations_do_not_end_a_sentence(sentence: str) -> None:
    text = f"{sentence} Fighting resumed in the afternoon."
    assert sentences(text) == [sentence, "Fighting resumed in the afternoon."]


def test_a_quotation_stays_inside_its_sentence() -> None:
    text = (
        "\u201cWe are working over these next hours intensely in order to try to restore the "
        "cessation of hostilities,\u201d Kerry said. De Mistura said he would go to Moscow."
    )
    assert sentences(text) == [
        "\u201cWe are working over these next hours intensely in order to try to restore the "
        "cessation of hostilities,\u201d Kerry said.",
        "De Mistura said he would go to Moscow.",
    ]


def test_a_question_in_quotes_followed_by_its_speaker_is_one_sentence() -> None:
    text = '"Is the truce over?" asked one resident of Douma. Nobody answered.'
    assert sentences(text) == [
        '"Is the truce over?" asked one resident of Douma.',
        "Nobody answered.",
    ]


def test_a_closing_quote_ends_the_sentence_with_it() -> None:
    text = "Jubeir said: \u201cIt\u2019s a crime.\u201d The talks were adjourned."
    assert sentences(text) == [
        "Jubeir said: \u201cIt\u2019s a crime.\u201d",
        "The talks were adjourned.",
    ]


def test_us_at_the_end_of_a_sentence_still_ends_it() -> None:
    text = "Moscow blamed the U.S. The Kremlin said the truce was over."
    assert sentences(text) == ["Moscow blamed the U.S.", "The Kremlin said the truce was over."]


def test_headline_byline_and_paragraphs_are_separate_passages() -> None:
    text = (
        "Kerry urges restored Syrian truce especially in Aleppo\n\nBy Fatih Erel\n\n"
        "GENEVA (AA) \u2013 U.S. Secretary of State John Kerry has called for the truce to be "
        "restored.\n\nKerry made the remarks in Geneva on Monday."
    )
    assert sentences(text) == [
        "Kerry urges restored Syrian truce especially in Aleppo",
        "By Fatih Erel",
        "GENEVA (AA) \u2013 U.S. Secretary of State John Kerry has called for the truce to be "
        "restored.",
        "Kerry made the remarks in Geneva on Monday.",
    ]


def test_spans_are_offsets_into_the_text_without_surrounding_space() -> None:
    text = "  The truce held.   Shelling resumed at dawn.\n"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["The truce held.", "Shelling resumed at dawn."]
    assert sentence_at(spans, text.index("Shelling")) == spans[1]
    assert sentence_at(spans, text.index("held")) == spans[0]


def clause_of(text: str, expression: str, *others: str) -> str:
    sentence = sentence_spans(text)[0]
    spans = [(text.index(o), text.index(o) + len(o)) for o in (expression, *others)]
    start, end = clause_span(text, sentence, spans[0], spans)
    return text[start:end]


SEED = (
    "Kerry arrived in Geneva on Sunday in an urgent bid to revive a U.S- and Russia-brokered "
    "cease-fire from late February that has all but fallen apart as Syrian regime forces "
    "intensified their attacks, especially in Aleppo, over the last 10 days; more than 250 "
    "civilians have been killed during airstrikes."
)


def test_each_date_of_the_seed_sentence_takes_its_own_clause() -> None:
    sunday = clause_of(SEED, "on Sunday", "late February")
    february = clause_of(SEED, "late February", "on Sunday")
    assert sunday.startswith("Kerry arrived in Geneva on Sunday in an urgent bid to revive")
    assert "late February" not in sunday
    assert february == "a U.S- and Russia-brokered cease-fire from late February"


def test_a_semicolon_separates_clauses_even_for_a_lone_date() -> None:
    clause = clause_of(SEED, "the last 10 days")
    assert clause.endswith("over the last 10 days")
    assert "250 civilians" not in clause


def test_a_sentence_with_one_date_keeps_the_whole_sentence_as_its_clause() -> None:
    text = (
        "Syria has been locked in a vicious civil war since early 2011, when the regime "
        "cracked down on pro-democracy protests."
    )
    assert clause_of(text, "early 2011") == text


def test_three_dates_in_one_sentence_each_get_their_verb() -> None:
    text = "The truce agreed on Feb. 22 took effect on Feb. 27, but it collapsed in September."
    dates = ("on Feb. 22", "on Feb. 27", "in September")
    agreed, effect, collapsed = (clause_of(text, d, *(o for o in dates if o != d)) for d in dates)
    assert agreed == "The truce agreed on Feb. 22"
    assert effect == "took effect on Feb. 27"
    assert collapsed == "but it collapsed in September."


def test_a_dash_pair_is_a_parenthesis_not_a_clause_break() -> None:
    text = (
        "The truce \u2013 brokered by Russia and Turkey \u2013 took effect at midnight on Thursday."
    )
    assert clause_of(text, "on Thursday") == text


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\u201c\u201dU.S;,\u2013AB")), max_size=120))
@settings(max_examples=300, deadline=None)
def test_sentences_of_any_text_are_ordered_trimmed_and_inside_it(text: str) -> None:
    spans = sentence_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end
    # Nothing but white space is left out.
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())


def test_text_without_full_stops_is_cut_into_readable_passages() -> None:
    line = "rebels shelled the town on Monday and the truce collapsed while talks continued "
    text = line * 400
    spans = sentence_spans(text)
    assert len(spans) > 20
    assert all(end - start <= 1200 for start, end in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")
    table = "\n".join(f"row {i}, shelling reported, 3 killed" for i in range(300))
    assert len(sentence_spans(table)) == 300


def test_a_possessive_after_a_clock_time_starts_the_next_sentence() -> None:
    text = (
        "The truce finally began at 11:15 a.m. Gaza's civil defence service said strikes "
        "had killed 19 people. Talks resumed at 10 a.m. GMT on Monday."
    )
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The truce finally began at 11:15 a.m.",
        "Gaza's civil defence service said strikes had killed 19 people.",
        "Talks resumed at 10 a.m. GMT on Monday.",
    ]


def test_a_heading_line_without_a_full_stop_is_a_sentence_of_its_own() -> None:
    text = (
        "THE 2024 TIMELINE\n"
        "- Jan. 7 - Rebels and the army agree a truce in the north.\n"
        "Background\n"
        "- The war began in 2019 and has displaced a million people\n"
        "- March 3 - Talks resume in Doha."
    )
    passages = [text[a:b] for a, b in sentence_spans(text)]
    assert passages == [
        "THE 2024 TIMELINE",
        "- Jan. 7 - Rebels and the army agree a truce in the north.",
        "Background",
        "- The war began in 2019 and has displaced a million people",
        "- March 3 - Talks resume in Doha.",
    ]


def test_prose_wrapped_over_lines_stays_one_sentence() -> None:
    text = (
        "The truce brokered by Qatar took effect on Sunday, officials\n"
        "said, though sporadic shelling was reported near the\n"
        "Lebanese border."
    )
    assert len(sentence_spans(text)) == 1


def test_a_time_stamp_line_of_a_live_blog_stays_with_its_entry() -> None:
    text = "16:40 GMT\nThat is all from us on this live page for today."
    assert [text[a:b] for a, b in sentence_spans(text)] == [text]
