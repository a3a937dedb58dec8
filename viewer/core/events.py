"""From a dated expression to an analyst's event: what happened, who, where, how bad.

Everything is decided from the clause the date belongs to (see
``passages.clause_span``), with word lists from ``resources/lexicon`` so that
an analyst can extend them; docs/categories.md explains the rules.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from viewer.core.categories import CATEGORIES, CEASEFIRE_CATEGORIES, category_label
from viewer.core.lexicon import (
    CategoryLexicon,
    Gazetteer,
    HeadlineLexicon,
    Match,
    load_category_lexicon,
    load_gazetteer,
    load_headline_lexicon,
    load_word_list,
    lower_cased,
    phrase_key,
    phrase_regex,
    without_case,
)
from viewer.core.model import Casualties, Document, Event, Source, TimeExpression, TimexType
from viewer.core.passages import Span, clause_span, last_match, sentence_at, sentence_spans

TITLE_WORDS = 10

_PRIORITY = {category: rank for rank, category in enumerate(CATEGORIES)}


# ---------------------------------------------------------------- extraction


def _as_its_days(timex: TimeExpression) -> TimeExpression:
    """A length placed on the calendar ('over the past 24 hours' in a daily report) is an
    event on the days it covers, dated by its first as a range is, not measured."""
    if timex.type is not TimexType.DURATION or timex.start is None:
        return timex
    return dataclasses.replace(timex, type=TimexType.DATE, value=timex.start.isoformat())


def extract_events(
    document_index: int, document: Document, timexes: Sequence[TimeExpression]
) -> list[Event]:
    """One event per anchored expression of ``document``, in text order."""
    text = document.text
    anchored = sorted((t for t in timexes if t.anchored), key=lambda t: t.char_start)
    if not anchored:
        return []
    sentences = sentence_spans(text)
    context = _DocumentContext(text)
    truce_context = is_truce_article(text)
    all_spans = sorted((t.char_start, t.char_end) for t in timexes)
    by_sentence: dict[Span, list[Span]] = defaultdict(list)
    placed = [(t, sentence_at(sentences, t.char_start)) for t in anchored]
    for timex, sentence in placed:
        by_sentence[sentence].append((timex.char_start, timex.char_end))
    events: list[Event] = []
    # The dates of a sentence, as offsets into it: shared by all its dates.
    shifted: dict[tuple[Span, Span], tuple[tuple[Span, ...], tuple[Span, ...]]] = {}
    for timex, found_sentence in placed:
        expr = (timex.char_start, timex.char_end)
        dates_here = by_sentence[found_sentence]
        # A sentence span never cuts an expression in two.
        sentence = (min(found_sentence[0], expr[0]), max(found_sentence[1], expr[1]))
        base = sentence[0]
        local_dates = shifted.get((found_sentence, sentence))
        if local_dates is None:
            local_dates = shifted[found_sentence, sentence] = (
                tuple(_shifted(dates_here, base)),
                tuple(_shifted(_spans_in(all_spans, sentence), base)),
            )
        reading = _read_date(
            text[sentence[0] : sentence[1]],
            (expr[0] - base, expr[1] - base),
            *local_dates,
            truce_context,
        )
        category, fatalities, title = reading.category, reading.fatalities, reading.title
        names = (reading.names[0] + base, reading.names[1] + base)
        actors, places = find_names(text, names, context, _shifted(reading.nouns, -base))
        pronoun = title.split(" ", 1)[0]
        if (
            pronoun in _ANAPHORS
            and text.startswith(f"{pronoun} ", sentence[0])
            and _acts_as_truce(title.split()[1:3])
        ):
            # "... announces a countrywide ceasefire. It is to begin on Oct. 10": the truce;
            # "Talks opened at Kaesong ... They stalled for more than a year": the talks
            truce = _truce_before(text, sentences, sentence, plural=pronoun == "They")
            if truce:
                title = _fit(f"{truce} {title[len(pronoun) + 1 :]}")
        passage = text[sentence[0] : sentence[1]]
        content_words = _content_words(title)
        if content_words == 1 and _is_heading(passage):
            # "THE 1995 TIMELINE": a heading's year is the heading's, never the next event's
            title = _fit(" ".join(passage.split()))
        elif content_words < 2:
            # A dateline or a time stamp says nothing itself: the nearest sentence does.
            title = (
                _neighbour_title(text, sentences, sentence, all_spans, category)
                or document.title.strip()
                or _first_title(text, sentences, all_spans, category)
                or title
                or category_label(category)
            )
        if title.split(" ", 1)[0] in ("I", "We"):
            speaker = _speaker(text, sentences, sentence)
            if speaker:
                title = _fit(f"{speaker}: {title}")
        source = Source(
            document=document_index,
            char_start=timex.char_start,
            char_end=timex.char_end,
            passage=passage,
            passage_start=sentence[0],
            passage_end=sentence[1],
        )
        assert timex.start is not None and timex.end is not None and timex.precision is not None
        events.append(
            Event(
                id=event_id(document_index, timex.char_start),
                document=document_index,
                timex=_as_its_days(timex),
                start=timex.start,
                end=timex.end,
                precision=timex.precision,
                passage=source.passage,
                passage_start=source.passage_start,
                passage_end=source.passage_end,
                title=title,
                category=category,
                actors=actors,
                places=places,
                fatalities=fatalities,
                sources=(source,),
            )
        )
    return events


def is_truce_article(text: str) -> bool:
    """Whether the article is about a truce: then "the agreement" and "it" may stand for it."""
    lexicon = load_category_lexicon()
    needed = lexicon.truce_context_terms
    lowered = text.lower()
    common = sum(lowered.count(word) for word in _COMMON_TRUCE_WORDS)
    if common == 0 or common >= needed:
        # Told without reading every word: an article about a truce names it at least once.
        return common > 0
    return len(lexicon.ceasefire_index.scan(text)["ceasefire"]) >= needed


_COMMON_TRUCE_WORDS = ("ceasefire", "cease-fire", "truce")


def _speaker(text: str, sentences: Sequence[Span], sentence: Span) -> str:
    """Who speaks a quotation: named in the sentence, else in one of the two before it
    ("De Mistura said ... He said: 'I am going to Moscow'")."""
    at = bisect_left(sentences, sentence)
    candidates = [sentence] + [sentences[i] for i in (at - 1, at - 2) if 0 <= i < len(sentences)]
    for span in candidates:
        names = [m.group(1) for m in _SPEAKER.finditer(text, *span)]
        names = [n for n in names if n.split()[-1].lower() not in _PRONOUNS]
        if names:
            return names[-1]
    return ""


_SPEAKER = re.compile(
    r"((?:[A-Z][\w\-\u2019']+\s+)?(?:(?:de|al|bin|van|von)\s+)?[A-Z][\w\-\u2019']+)\s+"
    r"(?:said|says|told|added|indicated|stressed|warned)\b"
)
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i"])


def _fit(title: str) -> str:
    """At most ten words; a trailing word that dangles goes too."""
    words = title.split()[:TITLE_WORDS]
    dangling = load_headline_lexicon().dangling_words
    while len(words) > 1 and words[-1].lower() in dangling:
        words.pop()
    return " ".join(words)


def _truce_before(
    text: str, sentences: Sequence[Span], sentence: Span, plural: bool = False
) -> str | None:
    """The last truce noun (or, for "They", talks) of the sentence before ``sentence``,
    which a pronoun opening it names, as a title's first word ("Truce", "Talks")."""
    at = bisect_left(sentences, sentence)
    if at == 0:
        return None
    start, end = sentences[at - 1]
    nouns = _TALKS_NOUN if plural else _ANTECEDENT_NOUN
    found = last_match(nouns.finditer(text, start, end))
    if found is None:
        return None
    opening = _OPENING_DETERMINER.match(text, start)
    subject = nouns.match(text, opening.end()) if opening else None
    if subject:
        # "The agreement builds on ... a ceasefire. It also follows ...": the subject
        found = subject
    word = found.group().lower()
    return _ANTECEDENT_WORDS.get(word, word).capitalize()


def _acts_as_truce(following: list[str]) -> bool:
    """Whether what follows the pronoun is something a truce or talks do ("takes effect",
    "is to begin"), not what a pronoun describing a fact does ("It is the worst toll",
    "It was reported that ...")."""
    if not following or following[0] in _NOT_TRUCE_VERBS:
        return False
    if following[0] in _PROGRESSIVE:
        after = following[1] if len(following) > 1 else ""
        return after == "to" or after.endswith("ed")
    return following[0][:1].islower()


_NOT_TRUCE_VERBS = frozenset(
    [
        *("means", "meant", "marks", "seems", "reported", "said", "announced"),
        *("believed", "understood", "thought", "claimed", "feared", "hoped"),
    ]
)
_ANAPHORS = frozenset(["It", "They", "This"])
_OPENING_DETERMINER = re.compile(r"\s*(?:(?:the|a|an|this|that)\s+)?", re.IGNORECASE)
# The nouns a later "it" or "the agreement" may stand for.
_TRUCE_WORDS = r"truce|ceasefire|cease-fire|armistice|agreement|deal|accord|pact"
_ANTECEDENT_NOUN = re.compile(
    rf"\b(?:{_TRUCE_WORDS}|cessation of hostilities|halt(?=\s+to\s))\b", re.IGNORECASE
)
_TALKS_NOUN = re.compile(r"\b(?:talks|negotiations)\b", re.IGNORECASE)
_ANTECEDENT_WORDS = {"cessation of hostilities": "truce", "cease-fire": "ceasefire"}


def _is_heading(sentence: str) -> bool:
    """A short line in capitals without a full stop, such as "THE 1995 TIMELINE"."""
    return (
        "\n" not in sentence
        and len(sentence.split()) <= TITLE_WORDS
        and sentence[-1:] not in ".!?"
        and not any(c.islower() for c in sentence)
        and sum(c.isalpha() for c in sentence) >= 3
    )


def _content_words(title: str, enough: int = 2) -> int:
    """How many words of the title say something, counting up to ``enough``."""
    stopwords = load_word_list("stopwords.txt")
    count = 0
    for word in title.lower().split():
        if (
            word not in stopwords
            and not word.isdigit()
            and (word.isalpha() or _HAS_LETTER.search(word))
        ):
            count += 1
            if count >= enough:
                break
    return count


_HAS_LETTER = re.compile(r"[^\W\d_]")


def _neighbour_title(
    text: str, sentences: Sequence[Span], sentence: Span, spans: Sequence[Span], category: str
) -> str:
    """The title of the nearest sentence around ``sentence`` that makes one."""
    at = bisect_left(sentences, sentence)
    for neighbour in (at - 1, at + 1, at - 2, at + 2):
        if 0 <= neighbour < len(sentences) and sentences[neighbour] != sentence:
            span = sentences[neighbour]
            title = make_title(text, span, span, _spans_in(spans, span), category)
            if _content_words(title) >= 2:
                return title
    return ""


def _first_title(text: str, sentences: Sequence[Span], spans: Sequence[Span], category: str) -> str:
    """The article's own headline: its first sentence that makes a title."""
    for span in sentences[:10]:
        title = make_title(text, span, span, _spans_in(spans, span), category)
        if _content_words(title) >= 2:
            return title
    return ""


class _DateReading(NamedTuple):
    """All that the sentence alone tells about one of its dates (offsets into the sentence);
    a named tuple, as one is made per date and costs less to build than a dataclass."""

    clause: Span
    category: str
    fatalities: Casualties | None
    title: str
    nouns: tuple[Span, ...]  # the parties ("rebels", "regime forces") named in the clause
    names: Span  # where the clause's actors and places are read


@lru_cache(maxsize=1 << 12)
def _read_date(
    sentence_text: str,
    expr: Span,
    dates_here: tuple[Span, ...],
    date_spans: tuple[Span, ...],
    truce_context: bool = False,
) -> _DateReading:
    """Clause, category, casualties and title of the date at ``expr``. It depends on the
    sentence (and on whether its article is about a truce) only, and wire copy repeats
    sentences across articles, so it is cached."""
    text = sentence_text
    sentence = (0, len(text))
    clause = clause_span(text, sentence, expr, dates_here)
    clause = (min(clause[0], expr[0]), max(clause[1], expr[1]))
    fatalities = find_casualties(text, clause)
    reading = _read_whole_sentence(text, date_spans)
    voting = clause
    antecedent = None
    opening = clause[0]
    described = _PARTICIPLE_START.match(text, opening) and text[:opening].rstrip().endswith(",")
    if described or _RELATIVE_START.match(text, clause[0]):
        # "the conflict, which began in April last year": the conflict began then;
        # "the fourth round of talks, held in Geneva from 19 to 23 October": the talks were
        antecedent = _ANTECEDENT.search(text, 0, clause[0])
        if antecedent:
            voting = (antecedent.start(), clause[1])
    category = classify(reading, voting, expr, fatalities is not None, truce_context)
    if fatalities is None and not any(s[0] >= expr[1] for s in dates_here):
        # The last date of a sentence also reports the toll told after it
        # ("... over the last 10 days; more than 250 civilians have been killed").
        fatalities = find_casualties(text, (clause[1], sentence[1]))
    # "a ceasefire in Idlib | that will take effect": Idlib is where it takes effect
    names = voting
    nouns = tuple(
        (m.start, m.end)
        for m in reading.phrases["noun"]
        if m.start >= names[0] and m.end <= names[1]
    )
    # "... held up the truce until the list arrived, | and it finally began at 11:15":
    # the date's own coordinate clause makes the title.
    told = voting if described else clause  # "Fourth round of talks held in Geneva"
    for coordinate in _PRONOUN_COORDINATE.finditer(text, clause[0], expr[0]):
        told = (coordinate.start() + 1, clause[1])
    title = make_title(text, sentence, told, date_spans, category)
    return _DateReading(clause, category, fatalities, title, nouns, names)


def _shifted(spans: Sequence[Span], by: int) -> list[Span]:
    return [(a - by, b - by) for a, b in spans]


def event_id(document_index: int, char_start: int) -> str:
    """Stable across runs and unique across documents: where the date was read."""
    return f"d{document_index}-{char_start}"


def _spans_in(spans: Sequence[Span], window: Span) -> list[Span]:
    """The sorted ``spans`` that overlap ``window``; expressions are short, so a span that
    starts more than 200 characters before the window cannot reach into it."""
    first = bisect_left(spans, (window[0] - 200, 0))
    last = bisect_left(spans, (window[1], 0))
    return [s for s in spans[first:last] if s[1] > window[0]]


@dataclass(slots=True)
class _DocumentContext:
    """Facts about the whole article, computed once and only when first needed."""

    text: str
    _lower_words: dict[str, bool] | None = None
    _full_names: dict[str, str] | None = None

    def writes_in_lower_case(self, word: str) -> bool:
        """Whether the article writes ``word`` as a lower-case word (one ``_LOWER_WORD``
        finds): such a word opening a sentence is no name. Few words are asked about, so
        each is looked for where it is written, not by listing every word of the article."""
        if self._lower_words is None:
            self._lower_words = {}
        known = self._lower_words.get(word)
        if known is None:
            known = self._lower_words[word] = _written_in_lower_case(self.text, word)
        return known

    def full_name(self, surname: str) -> str:
        """ "Kerry" -> "John Kerry" when the article names him in full somewhere: the first
        "Given Family" pair whose given name is no title, demonym, common word or known name."""
        if self._full_names is None:
            self._full_names = {}
        found = self._full_names.get(surname)
        if found is None:
            found = self._full_names[surname] = _full_name(self.text, surname)
        return found


def _written_in_lower_case(text: str, word: str) -> bool:
    """Whether ``_LOWER_WORD.findall(text)`` holds ``word``: a match that is ``word`` starts
    where ``word`` is written, and a match cannot start inside another."""
    at = text.find(word)
    while at >= 0:
        found = _LOWER_WORD.match(text, at)
        if found is not None and found.end() - at == len(word):
            return True
        at = text.find(word, at + 1)
    return False


def _full_name(text: str, surname: str) -> str:
    """Looked up from where the surname is written, not by a pass over every capitalised
    word of the article: few surnames are asked for."""
    gazetteer = load_gazetteer()
    at = text.find(surname)
    while at >= 0:
        gap_start = at
        while gap_start > 0 and text[gap_start - 1].isspace():
            gap_start -= 1
        family = _FAMILY_NAME.match(text, at)
        if gap_start < at and family is not None and family.group() == surname:
            for given in _given_names(text, gap_start):
                lower = given.lower()
                if (
                    lower not in gazetteer.titles
                    and lower not in gazetteer.demonyms
                    and lower not in gazetteer.common_words
                    and gazetteer.place(given) is None
                    and gazetteer.actor(given) is None
                ):
                    return f"{given} {surname}"
        at = text.find(surname, at + 1)
    return surname


def _given_names(text: str, end: int) -> list[str]:
    """The words that may stand as a given name right before ``end``, longest first: each
    starts with a capital then a small letter at a word boundary inside the run of name
    characters before ``end`` ("Jean-Marc", then "Marc")."""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _NAME_CHARACTERS):
        start -= 1
    return [
        text[at:end]
        for at in range(start, end - 1)
        if "A" <= text[at] <= "Z"
        and "a" <= text[at + 1] <= "z"
        and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"))
    ]


# A family name as a "Given Family" pair ends it: capital, small letter, then name
# characters up to a word boundary ("Kerry-" gives "Kerry").
_FAMILY_NAME = re.compile(r"[A-Z][a-z][\w\-\u2019']*\b")
_NAME_CHARACTERS = frozenset("_-\u2019'")
# A lower-case word not glued to the word before it (the look-behind follows the first
# letter so that the regex starts with a character class, which the regex engine scans
# for much faster than it tries a look-behind at every character).
_LOWER_WORD = re.compile(r"[a-z](?<![\w\-\u2019'][a-z])[a-z\-]*\b")


# ---------------------------------------------------------------- category


@dataclass(frozen=True, slots=True)
class SentenceReading:
    """A sentence with its dates blanked out and every lexicon phrase in it, found once
    for all the dates the sentence holds."""

    local: str
    base: int
    phrases: dict[str, list[Match]]
    quotations: tuple[Span, ...] = ()  # offsets into ``local``


@lru_cache(maxsize=256)
def _read_whole_sentence(sentence_text: str, date_spans: tuple[Span, ...]) -> SentenceReading:
    """One reading shared by all the dates of a sentence."""
    return read_sentence(sentence_text, (0, len(sentence_text)), date_spans)


def read_sentence(text: str, sentence: Span, date_spans: Sequence[Span]) -> SentenceReading:
    local, base = _masked(text, sentence, date_spans)
    quotations = tuple(m.span() for m in _QUOTATION.finditer(local)) if _has_quote(local) else ()
    return SentenceReading(local, base, load_category_lexicon().index.scan(local), quotations)


_QUOTATION = re.compile(r"\u201c[^\u201d]*\u201d?|\"[^\"]*\"?")


def _has_quote(text: str) -> bool:
    return '"' in text or "\u201c" in text


def classify(
    reading: SentenceReading,
    clause: Span,
    expr: Span,
    has_casualty_figure: bool = False,
    truce_context: bool = False,
) -> str:
    """The category id of the event told by the clause about the date at ``expr``: the
    best of ``category_scores``, or "other" when no vote reaches ``minimum_score``.

    A clause with no vote of its own ("Twelve days later, on February 26, Indian jets
    struck ...") is read with its whole sentence, against ``sentence_minimum_score``;
    an aside about a person ("Abiy, who won the prize in 2019, welcomed ...") is not:
    the main verb tells what the person did later."""
    lexicon = load_category_lexicon()
    scores, attribution = _votes(reading, clause, expr, has_casualty_figure, truce_context)
    best = _best(scores)
    if (
        best not in _TOLD_AS_THEMSELVES
        and not has_casualty_figure
        and _said_on(reading, expr[0] - reading.base)
    ):
        return "statement"
    if best == "casualties" and _war_toll(reading):
        return "military_action"
    if best is not None and scores[best] >= lexicon.minimum_score:
        return best
    sentence = (reading.base, reading.base + len(reading.local))
    if clause != sentence and not _in_person_aside(reading.local, expr[0] - reading.base):
        wider, _ = _votes(reading, sentence, expr, has_casualty_figure, truce_context)
        best = _best(wider)
        if best is not None and wider[best] >= lexicon.sentence_minimum_score:
            return best
    # "..., an army spokesman said": only when nothing else tells the event is the saying it
    scores["statement"] = scores.get("statement", 0.0) + attribution
    best = _best(scores)
    return best if best is not None and scores[best] >= lexicon.minimum_score else "other"


def _said_on(reading: SentenceReading, at: int) -> bool:
    """Whether the date at ``at`` dates a saying: in "The KNU said on Thursday that it would
    not negotiate" the event of Thursday is what was said. A truce stage, a toll or an
    aid report told that way keeps its own category (the analyst files it under the truce,
    the figure or the aid), and a closing attribution ("..., an activist group said on
    Friday.") dates what it reports."""
    said = _SAID_BEFORE.search(reading.local, max(0, at - 50), at)
    if said is None:
        return False
    if _ATTRIBUTION_TAIL.search(reading.local, max(0, said.start() - 80), said.start()) and (
        _SENTENCE_END.match(reading.local, at)
    ):
        return False
    return not any(m.start >= at for m in reading.phrases["ceasefire"])


def _war_toll(reading: SentenceReading) -> bool:
    """Whether a toll is a war's toll so far: "The insurgency has killed 30,000 people since
    1969" dates the start of the fighting, which analysts file as military action; "Nine
    police officers have been killed since Monday" stays a toll, as it names no war."""
    return bool(reading.phrases["war"]) and bool(_CUMULATIVE_TOLL.search(reading.local))


_CUMULATIVE_TOLL = re.compile(
    r"\b(?:has|have)\s+(?:[a-z]+\s+)?(?:killed|claimed|died|been\s+killed)\b", re.IGNORECASE
)
_TOLD_AS_THEMSELVES = CEASEFIRE_CATEGORIES | {"humanitarian"}
_SENTENCE_END = re.compile(r"#*\W*$")
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told(?: [\w\-]+){0,3}|confirmed)\s+(?:(?:on|in|at|late|early|by)\s+)?$"
)


def _best(scores: dict[str, float]) -> str | None:
    """The highest vote; a tie goes to the category listed first."""
    if len(scores) <= 1:
        return next(iter(scores), None)
    return max(scores, key=lambda c: (scores[c], -_PRIORITY.get(c, 99)))


_PERSON_ASIDE = re.compile(r",\s*who(?:se)?\b[^,]*,", re.IGNORECASE)


def _in_person_aside(text: str, at: int) -> bool:
    return any(m.start() < at < m.end() for m in _PERSON_ASIDE.finditer(text))


def category_scores(
    reading: SentenceReading,
    clause: Span,
    expr: Span,
    has_casualty_figure: bool = False,
    truce_context: bool = False,
) -> dict[str, float]:
    """How strongly the clause votes for each category about the date at ``expr``.

    Each trigger phrase in the clause votes with its weight, more the nearer it
    is to the date. A negation cue before a trigger sends its vote elsewhere
    ("failed to agree a truce" is talks, "the truce did not hold" a collapse);
    a call cue makes it a statement, an attempt cue ("in a bid to revive the
    truce") talks. The truce word a ceasefire trigger needs may stand anywhere
    in the sentence near it, or before a clause that refers back to it ("it"). In an
    article about a truce, "the agreement" and "approved it" name it too, and a few
    phrases ("took effect", "the extension") need no truce word at all.
    """
    lexicon = load_category_lexicon()
    scores, attribution = _votes(reading, clause, expr, has_casualty_figure, truce_context)
    if attribution and max(scores.values(), default=0.0) < lexicon.minimum_score:
        scores["statement"] = scores.get("statement", 0.0) + attribution
    return scores


def _votes(
    reading: SentenceReading,
    clause: Span,
    expr: Span,
    has_casualty_figure: bool,
    truce_context: bool,
) -> tuple[dict[str, float], float]:
    """The votes of ``category_scores``, and apart from them the vote of a closing
    attribution ("..., an activist group said Friday"), which counts only when nothing
    else tells the event."""
    lexicon = load_category_lexicon()
    local, base, phrases = reading.local, reading.base, reading.phrases
    c_start, c_end = clause[0] - base, clause[1] - base
    e_span = (expr[0] - base, expr[1] - base)

    def in_clause(kind: str) -> list[Match]:
        return [m for m in phrases[kind] if m.start >= c_start and m.end <= c_end]

    def spans_in_clause(kind: str) -> list[Span]:
        return [(m.start, m.end) for m in phrases[kind] if m.start >= c_start and m.end <= c_end]

    scores: dict[str, float] = defaultdict(float)
    truce_spans = [(m.start, m.end) for m in phrases["ceasefire"]]
    clause_truces = [t for t in truce_spans if t[0] >= c_start and t[1] <= c_end]
    named = truce_spans
    # "The understanding, reached by the directors general of military operations": an
    # accord between armed parties is a truce even in an article that names none.
    if phrases["agreement"] and (truce_context or phrases["armed"]):
        named = sorted([*truce_spans, *((m.start, m.end) for m in phrases["agreement"])])
    refers_back = _refers_to_truce(local, c_start, named)
    if truce_context and not refers_back:
        pronoun = _truce_pronoun(local, c_start, truce_spans)
        if pronoun is not None:
            named = sorted([*named, pronoun])
    cues = _Cues(
        spans_in_clause("negation"),
        spans_in_clause("call"),
        spans_in_clause("attempt"),
        spans_in_clause("hypothetical"),
    )
    backgrounds = spans_in_clause("background")
    # "... after more than a week of talks, since the conflict began in November 2020":
    # the date is the background phrase's, so what comes before that phrase is not its event.
    own_phrase = _cue_before(local, e_span[0], backgrounds, lexicon.background_reach)
    if own_phrase is not None and "," in local[own_phrase[1] : e_span[0]]:
        own_phrase = None
    attribution = 0.0
    # "Sept. 9 - After talks in Geneva, U.S. Secretary of State John Kerry and ... announce a
    # truce": a date heading a chronology line dates its main verb, however long the names.
    heading = not local[c_start : e_span[0]].strip() and bool(_HEADING_MARK.match(local, e_span[1]))
    for match in in_clause("trigger"):
        m_start, m_end = match.start, match.end
        if truce_spans and any(m_start >= a and m_end <= b for a, b in truce_spans):
            continue  # "cessation of hostilities" is not fighting
        for trigger in lexicon.triggers[match.rank]:
            weight = trigger.weight
            if m_start > 0 and local[m_start - 1] == "-":
                if not _CAPITALISED_BEFORE_HYPHEN.search(local, max(0, m_start - 30), m_start):
                    continue  # "open-ended" is no ending
                weight *= 0.5  # a modifier ("Russia-brokered truce") says less than a verb
            if (
                trigger.needs_ceasefire
                and not refers_back
                and not _names_truce(local, (m_start, m_end), named, lexicon, truce_spans)
                and not (
                    truce_context
                    and (
                        trigger.phrase in lexicon.specific_to_truces
                        or _OBJECT_PRONOUN.match(local, m_end)
                    )
                )
            ):
                continue
            category = _redirect(
                local,
                m_start,
                trigger.category,
                cues,
                lexicon,
                trigger.phrase in lexicon.gatherings,
            )
            if category is None:
                continue
            if (
                category == "talks"
                and phrases["assembly"]
                and trigger.phrase in lexicon.assembly_meetings
                and _held_by_assembly(local, (m_start, m_end), phrases["assembly"])
            ):
                category = "political"  # "the security cabinet is due to meet on Sunday"
            if (
                category == "ceasefire_in_force"
                and m_end <= e_span[0]
                and _UNTIL_DATE.fullmatch(local, m_end, e_span[0])
            ):
                category = "ceasefire_collapsed"  # "had largely held until last month"
            if (
                cues.hypotheticals
                and category in CEASEFIRE_CATEGORIES
                and _cue_before(
                    local, m_start, cues.hypotheticals, lexicon.negation_reach, across_dates=False
                )
            ):
                # "warned that the truce could collapse": the warning is the event
                weight *= lexicon.background_weight
            if reading.quotations and _quoted_apart(
                local, reading.quotations, (m_start, m_end), e_span
            ):
                category = "statement"  # '"We will not accept a truce," he said on Tuesday'
            attached = m_end <= e_span[0] and bool(
                _JUST_BEFORE_DATE.fullmatch(local, m_end, e_span[0])
            )
            if attached:
                weight *= _ATTACHMENT_BONUS  # "agreed on Feb. 22": the date's own verb
            if (
                (
                    backgrounds
                    and _is_background(
                        local, m_start, e_span, backgrounds, lexicon.background_reach
                    )
                )
                or (own_phrase is not None and m_end <= own_phrase[0])
                or (m_start >= e_span[1] and _COORDINATE.search(local, e_span[1], m_start))
                or (m_end <= e_span[0] and _PRONOUN_COORDINATE.search(local, m_end, e_span[0]))
            ):
                # "signed a ceasefire on Friday, but fighting broke out hours later";
                # "Netanyahu held up the truce ..., and it began at 11:15"
                weight *= lexicon.background_weight  # "agreed a truce on Monday after talks"
            if (
                # the regex needs the trigger to end in "ed": most do not, and it is slow
                local[m_end - 2 : m_end].lower() == "ed"
                and _ADJECTIVE_PARTICIPLE.search(local, max(0, m_start - 12), m_end)
            ) or (
                not attached
                and _AGENT_AFTER.match(local, m_end)
                and _after_noun(local, m_start, named)
            ):
                # "the besieged city", "a truce brokered by Russia (was over)": the
                # participle describes, it does not report
                weight *= lexicon.adjective_weight
            if category in CEASEFIRE_CATEGORIES:
                weight *= lexicon.ceasefire_emphasis
            if trigger.phrase in _SPEECH_TRIGGERS and _ATTRIBUTION_TAIL.search(
                local, max(c_start, m_start - 70), m_start
            ):
                # "..., an activist group said Friday": what was said is the event, if anything.
                attribution += weight * _proximity(local, (m_start, m_end), e_span)
                continue
            scores[category] += weight * (
                _heading_proximity(local, e_span[1], m_start)
                if heading
                else _proximity(local, (m_start, m_end), e_span)
            )
    if backgrounds and clause_truces and scores.get("military_action", 0.0) > 0:
        _attack_after_truce(local, scores, backgrounds, clause_truces, in_clause("trigger"))
    if (
        truce_context
        and phrases["truce_time"]
        and scores.get("military_action", 0.0) > 0
        and in_clause("truce_time")
        and max(scores, key=lambda c: scores[c]) == "military_action"
    ):
        # In an article about a truce, fire told as an exception ("although", "however")
        # or as small ("sporadic", "a handful of") is fire during the truce: it broke it.
        scores["ceasefire_violated"] += scores.pop("military_action")
    if (
        scores.get("ceasefire_agreed", 0.0) > 0
        and _TRUCE_START_BEFORE.search(local, max(0, e_span[0] - 30), e_span[0])
        and any(
            t[1] <= e_span[0] and _words_between(local, t, e_span) <= _TRUCE_START_WORDS
            for t in truce_spans
        )
    ):
        # "agreed a ceasefire from December 23": the date is when the truce takes hold
        scores["ceasefire_in_force"] = scores.get("ceasefire_in_force", 0.0) + scores.pop(
            "ceasefire_agreed"
        )
    if clause_truces and not any(scores.get(c, 0.0) > 0 for c in CEASEFIRE_CATEGORIES):
        nearest = min(clause_truces, key=lambda s: _words_between(local, s, e_span))
        category = _redirect(local, nearest[0], lexicon.ceasefire_alone, cues, lexicon)
        if category is not None:
            scores[category] += lexicon.ceasefire_alone_weight * _proximity(local, nearest, e_span)
    if has_casualty_figure:
        scores["casualties"] += lexicon.casualty_bonus
    return dict(scores), attribution


# An assembly this near a meeting word holds the meeting: "Parliament is due to convene",
# "an emergency session of the cabinet".
_ASSEMBLY_BEFORE_WORDS = 6
_ASSEMBLY_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


def _held_by_assembly(text: str, span: Span, assemblies: Sequence[Match]) -> bool:
    """Whether a cabinet, council or parliament holds the meeting a talks word names: its
    sitting is politics, not talks between parties."""
    for assembly in assemblies:
        if assembly.end <= span[0]:
            if text.count(" ", assembly.end, span[0]) <= _ASSEMBLY_BEFORE_WORDS and (
                ";" not in text[assembly.end : span[0]]
            ):
                return True
        elif assembly.start >= span[1] and _ASSEMBLY_AFTER.fullmatch(text, span[1], assembly.start):
            return True
    return False


# "a ceasefire from", "halt operations with effect from", "a truce starting": what follows
# is when the truce takes hold.
_TRUCE_START_BEFORE = re.compile(
    r"\b(?:from|as of|starting(?: from)?|beginning|effective(?: from)?)\s+$", re.IGNORECASE
)
_TRUCE_START_WORDS = 5


def _attack_after_truce(
    text: str,
    scores: dict[str, float],
    backgrounds: Sequence[Span],
    truces: Sequence[Span],
    triggers: Sequence[Match],
) -> None:
    """An attack told "after the truce took hold" or "since the ceasefire began" broke the
    truce: its votes go to ``ceasefire_violated`` when the attack leads the clause."""
    if max(scores, key=lambda c: scores[c]) != "military_action":
        return
    lexicon = load_category_lexicon()
    for cue in backgrounds:
        if text[cue[0] : cue[1]].lower() not in ("after", "since"):
            continue
        truce = next(
            (t for t in truces if t[0] > cue[1] and _words_between(text, cue, t) <= 2), None
        )
        if truce is None:
            continue
        for match in triggers:
            if (
                match.start >= truce[1]
                and _words_between(text, truce, match.span) <= 2
                and any(t.category == "ceasefire_in_force" for t in lexicon.triggers[match.rank])
            ):
                scores["ceasefire_violated"] += scores.pop("military_action")
                return


class _Cues(NamedTuple):
    """The cue phrases of a clause; a named tuple, made once per date, costs less to build."""

    negations: list[Span]
    calls: list[Span]
    attempts: list[Span]
    hypotheticals: list[Span]


# A quotation of fewer words is a phrase the reporter cites ("repeated violations"), not
# something said on the date.
_CITED_WORDS = 4
_CITED_CHARACTERS = 40


def _quoted_apart(text: str, quotations: Sequence[Span], span: Span, expr: Span) -> bool:
    """Whether ``span`` is inside a quotation that does not hold the date: then it is what
    someone said on that date, and saying it is the event. A short cited phrase is not."""
    for start, end in quotations:
        if start <= span[0] and span[1] <= end:
            if end - start <= _CITED_CHARACTERS and text.count(" ", start, end) < _CITED_WORDS - 1:
                return False  # 'said there had been "repeated violations"': a cited phrase
            return not (start <= expr[0] and expr[1] <= end)
    return False


def _masked(text: str, span: Span, date_spans: Sequence[Span]) -> tuple[str, int]:
    """The sentence with its date expressions blanked out, so that "agreed on Sunday"
    reads as "agreed on ######" and no date word is taken for a trigger."""
    start, end = span
    pieces: list[str] = []
    cursor = start
    for d_start, d_end in sorted(date_spans):
        d_start, d_end = max(d_start, cursor), min(d_end, end)  # overlaps count once
        if d_end <= d_start:
            continue
        pieces.append(text[cursor:d_start])
        pieces.append("#" * (d_end - d_start))
        cursor = d_end
    pieces.append(text[cursor:end])
    return "".join(pieces), start


_ANAPHOR = re.compile(
    r"(?:but\s+|and\s+|yet\s+)?(?:(?:saying|said|says|adding|announcing)\s+(?:that\s+)?)?"
    r"(?:(it|this|the deal|the agreement|the accord|the pact)|(which|that)|"
    # "... and was renewed in early June": the verb's subject is the sentence's
    r"((?:(?:was|were|is|are|has|have|had|been|later|then|also|again|finally)\s+)*"
    r"(?:[a-z]+ed|began|held|broke|fell|took|came|went)))\b",
    re.IGNORECASE,
)
_PRONOUN_COORDINATE = re.compile(r",\s+(?:and|but|yet)\s+(?:it|they|he|she|we)\s", re.IGNORECASE)
_HEADING_MARK = re.compile(r"\s*(?:[\u2013\u2014:]|--?)\s")
_COORDINATE = re.compile(r",\s+(?:but|and|while|whereas|yet)\s+(?!(?:also|then)\b)")
_AGENT_AFTER = re.compile(r"\s+by\b")
_RELATIVE_WORD = re.compile(r"\b(?:which|who|that|whose)\b", re.IGNORECASE)
_OBJECT_PRONOUN = re.compile(r"\s+(?:it|them)\b")
_CLOSED_ASIDE = re.compile(r",\s*(?:which|who|whose)\b[^,]*,", re.IGNORECASE)


def _relative_between(text: str, start: int, end: int) -> bool:
    """Whether a relative clause opens between a truce word and a verb, so that the truce is
    not the verb's subject. A closed aside does not count: in "The truce with M23, which had
    been extended twice, lapsed" the truce still lapsed."""
    region = _CLOSED_ASIDE.sub(lambda m: " " * len(m.group()), text[start:end])
    return _RELATIVE_WORD.search(region) is not None


def _names_truce(
    text: str,
    span: Span,
    truces: Sequence[Span],
    lexicon: CategoryLexicon,
    strong: Sequence[Span] | None = None,
) -> bool:
    """Whether a truce word is near the trigger: a truce named before its verb is usually
    its subject ("The ceasefire, the first in half a century, took effect") and reaches
    further than one named after. Only ``strong`` truce words (not "the agreement") do."""
    for truce in truces:
        before = (
            truce[1] <= span[0]
            and (strong is None or truce in strong)
            and not _relative_between(text, truce[1], span[0])
        )
        reach = lexicon.ceasefire_reach_before if before else lexicon.ceasefire_reach
        if _words_between(text, span, truce) <= reach:
            return True
    return False


def _after_noun(text: str, at: int, nouns: Sequence[Span]) -> bool:
    """Whether the word at ``at`` follows a noun directly ("a truce brokered by ...")."""
    return any(end < at and not text[end:at].strip() for _, end in nouns)


def _refers_to_truce(text: str, clause_start: int, truce_spans: Sequence[Span]) -> bool:
    """Whether a clause opens by pointing back at a truce named before it: "it" may point
    anywhere in the sentence, "which" only at the words just before it ("a truce, which
    began ..." but not "a truce during Ramadan, which began ...")."""
    before = [t for t in truce_spans if t[1] <= clause_start]
    if not before:
        return False  # no truce named before the clause: nothing to point back at
    anaphor = _ANAPHOR.match(text, clause_start)
    if anaphor is None:
        return False
    if anaphor.group(1) or anaphor.group(3):
        return bool(before)
    return any(len(text[t[1] : clause_start].split()) <= 1 for t in before)


def _truce_pronoun(text: str, clause_start: int, truce_spans: Sequence[Span]) -> Span | None:
    """The "it" opening a clause of an article about a truce, when the sentence names no
    truce before it: "It was extended again in mid-December" speaks of the article's truce,
    so the pronoun stands for a truce word (as near a trigger as one must be)."""
    if any(t[1] <= clause_start for t in truce_spans):
        return None  # "it" points at the truce the sentence names, as _refers_to_truce reads
    anaphor = _ANAPHOR.match(text, clause_start)
    if anaphor is None or anaphor.group(1) is None or anaphor.group(1).lower() != "it":
        return None
    return anaphor.span(1)


_CAPITALISED_BEFORE_HYPHEN = re.compile(r"(?<![\w.])[A-Z][\w.]*-$")


_ATTACHMENT_BONUS = 1.5
# A truce that "held until" a date stopped holding then.
_UNTIL_DATE = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:until|till)\s+", re.IGNORECASE)
_SPEECH_TRIGGERS = frozenset(["said", "says", "say", "told"])
_ATTRIBUTION_TAIL = re.compile(r",\s*(?:[\w\-\u2019'.]+\s+){0,7}$")
_JUST_BEFORE_DATE = re.compile(
    r"[\s,]*(?:(?:on|in|at|since|from|by|until|during|as of|of|for|before|after|last|this)\s+)*",
    re.IGNORECASE,
)


_AGREEING = re.compile(
    r"\b(?:agree|reach|sign|accept|approv|endors|conclud|seal|clinch)\w*\b(?:\s+[\w#]+){0,2}\s*$",
    re.IGNORECASE,
)


def _redirect(
    text: str,
    at: int,
    category: str,
    cues: _Cues,
    lexicon: CategoryLexicon,
    gathering: bool = False,
) -> str | None:
    """Where a vote for ``category`` goes, given the cue words right before it. A call for
    a rally or a strike is how it is organised ("organisers called a rally"): it stays
    politics."""
    if not (cues.negations or cues.calls or cues.attempts):
        return category  # most clauses have no cue at all
    negation = _cue_before(text, at, cues.negations, lexicon.negation_reach, across_dates=False)
    if negation is not None:
        if _AGREEING.search(text, negation[1], at):
            return "talks"  # "failed to agree on extending the truce": the talks failed
        return lexicon.when_negated.get(category)
    if (
        category != "statement"
        and not gathering
        and _cue_before(text, at, cues.calls, lexicon.cue_reach)
    ):
        return "statement"
    if category in CEASEFIRE_CATEGORIES and _cue_before(text, at, cues.attempts, lexicon.cue_reach):
        return "talks"
    return category


def _is_background(text: str, at: int, expr: Span, backgrounds: Sequence[Span], reach: int) -> bool:
    """A trigger inside an "after ...", "amid ..." phrase that does not hold the date tells
    what led up to the event, not the event."""
    cue = _cue_before(text, at, backgrounds, reach)
    if cue is None or ("," in text[cue[1] : at] and not _only_list_commas(text, cue[1], at)):
        return False
    # The phrase may hold the date itself: "since the conflict began in November 2020".
    return not (cue[1] <= expr[0] and (expr[1] <= at or "," not in text[at : expr[0]]))


# ", provided gas and power are restored" opens a clause, not a list's next item
_LIST_COMMA = re.compile(
    r",\s+(?!(?:provided|providing|unless|if|although|though|while|whereas|which|who|when|"
    r"where|because|saying|adding)\b)(?:[\w\-]+,?\s+){1,4}?(?:and|or)\s"
)


def _only_list_commas(text: str, start: int, end: int) -> bool:
    """Whether every comma between ``start`` and ``end`` joins a list ("after four days of
    missile, drone and artillery attacks"), so the phrase goes on past it."""
    at = text.find(",", start, end)
    while at != -1:
        if not _LIST_COMMA.match(text, at):
            return False
        at = text.find(",", at + 1, end)
    return True


# "the besieged city", "airdrops to besieged Deir ez-Zor": the participle describes.
_ADJECTIVE_PARTICIPLE = re.compile(
    r"\b(?:the|a|an|this|that|its|their|his|her|to|in|into|of|from|near|for)\s+[\w\-]+ed$",
    re.IGNORECASE,
)


def _cue_before(
    text: str, at: int, cues: Sequence[Span], reach: int, across_dates: bool = True
) -> Span | None:
    """The nearest cue that ends at most ``reach`` words before ``at``. A negation does not
    reach across a date ("did not stop on Tuesday despite the truce" is no "not" for the
    truce); a call does ("called on Saturday for all parties to respect the truce")."""
    for cue in reversed(cues):
        if cue[1] <= at:
            gap = text[cue[1] : at]
            near = gap[:1].isspace() and len(gap.split()) <= reach
            return cue if near and (across_dates or "#" not in gap) else None
    return None


def _words_between(text: str, a: Span, b: Span) -> int:
    if a[1] <= b[0]:
        return text.count(" ", a[1], b[0])
    if b[1] <= a[0]:
        return text.count(" ", b[1], a[0])
    return 0


def _heading_proximity(text: str, heading_end: int, at: int) -> float:
    """Nearness to a heading date, counting only lower-case words: names do not push a
    verb away from it."""
    between = sum(1 for w in text[heading_end:at].split() if w[:1].islower())
    return 1.0 / (1.0 + between / 6.0)


def _proximity(text: str, span: Span, expr: Span) -> float:
    return 1.0 / (1.0 + _words_between(text, span, expr) / 6.0)


# ---------------------------------------------------------------- casualties

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a hundred": 100,
    "hundred": 100,
    "a dozen": 12,
    "dozen": 12,
}
_QUALIFIER = (
    r"more than|over|at least|nearly|almost|about|around|some|up to|as many as|an estimated|"
    r"fewer than|less than|roughly|approximately|close to|upwards of|well over"
)
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:million|thousand))?|" + "|".join(
    sorted(_NUMBER_WORDS, key=len, reverse=True)
)
_HARM = r"killed|dead|died|slain|massacred|lost their lives|injured|wounded|hurt"
_AUXILIARIES = (
    r"(?:(?:have|has|had|were|was|are|been|being|reported|now|also|later|would|will|may)\s+)"
)


@cache
def _count_then_harm() -> re.Pattern[str]:
    victims = "|".join(
        phrase_regex(v) for v in sorted(load_word_list("victims.txt"), key=len, reverse=True)
    )
    return re.compile(
        rf"(?<![\w,.])(?:(?P<q>{_QUALIFIER})\s+)?(?P<n>{_NUMBER})\s+"
        rf"(?:(?:[\w\-\u2019']+\s+){{0,2}}?(?:{victims})\s+{_AUXILIARIES}{{0,3}}|"
        rf"{_AUXILIARIES}{{1,3}}|(?:people\s+)?(?=dead\b))(?P<h>{_HARM})\b",
        re.IGNORECASE,
    )


_HARM_THEN_COUNT = re.compile(
    rf"\b(?P<h>killing|killed|kills|leaving|left|wounding|injuring|death toll(?:\s+[\w\-]+){{0,6}}?"
    rf"\s+(?:rose|rises|climbed|reached|stood at|stands at|has risen|had risen|of)(?: to)?)\s+"
    rf"(?:(?P<q>{_QUALIFIER})\s+)?"
    rf"(?P<n>{_NUMBER})\b(?!\s*(?:years?|days?|percent|km)\b)",
    re.IGNORECASE,
)


_HARM_THEN_COUNT_NO_CASE = without_case(_HARM_THEN_COUNT)


@cache
def _count_then_harm_no_case() -> re.Pattern[str]:
    return without_case(_count_then_harm())


def _names_harm(segment: str) -> bool:
    """Whether a death or injury word stands in ``segment``: a casualty figure needs one.
    Substring tests, several times cheaper than one regex for these few words."""
    return (
        "kill" in segment
        or "dead" in segment
        or "died" in segment
        or "slain" in segment
        or "massacr" in segment
        or "lost their" in segment
        or "injur" in segment
        or "wound" in segment
        or "hurt" in segment
        or "toll" in segment
        or "left" in segment
        or "leaving" in segment
    )


_LEFT_DEAD = re.compile(r"\s*(?:\w+\s+){0,3}?(?:dead|killed)")


def find_casualties(text: str, clause: Span) -> Casualties | None:
    """The first death (else injury) figure reported in the clause."""
    if not _names_harm(text[clause[0] : clause[1]]):
        return None
    # Every part read from a match is lower-cased anyway: match the lower-cased text.
    lowered = lower_cased(text)
    searched, patterns = (
        (text, (_count_then_harm(), _HARM_THEN_COUNT))
        if lowered is None
        else (lowered, (_count_then_harm_no_case(), _HARM_THEN_COUNT_NO_CASE))
    )
    found: list[tuple[int, Casualties]] = []
    for pattern in patterns:
        for match in pattern.finditer(searched, *clause):
            count = _parse_number(match.group("n"))
            if count is None or (1900 <= count <= 2100 and "," not in match.group("n")):
                continue
            harm = match.group("h").lower()
            kind = "injured" if harm.startswith(("injur", "wound", "hurt")) else "killed"
            if harm in ("leaving", "left") and not _LEFT_DEAD.match(
                text, match.end(), match.end() + 40
            ):
                continue
            qualifier = match.group("q")
            found.append(
                (match.start(), Casualties(count, qualifier.lower() if qualifier else None, kind))
            )
    if not found:
        return None
    found.sort(key=lambda item: (item[1].kind != "killed", item[0]))
    return found[0][1]


def _parse_number(raw: str) -> int | None:
    word = raw.lower().strip()
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    scale = 1
    if word.endswith("million"):
        scale, word = 1_000_000, word.removesuffix("million").strip()
    elif word.endswith("thousand"):
        scale, word = 1_000, word.removesuffix("thousand").strip()
    try:
        return round(float(word.replace(",", "")) * scale)
    except ValueError:
        return None


# ---------------------------------------------------------------- actors, places

# Each look-behind follows the first letter, so that the regex starts with a character class.
_NAME_RUN_REST = (
    r"(?:\s+(?:(?:of|de|del|al|bin|ibn|van|von|da|du|el|for|la|le)\s+)*"
    r"(?:[A-Z][\w\-\u2019'.]*|al-[A-Z][\w\-\u2019']*))*"
)
_NAME_RUN = re.compile(
    r"(?:[A-Z](?<![\w\-\u2019'][A-Z])[\w\-\u2019'.]*|a(?<![\w\-\u2019']a)l-[A-Z][\w\-\u2019']*)"
    + _NAME_RUN_REST
)
# The same for a clause without "al-": a run then starts at a capital, and the regex engine
# skips from one capital to the next instead of stopping at every "a" as well.
_CAPITAL_NAME_RUN = re.compile(r"[A-Z](?<![\w\-\u2019'][A-Z])[\w\-\u2019'.]*" + _NAME_RUN_REST)
_LOCATIVE = re.compile(
    r"\b(?:in|at|to|from|near|across|into|inside|throughout|of|on|for|outside|around|toward|"
    r"towards|over|between|within)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AGENT_VERB = re.compile(
    r"\s+(?:and\s+(?:the\s+)?[A-Z][\w.\-]*\s+)?(?:have\s+|has\s+|had\s+)?(?:[a-z]+ed|said|says|"
    r"met|meet|sent|struck|began|launched|took|agree|agrees|signed|urged|wants|wanted|will|would)\b"
)


def find_names(
    text: str,
    clause: Span,
    context: _DocumentContext,
    nouns: Sequence[Span] | None = None,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Actors and places named in the clause, each once, in order of mention; ``nouns`` are
    the parties already found there (else they are looked for)."""
    gazetteer = load_gazetteer()
    start, end = clause
    if nouns is None:
        nouns = [m.span for m in gazetteer.actor_nouns.scan(text, start, end)["noun"]]
    # The regexes look a character or two behind the clause, never past its end.
    window_start = max(0, start - _LOOK_BEHIND)
    window = text[window_start:end]
    plan = _names_plan(
        window,
        start - window_start,
        tuple((a - window_start, b - window_start) for a, b in nouns),
    )
    headline: bool | None = None  # asked only of a clause that names a person
    actors: list[str] = []
    places: list[str] = []
    for step in plan.steps:
        kind, name = step[0], step[1]
        if kind == "actor":
            actors.append(name)
        elif kind == "place":
            places.append(name)
        elif kind == "country":
            acting = _acts(text, window_start + step[3], step[2], gazetteer)
            (actors if acting else places).append(name)
        else:
            if headline is None:
                # In a Title Case headline every word is capitalised: only known names count.
                capitalised = _CAPITALISED_WORD.findall(window, start - window_start + 1)
                headline = _is_title_case(capitalised, context)
            if headline:
                continue
            if kind == "person":
                actors.append(name)
            elif not context.writes_in_lower_case(name.lower()):  # "single": maybe a surname
                actors.append(context.full_name(name))
    actors.extend(plan.parties)
    return _unique(actors), _unique(places)


_LOOK_BEHIND = 4


class _NamesPlan(NamedTuple):
    """What a clause names, as far as its own words tell: the article decides the rest
    (whether it is a Title Case headline, whether a lone capitalised word is a name).
    A named tuple: one is made per clause."""

    steps: tuple[tuple[str, str, str, int], ...]  # (kind, name, as written, run offset)
    parties: tuple[str, ...]  # the actor nouns ("Syrian regime forces")


@lru_cache(maxsize=1 << 14)
def _names_plan(window: str, start: int, nouns: tuple[Span, ...]) -> _NamesPlan:
    """Wire copy repeats sentences across articles, so a clause's reading is cached."""
    gazetteer = load_gazetteer()
    end = len(window)
    steps: list[tuple[str, str, str, int]] = []
    runs = _NAME_RUN if window.find("al-", start) >= 0 else _CAPITAL_NAME_RUN
    for match in runs.finditer(window, start, end):
        run_steps, placed = _run_steps(match.group())
        if placed:
            at = match.start()
            steps.extend((k, n, w, at if offset < 0 else offset) for k, n, w, offset in run_steps)
        else:
            steps.extend(run_steps)
    parties: list[str] = []
    for noun_start, noun_end in nouns:
        side = _SIDE_BEFORE.search(window, max(start, noun_start - 40), noun_start)
        begin = noun_start
        if side and side.group(1).lower().split("-")[0] in gazetteer.demonyms:
            begin = side.start(1)  # "Syrian regime forces", "Saudi-led coalition"
        parties.append(_tidy_actor_noun(window[begin:noun_end]))
    return _NamesPlan(tuple(steps), tuple(parties))


@lru_cache(maxsize=1 << 16)
def _run_steps(run: str) -> tuple[tuple[tuple[str, str, str, int], ...], bool]:
    """The steps of one capitalised run, a known name's offset left as -1 for the run's own
    (and whether there is one); the same runs ("Syria", "The") recur in every article."""
    gazetteer = load_gazetteer()
    steps: list[tuple[str, str, str, int]] = []
    leftover: list[str] = []
    for kind, name, written in _segments(run):
        if kind == "word":
            leftover.append(name)
            continue
        if leftover:
            steps.extend(_person_steps(tuple(leftover)))
            leftover = []
        if kind == "place" and name in gazetteer.countries:
            kind = "country"  # an actor if it acts, decided on the whole text
        steps.append((kind, name, written, -1))
    if leftover:
        steps.extend(_person_steps(tuple(leftover)))
    return tuple(steps), any(step[3] < 0 for step in steps)


@lru_cache(maxsize=1 << 14)
def _person_steps(words: tuple[str, ...]) -> tuple[tuple[str, str, str, int], ...]:
    """The person named by capitalised words that are no known name, if any: "person" when
    the words alone say so, "single" for a lone word the article must not write in lower case.
    The same words ("The", "Syrian", "Ban Ki-moon") recur in every article, so it is cached."""
    if not words:
        return ()
    gazetteer = load_gazetteer()
    leading, trailing, not_alone = _name_word_sets()
    demonyms = gazetteer.demonyms
    lowers = [w.lower() for w in words]
    first, last = 0, len(words)
    while first < last and lowers[first] in leading:
        first += 1
    described = False  # "Angry Syrian (refugees)": a word before a demonym describes
    while first < last and lowers[last - 1] in trailing:
        described = described or lowers[last - 1] in demonyms
        last -= 1
    if first == last or (described and last - first == 1):
        return ()
    facilities = load_word_list("facility_words.txt")
    if any(lower in facilities for lower in lowers[first:last]):
        return ()  # "Aleppo | International Airport" is a place, not an actor
    if last - first == 1:
        word, lower = words[first], lowers[first]
        if (
            len(word) < 3
            or lower in not_alone
            or lower.removesuffix("s") in demonyms
            or (len(word) > 5 and word.endswith(_NOT_NAME_ENDINGS))  # "Separately", "Fighting"
            or _MODIFIER_COMPOUND.search(word)
            or word.isupper()
            or not word[0].isupper()
        ):
            return ()
        return (("single", word, word, 0),)
    common = gazetteer.common_words
    if all(lower in common for lower in lowers[first:last]):
        return ()
    name = " ".join(words[first:last])
    return (("person", name, name, 0),)


def _is_title_case(capitalised: Sequence[str], context: _DocumentContext) -> bool:
    """A Title Case headline capitalises words the article writes in lower case
    ("Britain Say Military Intervention Is On The Table")."""
    if len(capitalised) < _TITLE_CASE_WORDS:
        return False
    stopwords = load_word_list("stopwords.txt")
    lowers = [word.lower() for word in capitalised]
    # The stopwords first: asking the article about a word reads the whole article, and
    # most clauses are told apart before every word is asked about.
    others = [lower for lower in lowers if lower not in stopwords]
    missing = _TITLE_CASE_WORDS - (len(lowers) - len(others))
    for asked, lower in enumerate(others):
        if missing <= 0 or len(others) - asked < missing:
            break
        if context.writes_in_lower_case(lower):
            missing -= 1
    return missing <= 0


_TITLE_CASE_WORDS = 3
# The look-behind follows the capital, so that the regex starts with a character class.
_CAPITALISED_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+\b")


@lru_cache(maxsize=1 << 16)
def _segments(run: str) -> tuple[tuple[str, str, str], ...]:
    """A capitalised run cut into known names and other words, longest names first:
    ("place" | "actor" | "word", canonical name or the word, the words as written).
    Runs repeat across articles ("Syria", "Bashar al-Assad"), so this is cached."""
    gazetteer = load_gazetteer()
    words = _split_run(run)
    found: list[tuple[str, str, str]] = []
    i = 0
    while i < len(words):
        longest = gazetteer.longest_name if words[i].lower() in gazetteer.name_starts else 1
        for length in range(min(longest, len(words) - i), 0, -1):
            written = " ".join(words[i : i + length])
            known = gazetteer.lookup(written)
            if known:
                found.append((known[0], known[1], written))
                i += length
                break
        else:
            found.append(("word", words[i], words[i]))
            i += 1
    return tuple(found)


def _split_run(run: str) -> list[str]:
    """Words of a capitalised run; "Russia-brokered" gives "Russia", "Syria's" gives "Syria"."""
    words: list[str] = []
    for word in run.split():
        word = _POSSESSIVE.sub("", word).rstrip(".,") if not _is_dotted(word) else word
        if "-" in word and not word.startswith("al-"):
            head, _, tail = word.partition("-")
            gazetteer = load_gazetteer()
            known = gazetteer.lookup(head)
            if not tail or (tail[0].islower() and known):
                word = head
            elif known and tail[0].isupper():
                words.append(head)  # "U.S.-Russian": two sides
                word = tail
        if word:
            words.append(word)
    return words


def _is_dotted(word: str) -> bool:
    return "." in word and bool(_DOTTED.fullmatch(word))


_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?")
_POSSESSIVE = re.compile(r"[\u2019']s$")


def _is_actor(known: tuple[str, str] | None) -> bool:
    return known is not None and known[0] == "actor"


def _acts(text: str, at: int, name: str, gazetteer: Gazetteer) -> bool:
    """A country names an actor when it does something ("Russia-brokered", "Russia and the
    U.S. agreed"), and a place when something happens in or to it."""
    position = text.find(name, at)
    if position < 0:
        return False
    after = position + len(name)
    if text[after : after + 1] == "-":
        return True
    if _LOCATIVE.search(text, max(0, position - 20), position):
        return False
    return bool(_AGENT_VERB.match(text, after))


@cache
def _name_word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words a person's name never starts with, never ends with, and never is alone."""
    gazetteer = load_gazetteer()
    demonyms = frozenset(gazetteer.demonyms)
    leading = gazetteer.titles | demonyms | gazetteer.common_words
    trailing = gazetteer.titles | demonyms | _NAME_CONNECTORS
    not_alone = gazetteer.actor_noun_words | gazetteer.common_words | demonyms
    return leading, trailing, not_alone


_MODIFIER_COMPOUND = re.compile(r"-[a-z]")
_NAME_CONNECTORS = frozenset(["of", "de", "for", "al", "la", "le", "du", "da", "von", "van"])
_NOT_NAME_ENDINGS = ("ly", "ing", "ous", "ful", "able")
_SIDE_BEFORE = re.compile(r"(?<![\w\-])([A-Z][\w\u2019']*(?:-[a-z]+)?)[\s\-]+$")


def _tidy_actor_noun(raw: str) -> str:
    """ "Rebels" opening a sentence and "rebels" are one actor; "Syrian" stays capitalised."""
    demonyms = load_gazetteer().demonyms
    return " ".join(w if w.lower().split("-")[0] in demonyms else w.lower() for w in raw.split())


def _unique(names: list[str]) -> tuple[str, ...]:
    if len(names) < 2:
        return tuple(names)  # nothing to merge
    return _unique_names(tuple(names))


@lru_cache(maxsize=1 << 12)
def _unique_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """Each name once, and none that is a word of a longer one; clauses repeat their names."""
    seen: dict[str, None] = {}
    words_of = [(other, other.split()) for other in names]
    for name in names:
        if not any(name != other and name in words for other, words in words_of):
            seen.setdefault(name, None)
    return tuple(seen)


# ---------------------------------------------------------------- title

_BRACKETED = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")
_DATELINE = re.compile(
    r"^[A-Z]{2,}[A-Z .,/'\u2019\u2063]*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}[\s\u2063]*)?"
    r"(?:[A-Z][a-z]+\s*)?(?:[\u2013\u2014]|--?)\s+"  # "ASMARA, Eritrea -"
)
# Double quotes, and single ones not inside a word ("Syria's" keeps its apostrophe); written
# to start with a character class, which the regex engine scans for many times faster.
_QUOTES = re.compile(
    r"[\u201c\u201d\"\u00ab\u00bb\u2018\u2019'](?:(?<=[\u201c\u201d\"\u00ab\u00bb])|(?<!\w.)|(?!\w))"
)
_LEADING_CONNECTOR = re.compile(
    r"^(?:[a-z]{4,}ly\s*,|(?:and|but|when|while|as|which|that|who|after|before|since|then|so|"
    r"also|meanwhile|however|where|although|though|because|amid|with|saying|adding)\b|[,:])"
    r"[\s,]*",
    re.IGNORECASE,
)
_SPEECH_INTRO = re.compile(r"^.{0,60}?\b(?:said|says|added|told [\w ]{1,30}?|saying):\s*")
_SPEAKER_LABEL = re.compile(
    r"^(?:[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,3}|Q|A):\s+(?=\S)"
)
_SPEECH_VERB_AT_END = re.compile(r"\b(?:said|says|added|told \w+)\W*$")
_ATTRIBUTION = re.compile(
    r",?\s+(?:(?:[A-Z][\w.\-\u2019']*|de|al)\s*){1,4}(?:said|says|added|told \w+)\s*[.!?]?$"
    r"|,?\s+(?:he|she|they|it|officials?|the \w+)\s+(?:said|says|added)\s*[.!?]?$"
    r"|,\s+(?:[a-z]+s)\s+(?:said|say)\s*[.!?]?$"  # ", mediators said"
)
_BEFORE_DATE = re.compile(
    # "on the night of June 21-22" goes whole with its date
    r"(?:\b(?:on|in|during) the (?:night|morning|evening|afternoon|eve) of\b|"
    # "End of April - ...", "until the end of March": the part of the period goes with it
    r"\b(?:(?:at|by|until|till|in|from|since|before|after|toward|towards) )?(?:the )?"
    r"(?:end|start|beginning|middle|close|turn) of\b|"
    # "at one minute past midnight", "at 10 minutes to midnight": the clock time goes whole
    r"\b(?:at )?(?:one|a|an|\d+|\w+) minutes? (?:past|after|to)\b|"
    r"\b(?:on|in|at|since|from|by|until|till|during|as of|of|for|before|after|around|about|"
    r"by|through|between|and|to|within|roughly|nearly|almost|some|approximately|over|past)\b)?"
    r"[\s,]*$",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r"(?:^|,)\s*as (?:[\w\u2019']+ ){0,3}[\w\u2019']+,\s*|,\s*(?:which|who)\b[^,]{0,80},\s*",
    re.IGNORECASE,
)
_SECOND_CLAUSE = re.compile(
    # ",?\s+" written to start with a character class, which the regex engine scans for fast
    r"[,\s](?:(?<=,)\s+|(?<!,)\s*)(?:and|but|while|whereas|so)\s+(?=(?:he|she|it|they|we|i|there)\b|"
    r"(?:the|a|an|his|her|their|its|this)\s+[\w\-]+\s+(?:will|would|was|were|is|are|has|have|"
    r"had|could|can|[a-z]+ed)\b)",
    re.IGNORECASE,
)
_SECOND_CLAUSE_NO_CASE = without_case(_SECOND_CLAUSE)
# _ASIDE without case, in two parts (see _aside_spans).
_LEADING_ASIDE = re.compile(r"^\s*as (?:[\w\u2019']+ ){0,3}[\w\u2019']+,\s*")
_COMMA_ASIDE = re.compile(
    r",(?:\s*as (?:[\w\u2019']+ ){0,3}[\w\u2019']+,\s*|\s*(?:which|who)\b[^,]{0,80},\s*)"
)
_BEFORE_DATE_NO_CASE = without_case(_BEFORE_DATE)
_PLURAL_SUBJECTS = frozenset(
    [
        "forces",
        "troops",
        "rebels",
        "militants",
        "soldiers",
        "fighters",
        "they",
        "we",
        "talks",
        "sides",
        "parties",
        "jets",
        "warplanes",
        "gunmen",
        "men",
        "people",
        "police",
        "children",
    ]
)
_AUXILIARY = frozenset(
    [
        "was",
        "were",
        "has",
        "have",
        "had",
        "been",
        "being",
        "is",
        "are",
        "be",
        "to",
        "would",
        "will",
        "could",
        "should",
        "did",
        "does",
        "do",
        "not",
        "also",
    ]
)


def make_title(
    text: str,
    sentence: Span,
    clause: Span,
    date_spans: Sequence[Span],
    category: str = "other",
) -> str:
    """A headline of at most ten whole words from the clause, with its dates left out.

    A clause that starts with its verb ("took effect on Feb. 27") or a pronoun
    borrows the sentence's subject; "X said" in front is dropped unless saying
    is the event.
    """
    lexicon = load_headline_lexicon()
    raw = _without_dates(text, clause, date_spans)
    if clause[0] > sentence[0]:
        rest = _strip_connectors(raw.lstrip(" ,;:"))
        first = rest.split(" ", 1)[0]
        pronoun = first.lower() in ("it", "they")
        if pronoun or _is_verb(first, lexicon):
            before = _without_dates(text, (sentence[0], clause[0]), date_spans)
            # "the ceasefire of May 1994, | which was agreed": the noun the clause describes
            described = before.rstrip(f" ,{_DATE_MARK}")
            antecedent = _RELATIVE_START.match(raw) and (
                _nearest_antecedent(described) or _NAME_BEFORE.search(described)
            )
            truce = _last_truce_noun(before) if first.lower() == "it" else None
            # "a ceasefire in Idlib | that will take effect": the ceasefire does;
            # "Netanyahu held up the truce ..., and | it finally began": the truce did.
            if truce:
                subject = truce
            elif antecedent:
                subject = antecedent.group(1)
            else:
                subject = _subject(before, lexicon)
            if subject:
                raw = f"{subject} {rest[len(first) :] if pronoun else rest}"
    title = _headline(raw, lexicon, keep_attribution=category == "statement")
    if (
        clause[0] > sentence[0]
        and _opens_with_preposition(raw, text[max(sentence[0], clause[0] - 12) : clause[0]])
        and not any(_is_verb(w, lexicon) for w in title.split())
    ):
        # "The two armies had recommitted to a 2003 ceasefire | along the Line of Control in
        # February 2021": a phrase without a verb tells where, the clause before it what
        title = _headline(
            _without_dates(text, (sentence[0], clause[1]), date_spans),
            lexicon,
            keep_attribution=category == "statement",
        )
    if len(title.split()) < 2 and clause != sentence:
        title = _headline(
            _without_dates(text, sentence, date_spans),
            lexicon,
            keep_attribution=category == "statement",
        )
    return title


def _opens_with_preposition(raw: str, before: str) -> bool:
    """Whether the clause is a phrase hanging off the clause before it: it opens with a
    preposition, or one stands just before it ("along | the Line of Control")."""
    words = raw.replace(_DATE_MARK, " ").split(maxsplit=1)
    previous = before.split()[-1:]
    return any(w in _PREPOSITIONS or w in _PLACE_WORDS for w in [*words[:1], *previous])


_PLACE_WORDS = frozenset(["along", "around", "inside", "outside", "near", "within"])


def _last_truce_noun(before: str) -> str | None:
    found = last_match(_TRUCE_NOUN.finditer(before))
    return found.group() if found else None


_TRUCE_NOUN = re.compile(rf"\b(?:{_TRUCE_WORDS})\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(
    r"((?:(?:[A-Z]|al-|el-)[\w\-.\u2019']*\s+){0,3}(?:[A-Z]|al-|el-)[\w\-.\u2019']*)[\s,]*$"
)
_RELATIVE_START = re.compile(r"\s*,?\s*(?:that|which|who)\b", re.IGNORECASE)
# A clause that opens with a past participle after a comma describes the noun before it.
_PARTICIPLE_START = re.compile(
    r"\s*,?\s*(?:[a-z]+ed|held|begun|made|signed|struck|taken|given|written|won|set)\s"
    r"(?:at|in|on|by|from|between|under|with|over)\b"
)
_DETERMINERS = r"a|an|the|its|their|this|two|three|four|five|several|some|\d+"
_ANTECEDENT = re.compile(
    rf"\b(?:{_DETERMINERS})\s+((?:[\w\-\u2019'.]+\s+){{0,5}}?[\w\-\u2019'.]+)[\s,]*$",
    re.IGNORECASE,
)


def _nearest_antecedent(before: str) -> re.Match[str] | None:
    """The noun phrase just before a relative clause, from its last determiner: "the worst
    toll since the ceasefire, | which ..." describes the ceasefire, not the toll."""
    tail = max(0, len(before) - 80)
    for found in reversed(list(_DETERMINER_WORD.finditer(before, tail))):
        phrase = _ANTECEDENT.match(before, found.start())
        if phrase:
            # "The government said | that it would ...": a verb makes it no noun phrase
            lexicon = load_headline_lexicon()
            return None if any(_is_verb(w, lexicon) for w in phrase.group(1).split()) else phrase
    return None


_DETERMINER_WORD = re.compile(rf"\b(?:{_DETERMINERS})\s", re.IGNORECASE)
_MEASURE_AFTER = re.compile(r"\s+of\s+")
_MODIFIED_NOUN = re.compile(
    r"\s+(?:war|wars|conflict|fighting|uprising|revolution|crisis|offensive|massacre|"
    r"genocide|election|elections|insurgency)\b"
)
_THAN_AFTER = re.compile(
    r"\s+than\s+(?:(?:initially|originally|first)\s+)?(?:planned|expected|scheduled|agreed|"
    r"announced|hoped|intended)\b"
)
_DURATION = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?|decades?)$", re.IGNORECASE)


def _without_dates(text: str, span: Span, date_spans: Sequence[Span]) -> str:
    start, end = span
    pieces: list[str] = []
    cursor = start
    for d_start, d_end in sorted(date_spans):
        if d_end <= cursor or d_start >= end:
            continue
        before = text[cursor:d_start]
        measure = text.startswith(" of ", d_end) and _MEASURE_AFTER.match(text, d_end)
        if measure and _DURATION.search(text, d_start, d_end):
            # "agreed to end | six weeks of | fighting": the date measures what follows,
            # which stays with its preposition ("announced after four days of attacks")
            pieces.append(before)
            cursor = measure.end()
            continue
        if d_start > cursor:
            kept = _date_preposition_start(before)
            modified = _MODIFIED_NOUN.match(text, d_end)
            if modified and modified.end() <= end and before[kept:].strip(" ,"):
                # "the 30,000 killed | in the 1990s war": the date names the war, and
                # "killed war" would be left, so the phrase goes whole
                d_end = modified.end()
            before = before[:kept]
        pieces.append(before)
        pieces.append(f" {_DATE_MARK} ")
        cursor = max(cursor, d_end)
        compared = _THAN_AFTER.match(text, cursor)
        if compared and compared.end() <= end:
            cursor = compared.end()  # "two days later | than planned": the comparison is the date's
        if text[cursor : cursor + 2] in ("'s", "\u2019s"):
            cursor += 2  # "hosted Monday's talks" -> "hosted talks"
    pieces.append(text[cursor:end])
    return "".join(pieces)


def _date_preposition_start(before: str) -> int:
    """Where the date's preposition and the blanks before the date start, at the end of
    ``before`` (only the end can hold it: "... arrived | on | Sunday")."""
    tail = max(0, len(before) - 24)
    lead = 1 if tail else 0  # the character before the tail decides a word boundary
    lowered = lower_cased(before[tail - lead :])
    if lowered is None:
        found = _BEFORE_DATE.search(before, tail)
        return found.start() if found else len(before)
    # Every phrase of _BEFORE_DATE ends with a whole word right before the blanks that end
    # ``before``: unless that word may end a longer phrase, the phrase is the word or nothing.
    gap = len(lowered)
    while gap > lead and (lowered[gap - 1].isspace() or lowered[gap - 1] == ","):
        gap -= 1
    word_start = gap
    while word_start > 0 and (lowered[word_start - 1].isalnum() or lowered[word_start - 1] == "_"):
        word_start -= 1
    word = lowered[word_start:gap]
    if word not in _LONGER_PHRASE_ENDS:
        at = word_start if word in _DATE_PREPOSITIONS and word_start >= lead else gap
        return tail - lead + at
    found = _BEFORE_DATE_NO_CASE.search(lowered, lead)
    return tail - lead + found.start() if found else len(before)


# The last words of _BEFORE_DATE's phrases of more than one word, and its single words.
_LONGER_PHRASE_ENDS = frozenset(["of", "past", "after", "to"])
_DATE_PREPOSITIONS = frozenset(
    [
        *("on", "in", "at", "since", "from", "by", "until", "till", "during", "of", "for"),
        *("before", "after", "around", "about", "through", "between", "and", "to", "within"),
        *("roughly", "nearly", "almost", "some", "approximately", "over", "past"),
    ]
)


def _subject(raw: str, lexicon: HeadlineLexicon) -> str:
    """The words of a sentence before its first verb: "The truce agreed ..." gives "The truce"."""
    cleaned = _clean(raw)
    words: list[str] = []
    for word in cleaned.split()[:6]:
        if _is_verb(word.strip(",;:"), lexicon):
            break
        words.append(word.strip(",;:"))
        if word.endswith(","):
            break
    if len(words) == 1 and words[0].lower() in _DEMONSTRATIVES:
        return ""  # "That is ...": a pronoun names nothing another clause could borrow
    return " ".join(words) if 0 < len(words) <= 5 else ""


def _is_verb(word: str, lexicon: HeadlineLexicon) -> bool:
    lower = word.lower()
    return word[:1].islower() and (
        lower in lexicon.present_tense
        or lower in _AUXILIARY
        or lower.endswith("ed")
        or lower in _present_forms()
    )


@cache
def _present_forms() -> frozenset[str]:
    """The headline verbs themselves ("takes", "agrees"): a clause may start with one."""
    return frozenset(str(v).lower() for v in load_headline_lexicon().present_tense.values())


def _strip_connectors(raw: str) -> str:
    if _DEMONSTRATIVE_SUBJECT.match(raw):
        return raw  # "That is a small number ...": the subject, not a connector
    while True:
        connector = _LEADING_CONNECTOR.match(raw)
        if connector is None or not connector.end():
            return raw
        raw = raw[connector.end() :]


# emoji, pictographs, dingbats and arrows, as social-media posts scatter them
_PICTOGRAPHS = re.compile(
    "[\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2900-\u297f\u2b00-\u2bff"
    "\U0001f000-\U0001faff\ufe0f\u200d]+"
)


# what leads a post in an export: a thread's count ('4/9'), a chat's clock and sender
_POST_LEAD = re.compile(
    r"^(?:\d{1,2}/\d{1,2}\s+(?=[A-Z\u2063])|\d{1,2}:\d\d(?::\d\d)?\s*[-\u2013]\s*[^:\n]{1,40}:\s+"
    # '50 min ago - "Elders: truce extended ..."': a recent post's age
    r"|\d{1,2}\s?(?:min|mins|minutes|h|hrs?|hours|d|days)\s+ago\s*[-\u2013\u2014:]\s*)"
)


def _clean(raw: str) -> str:
    words = raw.split()
    if len(words) > _CLEANED_WORDS:
        raw = " ".join(words[:_CLEANED_WORDS])  # a long clause's tail never reaches a title
    if "(" in raw or "[" in raw:
        raw = _BRACKETED.sub("", raw)
    if not raw.isascii():
        raw = _PICTOGRAPHS.sub("", raw)  # a post's emoji and arrows are no words
    raw = raw.strip().lstrip("#").strip()  # a Markdown heading's marks are no words
    unmarked = raw.lstrip(_DATE_MARK + " ,.")
    if unmarked[:1].isdigit() and _POST_LEAD.match(unmarked):
        raw = _sub_at_start(_POST_LEAD, "", unmarked)  # '4/9 ', '19:05 - Yohana K: '

    if raw[:1] == _DATE_MARK:
        # "On 2 August, the day before | it began, | the Council adopted ...": what the
        # date is counted from goes with it
        raw = _sub_at_start(_DATE_CLAUSE_LEAD, _DATE_MARK, raw)
    if raw[:2].isupper():
        raw = _sub_at_start(_DATELINE, "", raw)
    else:
        place = _PLACE_DATELINE.match(raw)
        if place and load_gazetteer().place(place.group(1).split("/")[0].split(",")[0]):
            raw = raw[place.end() :]  # "Beirut, Lebanon – ", "Moscow (AFP) - "
    if ":" in raw:
        raw = _sub_at_start(_SPEECH_INTRO, "", raw)
        # a script's or a transcript's speaker: 'PRESENTER: And the youth tournament ...',
        # 'MS. PSAKI: I said on the 11th ...'
        raw = _sub_at_start(_SPEAKER_LABEL, "", raw)
    if raw[:9].lower() == "according":
        raw = _sub_at_start(_ACCORDING_TO, "", raw)
    if _QUOTE_CHARACTER.search(raw):
        raw = _QUOTES.sub("", raw)
    raw = raw.strip()
    if _SPEECH_VERB_AT_END.search(raw, max(0, len(raw) - 12)):
        raw = _ATTRIBUTION.sub("", raw)
    raw = " ".join(raw.split()).strip(" ,;:.\u2013\u2014-")
    # An aside goes ("Aleppo, which was besieged, ..."), unless the date was in it:
    # then the aside is the event ("The truce, which began on April 2, ...").
    if _DATE_MARK in raw:
        dated_aside = "," in raw and _DATED_RELATIVE.match(raw)
        if dated_aside:
            raw = f"{dated_aside.group(1)} {dated_aside.group(2)}"
        else:
            raw = _dated_relative(raw)
    if "," in raw:
        raw = _without_asides(raw)
        # "Three earlier ceasefires, the first brokered by Moscow on October 10": an
        # apposition that ends the clause and holds its date is the event
        raw = _APPOSITION.sub(
            lambda m: m.group() if _DATE_MARK in m.group() and m.end() == len(raw) else " ", raw
        )
        raw = _sub_at_start(_LEADING_BACKGROUND, "", raw)
        # "Gen. Mark W. Clark, the U.N. commander in the Far East, put his signature":
        # the name is the subject, its description an aside
        raw = _sub_at_start(_NAME_APPOSITION, r"\1 ", raw)
        # "The agreement, signed by ...": a participle after the subject is passive
        lead = len(raw) - len(raw.lstrip(_LEADING_MARKS))  # "Nov. 2012 - M23, made up ..."
        participle = _APPOSITIVE_PARTICIPLE.match(raw, lead)
        if participle and participle.group(1).split()[0].lower() not in _PREPOSITIONS:
            closed = _CLOSED_PARTICIPLE.match(raw, participle.end())
            if closed and _DATE_MARK not in closed.group():
                # "M23, made up mostly of Tutsi fighters, briefly seizes Goma"; but in "The
                # accord, signed on Tuesday by ..., frees prisoners" the aside is the event
                raw = f"{participle.group(1)} {raw[closed.end() :]}"
            else:
                raw = f"{participle.group(1)} was {raw[participle.end() :]}"
    if _DATE_MARK in raw:
        raw = _dated_coordinate(raw)
    # "16 Dec | Talks resume": a chronology table's column bar goes with the date
    raw = " ".join(raw.replace(_DATE_MARK, " ").split()).strip(" ,;:.|\u2013\u2014-")
    return _strip_connectors(_without_leading_phrase(raw))


_DEMONSTRATIVE_SUBJECT = re.compile(r"That (?:is|was) ")
_LEADING_PREPOSITION = re.compile(r"(?:after|following|amid|despite)\s", re.IGNORECASE)
_DETERMINER = re.compile(r"\s(?:the|a|an)\s")
_LEADING_PHRASE_WORDS = 7


def _without_leading_phrase(raw: str) -> str:
    """A phrase opening the sentence without a comma goes when a subject and its verb follow:
    "After 21 days of talks the three presidents initial the agreement" -> "the three
    presidents initial the agreement"."""
    lead = _LEADING_PREPOSITION.match(raw)
    if lead is None or "," in raw[: lead.end() + 60]:
        return raw
    lexicon = load_headline_lexicon()
    for determiner in _DETERMINER.finditer(raw, lead.end() - 1):
        phrase = raw[lead.end() : determiner.start()].split()
        if len(phrase) > _LEADING_PHRASE_WORDS or any(_is_verb(w, lexicon) for w in phrase):
            return raw
        subject_and_verb = raw[determiner.end() :].split()[:5]
        verb = next((i for i, w in enumerate(subject_and_verb) if _is_verb(w, lexicon)), None)
        if phrase and verb is not None and verb >= 1:
            return raw[determiner.start() + 1 :]
    return raw


def _dated_coordinate(raw: str) -> str:
    """The coordinate clause that holds the date, when a whole clause with its own verb comes
    before it: "The two leaders held talks late into the night, and the declaration was
    signed [the following day]" is about the signing; so is what follows a colon."""
    mark = raw.index(_DATE_MARK)
    start = max(
        raw.rfind(", and ", 0, mark), raw.rfind(", but ", 0, mark), raw.rfind(": ", 0, mark)
    )
    if start < 0:
        return raw
    joint = _COMMA_CONJUNCTION.match(raw, start)
    if joint is None:
        return raw
    words = raw[:start].split()
    lexicon = load_headline_lexicon()
    if len(words) < 4 or not any(_is_verb(w, lexicon) for w in words[1:]):
        return raw
    return raw[joint.end() :]


_COMMA_CONJUNCTION = re.compile(
    r",\s+(?:and|but)\s+(?=(?:the|a|an|it|its|their|this)\b)|:\s+(?=[A-Z])"
)


def _without_asides(raw: str) -> str:
    """An aside goes ("Aleppo, which was besieged, ..."), unless the date was in it."""
    return _sub_ignoring_case(
        _ASIDE, _aside_spans, raw, lambda found, lower: found if _DATE_MARK in lower else " "
    )


def _aside_spans(lowered: str) -> Iterator[Span]:
    """Where ``_ASIDE_NO_CASE`` matches: its leading aside, then those after a comma, found
    by two regexes because one that may start at "^" is tried at every character."""
    cursor = 0
    leading = _LEADING_ASIDE.match(lowered)
    if leading is not None:
        cursor = leading.end()
        yield leading.span()
    for found in _COMMA_ASIDE.finditer(lowered, cursor):
        yield found.span()


def _sub_at_start(pattern: re.Pattern[str], template: str, raw: str) -> str:
    """``pattern.sub(template, raw)`` for a pattern anchored at the start ("^"): ``sub``
    tries it at every character though only the first can match."""
    found = pattern.match(raw)
    return raw if found is None else found.expand(template) + raw[found.end() :]


def _sub_ignoring_case(
    pattern: re.Pattern[str],
    folded: Callable[[str], Iterable[Span]],
    raw: str,
    replace: Callable[[str, str], str],
) -> str:
    """``pattern.sub`` on ``raw``, run as ``folded`` (where its ``without_case`` copy
    matches) on the lower-cased text where that finds the same. ``replace`` gets each
    match as written and lower-cased."""
    lowered = lower_cased(raw)
    if lowered is None:
        return pattern.sub(lambda m: replace(m.group(), m.group()), raw)
    pieces: list[str] = []
    cursor = 0
    for start, end in folded(lowered):
        pieces += (raw[cursor:start], replace(raw[start:end], lowered[start:end]))
        cursor = end
    if not pieces:
        return raw
    pieces.append(raw[cursor:])
    return "".join(pieces)


_PLACE_DATELINE = re.compile(
    r"^([A-Z][\w.\-]+(?:/[A-Z][\w.\-]+)*(?:,\s+[A-Z][\w.\-]+)?)\s*"
    r"(?:\([A-Za-z ]{2,20}\)\s*)?(?:[\u2013\u2014]|--?)\s+"
)
_APPOSITION = re.compile(
    r",\s+(?:known as|(?:officially|formally)\s|the (?:first|second|third|last|latest|only|"
    r"biggest|largest|worst|deadliest|main|[a-z]+-(?:largest|biggest))\b)[^,]{0,80}(?:,\s*|$)",
    re.IGNORECASE,
)
_LEADING_BACKGROUND = re.compile(
    r"^[\s\u2063\-\u2013\u2014:,]*(?:after|following|amid|despite|in the wake of)\s[^,]{1,60},\s*",
    re.IGNORECASE,
)
_LEADING_MARKS = " \u2063-\u2013\u2014:,"
_NAME_APPOSITION = re.compile(
    r"^((?:[A-Z][\w.\-\u2019']*\s+){0,4}[A-Z][\w.\-\u2019']*),\s+the\s+[^,\u2063]{1,60},\s+"
    r"(?=[a-z]+\s)"
)
_APPOSITIVE_PARTICIPLE = re.compile(  # matched at the clause's first word
    r"((?:[\w\-\u2019']+\s+){0,4}[\w\-\u2019']+),\s+(?=(?:[a-z]+(?:ed|en)|made|led|held)\s)"
)
# The participle's aside closed by a comma, with a lower-case verb (or adverb) after it.
_CLOSED_PARTICIPLE = re.compile(r"[^,]{3,100},\s+(?=[a-z]+\s)")
_DATE_MARK = "\u2063"  # where a date expression was taken out of a title
_DATE_CLAUSE_LEAD = re.compile(
    r"^[\s,\u2063]*\u2063[\s,]*(?:it|they|he|she|we)\s+[a-z]+(?:\s+[a-z]+)?,\s+(?=[\w\u2063])"
)
_ACCORDING_TO = re.compile(r"^according to [^,]{1,60},\s*", re.IGNORECASE)
_CLEANED_WORDS = 45
_QUOTE_CHARACTER = re.compile("[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb]")
_DATED_RELATIVE = re.compile(r"^([^,]{1,80}),\s*(?:which|who)\s+([^,]*\u2063[^,]*)(?:,|$)")


def _dated_relative(raw: str) -> str:
    """A relative clause without commas that holds the date is the event, its noun the
    subject: "The co-chairs of the Minsk Group, the French, Russian and American diplomats
    who have led peace efforts [since 1992]" -> "The co-chairs of the Minsk Group have led
    peace efforts" (an apposition after the first comma names the same people)."""
    if "who" not in raw and "which" not in raw:
        return raw  # no relative clause to look at
    relative = _UNMARKED_RELATIVE.search(raw)
    if relative is None or _DATE_MARK not in relative.group(1):
        return raw
    before = raw[: relative.start()]
    segments = before.split(", ")
    if len(segments) > 1 and not segments[1].startswith("the "):
        return raw  # "Some 1,000 guests, among them commanders who arrived ...": no apposition
    head = segments[0]
    lexicon = load_headline_lexicon()
    words = before.split()
    if len(head.split()) > 8 or any(
        _is_verb(w, lexicon) or (w.endswith("ing") and w.islower()) for w in words
    ):
        return raw  # "Iran accepted the resolution, | stunning diplomats who ...": a verb
    return f"{head} {relative.group(1)}"


# Written to start with a character class (the look-behind follows the first blank), which
# the regex engine scans for many times faster than it tries a look-behind everywhere.
_UNMARKED_RELATIVE = re.compile(r"\s(?<![,\s]\s)\s*(?:who|which)\s+([^,]+)")
_PAUSE = re.compile(r"[,;:]\s")
_NUMBER_WORD = re.compile(
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?",
    re.IGNORECASE,
)
_HEADLINE_SOURCE_WORDS = 30


def _rewrite(raw: str, lexicon: HeadlineLexicon) -> str:
    folded = lexicon.rewrite_pattern_no_case
    return _sub_ignoring_case(
        lexicon.rewrite_pattern,
        lambda lowered: map(re.Match.span, folded.finditer(lowered)),
        raw,
        lambda found, lower: lexicon.rewrites.get(phrase_key(lower), found),
    )


def _headline(raw: str, lexicon: HeadlineLexicon, keep_attribution: bool) -> str:
    raw = _clean(raw)
    words = raw.split(" ", _HEADLINE_SOURCE_WORDS)
    if len(words) > _HEADLINE_SOURCE_WORDS:
        raw = " ".join(words[:_HEADLINE_SOURCE_WORDS])  # the rest could never reach the title
    if not keep_attribution:
        reported = _leading_attribution(raw)
        if (
            reported
            and len(raw[reported.end() :].split()) >= 3
            # "truce began at 11:15 Gaza's civil defence said ...": a verb before "said"
            # makes it a clause of its own, not a speaker
            and not any(
                w.lower() in lexicon.present_tense
                for w in raw[: reported.end()].split()[:-1]
                if w.lower() not in _SPEECH_VERBS
            )
            # "Ethiopian Airlines said he ...": "he" needs its speaker
            and raw[reported.end() :].split(" ", 1)[0].lower() not in _SPEAKER_PRONOUNS
            # "Wickremesinghe added his signature": "added" with an object says nothing
            and not _ADDED_OBJECT.search(raw, 0, reported.end() + 6)
        ):
            raw = _possessed(raw[: reported.end()], raw[reported.end() :])
    lowered = lower_cased(raw)
    second = (
        _SECOND_CLAUSE.search(raw) if lowered is None else _SECOND_CLAUSE_NO_CASE.search(lowered)
    )
    if second and len(raw[: second.start()].split()) >= 4:
        raw = raw[: second.start()]
    raw = _rewrite(raw, lexicon)
    # Cut at the first comma when what comes before already makes a headline.
    pause = _PAUSE.search(raw)
    first = raw[: pause.start()] if pause else raw
    in_list = bool(_LIST_COMMA.match(raw, len(first)))
    first_words = first.split()
    if in_list or first_words[-1:] == ["that"]:
        # "... wrote that, as of now, there is no agreement": what was said comes after
        first = raw  # "after four days of missile, drone and artillery attacks" is one phrase
        first_words = first.split()
    if 3 <= len(first_words) <= TITLE_WORDS * 2 and any(
        _is_verb(w, lexicon) for w in first_words[1:]
    ):
        raw = first
    split = raw.split()
    words = [
        w
        if w[-1] not in _WORD_END_MARKS and w[0] not in _WORD_END_MARKS
        else (
            _in_list(w, split[i + 1] if i + 1 < len(split) else "")
            or (w.strip(",;:.") if not _is_dotted(w.strip(",;:")) else w.strip(",;:"))
        )
        for i, w in enumerate(split)
    ]
    words = [w for w in words if w]
    words = _present_tense(_without_titles(words), lexicon.present_tense)
    words = _without_dropped(words, lexicon)
    if len(words) > TITLE_WORDS:
        # Too long: end before the last linking word that still leaves a headline,
        # and never inside a name ("at the White | House").
        cuts = [
            i
            for i in range(5, TITLE_WORDS + 1)
            if words[i].lower() in _TITLE_CUTS
            and (
                words[i].lower() != "and"
                or _is_verb((words[i + 1 : i + 2] and words[i + 1]) or "", lexicon)
            )
        ]
        if not cuts and in_list:
            # "Truce announced | after four days of missile, drone and artillery attacks":
            # a short headline with its verb beats one cut inside a list
            cuts = [
                i
                for i in range(2, 5)
                if words[i].lower() in _TITLE_CUTS
                and words[i].lower() != "and"
                and any(_is_verb(w, lexicon) for w in words[1:i])
            ][:1]
        kept = words[: cuts[-1]] if cuts else words[:TITLE_WORDS]
        while kept and kept[-1][:1].isupper() and words[len(kept)][:1].isupper():
            kept.pop()
        if not cuts:
            kept = _without_cut_phrase(kept)
        truncated = True
        words = kept
    else:
        truncated = False
    while words:
        last = words[-1]
        if truncated and last.endswith(","):
            words[-1] = last = last.rstrip(",")
        if (
            last.lower() == "over"
            and not truncated
            and len(words) > 2
            and any(_TRUCE_NOUN.fullmatch(w) or w.lower() in _ENDING_NOUNS for w in words)
        ):
            break  # "Syrian army declares truce over"; but "Churches hold services over"
        if (
            last.lower() in lexicon.dangling_words
            or not any(map(str.isalnum, last))
            or _POSSESSIVE.search(last)
            or (last.endswith("ly") and last.islower())
        ):
            words.pop()
        elif (
            len(words) > 2
            and words[-2].lower() in lexicon.dangling_words
            and _NUMBER_WORD.fullmatch(last)
        ):
            del words[-2:]  # "... extend ceasefire for three": the count went with its noun
        else:
            break
    if not words:
        return ""
    title = " ".join(words)
    return title[0].upper() + title[1:]


_ENDING_NOUNS = frozenset(["war", "fighting", "siege", "talks", "offensive", "conflict", "crisis"])
_SPEECH_VERBS = frozenset(["said", "says", "added", "told", "that"])
_SPEAKER_PRONOUNS = frozenset(["he", "she", "they", "we"])
_ADDED_OBJECT = re.compile(r"\badded\s+(?:his|her|its|their|a|an)\s")
_SPEECH_VERB = re.compile(r"\s+(?:said|says|added|told)\b")


def _possessed(attribution: str, said: str) -> str:
    """What was said, its leading "its" or "their" replaced by the named speaker:
    "The United Nations says its aid appeal ..." -> "United Nations' aid appeal ..."."""
    pronoun, _, rest = said.partition(" ")
    if pronoun.lower() not in ("its", "their") or not rest:
        return said
    verb = _SPEECH_VERB.search(attribution)
    speaker = attribution[: verb.start()].split() if verb else []
    if speaker and speaker[0].lower() == "the":
        speaker = speaker[1:]
    if not speaker or len(speaker) > 4 or not all(w[:1].isupper() for w in speaker):
        return said
    if len(speaker) == 1 and load_gazetteer().lookup(speaker[0]) is None:
        return said  # "Officials said their ...": a common noun opening the sentence
    name = " ".join(speaker)
    return f"{name}{chr(39) if name.endswith('s') else chr(39) + 's'} {rest}"


_LEADING_ATTRIBUTION = re.compile(
    r"^(?:[\w.\-\u2019']+\s+){1,9}?(?:said|says|added|told [\w ]{1,30}?)\s+(?:that\s+)?"
    r"(?!(?:that\s+)?(?:he|she|it|they|we|i)\b)",
    re.IGNORECASE,
)
_ATTRIBUTION_VERBS = ("said", "says", "added", "told")


def _leading_attribution(raw: str) -> re.Match[str] | None:
    """``_LEADING_ATTRIBUTION.match(raw)``; most clauses have none of its verbs, which a
    substring search tells far faster than the regex trying up to nine words before one."""
    lowered = lower_cased(raw)
    if lowered is not None and not any(verb in lowered for verb in _ATTRIBUTION_VERBS):
        return None
    return _LEADING_ATTRIBUTION.match(raw)


_TITLE_CUTS = frozenset(
    [
        "as",
        "after",
        "when",
        "while",
        "amid",
        "but",
        "and",
        "despite",
        "following",
        "because",
        "since",
        "before",
        "until",
        "which",
        "who",
        "where",
    ]
)


_WORD_END_MARKS = frozenset(",;:.")


def _in_list(word: str, following: str) -> str:
    """ "Russia, Ukraine, Germany and France": a comma between names stays."""
    if word.endswith(",") and word[:1].isupper() and following[:1].isupper():
        return word
    return ""


def _without_cut_phrase(words: list[str]) -> list[str]:
    """A title cut at ten words ends before a phrase it cut short: "... talks | with
    smaller", "... killing", "... and sent"."""
    if len(words) < 6:
        return words
    last = words[-1]
    if last.lower() in _PREPOSITIONS or last.lower() in _TAIL_OPENERS:
        return words[:-1]
    opener = words[-2].lower() if len(words) > 6 else ""
    if opener in ("and", "or") or (
        opener in _PREPOSITIONS and last.islower() and last.endswith(_MODIFIER_ENDINGS)
    ):
        return words[:-2]  # "... and sent", "... talks with smaller"
    if last.endswith("ing") and last.islower():
        return words[:-1]
    return words


_MODIFIER_ENDINGS = ("er", "ern", "al", "ic", "ive", "ous", "ful", "ish", "ed")
_TAIL_OPENERS = frozenset(["to", "and", "or", "but", "near", "known", "as", "than", "inside"])


def _without_dropped(words: list[str], lexicon: HeadlineLexicon) -> list[str]:
    """Articles and auxiliaries go, as in a headline, except where the sense needs them:
    "has not been extended", "says it is clearing" (was -> is before an -ing verb)."""
    dropped = lexicon.dropped_words
    words = list(words)
    lowers = [w.lower() for w in words]
    last = len(words) - 1
    kept: list[str] = []
    for i, lower in enumerate(lowers):
        if (
            lower == "there"
            and i < last
            and lowers[i + 1] in dropped
            and lowers[i + 2 : i + 3] != ["not"]  # "There was not a single incident"
        ):
            continue  # "there had been repeated violations" -> "repeated violations"
        if lower not in dropped or (i == 0 and lower not in ("a", "an", "the")):
            kept.append(words[i])
            continue
        if i == 1 and lowers[0] == "here" and lower in _PROGRESSIVE:
            kept.append(words[i])  # "Here are the main steps": never "Here main steps"
            continue
        following = lowers[i + 1] if i < last else ""
        if (
            following in _NEGATIONS
            or (i > 0 and lowers[i - 1] in _NEGATIONS)
            or (kept and kept[-1].lower() in _MODALS)  # "may have been used"
        ):
            kept.append(words[i])
        elif lower in _HAVE and following in _HAVE_OBJECTS:
            kept.append(words[i])  # "Iran has no intention": the verb, not an auxiliary
        elif lower in _HAVE and following in lexicon.simple_past:
            words[i + 1] = lexicon.simple_past[following]  # "he had spoken" -> "he spoke"
        elif (
            i == 1
            and lowers[0] in _DEMONSTRATIVES
            and lower in _PROGRESSIVE
            and following != "to"
            and not following.endswith("ed")
        ):
            kept.append(_PROGRESSIVE[lower])  # "It was the worst toll": never "It worst toll"
        elif lower in _PROGRESSIVE and following.endswith("ing") and len(following) > 4:
            kept.append(_PROGRESSIVE[lower])
    return kept


_PROGRESSIVE = {"was": "is", "were": "are", "is": "is", "are": "are"}
_NEGATIONS = frozenset(["not", "never"])
_DEMONSTRATIVES = frozenset(["it", "that", "this"])
_MODALS = frozenset(["may", "might", "could", "would", "should", "must", "can", "have", "be"])


def _without_titles(words: list[str]) -> list[str]:
    """ "U.N. Secretary-General Ban Ki-moon" -> "Ban Ki-moon": a headline names the person."""
    gazetteer = load_gazetteer()
    kept: list[str] = []
    run: list[str] = []
    for word in words:
        capitalised = word[:1].isupper()
        if not run and not capitalised:
            kept.append(word)
            continue
        lower = word.lower()
        if capitalised and _is_title_word(word):
            run.append(word)
            continue
        if lower == "of" and run:
            run.append(word)
            continue
        if not run:
            kept.append(word)
            continue
        titled = any(w.lower() in gazetteer.titles and w.lower() != "of" for w in run)
        if (
            not (titled and capitalised)
            # "UN General | Assembly" is one body, not a title before a name
            or any(_is_actor(gazetteer.lookup(" ".join([*run[k:], word]))) for k in range(len(run)))
        ):
            kept.extend(run)
        elif kept and gazetteer.place(_POSSESSIVE.sub("", kept[-1])):
            kept.pop()  # "U.S. President Donald Trump", "Israel's Prime Minister ..." -> the name
        run = []
        kept.append(word)
    kept.extend(run)
    return kept


@lru_cache(maxsize=1 << 14)
def _is_title_word(word: str) -> bool:
    """A capitalised word that may stand before a person's name: a title, a demonym or a
    body ("Secretary-General", "Syrian", "UN")."""
    gazetteer = load_gazetteer()
    lower = word.lower()
    return (
        (lower in gazetteer.titles and lower != "of")
        or lower in gazetteer.demonyms
        or _is_actor(gazetteer.lookup(word))
    )


_NOUN_MARKERS = frozenset(["of", "the", "a", "an", "its", "their", "his", "her"])


def _present_tense(words: list[str], table: dict[str, str] | object) -> list[str]:
    """Turn the first past-tense main verb, right after its subject, into headline present:
    "Kerry arrived" -> "Kerry arrives", "famine had taken hold" -> "famine takes hold".
    A participle before a place ("The agreement signed in Algiers ended ...") stays, and
    the verb after it is the main one; a verb joined by "and" takes the same tense."""
    assert isinstance(table, dict)
    present = _present_forms()
    if words[:1] and words[0].lower() == "there":
        return words  # "There was no incident reported": the verb is "was", not "reported"
    participle: int | None = None  # where "signed in Algiers" starts, if the subject has one
    for i in range(1, min(len(words), 12)):
        word = words[i]
        if not word[:1].islower():
            continue  # verbs are lower-case; a name is never one
        lower = word.lower()
        if lower in present or lower.endswith(_VERB_ENDINGS):
            return words  # "Accord revives peace plan (signed in Minsk)": it has its verb
        if lower not in table and lower not in _HAVE:
            continue
        if lower in _HAVE:
            if i + 1 < len(words) and words[i + 1].lower() in _HAVE_OBJECTS:
                # "Iran had no intention": "have" is the verb, not an auxiliary
                return _with_verb(words, i, "has", words[:i], participle)
            continue
        before = words[i - 1].lower()
        if before in _NOUN_MARKERS:
            continue  # "The bodies of the fallen were exchanged": a noun, not the verb
        adverb = i >= 2 and before in _ADVERBS  # "Air links have already resumed"
        if adverb:
            before = words[i - 2].lower()
        perfect = before in _HAVE and i >= 2 + adverb
        if (before in _AUXILIARY and not perfect) or (
            i >= 2 + adverb and words[i - 2 - adverb].lower() in _PASSIVE_AUXILIARY
        ):
            return words  # "were killed", "to agree", "was repeatedly violated"
        following = words[i + 1].lower() if i + 1 < len(words) else ""
        if following == "by":
            return words  # "a truce brokered by Egypt": a participle, not the verb
        if following in _PLACE_PREPOSITIONS and participle is None and not perfect:
            if any(
                w.lower() in table and w[:1].islower()
                for w in words[i + 2 : _next_link(words, i + 2)]
            ):
                participle = i  # "The agreement signed in Algiers | ended the fighting"
                continue
            if lower in _PASSIVE_PARTICIPLES:
                return words  # "Fourth round of talks held at the Palais des Nations"
        cut = i - 1 - adverb if perfect else i - adverb
        if words[cut - 1].lower() in ("that", "which", "who"):
            return words  # "fighting that has killed thousands": the relative clause's verb
        return _with_verb(words, i, str(table[lower]), words[:cut], participle, words[cut:i])
    return words


def _with_verb(
    words: list[str],
    i: int,
    verb: str,
    subject: list[str],
    participle: int | None,
    between: list[str] | None = None,
) -> list[str]:
    """``words`` with the verb at ``i`` in the present, agreeing with its subject, and a
    verb joined to it by "and" in the same tense ("meet and agreed" -> "meet and agree")."""
    head = _head_noun(subject[:participle] if participle is not None else subject)
    if head is None:
        return words
    plural = _is_plural(subject, head)
    if verb == "has":
        verb = "have" if plural else verb
        plural = False
    kept_between = [w for w in between or [] if w.lower() in _ADVERBS]
    table = load_headline_lexicon().present_tense
    rest = list(words[i + 1 :])
    for k in range(1, len(rest)):
        if rest[k - 1].lower() == "and" and rest[k].lower() in table and rest[k][:1].islower():
            joined = table[rest[k].lower()]
            rest[k] = _plural_verb(joined) if plural else joined
            break
    return [*subject, *kept_between, _plural_verb(verb) if plural else verb, *rest]


def _next_link(words: list[str], start: int) -> int:
    """Where the stretch after ``start`` that may hold a main verb ends: at a linking word
    ("and", "to", "that", "after"), or eight words on."""
    for k in range(start, min(len(words), start + 8)):
        if words[k].lower() in _LINKS:
            return k
    return min(len(words), start + 8)


_LINKS = frozenset(
    [
        "and",
        "to",
        "but",
        "or",
        "that",
        "which",
        "who",
        "after",
        "before",
        "when",
        "as",
        "since",
        "while",
        "because",
        "until",
        "if",
        "despite",
    ]
)
_HAVE = frozenset(["had", "has", "have"])
_VERB_ENDINGS = ("ises", "izes")  # "The agreement formalises a ceasefire the Tigers declared"
_HAVE_OBJECTS = frozenset(["no", "little", "nothing", "enough", "few", "several", "many"])
_ADVERBS = frozenset(["already", "also", "now", "again", "finally", "just", "since", "largely"])
_PLACE_PREPOSITIONS = frozenset(["in", "at", "on", "from", "between", "near", "inside", "under"])
# Past participles that, before a place, describe the noun in front of them
# ("the agreement signed in Algiers", "talks held at the Palais des Nations").
_PASSIVE_PARTICIPLES = frozenset(
    ["signed", "held", "brokered", "hosted", "mediated", "negotiated", "reached", "made"]
)


_PREPOSITIONS = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "between",
        "by",
        "near",
        "across",
        "into",
        "over",
        "under",
        "among",
        "against",
    ]
)
_NOT_SUBJECTS = _AUXILIARY | _PREPOSITIONS | frozenset(["that", "which", "who", "and", "it's"])


def _head_noun(subject: list[str]) -> str | None:
    """The subject's main word: the last word before its first preposition, if it looks
    like a name or a noun ("Kerry", "parties in Yemen" -> "parties")."""
    head: str | None = None
    for word in subject:
        if word.lower() in _PREPOSITIONS:
            break
        if not (word.endswith("ly") and word.islower()):  # "voters narrowly rejected"
            head = word
    if head is None or head.lower() in _NOT_SUBJECTS:
        return None
    named = head[0].isupper() or head.startswith(("al-", "el-"))
    return head if named or (len(head) > 2 and head.isalpha()) else None


def _is_plural(subject: list[str], head: str) -> bool:
    before_preposition: list[str] = []
    for word in subject:
        if word.lower() in _PREPOSITIONS:
            break
        before_preposition.append(word.lower())
    if "and" in before_preposition:
        return True  # "Israel and Hamas agree"
    if before_preposition and before_preposition[0] in _COUNTS:
        return True  # "Two more (truces) collapse"
    lower = head.lower()
    if lower in _PLURAL_SUBJECTS:
        return True
    if not lower.endswith("s") or lower.endswith("ss"):
        return False
    if lower.endswith(("is", "us", "os")) and head[1:].islower():
        # "crisis", "consensus", "Tunis", "Santos": singular, unless a people ("Houthis")
        gazetteer = load_gazetteer()
        return lower[:-1] in gazetteer.demonyms or _is_actor(gazetteer.lookup(head[:-1]))
    if not head[0].isupper() or (subject.index(head) == 0 and head[1:].islower()):
        # a common noun ("parties"), or one capitalised as the sentence's first word
        known = load_gazetteer().lookup(head)
        if known is None or not head[0].isupper():
            return True
    # "Houthis", "Palestinians": the plural of a group or a people
    if lower.endswith(("ists", "ians")):
        return True  # "Maoists", "Islamists", "Ukrainians"
    gazetteer = load_gazetteer()
    singular = head[:-1]
    return singular.lower() in gazetteer.demonyms or _is_actor(gazetteer.lookup(singular))


_COUNTS = frozenset(["two", "three", "four", "five", "several", "many", "both", "some"])
_PASSIVE_AUXILIARY = frozenset(["was", "were", "is", "are", "be", "been", "being"])


def _plural_verb(verb: str) -> str:
    """ "intensifies" -> "intensify", "launches" -> "launch", "attacks" -> "attack"."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb
