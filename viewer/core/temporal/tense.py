"""Tense: which way a sentence looks from the reference date, and the calendar choices it drives.

A bare 'Monday' or 'December' is placed by the verb nearest to it: the last such
day or month in a past-tense sentence, the next one in a future-tense sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from viewer.core.lexicon import load_abbreviations
from viewer.core.temporal.lexicon import LEXICON

Tense = Literal["past", "future"] | None


# Hyphenated compounds stay one word: 'Saudi-led' and 'Russian-brokered' are adjectives.
# a plural's possessive keeps its apostrophe: 'the students' last day'
_WORD = re.compile(
    r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?(?:-[A-Za-z]+)*(?:(?<=s)['\u2019](?![A-Za-z]))?"
)
# 'recognise them on Jan. 15 if they met conditions': a condition's verb is its own
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|whereas|although|if|unless|because)\b")
_PUNCTUATION_BREAK = re.compile(r"[,;:]")
_DATE_WORD = re.compile(
    r"\s+(?:on\s+|in\s+)?(?:"
    + "|".join(
        sorted(
            [w for w in [*LEXICON.weekdays, *LEXICON.months] if w not in ("may", "march", "mar")],
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)
_FUTURE_WORDS = frozenset(c for c in LEXICON.future_cues if " " not in c and not c.startswith("'"))
_FUTURE_PHRASES = frozenset(tuple(c.split()) for c in LEXICON.future_cues if " " in c)
_PAST_WORDS = frozenset(c for c in LEXICON.past_cues if " " not in c)
_NOT_PAST_ED = frozenset(
    [
        "need",
        "indeed",
        "speed",
        "hundred",
        "united",
        "red",
        "bed",
        "seed",
        "proceed",
        "exceed",
        "succeed",
        # adjectives of conflict news: 'armed groups', 'alleged violations'
        "armed",
        "alleged",
        "embattled",
        "beleaguered",
    ]
)


# 'failed to meet on Saturday': what was tried, or not done, lies behind
_TRIED_OR_FAILED = frozenset(["failed", "refused", "declined", "tried", "attempted", "managed"])
# 'residents were allowed to return Tuesday': the permission was used, as a failure was not
_PERMITTED = frozenset(["allowed", "permitted", "forced", "able", "unable"])
_DETERMINERS = frozenset(
    ["of", "the", "a", "an", "its", "their", "his", "her", "these", "those", "some", "many"]
)
_OWNERS = _DETERMINERS | frozenset(["my", "our", "your", "this", "that", "whose"])
_POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")
# 'accepting most returns', 'their meets': words after which a cue ending in -s is a noun
_BEFORE_A_NOUN = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "these", "those"]
) | frozenset(["most", "all", "more", "fewer", "tax"])
# 'agreed to a 48-hour truce': 'to' before a noun phrase is no infinitive
_NOT_AN_INFINITIVE = _DETERMINERS | frozenset(["this", "that", "it", "them", "terms"])
# Verbs that commit to something later: the infinitive after them looks ahead.
_PROMISED = frozenset(
    [
        "agreed",
        "decided",
        "promised",
        "pledged",
        "vowed",
        "threatened",
        "undertook",
        "voted",
        "intended",
        "hoped",
        "aimed",
        "proposed",
        "offered",
        "urge",
        "urges",
        "promise",
        "promises",
        "pledge",
        "pledges",
        "vow",
        "vows",
    ]
)
# 'made it difficult for Sun to meet demand into the summer': an infinitive after an
# adjective of ability says nothing of when; the verb before it does.
_ABILITY = frozenset(["difficult", "hard", "harder", "impossible", "unable", "able", "easy"])
# Before 'be' + participle these look ahead ('will be held', 'is to be signed');
# 'could be located' or 'cannot be reached' tell nothing of when.
# An expectation the past held, and let down: 'was meant to', 'were supposed to'.
_UNMET = re.compile(r"\b(?:was|were)\s+(?:meant|supposed)\s+to$")
_MODALS_AHEAD = frozenset(["will", "to", "shall", "must", "should", "would", "may", "might"])


_PHRASE_HEADS = frozenset(phrase[0] for phrase in _FUTURE_PHRASES)
_IS = frozenset(["is", "are", "remains", "remain", "be"])


def _future_cue(words: list[str], index: int) -> bool:
    word = words[index]
    if word in _FUTURE_WORDS or word.endswith(("'ll", "\u2019ll")):
        return True
    if word in _IS_NOW and words[index + 1 : index + 2] and words[index + 1] in _ON_THE_WAY:
        return True  # 'I am coming back on Wednesday', 'the envoy is flying in on Monday'
    if word not in _PHRASE_HEADS:
        return False
    if word == "in" and (index == 0 or words[index - 1] not in _IS):
        # 'is in effect from 6 p.m. Thursday' looks ahead; 'was in force from Monday' or
        # 'agreed for the sowing and in force from 8 March, fell apart' do not
        return False
    if index + 1 < len(words) and (word, words[index + 1]) in _FUTURE_PHRASES:
        # 'trimmed their forecast to $60 on Thursday': a noun's 'to' before a figure (which
        # the words leave out), with no verb after it
        return not (
            words[index + 1] == "to"
            and index + 2 < len(words)
            and words[index + 2] in _NOT_A_VERB
            and words[index + 2] not in LEXICON.months  # 'plan to march Monday'
        )
    return index + 2 < len(words) and (word, words[index + 1], words[index + 2]) in _FUTURE_PHRASES


# the present of a move or a meeting arranged: what it is dated by lies ahead
_IS_NOW = frozenset(["am", "is", "are"])
_ON_THE_WAY = frozenset(
    [
        *("coming", "going", "leaving", "flying", "travelling", "traveling", "returning"),
        *("heading", "arriving", "meeting", "visiting", "moving"),
        # 'which is preparing the funeral ... on Sunday', 'is hosting talks on Monday' (not
        # 'is holding', said of a truce that still stands)
        *("preparing", "hosting", "staging"),
    ]
)
_STATE_VERBS = frozenset(
    ["stay", "stays", "remain", "remains", "is", "are", "being", "get", "gets"]
)
# A plural subject's present tense schedules: 'Talks resume in Doha on Monday'; after a
# negation or a causative the bare verb is no present tense.
_BARE_EVENT_VERBS = frozenset(
    ["resume", "begin", "convene", "arrive", "expire", "meet", "reopen", "open"]
)
_OPEN_WHEN = frozenset(["on", "this", "next", "tomorrow", "today", "tonight"]) | frozenset(
    LEXICON.weekdays
)
# 'the border was open on Friday', 'kept the crossing open': 'open' is a state there
_OPEN_AS_A_STATE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "remain",
        "remains",
        "remained",
        "stay",
        "stays",
        "stayed",
        "kept",
        "keep",
        "keeps",
        "left",
        "wide",
        "fire",
        "not",
    ]
)
_DENIED = frozenset(
    ["not", "never", "didn't", "didn\u2019t", "did", "let", "lets", "made", "make", "saw", "see"]
)
_PRESENT_DENIAL = frozenset(["does", "do", "doesn't", "don't", "doesn\u2019t", "don\u2019t"])
_NOT_A_PLAN = re.compile(r"as$|the$|a$|an$|long$|well$|\w+ly$")


# 'The guns may fall silent Friday': a modal before a bare verb looks ahead; before 'have'
# it looks back ('may have fled'), and after a preposition 'may' is the month.
_MODALS_BEFORE_A_VERB = frozenset(["may", "might", "should", "must", "could", "can"])
_PERFECT = frozenset(["have", "has", "had", "been", "not"])
_NOT_A_VERB = frozenset(
    ["at", "in", "on", "to", "and", "or", "the", "a", "an", "of", "for", "from", "this", "last"]
) | frozenset(LEXICON.months)
_MONTH_LEAD = frozenset(
    ["in", "of", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "from"]
)


def _planned_in_the_past_perfect(words: list[str], index: int) -> bool:
    """'had been due to', 'had hoped to': a plan told in the past perfect."""
    if words[index] == "to" and index > 0:
        index -= 1  # the 'to' of 'had hoped to' belongs to the plan before it
    return "had" in words[max(0, index - 4) : index] and _future_cue(words, index)


def _modal_ahead(words: list[str], index: int) -> bool:
    if words[index] not in _MODALS_BEFORE_A_VERB or index + 1 >= len(words):
        return False
    before = words[index - 1] if index > 0 else ""
    if words[index] == "may" and (before in _MONTH_LEAD or before in LEXICON.weekdays):
        return False  # 'in May', 'on Friday, 25 May at noon'
    following = words[index + 1]
    if words[index] == "could" and following == "be":
        return False  # 'could be located Wednesday', 'could be heard through the night'
    if following == "have" and index + 2 < len(words) and not _perfect_participle(words[index + 2]):
        return True  # 'should have service back by Thursday': to have, not a perfect
    return following not in _PERFECT and following not in _NOT_A_VERB


def _perfect_participle(word: str) -> bool:
    """Whether ``word`` may follow 'should have' as a perfect does ('should have
    arrived', 'may have been', 'could have taken')."""
    return (
        word in _PAST_WORDS
        or word in _PERFECT
        # regular participles and the endings of most irregular ones ('taken', 'shown',
        # 'gone', 'fought', 'built', 'left', 'paid', 'held', 'sent', 'lost', 'made', 'got',
        # 'struck', 'found', 'met', 'put', 'hit', 'run', 'won')
        or word.endswith(_PARTICIPLE_ENDINGS)
    )


_PARTICIPLE_ENDINGS = (
    "ed",
    "en",
    "wn",
    "ne",
    "ht",
    "lt",
    "ft",
    "id",
    "ld",
    "nt",
    "st",
    "de",
    "ot",
    "ck",
    "nd",
    "et",
    "ut",
    "it",
    "un",
    "on",
    "me",
)


_PLANNED = frozenset(["planned", "scheduled", "slated"])
_BEEN_PLANNED = [["been", word] for word in sorted(_PLANNED)]
_UNMET_PLAN = (["was", "supposed"], ["were", "supposed"], ["was", "meant"], ["were", "meant"])


def _cue(words: list[str], index: int) -> Tense:
    """The tense a word (with the ones after it) signals, if it signals one."""
    word = words[index]
    if (word == "had" and words[index + 1 : index + 3] in _BEEN_PLANNED) or (
        word in _PLANNED and words[max(0, index - 2) : index] == ["had", "been"]
    ):
        # 'talks had been planned for February': a plan, kept or not, and so no more past
        # than ahead ('was planned for Tuesday' still lies ahead)
        return None
    if (
        word == "to"
        and words[index - 1 : index] in (["invited"], ["asked"])
        and words[max(0, index - 3) : index - 1] in (["have", "been"], ["has", "been"])
    ):
        # 'Both leaders have been invited to the White House in the spring': an invitation
        # standing now is to something still to come
        return "future"
    if (
        word == "to"
        and not _PROMISED.isdisjoint(words[max(0, index - 3) : index])
        and index + 1 < len(words)
        and words[index + 1] not in _NOT_AN_INFINITIVE
    ):
        # 'agreed last month to recognise them on Jan. 15': what was promised lies ahead of
        # the promise, unless the past perfect looks back from the past
        return "past" if "had" in words[max(0, index - 6) : index] else "future"
    if word in _MODALS_BEFORE_A_VERB and _modal_ahead(words, index):
        return "future"
    if (
        word == "plans"
        and 0 < index < len(words) - 1
        and words[index - 1] not in _OWNERS
        and words[index - 1] not in _NOT_A_SUBJECT
        and not words[index - 1].endswith(_POSSESSIVE)
        and words[index + 1] not in _NOT_PLANNED
        and _cue(words, index - 1) is None
    ):
        # 'The department plans free clinics Saturday': a plan still to come ('their
        # plans', 'the army's plans for Saturday', 'withdrew plans in July' are nouns)
        return "future"
    if word == "open" and (
        index == 0
        or words[index - 1] in _OPEN_AS_A_STATE
        # 'The Games open on Friday'; not 'struck open ground', 'stores open at least a year'
        or (index + 1 < len(words) and words[index + 1] not in _OPEN_WHEN)
    ):
        return None
    if _future_cue(words, index):
        # The past perfect looks back from the past: 'had been due to expire Friday'.
        if _planned_in_the_past_perfect(words, index):
            return "past"
        if words[max(0, index - 2) : index] == ["did", "not"] or words[index - 1 : index] in (
            ["did"],
            ["didn't"],
        ):
            return "past"  # 'the IRS did not begin accepting returns until Jan. 30'
        if word.endswith("s") and words[index - 1 : index] and words[index - 1] in _BEFORE_A_NOUN:
            return None  # 'accepting most returns', 'their meets': a noun, not a verb
        if word == "to" and words[max(0, index - 2) : index] in _UNMET_PLAN:
            return None  # 'the line was supposed to open in May': no plan still to come
        tried = words[max(0, index - 2) : index]
        if ("to" in tried and tried[0] in _TRIED_OR_FAILED) or (
            word == "to" and tried[-1:] and tried[-1] in _TRIED_OR_FAILED
        ):
            return "past"  # 'Parliament, which failed to meet on Saturday'
        if (
            word == "to"
            and words[index - 1 : index] != []
            and words[index - 1] in _PERMITTED
            and words[max(0, index - 2) : index - 1] in (["was"], ["were"])
        ):
            return "past"
        if word == "to" and not _ABILITY.isdisjoint(words[max(0, index - 5) : index]):
            return None
        if word in _BARE_EVENT_VERBS and words[index - 1 : index] == ["to"]:
            return None  # an infinitive: the 'to' before it tells
        if word == "planned" and words[index - 1 : index] and _NOT_A_PLAN.match(words[index - 1]):
            return None  # 'as planned', 'the hastily planned trip'
        if word in _BARE_EVENT_VERBS and not _DENIED.isdisjoint(words[max(0, index - 4) : index]):
            # 'did not resume on Monday', 'let the offensive begin': the verb before tells,
            # and a present one still schedules ('does not begin until Friday')
            present = not _PRESENT_DENIAL.isdisjoint(words[max(0, index - 2) : index])
            return "future" if present else None
        return "future"
    if (
        word == "last"
        and index > 0
        and (words[index - 1] in _OWNERS or words[index - 1].endswith(_POSSESSIVE))
    ):
        # 'his last broadcast', 'the last train', 'her students' last day': an adjective
        return None
    if word == "last" and words[index + 1 : index + 2] in (["through"], ["until"], ["till"]):
        return None  # 'would ... last through Sunday night': the verb, its tense before it
    past = (
        word in _PAST_WORDS
        or (word in _IRREGULAR_PARTICIPLES and _HAVE.isdisjoint(words[max(0, index - 2) : index]))
        or (
            len(word) > 4
            and word.endswith("ed")
            and word not in _NOT_PAST_ED
            and not word.endswith("eed")
            and "-" not in word  # 'Saudi-led', 'U.N.-brokered'
            and not word.startswith("un")  # 'an unspecified date', 'unnamed officials'
        )
    )
    if past and index > 0 and words[index - 1] == "be":
        if words[max(0, index - 5) : index - 2] and _UNMET.search(
            " ".join(words[max(0, index - 5) : index - 1])
        ):
            return "past"  # 'work was meant to be finished by Easter': it was not
        if word in _IRREGULAR_PARTICIPLES and words[index - 2 : index - 1] == ["to"]:
            return None  # 'the steps to be taken': what they are for, not when
        if index > 1 and words[index - 2] in _MODALS_AHEAD:
            return "future"  # 'will be held', 'is to be signed'
        return None
    if (
        past
        and word not in _PAST_WORDS
        and index > 1
        and words[index - 2] in _MODALS_AHEAD
        and words[index - 2] != "may"  # as often the month: 'on 5 May; Baku added ...'
        # after 'to' a plural is a noun, not a bare verb: 'from banks to commissioners passed'
        and not (
            words[index - 2] == "to"
            and words[index - 1].endswith("s")
            and not words[index - 1].endswith("ss")
        )
        and words[index - 1] not in _PERFECT
        and words[index - 1] not in _DETERMINERS  # 'led to the armed takeover'
    ):
        return "future"  # 'will hold closed consultations': an adjective after the verb
    if past and index > 0 and words[index - 1] in _DETERMINERS and word not in _PAST_WORDS:
        return None  # 'lists of detained persons', 'the wounded': an adjective
    if (
        past
        and words[index + 1 : index + 2] == ["by"]
        and index > 1
        and words[index - 1] not in _AUXILIARIES
        and not _MODALS_AHEAD.isdisjoint(words[max(0, index - 8) : index - 1])
    ):
        # 'will meet in debates sponsored by the League in September': a participle after
        # its noun, inside a clause whose own verb lies ahead
        return None
    if past and index > 0 and words[index - 1] in _STATE_VERBS and word not in _PAST_WORDS:
        return None  # 'would stay closed', 'are closed': a state, its own verb tells the time
    if past and index > 0 and words[index - 1] in _PRESENT_BE:
        return None  # 'when the case is heard in May', 'the vote is held': a present passive
    return "past" if past else None


_PRESENT_BE = frozenset(["is", "are", "am"])
_HAVE = frozenset(["have", "has", "hasn't", "haven't", "hasn\u2019t", "haven\u2019t"])
# Past participles that do not end in -ed ('a wall begun in February', 'posts taken in
# January'): read as the -ed ones are, so that 'will be taken', 'the fallen' and 'a broken
# truce' tell no past; after 'have' ('have already begun trimming schedules for the second
# quarter', 'would have begun shutting down Monday') they tell nothing of when
_IRREGULAR_PARTICIPLES = frozenset(
    ["begun", "taken", "shown", "driven", "broken", "chosen", "spoken", "stolen",
     "risen", "fallen", "grown", "thrown", "drawn", "sworn", "withdrawn", "undertaken",
     "overthrown", "beaten", "overtaken", "forgotten"]
)  # fmt: skip
# words before 'plans' that make it a noun, and after it that show no plan of a verb
_NOT_A_SUBJECT = frozenset(
    ["of", "for", "with", "on", "about", "and", "or", "new", "future", "has", "have", "no", "any"]
)
_NOT_PLANNED = frozenset(["for", "of", "to", "and", "or", "are", "were", "had", "have", "was"])
_AUXILIARIES = frozenset(["was", "were", "been", "be", "being", "is", "are", "had", "has", "have"])
_RELATIVE_OPENERS = frozenset(["which", "who"])
_RELATIVE_REACH = 3  # words between 'which' and its verb: 'which by tradition runs'
_NOT_PRESENT_S = frozenset(["is", "was", "has", "does", "this", "its", "his", "as", "us", "thus"])


def _present_in_relative_clause(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is the present-tense verb of a relative clause: 'which
    runs', 'who by then heads'."""
    word = words[index]
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "'s", "us")):
        return False
    if word in _NOT_PRESENT_S:
        return False
    opener = words[max(0, index - 1 - _RELATIVE_REACH) : index]
    return bool(opener) and (
        opener[-1] in _RELATIVE_OPENERS
        or (
            not _RELATIVE_OPENERS.isdisjoint(opener)
            and opener[-1] not in _DETERMINERS
            and not any(w.endswith("ed") for w in opener)
        )
    )


# a correspondent's dateline, the place in capitals before a dash: 'HARTH, Dastmar -- ',
# 'WASHINGTON (AP) — '
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+)*(?:,\s*[A-Z][\w.'\u2019-]*"
    r"(?:\s+[A-Z][\w.'\u2019-]*)*)?(?:\s*\([A-Za-z.\s-]+\))?\s*(?:--|\u2014|\u2013)\s*"
)


def _sentence(text: str, start: int, end: int, cased: str = "") -> tuple[int, int]:
    """A cheap sentence window: back to the last full stop or line break, forward to the next.
    A line break inside a hard-wrapped sentence ('two\nhundred soldiers marched') is none;
    ``cased`` is the text before lower-casing, which tells a wrap from a new line."""
    cased = cased or text
    floor = max(0, start - 150)
    stop = text.rfind(". ", floor, start)
    while stop >= 0 and _no_sentence_end(cased, stop):
        stop = text.rfind(". ", floor, stop)
    # a quotation that closes a sentence ('surround them." Contra radio ...') ends it too
    quoted = max(text.rfind('." ', floor, start), text.rfind(".\u201d ", floor, start))
    if quoted >= 0 and not cased[quoted + 3 : quoted + 4].islower():
        stop = max(stop, quoted + 1)
    # a footnote's mark after the full stop ('armed groups.(2) On 9 February') ends it too
    if text.find(".(", floor, start) >= 0 or text.find(".[", floor, start) >= 0:
        for noted in _NOTED_STOP.finditer(text, floor, start):
            stop = max(stop, noted.start() + 1)
    left = max(floor, stop, _line_break_before(cased, floor, start))
    dateline = _DATELINE.match(cased, left, start)
    if dateline is not None:
        left = dateline.end()  # 'HARTH, Dastmar -- At 10:15 a.m. on Tuesday, the staff will'
    right = min(len(text), end + 70)
    found = text.find(". ", end, right)
    while found >= 0 and _no_sentence_end(cased, found):
        found = text.find(". ", found + 2, right)
    if found >= 0:
        right = found
    mark = _NOTED_STOP.search(text, end, right)
    if mark is not None:
        right = mark.start()
    found = _line_break_after(cased, end, right)
    if found >= 0:
        right = found
    return left, right


_WORD_BEFORE_STOP = re.compile(r"(?<![\w.])[A-Za-z]+$")
_NOTED_STOP = re.compile(r"\.(?:\(\d{1,3}\)|\[\d{1,3}\])\s")


def _no_sentence_end(cased: str, stop: int) -> bool:
    """True when the full stop at ``stop`` ends no sentence: a small letter follows it ('2200
    Linden Ave. with a ribbon-cutting'), or it closes a title or an initial ('Republican Sen.
    Thomas Arden', 'John F. Kennedy')."""
    if cased[stop + 2 : stop + 3].islower():
        return True
    word = _WORD_BEFORE_STOP.search(cased, max(0, stop - 12), stop)
    if word is None:
        return False
    token = word.group()
    # a title's full stop ('Sen. Thomas Arden', 'Gen. Ali') is never a sentence's; the list
    # is read when first asked, not when the module loads
    titles = load_abbreviations().never_final
    return token.lower() in titles or (len(token) == 1 and token.isupper())


_INDENT = re.compile(r"[ \t>]*")


def _wraps(text: str, at: int) -> bool:
    """True when the line break at ``at`` only wraps a sentence: a word or comma before it,
    a small letter or a digit after it, past the indent or quotation marks of a bullet's
    or a quoted e-mail's next line ('so that I can send it\n  to the donor on Monday')."""
    before = text[at - 1] if at > 0 else "."
    indent = _INDENT.match(text, at + 1)
    stop = indent.end() if indent else at + 1
    after = text[stop] if stop < len(text) else "A"
    return (before.isalnum() or before == ",") and (after.islower() or after.isdigit())


def _line_break_before(text: str, floor: int, start: int) -> int:
    at = text.rfind("\n", floor, start)
    while at >= 0 and _wraps(text, at):
        at = text.rfind("\n", floor, at)
    return at


def _line_break_after(text: str, end: int, right: int) -> int:
    at = text.find("\n", end, right)
    while at >= 0 and _wraps(text, at):
        at = text.find("\n", at + 1, right)
    return at


# A quotation has its speaker's tense, not the narration's.
_OPENING_QUOTE = re.compile(r"[\"\u201c\u00ab]")
_AFTER_HANDICAP = 1  # English puts the verb before its time adjunct more often than after


_OPENING_PREPOSITIONS = frozenset(["for", "during", "between", "from", "until", "throughout"])
# what may stand between a sentence's start and its first word: 'CORLISS, Neb. -- For two'
_OPENER_GAP = re.compile(r"[\s.\-\u2013\u2014:\"\u201c]*")


def _without_asides(text: str, left: int, start: int) -> list[str]:
    """The words before the date, less a relative clause set off by commas: 'will face X, a
    school board member who had no opponent, in the Nov. 4 election' is told by 'will
    face', not by 'had'."""
    window = text[left:start]
    if window.count(",") < 2:
        return _WORD.findall(window)
    pieces = window.split(",")
    if not (_PREPOSITION_FIRST.match(pieces[-1]) or _PRESENT_VERB_FIRST.match(pieces[-1])):
        return _WORD.findall(window)  # 'who stepped down as chairman, president ... in March'
    kept = (
        [pieces[0]]
        + [piece for piece in pieces[1:-1] if _RELATIVE_PRONOUN.search(piece) is None]
        + [pieces[-1]]
    )
    return _WORD.findall(",".join(kept))


_RELATIVE_PRONOUN = re.compile(r"\b(?:who|whom|whose|which)\b")
# the date's own phrase after the aside: ', in the Nov. 4 general election'
_PREPOSITION_FIRST = re.compile(r"\s*(?:in|on|at|by|for|from|until|since|before|after|during)\s")
# the main verb after the aside, in the present: ', which opened in March, finishes its work
# in September'
_PRESENT_VERB_FIRST = re.compile(r"\s*[a-z]{3,}[^s\W]s\s+(?:its|the|a|an|their|his|her|in|on)\s")


def _quote_opened(text: str, start: int) -> int:
    """Just after the quotation mark that opens a quotation still open at ``start`` on its
    line ('he said: "Let us see by Friday"'): the words before it are the reporter's, and
    their tense is not the speaker's. 0 when ``start`` is outside quotation marks."""
    line = text.rfind("\n", 0, start) + 1
    curly = text.rfind("\u201c", line, start)
    if curly > text.rfind("\u201d", line, start):
        opened = curly + 1
    elif text.count('"', line, start) % 2:
        opened = text.rfind('"', line, start) + 1
    else:
        return 0
    # 'would return "in the spring, once ...": a quoted phrase, not an utterance of its own
    return opened if len(_WORD.findall(text, opened, start)) >= _QUOTED_WORDS else 0


_QUOTED_WORDS = 3  # words a quotation holds before the date for its own tense to count


def tense_near(text: str, start: int, end: int, cased: str = "") -> Tense:
    """The tense of the verb nearest the expression in its sentence, if any shows.

    ``text`` is lower-cased already: the cue words are looked up as they stand; ``cased`` is
    the same text before lower-casing, when the caller has it.
    """
    left, right = _sentence(text, start, end, cased)
    left = max(left, _quote_opened(text, start))
    before = _without_asides(text, left, start)
    if before and left > 0 and text[left - 1].isalpha() and text.startswith(before[0], left):
        before = before[1:]  # the window cut a word in two: 'heduled' is not a verb
    # A verb after a clause break belongs to another clause: 'arrived on Sunday and will fly'.
    brk = _CLAUSE_BREAK.search(text, end, right)
    # 'In March, the army took ...'; 'For two minutes and 34 seconds Monday afternoon, the
    # moon will cover ...': an adverbial phrase that opens the sentence
    opens_sentence = len(before) <= 2 or (
        before[0] in _OPENING_PREPOSITIONS
        and _OPENER_GAP.fullmatch(text, left, text.find(before[0], left)) is not None
    )
    if (
        opens_sentence
        and brk is not None
        and brk.group() in ",:"
        and len(_WORD.findall(text, end, brk.start())) <= 1
    ):
        # 'In March, the army took ...', 'In the March-April period, offices were ...': the
        # main verb comes after the comma, and an 'and' in between more often joins names
        # than clauses ('the Abortion and Rights League').
        brk = _PUNCTUATION_BREAK.search(text, brk.end(), right)
    while brk is not None and brk.group() == "and" and _DATE_WORD.match(text, brk.end()):
        # 'on Tuesday and Wednesday will discuss': a date joined to a date shares its verb.
        brk = _CLAUSE_BREAK.search(text, brk.end(), right)
    after_end = brk.start() if brk else right
    quote = _OPENING_QUOTE.search(text, end, after_end)
    if quote is not None:
        after_end = quote.start()  # 'told a channel on Wednesday that "all will be over"'
    after = _WORD.findall(text, end, after_end)
    if after[:1] == ["the"] and not _APPOSED_DAY.isdisjoint(after[1:3]):
        after = []  # 'On Sunday, the very day Kalbajar was due, Baku agreed': an aside
    embedded = next((i for i, word in enumerate(after) if word in _EMBEDDED_QUESTION), None)
    if embedded is not None:
        # 'the shootings of the autumn show how quickly the situation can deteriorate': a
        # question set inside the sentence has a tense of its own
        after = after[:embedded]
    if after[:1] == ["that"]:
        # 'told a news agency on Wednesday that the leadership would abide': the clause
        # after 'that' is what was said, with a tense of its own
        after = []
    # a bare weekday with no tense is read as past, so a present does not stand for none
    weekday = _names_a_weekday(text, start, end)
    # a relative clause closed by a comma is an aside the main verb comes after: 'Last year
    # the rainy season, which runs from November to March, flooded the town'
    aside = brk is not None and brk.group() == ","
    # Walk outwards, the nearer side first; a word before counts as nearer on a tie.
    for distance in range(max(len(before), len(after) + _AFTER_HANDICAP)):
        if distance < len(before):
            index = len(before) - 1 - distance
            tense = _cue(before, index)
            if tense == "past" and _planned_in_the_past_perfect(before, index):
                # but of a plan it names no side: 'had been due to expire Friday' is the
                # Friday gone, 'had hoped to pass it before the end of March', written in
                # January, the March ahead: the nearest such time either way
                return None
            if tense is not None:
                return tense
            if _present_in_relative_clause(before, index) and not weekday and not aside:
                # 'the driving season, which by tradition runs from Memorial Day to Labor
                # Day', told by an analyst who 'said': the clause's own present, no tense
                return None
        # An infinitive after the date is governed by the verb before it:
        # 'agreed in April to hand them over' happened in April.
        at = distance - _AFTER_HANDICAP
        if 0 <= at < len(after) and after[at] != "to":
            tense = _cue(after, at)
            if tense == "future" and _participle_governs(before):
                return "past"
            if (
                tense == "past"
                and not _ADJUNCT_PREPOSITIONS.isdisjoint(after[:at])
                and any(_cue(before, i) == "future" for i in range(len(before)))
            ):
                # 'will hold a day of mourning on Thursday for 12 civilians killed': a
                # participle after a noun of the date's own phrase; the verb before tells
                continue
            if tense is not None:
                return tense
    # 'On 11 March two Americans and a Briton were killed': an 'and' before any verb has
    # shown joins names, and the sentence's main verb comes after it
    if opens_sentence and (brk is None or brk.group() in (",", "and")):
        if text[left:start].rstrip().endswith(('"', "\u201c")):
            # '"Sunday is our Super Bowl," said Benning': a quotation that opens on the
            # date has its own verb; the one after it tells when it was said
            return None
        # 'In January, a clinic bombing in Birmingham, Ala., killed a guard': a date that
        # opens the sentence is placed by its main verb, however many commas come first.
        return _main_verb_tense(text, end, brk.end() if brk else end, cased or text)
    return None


_EMBEDDED_QUESTION = frozenset(["how", "whether", "why"])
# Prepositions that open a phrase after the date, whose noun a participle may follow
_ADJUNCT_PREPOSITIONS = frozenset(["for", "of", "with", "among", "against"])
_MAIN_VERB_REACH = 200  # characters after the opening date's clause
# 'Ala.', 'vs.', 'Gen.': a short word's full stop is an abbreviation, not a sentence end.
_SENTENCE_END = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,3}\.\s|[.!?]\s")
_ASIDE = frozenset(["who", "which", "whose", "where", "when", "whom"])


def _main_verb_tense(text: str, end: int, start: int, cased: str) -> Tense:
    """The first tense shown from ``start`` to the end of the sentence the date (ending at
    ``end``) opens, passing over asides."""
    right = min(len(text), start + _MAIN_VERB_REACH)
    for found in _SENTENCE_END.finditer(cased, end, right):
        if found.group()[0] in ".!?":
            right = found.start()
            break
    line_break = _line_break_after(cased, start, right)
    if line_break >= 0:
        right = line_break
    # Commas set off asides; a semicolon or colon opens another clause with its own verb.
    clause = re.split(r"[;:]", text[start:right], maxsplit=1)[0]
    for segment in clause.split(","):
        words = _WORD.findall(segment)
        if words and words[0] in _ASIDE:
            continue  # 'the rebels, who had fought for years, will sign'
        if words[:1] == ["the"] and not _APPOSED_DAY.isdisjoint(words[1:3]):
            continue  # 'On Sunday, the very day Kalbajar was due, Baku agreed': the date's aside
        for index in range(len(words)):
            if words[index] == "to":
                continue  # an infinitive is governed by the main verb
            tense = _cue(words, index)
            if tense == "past" and index == 0 and words[0] not in _PAST_WORDS:
                break  # 'the rebels, backed by Moscow, will sign': a participle aside
            if tense is not None:
                return tense
    return None


# A participle's own adjunct: 'sanctions agreed in principle on Friday should take
# effect' - Friday is when they were agreed, whatever the main verb after says.
_APPOSED_DAY = frozenset(["day", "date", "eve", "anniversary", "morning", "night", "week"])
_ADJUNCT_LEADS = frozenset(
    ["in", "on", "at", "by", "during", "early", "late", "last", "this", "overnight"]
)
_PARTICIPLE_REACH = 5  # words back from the date


def _participle_governs(before: list[str]) -> bool:
    """True when a past verb just before the date leads straight into its adjunct."""
    for distance in range(1, min(_PARTICIPLE_REACH, len(before))):
        index = len(before) - 1 - distance
        if before[index + 1] in _ADJUNCT_LEADS and _cue(before, index) == "past":
            return True
    return False


# Going against the tense costs this many days. A month-day without a year is this
# year's by news style, so a past-tense 'Dec. 15' written in November is still the
# coming one; a future-tense date already gone is next year's.
_AGAINST_PAST_DAYS = 200
_AGAINST_FUTURE_DAYS = 300


def _cost(candidate: dt.date, ref: dt.date, tense: Tense) -> tuple[int, bool]:
    days = (candidate - ref).days
    penalty = 0
    if tense == "past" and days > 0:
        penalty = _AGAINST_PAST_DAYS
    elif tense == "future" and days < 0:
        penalty = _AGAINST_FUTURE_DAYS
    return abs(days) + penalty, days > 0


def year_for_month(month: int, ref: dt.date, tense: Tense) -> int:
    """The year that keeps ``month`` nearest the reference, leaning in the tense's direction."""
    if month == ref.month:
        return ref.year
    if tense == "future":
        return ref.year if month > ref.month else ref.year + 1
    if tense == "past":
        return ref.year if month < ref.month else ref.year - 1
    years = (ref.year - 1, ref.year, ref.year + 1)
    return min(years, key=lambda y: _cost(dt.date(y, month, 15), ref, tense))


def nearest_in_tense(options: list[dt.date], ref: dt.date, tense: Tense) -> dt.date:
    """Of the given days, the one nearest the reference, leaning in the tense's direction."""
    return min(options, key=lambda d: _cost(d, ref, tense))


def date_for_month_day(month: int, day: int, ref: dt.date, tense: Tense) -> dt.date | None:
    """The month-day nearest the reference, leaning in the tense's direction."""
    options: list[dt.date] = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    return min(options, key=lambda d: _cost(d, ref, tense))


def resolve_weekday(weekday: int, ref: dt.date, tense: Tense, rel: str = "") -> dt.date:
    """A bare weekday: the reference day itself, else the last one before it or the next one."""
    back = (ref.isoweekday() - weekday) % 7
    ahead = (weekday - ref.isoweekday()) % 7
    rel = " ".join(rel.lower().split())
    if rel == "last" and back == 1:
        # Said on a Thursday, 'last Wednesday' is not yesterday (which news would call
        # 'yesterday' or 'on Wednesday') but the week before's
        return ref - dt.timedelta(days=8)
    if rel in ("last", "past", "this past", "the past", "the previous", "the last"):
        return ref - dt.timedelta(days=back or 7)
    if rel in ("next", "coming", "this coming", "the coming", "the following", "the next"):
        return ref + dt.timedelta(days=ahead or 7)
    if rel == "this":
        return ref + dt.timedelta(days=weekday - ref.isoweekday())
    if back == 0:
        return ref
    if tense == "future":
        return ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=back)


_POSTPONING = re.compile(
    r"\b(?:postpon|delay|extend|defer|adjourn|deadline|recess|suspend|holds\b|lasts\b"
    r"|gave\b|given\b|granted\b|put\s+off|brought\s+forward|moved\s+up|reschedul"
    r"|pushed\s+back)"
)
_GIVEN_UNTIL = re.compile(
    # 'may not reopen until Wednesday': not before a day still to come
    # ('may not have power back until Sunday')
    r"\b(?:would|will|could|may|might|won't|cannot|can't)\s+not\s+(?:\w+\s+){1,3}"
    r"(?:until|till)\s+$|"
    r"\b(?:has|have|ha?ve\s+got)\s+until\s+$|\b(?:would|will|could|may|might|to)\s+"
    r"(?:now\s+)?(?:last|run"
    r"|hold|continue|remain|stay)(?:\s+in\s+(?:force|effect|place))?\s+(?:until|through|till)\s+$"
)
_UNTIL = frozenset(["until", "till", "through", "to"])
_UNTIL_AN_EVENT = re.compile(r"\b(?:until|till|up\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}on\s+$")
_POSTPONED_FROM = re.compile(
    r"\b(?:postponed|delayed|deferred|put\s+off|pushed\s+back|moved|brought\s+forward)\s+from\s+$"
)
_MOVED_TO = re.compile(r"\b(?:moved|shifted|switched|changed)\s+(?:back\s+|forward\s+)?to\s+$")


def _names_a_weekday(text: str, start: int, end: int) -> bool:
    return not LEXICON.weekdays.keys().isdisjoint(_WORD.findall(text, start, end))


def _range_end(text: str, end: int) -> int:
    """Where a clock range that ``end`` may open ends: 'from 4 | to 8 p.m. Tuesday'."""
    found = _CLOCK_RANGE_REST.match(text, end)
    return found.end() if found else end


_CLOCK_RANGE_REST = re.compile(
    r"\s*(?:to|until|-|\u2013)\s*\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+\w+"
)
# 'The funeral is at 11 a.m. Saturday', 'the vote is Tuesday': a present 'is' schedules
_IS_SET_FOR = re.compile(
    r"\b(?:is|are)\s+(?:(?:set\s+|scheduled\s+)?(?:for|at|on|from)\s+)?"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)?\s*(?:to|until|-|\u2013)\s*)?$"
)
# 'The festival runs Friday through Sunday', 'The minimum wage rises to $17.25 an hour on
# Monday': a present verb of a schedule, for a weekday only ('rate rises in June' are nouns)
_IF_CLAUSE = re.compile(r"\b(?:if|unless)\b[^.;:!?]*$")
# an office's deadline: 'by COB Friday', 'by EOD Monday', 'by close of business on Tuesday'
# ('at the close of business Thursday, 5,745,188 shares had been tendered' is no deadline)
_CLOSE_OF_BUSINESS = re.compile(
    r"\bby\s+(?:the\s+)?(?:cob|eod|eob|close\s+of\s+(?:business|play)(?:\s+on)?|end\s+of\s+(?:the\s+)?"
    r"(?:business\s+)?day\s+on)\s+$"
)
# the figure a change starts from, in its month or quarter: 'from 9 percent in July'
_FROM_A_FIGURE_IN = re.compile(
    r"\bfrom\s+(?:an?\s+|about\s+|around\s+)?[$\u20ac\u00a3]?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b"
    r"|points?\b|(?:b|m|tr)illion\b)?\s+in\s+$"
)
_NO_EARLIER_THAN = re.compile(r"\bno\s+(?:earlier|sooner|later)\s+than\s+$")
_DUE_BEFORE = re.compile(r"(?:\b(\w+\s+\w+|\w+)\s+)?\bdue\s+(?:on\s+|by\s+)?$")
_PAST_DUE = frozenset(["was", "were", "had", "been", "fell", "came"])
_RUNS_BEFORE = re.compile(
    r"\b(?:runs\s+(?:from\s+|until\s+|through\s+)?|(?:rises|increases|climbs)\b(?:[^.;:,]|[.,]\d){0,40})$"
)
_NEXT_THING = re.compile(
    r"\bnext\s+(?!(?:week|month|year|day|time)\b)[a-z]+(?:\s+(?:of\s+)?[a-z]+){0,2}"
    r"\s*(?::|on|is|set\s+for|due\s+on|scheduled\s+for)?\s*$"
)
_RUNS_UNTIL = re.compile(r"\b(?:runs|lasts|expires|is\s+valid)\s+(?:until|till|through)\s+$")
_NOT_YET = re.compile(r"\b(?:does|do)\s+not\b|\b(?:doesn|don)['\u2019]t\b")
# 'called a general strike for Friday'; a participle ('a service planned for Saturday was
# cancelled') is left to the main verb
_SET_FOR = frozenset(
    [
        "called",
        "calls",
        "summoned",
        "convened",
        "announced",
        "declared",
        "issued",
        "imposed",
        # a forecast's day: 'has outlined an enhanced risk of severe storms for Saturday'
        "outlined",
        "forecast",
        "forecasts",
        "predicted",
        "predicts",
    ]
)
# asked for in the present perfect: 'Russia has requested a separate session for Tuesday'
# (not 'the truce requested for Sunday afternoon was not observed')
_REQUESTED = frozenset(["requested", "proposed", "sought"])
# an order's deadline lies ahead of the order: 'ordered 1,100 homes evacuated by 8 p.m. Friday'
_ORDERED = frozenset(["ordered", "instructed", "directed", "told", "gave", "given"])
# a pledge or a declaration: what it holds until lies after it
_PROMISED_BY = frozenset(["promised", "pledged", "vowed"])
_PLEDGED_UNTIL = frozenset(
    ["promised", "pledged", "vowed", "declared", "announced", "offered", "agreed", "proclaimed"]
)
# verbs of a state that lasts now: what they last until lies ahead
_LASTING_NOW = frozenset(
    ["is", "are", "remain", "remains", "stay", "stays", "continue", "continues", "last", "lasts"]
)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n][\"\u201d']?\s*)$")
_AT_LEAST = " at least"
_JUST = frozenset(["has", "have"])  # the present perfect: an act just done, its effect to come
_MONTH_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(LEXICON.months, key=len, reverse=True)) + r")\b"
)


_AT_THE_EARLIEST = re.compile(r",?\s+at\s+the\s+earliest\b", re.IGNORECASE)


def governing_tense(text: str, start: int, end: int, cased: str = "") -> Tense:
    """The tense that places the expression, with the deadline words taken into account.

    'by Friday' is a deadline, so ahead, unless the past perfect looks back from the
    past ('had filed reports by Wednesday') or a past tense makes it the nearest one.
    'postponed until Tuesday' is a past act that names a day still to come.
    """
    if _AT_THE_EARLIEST.match(text, end):
        # 'could not deliver panels until September at the earliest': a bound still ahead
        return "future"
    if start < 2 or not text[start - 1].isspace():
        return tense_near(text, start, end, cased)
    if (
        _RUNS_BEFORE.search(text, max(0, start - 60), start)
        or _IS_SET_FOR.search(text, max(0, start - 40), start)
    ) and _names_a_weekday(text, start, _range_end(text, end)):
        # 'The festival runs Friday through Sunday', 'Calling hours are from 4 to 8 p.m.
        # Tuesday': a weekday's schedule lies ahead ('the rainy season runs from November
        # to March' is a habit, and its months are not)
        return "future"
    if _NEXT_THING.search(text, max(0, start - 40), start):
        # 'Next meeting Sunday', 'next round of talks on Monday', 'Next check of the
        # channel: Thursday morning': the next of something lies ahead
        return "future"
    if _RUNS_UNTIL.search(text, max(0, start - 24), start) and any(
        char.isdigit() for char in text[start:end]
    ):
        # 'said its mandate runs until 31 December': a term still running ends ahead ('the
        # rainy season runs until March' is a habit, with no day of its own)
        return "future"
    head = text[max(0, start - 17) : start].rstrip()
    at_least = head.endswith(_AT_LEAST)
    if at_least:
        head = head[: -len(_AT_LEAST)]  # 'restricted until at least Sunday'
    at_least = at_least or text.startswith(_AT_LEAST, end)  # 'until Sunday at least'
    word = head[head.rfind(" ") + 1 :]
    if word == "on" and _UNTIL_AN_EVENT.search(text, max(0, start - 50), start):
        word = "until"  # 'extended it up to the general election on 12 June'
    if _NO_EARLIER_THAN.search(text, max(0, start - 24), start):
        return "future"  # 'will try again no earlier than Thursday'
    if _FROM_A_FIGURE_IN.search(text, max(0, start - 40), start):
        return "past"  # 'expect inflation to climb to 25 percent, from 9 percent in July'
    if _CLOSE_OF_BUSINESS.search(text, max(0, start - 40), start) and "had" not in head.split():
        return "future"  # 'the revised budget by COB Friday', 'by close of business Monday'
    if (
        _IF_CLAUSE.search(text, max(0, start - 70), start)
        and _names_a_weekday(text, start, end)
        and tense_near(text, start, end, cased) is None
    ):
        return "future"  # 'unless commissioners extend it at their meeting Thursday morning'
    due = _DUE_BEFORE.search(text, max(0, start - 40), start)
    if due is not None and _PAST_DUE.isdisjoint(_WORD.findall(due.group(1) or "")):
        # 'the fourth-quarter payment due Jan. 16'; not 'was due last Friday', 'were first
        # due on Jan. 1'
        return "future"
    if word == "by":
        left, right = _sentence(text, start, end, cased)
        # 'had filed reports by Wednesday', 'By the end of June some 85,000 fighters had
        # gathered': the past perfect looks back from the past
        if "had" not in _WORD.findall(text, max(left, start - 60), min(right, end + 80)):
            # A deadline lies ahead ('must leave by Friday'), unless the sentence looks back
            # or, naming a month, does not look ahead ('a count of 93,000 dead by the end of
            # April', written in June): then it is the nearest such month.
            tense = tense_near(text, start, end, cased)
            if (
                tense == "past"
                and _MONTH_WORD.search(text, start, end)
                and _OPENS_SENTENCE.search(text, max(0, start - 6), start - 3)
            ):
                # 'It didn't last. By the end of June the alliance was on the offensive': a
                # sentence that opens on the date tells what stood by then (a deadline set
                # in the past, 'directed it to report by the end of January', still lies ahead)
                return "past"
            if (
                tense == "past"
                and not _ORDERED.isdisjoint(_WORD.findall(text, max(left, start - 90), start))
                and _names_a_weekday(text, start, end)
            ):
                return "future"
            if tense == "past" and not _PROMISED_BY.isdisjoint(
                _WORD.findall(text, max(left, start - 40), start)
            ):
                return "future"  # 'has promised elections by July 31': the pledge's term ahead
            if tense == "past" or (tense is None and _MONTH_WORD.search(text, start, end)):
                return None
            return "future"
    elif (word == "for" and text[start:end].split(" ", 1)[0] in LEXICON.weekdays) or (
        word == "from" and not LEXICON.weekdays.keys().isdisjoint(text[start:end].split())
    ):
        # 'called a general strike for Friday', 'has announced a general strike from 6 a.m.
        # on Monday': what is set for a weekday lies ahead ('declared a curfew from Monday'
        # may be told afterwards, so 'from' wants the present perfect)
        left, _ = _sentence(text, start, end, cased)
        before = _WORD.findall(text, max(left, start - 90), start)
        if (
            "had" not in before
            and not _SET_FOR.isdisjoint(before)
            and (word == "for" or not _JUST.isdisjoint(before))
        ) or (word == "for" and not _REQUESTED.isdisjoint(before) and not _JUST.isdisjoint(before)):
            return "future"
        if word == "from" and "had" not in before and _POSTPONED_FROM.search(text, left, start):
            return "future"  # 'the convoy is postponed from Thursday to Tuesday': not yet come
    elif word in _UNTIL:
        left, _ = _sentence(text, start, end, cased)
        if _POSTPONING.search(text, max(left, start - 90), start):
            return "future"
        moved = _MOVED_TO.search(text, max(left, start - 40), start)
        if moved is not None and "had" not in _WORD.findall(text, max(left, start - 60), start):
            # 'was moved to Tuesday because courts are closed', not 'had been moved to 1.30pm'
            return "future"
        if _GIVEN_UNTIL.search(text, max(left, start - 40), start):
            return "future"  # 'Gantz has until Wednesday to form a coalition'
        if word in ("until", "till") and _NOT_YET.search(text, max(left, start - 50), start):
            return "future"  # 'the gathering does not officially open until Friday'
        if (
            word in ("until", "till")
            and _names_a_weekday(text, start, end)
            and not _PLEDGED_UNTIL.isdisjoint(
                before := _WORD.findall(text, max(left, start - 70), start)
            )
            and "had" not in before
        ):
            # 'It promised no offensive operations for 72 hours, until midnight on Wednesday':
            # what a pledge lasts until lies after the pledge
            return "future"
        if word in ("until", "till", "through") and (
            at_least
            or not _LASTING_NOW.isdisjoint(_WORD.findall(text, max(left, start - 60), start))
        ):
            # 'movement stays restricted until Sunday', 'polls remain open until Saturday',
            # 'until at least Sunday', 'early voting continues through Monday': a limit
            # that no past tense has reached lies ahead
            return tense_near(text, start, end, cased) or "future"
    return tense_near(text, start, end, cased)


def sentence_looks_back(text: str, start: int, end: int, cased: str = "") -> bool:
    """Whether any verb of the sentence around the expression is in the past tense, however
    far from it: 'The cash delivery on Friday, carried in suitcases ..., was the first'."""
    left, right = _sentence(text, start, end, cased)
    line = text.rfind("\n", 0, start) + 1
    curly = text.rfind("\u201c", line, start)
    if curly > text.rfind("\u201d", line, start):
        # '"Sunday is our Super Bowl," said Benning': a quotation has its own tense
        left, closing = max(left, curly), text.find("\u201d", end, right)
        right = closing if closing >= 0 else right
    elif text.count('"', line, start) % 2:
        left, closing = max(left, text.rfind('"', line, start)), text.find('"', end, right)
        right = closing if closing >= 0 else right
    words = _WORD.findall(text, left, right)
    return any(_cue(words, index) == "past" for index in range(len(words)))
