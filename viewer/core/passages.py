"""Sentences and clauses of news text: the passage an analyst reads under each event.

Splitting is rule-based rather than model-based because it must run on
thousands of articles in a second or two and must not break on the
abbreviations wire copy is full of ("U.S.", "Feb. 27", "Gen.", "No. 2").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from viewer.core.lexicon import Abbreviations, load_abbreviations

Span = tuple[int, int]

_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n")
# A run of terminal punctuation, closing quotes or brackets, then whitespace.
# (Written to start with a character class, which the regex engine scans for fast.)
_TERMINAL = re.compile(
    r"[.!?\u2026](?:(?<=\u2026)|(?<!\u2026)[.!?]*)[\"'\u201d\u2019\u00bb)\]]*(?=\s)"
)
_WORD_BEFORE = re.compile(r"([\w.\-\u2019']+)$")
_NEXT_WORD = re.compile(
    r"\s*([\"'\u201c\u2018\u00ab(\[]?)(\S*?)(?=[\s,;:.!?\"'\u201d\u2019\u00bb)]|$)"
)

# Clause boundaries, strongest first. A boundary is the position where the
# clause that follows it starts.
_STRONG = re.compile(r";\s*|\s+[\u2013\u2014]\s+|\s+--\s+")
# One is in every strong boundary; a substring search for each costs far less than one regex
# search for any of them, which the regex engine cannot skip ahead for.
_STRONG_MARKS = (";", "\u2013", "\u2014", "--")
_SUBORDINATE = (
    r"and|but|while|when|whereas|after|before|as|which|who|where|although|though|"
    r"since|until|because|amid|following|prompting|leaving|killing|saying"
)
_COMMA_CONJUNCTION = re.compile(rf",\s+(?=(?:{_SUBORDINATE})\b)", re.IGNORECASE)
_BARE_SUBORDINATE = re.compile(
    r"\s+(?=(?:that|which|when|while|after|before|as|where|until|because|amid)\s)",
    re.IGNORECASE,
)
_COMMA = re.compile(r",\s+")
# "fighting resumed on Oct. 3 | and peace talks opened ...": "and" before a new subject
# and its verb.
_AND_CLAUSE = re.compile(
    r"\s+(?=(?:and|but)\s+(?:[\w\-\u2019']+\s+){1,3}(?:[a-z]+ed|took|began|held|came|went|"
    r"broke|fell|met|was|were|has|have|had|is|are|will|would)\b)"
)
# A date expression that follows a noun ("the truce from late February")
# belongs with that noun phrase; these find where the phrase starts.
_NOUN_PHRASE_START = re.compile(
    r"\b(?:a|an|the|this|that|its|their|his|her|our)\s+(?:[\w\-\u2019'.]+\s+){0,6}?"
    r"(?:from|of|in|since|on|at|until|by)\s*$",
    re.IGNORECASE,
)
_NOUN_MODIFIER_BEFORE = re.compile(r"\b(?:from|of|since)\s+(?=\S)", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:that|which)\b", re.IGNORECASE)
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|announced|reported|estimated|confirmed|stated|claimed|denied|warned|"
    r"told \w+|added|insisted|acknowledged)\b[^,;.]{0,60}$",
    re.IGNORECASE,
)
_VERB_AFTER_DATE = re.compile(
    r"\s+(?:[a-z]+ed|took|began|held|came|went|broke|fell|was|were|has|have|had|is|are|will|"
    r"would|remains|remained)\b"
)
_ATTACHED_PREPOSITION = re.compile(
    r"\s*\b(?:from|of|in|since|on|at|until|by|during|before|after|as of|for)\s*$", re.IGNORECASE
)


_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def _ends_sentence(text: str, stop: int, after: int, abbreviations: Abbreviations) -> bool:
    """Whether the punctuation ending at ``stop`` closes a sentence; ``after`` is past the gap."""
    match = _NEXT_WORD.match(text, after)
    opener = match.group(1) if match else ""
    following = match.group(2) if match else ""
    if not following and not opener:
        return True
    first = (following or " ")[0]
    if first.islower() and not opener:
        return False
    punctuation = text[stop - 1]
    if punctuation != ".":
        return True
    token_match = _WORD_BEFORE.search(text, max(0, stop - 40), stop - 1) if stop > 1 else None
    token = token_match.group(1) if token_match else ""
    if not token:
        return True
    word = token.lower().rstrip(".")
    if word in abbreviations.never_final:
        return False
    if len(word) == 1 and token[0].isupper():
        return False  # an initial: "John F. Kennedy"
    if word in abbreviations.before_number:
        return not first.isdigit()
    if word in _CLOCK and _POSSESSIVE_OPENER.match(text, after):
        # "... began at 11:15 a.m. Gaza's civil defence said": a time of day is no
        # name's title, so a possessive after it starts the next sentence
        return True
    if word in abbreviations.ambiguous or _INITIALS.fullmatch(word):
        return bool(opener) or following.lower() in abbreviations.sentence_openers
    return True


_CLOCK = frozenset(["a.m", "p.m"])
_POSSESSIVE_OPENER = re.compile(r"\s*[A-Z][a-z]+[\u2019']s\b")


def sentence_spans(text: str) -> list[Span]:
    """Sentence boundaries as ``(start, end)`` offsets, trimmed of surrounding white space.

    A blank line always ends a sentence (headlines, datelines, paragraphs).
    """
    abbreviations = load_abbreviations()
    spans: list[Span] = []
    paragraph_start = 0
    ends = [m.start() for m in _PARAGRAPH.finditer(text)]
    if "\n" in text:
        ends = sorted({*ends, *_heading_ends(text)})
    for paragraph_end in [*ends, len(text)]:
        start = paragraph_start
        for terminal in _TERMINAL.finditer(text, paragraph_start, paragraph_end):
            stop = terminal.end()
            punctuation_end = terminal.start() + len(
                terminal.group().rstrip("\"'\u201d\u2019\u00bb)]")
            )
            if _ends_sentence(text, punctuation_end, stop, abbreviations):
                _append_trimmed(text, start, stop, spans)
                start = stop
        _append_trimmed(text, start, paragraph_end, spans)
        paragraph_start = paragraph_end
    return spans


# A line break before a line that is not blank (group 1: that line's first character).
_BEFORE_TEXT_LINE = re.compile(r"\n(?=[ \t]*(\S))")
_FINAL_MARKS = frozenset(".!?\u2026:;,\"'\u201d\u2019)]")
_LIST_ITEM = re.compile(r"[-*\u2022\u2013\u2014]\s")


def _heading_ends(text: str) -> list[int]:
    """Ends of lines that are sentences of their own though they lack a full stop: a
    heading in capitals ("THE 1995 TIMELINE") or any line before a list item ("- Dec. 31
    - ..."). Wrapped prose is left alone: its lines have lower-case letters and run on."""
    ends = []
    # Found from the line breaks, not by a regex that backtracks over every line's words.
    for newline in _BEFORE_TEXT_LINE.finditer(text):
        line_start = text.rfind("\n", 0, newline.start()) + 1
        end = newline.start()
        while end > line_start and text[end - 1] in " \t":
            end -= 1
        if end == line_start or text[end - 1].isspace() or text[end - 1] in _FINAL_MARKS:
            continue  # blank, or it ends as a sentence does
        start = line_start
        while text[start] in " \t":
            start += 1
        words = text[start:end]
        following = newline.start(1)
        before_list = _LIST_ITEM.match(text, following) is not None
        capitals = not any(c.islower() for c in words) and any(c.isalpha() for c in words)
        # "16:40 GMT" over a live blog's entry is a time stamp that belongs to it
        stamp = words.lstrip()[:1].isdigit()
        if before_list or (capitals and not stamp and not text[following].islower()):
            ends.append(end)
    return ends


def _append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > LONGEST_SENTENCE:
        _append_long(text, start, end, spans)
    elif end > start:
        spans.append((start, end))


LONGEST_SENTENCE = 1200
_PIECE = 600


def _append_long(text: str, start: int, end: int, spans: list[Span]) -> None:
    """A "sentence" of thousands of characters is a table, a list or text without full
    stops; it is cut at line breaks, else at a comma or a space, so that no passage is
    unreadable and no work grows with the square of its length."""
    lines = [m.end() for m in _LINE_BREAK.finditer(text, start, end)]
    if lines:
        cursor = start
        for cut in [*lines, end]:
            _append_trimmed(text, cursor, cut, spans)
            cursor = cut
        return
    cursor = start
    while end - cursor > LONGEST_SENTENCE:
        window_end = cursor + _PIECE
        comma = text.rfind(", ", cursor + _PIECE // 2, window_end)
        space = text.rfind(" ", cursor + _PIECE // 2, window_end)
        cut = comma + 2 if comma >= 0 else (space + 1 if space >= 0 else window_end)
        _append_trimmed(text, cursor, cut, spans)
        cursor = cut
    _append_trimmed(text, cursor, end, spans)


_LINE_BREAK = re.compile(r"\n")


def sentence_at(spans: Sequence[Span], offset: int) -> Span:
    """The sentence holding ``offset``; spans must be sorted, as ``sentence_spans`` returns them."""
    low, high = 0, len(spans) - 1
    while low <= high:
        middle = (low + high) // 2
        start, end = spans[middle]
        if offset < start:
            high = middle - 1
        elif offset >= end:
            low = middle + 1
        else:
            return spans[middle]
    # Between sentences (white space): the next one, else the last.
    return spans[low] if low < len(spans) else (spans[-1] if spans else (offset, offset))


def _boundaries(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[int]:
    return [m.end() for m in pattern.finditer(text, start, end)]


def _strong_boundaries(text: str, start: int, end: int) -> list[int]:
    if not any(text.find(mark, start, end) >= 0 for mark in _STRONG_MARKS):
        return []  # most sentences have none: a substring search is far cheaper than the regex
    found = _boundaries(text, start, end, _STRONG)
    # Two dashes make a parenthesis ("the truce - brokered by Russia - held"), not a break.
    dashes = [b for b in found if text[b - 2 : b].strip() in ("\u2013", "\u2014", "--")]
    if len(dashes) >= 2:
        found = [b for b in found if b not in dashes]
    return found


def clause_span(text: str, sentence: Span, expr: Span, others: Sequence[Span]) -> Span:
    """The part of ``sentence`` that the date expression ``expr`` belongs to.

    Semicolons and lone dashes always separate clauses. When other date
    expressions (``others``) share the sentence, the clause is also cut at the
    strongest boundary between ``expr`` and each neighbour, so that each date
    keeps its own verb. Clauses of neighbouring dates may overlap when no
    boundary separates them: a date that follows a noun ("the truce from late
    February") takes that noun phrase with it.
    """
    s_start, s_end = sentence
    e_start, e_end = expr
    left, right = s_start, s_end
    for boundary in _strong_boundaries(text, s_start, s_end):
        if boundary <= e_start:
            left = max(left, boundary)
        elif boundary > e_end:
            right = min(right, boundary)
    before: Span | None = None
    after: Span | None = None
    if len(others) > 1 or (others and others[0] != expr):  # most dates have the sentence alone
        inside = [
            o
            for o in others
            if o != expr and o[0] >= left and o[1] <= right and (o[1] <= e_start or o[0] >= e_end)
        ]
        before = max((o for o in inside if o[1] <= e_start), default=None, key=lambda o: o[1])
        after = min((o for o in inside if o[0] >= e_end), default=None, key=lambda o: o[0])
    if before is not None:
        left = _left_cut(text, before[1], e_start)
    if after is not None:
        right = _right_cut(text, e_end, after[0])
    if _NOUN_MODIFIER_BEFORE.search(text, max(left, e_start - 12), e_start + 6) and (
        _RELATIVE_AFTER.match(text, e_end, right)
    ):
        right = e_end  # "the truce from late February | that has all but fallen apart"
    relative = (
        last_match(_ASIDE_RELATIVE.finditer(text, left, e_start))
        if text.find(",", left, e_start) >= 0
        else None
    )
    if relative is not None and "," not in text[relative.end() : e_start]:
        # "... killed in the conflict, | which began in April last year": the date is the aside's
        left = relative.start() + 1
        closing = text.find(",", e_end, right)
        right = closing if closing >= 0 else right
    return _trim(text, left, right)


_ASIDE_RELATIVE = re.compile(r",\s+(?:which|who)\s")


def last_match(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of ``matches`` (a regex searches forwards only), or None."""
    found = None
    for found in matches:  # noqa: B007
        pass
    return found


def _cut(text: str, start: int, end: int, nearest_start: bool) -> int | None:
    """The strongest clause boundary in ``text[start:end]``; of several equally strong ones,
    the one nearest the date being bounded."""
    for pattern in (_COMMA_CONJUNCTION, _AND_CLAUSE, _BARE_SUBORDINATE, _COMMA):
        found = _boundaries(text, start, end, pattern)
        if found:
            return found[0] if nearest_start else found[-1]
    return None


def _left_cut(text: str, gap_start: int, e_start: int) -> int:
    cut = _cut(text, gap_start, e_start, nearest_start=False)
    if cut is not None:
        return cut
    phrase = _NOUN_PHRASE_START.search(text, gap_start, e_start)
    return phrase.start() if phrase else gap_start


def _right_cut(text: str, e_end: int, gap_end: int) -> int:
    cut = _cut(text, e_end, gap_end, nearest_start=True)
    if cut is not None and not (
        # "estimated on Dec. 1 that 4,000 had been killed": what was said is the event
        text.startswith("that", cut) and _REPORTED_BEFORE.search(text, max(0, e_end - 80), e_end)
    ):
        return cut
    if _VERB_AFTER_DATE.match(text, e_end, gap_end):
        return e_end  # "The truce agreed on Feb. 22 | took effect on Feb. 27"
    preposition = _ATTACHED_PREPOSITION.search(text, e_end, gap_end)
    return preposition.start() if preposition else gap_end


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and (text[start].isspace() or text[start] in ",;\u2013\u2014-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;\u2013\u2014-"):
        end -= 1
    return start, end


MAX_PARAGRAPH_CHARS = 1500  # past this a "paragraph" is a whole unbroken article


def paragraph_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The blank-line-delimited paragraph around ``start:end``."""
    p_start = text.rfind("\n\n", 0, start)
    p_start = 0 if p_start < 0 else p_start + 2
    p_end = text.find("\n\n", end)
    p_end = len(text) if p_end < 0 else p_end
    while p_start < start and text[p_start].isspace():
        p_start += 1
    while p_end > end and text[p_end - 1].isspace():
        p_end -= 1
    return p_start, p_end


def context_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The sentence and the paragraph that hold an expression.

    When the 'paragraph' is an unbroken wall of text, the sentence and its two
    neighbours stand in for it.
    """
    spans = sentence_spans(text)
    sentence = sentence_at(spans, start) if spans else (start, end)
    sentence = (min(sentence[0], start), max(sentence[1], end))
    paragraph = paragraph_span(text, sentence[0], sentence[1])
    if paragraph[1] - paragraph[0] > MAX_PARAGRAPH_CHARS and spans:
        k = spans.index(sentence) if sentence in spans else -1
        if k >= 0:
            first = spans[max(k - 1, 0)][0]
            last = spans[min(k + 1, len(spans) - 1)][1]
            paragraph = (max(first, paragraph[0]), min(last, paragraph[1]))
        else:
            paragraph = sentence
    paragraph = (min(paragraph[0], sentence[0]), max(paragraph[1], sentence[1]))
    return sentence, paragraph
