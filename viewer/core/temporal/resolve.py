"""Resolution: what a recognised span means on the calendar, read the way news is written.

Each family of :mod:`recognize` has one resolver here. A resolver gets the
candidate, the text, the reference date (or None) and the running ``Story`` of
the document (last explicit year, last day mentioned, last quarter), and
returns a TimeExpression, or None when the span is not a date after all.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from convertdate import coptic, persian
from convertdate import hebrew as _hebrew_module
from dateutil.easter import EASTER_ORTHODOX, easter
from hijridate import Gregorian, Hijri

from viewer.core.model import Precision, TimeExpression, TimexType
from viewer.core.temporal import calendar as cal
from viewer.core.temporal.lexicon import LEXICON, alternation
from viewer.core.temporal.recognize import (
    MONTH,
    MONTH_FULL,
    WEEKDAY,
    Candidate,
    family_pattern,
    fold,
)
from viewer.core.temporal.tense import (
    Tense,
    date_for_month_day,
    governing_tense,
    nearest_in_tense,
    resolve_weekday,
    sentence_looks_back,
    year_for_month,
)


@dataclass(slots=True)
class Story:
    """What the document has said so far; later expressions lean on it."""

    explicit_year: int | None = None
    explicit_year_end: int = -1  # where the expression that named ``explicit_year`` ends
    full_date_year: int | None = None  # the year of the last date written in full
    last_day: dt.date | None = None
    last_day_end: int = -1  # where the expression that gave ``last_day`` ends
    # the last day told that lies behind the reference, and where it ends: the day a past
    # narrative is on when a plan ('starting April 1') was told after it
    last_past_day: tuple[dt.date, int] | None = None
    last_day_said: bool = False  # whether ``last_day`` dates a saying: 'officials said Tuesday'
    # the day a sentence told before the day it was said on: 'wounded late Thursday ...,
    # police said Friday'
    told_before_saying: dt.date | None = None
    line_day: tuple[int, dt.date] | None = None  # a chronology line's start and its date
    head: dt.date | None = None  # where the last dated head of a chronology line starts
    chain_end: int = -1  # where the last day of a past week told day by day ends
    last_anchor: TimeExpression | None = None
    last_quarter: tuple[int, int] | None = None
    previous: TimeExpression | None = None  # the last expression found, even a comparison
    heading_day: dt.date | None = None  # the day of the last line that is only a date
    # the day of the last such line still to come: an events calendar's 'FRIDAY, OCT. 29',
    # whose entries' clock times are on it
    listing_day: dt.date | None = None
    # the month-days the prose has placed ('The tour opens April 19'), for a list that
    # repeats them without a verb ('April 19 -- Seattle, Harbor Theatre')
    month_days: dict[tuple[int, int], dt.date] = field(default_factory=dict)
    dateline_at: int = -1  # where a correspondent's dateline that set ``heading_day`` ends
    heading_end: int = -1  # where the day heading that set ``heading_day`` ends
    section_at: int = -1  # where a section heading after it starts (-1: not looked up yet)
    spoken: tuple[int, dt.date] | None = None  # a quotation's opening and the day it was said
    year_opened: tuple[int, int] | None = None  # 'In 1972, ...': that year and where it ends
    era: tuple[int, int] | None = None  # an earlier year the text keeps dating, and how often
    anniversary: int | None = None  # the year an anniversary piece is about: 'fifty years ago'
    review_year: int | None = None  # the year a review of the year is about; read when asked
    review_read: bool = False
    d_day: dt.date | None = None  # the day an agreement's 'D-Day' is; looked up when first asked
    d_day_read: bool = False
    # whether the dates the text writes in full lie years before the reference (a memoir,
    # a case study, a retrospective): read once, when first asked
    narrative: bool | None = None
    # a schedule line's day its 'D+1' and 'D+2' count from, and where the last of them ends
    counted_from: tuple[dt.date, int] | None = None
    day_one: dt.date | None = None  # the date an operation's 'Day 1' is; looked up when asked
    day_one_read: bool = False
    stamp: tuple[dt.date, int, int, dt.date | None] | None = None  # a line's time stamp:
    # its day, hour, where its line starts, and the reference it was read against
    stamp_lines: int = -1  # how many lines open with a clock time; counted when first asked
    references_at: int = -2  # where a 'References' section starts (-1: none); found when asked
    references_end: int = -1  # and where the heading after it starts
    tense_cache: dict[int, Tense] = field(default_factory=dict)
    # the days of the coming week the text has put bare weekdays on ('the busiest day is
    # expected to be Sunday'), for the same name said later with no verb to place it
    # ('"Sunday is our Super Bowl"')
    days_ahead: dict[int, dt.date] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Scene:
    """Everything a resolver reads besides the candidate itself."""

    text: str
    reference: dt.date | None
    story: Story
    folded: str = ""  # the text lower-cased, when that keeps every offset

    def told_on(self, reference: dt.date) -> Scene:
        """The same text read afresh against another day: a message quoted or forwarded
        inside it, a monitored broadcast."""
        return Scene(self.text, reference, Story(), self.folded)

    @staticmethod
    def of(text: str, reference: dt.date | None) -> Scene:
        folded = fold(text)
        return Scene(text, reference, Story(), folded if len(folded) == len(text) else "")


def _tense(cand: Candidate, scene: Scene) -> Tense:
    cache = scene.story.tense_cache
    if cand.start not in cache:
        if cand.family in ("quarter", "year") and _FORECAST_AFTER.match(scene.text, cand.end):
            # 'trimmed their fourth-quarter forecast', 'raised its 2026 outlook': a forecast
            # for a quarter or a year is of a time not yet over, whatever the verb ('the July
            # forecast' is as often the one made in July)
            cache[cand.start] = "future"
        else:
            folded = scene.folded or fold(scene.text)
            cache[cand.start] = governing_tense(folded, cand.start, cand.end, scene.text)
    return cache[cand.start]


_FORECAST_AFTER = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:forecasts?|outlook|guidance|projections?)\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- building results


def _expr(
    cand: Candidate,
    scene: Scene,
    kind: TimexType,
    value: str,
    span: cal.Interval | None = None,
    precision: Precision | None = None,
    mod: str | None = None,
    relative: bool = False,
) -> TimeExpression:
    start, end = span if span is not None else (None, None)
    return TimeExpression(
        text=scene.text[cand.start : cand.end],
        char_start=cand.start,
        char_end=cand.end,
        type=kind,
        value=value,
        start=start,
        end=end,
        precision=precision if span is not None else None,
        mod=mod,
        relative=relative,
    )


def _period(
    cand: Candidate,
    scene: Scene,
    precision: Precision,
    day: dt.date,
    *,
    relative: bool,
    season: str | None = None,
    kind: TimexType = TimexType.DATE,
) -> TimeExpression:
    """An anchored period of ``precision`` holding ``day``, with any early/mid/late applied."""
    mod, half = _mod_of(cand)
    span = cal.span_for(precision, day, season)
    value = cal.value_for(precision, span[0], season)
    if half is not None and precision is Precision.YEAR:
        span = cal.half_span(day.year, half)
        return _expr(
            cand, scene, kind, f"{day.year:04d}-H{half}", span, Precision.HALF, None, relative
        )
    if half is not None:
        mod = "START" if half == 1 else "END"
    return _expr(cand, scene, kind, value, cal.narrow(span, mod), precision, mod, relative)


_MOD_WORDS: tuple[tuple[str, str | None, int | None], ...] = (
    ("first six months", None, 1),
    ("first 6 months", None, 1),
    ("second six months", None, 2),
    ("last six months", None, 2),
    ("last 6 months", None, 2),
    ("final six months", None, 2),
    ("first half", None, 1),
    ("second half", None, 2),
    ("last half", None, 2),
    ("latter half", None, 2),
    ("early", "START", None),
    ("beginning", "START", None),
    ("start", "START", None),
    ("first", "START", None),
    ("opening", "START", None),
    ("mid", "MID", None),
    ("middle", "MID", None),
    ("late", "END", None),
    ("end", "END", None),
    ("closing", "END", None),
    ("close", "END", None),
    ("latter", "END", None),
    ("last", "END", None),
    ("final", "END", None),
)


def _mod_of(cand: Candidate) -> tuple[str | None, int | None]:
    p = cand.parts
    word = (p.get("mod") or p.get("modw") or p.get("mod2") or p.get("mod3") or "").lower()
    if not word or word.startswith(("earlier", "later", "the earlier", "the later")):
        return None, None
    for key, mod, half in _MOD_WORDS:
        if key in word:
            return mod, half
    return None, None


def _unresolved(
    cand: Candidate, scene: Scene, value: str, kind: TimexType = TimexType.DATE
) -> TimeExpression:
    return _expr(cand, scene, kind, value, relative=True)


# ---------------------------------------------------------------- words to numbers

_NUMBER_WORDS = LEXICON.numbers


def number_of(word: str) -> float | None:
    """'14', 'fourteen', 'twenty-five', 'a' -> a number; vague counts ('several') -> None."""
    word = " ".join(word.lower().split())
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    if word.endswith(" 1/2") and word[:-4].isdigit():
        return int(word[:-4]) + 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", word):
        return float(word.replace(",", ""))
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[0] in _NUMBER_WORDS and parts[1] in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[parts[0]] + _NUMBER_WORDS[parts[1]])
    return None


def _month(word: str) -> int:
    return LEXICON.months[word.casefold().rstrip(".")]  # casefold: a long s is an s


def _day(word: str) -> int:
    spelled = LEXICON.day_ordinals.get(word.lower())
    if spelled is not None:
        return spelled
    digits = word[:2] if word[:2].isdigit() else word[:1]
    return int(digits)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _weekday(word: str) -> int:
    folded = word.casefold()
    return LEXICON.weekdays.get(folded) or _WORD_WEEKDAYS[folded]


# the short names that are words too ('Sat', 'Wed', 'Sun'), read as weekdays where the
# recogniser found them in a weekday's place
_WORD_WEEKDAYS = {"wed": 3, "sat": 6, "sun": 7}


def _weekday_word(word: str) -> bool:
    """A weekday's name in full, or its short form capitalised ('Tues', not 'tue')."""
    return len(word) > 5 or word[:1].isupper()


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _same_sentence(text: str, start: int, end: int) -> bool:
    """No full stop or line break between the two offsets."""
    return start <= end and _SENTENCE_BREAK.search(text, start, end) is None


_SENTENCE_BREAK = re.compile(r"[.!?][\s\"\u201d']|\n")
# a modal earlier in the sentence: 'said a long strike could push graduations past ...'
_MODAL_IN_SENTENCE = re.compile(
    r"\b(?:will|would|could|may|might|should|shall|can)\b[^.!?\n]*$", re.IGNORECASE
)


def _chronology_line(text: str, start: int, end: int) -> bool:
    """'Feb. 22 - Government forces ...': a dated line of a factbox or timeline."""
    # Only a bullet may stand before the date, so the line break is within a few characters.
    line_start = text.rfind("\n", max(0, start - _BULLET_ROOM), start) + 1
    if line_start == 0 and start > _BULLET_ROOM:
        return False
    lead = text[line_start:start].strip(" \t*\u2022-\u2013\u2014")
    if lead != "" and _HEAD_LEAD.fullmatch(lead) is None:
        return False
    return _CHRONOLOGY_MARK.match(text, end) is not None


_BULLET_ROOM = 12


def _is_day_heading(text: str, start: int, end: int) -> bool:
    """A line that holds only the date and follows a blank line: 'Tuesday 13 September'
    over the entries of that day, '2003' over a chronology's entries of that year."""
    line_start = _line_start(text, start)
    if line_start == 0:
        return False
    lead = text[line_start:start].strip(" \t*#")
    if lead and _UPDATE_LEAD.fullmatch(lead):
        # 'Updated: 2 September, 9:40 pm. Short update. ... this morning': the update's day,
        # its month written out ('Updated : 07/05/2012 9:59 am' heads a photo caption)
        before = text.rfind("\n", 0, line_start - 1)
        return not text[before + 1 : line_start - 1].strip() and bool(
            _MONTH_NAMED.search(text, start, end)
        )
    if lead and _DIARY_LEAD.fullmatch(lead) is None:
        return False
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end == len(text):
        return False
    rest = text[end:line_end].strip(" \t:.")
    if rest and _ENTRY_HEAD_AFTER.match(text, end, line_end):
        rest = ""  # 'Wed 29/3: BLT declared a ceasefire', a notebook's entry on its day
    if rest and (
        line_end - line_start > _DIARY_HEADING or _DIARY_TAIL.fullmatch(text, end, line_end) is None
    ):
        return False
    before = text.rfind("\n", 0, line_start - 1)
    return not text[before + 1 : line_start - 1].strip()


# A section's heading in capitals on a line of its own: 'THE YEAR IN NUMBERS', 'COMING UP'
_SECTION_HEADING = re.compile(r"\n[ \t]*\n[ \t]*[A-Z][A-Z '\u2019&,:-]{3,60}[ \t]*\n[ \t]*\n")


# A diary's entry heading: 'Day 4 - Monday 9 November, Goris', 'Sun 18th', 'Tuesday 10th,
# 02:10', 'Sunday 15th, evening', 'Sat 17 Aug, Nazran.'
_DIARY_HEADING = 48  # characters: longer, the line is a sentence
_UPDATE_LEAD = re.compile(r"(?:update|updated|later|edit|edited)\s*:", re.IGNORECASE)
_MONTH_NAMED = re.compile(r"\b(?:" + MONTH + r")\b", re.IGNORECASE)
_ENTRY_HEAD_AFTER = re.compile(r"(?:[ \t]+(?:am|pm|eve))?[ \t]*:[ \t]+\S", re.IGNORECASE)
_DIARY_LEAD = re.compile(
    r"(?:day\s+\d{1,3}\s*[-\u2013\u2014:,.]?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?"
    # a letter's place: 'Banda Aceh, Saturday 28 December'
    r"|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2},)",
    re.IGNORECASE,
)
# what may follow the day: a clock time, a part of the day, a place ('basement on Lenin
# Street'); no clause, whose verb would make the line a sentence
_DIARY_TAIL = re.compile(r"(?:\s*,\s*[\w'\u2019:. -]{1,40}?)+[\s.:]*")


# 'End of April - The truce lapses.': the words of a head that the month span leaves out.
_HEAD_LEAD = re.compile(r"(?:the\s+)?(?:end|beginning|start|middle)\s+of", re.IGNORECASE)


_CHRONOLOGY_TITLE_REACH = 400  # characters from a year to the chronology it heads
_KEY_DATES_AHEAD = 183  # days after the report a key-dates line may look, tense or not
_PROSE_LINE = 160  # a line longer than this is a paragraph, not a heading


def _in_prose(text: str, offset: int) -> bool:
    """True when ``offset`` lies in a long line of running text."""
    start = _line_start(text, offset)
    end = text.find("\n", offset)
    return (len(text) if end < 0 else end) - start > _PROSE_LINE


def _chronology_year(
    scene: Scene, cand: Candidate, month: int, first: int, last: int = 31
) -> int | None:
    """The year of a yearless chronology head (days ``first``..``last`` of ``month``).

    A chronology runs forward: a head that would fall before the previous head's date
    is in the next year ('Dec. 31, 1994 - ...' then 'July 11 - ...'), unless that year
    would lie after the report, or the line looks ahead ('Early January - The first
    observers are due'). With no head yet, the year the story named."""
    story = scene.story
    head = story.head
    if head is None:
        year = story.explicit_year
        ref = scene.reference
        reviewed = _review_year(scene)
        if reviewed is not None and story.explicit_year_end <= _HEADING_REACH:
            # a review's chronology, under no year or the heading's ('From The Regional
            # Security Yearbook 2001' over the chronology of 2000)
            return reviewed
        if (
            ref is not None
            and story.explicit_year_end >= 0
            and _line_start(scene.text, cand.start) - story.explicit_year_end
            > _CHRONOLOGY_TITLE_REACH
        ):
            # 'Since the conflict escalated in February 2003, ...' paragraphs before a
            # table of this spring's events: a year told in passing is not the table's.
            return None
        if (
            ref is not None
            and story.explicit_year_end >= 0
            and _in_prose(scene.text, story.explicit_year_end)
        ):
            # '... signed in Havana in June 2023, was extended once' in the paragraph over a
            # list of this winter's incidents: a sentence's year, not a heading's
            return None
        if year is not None and ref is not None and year == ref.year:
            # the year named so far is the report's own ('January 6, 2023' over a factbox
            # whose '* Feb 24 -' opens last year's story): a first head lies behind it
            first_day = dt.date(year, month, min(first, cal.last_day(year, month)))
            if first_day > ref:
                return year - 1
        return year
    year = head.year
    if dt.date(year, month, min(last, cal.last_day(year, month))) < head:
        following = dt.date(year + 1, month, min(first, cal.last_day(year + 1, month)))
        tense = _tense(cand, scene)
        if (
            scene.reference is None
            or following <= scene.reference
            or tense == "future"
            # 'Dec 24: the bomb ...' then 'Jan 19: Campaign period closes' in a key-dates box
            # of 2 January: a line that does not look back may run into the weeks ahead
            or (
                tense is None
                and (following - scene.reference).days <= _KEY_DATES_AHEAD
                # a jump back of most of a year is a new year; a newest-first list steps back
                and (head - dt.date(year, month, min(first, cal.last_day(year, month)))).days
                > _NEW_YEAR_CROSSED_DAYS
            )
        ):
            return year + 1
    return year


_CHRONOLOGY_MARK = re.compile(r"[ \t]{0,2}(?:\.?[-\u2013\u2014:|]|\.\s)")  # ".-": Spanish style


def _undated_month_day(month: int, day: int) -> str | None:
    """The TIMEX3 value of a month-day whose year is unknown, or None if no month has it."""
    return f"XXXX-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


# What may stand between two names of one day: 'the next day, March 3', 'later, on May 2'.
_BESIDE = re.compile(r"\s*[,(\u2013\u2014-]?\s*(?:on\s+|that\s+is\s+)?", re.IGNORECASE)


_SAME_MONTH_REACH = 120  # characters from a month named to a day of it


def _beside_period(scene: Scene, cand: Candidate, month: int, day: int) -> dt.date | None:
    """The month-day inside the period named right before it, if one was."""
    told = scene.story.previous
    if told is None or told.start is None or told.end is None:
        return None
    if "\n\n" in scene.text[told.char_end : cand.start]:
        return None  # a heading's period ('The final push, 1991-92') is no apposition
    if not _BESIDE.fullmatch(scene.text, told.char_end, cand.start) and not (
        # 'Then came last November. On 13 November, ...': the month the text just named
        told.precision is Precision.MONTH
        and told.start.month == month
        and 0 <= cand.start - told.char_end <= _SAME_MONTH_REACH
        and "\n" not in scene.text[told.char_end : cand.start]
        # '... won the April 2006 election. A referendum must be held between April 15 and
        # June 15': a day still to come is not in a month long past
        and not (
            scene.reference is not None
            and told.end < scene.reference
            and _tense(cand, scene) == "future"
        )
    ):
        return None
    for year in sorted({told.start.year, told.end.year}):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if told.start <= date <= told.end:
            return date
    return None


def _month_day(
    cand: Candidate, scene: Scene, month: int, day: int, year: str | None
) -> dt.date | str | None:
    """A month-day resolved to a date, or an unresolved TIMEX3 value, or None if impossible."""
    if year is not None:
        try:
            return dt.date(int(year), month, day)
        except ValueError:
            return None
    found = _yearless_month_day(cand, scene, month, day)
    named = _WEEKDAY_BESIDE.match(scene.text, cand.end)
    if isinstance(found, dt.date) and named is not None and _weekday_word(named["wd"]):
        weekday = _weekday(named["wd"])
        if found.isoweekday() != weekday:
            # 'On 14 November, a Tuesday, I wrote only ...' in a memoir of 2015: the year
            # whose 14 November was a Tuesday, nearest the year the story last named
            around = scene.story.explicit_year or found.year
            years = [
                y
                for y in range(found.year - _WEEKDAY_YEARS, found.year + 1)
                if cal.last_day(y, month) >= day and dt.date(y, month, day).isoweekday() == weekday
            ]
            if years:
                found = dt.date(min(years, key=lambda y: (abs(y - around), -y)), month, day)
    return found


_WEEKDAY_YEARS = 40  # how far back a yearless date may move to agree with its weekday
_WEEKDAY_BESIDE = re.compile(
    r"\s*(?:,\s*(?:a|also\s+a)\s+|\(\s*)(?P<wd>" + WEEKDAY + r")\b", re.IGNORECASE
)


def _yearless_month_day(
    cand: Candidate, scene: Scene, month: int, day: int
) -> dt.date | str | None:
    story = scene.story
    beside = _beside_period(scene, cand, month, day)
    if beside is not None:
        # 'Twelve days later, on February 26,', 'later that month, on 26 February': the
        # period just told already knows its year from the story.
        return beside
    chronology = _chronology_line(scene.text, cand.start, cand.end)
    head_year = _chronology_year(scene, cand, month, day, day) if chronology else None
    if head_year is not None:
        try:
            return dt.date(head_year, month, day)
        except ValueError:
            return None
    if chronology and (month, day) in story.month_days:
        return story.month_days[month, day]
    if chronology and scene.reference is not None:
        # A chronology recounts what has happened: its yearless lines lie behind the report,
        # however near the report's own date the next one would be ('* Feb 24 -' in a
        # factbox of 6 January is last year's).
        ref = scene.reference
        if _tense(cand, scene) == "future":
            # '- April 1: The independence process begins' under 'WHAT COMES NEXT'
            return date_for_month_day(month, day, ref, "future")
        return _latest_by(month, day, ref)
    listed = _listed_after(scene, cand)
    if listed is not None:
        # 'in four installments, on April 15, June 16, Sept. 15 and Jan. 15': a list of days
        # runs forward, each on or after the one before it
        later = _on_or_after(month, day, listed)
        if later is None:
            return None
        if not (
            scene.reference is not None
            and listed <= scene.reference < later
            and _tense(cand, scene) == "past"
        ):
            return later  # a past list goes no further than the report
    opened = _range_opened_by(scene, cand)
    if opened is not None:
        # 'a ceasefire from January 1 to June 30': the end of a range comes after its start
        return _on_or_after(month, day, opened)
    closed = _range_closed_by(scene, cand)
    if closed is not None and scene.reference is not None and closed <= scene.reference:
        # 'developments from 1 June to 10 December 1996': the start of a range gone by comes
        # before the end that gives the year ('runs from July 1 through June 30, 2029' may
        # span years to come)
        return _latest_by(month, day, closed)
    line_day = story.line_day
    if line_day is not None and scene.text.find("\n", line_day[0], cand.start) < 0:
        # 'Feb. 22 - The powers announce a truce to start on Feb. 27': the line's own
        # date, not the publication date, is what a yearless date in it is near.
        return date_for_month_day(month, day, line_day[1], _tense(cand, scene))
    if scene.reference is None:
        if story.full_date_year is not None:
            # An undated press release still says '23 October 2020' before '21 August':
            # better that year than no place on the timeline at all.
            try:
                return dt.date(story.full_date_year, month, day)
            except ValueError:
                return None
        return _undated_month_day(month, day)
    tense = _tense(cand, scene)
    last = story.last_day
    if (
        tense == "future"
        and last is not None
        and last < scene.reference
        and _same_sentence(scene.text, story.last_day_end, cand.start)
    ):
        # 'when regional leaders gave it until 31 December' after 'on 4 December', written
        # in March: a deadline set on a day already told lies ahead of that day
        return date_for_month_day(month, day, last, "future")
    anchor = story.last_anchor
    if (
        tense == "future"
        and anchor is not None
        and anchor.start is not None
        and not anchor.relative
        and anchor.precision is Precision.MONTH
        and anchor.start > scene.reference  # not 'invited in July 1997, will join on March 12'
        and _same_sentence(scene.text, anchor.char_end, cand.start)
    ):
        # 'bills will go out in March 1994, with the first half due June 1': after the
        # month the sentence named with its year
        return date_for_month_day(month, day, anchor.start, "future")
    if _AS_RECENTLY_AS.search(scene.text, max(0, cand.start - 18), cand.start):
        # 'bombing positions as recently as December 21': the latest such day, whatever
        # earlier year the paragraph is telling
        return _latest_by(month, day, scene.reference)
    found = date_for_month_day(month, day, scene.reference, tense)
    if _SINCE_BEFORE.search(scene.text, max(0, cand.start - 12), cand.start):
        # 'has continued since 11 February', written in December: a day gone by, however
        # much nearer next February is
        found = _latest_by(month, day, scene.reference)
        tense = "past"
    near = _near_a_day_told(scene, cand, month, day) or _in_the_month_told(scene, cand, month, day)
    if near is not None and tense != "future":
        return near
    in_paragraph = _paragraph_year(cand, scene, tense, month, day)
    if in_paragraph is None:
        in_paragraph = _era_year(scene, cand.start, tense, month, day)
    if in_paragraph is not None:
        try:
            return dt.date(in_paragraph, month, day)
        except ValueError:
            return None
    near = _retold_day(scene, tense, found)
    return found if near is None else date_for_month_day(month, day, near, None)


_AS_RECENTLY_AS = re.compile(r"\bas\s+recently\s+as\s+(?:on\s+)?$", re.IGNORECASE)


def _latest_by(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The month-day on or before ``anchor``, in its year or the one before."""
    for year in (anchor.year, anchor.year - 1):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if found <= anchor:
            return found
    return None


def _on_or_after(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The month-day on or after ``anchor``, in its year or the next; None when the day does
    not exist there (29 February)."""
    for year in (anchor.year, anchor.year + 1):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            return None
        if found >= anchor:
            return found
    return None


def _near_a_day_told(scene: Scene, cand: Candidate, month: int, day: int) -> dt.date | None:
    """'between 13 and 17 July 1995 ... On 16 July, a corridor was opened', in a judgment
    of 2001: a yearless date within weeks of the day its paragraph just told, in an
    earlier year than the report, is in that year."""
    story, ref = scene.story, scene.reference
    last = story.last_day
    if last is None or ref is None or last.year >= ref.year:
        return None
    crossed = scene.text.count("\n\n", story.last_day_end, cand.start)
    anchor = story.last_anchor
    if crossed > _NEAR_PARAGRAPHS or (
        # a narrative that already went on in that year without naming it goes on into the
        # next paragraph; a date written in full there may be background to today's news
        crossed and (anchor is None or anchor.start != last or not anchor.relative)
    ):
        return None
    since = story.previous
    if (
        since is not None
        and since.start is not None
        and since.char_start >= story.last_day_end
        and since.start.year != last.year
    ):
        return None  # 'in June 2018 ... two more last year ... pulling out on May 1': moved on
    options = []
    for year in (last.year, last.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    # the same year either way, the next only ahead ('Christmas ... On 2 January'); in the
    # next paragraph only ahead, as a memoir goes on
    options = [d for d in options if d >= last or (d.year == last.year and not crossed)]
    return _nearest_the_day_told(last, options)


def _nearest_the_day_told(last: dt.date, options: list[dt.date]) -> dt.date | None:
    """Of ``options``, the one nearest ``last`` if it lies within weeks of it: 'Christmas ...
    Two days later ... On 2 January', the narrative crosses the new year."""
    if not options:
        return None
    told = min(options, key=lambda d: abs((d - last).days))
    return told if abs((told - last).days) <= _NEAR_A_DAY_TOLD else None


def _holiday_near_the_day_told(
    cand: Candidate, scene: Scene, holiday: str
) -> tuple[dt.date, dt.date] | None:
    """'The second agreement was signed on 12 December ... Christmas was a tinned ham', in a
    memoir of 2015: a holiday within weeks of the day the narrative just told, in an
    earlier year, is that year's."""
    last = scene.story.last_day
    # the day told itself passes the tests a yearless date near it must pass
    if last is None or _near_a_day_told(scene, cand, last.month, last.day) != last:
        return None
    spans = [
        s
        for y in (last.year - 1, last.year, last.year + 1)
        for s in holiday_spans(holiday, y, scene.text)
    ]
    near = _nearest_the_day_told(last, [s[0] for s in spans])
    return next((s for s in spans if s[0] == near), None)


# A memoir goes on from one paragraph to the next: the day told at the end of one is near
# the first date of the next ('On 14 November ... \n\nThe second agreement was signed on
# 12 December')
_NEAR_PARAGRAPHS = 1


_NEAR_A_DAY_TOLD = 45  # days
_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)


def _in_the_month_told(scene: Scene, cand: Candidate, month: int, day: int) -> dt.date | None:
    """'Then, in February 2022, the edifice came down. On the evening of 21 February, ...',
    written in 2025: a day of the very month its paragraph just named with an earlier year
    is in that year."""
    last = _earlier_month_told(scene, cand)
    if (
        last is None
        or last.start is None
        or last.start.month != month
        # 'in February 2022' sets the scene; 'the August 1988 cease-fire' names a thing
        or not _IN_BEFORE.search(scene.text, max(0, last.char_start - 4), last.char_start)
    ):
        return None
    try:
        return dt.date(last.start.year, month, day)
    except ValueError:
        return None


def _earlier_month_told(scene: Scene, cand: Candidate) -> TimeExpression | None:
    """The story's last expression when it is a month of an earlier year than the report,
    named outright ('February 2015'), in the paragraph ``cand`` is in."""
    last, ref = scene.story.last_anchor, scene.reference
    if (
        last is None
        or last.start is None
        or ref is None
        or last.relative
        or last.precision is not Precision.MONTH
        or last.start.year >= ref.year
        or "\n\n" in scene.text[last.char_end : cand.start]
    ):
        return None
    return last


# the latest time before the report: 'talks broke off twice, most recently in October'
_MOST_RECENTLY = re.compile(r"\bmost\s+recently,?\s+(?:in|on|at)?\s*$", re.IGNORECASE)


def _paragraph_year(
    cand: Candidate, scene: Scene, tense: Tense, month: int, day: int = 1
) -> int | None:
    """The year of a yearless date in a paragraph opened by 'In 1972,': 'In 1972, the North
    Vietnamese dropped their demand at a session on October 8' (an obituary written in
    2023). Until the paragraph ends, such a date not told in the future is in the year of
    the last day placed there, or the next one when it would lie most of a year before it
    ('until December 29. The accords were signed on January 27')."""
    if _MOST_RECENTLY.search(scene.text, max(0, cand.start - 24), cand.start):
        return None  # 'began in the spring of 1996 and broke off, most recently in October'
    story = scene.story
    last = story.last_anchor
    if (
        tense != "future"
        and last is not None
        and last.start is not None
        and scene.reference is not None
        and last.start.year < scene.reference.year
        and last.precision in (Precision.SEASON, Precision.MONTH)
        and (
            (not last.relative and _same_sentence(scene.text, last.char_end, cand.start))
            # 'that summer' goes on in the year the story gave it, to the paragraph's end:
            # 'the summer of 1993 ... But that summer was different. In the first weeks of
            # July there were attacks'
            or (
                _TOLD_IN_THAT_YEAR.search(last.text) is not None
                and "\n\n" not in scene.text[last.char_end : cand.start]
            )
        )
        and not _in_relative_clause(scene.text, last.char_start)
        # 'the east, held by rebels since the summer of 2012, was imposed in July': a
        # span running on to now, not the year the sentence tells
        and not _SINCE_BEFORE.search(scene.text, max(0, last.char_start - 8), last.char_start)
    ):
        # 'became secretary of state in the summer of 1973, and was sworn in on September
        # 22': the year the sentence gave with its season or month, and the paragraph goes
        # on in it (a bare year may be a relative clause's: 'which signed a deal in 1996')
        story.year_opened = (last.start.year, last.char_end)
    opened = story.year_opened
    if tense == "future" or opened is None:
        return None
    year, end = opened
    if "\n\n" in scene.text[end : cand.start]:
        return None
    day_told = story.last_day
    if (
        (day_told is None or day_told == scene.reference)
        and last is not None
        and last.end is not None
        and last.start is not None
        and last.start.year == year
        and last.precision in (Precision.SEASON, Precision.MONTH)
    ):
        # 'The protests that began in December 2018 led to the removal of Bashir in April':
        # the story goes on from the month it told, into the next year when it must
        day_told = last.end
        if (
            _same_sentence(scene.text, last.char_end, cand.start)
            and _ONE_AFTER_ANOTHER.fullmatch(scene.text, last.char_end, cand.start)
            and (month, day) < (last.start.month, last.start.day)
        ):
            # 'a truce Sadr first declared in August 2007 and renewed for six months in
            # February': told one after the other, the later month comes after
            return year + 1
    if day_told is None or day_told == scene.reference or not year <= day_told.year <= year + 1:
        return year
    going_on = _year_going_on(day_told, month, day)
    if (
        tense == "past"
        and going_on > year
        and scene.reference is not None
        and dt.date(going_on, month, 1) > scene.reference
    ):
        # 'Parliament is due to meet on Sunday. \n\n The conference wound up a year ago this
        # week. On 21 September the Houthis entered Sanaa': what is told in the past has
        # not gone on beyond the report, whatever day to come was named before
        return year
    if going_on > year:
        story.year_opened = (going_on, end)  # ('... in April, ... on 17 August': still 2019)
    return going_on


# what joins two times told in order: no 'had', 'after', 'before' or 'since' between them
_ONE_AFTER_ANOTHER = re.compile(
    r"(?:(?!\b(?:had|after|before|since|until|from)\b)[^.;:!?])*\band\b"
    r"(?:(?!\b(?:had|after|before|since|until|from)\b)[^.;:!?])*",
    re.IGNORECASE,
)
# 'that summer', 'October that year': a time the story has already put in its year
_TOLD_IN_THAT_YEAR = re.compile(r"^that\s|\bthat\s+year$", re.IGNORECASE)


def _year_going_on(day_told: dt.date, month: int, day: int) -> int:
    """The year of a yearless date told after ``day_told``: its year, or the next when the
    date would lie most of a year before it ('until December 29. ... on January 27')."""
    told = dt.date(day_told.year, month, min(day, cal.last_day(day_told.year, month)))
    crossed = (day_told - told).days > _NEW_YEAR_CROSSED_DAYS
    return day_told.year + 1 if crossed else day_told.year


_NAMES_A_YEAR = re.compile(r"\b(?:this|last|next|that|previous|following)\s+year\b", re.I)
_NEW_YEAR_CROSSED_DAYS = 270  # a date this far before the last one told is in the next year

_ERA_DATES = 3  # explicit dates of an earlier year in a row that make it the story's era
_ERA_PRECISIONS = (Precision.DAY, Precision.MONTH, Precision.SEASON)


def _follow_era(story: Story, expression: TimeExpression, ref: dt.date | None) -> None:
    """Keep count of explicit dates in an earlier year, told one after another with nothing
    near the report between them: an obituary's '... on June 11, 1948 ... Friday, Sept.
    17, 1948' sets the year for its yearless 'July 18' as a paragraph's 'In 1972,' does."""
    if ref is None or expression.start is None:
        return
    year = expression.start.year
    if year >= ref.year - 1 and year != story.anniversary:
        # back to the present: 'last month', 'on Monday', 'in 2023'; a piece 'one year on'
        # goes back to the year it is about ('In late June last year ...')
        story.era = None
    elif (
        story.anniversary is not None
        and story.era is not None
        and year < story.anniversary - 1
        and story.era[0] != year
    ):
        # 'the murder of one president in October 1977', in a piece about 1979: background
        # from before, and the piece goes on in its year
        return
    elif expression.precision in _ERA_PRECISIONS and (
        not expression.relative or story.era or year == story.anniversary
    ):
        # an explicit date starts a run; one the story already placed in that year goes on
        era = story.era
        count = era[1] + 1 if era is not None and abs(era[0] - year) <= 1 else 1
        if story.anniversary is not None and abs(story.anniversary - year) <= 1:
            # 'marks fifty years since the war ... Today we want to talk about ... The war
            # starts on Monday, June 5, 1967': back in the year the piece is about
            count = max(count, _ERA_DATES)
        story.era = (year, count)


def _era_year(
    scene: Scene, at: int, tense: Tense, month: int, day: int = 1, *, either_side: bool = True
) -> int | None:
    """The story's era year for a yearless date not told in the future, with the next one
    when the date lies most of a year before the last day told. In a text whose dates
    written in full are nearly all years before the reference, the year it last named.
    In a piece about a day years ago, ``either_side`` takes the year that puts the date
    nearest that day, before or after it."""
    era = scene.story.era
    if era is None or era[1] < _ERA_DATES or tense == "future":
        reviewed = _reviewed_year(scene, tense, month, day)
        if reviewed is not None or tense == "future":
            return reviewed
        era = _narrative_era(scene, at)
        if era is None:
            return None
    year = era[0]
    day_told = scene.story.last_day
    if day_told is None or day_told == scene.reference or not year <= day_told.year <= year + 1:
        return year  # ('Today the accord is dead.' is no day of the story told)
    if either_side and _the_day_years_ago(scene) is not None:
        # 'Thirty years ago today, the guns stopped ... after the first clashes in December':
        # a piece about that day tells the months either side of it
        return min(
            (y for y in (year - 1, year, year + 1) if day <= cal.last_day(y, month)),
            key=lambda y: abs((dt.date(y, month, day) - day_told).days),
        )
    return _year_going_on(day_told, month, day)


def _the_day_years_ago(scene: Scene) -> dt.date | None:
    """The day an anniversary piece is about ('Thirty years ago today'), while it is still
    the last day the piece told."""
    day_told, ref = scene.story.last_day, scene.reference
    if (
        day_told is None
        or ref is None
        or scene.story.anniversary != day_told.year
        or (day_told.month, day_told.day) != (ref.month, ref.day)
    ):
        return None
    return day_told


def _narrative_era(scene: Scene, at: int) -> tuple[int, int] | None:
    """The year the text last named in full, for an expression at ``at`` in the paragraph
    that named it, when the text tells a story years behind its reference: most of its
    dates written in full are two years or more before it ('On 3 September 2003 ... On 4
    November 2003 ...' in a case study of 2014), and so its yearless 'in late October' is
    the story's, not last October."""
    story, ref = scene.story, scene.reference
    if ref is None:
        return None
    if story.narrative is None:
        # news tells its own days by 'Tuesday' and 'yesterday', and writes in full only the
        # background's: 'The record was set on July 24, 2006 ... this summer'. Asked first,
        # as it settles most news at the first weekday, before the slower count of dates.
        unquoted = _QUOTED.sub("", scene.text)
        told = itertools.islice(_TOLD_FROM_TODAY.finditer(unquoted), _TOLD_FROM_TODAY_AT_MOST + 1)
        if sum(1 for _ in told) > _TOLD_FROM_TODAY_AT_MOST:
            story.narrative = False
        else:
            years = [int(found["year"]) for found in _FULL_DATE_WRITTEN.finditer(scene.text)]
            old = sum(year <= ref.year - _YEARS_BACK_TOLD for year in years)
            story.narrative = len(years) >= _NARRATIVE_DATES and old >= _NARRATIVE_SHARE * len(
                years
            )
    year = story.explicit_year
    if (
        not story.narrative
        or year is None
        or year > ref.year - _YEARS_BACK_TOLD
        # the paragraph that named the year: the next may be back in the present ('a summit
        # in Kazan on 24 June 2011 broke up ... \n\n Aliyev and Sargsyan last met in Vienna
        # on 19 November')
        or "\n\n" in scene.text[story.explicit_year_end : at]
    ):
        return None
    return (year, _ERA_DATES)


# a date written in full, its year given: '3 September 2003', 'Sept. 3, 2003', 'April 2003'
_FULL_DATE_WRITTEN = re.compile(
    r"\b(?:\d{1,2}\s+(?:" + MONTH + r")|(?:" + MONTH + r")\.?(?:\s+\d{1,2},?)?)\s+"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# a day told from the report's own: 'yesterday', 'last week', a weekday without 'the' ('the
# date of signature was indeed a Tuesday' only names one)
_TOLD_FROM_TODAY = re.compile(
    r"\b(?:yesterday|today|tonight|tomorrow|(?<!the\s)(?:this|last|next)\s+week"
    r"|(?<!the\s)(?<!that\s)(?<!\ba\s)(?<!every\s)(?<!each\s)"
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!'s))\b",
    re.IGNORECASE,
)
_TOLD_FROM_TODAY_AT_MOST = 0
# what someone said or wrote on a day of their own: a diary's "Yesterday ... Today ..."
_QUOTED = re.compile(r"\"[^\"\n]*\"|\u201c[^\u201d\n]*\u201d")
_NARRATIVE_DATES = 3  # so many dates written in full tell whether a text is a retrospective
_NARRATIVE_SHARE = 0.75  # the share of them years behind the reference that makes it one


def _reviewed_year(scene: Scene, tense: Tense, month: int, day: int) -> int | None:
    """The year of a yearless date in a review of the year: its year throughout, present
    tense and 'will' too ('JANUARY - ... On 29 January the foreign secretaries confirm that
    the first bus will run'), but the next one just after the turn of the year ('15 December.
    ... The government extends the amnesty to 31 January')."""
    reviewed = _review_year(scene)
    if reviewed is None:
        return None
    day_told = scene.story.last_day
    if day_told == scene.reference:
        day_told = None  # the masthead's day: the review goes back to its year's start
    if tense == "future" and day_told is None:
        return None  # 'talks resume in January', before the review has told a day
    if day_told is not None and day_told.year == reviewed:
        return _year_going_on(day_told, month, day)
    if day_told is not None and day_told.year == reviewed + 1:
        # gone on into the next year ('to 31 January. ... The Marau Peace Agreement of 7
        # February'): a date just after the last one told is still in it
        told = dt.date(day_told.year, month, min(day, cal.last_day(day_told.year, month)))
        if 0 <= (told - day_told).days <= _NEAR_A_DAY_TOLD:
            return day_told.year
    return reviewed


def _review_year(scene: Scene) -> int | None:
    """The year a review of the year is about, from its heading: '1999 MONTH BY MONTH',
    'Chapter 9. SOLOMON ISLANDS (2000)', 'Year-End Special', 'Annual Conflict Monitor ...
    Published 9 January 2003' (a review out in the first weeks of a year is of the last)."""
    story, ref = scene.story, scene.reference
    if story.review_read:
        return story.review_year
    story.review_read = True
    if ref is None:
        return None
    lines = [line for line in scene.text[:_HEADING_REACH].splitlines() if line.strip()]
    heading = "\n".join(lines[:_HEADING_LINES])
    if _REVIEW_CUE.search(heading) is None:
        return None
    named = {int(found[1] or found[2] or found[3]) for found in _REVIEWED_YEAR.finditer(heading)}
    named = {year for year in named if ref.year - 1 <= year <= ref.year}
    if len(named) == 1:
        story.review_year = named.pop()
    elif ref.month >= _LATE_IN_THE_YEAR:
        story.review_year = ref.year
    elif ref.month <= _EARLY_IN_THE_YEAR:
        story.review_year = ref.year - 1
    return story.review_year


_HEADING_REACH = 600  # characters
_HEADING_LINES = 4
_LATE_IN_THE_YEAR = 11  # a review out in November or December is of its own year
_EARLY_IN_THE_YEAR = 2  # one out in January or February, of the year before
_REVIEW_CUE = re.compile(
    r"\byear[- ]end\s+(?:special|review|edition|issue|supplement|round-?up)\b"
    r"|\byear\s+in\s+review\b|\breview\s+of\s+the\s+year\b|\bmonth[- ]by[- ]month\b"
    r"|\byearbook\b|\bannual\s+(?:\w+\s+){0,2}(?:monitor|review|survey)\b"
    r"|^the\s+year\s+in\s+\w+|\bthe\s+year\s+of\s+(?:the\s+)?[a-z]",
    re.IGNORECASE | re.M,
)
# '1999 MONTH BY MONTH', 'SOLOMON ISLANDS (2000)', '2002 in review', 'the year 2000'
_REVIEWED_YEAR = re.compile(
    r"\b((?:19|20)\d\d)\s+(?:month[- ]by[- ]month|in\s+review)\b|\(((?:19|20)\d\d)\)"
    r"|\bthe\s+year\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _past_story_day(cand: Candidate, scene: Scene, unit: str = "year") -> dt.date | None:
    """Where the text last placed something, when it is telling of an earlier year (or,
    for 'the month', an earlier month) in the past tense:
    'signed a consensus (28 February 2013). Three rounds of talks followed in the spring',
    'By the end of the year the dialogue had stalled', in a commentary of 2019;
    'began leaving on 13 January and completed their withdrawal before the end of the month'."""
    story, ref = scene.story, scene.reference
    last = story.last_anchor
    if (
        last is None
        or last.start is None
        or ref is None
        or (
            (last.start.year, last.start.month) >= (ref.year, ref.month)
            if unit == "month"
            else last.start.year >= ref.year
        )
        # a year named in passing ('since early 2012') is no time the story is telling
        or last.precision not in (Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.SEASON)
        or not 0 <= cand.start - last.char_end <= _PAST_STORY_REACH
        # a month and year named in the paragraph before ('A referendum planned for January
        # 1992 had never been held.') is background; a day told there, or 'In June that
        # year', goes on being told
        or (
            last.precision is Precision.MONTH
            and not last.relative
            and "\n\n" in scene.text[last.char_end : cand.start]
        )
        # the month of a day just told, not of a month named in passing ('since April')
        or (
            unit == "month"
            and (
                not (
                    last.precision is Precision.DAY
                    # 'The fighting grew worse through January. Around the middle of the
                    # month ...' in a memoir, 'moved to a camp in the first week of January.
                    # By the end of the month, 37 had left': a month the story is telling,
                    # not one named in passing (in this year's news, 'talks ended in
                    # February ... at the beginning of the month' is more often today's)
                    or (
                        (
                            last.precision is Precision.WEEK
                            or (last.precision is Precision.MONTH and last.start.year < ref.year)
                        )
                        and _MONTH_TOLD_BEFORE.search(
                            scene.text, max(0, last.char_start - 10), last.char_start
                        )
                    )
                )
                or cand.start - last.char_end > _MONTH_TOLD_REACH
            )
        )
        or (_tense(cand, scene) != "past" and not _said_that_day(cand, scene, last, unit))
        # 'has been going on since the start of the year': up to now, so this year
        or _SINCE_BEFORE.search(scene.text, max(0, cand.start - 8), cand.start)
    ):
        return None
    return last.start


def _said_that_day(cand: Candidate, scene: Scene, last: TimeExpression, unit: str) -> bool:
    """'On 9 September the US command said it would cut its forces by the end of the month':
    a term set on the day its sentence told, in the month of that day. A day told from the
    report's own ('Wednesday's briefing said ...') is the paper's time, and its month too."""
    return (
        unit == "month"
        and _MONTH_NAMED.search(last.text) is not None
        and _tense(cand, scene) == "future"
        and _same_sentence(scene.text, last.char_end, cand.start)
        # the future seen from that day ('would'), not from now ('analysts expect more by
        # the end of the month')
        and _FUTURE_IN_THE_PAST.search(scene.text, last.char_end, cand.start) is not None
    )


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_MONTH_TOLD_BEFORE = re.compile(r"\b(?:in|through|throughout|during)\s+$", re.IGNORECASE)
_FUTURE_IN_THE_PAST = re.compile(r"\b(?:would|was\s+to|were\s+to)\b", re.IGNORECASE)


_PAST_STORY_REACH = 1000  # characters
_MONTH_TOLD_REACH = 250  # characters from a day told to 'the end of the month' in its month
# days from a day told to the reference that make the telling a story of an earlier time,
# not the last days of December seen from early January
_STORY_OF_ANOTHER_YEAR = 60


def _in_relative_clause(text: str, start: int) -> bool:
    """True when the words before ``start`` open a relative clause after a comma: 'Cabo
    Delgado, where attacks began in October 2017, ...' tells of another time."""
    comma = text.rfind(",", max(0, start - 120), start)
    return comma >= 0 and _RELATIVE_AFTER_COMMA.match(text, comma) is not None


def _day_told_in_relative_clause(scene: Scene) -> bool:
    last = scene.story.last_anchor
    return (
        last is not None
        and last.char_end == scene.story.last_day_end
        and _in_relative_clause(scene.text, last.char_start)
    )


_RELATIVE_AFTER_COMMA = re.compile(r",\s*(?:where|which|who|whose|when|whom)\b", re.IGNORECASE)


_BACK_IN_THE_PRESENT_DAYS = 120


def _retold_day(scene: Scene, tense: Tense, found: dt.date | None) -> dt.date | None:
    """The day a retrospective is telling, when a yearless date not told in the future
    would otherwise land after the report: 'The column moved out on Friday, February 22,
    2002. ... On March 13 the government announced', written in February 2003, is near the
    story's day, in the story's year."""
    last, ref = scene.story.last_day, scene.reference
    if tense == "future" or found is None or ref is None or found <= ref:
        return None
    since = scene.story.previous
    if (
        since is not None
        and since.start is not None
        and since.char_start > scene.story.last_day_end
        and since.precision in (Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.SEASON)
        and abs((ref - since.start).days) <= _BACK_IN_THE_PRESENT_DAYS
    ):
        return None  # 'this month ... this week ... the winter': the text is back in the present
    return last if last is not None and last.year < ref.year else None


# ---------------------------------------------------------------- resolvers by family

Resolver = Callable[[Candidate, Scene], TimeExpression | None]


def _date_time_group(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    year = int(p["gyear"])
    year += 0 if year > 99 else 2000 if year < 70 else 1900
    try:
        day = dt.date(year, _month(p["gmonth"]), int(p["gday"]))
    except ValueError:
        return None
    value = f"{day.isoformat()}T{p['ghh']}:{p['gmm']}"
    return _expr(cand, scene, TimexType.TIME, value, (day, day), Precision.MINUTE)


def _iso(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    try:
        day = dt.date(int(p["y"]), int(p["m"]), int(p["d"]))
    except ValueError:
        return None
    if "hh" in p:
        value = f"{day.isoformat()}T{p['hh']}:{p['mm']}"
        return _expr(cand, scene, TimexType.TIME, value, (day, day), Precision.MINUTE)
    return _expr(cand, scene, TimexType.DATE, day.isoformat(), (day, day), Precision.DAY)


@functools.lru_cache(maxsize=4096)
def parse_numeric(text: str, order: str | None = None) -> dt.date | None:
    """Parse 27/02/2016-style dates with dateparser, day first unless only month-first fits."""
    if order is None:
        first, second = (int(x) for x in re.split(r"[/.-]", text)[:2])
        order = "MDY" if second > 12 >= first else "DMY"
    plain = _plain_date(text, order)
    if plain is not None:
        return plain
    import dateparser  # imported late: it is slow to load and rarely needed now

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"DATE_ORDER": order, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None


def _plain_date(text: str, order: str) -> dt.date | None:
    """A valid date read as written, a two-digit year as strptime's %y reads it: what
    dateparser gives for it (checked on every day and month token of several four- and
    two-digit years), a hundred times faster. None when it is not that simple."""
    separator = "/" if "/" in text else "-" if "-" in text else "."
    day_month = ("%d", "%m") if order == "DMY" else ("%m", "%d")
    year = "%y" if len(text.rsplit(separator, 1)[-1]) == 2 else "%Y"
    try:
        return dt.datetime.strptime(text, separator.join((*day_month, year))).date()
    except ValueError:
        return None


def _numeric(cand: Candidate, scene: Scene) -> TimeExpression | None:
    text, ref = cand.parts["num"], scene.reference
    day = parse_numeric(text)
    first, second = (int(x) for x in re.split(r"[/.-]", text)[:2])
    if (
        ref is not None
        and "/" in text
        and first != second
        and max(first, second) <= 12
        and not _writes_day_first(scene.text)
    ):
        # '03/12/2012' on a page dated 12 March 2012 is American: of the two readings,
        # the one nearer the reference date. Dotted dates are always day first, and so are
        # a text's that writes '14/03' elsewhere.
        other = parse_numeric(text, "MDY")
        if other is not None and (day is None or abs((other - ref).days) < abs((day - ref).days)):
            day = other
    named = _WEEKDAY_BEFORE.search(scene.text, max(0, cand.start - 12), cand.start)
    if named and "/" in text and first != second and max(first, second) <= 12:
        # 'on Monday, 2/12/2024': the reading that falls on the weekday named
        weekday = LEXICON.weekdays[named.group(1).lower()]
        readings = (parse_numeric(text, "DMY"), parse_numeric(text, "MDY"))
        fits = [d for d in readings if d is not None and d.isoweekday() == weekday]
        day = fits[0] if len(fits) == 1 else day
    if day is None or not 1800 <= day.year <= 2100:
        return None
    return _expr(cand, scene, TimexType.DATE, day.isoformat(), (day, day), Precision.DAY)


_WEEKDAY_BEFORE = re.compile(r"\b(" + alternation(LEXICON.weekdays) + r")\.?,?\s+$", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def figure_orders(text: str) -> tuple[int, int]:
    """How many numeric dates ``text`` writes that can only be day first ('14/03') and how
    many that can only be month first ('6/22')."""
    return len(_DAY_FIRST.findall(text)), len(_MONTH_FIRST.findall(text))


def _writes_day_first(text: str) -> bool:
    """Whether ``text`` writes a numeric date that can only be day first ('14/03',
    '21/03/2024') and none that can only be month first ('03/14')."""
    days_first, months_first = figure_orders(text)
    return days_first > 0 and months_first == 0


_DAY_FIRST = re.compile(r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d])")
_MONTH_FIRST = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])(?![\d])")


def _clock(cand: Candidate) -> tuple[int, int, bool] | None:
    """(hour, minute, minutes given) of the clock time in a candidate."""
    p = cand.parts
    if "named" in p:
        return (24, 0, False) if p["named"].lower().endswith("midnight") else (12, 0, False)
    if "ochour" in p:
        return int(number_of(p["ochour"]) or 0), 0, False
    if "dphour" in p:
        hour, part = int(number_of(p["dphour"]) or 0) % 12, p["dp"].lower()
        # 'in the evening' is after noon; 'at night' too, but '2 at night' is small hours
        if part.endswith(("afternoon", "evening")) or (part.endswith("night") and hour >= 6):
            hour += 12
        return hour, int(p.get("dpminute", "0")), "dpminute" in p
    if "lhour" in p:
        # '5 to 7 p.m.' is 17:00; '11 to 1 p.m.' starts before noon
        hour, closing = int(p["lhour"]) % 12, int(p["rhour"]) % 12
        if p["rampm"].lower().startswith("p") and hour <= closing:
            hour += 12
        return hour, int(p.get("lminute", "0")), "lminute" in p
    if "hour24" in p:
        return int(p["hour24"]), int(p["minute24"]), True
    if "hourdot" in p:
        return int(p["hourdot"]), int(p["minutedot"]), True
    if "military" in p:
        return int(p["military"][:2]), int(p["military"][2:]), True
    hour = int(p["hour"]) % 12
    if p["ampm"].lower().startswith("p"):
        hour += 12
    return hour, int(p.get("minute", "0")), "minute" in p


def _day_of_ref(cand: Candidate, scene: Scene, word: str) -> dt.date | str | None:
    """The date a day reference (weekday, today, 'May 2') points at."""
    ref = scene.reference
    low = word.casefold()
    figures = _WEEKDAY_FIGURES.fullmatch(word)
    if figures is not None:
        # 'Thu 05/04': read as the schedule's 'Thu 05/04' alone is, its weekday deciding
        parts = {"fwd": figures["wd"], "fday": figures["a"], "fmonth": figures["b"]}
        read = _day_month_figures(replace(cand, family="day_month_figures", parts=parts), scene)
        return None if read is None else read.start
    named, dated = _weekday_and_date(word)
    if dated:
        # 'Tuesday 18 December', 'Friday, the 8th of January': the date decides, in a year
        # its weekday fits when none is written ('at 9 a.m. on Friday, 29 October', told of
        # 1999 in a judgment of 2006)
        found = _day_of_ref(cand, scene, dated)
        weekday = _weekday(named) if _weekday_word(named) else None
        if (
            isinstance(found, dt.date)
            and weekday is not None
            and found.isoweekday() != weekday
            and not re.search(r"\b\d{4}\b", dated)
        ):
            return _weekday_fit(cand, scene, found.month, found.day, weekday)
        return found
    if low in LEXICON.weekdays:
        if not _weekday_word(word):
            return None
        if ref is None:
            return f"XXXX-WXX-{_weekday(low)}"
        rel = cand.parts.get("dayrel", "")
        if rel:
            # '6 p.m. next Wednesday', said on a Wednesday, is a week on
            return resolve_weekday(_weekday(low), ref, None, rel)
        closing = _closes_a_timed_range(cand, scene, _weekday(low))
        if closing is not None:
            return closing
        in_era = _era_weekday(cand, scene, _weekday(low))
        if in_era is not None:
            return in_era  # 'He landed in Baghdad at dawn on Sunday', twenty years on
        if _weekday(low) == ref.isoweekday():
            return ref  # today's name needs no tense
        tense = _tense(cand, scene)
        return (
            _said_to_come(cand, scene, _weekday(low), tense)
            or _planned_weekday(cand, scene, _weekday(low))
            or _bare_weekday(_weekday(low), ref, tense, cand, scene)
        )
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}
    low = " ".join(low.split())
    if low.startswith(("the same", "same day", "that", "the following", "the next")):
        # 'at 8 a.m. local time the following day': the day the story told, or the next
        told = scene.story.last_day or ref
        if told is None:
            return None
        return told + dt.timedelta(days=low.startswith(("the following", "the next")))
    if low in offsets:
        # '"As of 2 a.m. tomorrow, Israel will hold its fire," he said on Saturday'
        spoken = None if ref is None else _day_of_speaking(cand, scene)
        return None if ref is None else (spoken or ref) + dt.timedelta(days=offsets[low])
    if low.startswith("the night of "):
        # 'on the night of Feb. 26 to 27': the night starts on the first day
        return _day_of_ref(cand, scene, _NIGHT_OF_SECOND_DAY.sub("", word[len("the night of ") :]))
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{2,4}", word):
        return parse_numeric(word, "DMY")  # '18.10.2016', not '13 Aug.'
    # 'May 12', '12 May', '12 May 2025', 'May 12, 2025'
    match = re.match(r"(\D+?)\.?\s+(\d+)\w*|(\d+)\w*\s+(?:of\s+)?(\S+?)\.?(?:\s|,|$)", word)
    if match is None:
        return None
    month_word, day_word = (
        (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
    )
    year = re.search(r"\b\d{4}$", word)
    if month_word.lower() not in LEXICON.months:
        return None
    return _month_day(
        cand, scene, _month(month_word), _day(day_word), year.group() if year else None
    )


_SCHEDULE_DAYS = 14  # how far a schedule's 'D+n' counts on from the day its line gave
_WEEKDAY_FIGURES = re.compile(r"(?P<wd>[A-Za-z]+)\.?[ \t]+(?P<a>\d{1,2})/(?P<b>\d{1,2})")
_NIGHT_OF_SECOND_DAY = re.compile(r"\s*(?:to|-|\u2013|/)\s*\d+(?:st|nd|rd|th)?\b")


def _zone_twin_day(cand: Candidate, scene: Scene, weekday: int) -> dt.date | None:
    """'9:03 p.m. EDT Friday (0103 GMT Saturday)': the same moment in another zone, in
    brackets right after a clock time, is on that time's day or the one beside it."""
    last = scene.story.last_anchor
    if (
        last is None
        or last.type is not TimexType.TIME
        or last.start is None
        or not _OPENS_A_TWIN.fullmatch(scene.text, last.char_end, cand.start)
    ):
        return None
    for shift in (0, 1, -1):
        day = last.start + dt.timedelta(days=shift)
        if day.isoweekday() == weekday:
            return day
    return None


_OPENS_A_TWIN = re.compile(r"\s*\(\s*")


def _weekday_and_date(word: str) -> tuple[str, str]:
    """'Tuesday 18 December' -> ('Tuesday', '18 December'); the date is '' when there is
    none or its month is not a capitalised name ('on Monday may 7 be ...')."""
    named, _, rest = word.partition(" ")
    named = named.rstrip(",")
    if not rest or named.lower() not in LEXICON.weekdays:
        return word, ""
    dated = " ".join(rest.split()).removeprefix("the ")
    month = next((w for w in re.findall(r"[A-Za-z]+", dated) if w.lower() in LEXICON.months), "")
    return named, dated if _capitalised(month) else ""


def _dated_range_end(cand: Candidate, scene: Scene) -> dt.date | str | None:
    """The day named after the clock time that ends a range this clock time opens: 'from 6
    a.m. to 8 p.m. on Nov. 2'."""
    link = _RANGE_LINK.match(scene.text, cand.end)
    if link is None:
        return None
    end = family_pattern("time").match(scene.text, link.end())
    if end is None or end["dayref"] is None:
        return None
    return _day_of_ref(replace(cand, start=end.start(), end=end.end()), scene, end["dayref"])


# 'from 6 a.m. to 8 p.m. on Nov. 2'; 'Polls opened at 7 a.m. and closed at 9 p.m. Sunday'
_RANGE_LINK = re.compile(
    r"[ \t]*(?:to|until|till|and(?:[ \t]+[a-z]+ed)?(?:[ \t]+at)?|-|\u2013)[ \t]*", re.IGNORECASE
)


def _time(cand: Candidate, scene: Scene) -> TimeExpression | None:
    clock = _clock(cand)
    if clock is None:
        return None
    if "rday" in cand.parts:
        # 'from 4 to 7 p.m. Monday': the first clock is on the day the range names
        cand = replace(cand, parts={**cand.parts, "dayref": cand.parts["rday"]})
    if "dayref" in cand.parts:
        named, dated = _weekday_and_date(cand.parts["dayref"])
        if (
            named != cand.parts["dayref"]
            and not dated
            and not _WEEKDAY_FIGURES.fullmatch(cand.parts["dayref"])
        ):
            # '9 a.m. on Monday may 7 ...': the time ends with the weekday
            end = cand.end - len(cand.parts["dayref"]) + len(named)
            cand = replace(cand, end=end, parts={**cand.parts, "dayref": named})
    p = cand.parts
    hour, minute, has_minutes = clock
    if _afternoon_hour(cand, scene, hour):
        hour += 12
    elif (
        " ".join(p.get("dayref", "").lower().split()) in ("last night", "tonight")
        and "ampm" not in p
        and _EVENING_HOURS_FROM <= hour < 12
    ):
        hour += 12  # "at 9 o'clock last night"
    if "dayref" not in p and _opens_a_stamped_line(scene, cand):
        return _stamp(cand, scene, hour, minute, has_minutes)
    bare_clock = "hour24" in p and not {"zone", "bracket", "dayref"} & p.keys()
    if (
        bare_clock
        and not _CLOCK_LEAD.search(scene.text, max(0, cand.start - 7), cand.start)
        and not (
            _AS_OF_LEAD.search(scene.text, max(0, cand.start - 7), cand.start)
            and len(p["hour24"]) == 2
        )
    ):
        return None  # '14:30' alone is a score or a verse as often as a time
    stamp = f"T{hour:02d}:{minute:02d}" + (f":{p['second']}" if "second" in p else "")
    precision = Precision.MINUTE if has_minutes else Precision.HOUR
    day: dt.date | str | None
    if "dayref" not in p and _standing_hours(scene.text, cand.start, cand.end):
        # 'open from 7 a.m. to 10 p.m. daily', 'story time, 10:30 a.m. Wednesdays': the
        # hour of every such day, on no day of the calendar
        return _unresolved(cand, scene, "XXXX-XX-XX" + stamp, TimexType.TIME)
    named = p.get("dayref", "").lower()
    if named in LEXICON.weekdays and (twin := _zone_twin_day(cand, scene, _weekday(named))):
        # the moment the clock time before it told, in another zone: its TIMEX3, no event
        return _expr(cand, scene, TimexType.TIME, twin.isoformat() + stamp)
    if "dayref" in p:
        day = _day_of_ref(cand, scene, p["dayref"])
        relative = True
    elif (stamped := _stamped_day(scene, cand)) is not None:
        # 'Tajik troops accuse Kyrgyz side of firing at 19:20' on a line stamped 19:52
        day, relative = stamped, True
    elif (holiday := _holiday_after_a_clock(cand, scene)) is not None:
        # 'City Hall will close at noon on Christmas Eve': the holiday's day
        day, relative = holiday, True
    elif (range_end := _dated_range_end(cand, scene)) is not None:
        # 'Polls will be open from 6 a.m. to 8 p.m. on Nov. 2': the day the range's end names
        day, relative = range_end, True
    else:
        # A bare clock time belongs to the day its sentence named: 'Feb. 27 - The truce
        # takes effect at midnight'; without one it is on the reference day.
        story = scene.story
        same = story.last_day is not None and _same_sentence(
            scene.text, story.last_day_end, cand.start
        )
        ref = scene.reference
        on_dated_line = story.line_day is not None and (
            scene.text.find("\n", story.line_day[0], cand.start) < 0
        )
        told_day = story.last_day
        if not same and on_dated_line and story.line_day is not None:
            # 'Tuesday, Nov. 2: Town election. Polls open from 7 a.m.': the line's day
            same, told_day = True, story.line_day[1]
        elif not same and story.listing_day is not None:
            # 'FRIDAY, OCT. 29 | Harvest supper, 5 to 7 p.m.': the heading's day
            same, told_day = True, story.listing_day
        if same and ref is not None and told_day is not None and told_day < ref:
            # 'said yesterday it would cease fighting by 6 a.m.': the time is still ahead,
            # unless a chronology line tells its day in the present ('Feb. 27 - ... at midnight'),
            # or the sentence counts the hours of that day ('spoke at 15:35 on Saturday and
            # agreed that firing would stop from 17:00').
            same = (
                on_dated_line
                or _tense(cand, scene) != "future"
                or _later_on_the_same_day(story, hour, minute)
                # 'Eden told the Commons that British forces would cease fire at midnight',
                # sixty years on: what was still to come then is on the day told
                or _telling_an_era(story)
            )
        if not same and told_day == story.last_day:
            told_day = story.told_before_saying or told_day  # the day told, not the saying's
        if (
            not same
            and told_day is not None
            and ref is not None
            and 0 < (ref - told_day).days <= _PAST_CLOCK_DAYS
            and _tense(cand, scene) == "past"
        ):
            # 'The explosion came on Tuesday ... At 3:12 p.m. the alarm sounded': a past
            # clock with no day of its own is on the day the story just told
            same = True
            anchor = story.last_anchor
            if anchor is not None and anchor.value.endswith("T24:00") and anchor.start == told_day:
                told_day += dt.timedelta(days=1)  # after a midnight, the day it began
        day = told_day if same else ref
        if (
            not same
            and ref is not None
            and story.last_day is not None
            and story.last_day > ref
            and 0 <= cand.start - story.last_day_end <= _NEXT_CLOCK_REACH
            and (
                _tense(cand, scene) == "future"
                or (
                    _later_on_the_same_day(story, hour, minute)
                    and "\n" not in scene.text[story.last_day_end : cand.start]
                    and _tense(cand, scene) != "past"
                )
            )
        ):
            # 'a ribbon-cutting at 8:30 a.m. Saturday. The doors open to shoppers at 9 a.m.':
            # the next hour of a day still to come is on that day
            day, same = story.last_day, True
        if not same and ref is not None and story.last_day is not None:
            # 'Two men were wounded late Thursday ..., police said Friday. The shooting
            # happened about 10:25 p.m.': the day told, not the day it was told on
            told, told_end = story.told_before_saying or story.last_day, story.last_day_end
            if story.last_past_day is not None and (
                told > ref or (told == ref and story.last_day_said)
            ):
                # 'voted Tuesday night to raise rates starting April 1. ... the meeting
                # opened at 7 p.m.': the plan told in between is not the narrative's day, nor
                # is the day of saying ('an avalanche on Monday, officials said Tuesday')
                told, told_end = story.last_past_day
            if (
                told < ref
                and 0 <= cand.start - told_end <= _narrated_reach(story, ref)
                # a story of an earlier year may be told in the present: 'The war starts
                # on Monday, June 5, 1967. At about quarter to eight, the strikes begin'
                and (
                    _tense(cand, scene) == "past"
                    or _telling_an_era(story)
                    # 'The trouble began on the second of August 2014 ... By four o'clock his
                    # men and others had come down': a day long past retold, no cue next to
                    # the clock, but the sentence looks back
                    or (
                        (ref - told).days > _RETOLD_AFTER_DAYS
                        and _tense(cand, scene) is None
                        and sentence_looks_back(
                            scene.folded or fold(scene.text), cand.start, cand.end, scene.text
                        )
                    )
                )
                # 'the Adana Agreement, signed on Oct. 20, 1998 ...' and, paragraphs on,
                # 'the pause expired at 10 p.m.': a day years back is no longer the story's
                and (
                    told.year >= ref.year - 1
                    or _telling_an_era(story)
                    or "\n\n" not in scene.text[told_end : cand.start]
                )
            ):
                # 'TDF entered Mekelle on the afternoon of 28 June. ... At about 10 p.m., state
                # media announced a ceasefire': a past clock time goes on with the day just told.
                day, same = told, True
        relative = True
        last = story.last_anchor
        after_a_night = last is not None and last.value.endswith("TNI")
        if same and day is not None and after_a_night and hour < 12:
            day += dt.timedelta(days=1)  # 'shelling went on overnight ... by 10 a.m.'
        elif (
            same
            and isinstance(day, dt.date)
            and hour < _SMALL_HOURS_END
            and last is not None
            and last.start == day
            and (last_clock := _clock_in_value(last.value)) is not None
            and _EVENING_STARTS <= last_clock[0] < 24  # 'T24:00' is the midnight that ends it
            and not _THAT_DAY_AFTER.match(scene.text, cand.end)
        ):
            # 'Polls closed at 10pm on Thursday ... declared at 10.45pm. By 1am Labour had
            # taken Edgbaston': a night told hour by hour runs past midnight
            day += dt.timedelta(days=1)
        if not same and day is not None and hour == 24 and _tense(cand, scene) == "past":
            # 'took effect at midnight' in a report of that day: the midnight that began
            # it; the one that ends it has not come yet.
            hour, stamp = 0, "T00:00"
        posted = story.stamp
        if (
            not same
            and isinstance(day, dt.date)
            and posted is not None
            and posted[0] == day
            and posted[1] < 12
            and hour >= _EVENING_STARTS
            and _tense(cand, scene) == "past"
        ):
            # '06:40 Good morning. The night passed without rocket fire after 22:51': a
            # morning entry's past evening hour is of the day before it
            day -= dt.timedelta(days=1)
    if hour == 24 and (
        just_after := _JUST_AFTER.search(scene.text, max(0, cand.start - 16), cand.start)
    ):
        # 'ran aground shortly after midnight on March 24': the midnight that begins the day
        hour, stamp = 0, "T00:00"
        if just_after["minute"]:
            stamp = "T00:01"  # 'came into force at one minute past midnight on Monday'
            precision = Precision.MINUTE
    if day is None:
        return _unresolved(cand, scene, "XXXX-XX-XX" + stamp, TimexType.TIME)
    if isinstance(day, str):
        return _unresolved(cand, scene, day + stamp, TimexType.TIME)
    approx = "APPROX" if "tapprox" in p else None
    return _expr(
        cand,
        scene,
        TimexType.TIME,
        day.isoformat() + stamp,
        (day, day),
        precision,
        approx,
        relative,
    )


_JUST_AFTER = re.compile(
    r"\b(?:(?:just|shortly|soon|minutes|right)\s+after|(?:one|a|1)\s+(?P<minute>minute)\s+past)"
    r"\s+$",
    re.IGNORECASE,
)


def _standing_hours(text: str, start: int, end: int) -> bool:
    """Whether a word of repetition stands near a clock time in its sentence ('daily',
    'nightly', 'every night', 'on Sundays', 'Mondays')."""
    before = text[max(0, start - _STANDING_REACH) : start]
    # from the clock's own full stop: 'The doors open at 9 a.m. The store is open daily.'
    after = text[end - (text[end - 1 : end] == ".") : end + _STANDING_REACH]
    before = _SENTENCE_BREAK_CHARS.split(before)[-1]
    after = _SENTENCE_BREAK_CHARS.split(after)[0]
    # 'between 9 p.m. and 5 a.m. nightly': a repeated range is repeated at both ends
    after = _RANGE_ON.sub("", after, count=1)
    return bool(_REPEATED.search(before) or _REPEATED.search(after))


_STANDING_REACH = 40
_PLURAL_WEEKDAY = r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)"
# a sentence ends where a capital follows ('at 9 a.m. The store ...'), not at 'p.m. and' nor
# before the days it repeats on ('9 to 11 a.m. Saturdays')
_SENTENCE_BREAK_CHARS = re.compile(
    r"[.;!?][\"\u201d]?\s+(?=[A-Z\"\u201c])(?!" + _PLURAL_WEEKDAY + r"\b)|\n"
)
_RANGE_ON = re.compile(r"^\.?\s*(?:and|to|until|till|-|\u2013)\s+\S+(?:\s+[ap]\.?m\.?)?", re.I)
_REPEATED = re.compile(
    r"\b(?:daily|nightly|weeknights|weekdays"
    r"|every\s+(?:day|night|morning|evening|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|each\s+(?:day|night|morning|evening|weekday)|" + _PLURAL_WEEKDAY + r")\b",
    re.IGNORECASE,
)
_BOUND_BEFORE = re.compile(r"\b(?:since|after)\s+$", re.IGNORECASE)
_NOUN_AFTER_A_DATE = re.compile(r"(?:,?\s+\d{4})?\s+(?!(?:and|or|to|through|until)\b)[a-z]{3,}")
_WHEN_AFTER = re.compile(r"(?:\s+of\s+(?:last|this)\s+year)?,?\s+when\b")
_MARKET_CLOSE = re.compile(r"['\u2019]s\s+(?:close|closing)\b")
_SAID_ON = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?(?:reporters|journalists)|announced)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_SMALL_HOURS_END = 6  # the small hours run from midnight to 6 a.m.
_EVENING_HOURS_FROM = 6  # 'at 9 o'clock last night' is 21:00; 'at 2 last night' the small hours
_EVENING_STARTS = 18
_THAT_DAY_AFTER = re.compile(r"\s+(?:on\s+)?(?:that|the\s+same)\s+(?:day|morning)\b", re.I)
_CLOCK_IN_VALUE = re.compile(r"T(\d\d):(\d\d)(?::\d\d)?$")


def _clock_in_value(value: str) -> tuple[int, int] | None:
    """The hour and minute a TIMEX3 value ends on ('2013-02-11T15:40'), if it names one."""
    clock = _CLOCK_IN_VALUE.search(value)
    return None if clock is None else (int(clock[1]), int(clock[2]))


_CLOCK_LEAD = re.compile(r"\b(?:at|from|since|until|till|by|after|before)\s$", re.IGNORECASE)
# 'As of 14:00, the enemy had opened fire twice': a ceasefire report's 24-hour clock
_AS_OF_LEAD = re.compile(r"\bas\s+of\s$", re.IGNORECASE)
_STAMPED_LINE = re.compile(r"^[ \t*\u2022-]*(?:[01]?\d|2[0-3])[:.h][0-5]\d\b", re.MULTILINE)
_AFTER_A_STAMP = re.compile(r"[ \t]*(?:$|[ \t]+\S|[-|\u2013\u2014:][ \t])", re.MULTILINE)


def _opens_a_stamped_line(scene: Scene, cand: Candidate) -> bool:
    """'17:45  Fresh shelling reported', '21:40 GMT' over an entry: a time stamp opening a
    line of a ticker or a live page, where at least two lines open so."""
    text = scene.text
    line_start = _line_start(text, cand.start)
    if text[line_start : cand.start].strip(" \t*\u2022-") or not _AFTER_A_STAMP.match(
        text, cand.end
    ):
        return False
    story = scene.story
    if story.stamp_lines < 0:
        story.stamp_lines = len(_STAMPED_LINE.findall(text, 0, 200_000))
    return story.stamp_lines >= 2


def _stamp(
    cand: Candidate, scene: Scene, hour: int, minute: int, has_minutes: bool
) -> TimeExpression:
    """A line's time stamp: on the day of the stamp before it, a day on when a ticker runs
    past midnight (23:58, then 00:05) or a day back when a live page runs newest first
    (00:30, then 23:50); on the reference day (or the day heading it) at first."""
    story, ref = scene.story, scene.reference
    previous = story.stamp
    if previous is None or previous[3] != ref or ref is None:
        day = ref
    else:
        day, last_hour = previous[0], previous[1]
        if last_hour >= _LATE_HOUR and hour < _EARLY_HOUR:
            day += dt.timedelta(days=1)
        elif last_hour < _EARLY_HOUR and hour >= _LATE_HOUR:
            day -= dt.timedelta(days=1)
    stamp = f"T{hour:02d}:{minute:02d}"
    if day is None:
        return _unresolved(cand, scene, "XXXX-XX-XX" + stamp, TimexType.TIME)
    if previous is not None and ref is not None and day != previous[0] and day != ref:
        # past midnight, 'today' and 'this evening' are the new day's
        story.heading_day, story.heading_end = day, -1
    story.stamp = (day, hour, _line_start(scene.text, cand.start), story.heading_day or ref)
    precision = Precision.MINUTE if has_minutes else Precision.HOUR
    return _expr(
        cand, scene, TimexType.TIME, day.isoformat() + stamp, (day, day), precision, None, True
    )


_LATE_HOUR, _EARLY_HOUR = 20, 6


def _stamped_day(scene: Scene, cand: Candidate) -> dt.date | None:
    """The day of the time stamp opening the candidate's line, if one does."""
    stamp = scene.story.stamp
    if stamp is None or stamp[2] != _line_start(scene.text, cand.start):
        return None
    return stamp[0]


def _afternoon_hour(cand: Candidate, scene: Scene, hour: int) -> bool:
    """Whether an hour said without a.m. or p.m. ('at 4 o'clock', 'at 7:30') is after noon.

    News keeps the small hours for what it names as such: 1 to 5 o'clock are afternoon,
    and 6 to 11 o'clock are evening when the text around speaks of the evening or night
    ('a truce from 6 o'clock tomorrow' may well start at dawn).
    """
    p = cand.parts
    said_bare = "ochour" in p or ("hour24" in p and len(p["hour24"]) == 1)
    if not said_bare or not 1 <= hour <= 11:
        return False
    after = scene.text[cand.end : cand.end + _PART_AFTER_REACH]
    if _MORNING_AFTER.match(after):
        return False
    if hour < _SMALL_HOURS_END:
        return True
    around = scene.text[max(0, cand.start - _EVENING_REACH) : cand.start] + after
    return _EVENING_AROUND.search(around) is not None


_PART_AFTER_REACH = 30
_EVENING_REACH = 250
_MORNING_AFTER = re.compile(
    r"\s*(?:in\s+the\s+morning|this\s+morning|tomorrow\s+morning|a\.?m\b)", re.IGNORECASE
)
_EVENING_AROUND = re.compile(r"\b(?:tonight|this\s+evening|evening|night)\b", re.IGNORECASE)


def _later_on_the_same_day(story: Story, hour: int, minute: int) -> bool:
    """True when the last expression was a clock time on the story's day, before this one."""
    last = story.last_anchor
    if last is None or last.type is not TimexType.TIME or last.start != story.last_day:
        return False
    clock = _clock_in_value(last.value)
    if clock is None:
        # 'had spoken that afternoon and agreed to stop firing from 5 p.m.': a part of the
        # day that begins before the clock time
        part = _PART_STARTS.get(last.value[-2:]) if last.value[-3:-2] == "T" else None
        return part is not None and part <= hour
    return clock < (hour, minute)


_NEXT_CLOCK_REACH = 300  # characters from a day ahead to the next clock time on it

# the hour each part of the day in a TIMEX3 value begins: morning, afternoon, evening
_PART_STARTS = {"MO": 5, "AF": 12, "EV": 17}


def _weekday_date(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    month_word = p.get("month") or p["month2"]
    if not _capitalised(month_word):
        return None
    if not _weekday_word(p["wd"]):
        return None
    month, day = _month(month_word), _day(p.get("day") or p["day2"])
    weekday = _weekday(p["wd"])
    mod, _ = _mod_of(cand)  # 'late on Friday, April 1'
    if "year" in p:
        try:
            date = dt.date(int(p["year"]), month, day)
        except ValueError:
            return None
        span = (date, date)
        return _expr(cand, scene, TimexType.DATE, date.isoformat(), span, Precision.DAY, mod)
    return _found_day(cand, scene, _weekday_fit(cand, scene, month, day, weekday), mod, True)


def _d_day(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'D-Day' and 'D+30' in an agreement or its timetable: counted from the day the text
    says D-Day is, and left unplaced when it says none."""
    p = cand.parts
    story = scene.story
    if not scene.text.startswith("D", cand.start):
        return None  # 'd+3' in running text is no agreement's day
    if not story.d_day_read:
        # ('Day 3 (D+2)': an operation's D-Day is its first day, when only that is told)
        story.d_day, story.d_day_read = _d_day_told(scene) or _day_one(scene), True
    shift = int(p["dn"]) * (1 if p["dsign"] == "+" else -1) if "dn" in p else 0
    start = story.d_day
    if start is None and p.get("dsign") == "+" and shift <= _SCHEDULE_DAYS:
        # 'ETD Freeport 06:30 Mon 11/09, ETA Kakata 10:00 same day, return D+1': with no
        # D-Day in the text, a schedule line counts from the day it just gave ('on D+1 and
        # D+2' both from it; 'Exhibit D-90' is no day)
        counted = story.counted_from
        if counted is not None and _AND_BETWEEN.fullmatch(scene.text, counted[1], cand.start):
            start = counted[0]
        elif _told_just_before(cand, scene):
            start = story.last_day
        if start is not None:
            story.counted_from = (start, cand.end)
    if start is None:
        return _unresolved(cand, scene, "XXXX-XX-XX")
    day = start + dt.timedelta(days=shift)
    found = _expr(
        cand, scene, TimexType.DATE, day.isoformat(), (day, day), Precision.DAY, relative=True
    )
    line_start = _line_start(scene.text, cand.start)
    if _KEY_LINE.match(scene.text, line_start) or _DEFINES_D_DAY.match(
        scene.text[line_start : cand.end]
    ):
        # a key or a definition says what D-Day is ('D+n  n days after D-Day'): no event
        return replace(found, start=None, end=None, precision=None)
    return found


def _d_day_told(scene: Scene) -> dt.date | None:
    """The date a text gives D-Day: on a line that names D-Day ('D-Day  Entry into force:
    06:00 hrs on Friday 12 May 2017'), or, where D-Day is defined as the entry into force,
    the date the text gives that ('shall enter into force at 00:01 hours on 17 September')."""
    text, ref = scene.text, scene.reference
    # where D-Day is defined: a key's line or a definition opening with it, not a line
    # counting from it ('six months from D-Day, that is until 16 March 2020')
    lines = [line for line in text.splitlines() if _DEFINES_D_DAY.match(line)]
    defined_by_force = any(_INTO_FORCE.search(line) for line in lines)
    if defined_by_force:
        lines += [m.group() for m in _INTO_FORCE_SENTENCE.finditer(text)]
    for line in lines:
        dated = _FULL_DATE_IN.search(line)
        found = None if dated is None else _date_written(dated, ref, None)
        if found is not None:
            return found
    return None


def _date_written(dated: re.Match[str], ref: dt.date | None, tense: Tense) -> dt.date | None:
    """The day a ``_FULL_DATE_IN`` match names: its own year, or the one nearest the
    reference in ``tense`` when it gives none; None when there is no such day."""
    month, day = _month(dated["month"]), int(dated["day"])
    if not dated["year"]:
        return None if ref is None else date_for_month_day(month, day, ref, tense)
    try:
        return dt.date(int(dated["year"]), month, day)
    except ValueError:
        return None


def _op_day(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'Day 8 of the operation', 'Day 2.': counted from the date the text gives its 'Day 1'
    ('Day 1 (Tuesday, 3 July)', 'His "Day 1" is Monday 21 February 1994'); no time at all
    when it gives none ('Day 2 of the talks' in a story that never dates the first)."""
    count = cand.parts["opday"].lower()
    number = int(count) if count.isdigit() else int(number_of(count) or 0)
    capital = scene.text.startswith("D", cand.start)
    first = _day_one(scene) if capital else None
    if first is None and count.isdigit() and _DAY_OF_AFTER.match(scene.text, cand.end):
        # 'Day 11 of the ceasefire': counted from the event's start, as 'the third day' is
        return _ordinal_day(replace(cand, family="ordinal_day", parts={"dayn": count}), scene)
    if not capital:
        return None  # 'a day one could not forget'
    if first is None or number < 1:
        return _unresolved(cand, scene, "XXXX-XX-XX")  # 'Day 5' of a tournament
    day = first + dt.timedelta(days=number - 1)
    return _expr(
        cand, scene, TimexType.DATE, day.isoformat(), (day, day), Precision.DAY, relative=True
    )


def _day_one(scene: Scene) -> dt.date | None:
    story, ref = scene.story, scene.reference
    if story.day_one_read:
        return story.day_one
    story.day_one_read = True
    for told in _DAY_ONE.finditer(scene.text):
        dated = _FULL_DATE_IN.search(scene.text, told.end(), told.end() + _DAY_ONE_REACH)
        story.day_one = None if dated is None else _date_written(dated, ref, "past")
        if story.day_one is not None:
            return story.day_one
    return None


# 'Day 1 (Tuesday, 3 July):', 'His "Day 1" is Monday 21 February 1994', 'Day one was 4 May'
_DAY_ONE = re.compile(
    r"\bDay\s+(?:1|one)\b[\"\u201d']?(?=\s*\(|\s*[:=\u2013-]|\s+(?:is|was|fell\s+on)\b)"
)
_DAY_OF_AFTER = re.compile(r"\s+of\s+(?:the|a|its|their)\b")
_DAY_ONE_REACH = 40  # characters from 'Day 1' to the date that says which day it is
_KEY_LINE = re.compile(r"[ \t]*(?:D[+-]n\b|Days?\b(?=[ \t]{2,}))")
_DEFINES_D_DAY = re.compile(r"^[\s\W]*(?:\(?[a-z0-9]{1,3}[.)]\s*)?[\"'\u201c\u2018]?D-Day\b")
_INTO_FORCE = re.compile(r"\b(?:enters?|entered|entry)\s+into\s+force\b", re.IGNORECASE)
_INTO_FORCE_SENTENCE = re.compile(
    r"[^.\n]*\b(?:enters?|entered|entry)\s+into\s+force\b[^.\n]*", re.IGNORECASE
)
_FULL_DATE_IN = re.compile(
    r"\b(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:(?=[A-Z]))(?P<month>"
    + MONTH_FULL
    + r")(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)


_CALENDAR_REACH = 35  # days either side of the report a diary's 'Mon 16' is looked for


def _weekday_nth(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'Mon 16' in a week-ahead box: the day near the report that is both a Monday and the
    16th; 'Tue 17 - Thu 19' runs to the second. Nothing when no such day is near."""
    p = cand.parts
    ref = scene.reference
    weekday, day = p.get("nwd") or p["nwdf"], p.get("nday") or p["ndayf"]
    if ref is None or not _capitalised(weekday):
        return None
    following = _WORD_ON_THE_LINE.match(scene.text, cand.end)
    if following is not None and (following[1][0].isupper() or following[1].lower() in _NTH_NOUNS):
        # 'Shells fell on Monday, the 3rd Armoured Brigade said': the weekday alone (a
        # diary's 'Sun 18th' heads the line below)
        number = _calendar_weekday(weekday)
        if number is None or "nwd2" in p or "nwd2f" in p:
            return None
        alone = scene.text.find(weekday, cand.start) + len(weekday)
        return _weekday_resolver(
            replace(cand, end=alone, parts={"wd": _FULL_WEEKDAY_NAMES[number - 1]}), scene
        )
    told = scene.story.last_day
    # 'On Sunday the 19th' in a memoir: near the day the story last told, if not the report
    first = _calendar_day(weekday, day, ref) or (
        _calendar_day(weekday, day, told) if told is not None else None
    )
    if first is None:
        # no such day near: the weekday, as it would be read alone
        number = _calendar_weekday(weekday)
        if number is None:
            return None
        full = _FULL_WEEKDAY_NAMES[number - 1]
        return _weekday_resolver(replace(cand, parts={"wd": full}), scene)
    last = first
    if "nwd2" in p or "nwd2f" in p:
        second = (p.get("nwd2") or p["nwd2f"], p.get("nday2") or p["nday2f"])
        last = _calendar_day(*second, first) or first
        if not first <= last <= first + dt.timedelta(days=_CALENDAR_REACH):
            return None
    return _expr(cand, scene, TimexType.DATE, first.isoformat(), (first, last), Precision.DAY)


_FULL_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _calendar_weekday(word: str) -> int | None:
    """The ISO weekday of a diary's weekday word, short or full ('Sat', 'Wed.', 'Friday')."""
    name = word.rstrip(".").lower()
    if name in LEXICON.weekdays:
        return LEXICON.weekdays[name]
    return _WEEKDAY_ABBREVIATIONS.index(name) + 1 if name in _WEEKDAY_ABBREVIATIONS else None


def _calendar_day(weekday_word: str, day_word: str, near: dt.date) -> dt.date | None:
    weekday = _calendar_weekday(weekday_word)
    if weekday is None:
        return None
    day = _day(day_word)
    around = (near + dt.timedelta(days=s) for s in range(-_CALENDAR_REACH, _CALENDAR_REACH + 1))
    fits = [d for d in around if d.day == day and d.isoweekday() == weekday]
    return min(fits, key=lambda d: abs((d - near).days), default=None)


def _weekday_fit(
    cand: Candidate, scene: Scene, month: int, day: int, weekday: int
) -> dt.date | str | None:
    """A yearless month-day with its weekday: the nearby year in which it falls on it."""
    ref = scene.reference
    if ref is None and scene.story.full_date_year is not None:
        ref = dt.date(scene.story.full_date_year, 7, 1)  # near the year the text wrote in full
    if ref is None:
        return f"XXXX-{month:02d}-{day:02d}"
    era = _era_year(scene, cand.start, _tense(cand, scene), month, day)
    years: tuple[int, ...] = (ref.year, ref.year - 1, ref.year + 1)
    if era is not None:
        years = (era, era + 1, era - 1, *years)  # 'On Friday, Sept. 17' in a 1971 obituary
    named = scene.story.explicit_year
    if named is not None:
        # 'This week in 1945 ... Wednesday, Aug. 8': the year the text named, when the
        # weekday fits no year near the report
        years = (*years, named, named + 1, named - 1)
    for year in years:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date.isoweekday() == weekday:
            return date
    return _month_day(cand, scene, month, day, None)


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.isoweekday() - 1)


_NARRATED_REACH = 21  # how far back a story told day by day usually starts, in days


def _tells_a_past_week(cand: Candidate, scene: Scene, day: dt.date) -> bool:
    """'Friday, April 1' in a report of 10 April: a recent earlier week, told by weekdays."""
    ref = scene.reference
    if ref is None or not (0 < (ref - day).days <= _NARRATED_REACH):
        return False
    if day >= _week_start(ref):
        return False
    # A year written out ('Syria, Thursday, Nov. 8, 2012.') is a photo caption's or a
    # file's date, not a story told from last week.
    return cand.family == "weekday_date" and "year" not in cand.parts


def _narrated_weekday(scene: Scene, weekday: int) -> dt.date | None:
    """A bare weekday in a story told day by day about a past week.

    'Late on Friday, April 1, fighting broke out. The next day ... On Sunday, Azerbaijan
    announced a halt', written on Sunday 10 April: once the text has named a day of an
    earlier week with its weekday and date, a weekday that comes straight after that day
    (or a day counted on from it), within six days of it, is in that week."""
    story, ref, last = scene.story, scene.reference, scene.story.last_day
    if ref is None or last is None or not _goes_on_with_the_week_told(story):
        return None
    if last >= _week_start(ref):
        return None
    day = last + dt.timedelta(days=(weekday - last.isoweekday()) % 7)
    return day if day < ref else None


def _era_weekday(cand: Candidate, scene: Scene, weekday: int) -> dt.date | None:
    """A bare weekday in a story told in an earlier year: 'The war starts on Monday, June 5,
    1967. ... On Tuesday evening the council adopts Resolution 233', in a podcast of 2017.
    The story goes forward from the day it last told: that day when the names match ('The
    same Sunday'), else the first such day after it."""
    last = scene.story.last_day
    if last is None or not _telling_an_era(scene.story) or _says_will(scene.text, cand):
        return None
    if _THE_SAME_BEFORE.search(scene.text, max(0, cand.start - 10), cand.start):
        # 'passes Resolution 235 on the Friday', 'The same Sunday': that week's
        return last + dt.timedelta(days=weekday - last.isoweekday())
    return last + dt.timedelta(days=(weekday - last.isoweekday()) % 7)


def _says_will(text: str, cand: Candidate) -> bool:
    """Whether the sentence around ``cand`` speaks of the future outright ('will', "we'll",
    'going to'): in a story of an earlier year, a present tense ('Then on the Sunday the
    council meets again') is the narrative's, not a plan's."""
    start = max(0, cand.start - _WILL_REACH)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, start, cand.start)]
    start = breaks[-1] if breaks else start
    stop = _SENTENCE_BREAK.search(text, cand.end, cand.end + _WILL_REACH)
    return _WILL.search(text, start, stop.start() if stop else cand.end + _WILL_REACH) is not None


_WILL_REACH = 120
_WILL = re.compile(r"\b(?:will|shall|won't)\b|['\u2019]ll\b|\bgoing\s+to\b", re.IGNORECASE)
_THE_SAME_BEFORE = re.compile(r"\bthe\s+(?:same\s+)?$", re.IGNORECASE)


def _telling_an_era(story: Story) -> bool:
    """True while an anniversary piece tells the story of the year it is about, and the day
    it last told lies there. A run of dates in an earlier year is not enough: a report
    recounting 2019 comes back to the week's news without a word ('On Tuesday')."""
    era, last, about = story.era, story.last_day, story.anniversary
    return (
        era is not None
        and about is not None
        and abs(era[0] - about) <= 1
        and era[1] >= _ERA_DATES
        and last is not None
        and era[0] <= last.year <= era[0] + 1
    )


def _goes_on_with_the_week_told(story: Story) -> bool:
    """True right after a day of the week told: nothing else, not even 'fighting continued
    daily for 12 days' or 'last Friday', came in between."""
    previous = story.previous
    return (
        story.chain_end >= 0
        and story.chain_end == story.last_day_end
        and previous is not None
        and previous.char_end == story.last_day_end
    )


def _range_days(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    first_month_word = p.get("month") or p["month2"]
    second_month_word = p.get("month2") or first_month_word
    if not (_capitalised(first_month_word) and _capitalised(second_month_word)):
        return None
    first = _month_day(cand, scene, _month(first_month_word), _day(p["day"]), p.get("year"))
    if not isinstance(first, dt.date):
        return None if first is None else _unresolved(cand, scene, first)
    month2 = _month(second_month_word)
    year2 = first.year + (1 if month2 < first.month else 0)
    try:
        last = dt.date(year2, month2, _day(p["day2"]))
    except ValueError:
        return None
    if last < first or (last - first).days > 62:
        return None
    return _expr(
        cand,
        scene,
        TimexType.DATE,
        first.isoformat(),
        (first, last),
        Precision.DAY,
        relative="year" not in p,
    )


def _mdy(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    if not _capitalised(p["month"]):
        return None
    if "yy" in p:
        if p["month"].rstrip(".").isupper() and len(p["month"].rstrip(".")) >= 3:
            # '19 NOV 23', 'on 03 FEB 25': an advisory's day with its year in two figures
            p = {**p, "year": str(_century_of(int(p["yy"]), scene.reference))}
        else:
            # 'on 5 May 12 people were killed': the figures are a count, not a year
            written = scene.text[cand.start : cand.end]
            cand = replace(cand, end=cand.start + len(written[: -len(p["yy"])].rstrip()))
        p = {k: v for k, v in p.items() if k != "yy"}
        cand = replace(cand, parts=p)
    if "beyear" in p:
        # '15 June 2505 (1962)': the year in brackets is the Gregorian one
        buddhist = scene.text[cand.start : cand.end].rsplit("(", 1)[0].split()[-1]
        if int(buddhist) - int(p["beyear"]) != _BUDDHIST_ERA_OFFSET:
            return None
        p = {**p, "year": p["beyear"]}
        cand = replace(cand, parts=p)
    if "year" not in p and _PLACE_NAMED_BY_A_DAY.match(scene.text, cand.end):
        return None  # 'the 22 May Stadium', '26 July Square', 'the March 23 Movement'
    if "year" not in p and _GROUP_NAMED_BY_A_DAY.match(scene.text, cand.end):
        before = _WORD_BEFORE.search(scene.text, max(0, cand.start - 14), cand.start)
        if before is None or before.group(1).lower() not in _PREPOSITIONS:
            return None  # 'the March 14 alliance', 'the February 17 Revolution Coalition'
    if "year" not in p and _PAPER_BEFORE.search(scene.text, max(0, cand.start - 12), cand.start):
        return None
    month, day = _month(p["month"]), _day(p["day"])
    found: dt.date | str | None
    if "relyear" in p:
        found = _month_day_of_relative_year(scene, month, day, p["relyear"])
    elif "thatyear" in p:
        year = _story_year(scene, cand.start)
        if year is not None:
            year += _year_shift(p["thatyear"])
        found = _month_day(cand, scene, month, day, None if year is None else str(year))
    else:
        found = _month_day(cand, scene, month, day, p.get("year"))
    mod, _ = _mod_of(cand)
    return _found_day(cand, scene, found, mod, "year" not in p or "thatyear" in p)


def _century_of(two_figures: int, reference: dt.date | None) -> int:
    """The year a two-figure year names: this century's unless that lies past next year."""
    latest = reference.year + 1 if reference is not None else 2099
    return 2000 + two_figures if 2000 + two_figures <= latest else 1900 + two_figures


_WEEKDAY_ABBREVIATIONS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _day_month_figures(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'Wed 29/05': the day nearest the reference in the sentence's tense, or the one
    its weekday names when the figures alone leave the year open."""
    p = cand.parts
    named = None
    if "fwd" in p:
        if not p["fwd"][:1].isupper():
            return None  # 'sun 29/05' is no weekday
        named = _WEEKDAY_ABBREVIATIONS.index(p["fwd"][:3].lower()) + 1
    first, second = int(p["fday"]), int(p["fmonth"])
    written = scene.text[cand.start : cand.end]
    text = scene.text
    if named is None and (
        (first, second) in _FIGURES_NOT_A_DAY
        # one figure each, with no weekday: a log that writes its dates in figures
        or (
            "/" in written
            and (len(p["fday"]) == 1 or len(p["fmonth"]) == 1)
            and max(first, second) <= 12  # '3/4' is a fraction as often; '22/8' is no fraction
            and _FULL_FIGURES.search(text) is None
            # a notebook whose entries are headed 'Mon 20/3', 'Tue 21/3' writes its dates so
            and len(_DAY_FIGURES_HEADS.findall(text)) < _FIGURE_HEADS
        )
    ):
        return None  # '24/7', '9/11', 'on 3/4' in prose
    readings = [(m, d) for m, d in ((second, first), (first, second)) if m <= 12]
    days_first, months_first = figure_orders(text)
    if first <= 12 < second:
        months_first -= 1  # the pair itself is no evidence of how the text writes its dates
    if "." in written or days_first > months_first:
        readings = readings[:1] if second <= 12 else []  # dotted dates are day first
    elif months_first > days_first and first <= 12:
        readings = [(first, second), *[r for r in readings if r != (first, second)]]
    found_days = []
    for month, day in readings:
        found = _month_day(cand, scene, month, day, None)
        if isinstance(found, dt.date) and named is not None and found.isoweekday() != named:
            # 'Sat 01/06' in a log of last year's events: the year whose 1 June was a
            # Saturday
            found = next(
                (
                    other
                    for year in (found.year - 1, found.year + 1)
                    if day <= cal.last_day(year, month)
                    and (other := dt.date(year, month, day)).isoweekday() == named
                ),
                found,
            )
        found_days.append(found)
    if named is not None:
        # 'Sun 4/3' is 4 March, 'Thursday 6/22' June 22: the reading the weekday agrees with
        fits = [f for f in found_days if isinstance(f, dt.date) and f.isoweekday() == named]
        if fits:
            return _found_day(cand, scene, fits[0], None, True)
    return _found_day(cand, scene, found_days[0] if found_days else None, None, True)


_FIGURES_NOT_A_DAY = frozenset([(24, 7), (9, 11)])  # 'open 24/7', 'since 9/11'
_FULL_FIGURES = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)(?![\d/])")
_DAY_FIGURES_HEADS = re.compile(
    r"^[ \t]*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?[ \t]+\d{1,2}/\d{1,2}\b",
    re.IGNORECASE | re.MULTILINE,
)
_FIGURE_HEADS = 2


# a place named by a day and month, as the Arab world and Latin America name theirs
_PLACE_NAMED_BY_A_DAY = re.compile(
    r"\s+(?:Street|St\.|Avenue|Ave\.|Road|Square|Stadium|Bridge|Boulevard|Hospital|University"
    r"|Airport|Park|Mosque|Camp|Barracks|Brigades?|Movement|Revolution|Avenida|Plaza|Calle"
    # 'residents of the 7 July neighborhood'
    r"|neighbo(?:u)?rhood|district|quarter)\b"
)

_YEAR_OF_THE_NEXT_MONTH = re.compile(
    r",?\s+(?:and|or)\s+(?P<m>" + MONTH_FULL + r")\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE
)
# a place named by a month alone: 'August Town' in Kingston, 'May Street' in Belfast
_PLACE_NAMED_BY_A_MONTH = re.compile(r"\s+(?:Town|Village|Street|Road|Avenue|Square)\b")
# A day that names a movement or a bloc, as Lebanese, Libyan and Egyptian politics do.
_GROUP_NAMED_BY_A_DAY = re.compile(
    r"\s+(?:revolution\s+)?(?:movement|alliance|coalition|bloc|camp|brigades?|battalion"
    r"|front|forces|group|youth|martyrs|newspaper|daily|weekly)\b",
    re.IGNORECASE,
)
# 'the army weekly 26 September', 'the daily 14 October': papers named by a day
_PAPER_BEFORE = re.compile(r"\b(?:daily|weekly|newspaper|paper|magazine)\s+$", re.IGNORECASE)


def _found_day(
    cand: Candidate, scene: Scene, found: dt.date | str | None, mod: str | None, relative: bool
) -> TimeExpression | None:
    """The expression for a day looked up by month and day: none, undated, or that day."""
    if found is None:
        return None
    if isinstance(found, str):
        return _unresolved(cand, scene, found)
    span = (found, found)
    return _expr(cand, scene, TimexType.DATE, found.isoformat(), span, Precision.DAY, mod, relative)


_AND_BETWEEN = re.compile(r"\s*,?\s*and\s+")


def _listed_day(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'on 10 and 12 March', 'on April 24 and 25': each listed day is a date of its own."""
    p = cand.parts
    found: dt.date | str | None
    story = scene.story
    if "lday" in p:
        if not _capitalised(p["lmonth"]):
            return None
        # read the tense over the whole list, as for the month-day that ends it
        month_end = scene.text.find(p["lmonth"], cand.end) + len(p["lmonth"])
        whole = replace(cand, end=max(cand.end, month_end))
        found = _month_day(whole, scene, _month(p["lmonth"]), _day(p["lday"]), p.get("lyear"))
    elif story.last_day is not None and _AND_BETWEEN.fullmatch(
        scene.text, story.last_day_end, cand.start
    ):
        last = story.last_day
        nth = _day(p["aday"])
        if nth <= last.day:
            return None  # 'May 30 and 2' is no list of days
        try:
            found = last.replace(day=nth)
        except ValueError:
            return None
    else:
        return None  # a number after 'and', not a day
    return _found_day(cand, scene, found, None, "lyear" not in p)


def _story_year(scene: Scene, at: int) -> int | None:
    """The year 'of that year' at ``at`` points back to: a year just named ('last year'),
    else the last one written in full (a yearless 'October 14' in between only guessed its
    year), else the year of the last date told; in an anniversary piece, the year it is
    about rather than one named in passing in an earlier paragraph."""
    story = scene.story
    last = story.last_anchor
    if (
        story.anniversary is not None
        and story.era is not None
        and last is not None
        and last.start is not None
        and last.start.year != story.era[0]
        and "\n\n" in scene.text[last.char_end : at]
    ):
        # 'that winter' in a piece about 1988, after 'a French map from 1907': the piece's
        # year, not one named in passing
        return story.era[0]
    if last is not None and last.start is not None and last.precision is Precision.YEAR:
        return last.start.year
    if story.explicit_year is not None:
        return story.explicit_year
    return None if last is None or last.start is None else last.start.year


def _month_day_of_relative_year(
    scene: Scene, month: int, day: int, which: str
) -> dt.date | str | None:
    """'October 7 last year': the year is named relative to the reference."""
    if scene.reference is None:
        return _undated_month_day(month, day)
    shift = {"last": -1, "this": 0, "next": 1}[which.lower()]
    try:
        return dt.date(scene.reference.year + shift, month, day)
    except ValueError:
        return None


def _month_range(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    if "year" not in p:
        return _yearless_month_range(cand, scene)
    first_word, first_year_word = p.get("month_a") or p["month"], p.get("year1_a") or p.get("year1")
    if not (_capitalised(first_word) and _capitalised(p["month2"])):
        return None
    year = int(p["year"])
    first_year = int(first_year_word) if first_year_word else year
    first_month, last_month = _month(first_word), _month(p["month2"])
    if not first_year_word and first_month > last_month:
        first_year -= 1
    start = dt.date(first_year, first_month, 1)
    end = cal.month_span(year, last_month)[1]
    if end < start:
        return None
    value = _whole_part_of_a_year(start, end) or f"{first_year:04d}-{first_month:02d}"
    return _expr(cand, scene, TimexType.DATE, value, (start, end), Precision.MONTH)


def _whole_part_of_a_year(start: dt.date, end: dt.date) -> str | None:
    """The value of a month range that is a quarter or a half of one year: 'October to
    December' is its fourth quarter, 'January to June 2014' its first half."""
    if start.year != end.year or start.day != 1 or end != cal.month_span(end.year, end.month)[1]:
        return None
    months = (start.month, end.month)
    if months in ((1, 3), (4, 6), (7, 9), (10, 12)):
        return f"{start.year:04d}-Q{(start.month + 2) // 3}"
    if months in ((1, 6), (7, 12)):
        return f"{start.year:04d}-H{1 if start.month == 1 else 2}"
    return None


def _yearless_month_range(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'between February and May', 'March-April' in a chronology: the year is the one the
    first month takes on its own, and the range runs forward from it."""
    p = cand.parts
    first_word, last_word = p.get("month_b") or p["month_c"], p.get("month2_b") or p["month2_c"]
    if not (_capitalised(first_word) and _capitalised(last_word)):
        return None
    first_month, last_month = _month(first_word), _month(last_word)
    ref = scene.reference
    year = None
    if _chronology_line(scene.text, cand.start, cand.end):
        year = _chronology_year(scene, cand, first_month, 1)
    if year is None and ref is not None:
        tense = _tense(cand, scene)
        year = year_for_month(first_month, ref, tense)
        crosses = last_month < first_month
        if tense == "past" and crosses and dt.date(year + 1, last_month, 1) > ref:
            year -= 1  # 'shelling went on from October to January', said in December
    if year is None:
        return _unresolved(cand, scene, f"XXXX-{first_month:02d}")
    start = dt.date(year, first_month, 1)
    end = cal.month_span(year + (last_month < first_month), last_month)[1]
    value = _whole_part_of_a_year(start, end) or f"{year:04d}-{first_month:02d}"
    return _expr(cand, scene, TimexType.DATE, value, (start, end), Precision.MONTH, None, True)


def _month_year(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    if not _capitalised(p["month"]):
        return None
    month = _month(p["month"])
    if "year" in p or "syear" in p:
        year = int(p["year"]) if "year" in p else _nineteen(p["syear"][9:])
        one_day = _ONE_DAY_OF.search(p.get("mod") or "")
        if one_day is not None:
            # 'on the last day of October 2000': a day, not the month's end
            day = 1 if one_day.group(1).lower() == "first" else cal.last_day(year, month)
            told = dt.date(year, month, day)
            return _expr(cand, scene, TimexType.DATE, told.isoformat(), (told, told), Precision.DAY)
        return _period(cand, scene, Precision.MONTH, dt.date(year, month, 1), relative=False)
    if "thatyear" in p:
        year_told = _story_year(scene, cand.start)
        if year_told is not None:
            year_told += _year_shift(p["thatyear"])
            return _period(
                cand, scene, Precision.MONTH, dt.date(year_told, month, 1), relative=True
            )
    ref = scene.reference
    if ref is None:
        return _unresolved(cand, scene, f"XXXX-{month:02d}")
    if "thatyear" in p:
        return _period(cand, scene, Precision.MONTH, dt.date(ref.year, month, 1), relative=True)
    shift = {"this": 0, "last": -1, "next": 1}[p["rel"].lower()]
    return _period(cand, scene, Precision.MONTH, dt.date(ref.year + shift, month, 1), relative=True)


def _year_shift(words: str) -> int:
    """'of that year' 0, 'of the following year' +1, 'of the previous year' -1."""
    first = words.split()[1].lower() if len(words.split()) > 2 else ""
    return {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(first, 0)


def _week_of(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    if "wnth" in p:
        return _week_of_month(cand, scene)
    if "twd" in p:
        # 'in the week to Sunday': the week that ends on the Sunday just gone
        if "upto" not in p or not _weekday_word(p["twd"]) or scene.reference is None:
            return None
        ended = resolve_weekday(_weekday(p["twd"]), scene.reference, "past")
        return _period(cand, scene, Precision.WEEK, ended, relative=True)
    month, day = _month(p.get("month") or p["dmonth"]), _day(p.get("day") or p["dday"])
    found = _month_day(cand, scene, month, day, p.get("year"))
    if not isinstance(found, dt.date):
        return None if found is None else _unresolved(cand, scene, "XXXX-WXX")
    return _period(cand, scene, Precision.WEEK, found, relative="year" not in p)


def _week_of_month(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'the first week of June', 'the last week of March': an ISO week of the month."""
    p = cand.parts
    if not _capitalised(p["wmonth"]):
        return None
    month, nth = _month(p["wmonth"]), p["wnth"].lower()
    found = _month_day(cand, scene, month, 15, p.get("wyear"))
    if not isinstance(found, dt.date):
        return None if found is None else _unresolved(cand, scene, "XXXX-WXX")
    # As ISO counts a year's weeks, a month's first week is the one holding its first
    # Thursday (most of that week lies in the month), its last the one holding its last.
    if nth in ("last", "final"):
        last = found.replace(day=cal.last_day(found.year, month))
        day = last - dt.timedelta(days=(last.isoweekday() - 4) % 7)
    else:
        first = found.replace(day=1)
        thursday = first + dt.timedelta(days=(4 - first.isoweekday()) % 7)
        day = thursday + dt.timedelta(weeks=("first", "second", "third", "fourth").index(nth))
    return _period(cand, scene, Precision.WEEK, day, relative="wyear" not in p)


def _quarter_year(cand: Candidate, scene: Scene, quarter: int) -> int | None:
    p = cand.parts
    for key in ("year1", "year"):
        if key in p:
            return int(p[key])
    ref = scene.reference
    if ref is None:
        return None
    rel = (p.get("rel") or p.get("rel2") or "").lower().split()
    if rel:
        return ref.year + {"this": 0, "last": -1, "next": 1}[rel[0]]
    start, end = cal.quarter_span(ref.year, quarter)
    if "holq" in p and _tense(cand, scene) is None:
        # '"The holiday quarter is where this gets decided"': a sales season no verb places
        # is the one nearest the report, looked back on in January, ahead to from the summer
        last = cal.quarter_span(ref.year - 1, quarter)[1]
        return ref.year if (start - ref).days < (ref - last).days else ref.year - 1
    if _tense(cand, scene) == "future":
        # Results come weeks after a quarter ends: a quarter just gone is still 'this' one.
        return ref.year if end >= ref - dt.timedelta(days=45) else ref.year + 1
    return ref.year if start <= ref else ref.year - 1


def _quarter(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    story, ref = scene.story, scene.reference
    if "qmonth" in p:
        if not _capitalised(p["qmonth"]):
            return None
        month = _month(p["qmonth"])
        if month % 3:
            return None  # 'the May quarter' ends no calendar quarter: a fiscal one
        quarter = month // 3
        year = _quarter_year(cand, scene, quarter)
        if year is None:
            return _unresolved(cand, scene, f"XXXX-Q{quarter}")
        return _quarter_value(cand, scene, year, quarter, relative=True)
    if "h" in p:
        start, _ = cal.half_span(int(p["hyear"]), int(p["h"][1]))
        return _period(cand, scene, Precision.HALF, start, relative=False)
    if "q" in p:
        quarter = int(p["q"][1])
        if "year2" in p:
            return _quarter_value(cand, scene, int(p["year2"]), quarter, relative=False)
        if not p["q"].startswith("Q"):
            return None  # 'q3' in running text is no quarter
        # 'violence in Q3 was lower': the quarter of the year the text is in
        year = _quarter_year(cand, scene, quarter)
        if year is None:
            return _unresolved(cand, scene, f"XXXX-Q{quarter}")
        return _quarter_value(cand, scene, year, quarter, relative=True)
    if "ord" in p or "holq" in p:
        quarter = LEXICON.ordinals[p["ord"].lower()] if "ord" in p else 4
        year = _quarter_year(cand, scene, quarter)
        if year is None:
            return _unresolved(cand, scene, f"XXXX-Q{quarter}")
        if "cmp" in p:
            year -= 1
        return _quarter_value(
            cand, scene, year, quarter, relative="year1" not in p and "year" not in p
        )
    which = " ".join((p.get("which") or "").lower().split())
    if "qyear" in p:
        quarter_known = story.last_quarter
        if quarter_known is None:
            return _period(
                cand, scene, Precision.YEAR, dt.date(int(p["qyear"]), 1, 1), relative=False
            )
        return _quarter_value(cand, scene, int(p["qyear"]), quarter_known[1], relative=True)
    if ref is None:
        return _unresolved(cand, scene, "XXXX-QX")
    closing = _closing_day(scene.text, cand.end, ref) if story.last_quarter is None else None
    if closing is not None and p.get("what", "quarter").lower() == "quarter":
        # 'the quarter ended July 31' is the three months up to that day, named by the
        # calendar quarter most of them fall in; once the story has named its (fiscal)
        # quarter, 'the quarter' is that one.
        middle = closing - dt.timedelta(days=45)
        return _quarter_value(cand, scene, middle.year, cal.quarter_of(middle), relative=True)
    current = (ref.year, cal.quarter_of(ref))
    completed = _shift_quarter(current, -1)
    latest = story.last_quarter or completed
    if which in ("this", "current"):
        target = current
    elif which in ("latest", "recent", "most recent"):
        target = completed  # the last quarter with results out
    elif which in ("last", "previous", "past"):
        target = _shift_quarter(story.last_quarter or current, -1)
    elif which in ("next", "coming"):
        target = _shift_quarter(current, 1)
    elif which in _COMPARISON_WORDS or "lastyear" in p or "lastyear2" in p:
        target = _shift_quarter(latest, -4)
    elif latest > current and _tense(cand, scene) == "past":
        # 'a recovery by the first quarter of 1990 ... the strike reduced earnings in the
        # quarter': what is done happened in no quarter still to come
        target = completed
    else:
        target = latest
    if p.get("what", "quarter").lower() == "period" and which == "same":
        anchor = story.last_anchor
        if anchor is None or anchor.start is None or anchor.precision is None:
            return None
        day = anchor.start
        if which in ("year-ago", "year-earlier", "comparable", "corresponding") or "lastyear" in p:
            day = cal.add_months(day, -12)
        return _period(cand, scene, anchor.precision, day, relative=True)
    return _quarter_value(cand, scene, target[0], target[1], relative=True)


_CLOSING = re.compile(r"\s+(ended|ending|through)\s+([a-z]{3,9})\.?\s+(\d{1,2})\b", re.IGNORECASE)


def _closing_day(text: str, end: int, ref: dt.date) -> dt.date | None:
    """The day a period closes on when '... ended Sept. 30' follows it, if one does."""
    found = _CLOSING.match(text, end)
    if found is None or found.group(2).lower() not in LEXICON.months:
        return None
    tense: Tense = "past" if found.group(1).lower() == "ended" else None
    return date_for_month_day(_month(found.group(2)), _day(found.group(3)), ref, tense)


def _shift_quarter(quarter: tuple[int, int], by: int) -> tuple[int, int]:
    index = quarter[0] * 4 + quarter[1] - 1 + by
    return index // 4, index % 4 + 1


def _quarter_value(
    cand: Candidate, scene: Scene, year: int, quarter: int, *, relative: bool
) -> TimeExpression:
    return _period(
        cand, scene, Precision.QUARTER, cal.quarter_span(year, quarter)[0], relative=relative
    )


_TWO_YEARS = re.compile(r"\d{4}[-\u2013/](?:\d\d)?\d\d\b")


def _season(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    code = LEXICON.seasons[p["season"].lower()]
    if "year" in p or "syear" in p:
        year = int(p["year"]) if "year" in p else _nineteen(p["syear"][9:])
        # 'the winter of 1996-97' runs from December 1996: its months are 1997's
        spans_two = code == "WI" and bool(_TWO_YEARS.search(scene.text, cand.start, cand.end))
        named = _period(
            cand,
            scene,
            Precision.SEASON,
            cal.season_span(year + spans_two, code)[0],
            relative=False,
            season=code,
        )
        # 'the winter of 1947' keeps the year it names (its months run from December 1946)
        return None if named is None else replace(named, value=f"{year:04d}-{code}")
    if "yrel" in p:
        # 'as early as the spring of this year': the season of the year it names
        if scene.reference is None:
            return _unresolved(cand, scene, f"XXXX-{code}")
        year = scene.reference.year + {"last": -1, "next": 1}.get(p["yrel"].lower(), 0)
        day = cal.season_span(year, code)[0]
        season = _period(cand, scene, Precision.SEASON, day, relative=True, season=code)
        return replace(season, value=f"{year:04d}-{code}")
    rel = " ".join((p.get("rel") or "").lower().split())
    if (
        not rel
        and "mod" not in p
        # 'a wet spring', 'a mild, dry winter': a season the weather or the harvest had;
        # 'the Arab Spring' is a name
        and not (
            p["season"].islower()
            and p["season"] != "fall"  # 'a sharp fall in prices'
            and _ARTICLE_AND_ADJECTIVES.search(scene.text, max(0, cand.start - 30), cand.start)
        )
    ):
        return None
    if (
        rel == "the"
        and p["season"].lower() == "fall"
        and "mod" not in p
        and "term" not in p  # 'the fall semester' is a school's
        # 'the recovery stalled in the fall' is autumn; 'the fall of Kabul' a collapse
        and not (
            _SEASON_LEAD.search(scene.text, max(0, cand.start - 8), cand.start)
            and not _OF_OR_FROM_AFTER.match(scene.text, cand.end)
        )
    ):
        return None
    if rel.startswith("the ") and rel != "the":
        return _season_from_story(cand, scene, code, forward=rel in ("the following", "the next"))
    year_told = _story_year(scene, cand.start) if rel == "that" else None
    if rel == "the" and year_told is None:
        told = _past_story_day(cand, scene)
        year_told = None if told is None else told.year
    if rel in ("the", "") and year_told is None:
        # 'met in Khartoum at the end of the summer' in a piece about 1967
        first_month = cal.season_span(2001, code)[0].month
        year_told = _era_year(scene, cand.start, _tense(cand, scene), first_month)
    if year_told is not None:
        # 'The war began in June 1950. That summer ...': the story's year; a winter is the
        # one that begins at that year's end
        year = year_told + 1 if code == "WI" else year_told
        span = cal.season_span(year, code)
        return _period(cand, scene, Precision.SEASON, span[0], relative=True, season=code)
    ref = scene.reference
    if ref is None:
        return _unresolved(cand, scene, f"XXXX-{code}")
    spans = {
        y: cal.season_span(y, code) for y in (ref.year - 1, ref.year, ref.year + 1, ref.year + 2)
    }
    tense = _tense(cand, scene)
    if rel in ("last", "past", "this past"):
        year = max(y for y, (s, e) in spans.items() if e < ref)
    elif rel in ("next", "coming", "this coming"):
        year = min(y for y, (s, e) in spans.items() if s > ref)
    elif rel == "this":
        # The one under way, else this calendar year's (the coming winter late in the year).
        current = [y for y, (s, e) in spans.items() if s <= ref <= e]
        if current:
            year = current[0]
        elif code == "WI":
            year = min(y for y, (s, e) in spans.items() if s > ref)
        else:
            year = ref.year  # 'began trading this summer', written in November
    elif tense == "future":
        year = min(y for y, (s, e) in spans.items() if e >= ref)
    elif tense is None:
        # no verb says which: the season nearest the report ('had planned to add two more
        # aircraft in the spring', written in February: the spring about to begin)
        year = min(spans, key=lambda y: (max(spans[y][0] - ref, ref - spans[y][1]), -y))
    else:
        year = max(y for y, (s, e) in spans.items() if s <= ref)
    return _period(cand, scene, Precision.SEASON, spans[year][0], relative=True, season=code)


def _season_from_story(
    cand: Candidate, scene: Scene, code: str, *, forward: bool
) -> TimeExpression | None:
    """'the following spring', 'the previous winter': the first such season after (or the
    last before) the time the story last told; unresolved when it has told none."""
    last = scene.story.last_anchor
    if last is None or last.start is None or last.end is None:
        return _unresolved(cand, scene, f"XXXX-{code}")
    years = range(last.start.year - 1, last.start.year + 2)
    spans = [cal.season_span(year, code) for year in years]
    if forward:
        start = min((s for s, _ in spans if s > last.end), default=None)
    else:
        start = max((s for s, e in spans if e < last.start), default=None)
    if start is None:
        return None
    return _period(cand, scene, Precision.SEASON, start, relative=True, season=code)


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def _decade(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    if "dec" in p:
        decade = int(p["dec"])
    elif "dec2" in p:
        decade = (200 if int(p["dec2"]) <= 1 else 190) + int(p["dec2"])
    else:
        decade = 190 + _DECADE_WORDS[p["decw"].lower()]
    if "dec" in p and decade % 10 == 0 and decade < 200:
        # 'the 1800s' is the nineteenth century in English usage; 'the 2000s' the decade
        return _period(cand, scene, Precision.CENTURY, dt.date(decade * 10, 1, 1), relative=False)
    return _period(cand, scene, Precision.DECADE, dt.date(decade * 10, 1, 1), relative=False)


_OF_AFTER = re.compile(r"\s+of\b")
_COMPARED_BEFORE = re.compile(
    r"\b(?:than(?:\s+in|\s+during)?|compared\s+(?:with|to)(?:\s+the)?|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OF_OR_FROM_AFTER = re.compile(r"\s+(?:of|from)\b")  # 'the fall of Kabul', 'from a ladder'
_SEASON_LEAD = re.compile(r"\b(?:in|during|by|until|through)\s+$", re.IGNORECASE)


def _century(cand: Candidate, scene: Scene) -> TimeExpression | None:
    word = cand.parts["cent"].lower()
    if word in LEXICON.day_ordinals and _OF_AFTER.match(scene.text, cand.end):
        return None  # 'the first century of the republic' is counted from the republic
    ordinal = LEXICON.day_ordinals.get(word) or int(word)
    if not 1 <= ordinal <= 21:
        return None
    said = scene.text[cand.start : cand.end]
    if "Century" in said and _A_PEOPLE_AFTER.match(scene.text, cand.end):
        return None  # 'the 21st Century Panglong conference', '20th Century Fox': a name
    return _period(
        cand, scene, Precision.CENTURY, dt.date(max((ordinal - 1) * 100, 1), 1, 1), relative=False
    )


@functools.lru_cache(maxsize=64)
def _nation_told(text: str) -> str | None:
    """The nation a text names most, among those whose independence day differs from the
    United States', when it does not name America at all: 'the Independence Day
    celebrations' in a report from Shillong are India's, on 15 August."""
    counts = {
        nation: len(pattern.findall(text)) for nation, (pattern, _) in _INDEPENDENCE_DAYS.items()
    }
    nation = max(counts, key=lambda n: counts[n])
    # ('Sharif flies to Washington for Independence Day talks': America's, once it is named)
    return nation if counts[nation] and _AMERICA.search(text) is None else None


# Nations whose Independence Day the news names, by the words that name them; the United
# States' (4 July) is the lexicon's default.
_INDEPENDENCE_DAYS: dict[str, tuple[re.Pattern[str], tuple[int, int]]] = {
    nation: (re.compile(rf"\b(?:{words})\b"), day)
    for nation, words, day in [
        ("India", "India|Indian|Indians|New Delhi", (8, 15)),
        ("Pakistan", "Pakistan|Pakistani|Pakistanis|Islamabad", (8, 14)),
        ("Bangladesh", "Bangladesh|Bangladeshi|Dhaka", (3, 26)),
        ("Sri Lanka", "Sri Lanka|Sri Lankan|Colombo", (2, 4)),
        ("Myanmar", "Myanmar|Burma|Burmese|Yangon|Rangoon", (1, 4)),
        ("Indonesia", "Indonesia|Indonesian|Jakarta", (8, 17)),
        ("Philippines", "Philippines|Filipino|Filipinos|Manila", (6, 12)),
        ("Nigeria", "Nigeria|Nigerian|Nigerians|Abuja", (10, 1)),
        ("Ghana", "Ghana|Ghanaian|Accra", (3, 6)),
        ("Kenya", "Kenya|Kenyan|Kenyans|Nairobi", (12, 12)),
        ("Ukraine", "Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev", (8, 24)),
        ("Mexico", "Mexico|Mexican|Mexicans", (9, 16)),
        ("Colombia", "Colombia|Colombian|Colombians|Bogot\u00e1|Bogota", (7, 20)),
        ("Algeria", "Algeria|Algerian|Algiers", (7, 5)),
        ("South Sudan", "South Sudan|South Sudanese|Juba", (7, 9)),
        ("Sudan", "(?<!South )Sudan|(?<!South )Sudanese|Khartoum", (1, 1)),
        ("Lebanon", "Lebanon|Lebanese|Beirut", (11, 22)),
        ("Armenia", "Armenia|Armenian|Armenians|Yerevan", (9, 21)),
        ("Georgia", "Tbilisi|Georgian|Georgians", (5, 26)),
        ("Kosovo", "Kosovo|Kosovar|Pristina", (2, 17)),
        ("Somalia", "Somalia|Somali|Somalis|Mogadishu", (7, 1)),
        ("Eritrea", "Eritrea|Eritrean|Asmara", (5, 24)),
        ("Mozambique", "Mozambique|Mozambican|Maputo", (6, 25)),
        ("Angola", "Angola|Angolan|Luanda", (11, 11)),
        ("DR Congo", "Kinshasa|Congolese", (6, 30)),
        ("Uganda", "Uganda|Ugandan|Kampala", (10, 9)),
        ("Libya", "Libya|Libyan|Libyans|Tripoli", (12, 24)),
        ("Cyprus", "Cyprus|Cypriot|Nicosia", (10, 1)),
        ("Jamaica", "Jamaica|Jamaican|Jamaicans|Kingston", (8, 6)),
        ("Trinidad and Tobago", "Trinidad|Trinidadian|Port of Spain", (8, 31)),
        ("Haiti", "Haiti|Haitian|Haitians|Port-au-Prince", (1, 1)),
        ("Guatemala", "Guatemala|Guatemalan|Guatemalans", (9, 15)),
        ("Honduras", "Honduras|Honduran|Hondurans|Tegucigalpa", (9, 15)),
        ("El Salvador", "El Salvador|Salvadoran|Salvadorans|San Salvador", (9, 15)),
        ("Nicaragua", "Nicaragua|Nicaraguan|Nicaraguans|Managua", (9, 15)),
        ("Peru", "Peru|Peruvian|Peruvians|Lima", (7, 28)),
        ("Venezuela", "Venezuela|Venezuelan|Venezuelans|Caracas", (7, 5)),
        ("Bolivia", "Bolivia|Bolivian|Bolivians|La Paz", (8, 6)),
        ("Tanzania", "Tanzania|Tanzanian|Tanzanians|Dar es Salaam|Dodoma", (12, 9)),
        ("Zimbabwe", "Zimbabwe|Zimbabwean|Zimbabweans|Harare", (4, 18)),
        ("Zambia", "Zambia|Zambian|Zambians|Lusaka", (10, 24)),
        ("Rwanda", "Rwanda|Rwandan|Rwandans|Kigali", (7, 1)),
        ("Burundi", "Burundi|Burundian|Burundians|Bujumbura", (7, 1)),
        ("Mali", "Mali|Malian|Malians|Bamako", (9, 22)),
        ("Chad", "Chad|Chadian|Chadians|N'Djamena", (8, 11)),
        ("Central African Republic", "Central African|Bangui", (8, 13)),
        ("Senegal", "Senegal|Senegalese|Dakar", (4, 4)),
        ("Sierra Leone", "Sierra Leone|Sierra Leonean|Freetown", (4, 27)),
        ("Liberia", "Liberia|Liberian|Liberians|Monrovia", (7, 26)),
        ("Namibia", "Namibia|Namibian|Namibians|Windhoek", (3, 21)),
        ("Tunisia", "Tunisia|Tunisian|Tunisians|Tunis", (3, 20)),
        ("Morocco", "Morocco|Moroccan|Moroccans|Rabat", (11, 18)),
        ("Syria", "Syria|Syrian|Syrians|Damascus", (4, 17)),
        ("Tajikistan", "Tajikistan|Tajik|Tajiks|Dushanbe", (9, 9)),
        ("Kyrgyzstan", "Kyrgyzstan|Kyrgyz|Bishkek", (8, 31)),
        ("Moldova", "Moldova|Moldovan|Moldovans|Chisinau", (8, 27)),
        ("Malaysia", "Malaysia|Malaysian|Malaysians|Kuala Lumpur", (8, 31)),
        ("Vietnam", "Vietnam|Vietnamese|Hanoi", (9, 2)),
    ]
}
_AMERICA = re.compile(r"\b(?:America|American|Americans|United States|U\.S\.|US|USA|Washington)\b")


@functools.lru_cache(maxsize=64)
def _keeps_orthodox_easter(text: str) -> bool:
    """Whether the text's Easter is the Orthodox one: it names the Orthodox feast or its
    Holy Week, and never the Western or Catholic one."""
    return _ORTHODOX_EASTER.search(text) is not None and _WESTERN_EASTER.search(text) is None


_ORTHODOX_EASTER = re.compile(
    r"\bOrthodox\s+(?:Easter|Holy\s+Week|Good\s+Friday|Palm\s+Sunday|Holy\s+Thursday)\b"
    # 'when Orthodox Christians celebrated Easter', 'Orthodox believers mark Easter'
    r"|\bOrthodox\s+(?:Christians|believers|faithful|churches|Church)\s+(?:\w+\s+){0,2}?"
    r"(?:celebrat\w*|mark\w*|observ\w*)\s+Easter\b"
)
_WESTERN_EASTER = re.compile(r"\b(?:Western|Catholic|Latin)\s+Easter\b")


def holiday_spans(name: str, year: int, text: str = "") -> list[cal.Interval]:
    """The days a named holiday covers in a Gregorian year: usually one span, but a feast
    of the lunar Hijri calendar can fall twice in one year, or a whole month (Ramadan).
    'Independence Day' is the day of the nation the ``text`` is about, if it names one."""
    key = " ".join(name.lower().split())
    if key == "independence day" and (nation := _nation_told(text)) is not None:
        month, dom = _INDEPENDENCE_DAYS[nation][1]
        return [(dt.date(year, month, dom), dt.date(year, month, dom))]
    rule = LEXICON.holidays[key]
    if rule.startswith("hijri:"):
        return _hijri_spans(rule.removeprefix("hijri:"), year)
    day: dt.date
    if rule.startswith("hebrew:"):
        # 'hebrew:07-10' (Yom Kippur): the feast's day in the Hebrew year that puts it in
        # ``year``; a Hebrew year starts in September or October, so one of two
        month, dom = (int(x) for x in rule.removeprefix("hebrew:").split("-"))
        for hebrew_year in (year + 3760, year + 3761):
            day = dt.date(*_QuietHebrew.to_gregorian(hebrew_year, month, dom))
            if day.year == year:
                return [(day, day)]
        return []
    # a text about the Orthodox feast ('the UN's call for an Orthodox Holy Week pause') counts
    # its Easter, Holy Thursday and Good Friday from the Orthodox one
    method = EASTER_ORTHODOX if _keeps_orthodox_easter(text) else 3
    if rule in ("easter", "good_friday", "orthodox_easter"):
        sunday: dt.date = easter(year, EASTER_ORTHODOX if rule == "orthodox_easter" else method)
        day = sunday - dt.timedelta(days=2) if rule == "good_friday" else sunday
    elif rule == "easter_monday":
        day = easter(year, method) + dt.timedelta(days=1)
    elif rule == "ash_wednesday":  # the start of Lent, 46 days before Easter
        day = easter(year, 3) - dt.timedelta(days=46)
    elif rule.startswith("easter:"):  # 'easter:-7' (Palm Sunday): so many days from Easter
        day = easter(year, method) + dt.timedelta(days=int(rule.removeprefix("easter:")))
    elif rule in ("thanksgiving", "black_friday"):
        first = dt.date(year, 11, 1)
        day = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
        day += dt.timedelta(days=rule == "black_friday")  # the Friday after Thanksgiving
    elif rule == "labor":
        first = dt.date(year, 9, 1)
        day = first + dt.timedelta(days=(0 - first.weekday()) % 7)
    elif rule == "us_election":  # the Tuesday after the first Monday of November
        first = dt.date(year, 11, 1)
        day = first + dt.timedelta(days=(0 - first.weekday()) % 7 + 1)
    elif rule.startswith("nth:"):  # 'nth:05:2:7': the second Sunday of May; -1 the last
        month, nth, weekday = (int(x) for x in rule.removeprefix("nth:").split(":"))
        day = cal.nth_weekday(year, month, nth, weekday)
    else:
        month, dom = (int(x) for x in rule.split("-"))
        day = dt.date(year, month, dom)
    return [(day, day)]


def _hijri_spans(rule: str, year: int) -> list[cal.Interval]:
    """'10-01' (Eid al-Fitr) or '09' (the month of Ramadan) in the Umm al-Qura calendar."""
    month, _, dom = rule.partition("-")
    spans: list[cal.Interval] = []
    for hijri_year in range(year - 581, year - 576):  # the Hijri years that touch ``year``
        try:
            first = Hijri(hijri_year, int(month), int(dom) if dom else 1)
            start = first.to_gregorian()
            stop = start if dom else start + dt.timedelta(days=first.month_length() - 1)
        except (ValueError, OverflowError):
            continue  # outside the tables (1924-2077)
        if start.year == year:
            spans.append((dt.date(*start.datetuple()), dt.date(*stop.datetuple())))
    return spans


# 'Sheikh Said Ramadan al-Buti', 'Ramadan Shallah', 'Easter Island': a name goes on with a
# capitalised word or 'al'; and Ramadan after a capitalised word is a surname.
# 'Eid al-Adha Mosque', 'New Year's Day Parade': a name going on, on the same line
# 'Christmas Island', 'Eid al-Adha': a name goes on; 'his Palm Sunday Mass' is that day's
_NAME_GOES_ON = re.compile(
    r"[ \t]*(?:-[ \t]*)?(?:(?!(?:Mass|Masses|Vigil|Liturgy|Services?|Sermon|Eucharist)\b)[A-Z]"
    r"|al\b|el\b|bin\b|ibn\b)"
)
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
_DATE_IN_APPOSITION = re.compile(
    r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+$|\b\d{1,2}\s+[A-Z][a-z]{2,8},\s+$"
)
_NATION_BEFORE = re.compile(
    r"\b(?!America|American|US|U\.S\.)[A-Z][A-Za-z.]+"
    r"(?:['\u2019]s|(?<=[a-z])(?:an|ian|i|ese|ish))\s+$"
)
# 'a Christmas tree was set on fire', 'the usual Christmas card': things of the holiday, no day
_HOLIDAY_THING_AFTER = re.compile(
    r"[ \t]+(?:cards?|trees?|markets?|lights|decorations?|carols?|presents|gifts?|shopping"
    r"|shoppers|songs?|sales|pudding|cake|eggs?|bunny|baskets?|hampers?|seders?|meals?)\b",
    re.IGNORECASE,
)
# 'Russia's 30-hour Easter truce': the holiday names the truce
_TRUCE_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(LEXICON.truce_nouns, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _digest_month(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'Fighting resumed mid-month', 'by month's end': a part of the month the digest is
    about, the month of the last day it told that lies behind the report (else the report's
    own month)."""
    story, ref = scene.story, scene.reference
    # a digest looks back: the last day told that lies behind the report, not a plan ahead
    told = (
        (story.last_past_day[0] if story.last_past_day else None)
        or story.last_day
        or _heading_month(scene, cand.start)
        or (story.last_anchor.start if story.last_anchor else None)
        or ref
    )
    if told is None:
        return _unresolved(cand, scene, "XXXX-XX")
    return _period(cand, scene, Precision.MONTH, told.replace(day=1), relative=True)


def _heading_month(scene: Scene, before: int) -> dt.date | None:
    """The month a digest's heading says it covers, the latest one named in full on a short
    line near the top that is over before the report: 'Entry for August 2016 | Outlook for
    September 2016', published in September, covers August."""
    ref = scene.reference
    if ref is None:
        return None
    found = None
    head = scene.text[: min(before, _HEADING_REACH)]
    for line in head.splitlines():
        if len(line) > _HEADING_LINE_AT_MOST:
            continue
        for named in _MONTH_YEAR_NAMED.finditer(line):
            month, year = _month(named["m"]), int(named["y"])
            if (year, month) < (ref.year, ref.month) and (
                found is None or (year, month) > (found.year, found.month)
            ):
                found = dt.date(year, month, 1)
    return found


_HEADING_LINE_AT_MOST = 120
_MONTH_YEAR_NAMED = re.compile(
    r"\b(?P<m>" + MONTH_FULL + r")\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE
)


def _legal_day(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'on the 14th day of March 2019', 'this 5th day of June', 'the fourteenth day of March,
    two thousand and nineteen'."""
    p = cand.parts
    if not _capitalised(p["lgmonth"]):
        return None
    word = p["lgday"].lower()
    day = LEXICON.day_ordinals[word] if word in LEXICON.day_ordinals else _day(word)
    year: str | None = p.get("lgyear")
    if "lgwords" in p:
        spoken = " ".join(p["lgwords"].lower().replace("-", " ").split())
        if spoken.startswith("nineteen"):
            year = str(_nineteen(spoken.removeprefix("nineteen ")))
        else:
            rest = spoken.removeprefix("two thousand").removeprefix(" and").strip()
            year = str(2000 + int(number_of(rest) or 0) if rest else 2000)
    found = _month_day(cand, scene, _month(p["lgmonth"]), day, year)
    if not isinstance(found, dt.date):
        return None if found is None else _unresolved(cand, scene, found)
    relative = year is None
    return _expr(
        cand,
        scene,
        TimexType.DATE,
        found.isoformat(),
        (found, found),
        Precision.DAY,
        None,
        relative,
    )


def _other_calendar(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'Hamle 1, 2010 E.C.', '23 Khordad', '28 Sha'ban 1446 AH': the Gregorian day, in the
    year given or, without one, the year of that calendar nearest the report in the tense."""
    p = cand.parts
    name = p.get("etm") or p.get("fam") or p.get("him") or p["hem"]
    if not _capitalised(name):
        return None
    kind = (
        "ethiopian"
        if "etm" in p
        else "persian"
        if "fam" in p
        else "hijri"
        if "him" in p
        else "hebrew"
    )
    month = LEXICON.calendar_months[kind][" ".join(name.lower().split())]
    day = int(p.get("etd") or p.get("fad") or p.get("hid") or p["hed"])
    year_word = p.get("ety") or p.get("fay") or p.get("hiy") or p.get("hey")
    ref = scene.reference
    if year_word is not None:
        found = _gregorian(kind, int(year_word), month, day)
    elif ref is None:
        return _unresolved(cand, scene, "XXXX-XX-XX")
    else:
        here = _calendar_year(kind, ref)
        options = [
            d for d in (_gregorian(kind, y, month, day) for y in (here - 1, here, here + 1)) if d
        ]
        found = nearest_in_tense(options, ref, _tense(cand, scene)) if options else None
    if found is None:
        return None
    return _expr(
        cand,
        scene,
        TimexType.DATE,
        found.isoformat(),
        (found, found),
        Precision.DAY,
        relative=year_word is None,
    )


def _other_calendar_after() -> re.Pattern[str]:
    months = LEXICON.calendar_months
    day_first = months["persian"].keys() | months["hijri"].keys()
    return re.compile(
        r"\s+(?:on\s+)?(?:\d{1,2}\s+"
        + alternation(day_first)
        + r"\b|"
        + alternation(months["ethiopian"])
        + r"\s+\d)",
        re.IGNORECASE,
    )


# 'on Friday 7 Ramadan', 'at dawn on 23 Khordad': a date of another calendar right after
_OTHER_CALENDAR_AFTER = _other_calendar_after()
# Ethiopian years run 7 or 8 behind the Gregorian, and share the Coptic months
_ETHIOPIAN_FROM_COPTIC = 276


class _QuietHebrew:
    """convertdate's Hebrew converters without the DeprecationWarning that convertdate 2.5
    raises from inside them (they call its own deprecated ``month_days``)."""

    @staticmethod
    def to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "month_days is deprecated", DeprecationWarning)
            return _hebrew_module.to_gregorian(year, month, day)  # type: ignore[no-any-return]

    @staticmethod
    def from_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "month_days is deprecated", DeprecationWarning)
            return _hebrew_module.from_gregorian(year, month, day)  # type: ignore[no-any-return]


def _gregorian(kind: str, year: int, month: int, day: int) -> dt.date | None:
    try:
        if kind == "hijri":
            return dt.date(*Hijri(year, month, day).to_gregorian().datetuple())
        module = {"ethiopian": coptic, "persian": persian, "hebrew": _QuietHebrew}[kind]
        shifted = year - _ETHIOPIAN_FROM_COPTIC if kind == "ethiopian" else year
        found = dt.date(*module.to_gregorian(shifted, month, day))
    except (ValueError, OverflowError, IndexError):
        return None  # outside the Hijri tables, or off the Gregorian calendar
    # the converters count on past a month's end ('Pagume 9'): no such day
    back = module.from_gregorian(found.year, found.month, found.day)
    return found if tuple(back) == (shifted, month, day) else None


def _calendar_year(kind: str, day: dt.date) -> int:
    """The year of ``kind`` that ``day`` falls in."""
    if kind == "ethiopian":
        return int(coptic.from_gregorian(day.year, day.month, day.day)[0]) + _ETHIOPIAN_FROM_COPTIC
    if kind in ("persian", "hebrew"):
        module = persian if kind == "persian" else _QuietHebrew
        return int(module.from_gregorian(day.year, day.month, day.day)[0])
    return Gregorian(day.year, day.month, day.day).to_hijri().year


def _holiday(cand: Candidate, scene: Scene) -> TimeExpression | None:
    day = _holiday_day(cand, scene)
    if "eve" in cand.parts and day is not None and day.start is not None:
        eve = day.start - dt.timedelta(days=1)
        return replace(day, value=eve.isoformat(), start=eve, end=eve, precision=Precision.DAY)
    if "hweekend" not in cand.parts or day is None or day.start is None:
        return day
    # 'the Christmas weekend': the weekend of the holiday's week; a Monday holiday's is the
    # weekend before it ('the Memorial Day weekend')
    on = day.start
    saturday = (
        on - dt.timedelta(days=2) if on.weekday() == 0 else on + dt.timedelta(5 - on.weekday())
    )
    return _weekend(cand, scene, saturday)


def _holiday_day(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    if not _capitalised(p["holiday"]):
        return None
    text = scene.text
    if "year" not in p and _NAME_GOES_ON.match(text, cand.end):
        return None
    if _HOLIDAY_THING_AFTER.match(text, cand.end):
        return None
    name = " ".join(p["holiday"].lower().split())
    if _DATE_IN_APPOSITION.search(text, max(0, cand.start - 20), cand.start):
        return None  # 'every June 6, Memorial Day,': the name of the date just written
    if (LEXICON.holidays[name].startswith("nth:") or name == "independence day") and (
        _NATION_BEFORE.search(text, max(0, cand.start - 30), cand.start)
    ):
        # "Israel's Memorial Day", "Israel's Independence Day": that nation's own date, not
        # the American one the table holds
        return None
    hijri = LEXICON.holidays[name].startswith("hijri:")
    slack = 1 if hijri else 0
    if hijri and "rel" not in p and _NAME_BEFORE.search(text, max(0, cand.start - 20), cand.start):
        before = text[max(0, cand.start - 20) : cand.start].split()
        if before and before[-1].lower() not in _HOLIDAY_LEAD_INS:
            return None
    later_year = _YEAR_AFTER_HOLIDAY.match(text, cand.end)
    year_word = p.get("year") or (later_year[1] if later_year else None)
    if "hyrel" in p:
        # 'on Christmas Eve last year'; 'On Easter Sunday that year': the story's year
        ref, told = scene.reference, scene.story.explicit_year
        shift = {"last": -1, "next": 1, "this": 0}.get(p["hyrel"].lower())
        year_number = (ref.year + shift if ref else None) if shift is not None else told
        if year_number is None:
            return _unresolved(cand, scene, "XXXX-XX-XX")
        year_word = str(year_number)
    if year_word is not None:
        spans = holiday_spans(p["holiday"], int(year_word), scene.text)
        if not spans:
            return None
        first, last = spans[0]
        return _named_day(cand, scene, first, last, relative=False, slack=slack)

    ref = scene.reference
    if ref is None:
        return _unresolved(cand, scene, "XXXX-XX-XX")
    rel = (p.get("rel") or "").lower()
    if not rel:
        # (the holiday's own day is not known before its year: the year's last day stands in)
        era = _era_year(scene, cand.start, _tense(cand, scene), 12, 31, either_side=False)
        years_ago = _the_day_years_ago(scene)
        if era is not None and years_ago is not None:
            # 'Thirty years ago today ... spent Christmas hauling shells': the holiday
            # nearest the day the piece is about, before or after it
            first, last = min(
                (
                    s
                    for y in (era - 1, era, era + 1)
                    for s in holiday_spans(p["holiday"], y, scene.text)
                ),
                key=lambda span: abs((span[0] - years_ago).days),
            )
            return _named_day(cand, scene, first, last, relative=True, slack=slack)
        if era is not None:
            # 'The truce began on Christmas Eve' in a guide to 1914: the story's year
            first, last = holiday_spans(p["holiday"], era, scene.text)[0]
            return _named_day(cand, scene, first, last, relative=True, slack=slack)
        near = _holiday_near_the_day_told(cand, scene, p["holiday"])
        if near is not None:
            return _named_day(cand, scene, near[0], near[1], relative=True, slack=slack)
    options = [
        span
        for y in (ref.year - 1, ref.year, ref.year + 1)
        for span in holiday_spans(p["holiday"], y, scene.text)
    ]
    under_way = [s for s in options if s[0] <= ref <= s[1]]  # 'during Ramadan', in Ramadan
    if rel == "last":
        first, last = max(s for s in options if s[1] < ref)
    elif rel == "next":
        first, last = min(s for s in options if s[0] > ref)
    elif under_way:
        first, last = under_way[0]
    else:
        # the nearest, leaning with the tense: 'announced a truce over Eid' a week before it
        start = nearest_in_tense([s[0] for s in options], ref, _tense(cand, scene))
        first, last = next(s for s in options if s[0] == start)
    return _named_day(cand, scene, first, last, relative=True, slack=slack)


# 'over Orthodox Christmas in January 2023': the year is named just after
_YEAR_AFTER_HOLIDAY = re.compile(r",?\s+(?:in|of)\s+(?:[A-Z][a-z]+\.?\s+)?((?:19|20)\d\d)\b")
_HOLIDAY_LEAD_INS = frozenset(
    ["during", "in", "for", "before", "after", "since", "until", "of", "the", "a", "an", "this"]
)


def _named_day(
    cand: Candidate,
    scene: Scene,
    first: dt.date,
    last: dt.date,
    *,
    relative: bool,
    slack: int = 1,
) -> TimeExpression:
    """A holiday; one that names a day the sentence has just dated is no second event.

    'Sept. 12 - The truce begins at sundown, as Muslims mark Eid al-Adha': the date says
    when, and the holiday (whose local observance may differ by a day from the tables,
    ``slack``) only names it. A holiday fixed by the calendar has no slack: 'Thursday
    evening, before the players were given Good Friday off' names two days.
    """
    story = scene.story
    named = story.last_day
    if (
        named is not None
        and first - dt.timedelta(days=slack) <= named <= last + dt.timedelta(days=slack)
        and _same_sentence(scene.text, story.last_day_end, cand.start)
        # 'on Saturday night and again on New Year's Eve': a second day, not the same one
        and not _ANOTHER_DAY.search(scene.text, story.last_day_end, cand.start)
        # 'at noon on Christmas Eve': the clock was dated by the holiday, which stays the day
        and not _JUST_ON.fullmatch(scene.text, story.last_day_end, cand.start)
    ):
        value = named.isoformat() if first == last else first.isoformat()
        return _expr(cand, scene, TimexType.DATE, value, relative=relative)
    return _expr(
        cand, scene, TimexType.DATE, first.isoformat(), (first, last), Precision.DAY, None, relative
    )


_AT_BEFORE = re.compile(r"\b(?:at|in)\s+$", re.IGNORECASE)
_JUST_ON = re.compile(r"\s+on\s+", re.IGNORECASE)
_ANOTHER_DAY = re.compile(r"\b(?:again|then|later|and\s+on)\b", re.IGNORECASE)

_UNIT_PRECISION = {
    "D": Precision.DAY,
    "W": Precision.WEEK,
    "M": Precision.MONTH,
    "Q": Precision.QUARTER,
    "Y": Precision.YEAR,
    "10Y": Precision.YEAR,
    "100Y": Precision.YEAR,
    "2W": Precision.WEEK,
}


def _unit_code(word: str) -> str:
    word = word.lower()
    if word in ("centuries", "century"):
        return "100Y"
    return LEXICON.units[word[:-1] if word.endswith("s") and word[:-1] in LEXICON.units else word]


def _shift(day: dt.date, code: str, amount: int) -> dt.date:
    if code == "D":
        return day + dt.timedelta(days=amount)
    if code in ("W", "2W"):
        return day + dt.timedelta(weeks=amount * (2 if code == "2W" else 1))
    months = {"M": 1, "Q": 3, "Y": 12, "10Y": 120, "100Y": 1200}[code]
    return cal.add_months(day, amount * months)


def _anniversary_day(words: str, ref: dt.date) -> dt.date | None:
    """The day whose anniversary 'N years ago tomorrow' or 'N years ago on Wednesday' names:
    tomorrow, yesterday, or the weekday nearest the report ('next Thursday': the coming
    one). None when the weekday is no weekday's name ('on wed')."""
    if words == "tomorrow":
        return ref + dt.timedelta(days=1)
    if words == "yesterday":
        return ref - dt.timedelta(days=1)
    lead, _, name = words.rpartition(" ")
    if not _weekday_word(name):
        return None
    ahead = (_weekday(name) - ref.isoweekday()) % 7
    if lead == "next":
        return ref + dt.timedelta(days=ahead or 7)
    return ref + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)


def _clock_stays_on_the_day(story: Story, hours: float, forward: bool) -> bool:
    """'signed at ten in the morning ... The guns were to stop twelve hours later': counted
    from a clock time told on the story's day, the hours end on that day."""
    last = story.last_anchor
    if last is None or last.start != story.last_day:
        return False
    clock = _clock_in_value(last.value)
    if clock is None:
        return False
    reached = clock[0] + clock[1] / 60 + (hours if forward else -hours)
    return 0 <= reached < 24


# Hours on from a told day that stay on it: the story rarely crosses midnight unsaid.
_SAME_DAY_HOURS = 6

# '30 trucks a day earlier this month', 'twice a week before': a rate, not an offset
_COUNT_PER_UNIT = re.compile(r"(?:\d|\btimes|\bonce|\btwice)\s+$", re.IGNORECASE)


def _offset(cand: Candidate, scene: Scene) -> TimeExpression | None:
    if "bunit" in cand.parts:
        # 'before two weeks' in a translation: two weeks ago
        parts = {"n": cand.parts["bn"], "unit": cand.parts["bunit"], "dir": "ago"}
        cand = replace(cand, parts=parts)
    p = cand.parts
    story, ref = scene.story, scene.reference
    if (
        (p.get("n") or "").lower() in ("a", "an")
        and (p.get("unit") or "").lower() in ("day", "week", "hour")
        and _COUNT_PER_UNIT.search(scene.text, max(0, cand.start - 12), cand.start)
    ):
        return None  # 'C$307.2 a year earlier' is a comparison; '30 a day earlier' a rate
    if "span" in p:
        if ref is None:
            return _unresolved(cand, scene, "XXXX-XX-XX")
        named = p["fromday"].lower()
        if named not in ("today", "tomorrow"):
            # 'a week on Friday', 'a week from Tuesday': a week after the coming Friday
            start = ref + dt.timedelta(
                days=(_weekday(named.split()[-1]) - ref.isoweekday()) % 7 or 7
            )
        else:
            start = ref + dt.timedelta(days=named == "tomorrow")
        day = start + dt.timedelta(days=7 if p["span"].lower() == "week" else 14)
        return _period(cand, scene, Precision.DAY, day, relative=True)
    if "thisin" in p:
        if ref is None:
            return _unresolved(cand, scene, f"{int(p['inyear']):04d}")
        try:
            that_day = dt.date(int(p["inyear"]), ref.month, ref.day)
        except ValueError:
            that_day = dt.date(int(p["inyear"]), ref.month, 28)  # 29 February, a common year
        precision = Precision.DAY if p["thisin"].lower() == "day" else Precision.WEEK
        return _period(cand, scene, precision, that_day, relative=False)  # its year is written
    if "thistime" in p:
        if ref is None:
            return _unresolved(cand, scene, "XXXX-XX")
        return _period(cand, scene, Precision.MONTH, _shift(ref, "Y", -1), relative=True)
    if "adj" in p:
        code, amount, direction = "Y", 1, "earlier"
    else:
        code = _unit_code(p["unit"])
        # 'weeks ago' counts no weeks: as vague as 'several weeks ago'
        plural = p["unit"].lower().endswith("s") or p["unit"].lower() == "centuries"
        number = number_of(p["n"]) if "n" in p else (None if plural else 1.0)
        direction = " ".join(p["dir"].lower().split())
        if code in ("S", "H") or (code == "M" and p["unit"].lower().startswith("min")):
            hours = (number if number is not None else 2.0) / (1 if code == "H" else 60)
            if (
                direction in ("later", "after", "earlier", "before")
                and story.last_day is not None
                and code != "S"
                and (
                    hours <= _SAME_DAY_HOURS
                    or _clock_stays_on_the_day(story, hours, direction in ("later", "after"))
                )
            ):
                # 'On Saturday at about 13:20 ... Less than two hours later, French forces
                # struck': a few hours on from the day the story tells is that day.
                return _period(cand, scene, Precision.DAY, story.last_day, relative=True)
            return _unresolved(
                cand, scene, "PAST_REF" if direction in ("ago", "earlier", "back") else "FUTURE_REF"
            )
        if number is None:
            vague = (
                "PAST_REF" if direction in ("ago", "earlier", "before", "back") else "FUTURE_REF"
            )
            return _expr(cand, scene, TimexType.DATE, vague)
        amount = int(number)
    sign = -1 if direction in ("ago", "earlier", "before", "back") else 1
    from_reference = direction in ("ago", "from now", "hence", "back")
    anchor = ref
    same = " ".join(p.get("same", "").lower().split()) or ("today" if "thisday" in p else "")
    if same in ("next month", "last month") and ref is not None:
        # 'Eleven years ago next month': the month after this one, so many years back
        anchor = cal.add_months(ref.replace(day=1), 1 if same == "next month" else -1)
        same = "this month"
    elif (
        from_reference and ref is not None and same not in ("", "today", "this month", "this week")
    ):
        # 'Five years ago tomorrow', 'Ten years ago on Wednesday': counted back from that day
        anchor = _anniversary_day(same, ref)
        if anchor is None:
            return None
    last = story.last_anchor
    if (
        "-" in p.get("adj", "")
        and ref is not None
        and last is not None
        and last.start is not None
        and last.start.year < ref.year
    ):
        # 'compared with a loss in the 1988 period. The year-ago results ...': the story
        # is in the comparison year already, so the year-ago period is that one.
        if last.precision is Precision.QUARTER:
            year, quarter = last.start.year, cal.quarter_of(last.start)
            return _quarter_value(cand, scene, year, quarter, relative=True)
        return _period(cand, scene, Precision.YEAR, last.start, relative=True)
    if (
        code == "Y"
        and last is not None
        and story.last_quarter is not None
        and last.precision is Precision.QUARTER
    ):
        # Results news compares with the same quarter: 'from $2 a year ago'.
        year, quarter = story.last_quarter
        return _quarter_value(cand, scene, year + sign * amount, quarter, relative=True)
    if not from_reference and last is not None and last.start is not None:
        anchor = last.start
        coarse = last.precision in (Precision.YEAR, Precision.DECADE, Precision.CENTURY)
        if story.last_day is not None and (code == "D" or (code in ("W", "M") and coarse)):
            # 'the 1991 ceasefire was over ... Less than a month later': a year named in
            # passing is no point to count a month from; the day last told is
            anchor = story.last_day
    if anchor is None:
        return _unresolved(cand, scene, "XXXX-XX-XX")
    day = _shift(anchor, code, sign * amount)
    beside = _appositive_day(scene.text, cand.end, day) if code in ("D", "W") else None
    if beside is not None:
        # 'two weeks later, on March 12, ...': the date set beside the count is the day
        return _period(cand, scene, Precision.DAY, beside, relative=True)
    if same and from_reference:
        # 'two weeks ago today' is a day; 'a year ago this week' a week
        precision = {"this month": Precision.MONTH, "this week": Precision.WEEK}.get(
            same, Precision.DAY
        )
        return _period(cand, scene, precision, day, relative=True)
    if (
        code == "W"
        and not from_reference
        and last is not None
        and last.precision is not None
        and last.precision.is_point
    ):
        # 'visited the communities on December 26, and a week later the talks began': weeks
        # counted from a day told land on a day
        return _period(cand, scene, Precision.DAY, day, relative=True)
    return _period(cand, scene, _UNIT_PRECISION[code], day, relative=True)


def _appositive_day(text: str, end: int, near: dt.date) -> dt.date | None:
    """The day of a date set beside a count ('two weeks later, on March 12,'), in the year
    that puts it nearest the day counted; None when no such date follows."""
    found = _APPOSITIVE_DATE.match(text, end)
    if found is None:
        return None
    month_word, day_word = found.group("m1", "d1") if found.group("m1") else found.group("m2", "d2")
    try:
        options = [dt.date(near.year + k, _month(month_word), _day(day_word)) for k in (-1, 0, 1)]
    except ValueError:
        return None
    return min(options, key=lambda d: abs(d - near))


_APPOSITIVE_DATE = re.compile(
    r",?\s+(?:on\s+)?(?:(?P<m1>"
    + MONTH
    + r")\s+(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?P<d2>[12]\d|3[01]|0?[1-9])"
    + r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>"
    + MONTH
    + r"))(?![\w,]*\s*\d{4})",
    re.IGNORECASE,
)


def _weekday_from_a_holiday(cand: Candidate, scene: Scene, weekday: int) -> TimeExpression | None:
    """'the Friday after Thanksgiving', 'the Sunday before Christmas': the first such weekday
    after (or before) the holiday nearest the reference in the sentence's tense."""
    ref = scene.reference
    holiday = _FROM_A_HOLIDAY.match(scene.text, cand.end)
    if (
        ref is None
        or holiday is None
        or cand.parts.get("part")
        or not _capitalised(holiday.group(2))
        or not (
            _THE_BEFORE.search(scene.text, max(0, cand.start - 4), cand.start)
            # 'the last Friday before Christmas', 'the first Monday after Easter'
            or (cand.parts.get("rel") or "").lower().split() in (["the", "last"], ["the", "first"])
        )
    ):
        return None
    spans = [
        span
        for y in (ref.year - 1, ref.year, ref.year + 1)
        for span in holiday_spans(holiday.group(2), y)
    ]
    nearest = nearest_in_tense([a for a, _ in spans], ref, _tense(cand, scene))
    if holiday.group(1).lower() == "after":
        day = nearest + dt.timedelta(days=(weekday - nearest.isoweekday()) % 7 or 7)
    else:
        day = nearest - dt.timedelta(days=(nearest.isoweekday() - weekday) % 7 or 7)
    return _period(cand, scene, Precision.DAY, day, relative=True)


def _weekday_of_a_holiday(cand: Candidate, scene: Scene, weekday: int) -> TimeExpression | None:
    """'The court's offices are closed Wednesday for New Year's Day', 'Markets are closed
    Friday for Good Friday': the weekday the holiday nearest the reference falls on."""
    ref = scene.reference
    holiday = _FOR_A_HOLIDAY.match(scene.text, cand.end)
    if ref is None or holiday is None or not _capitalised(holiday.group(1)):
        return None
    days = [
        start
        for y in (ref.year - 1, ref.year, ref.year + 1)
        for start, _ in holiday_spans(holiday.group(1), y, scene.text)
        if start.isoweekday() == weekday and abs((start - ref).days) <= _HOLIDAY_WEEKDAY_REACH
    ]
    if not days:
        return None
    day = min(days, key=lambda d: abs((d - ref).days))
    return _period(cand, scene, Precision.DAY, day, relative=True)


_HOLIDAY_WEEKDAY_REACH = 10  # days: a weekday said for a holiday is in the holiday's week
_FOR_A_HOLIDAY = re.compile(
    r"\s+for\s+(?:the\s+)?(" + alternation(LEXICON.holidays) + r")\b", re.IGNORECASE
)


def _holiday_after_a_clock(cand: Candidate, scene: Scene) -> dt.date | None:
    """The day of the holiday named right after a clock time ('at noon on Christmas Eve'),
    nearest the reference in the sentence's tense."""
    found = _ON_A_HOLIDAY.match(scene.text, cand.end)
    if found is None or scene.reference is None or not _capitalised(found.group(1)):
        return None
    # read as the holiday itself will be read, era and all
    holiday = Candidate("holiday", found.start(1), found.end(1), {"holiday": found.group(1)})
    named = _holiday(holiday, scene)
    return None if named is None else named.start


_ON_A_HOLIDAY = re.compile(
    r"\s+on\s+(" + alternation(LEXICON.holidays) + r")\b(?!\s+(?:of\s+)?(?:19|20)\d\d)",
    re.IGNORECASE,
)
# how far back the day told may lie for a past clock to be on it: yesterday's story tells
# its hours ('exploded Tuesday ... at 3:12 p.m.'); a report of the days before goes back to
# its own day
_PAST_CLOCK_DAYS = 1
_FROM_A_HOLIDAY = re.compile(
    r"\s+(after|before)\s+(" + alternation(LEXICON.holidays) + r")\b", re.IGNORECASE
)
_HOLIDAY_RIGHT_AFTER = re.compile(
    r"\s+(" + alternation(LEXICON.holidays) + r")\b(?!\s+(?:of\s+)?(?:19|20)\d\d)", re.IGNORECASE
)


# 'later in the day before returning home': 'before' opens a clause of its own there, and
# 'the day' was counted from nothing; TimeBank leaves it unmarked.
_RELATIONAL_AFTER = re.compile(r"\s+(?!morning\b|evening\b|during\b)[a-z]+ing\b(?!\s*,)")


def _anaphora(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    which = " ".join(p["which"].lower().split())
    which = "the next" if which == "next" else which  # 'Next day, ...'
    what = p["what"].lower()
    story = scene.story
    if which == "the day" and "awd" in p:
        if scene.reference is None:
            return _unresolved(cand, scene, "XXXX-XX-XX")
        rel = p.get("arel") or ""
        tense = None if rel else _tense(cand, scene)
        named = resolve_weekday(_weekday(p["awd"]), scene.reference, tense, rel)
        day = named + dt.timedelta(days=-1 if what == "before" else 1)
        return _period(cand, scene, Precision.DAY, day, relative=True)
    if which in ("the day", "the week") and what in ("before", "after") and scene.reference:
        holiday = _HOLIDAY_RIGHT_AFTER.match(scene.text, cand.end)
        if holiday is not None and _capitalised(holiday.group(1)):
            # 'the day before Thanksgiving', 'in the week before Christmas': counted from the
            # holiday named after it
            spans = [
                span
                for y in (scene.reference.year - 1, scene.reference.year, scene.reference.year + 1)
                for span in holiday_spans(holiday.group(1), y, scene.text)
            ]
            nearest = nearest_in_tense([a for a, _ in spans], scene.reference, _tense(cand, scene))
            if which == "the week":
                # the seven days before it, told by the ISO week that holds most of them
                week = nearest + dt.timedelta(days=-4 if what == "before" else 4)
                return _period(cand, scene, Precision.WEEK, week, relative=True)
            day = nearest + dt.timedelta(days=-1 if what == "before" else 1)
            return _period(cand, scene, Precision.DAY, day, relative=True)
    if which in ("the day", "the week", "the month", "the year") and what in ("before", "after"):
        if _RELATIONAL_AFTER.match(scene.text, cand.end):
            return None
        which, what = ("the previous" if what == "before" else "the following"), which[4:]
    elif what in ("before", "after"):
        return None
    step = 0
    if which in ("the following", "the next"):
        step = 1
    elif which in ("the previous", "the preceding", "the prior"):
        step = -1
    if what in ("day", "morning", "afternoon", "evening", "night"):
        base = story.last_day or scene.reference
        if base is None:
            return _unresolved(cand, scene, "XXXX-XX-XX")
        day = base + dt.timedelta(days=step)
        if what != "day":
            part = LEXICON.day_parts[what]
            return _expr(
                cand,
                scene,
                TimexType.TIME,
                f"{day.isoformat()}T{part}",
                (day, day),
                Precision.DAY,
                relative=True,
            )
        return _period(cand, scene, Precision.DAY, day, relative=True)
    if which == "the next" and re.search(
        r"\b(?:in|over|within|during)\s+$", scene.text[max(0, cand.start - 8) : cand.start]
    ):
        # 'could die in the next year': the coming twelve months, not a calendar year.
        return _expr(cand, scene, TimexType.DURATION, _duration_value(1, _unit_code(what)))
    anchor = (
        story.last_anchor.start
        if story.last_anchor and story.last_anchor.start
        else scene.reference
    )
    if anchor is None:
        return _unresolved(cand, scene, "XXXX")
    last = story.last_anchor
    if (
        what in ("week", "weekend")
        and story.last_day is not None
        and last is not None
        and last.precision not in (Precision.DAY, Precision.WEEK, None)
    ):
        # '... landed on December 12, and since November 1965 the colony ... Sanctions went
        # the same week': a week is counted from the day last told, not from a month or year
        anchor = story.last_day
    if what == "weekend":
        saturday = cal.weekend_of(anchor + dt.timedelta(weeks=step))[0]
        return _weekend(cand, scene, saturday)
    code = {"week": "W", "month": "M", "year": "Y"}[what]
    precision = _UNIT_PRECISION[code]
    return _period(cand, scene, precision, _shift(anchor, code, step), relative=True)


def _weekend(cand: Candidate, scene: Scene, saturday: dt.date) -> TimeExpression:
    value = cal.week_value(saturday) + "-WE"
    return _expr(
        cand,
        scene,
        TimexType.DATE,
        value,
        (saturday, saturday + dt.timedelta(days=1)),
        Precision.WEEK,
        relative=True,
    )


# 'on sundays', 'and sundays': a list of days in lower case
_LISTED_ON = re.compile(r"\b(?:on|and|or)\s+$", re.IGNORECASE)


def _set(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    if "quarterly" in p:
        return _expr(cand, scene, TimexType.SET, "P3M")
    if "word" in p:
        word = p["word"]
        before = scene.text[max(0, cand.start - 3) : cand.start].rstrip()
        if word[0].isupper() and before and not before.endswith((".", "!", "?", '"')):
            return None  # 'The Daily Star', 'People's Daily': a name, not 'every day'
        return _expr(cand, scene, TimexType.SET, LEXICON.sets[word.lower()])
    if "plural" in p or "partwd" in p:
        named = p.get("plural") or p["partwd"]
        if named[0].islower() and not _LISTED_ON.search(scene.text, 0, cand.start):
            return None  # 'sundays' alone is no weekday written as news writes it
        day = p["plural"][:-1] if "plural" in p else named
        part = (p.get("pluralpart") or p.get("partsof") or "").lower().removesuffix("s")
        suffix = f"T{LEXICON.day_parts[part]}" if part else ""
        return _expr(cand, scene, TimexType.SET, f"XXXX-WXX-{_weekday(day)}{suffix}")
    if "weekpart" in p:
        return _expr(
            cand,
            scene,
            TimexType.SET,
            "XXXX-WXX-" + ("WE" if p["weekpart"].lower() == "weekends" else "WD"),
        )
    if "emonth" in p:
        month, dom = _month(p["emonth"]), int(p["eday"])
        return _expr(cand, scene, TimexType.SET, f"XXXX-{month:02d}-{dom:02d}")
    if "per" in p:
        code = "TM" if p["per"].lower().startswith("min") else _unit_code(p["per"])
        return _expr(cand, scene, TimexType.SET, _duration_value(1, code))
    if "everyn" in p:
        amount = number_of(p["everyn"])
        unit = p["everyunit"]
        code = "TM" if unit.lower().startswith("min") else _unit_code(unit)  # not months
        return _expr(cand, scene, TimexType.SET, _duration_value(amount, code))
    every = p["every"].lower()
    if every in LEXICON.weekdays:
        part_code = LEXICON.day_parts.get((p.get("everypart") or "").lower())
        suffix = f"T{part_code}" if part_code else ""
        return _expr(cand, scene, TimexType.SET, f"XXXX-WXX-{_weekday(every)}{suffix}")
    if every in LEXICON.day_parts:
        return _expr(cand, scene, TimexType.SET, f"XXXX-XX-XXT{LEXICON.day_parts[every]}")
    if every == "weekend":
        return _expr(cand, scene, TimexType.SET, "XXXX-WXX-WE")
    if every in LEXICON.seasons:
        return _expr(cand, scene, TimexType.SET, f"XXXX-{LEXICON.seasons[every]}")
    if every in LEXICON.months:
        return _expr(cand, scene, TimexType.SET, f"XXXX-{LEXICON.months[every]:02d}")
    holiday = LEXICON.holidays.get(" ".join(every.split()))
    if holiday is not None:
        return _expr(cand, scene, TimexType.SET, f"XXXX-{holiday}")
    every_nth = 2 if "other" in p else 1  # 'every other day' is every second one: P2D
    return _expr(cand, scene, TimexType.SET, _duration_value(every_nth, _unit_code(every)))


_HALF_OF = {
    "Y": ("6", "M"),
    "M": ("15", "D"),
    "D": ("12", "H"),
    "H": ("30", "M"),
    "TM": ("30", "S"),
}


def _duration_value(amount: float | None, code: str) -> str:
    if code in ("10Y", "100Y", "2W"):
        factor = {"10Y": 10, "100Y": 100, "2W": 2}[code]
        code = code[-1]
        amount = None if amount is None else amount * factor
    if amount is not None and amount % 1 == 0.5 and code in _HALF_OF:
        # TimeML spells a half in the next smaller unit: 2 1/2 years is P2Y6M.
        whole, (half, smaller) = int(amount), _HALF_OF[code]
        prefix = "PT" if code in ("H", "TM") else "P"
        return f"{prefix}{whole}{code[-1]}{half}{smaller}" if whole else f"{prefix}{half}{smaller}"
    number = "X" if amount is None else (f"{amount:g}" if amount % 1 else str(int(amount)))
    if code == "TM":
        return f"PT{number}M"
    if code in ("S", "H"):
        return f"PT{number}{code}"
    return f"P{number}{code}"


_RATE_BEFORE = re.compile(
    r"(?:(\d|times|once|twice|per|cents?|dollars?|million|billion|thousand|%)|\b([a-z]{3,}s))\s*$",
    re.IGNORECASE,
)
# '52 years old', 'at 12 to 15 months of age': an age
_AGE_AFTER = re.compile(r"\s+(?:old|of\s+age)\b")


def _duration(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    text = scene.text
    if "bareplural" in p or "bare" in p:
        words = (p.get("bareplural") or p["bare"]).lower().split()
        unit = next(w for w in words if w.rstrip("s") in LEXICON.units or w == "centuries")
        if words in (["recent", "years"], ["recent", "days"]):
            # 'growth has soared in recent years': a vague past time, as TimeBank and the
            # blind sets mostly write it ('in recent months' they keep a length)
            return _expr(cand, scene, TimexType.DATE, "PAST_REF")
        amount = None if unit.endswith("s") else 1.0  # 'the past day' is one
        return _expr(cand, scene, TimexType.DURATION, _duration_value(amount, _unit_code(unit)))
    if "lunit" in p:
        unit = p["lunit"].lower()
        plural = unit.endswith("s") or unit == "centuries"
        amount = number_of(p["ln"].lower()) if "ln" in p else (None if plural else 1.0)
        code = "TM" if unit.startswith("min") else _unit_code(unit)
        return _expr(cand, scene, TimexType.DURATION, _duration_value(amount, code))
    if "half" in p:
        code = _unit_code(p["hunit"])
        if "quarter" in p["half"].lower():
            # 'a quarter of a century', 'a quarter-hour'
            values = {"H": "PT15M", "D": "PT6H", "Y": "P3M", "10Y": "P30M", "100Y": "P25Y"}
        else:
            values = {"H": "PT30M", "D": "PT12H", "Y": "P6M", "10Y": "P5Y", "100Y": "P50Y"}
        return _expr(cand, scene, TimexType.DURATION, values.get(code, "PXD"))
    unit = p["unit"].lower()
    count = p["n"].lower()
    amount = number_of(count)
    code = _unit_code(unit)
    compound = _compound_duration(amount, unit, p["more"]) if "more" in p else None
    if "more" in p and compound is None:
        # '5 minutes, 3 hours': a list, not one length; the first of it alone
        cand = replace(cand, end=cand.end - len(p["more"]))
    if unit.startswith("min"):
        code = "TM"
    if count in ("a", "an", "one") and unit in ("second", "quarter"):
        return None
    if count in ("a", "an"):
        # A rate, not a duration: '$2 million a year', 'four flights a week'.
        before = text[max(0, cand.start - 16) : cand.start]
        rate = _RATE_BEFORE.search(before)
        if rate and (rate.group(1) or rate.group(2).lower() not in _NOT_PLURAL):
            # as TimeML writes a rate's period: a SET, once each week
            return _expr(cand, scene, TimexType.SET, _duration_value(1.0, code))
    if unit.startswith("quarter") and text.startswith(" of", cand.end):
        return None  # 'three-quarters of the city' is a share
    if _AGE_AFTER.match(text, cand.end):
        return None  # '52 years old' is an age
    if " and a half" in text[cand.start : cand.end].lower() and amount is not None:
        amount += 0.5
    bound = " ".join(p.get("bound", "").lower().split())
    value = _duration_value(amount, code)
    if compound is not None:
        value = compound  # 'two hours and 40 minutes': PT2H40M
    return _expr(cand, scene, TimexType.DURATION, value, mod=_BOUNDS.get(bound))


def _days_before_told(
    length: TimeExpression, told: TimeExpression | None, text: str
) -> TimeExpression | None:
    """'Ghani announced the ceasefire on June 7, three days after a suicide bomber killed
    seven people': the length placed that many days before the day just told, whose
    event it is. The TIMEX3 stays the length TimeML writes ('three days', P3D)."""
    if (
        told is None
        or told.precision is not Precision.DAY
        or told.start is None
        or not _AFTER_A_LENGTH.match(text, length.char_end)
        or not _COMMA_BETWEEN.fullmatch(text, told.char_end, length.char_start)
    ):
        return None
    count = _length_in_days(length.value)
    if count is None:
        return None
    clause = _CLAUSE_AFTER.match(text, length.char_end)
    if clause is None or not any(
        word in _PAST_CUES or (len(word) > 4 and word.endswith("ed"))
        for word in clause.group(1).lower().split()
    ):
        # 'the bombing on 26 August, three days after the announcement': no event of its
        # own after it, so the phrase only describes the day told
        return None
    if not 0 < count <= _DAYS_BEFORE_TOLD or told.start.toordinal() <= count:
        return None
    day = told.start - dt.timedelta(days=count)
    return replace(length, start=day, end=day, precision=Precision.DAY, relative=True)


def _length_in_days(value: str) -> int | None:
    """How many whole days a length's TIMEX3 value spans: P3D 3, P1W 7, PT48H 2; None
    for any other ('PT36H', 'P2M')."""
    found = _LENGTH_IN_DAYS.fullmatch(value)
    if found is None:
        return None
    count = int(found["n"]) * (7 if found["unit"] == "W" else 1)
    if not found["t"]:
        return count
    return None if count % 24 else count // 24


_AFTER_A_LENGTH = re.compile(r"\s+after\b")
_CLAUSE_AFTER = re.compile(r"\s+after\s+([^,.;:\n]{1,90})")
_PAST_CUES = frozenset(LEXICON.past_cues)
_COMMA_BETWEEN = re.compile(r",\s*")
_LENGTH_IN_DAYS = re.compile(r"P(?P<t>T)?(?P<n>\d+)(?P<unit>[DWH])")
_DAYS_BEFORE_TOLD = 31

_LOOKBACK_DAYS = 3  # the longest look back a daily report is placed by
_LOOKBACK = re.compile(r"(?:the\s+)?(?:past|last)\s", re.IGNORECASE)


def _lookback(length: TimeExpression, day: dt.date | None) -> TimeExpression:
    """'Over the past 24 hours the monitors recorded 300 explosions': the days up to the
    report's own, where a daily report puts what it tells. The TIMEX3 stays the length
    TimeML writes (PT24H); only a span of three days or less is placed."""
    days = _length_in_days(length.value)
    if days is None or not 0 < days <= _LOOKBACK_DAYS or day is None:
        return length
    if not _LOOKBACK.match(length.text) or day.toordinal() <= days:
        return length
    return replace(
        length, start=day - dt.timedelta(days=days), end=day, precision=Precision.DAY, relative=True
    )


def _compound_duration(amount: float | None, unit: str, more: str) -> str | None:
    """The ISO 8601 length of 'two years, three months and eight days' (P2Y3M8D) or '2
    hours, 9 minutes, 51 seconds' (PT2H9M51S), when each unit is smaller than the one
    before; weeks and days are counted as days, as TimeML writes 'three weeks and three
    days' (P24D)."""
    if amount is None:
        return None
    parts = [(amount, unit.lower().rstrip("s"))]
    for count, word in _MORE_PART.findall(more):
        number = number_of(count.lower())
        if number is None:
            return None
        parts.append((number, word.lower().rstrip("s")))
    if any(name not in _COMPOUND_RANK for _, name in parts):
        return None
    ranks = [_COMPOUND_RANK[name] for _, name in parts]
    if any(a >= b for a, b in itertools.pairwise(ranks)):
        return None
    if any(number >= _COMPOUND_LIMIT.get(name, math.inf) for number, name in parts[1:]):
        return None  # 'four years and 30 months' are two terms, not one length
    amounts: dict[str, float] = {}
    for number, name in parts:
        # weeks are written as days: 'three weeks and three days' is P24D
        key, days = ("day", number * 7) if name == "week" else (name, number)
        amounts[key] = amounts.get(key, 0) + days

    def written(value: float) -> str:
        return f"{value:g}" if value % 1 else str(int(value))

    date = "".join(
        f"{written(amounts[k])}{c}"
        for k, c in (("year", "Y"), ("month", "M"), ("day", "D"))
        if k in amounts
    )
    time = "".join(
        f"{written(amounts[k])}{c}"
        for k, c in (("hour", "H"), ("minute", "M"), ("second", "S"))
        if k in amounts
    )
    return "P" + date + (f"T{time}" if time else "")


# how many of a unit make the next larger one: a smaller part is always fewer
_COMPOUND_LIMIT = {"month": 12, "week": 52, "day": 31, "hour": 24, "minute": 60, "second": 60}
_COMPOUND_RANK = {"year": 0, "month": 1, "week": 2, "day": 3, "hour": 4, "minute": 5, "second": 6}
_MORE_PART = re.compile(
    r"(\d{1,4}(?:\.\d+)?|[a-z]+)\s+(years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b", re.I
)


_BOUNDS = {
    "nearly": "APPROX",
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "almost": "APPROX",
    "more than": "MORE_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "no more than": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "at least": "EQUAL_OR_MORE",
}


# the values of a week, a month or a year not placed on the calendar
_UNPLACED = {"week": "XXXX-WXX", "wk": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}
# 'the last year of the siege', 'the last week of his life': the final one of a thing
# told, not the one before the report ('the last week of March' is read as a part of March)
_LAST_OF_A_THING = re.compile(r"\s+of\s+(?:the|his|her|its|their|our|my|your|a|an)\b", re.I)


def _relative(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    ref = scene.reference
    if "rel" in p and _is_title(cand, scene):
        return None
    if "yearend" in p:
        if ref is None:
            return _unresolved(cand, scene, "XXXX-12")
        year = ref.year
        reviewed = _review_year(scene)
        if reviewed is not None and _tense(cand, scene) != "future":
            year = reviewed  # 'By year's end, the foreign armies were gone', told next January
        return _expr(
            cand,
            scene,
            TimexType.DATE,
            f"{year:04d}",
            cal.narrow(cal.year_span(year), "END"),
            Precision.YEAR,
            "END",
            True,
        )
    if "beforelast" in p:
        if ref is None:
            return _unresolved(cand, scene, "XXXX-WXX")
        if p["beforelast"].lower() == "week":
            return _period(cand, scene, Precision.WEEK, ref - dt.timedelta(weeks=2), relative=True)
        saturday = cal.weekend_of(ref)[0]
        last = (
            saturday - dt.timedelta(weeks=1) if saturday + dt.timedelta(days=1) >= ref else saturday
        )
        return _weekend(cand, scene, last - dt.timedelta(weeks=1))
    if "newyear" in p:
        if "New Year" in p["newyear"] and not _IN_BEFORE.search(
            scene.text, max(0, cand.start - 4), cand.start
        ):
            # 'in the New Year' is the coming year, as 'in the new year' is
            return _new_year_holiday(cand, scene)
        if ref is None:
            return _unresolved(cand, scene, "XXXX")
        # Said in the second half of a year it is the coming one; early in a year, this one.
        year = ref.year + 1 if ref.month >= _NEW_YEAR_AHEAD_FROM else ref.year
        return _period(cand, scene, Precision.YEAR, dt.date(year, 1, 1), relative=True)
    if "what3" in p:
        what = p["what3"].lower()
        rel = "this"
        ref = _past_story_day(cand, scene, what) or ref
        one_day = _ONE_DAY_OF.search(p["mod2"])
        if one_day is not None:
            # 'a third round on the last day of the month': a day, not the month's end
            if ref is None or what not in ("month", "year"):
                return None
            first = one_day.group(1).lower() == "first"
            if what == "month":
                day = ref.replace(day=1 if first else cal.last_day(ref.year, ref.month))
            else:
                day = dt.date(ref.year, 1, 1) if first else dt.date(ref.year, 12, 31)
            return _expr(
                cand, scene, TimexType.DATE, day.isoformat(), (day, day), Precision.DAY, None, True
            )
    else:
        what = (p.get("what") or p.get("what2") or "").lower()
        rel = " ".join((p.get("rel") or "").lower().split())
        if rel == "the last" and _LAST_OF_A_THING.match(scene.text, cand.end):
            # 'the last year of the siege' is its final year, not last year: a time the
            # text names, but places nowhere
            return _unresolved(cand, scene, _UNPLACED.get(what, "XXXX"))
        rel = rel.removeprefix("the ")
    if ref is None:
        return _unresolved(cand, scene, _UNPLACED.get(what, "XXXX"))
    step = {
        "last": -1,
        "past": -1,
        "previous": -1,
        "this past": -1,
        "next": 1,
        "coming": 1,
        "this coming": 1,
        "following": 1,
    }.get(rel, 0)
    told, told_end = scene.story.last_day, scene.story.last_day_end
    if (
        what == "weekend"
        and not rel
        and told is not None
        and told.year < ref.year
        and (ref - told).days > _STORY_OF_ANOTHER_YEAR
        and 0 <= cand.start - told_end <= _MONTH_TOLD_REACH
        # a new paragraph may be back in the present: '... collapsing on June 9, 2011. \n\n
        # In Myitkyina, hundreds of people marched at the weekend'
        and "\n\n" not in scene.text[told_end : cand.start]
        and _tense(cand, scene) != "future"
    ):
        # 'A second attempt followed on 30 June, and by the weekend most columns were
        # surrounded', in an encyclopedia entry of 2023: the weekend the story reached
        return _weekend(cand, scene, cal.weekend_of(told)[0])
    if what == "weekend" or "what2" in p:
        tense = _tense(cand, scene)
        # 'The weekend: Moon-sighting committees look for the crescent', in a diary of the
        # week ahead: the weekend to come, not one under way on the Sunday it is written
        heading = tense != "past" and _heads_a_diary_line(scene.text, cand)
        if heading:
            tense = "future"
        this_saturday = cal.weekend_of(ref)[0]
        # 'has a simple request for Baltimore this weekend', said on a Thursday: the coming
        # one, unless the sentence looks back
        if step < 0 or (step == 0 and tense == "past" and this_saturday > ref):
            saturday = (
                this_saturday - dt.timedelta(weeks=1)
                if this_saturday + dt.timedelta(days=1) >= ref
                else this_saturday
            )
        elif step > 0 or tense == "future":
            # said on a Saturday or Sunday, 'this weekend' is the one under way
            under_way = step == 0 and this_saturday <= ref and not heading
            saturday = (
                this_saturday
                if this_saturday > ref or under_way
                else this_saturday + dt.timedelta(weeks=1)
            )
        else:
            saturday = this_saturday
        return _weekend(cand, scene, saturday)
    if what in LEXICON.months:
        month = _month(what)
        if not _capitalised(p["what"]):
            return None
        anchor = scene.story.last_anchor
        if rel in ("previous", "following") and anchor is not None and anchor.start is not None:
            # 'landed in the spring of 1992 ... had taken effect the previous September':
            # the September before the time the story is telling, not before the report
            ref = anchor.start
        if step < 0:
            year = ref.year if month < ref.month else ref.year - 1
        elif step > 0:
            year = ref.year if month > ref.month else ref.year + 1
        else:
            year = ref.year
        return _period(cand, scene, Precision.MONTH, dt.date(year, month, 1), relative=True)
    if what == "decade" and step != 0 and not p.get("mod"):
        # 'over the past decade', 'over the next decade': the ten years up to now or from
        # now, not the 2010s or the 2030s; the length keeps its article, as 'the past
        # decade' does
        if scene.text[max(0, cand.start - 4) : cand.start].lower() == "the ":
            cand = replace(cand, start=cand.start - 4)
        return _expr(cand, scene, TimexType.DURATION, "P10Y")
    code = {
        "week": "W",
        "wk": "W",  # 'last wk', as a thread or a field note writes it
        "month": "M",
        "year": "Y",
        "quarter": "Q",
        "decade": "10Y",
        "century": "100Y",
    }[what]
    precision = {"10Y": Precision.DECADE, "100Y": Precision.CENTURY}.get(code) or _UNIT_PRECISION[
        code
    ]
    day = _shift(ref, code, step)
    result = _period(cand, scene, precision, day, relative=True)
    word = (p.get("mod") or "").lower().strip()
    if word in ("earlier", "later") and result.start is not None and result.end is not None:
        span = (result.start, ref) if word == "earlier" else (ref, result.end)
        if span[0] <= span[1]:
            return _expr(cand, scene, result.type, result.value, span, result.precision, None, True)
    return result


def _new_year_holiday(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'Shells landed around the New Year': the 1 January nearest the story, leaning with
    its tense. 'A ceasefire for the New Year and Christmas holidays' names what the truce
    is for, not a day something happened."""
    text = scene.text
    if _FOR_BEFORE.search(text, max(0, cand.start - 6), cand.start) or _TRUCE_AFTER.match(
        text, cand.end
    ):
        return None
    ref = scene.reference
    if ref is None:
        return _unresolved(cand, scene, "XXXX-01-01")
    options = [dt.date(y, 1, 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
    day = nearest_in_tense(options, ref, _tense(cand, scene))
    weekend = _WEEKEND_AFTER.match(text, cand.end)
    if weekend:
        # 'over the New Year weekend': the Saturday and Sunday nearest New Year's Day
        saturday = min(
            (day - dt.timedelta(days=(day.weekday() - 5) % 7 + k) for k in (0, -7)),
            key=lambda sat: min(abs((sat - day).days), abs((sat - day).days + 1)),
        )
        return _weekend(replace(cand, end=weekend.end()), scene, saturday)
    return _named_day(cand, scene, day, day, relative=True)


_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
_WEEKEND_AFTER = re.compile(r"\s+weekend\b", re.IGNORECASE)
_NEW_YEAR_AHEAD_FROM = 7  # the month from which 'the new year' is the next one

_NARRATED_DAY_REACH = 250  # characters: the day told of in this sentence or the one before
_RETOLD_DAY_REACH = 2000  # characters: a day long past, told hour by hour in a feature
_RETOLD_AFTER_DAYS = 30


def _narrated_reach(story: Story, ref: dt.date | None) -> int:
    """How far a bare 'at 10 a.m.' or 'that afternoon' goes on with the day last told. A
    feature that retells a day long before its publication ('February 22, 2002', written a
    year on) does not drop back to the publication day without naming it."""
    last = story.last_day
    if last is not None and ref is not None and (ref - last).days > _RETOLD_AFTER_DAYS:
        return _RETOLD_DAY_REACH
    return _NARRATED_DAY_REACH


def _part_of_a_day(cand: Candidate, scene: Scene) -> TimeExpression:
    """'mid-afternoon yesterday', 'in the morning': part of the day the sentence is about."""
    p = cand.parts
    word = (p.get("midpart") or p.get("inpart") or p["edge"]).lower()
    if _OTHER_CALENDAR_AFTER.match(scene.text, cand.end):
        # 'at dawn on 23 Khordad': the date after it is the event
        code = LEXICON.edge_parts.get(word) or LEXICON.day_parts.get(word.split()[-1], "")
        return _expr(cand, scene, TimexType.TIME, "XXXX-XX-XXT" + code)
    early_hours = word.endswith("hours")  # 'broke the truce in the early hours'
    if word in LEXICON.edge_parts:
        code = LEXICON.edge_parts[word]
    elif early_hours or "morning" in word:
        code = LEXICON.day_parts["morning"]
    else:
        # 'mid-afternoon', 'mid afternoon', 'midafternoon'
        code = LEXICON.day_parts[word.split("-")[-1].split()[-1].removeprefix("mid")]
    story, ref = scene.story, scene.reference
    day: dt.date | str | None
    if "dayref" in p or "midwd" in p:
        day = _day_of_ref(cand, scene, p.get("dayref") or p["midwd"])
    elif "midday" in p:
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[p["midday"].lower()]
        day = None if ref is None else ref + dt.timedelta(days=shift)
    elif (
        story.last_day is not None
        and 0 <= cand.start - story.last_day_end <= _narrated_reach(story, ref)
        and not (ref is not None and story.last_day > ref and _tense(cand, scene) == "past")
    ):
        # 'Tokyo stocks crashed Friday. Dealers bought in the morning.'; but after 'will meet
        # on Saturday', 'Major spoke at lunchtime' is today's lunchtime
        day = story.last_day
    else:
        day = ref
    if day is None or isinstance(day, str):
        return _unresolved(cand, scene, f"{day or 'XXXX-XX-XX'}T{code}", TimexType.TIME)
    value = f"{day.isoformat()}T{code}"
    mod = "START" if early_hours else None
    return _expr(cand, scene, TimexType.TIME, value, (day, day), Precision.DAY, mod, True)


_GENERIC_TODAY = re.compile(
    r"['\u2019]s\s+(?:" + "|".join(sorted(LEXICON.generic_present)) + r")\b", re.IGNORECASE
)


# 'USA Today', 'VOA Today', ABC's "This Week": in Title Case after an acronym, or after an
# opening quote when more than one word is capitalised, the words name a paper or a show
# (the acronym on the same line: 'THE DIARY' above 'Today: mediators meet' is a heading).
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,5}[ \t]$")
_QUOTE_BEFORE = re.compile(r"[\"\u201c]$")


def _is_title(cand: Candidate, scene: Scene) -> bool:
    if not scene.text[cand.start].isupper() or scene.text[cand.start : cand.end].isupper():
        return False  # 'ARRIVED YESTERDAY' in a cable written in capitals is no title
    words = scene.text[cand.start : cand.end].split()
    if not all(w[:1].isupper() for w in words):
        return False
    before = scene.text[max(0, cand.start - 6) : cand.start]
    return (
        _ACRONYM_BEFORE.search(before) is not None
        or (len(words) > 1 and _QUOTE_BEFORE.search(before) is not None)
        or (
            # 'the channel, Russia Today, reported': a name, then what names do; a byline's
            # 'By Rania Saab | L'Orient Today' at the end of its line
            _TITLE_WORD_BEFORE.search(scene.text, max(0, cand.start - 20), cand.start) is not None
            and (
                _AS_A_NAME_AFTER.match(scene.text, cand.end) is not None
                or _LINE_ENDS_AFTER.match(scene.text, cand.end) is not None
            )
        )
    )


def _told_just_before(cand: Candidate, scene: Scene) -> bool:
    """Whether the day the story last told is on this line, a sentence or so back (a bullet
    or a line of a list above tells its own story)."""
    end = scene.story.last_day_end
    if end < 0 or end > cand.start or cand.start - end > _JUST_BEFORE:
        return False
    return "\n" not in scene.text[end : cand.start]


_JUST_BEFORE = 200  # characters: about the sentence before

_TITLE_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]*(?:['\u2019][A-Z]?[a-z]+)?[ \t]+$")
_LINE_ENDS_AFTER = re.compile(r"[ \t]*(?:\n|$)")
_AS_A_NAME_AFTER = re.compile(
    r"\s*(?:,|['\u2019]s\b|\s(?:reported|said|says|quoted|cited|broadcast|aired|showed)\b)"
)


def _relday(cand: Candidate, scene: Scene) -> TimeExpression | None:
    if "ofday" in cand.parts:
        # 'the dawn of today' is 'dawn today': that day's part
        code = LEXICON.day_parts.get(cand.parts["ofpart"].lower()) or LEXICON.edge_parts.get(
            cand.parts["ofpart"].lower(), "MO"
        )
        cand = replace(cand, parts={"rday": cand.parts["ofday"], "part": _PART_NAMES[code]})
    p = cand.parts
    ref = scene.reference
    if "rday" in p and _is_title(cand, scene):
        return None
    if "ovwd" in p:
        # 'overnight Saturday': the night of that day, read as the weekday is
        day = _day_of_ref(cand, scene, p["ovwd"])
        if not isinstance(day, dt.date):
            return _unresolved(cand, scene, f"XXXX-WXX-{_weekday(p['ovwd'])}TNI", TimexType.TIME)
        return _expr(
            cand,
            scene,
            TimexType.TIME,
            f"{day.isoformat()}TNI",
            (day, day + dt.timedelta(days=1)),
            Precision.DAY,
            relative=True,
        )
    if "overnight" in p or "overnight2" in p:
        if ref is None:
            return _unresolved(cand, scene, "XXXX-XX-XXTNI", TimexType.TIME)
        # The night just gone, or in a future-tense sentence the coming one.
        tense = _tense(cand, scene)
        day = ref if tense == "future" else ref - dt.timedelta(days=1)
        told = scene.story.last_day
        if (
            tense != "future"
            and told is not None
            and told < day
            and (_told_just_before(cand, scene) or _telling_an_era(scene.story))
        ):
            # 'The fighting began on Tuesday, August 16 ... It spread through the city
            # overnight': the night after the day the story is telling
            day = told
        return _expr(
            cand,
            scene,
            TimexType.TIME,
            f"{day.isoformat()}TNI",
            (day, day + dt.timedelta(days=1)),
            Precision.DAY,
            relative=True,
        )
    if "midpart" in p or "inpart" in p or "edge" in p:
        return _part_of_a_day(cand, scene)
    if (p.get("rday") or "").lower().replace("-", "") == "today" and _GENERIC_TODAY.match(
        scene.text, cand.end
    ):
        return None  # 'today's youth' is the present age, and TimeBank leaves it unmarked
    if "part2" in p:
        code = LEXICON.day_parts[p["part2"].lower()]
        if ref is None:
            return _unresolved(cand, scene, f"XXXX-XX-XXT{code}", TimexType.TIME)
        # '"Heavy fighting last night," a post published on Sunday said': Saturday night
        day = _day_of_speaking(cand, scene) or ref
        if p["this"].lower() == "last":
            day -= dt.timedelta(days=1)
        return _expr(
            cand,
            scene,
            TimexType.TIME,
            f"{day.isoformat()}T{code}",
            (day, day),
            Precision.DAY,
            relative=True,
        )
    word = " ".join(p["rday"].lower().replace("to-", "to").split())
    word = {"tmrw": "tomorrow", "yday": "yesterday"}.get(word, word)
    if word.startswith("day "):
        word = "the " + word  # 'day before yesterday'
    offsets = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }
    part: str | None = LEXICON.day_parts.get((p.get("part") or "").lower())
    if word == "tonight":
        part = "NI"
    if ref is None:
        return _unresolved(cand, scene, "XXXX-XX-XX" + (f"T{part}" if part else ""))
    # '"Tomorrow we will issue instructions," he said on Friday': the speaker's own day
    spoken = _day_of_speaking(cand, scene)
    day = (spoken or ref) + dt.timedelta(days=offsets[word])
    if word == "today" and re.search(
        r"\b(?:of|until|to)\s+$", scene.text[max(0, cand.start - 8) : cand.start]
    ):
        return _expr(cand, scene, TimexType.DATE, "PRESENT_REF", relative=True)
    mod, _ = _mod_of(cand)
    if part:
        kind = TimexType.TIME
        return _expr(
            cand, scene, kind, f"{day.isoformat()}T{part}", (day, day), Precision.DAY, mod, True
        )
    return _expr(cand, scene, TimexType.DATE, day.isoformat(), (day, day), Precision.DAY, mod, True)


_PART_NAMES = {code: name for name, code in LEXICON.day_parts.items()}


def _day_of_speaking(cand: Candidate, scene: Scene) -> dt.date | None:
    """The day a quotation was spoken, when its attribution names one other than the
    reference day: '"... tomorrow ...," he said on Friday' or 'told a radio station on
    Wednesday: "Tomorrow we ..."'. None outside quotation marks."""
    text, ref = scene.text, scene.reference
    if ref is None:
        return None
    paragraph_start = text.rfind("\n\n", 0, cand.start) + 1
    opening = max(text.rfind("\u201c", paragraph_start, cand.start), -1)
    straight = text.count('"', paragraph_start, cand.start)
    if opening < 0 and straight % 2 == 0:
        return None
    if opening < 0:
        opening = text.rfind('"', paragraph_start, cand.start)
    closing_at = [i for i in (text.find("\u201d", cand.end), text.find('"', cand.end)) if i >= 0]
    if not closing_at:
        return None
    closing = min(closing_at)
    paragraph_end = text.find("\n\n", closing)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    after = _SAID_ON_AFTER.match(text, closing + 1, min(paragraph_end, closing + 240))
    window = max(paragraph_start, opening - 160)
    before = _SAID_ON_BEFORE.search(text, window, opening) or _day_then_said(text, window, opening)
    # the attribution that leads into the quotation is the nearer one: 'said on Thursday that
    # the FARC would answer "tomorrow, not before", and a reply reached the envoy on Friday'
    found = before or after
    if found is None:
        return _day_told_in_the_attribution(cand, scene, opening, closing, paragraph_end)
    named = found.group("wd").lower()
    if named == "yesterday":
        spoken = ref - dt.timedelta(days=1)
    else:
        spoken = resolve_weekday(_weekday(named), ref, "past")
        if spoken == ref:
            return None
    scene.story.spoken = (opening, spoken)
    return spoken


def _day_told_in_the_attribution(
    cand: Candidate, scene: Scene, opening: int, closing: int, paragraph_end: int
) -> dt.date | None:
    """The day an attribution names with a date rather than a weekday: 'told me on
    Christmas night, "Today nobody is running."', 'The next morning a farmer walked over and
    said: "Yesterday the big men signed."', '"Today we ate rice," she told me by satellite
    phone on July 22.'"""
    text, ref, story = scene.text, scene.reference, scene.story
    if ref is None:
        return None
    if story.spoken is not None and story.spoken[0] == opening:
        return story.spoken[1]  # 'Yesterday the big men signed. Today ...': one quotation
    sentence_start = max(text.rfind(". ", 0, opening), text.rfind("\n", 0, opening))
    if (
        story.last_day is not None
        and story.last_day != ref
        and sentence_start < story.last_day_end <= opening
        and _SAID_BEFORE_QUOTE.search(text, sentence_start + 1, opening + 1)
    ):
        story.spoken = (opening, story.last_day)
        return story.last_day
    if story.last_day is not None and _quoted_after_its_day(scene, opening):
        story.spoken = (opening, story.last_day)
        return story.last_day
    after = _SAID_ON_A_DATE_AFTER.match(text, closing + 1, min(paragraph_end, closing + 160))
    if after is None:
        if (
            story.spoken is not None
            and 0 < opening - story.spoken[0] <= _QUOTE_GOES_ON
            and "\n" not in text[story.spoken[0] : opening]
        ):
            # '"Today we ate rice," she told me on July 22. "Yesterday we did not."': the
            # same speaker goes on
            return story.spoken[1]
        if _telling_an_era(story) and story.last_day is not None:
            # 'He said, "Tomorrow, inshallah. Tonight, keep your head down."', in a story told
            # twenty years on: said on the day the story is telling
            return story.last_day
        return None
    month = _month(after.group("m1") or after.group("m2"))
    day = int(after.group("d1") or after.group("d2"))
    spoken = date_for_month_day(month, day, ref, "past")
    if spoken is None or spoken == ref:
        return None
    story.spoken = (opening, spoken)
    return spoken


def _quoted_after_its_day(scene: Scene, opening: int) -> bool:
    """A quotation follows a sentence or two that said when it was spoken or posted: 'was
    uploaded at 23:12 on 31 December. Its caption read: "fighting again tonight"', 'We
    reached two residents by phone on Monday. ... One of them told us: "Yesterday ..."'."""
    text, story = scene.text, scene.story
    end = story.last_day_end
    if story.last_day is None or story.last_day == scene.reference or end < 0:
        return False
    if not 0 < opening - end <= _QUOTE_GOES_ON or "\n" in text[end:opening]:
        return False
    told = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end)) + 1
    lead = max(text.rfind(". ", 0, opening), text.rfind("\n", 0, opening)) + 1
    said = _SAID_WORD.search(text, told, end)
    return (
        told < lead  # the day was told in a sentence of its own, ahead of the quotation's
        and said is not None
        # 'the text says nothing about Vukovar, where army columns drove through on
        # Tuesday': a day of the clause the saying is about, not of the saying
        and _RELATIVE_CLAUSE_OPENS.search(text, said.end(), end) is None
        and _LEAD_INTO_QUOTE.search(text, lead, opening + 1) is not None
    )


_RELATIVE_CLAUSE_OPENS = re.compile(r",\s*(?:where|which|when|who|whose)\b", re.IGNORECASE)


_SAID = (
    r"(?:said|says|told|added|stressed|insisted|warned|declared|announced|wrote|tweeted"
    r"|spoke|talked|recalled|explained|admitted|asked|reached"
    # a post says what it says on the day it went up: 'posted it at 21:47 on 26 April with
    # this caption: "Qamishli tonight."'
    r"|posted|shared|uploaded|published|captioned|messaged|texted|sent)"
)
_QUOTE_GOES_ON = 200  # characters from one quotation's opening to the next of the same speaker
_SAID_WORD = re.compile(r"\b" + _SAID + r"\b", re.IGNORECASE)
# 'told us: "', 'Its caption read: "': the sentence hands over to the quotation
_LEAD_INTO_QUOTE = re.compile(
    r"\b(?:" + _SAID + r"|read|reads)\b[^.!?\"\u201c\u201d]{0,30}[:,]\s*[\"\u201c]$",
    re.IGNORECASE,
)
# 'walked over and said: "', 'told me on Christmas night, "': the quotation follows the verb
_SAID_BEFORE_QUOTE = re.compile(
    r"\b" + _SAID + r"\b[^.!?\"\u201c\u201d]{0,60}[:,]?\s*[\"\u201c]", re.IGNORECASE
)
# '," she told me by satellite phone on July 22.'
_SAID_ON_A_DATE_AFTER = re.compile(
    r"[,.!?]?\s*[^.!?\"\u201c\u201d]{1,60}?\b" + _SAID + r"\b[^.\"\u201c\u201d]{0,60}?\bon\s+"
    r"(?:(?P<m1>" + MONTH + r")\s+(?P<d1>[12]\d|3[01]|0?[1-9])\b|(?P<d2>[12]\d|3[01]|0?[1-9])\s+"
    r"(?P<m2>" + MONTH + r"))\s*[.,]",
    re.IGNORECASE,
)
_SPOKEN_DAY = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)"
_PART_OF_THE_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
# '," he said on Friday', '," Sitaula told reporters late on Wednesday'
_SAID_ON_AFTER = re.compile(
    r"[,.!?]?\s*[^.!?\"\u201c\u201d]{1,80}?\b" + _SAID + r"\b[^.\"\u201c\u201d]{0,90}?\b"
    r"(?:(?:late|early)\s+)?(?:on\s+)?" + _SPOKEN_DAY + r"\b",
    re.IGNORECASE,
)
# 'told a Quito radio station on Wednesday. "', 'said on Wednesday: "', 'said one delegate,
# speaking on Saturday evening. "', and a quotation inside what was said: 'said on Thursday
# that the rebels would answer "tomorrow, not before"'
_SAID_ON_BEFORE = re.compile(
    _SAID
    + r"\b[^.\"\u201c\u201d]{0,60}?\b(?:on\s+)?"
    + _SPOKEN_DAY
    + _PART_OF_THE_DAY
    + r"\b(?:\s*[.:,]?\s*|\s+that\b[^.\"\u201c\u201d]{0,80})$",
    re.IGNORECASE,
)


# 'Speaking by telephone on Monday evening, he said: "'
# ('Asked on Wednesday night whether ..., Morcos said the envoy would decide "the day after
# tomorrow"': what was said, with a quotation in it)
_DAY_THEN_SAID = re.compile(
    r"\b(?:on\s+)?" + _SPOKEN_DAY + _PART_OF_THE_DAY + r"\b"
    r"[^.\"\u201c\u201d]{0,80}?\b" + _SAID + r"(?:\s*[:,]?|\s+[^.\"\u201c\u201d]{0,60})\s*$",
    re.IGNORECASE,
)


def _day_then_said(text: str, window: int, opening: int) -> re.Match[str] | None:
    """'Asked on Wednesday night whether ..., Morcos said': the day the attribution opens
    with; a day named inside it ('extend the talks beyond Friday') is no day of speaking."""
    at = window
    while (found := _DAY_THEN_SAID.search(text, at, opening)) is not None:
        if not _NOT_THE_SPEAKING_DAY.search(text, max(0, found.start() - 9), found.start()):
            return found
        at = found.end("wd")
    return None


_NOT_THE_SPEAKING_DAY = re.compile(
    r"\b(?:beyond|until|till|by|before|after|since|through|from|to)\s+$", re.IGNORECASE
)
_ANAPHORIC_WEEKDAY = frozenset(["the previous", "the following", "the next"])


def _names_a_title(text: str, cand: Candidate) -> bool:
    """'The Saturday Seven', 'THE SEVERN SUNDAY CHRONICLE': a weekday inside a name, written
    after a capitalised 'The' or in a line of capitals, before a name word that is no
    part of a day or a date."""
    word = text[cand.start : cand.end]
    after = _NAME_WORD_AFTER.match(text, cand.end)
    if after is None or after.group(1).lower() in _DAY_WORDS:
        return False
    if word.isupper():
        # a masthead line to itself ('THE SEVERN SUNDAY CHRONICLE'), not a cable's
        # 'NEGOTIATED IN CAIRO SUNDAY BETWEEN KING HUSSEIN AND ARAFAT'
        line_start = text.rfind("\n", 0, cand.start) + 1
        line_end = text.find("\n", cand.end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        return after.group(1).isupper() and line.startswith("THE ") and len(line.split()) <= 6
    return after.group(1)[1:].islower() and text.endswith("The ", 0, cand.start)


_NAME_WORD_AFTER = re.compile(r"[ \t]+([A-Z][A-Za-z]+)\b")
_DAY_WORDS = (
    frozenset(LEXICON.day_parts)
    | frozenset(LEXICON.months)
    | frozenset(["and", "to", "or", "through", "until", "last", "next", "this", "week"])
)
_PRAYER_LEADER_AFTER = re.compile(r"\s+prayers?\s+(?:leader|imam|preacher)s?\b", re.I)
_PAPER_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Tribune|Independent|Observer|Mail|Post"
    r"|Star|Sport|Standard|Nation|Monitor|Gleaner)\b"
)


# "Maiduguri's Monday Market", 'the Friday Mosque of Herat': a place named for its day
_PLACE_AFTER = re.compile(r"\s+(?:Market|Mosque|Bazaar|Souk|Club)\b")

_BUDDHIST_ERA_OFFSET = 543


def _the_weekday_of_the_week_told(cand: Candidate, scene: Scene, weekday: int) -> dt.date | None:
    """The date nearest the story's last day that falls on ``weekday``, for a weekday said
    with 'the' ('On the Saturday', 'Eid was the Friday') soon after a day was told. An
    anniversary piece's own reading of its weeks comes first."""
    story = scene.story
    told = story.last_day
    if (
        told is None
        or _telling_an_era(story)
        or not _THE_BEFORE.search(scene.text, max(0, cand.start - 4), cand.start)
        or not 0 <= cand.start - story.last_day_end <= _THE_WEEKDAY_REACH
        # 'Everyone is watching the Friday prayers today': the week's own, not the story's
        or _WEEKLY_THING_AFTER.match(scene.text, cand.end)
    ):
        return None
    back = (told.isoweekday() - weekday) % 7
    side = _SIDE_OF_A_THING.match(scene.text, cand.end)
    if side is not None and _tense(cand, scene) == "past":
        # 'saw them at work on the Tuesday after the handshake', 'on the Friday before the
        # signing, talks stalled': that side of the day told, however far ('will release its
        # survey the Sunday before the election' names a day still to come, not one told)
        if side.group(1).lower() == "after":
            return told + dt.timedelta(days=(7 - back) or 7)
        return told - dt.timedelta(days=back or 7)
    return told - dt.timedelta(days=back) if back <= 3 else told + dt.timedelta(days=7 - back)


_SIDE_OF_A_THING = re.compile(r"\s+(after|before)\s+the\b", re.IGNORECASE)
_WEEKLY_THING_AFTER = re.compile(r"\s+(?:prayers?|sermons?|services?|mass|markets?)\b", re.I)


def _weekday_in_the_days_told(cand: Candidate, scene: Scene, weekday: int) -> dt.date | None:
    """The day of ``weekday`` within a run of days the story just told ('from 11 to 14
    March'), said in one of the next sentences of its paragraph."""
    last = scene.story.last_anchor
    if (
        last is None
        or last.start is None
        or last.end is None
        or last.precision is not Precision.DAY
        or not 1 <= (last.end - last.start).days < _DAYS_IN_A_WEEK
        or not 0 <= cand.start - last.char_end <= _DAYS_TOLD_REACH
        # the next sentence of the same paragraph ('... and Dec. 10-11, and minutes of
        # Wednesday's meeting' is another Wednesday; a list's next line another item)
        or "\n" in scene.text[last.char_end : cand.start]
        or _same_sentence(scene.text, last.char_end, cand.start)
        # 'Officials said on Sunday': the day a report was made, not one of the days told
        or _SAID_ON.search(scene.text, max(0, cand.start - 30), cand.start)
    ):
        return None
    day = last.start + dt.timedelta(days=(weekday - last.start.isoweekday()) % _DAYS_IN_A_WEEK)
    return day if day <= last.end else None


_DAYS_IN_A_WEEK = 7
_DAYS_TOLD_REACH = 200  # characters: the next sentence or two
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_THE_WEEKDAY_REACH = 1200  # characters from the day told
_A_WEEKDAY_REACH = 6
# 'September 22, a Saturday', 'July 25 (Monday)'
_A_WEEKDAY_AFTER_A_DATE = re.compile(r"\s*(?:,\s*(?:a|also\s+a)\s+|\(\s*)", re.IGNORECASE)


_FULL_WEEKDAYS = frozenset(name for name in LEXICON.weekdays if name.endswith("day"))
_A_PEOPLE_BEFORE = re.compile(r"\b(?:the|a|an|new|of)\s+$", re.IGNORECASE)
_A_PEOPLE_AFTER = re.compile(rf"[ \t]+(?!(?i:{MONTH}|{WEEKDAY}))[A-Z][a-z]")
_A_PLACE_NOUN_AFTER = re.compile(
    r"[ \t]+(?:district|state|province|region|county|township|river|valley|hills|people)\b"
)


def _weekday_resolver(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    if not _weekday_word(p["wd"]):
        return None
    if p["wd"].casefold() not in _FULL_WEEKDAYS and (
        _A_PEOPLE_BEFORE.search(scene.text, max(0, cand.start - 8), cand.start)
        or _A_PEOPLE_AFTER.match(scene.text, cand.end)
        or _A_PLACE_NOUN_AFTER.match(scene.text, cand.end)
    ):
        # 'the New Mon State Party', 'the Mon are the 15th group to sign', "Nagaland's Mon
        # district": a short form after an article, or before a capitalised word or a
        # kind of place, is a people's or a place's name
        return None
    if (
        _PAPER_AFTER.match(scene.text, cand.end)
        or _PLACE_AFTER.match(scene.text, cand.end)
        or _names_a_title(scene.text, cand)
        or _PRAYER_LEADER_AFTER.match(scene.text, cand.end)
    ):
        # 'The Sunday Times has reported': a newspaper's name; 'the Friday prayer leader
        # of Urmia': an office
        return None
    if _OTHER_CALENDAR_AFTER.match(scene.text, cand.end):
        # 'on Friday 7 Ramadan': the date after it is the event; the weekday only names it
        return _expr(cand, scene, TimexType.DATE, f"XXXX-WXX-{_weekday(p['wd'])}")
    weekday = _weekday(p["wd"])
    ref = scene.reference
    counted = _weekday_from_a_holiday(cand, scene, weekday) or _weekday_of_a_holiday(
        cand, scene, weekday
    )
    if counted is not None:
        return counted
    told = scene.story.last_day
    if (
        told is not None
        and 0 <= cand.start - scene.story.last_day_end <= _A_WEEKDAY_REACH
        and _A_WEEKDAY_AFTER_A_DATE.fullmatch(scene.text, scene.story.last_day_end, cand.start)
        and not p.get("part")
    ):
        # 'sworn in on September 22, a Saturday': the weekday of the date just told, a
        # TIMEX3 of that day but no second event beside the date's own
        if told.isoweekday() != weekday:
            return None
        return _expr(cand, scene, TimexType.DATE, told.isoformat())
    # 'Friday night' keeps its part of the day in the value, as TimeML writes it.
    part = LEXICON.day_parts.get((p.get("part") or "").lower())
    suffix = f"T{part}" if part else ""
    # and is a TIME, as the TimeML guidelines type any time of day, however vague
    kind = TimexType.TIME if part else TimexType.DATE
    if (
        told is not None
        and told.isoweekday() == weekday
        and not p.get("rel")
        and _APPOSED_GAP.fullmatch(scene.text, scene.story.last_day_end, cand.start)
    ):
        # 'from 2 to 4 November, Monday to Wednesday': the weekday restates the day just
        # told, and the range it opens runs on from there
        mod, _ = _mod_of(cand)
        value = told.isoformat() + suffix
        return _expr(cand, scene, kind, value, (told, told), Precision.DAY, mod, True)
    if ref is None:
        return _unresolved(cand, scene, f"XXXX-WXX-{weekday}{suffix}", kind)
    if p.get("wkafter") and not p.get("rel") and not part:
        # 'Tuesday week', said on a Wednesday: the Tuesday after next, a week on from the
        # coming one ('Monday week' said on a Monday is a week today)
        to_go = (weekday - ref.isoweekday()) % 7 or 7
        day = ref + dt.timedelta(days=to_go + 7 if to_go < 7 else 7)
        return _expr(cand, scene, kind, day.isoformat(), (day, day), Precision.DAY, relative=True)
    if p.get("post") and not p.get("rel"):
        # 'on Monday next': the coming Monday; 'on Tuesday last': the one gone by
        if p["post"].lower() == "next":
            day = ref + dt.timedelta(days=(weekday - ref.isoweekday()) % 7 or 7)
        else:
            day = ref - dt.timedelta(days=(ref.isoweekday() - weekday) % 7 or 7)
        value = day.isoformat() + suffix
        return _expr(cand, scene, kind, value, (day, day), Precision.DAY, relative=True)
    if p.get("wkrel"):
        # 'on Thursday last week': that week's Thursday, whatever the tense
        shift = {"last": -7, "next": 7}.get(p["wkrel"].lower(), 0)
        day = ref + dt.timedelta(days=shift + weekday - ref.isoweekday())
        return _expr(
            cand,
            scene,
            kind,
            day.isoformat() + suffix,
            (day, day),
            Precision.DAY,
            relative=True,
        )
    rel = p.get("rel") or ""
    closing = None if rel else _range_end(cand, scene, weekday)
    if closing is not None:
        # 'from Saturday night into Sunday': the Sunday after that Saturday, whatever the tense
        mod, _ = _mod_of(cand)
        value = closing.isoformat() + suffix
        return _expr(cand, scene, kind, value, (closing, closing), Precision.DAY, mod, True)
    told = _the_weekday_of_the_week_told(cand, scene, weekday) if not rel else None
    if told is not None:
        # 'on Tuesday 5 August 2008 ... On the Monday afternoon, the court ...': the weekday
        # with 'the' is the one nearest the day the story told
        value = told.isoformat() + suffix
        return _expr(cand, scene, kind, value, (told, told), Precision.DAY, None, True)
    in_range = None if rel else _weekday_in_the_days_told(cand, scene, weekday)
    if in_range is not None:
        # 'The second round took place from 11 to 14 March. On Sunday evening, after four
        # days, they signed': the Sunday of the days just told
        value = in_range.isoformat() + suffix
        return _expr(cand, scene, kind, value, (in_range, in_range), Precision.DAY, None, True)
    narrated = None if rel or part else _narrated_weekday(scene, weekday)
    if narrated is not None:
        mod, _ = _mod_of(cand)
        span = (narrated, narrated)
        return _expr(
            cand, scene, TimexType.DATE, narrated.isoformat(), span, Precision.DAY, mod, True
        )
    in_era = None if rel else _era_weekday(cand, scene, weekday)
    if in_era is not None:
        mod, _ = _mod_of(cand)
        value = in_era.isoformat() + suffix
        return _expr(cand, scene, kind, value, (in_era, in_era), Precision.DAY, mod, True)
    # 'Wednesday's ruling' names something that has happened.
    possessive = scene.text.startswith("'s ", cand.end) or scene.text.startswith(
        "\u2019s ", cand.end
    )
    if rel.lower() == "that":
        told = scene.story.last_day
        said = _WORD_BEFORE.search(scene.text, max(0, cand.start - 14), cand.start)
        possessive = scene.text.startswith(("'s", "\u2019s"), cand.end)
        if possessive or (said is not None and said.group(1).lower() in LEXICON.said_that):
            # 'officials said that Friday's attack ...', 'analysts cautioned that Sunday's
            # framework ...': a conjunction, and a bare weekday
            told = None
            if "mod2" not in p:
                at = scene.text.find(p["wd"], cand.start, cand.end)
                cand = replace(cand, start=at if at >= 0 else cand.start)
        if told is None:
            rel = ""  # with no day told yet, 'that Friday' is read as a bare one
        else:
            # 'taken on the afternoon of December 21 ... signed that Friday': the day of
            # that name in the week of the day just told
            day = told + dt.timedelta(days=weekday - told.isoweekday())
            return _expr(
                cand,
                scene,
                TimexType.DATE,
                day.isoformat() + suffix,
                (day, day),
                Precision.DAY,
                None,
                True,
            )
    tense: Tense = None
    if possessive:
        # 'Wednesday's ruling' has happened, unless the sentence looks ahead: 'Sunday's
        # session will be the 20th call'
        ahead = (
            _POSSESSED_AHEAD.match(scene.text, cand.end)
            # 'If Thursday's attempt slips, the next opportunity is Saturday'
            or _IF_BEFORE.search(scene.text, max(0, cand.start - 4), cand.start)
            # 'prices fell, with the market looking ahead to Friday's jobs data'
            or _AHEAD_TO.search(scene.text, max(0, cand.start - 10), cand.start)
            or (
                _READYING_FOR.search(scene.text, max(0, cand.start - 12), cand.start)
                and _tense(cand, scene) != "past"  # 'Security for Sunday's game was a test'
            )
            # 'The details will be settled at Tuesday's meeting', 'meets Fuentes in Thursday's
            # semifinal' ('after Friday's earthquake' or 'get around Wednesday's ruling' may
            # follow a future verb and still be past)
            # ('would dim its lights before Tuesday night's performance', 'will finish
            # until Friday's deadline')
            or (
                _HELD_AT_BEFORE.search(scene.text, max(0, cand.start - 7), cand.start)
                and _tense(cand, scene) == "future"
            )
        )
        tense = "future" if ahead else "past"
    elif not rel and weekday != ref.isoweekday():
        tense = _tense(cand, scene)  # only a bare weekday other than today's needs it
        if tense is None and _FOR_BEFORE.search(scene.text, max(0, cand.start - 5), cand.start):
            # 'Strand 2 items are on the agenda for Wednesday': a day something is set for,
            # told in no past tense, is to come
            tense = "future"
        if (
            tense != "past"
            and _heads_a_diary_line(scene.text, cand)
            and not _section_told_in_past(scene, cand)
        ):
            # 'THE DIARY ... Thursday: President Biden gives his State of the Union
            # address': a week-ahead diary's entry in the present is a day to come
            tense = "future"
    base = ref
    last_day = scene.story.last_day
    if rel and last_day is not None and " ".join(rel.lower().split()) in _ANAPHORIC_WEEKDAY:
        base = last_day  # 'the previous Friday' is before the day just told of
    elif not rel and tense == "future":
        base = _from_the_day_of_saying(cand, scene, weekday) or ref
    if rel or base != ref or possessive:
        day = resolve_weekday(weekday, base, tense, rel)
    else:
        day = _planned_weekday(cand, scene, weekday) or _bare_weekday(
            weekday, ref, tense, cand, scene
        )
    mod, _ = _mod_of(cand)
    value = day.isoformat() + suffix
    return _expr(cand, scene, kind, value, (day, day), Precision.DAY, mod, True)


def _from_the_day_of_saying(cand: Candidate, scene: Scene, weekday: int) -> dt.date | None:
    """'Qatar said on Wednesday that the pause would start on Thursday', written on Friday:
    the day to count a weekday to come from is the day of saying, not the report's, and so
    the Thursday after it, not next week's; 'heard the case last Friday and will resume on
    Friday': not the same Friday again."""
    ref, last_day, told = scene.reference, scene.story.last_day, scene.story.last_anchor
    if (
        ref is None
        or last_day is None
        or not ref - dt.timedelta(days=7) <= last_day < ref
        or told is None
        or _A_DAY_WRITTEN.search(told.text) is None
        or not _same_sentence(scene.text, scene.story.last_day_end, cand.start)
        # 'flew out last Sunday; the main body leaves on Monday': another clause's day
        or ";" in scene.text[scene.story.last_day_end : cand.start]
    ):
        return None
    return last_day + dt.timedelta(days=weekday == last_day.isoweekday())


# a day said as a day, not a feast naming a break ('returns from its Easter recess on Monday')
_A_DAY_WRITTEN = re.compile(
    r"\d|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|yesterday|today",
    re.IGNORECASE,
)


def _said_to_come(cand: Candidate, scene: Scene, weekday: int, tense: Tense) -> dt.date | None:
    """A weekday with a clock, seen ahead from the day it was said on: 'said on Friday that
    troops would halt operations from 6am on Saturday' (not 'ran on Friday, and will be
    closed', nor 'canceled classes for Wednesday, and said it would decide by 5:30 a.m.
    Thursday')."""
    told_end = scene.story.last_day_end
    if (
        tense != "future"
        or not _SAID_ON_THE_DAY.search(scene.text, max(0, told_end - 50), told_end)
        or not _FUTURE_IN_THE_PAST.search(scene.text, told_end, cand.start)
    ):
        return None
    said = _from_the_day_of_saying(cand, scene, weekday)
    return None if said is None else resolve_weekday(weekday, said, tense)


_SAID_ON_THE_DAY = re.compile(
    r"\b(?:said|told|announced|declared|issued|stated)\b[^.;]{0,30}?\bon\s+\w+$", re.IGNORECASE
)


def _planned_weekday(cand: Candidate, scene: Scene, weekday: int) -> dt.date | None:
    """'Conti was to fly to New York and brief the Council on Thursday', 'the first buses
    were due to leave at 5am on Wednesday': a plan told in the past may lie either side of
    the report, and its day is the one of that name nearest it."""
    ref = scene.reference
    if ref is None or not _PLAN_TOLD_IN_PAST.search(
        scene.text, max(0, cand.start - _PLAN_REACH), cand.start
    ):
        return None
    back = (ref.isoweekday() - weekday) % 7
    return ref - dt.timedelta(days=back) if back <= 3 else ref + dt.timedelta(days=7 - back)


_PLAN_TOLD_IN_PAST = re.compile(
    r"\b(?:was|were)\s+(?:due\s+)?to\s+(?!have\b|be\s+)[a-z]+\b[^.;:!?\n]*$", re.IGNORECASE
)
_PLAN_REACH = 90  # characters back from the weekday to the plan's 'was to'


def _heads_a_diary_line(text: str, cand: Candidate) -> bool:
    """Whether the expression opens a line as a diary's day heading: 'Monday: ...', '- By
    Friday: ...', 'Friday and the weekend: ...'."""
    line = text.rfind("\n", 0, cand.start) + 1
    return bool(
        _DIARY_HEAD_BEFORE.fullmatch(text, line, cand.start)
        and _DIARY_HEAD_AFTER.match(text, cand.end)
    )


def _section_told_in_past(scene: Scene, cand: Candidate) -> bool:
    """Whether a day heading with a label of its own line heads a section told in the past:
    an analysis's 'Tuesday: the palace falls' over 'On Tuesday the Houthis took over'."""
    text = scene.text
    line_end = text.find("\n", cand.end)
    if line_end < 0 or len(text[cand.end : line_end].split()) > _HEADING_LABEL_WORDS:
        return False
    body = _NEXT_LINE_TEXT.match(text, line_end)
    return body is not None and sentence_looks_back(
        scene.folded or fold(text), body.start(1), body.end(1), text
    )


_HEADING_LABEL_WORDS = 6  # 'Monday: the first ceasefire'; a diary entry runs on longer
_NEXT_LINE_TEXT = re.compile(r"\s*\n[ \t]*(\w+)")
_DIARY_HEAD_BEFORE = re.compile(r"[ \t]*(?:[-*\u2022\u2013][ \t]*)?(?:(?:by|from|on)[ \t]+)?", re.I)
_DIARY_HEAD_AFTER = re.compile(r"(?:[ \t]+and\s+the\s+weekend)?[ \t]*(?::|\s[\u2013\u2014-]\s)")


def _bare_weekday(
    weekday: int, ref: dt.date, tense: Tense, cand: Candidate, scene: Scene
) -> dt.date:
    """A weekday with no 'last' or 'next': placed by its tense, and with none, on the day
    of the coming week the text already put that name on. A story that looks ahead to
    Sunday ('is expected to be Sunday') goes on meaning that Sunday ('Sunday is our Super
    Bowl', 'Saturday is the quietest day') unless its sentence looks back."""
    story = scene.story
    known = story.days_ahead.get(weekday) if tense is None else None
    if (
        known is not None
        and 0 < (known - ref).days < 7
        and not sentence_looks_back(
            scene.folded or fold(scene.text), cand.start, cand.end, scene.text
        )
    ):
        return known
    day = resolve_weekday(weekday, ref, tense)
    if tense == "future" and day > ref:
        story.days_ahead[weekday] = day
    return day


def _range_end(cand: Candidate, scene: Scene, weekday: int) -> dt.date | None:
    """The weekday that closes a range opened by the weekday just before it ('from Friday to
    Sunday', 'Saturday night into Sunday', 'between Monday and Wednesday'): the first such
    day after the opening one. Resolved on its own, a past 'Sunday' written on a Saturday
    would land before the Saturday that opens the range."""
    previous = scene.story.previous
    if (
        previous is None
        or previous.precision is not Precision.DAY
        or previous.start is None
        or previous.value[:10] != previous.start.isoformat()
        or LEXICON.weekdays.keys().isdisjoint(
            previous.text.lower().split()[:3]  # 'Saturday', 'overnight Saturday'
        )
    ):
        # 'from Sept. 14 to Thursday' may span weeks: only a weekday opens a weekday range
        return None
    gap = scene.text[previous.char_end : cand.start]
    joined = _RANGE_JOIN.fullmatch(gap)
    if joined is None:
        return None
    if joined.group("word").lower() == "and" and not _BETWEEN.search(
        scene.text, max(0, previous.char_start - 12), previous.char_start
    ):
        return None  # 'on Friday and Sunday' lists two days, each read on its own
    return previous.start + dt.timedelta(days=(weekday - previous.start.isoweekday()) % 7 or 7)


def _closes_a_timed_range(cand: Candidate, scene: Scene, weekday: int) -> dt.date | None:
    """'from 6 p.m. Thursday until noon Saturday': a timed range ends on the first such
    weekday on or after the day that opens it."""
    previous = scene.story.previous
    if previous is None or previous.start is None or previous.type is not TimexType.TIME:
        return None
    if previous.text.rsplit(" ", 1)[-1].lower() not in LEXICON.weekdays:
        return None  # only a clock time with its weekday opens such a range
    if _RANGE_JOIN.fullmatch(scene.text[previous.char_end : cand.start]) is None:
        return None
    return previous.start + dt.timedelta(days=(weekday - previous.start.isoweekday()) % 7)


def _listed_after(scene: Scene, cand: Candidate) -> dt.date | None:
    """The day just before the candidate in a list of month-days ('June 16, | Sept. 15 and |
    Jan. 15'), when both are written as a month and a day."""
    previous = scene.story.previous
    if (
        previous is None
        or previous.precision is not Precision.DAY
        or previous.start is None
        or not _MONTH_DAY_TEXT.fullmatch(previous.text)
        or _LIST_JOIN.fullmatch(scene.text, previous.char_end, cand.start) is None
    ):
        return None
    return previous.start


_MONTH_DAY_TEXT = re.compile(
    r"(?:on\s+)?(?:"
    + MONTH
    + r"\s+(?:[12]\d|3[01]|0?[1-9])|(?:[12]\d|3[01]|0?[1-9])\s+"
    + MONTH
    + ")",
    re.IGNORECASE,
)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:on\s+)?", re.IGNORECASE)


def _range_opened_by(scene: Scene, cand: Candidate) -> dt.date | None:
    """The day that opens a range the candidate closes ('from January 1 to | June 30')."""
    previous = scene.story.previous
    if (
        previous is None
        or previous.precision is not Precision.DAY
        or previous.start is None
        or not _FROM_BEFORE.search(
            scene.text, max(0, previous.char_start - 12), previous.char_start
        )
    ):
        return None
    joined = _RANGE_JOIN.fullmatch(scene.text, previous.char_end, cand.start)
    if joined is None or joined.group("word").lower() == "and":
        return None
    return previous.start


def _range_closed_by(scene: Scene, cand: Candidate) -> dt.date | None:
    """The day with a year that closes a range the candidate opens ('from 1 June | to 10
    December 1996', 'between 19 September and 24 October 2019')."""
    opening = _FROM_BEFORE.search(scene.text, max(0, cand.start - 24), cand.start)
    if opening is None:
        return None
    joined = _RANGE_JOIN.match(scene.text, cand.end)
    if joined is None or (
        joined.group("word").lower() == "and" and not opening.group().lower().startswith("between")
    ):
        return None
    end = _CLOSING_DAY.match(scene.text, joined.end())
    if end is None:
        return None
    try:
        return dt.date(
            int(end["year"] or end["year2"]),
            _month(end["month"] or end["month2"]),
            _day(end["day"] or end["day2"]),
        )
    except ValueError:
        return None


_CLOSING_DAY = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>"
    + MONTH
    + r")\.?,?\s+(?P<year>\d{4})\b"
    r"|(?P<month2>" + MONTH + r")\.?\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{4})\b",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+(?:(?:early|late)\s+)?(?:on\s+)?$", re.IGNORECASE)
_RANGE_JOIN = re.compile(
    r"(?:\s+(?:night|morning|afternoon|evening))?\s*"
    r"(?P<word>to|until|till|into|through|thru|and|-|\u2013|\u2014)\s*(?:(?:early|late)\s+)?",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\bbetween\s+(?:(?:early|late)\s+)?(?:on\s+)?$", re.IGNORECASE)


# "Sunday's session will be", "Monday's vote is scheduled": the thing itself lies ahead
# 'the sticking points for Wednesday's meeting', 'ahead of Sunday's vote'
_IF_BEFORE = re.compile(r"\b(?:[Ii]f|[Uu]nless)\s+$")
_READYING_FOR = re.compile(r"\b(?:for|ahead\s+of)\s+$", re.IGNORECASE)
_AHEAD_TO = re.compile(r"\bahead\s+to\s+$", re.IGNORECASE)
_HELD_AT_BEFORE = re.compile(r"\b(?:at|in|before|until)\s+$", re.IGNORECASE)
_POSSESSED_AHEAD = re.compile(
    # ('said Monday's cabinet meeting would go ahead as planned')
    r"['\u2019]s\s+(?:[a-z]+\s+){1,2}(?:will|would|is\s+(?:due|scheduled|expected|set))\b"
)
_WORD_BEFORE = re.compile(r"([^\W\d]+\.?|[$€£])\s*$")
_LETTERS_AFTER = re.compile(r"\s*([A-Za-z]+)")
_NOT_PLURAL = frozenset(
    [
        "was",
        "has",
        "is",
        "this",
        "its",
        "his",
        "as",
        "thus",
        "plus",
        "versus",
        "whereas",
        "does",
        "says",
        "perhaps",
        "always",
        "sometimes",
        "besides",
        "across",
        "unless",
        "towards",
        "afterwards",
        "nevertheless",
        "less",
        "yes",
        "bus",
        "gas",
    ]
)


_DIGITS_BEFORE = re.compile(r"(?:^|[^\w,.])\d{2,4}[ -]$")
_NUMBER_FIELD = re.compile(r"\b(?:no|nos|number|ref|tel|fax|phone)\s*[:#]\s*$", re.IGNORECASE)


def _looks_like_count(text: str, start: int, end: int) -> bool:
    """'Resolution 2254', '$2000', '2000 people': a number, not a year."""
    if text[max(0, start - 5) : start].lower().endswith(("pre-", "post-")):
        return False  # 'the pre-1967 lines', 'post-1959 politics'
    before = _WORD_BEFORE.search(text, max(0, start - 14), start)
    previous = before.group(1).lower() if before else ""
    if previous in LEXICON.number_names:
        return True
    if _NUMBER_FIELD.search(text, max(0, start - 16), start):
        return True  # 'NO:      1587, DECEMBER 22' in a cable's header
    if _DIGITS_BEFORE.search(text, max(0, start - 8), start):
        return True  # 'phone: +218 21 340 2020': the last group of a number
    numbered = _NUMBER_OF_YEAR.search(text, max(0, start - 40), start)
    if numbered is not None and numbered.group(1).lower() in LEXICON.number_names:
        return True  # 'Decree 457 of 2020': the year is part of the decree's name
    named = _NUMBER_THEN_BRACKET.search(text, max(0, start - 80), start)
    if named is not None and (
        named.group(1).lower() in LEXICON.number_names
        or named.group(1).lower().removesuffix("s") in LEXICON.number_names
    ):
        return True  # 'resolution 2418 (2018)': the year is part of the resolution's name
    after = _LETTERS_AFTER.match(text, end, min(len(text), end + 24))
    if after is None:
        return False
    word = after.group(1)
    low = word.lower()
    if low in LEXICON.count_nouns and word.islower():
        return True
    # 'the 1992 protests' and 'in 2016 talks' are years; '1500 protesters' is a count.
    if previous in _YEAR_LEAD_INS or low in _NAMED_FOR_THEIR_YEAR:
        return False
    return (
        word.islower()
        and low.endswith("s")
        and not low.endswith("ss")
        and len(low) > 3
        and low not in _NOT_PLURAL
    )


# 'resolution 2418 (', 'resolutions 2206 (2015) and 2428 ('
_NUMBER_OF_YEAR = re.compile(r"([^\W\d]+)\.?\s+\d[\d/.-]*\s+of\s+$")
_NUMBER_THEN_BRACKET = re.compile(
    r"([^\W\d]+)\.?\s+(?:\d[\d/.-]*\s*\(\s*\d{4}\s*\)\s*(?:,\s*)?(?:and\s+)?)*"
    r"\d[\d/.-]*\s*\(\s*$"
)
# what a year before it names the period of ('expects 2013 earnings', 'its 2012 sales'),
# never counted in the thousands
_NAMED_FOR_THEIR_YEAR = frozenset(
    ["earnings", "sales", "revenues", "profits", "results", "elections", "olympics", "polls",
     "budgets", "accords", "negotiations", "talks", "riots"]
)  # fmt: skip
_YEAR_LEAD_INS = frozenset(
    [
        "the",
        "in",
        "since",
        "until",
        "till",
        "by",
        "of",
        "from",
        "during",
        "before",
        "after",
        "through",
        "and",
        "or",
        "early",
        "late",
        "mid",
        "'s",
        "fiscal",
    ]
)


# 'Updated 1033 GMT (1833 HKT)': a clock time in a bracketed time zone, not a year.
_CLOCK_IN_ZONE = re.compile(r"\s*[A-Z]{2,4}T\s*\)")
_MILITARY_CLOCK_AFTER = re.compile(
    r"(?:[A-Z]\b|\s*(?:hrs?|hours|local|today|tonight|yesterday|tomorrow)\b(?![\'\u2019]))"
)


def _year(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    year = int(p["year"])
    text = scene.text
    year_start = cand.start + text[cand.start : cand.end].find(p["year"])
    if "year2" not in p and _CLOCK_IN_ZONE.match(text, year_start + 4):
        return None
    if (
        "year2" not in p
        and int(p["year"][:2]) < 24
        and int(p["year"][2:]) < 60
        and _MILITARY_CLOCK_AFTER.match(text, year_start + 4)
    ):
        return None  # 'As of 1700 today', 'at 1942 hrs', '1800B': a clock, not a year
    if "fiscal" not in p and "mod" not in p and _looks_like_count(text, year_start, year_start + 4):
        return None
    ref = scene.reference
    if (
        ref is not None
        and year > ref.year + 30
        and not (
            # 'to double by 2050': a projection's target year, however far
            year <= ref.year + 100 and _PROJECTED.search(text, max(0, year_start - 8), year_start)
        )
    ):
        return None
    prefix = text[year_start - 5 : year_start].lower()
    if prefix.endswith(("pre-", "post-")):
        # 'the pre-1967 lines' qualifies a thing by a year; it dates no event.
        mod = "BEFORE" if prefix.endswith("pre-") else "AFTER"
        return _expr(cand, scene, TimexType.DATE, f"{year:04d}", mod=mod)
    if _CODE_BEFORE_YEAR.search(text, max(0, year_start - 12), year_start):
        return None  # 'the MAKS-2019 air show', 'COVID-2019': a name's number
    if "year2" not in p and (
        _OTHER_ERA_AFTER.match(text, year_start + 4)
        or _COPYRIGHT_BEFORE.search(text, max(0, year_start - 14), year_start)
        or _named_by_its_year(text, year_start)
        or _cited(text, year_start)
        or _DOCUMENT_NAMED_BY_YEAR.match(text, year_start + 4)
        or _STATUTE_BEFORE_YEAR.search(text, max(0, year_start - 12), year_start)
        or _SEE_BEFORE_YEAR.search(text, max(0, year_start - 10), year_start)
        or _EDITION_AFTER_YEAR.match(text, year_start + 4)
        or _HATNOTE.match(text, text.rfind("\n", 0, year_start) + 1)
        or (
            _MODEL_YEAR.search(text, max(0, year_start - 20), year_start)
            and _NAME_AFTER_YEAR.match(text, year_start + 4)
            and not _MONTH_NAME_AFTER.match(text, year_start + 4)
        )
    ):
        # 'The 2017 Humanitarian Response Plan': the year names a document, dates no event
        return _expr(cand, scene, TimexType.DATE, f"{year:04d}")
    if "year2" in p:
        second = p["year2"]
        last = int(second) if len(second) == 4 else (year // 100) * 100 + int(second)
        if len(second) == 2 and last <= year:
            last += 100  # 'the 1999-00 season'
        joined_by_dash = (
            re.search(r"\d\s*[-\u2013\u2014]\s*\d", text[cand.start : cand.end]) is not None
        )
        if joined_by_dash and len(second) == 2 and last > year + 10:
            return None  # 'Ordinance 2024-17', 'Case 2019-44': a number, no years
        if _named_by_its_year(text, year_start):
            # 'the donor's Casamance Strategy 2012-2016', 'Vision 2021-2025': a plan's name
            return _expr(cand, scene, TimexType.DATE, f"{year:04d}")
        if joined_by_dash and year < last <= year + 50:
            span = (dt.date(year, 1, 1), dt.date(last, 12, 31))
            return _expr(cand, scene, TimexType.DATE, f"{year:04d}", span, Precision.YEAR)
    return _period(cand, scene, Precision.YEAR, dt.date(year, 1, 1), relative=False)


_PROJECTED = re.compile(r"\b(?:by|until|before|through)\s+$", re.IGNORECASE)
# '2017 E.C.' (the Ethiopian calendar), '1446 AH', 'B.E. 2565': a year of another calendar
_OTHER_ERA_AFTER = re.compile(r"\s*(?:E\.\s?C\.|A\.?H\.?\b|B\.E\.)")
# '© 2020 Twitter, Inc.', '© Africa Ledger 2023', 'Copyright (c) 2019'
_COPYRIGHT_BEFORE = re.compile(r"(?:\u00a9|\([cC]\)|\b[Cc]opyright)(?:\s+[^\s\d]+){0,3}\s*$")
_NAME_BEFORE_YEAR = re.compile(r"(?:^|[\s(\"\u201c'])([A-Z][\w\u00c0-\u024f]*) \Z")
# Capitalised words that may stand before a year of their own: months, seasons, leads
_NOT_A_NAME = frozenset(
    ["in", "since", "by", "until", "from", "before", "after", "during", "through", "of",
     "spring", "summer", "autumn", "fall", "winter", "fiscal", "year", "updated", "published",
     "posted", "issued", "and", "or", "to", "the", "early", "late", "mid", "end", "for", "at",
     "on", "as", "circa", "c", "ca", "about", "around"]
)  # fmt: skip


def _named_by_its_year(text: str, year_start: int) -> bool:
    """'Copa America 2019', 'Eurovision 2025', 'Vision 2030': a name's year, no date."""
    found = _NAME_BEFORE_YEAR.search(text, max(0, year_start - 30), year_start)
    if found is None:
        return False
    word = found.group(1).lower().rstrip(".")
    return (
        word not in _NOT_A_NAME
        and word not in LEXICON.months
        and word not in LEXICON.weekdays
        and word.split("'")[0] not in {h.split()[0] for h in LEXICON.holidays}
    )


def _cited(text: str, year_start: int) -> bool:
    """An author's year in a citation: 'Marrow (2005) argues', '(Sundqvist et al. 2006;',
    'Haddad-Moore 2019)', 'Marwick (1998, p. 212)', '... and Ramadhan, F. (2008)'."""
    if _CITED_AFTER.match(text, year_start + 4) is None:
        return False
    author = _AUTHOR_BEFORE.search(text, max(0, year_start - 40), year_start)
    if author is None:
        return False
    word = author.group("name").lower().rstrip(".")
    return word not in _NOT_A_NAME and word not in LEXICON.months


# the author's name (a surname, 'et al.', an initial) and an opening bracket or a space
_AUTHOR_BEFORE = re.compile(
    r"(?P<name>\bet\s+al\.?|[A-Z][\w\u00c0-\u024f'\u2019]*(?:-[A-Z][\w\u00c0-\u024f]*)?|[A-Z]\.)"
    r",?\s*\(?\s*$"
)
# '2006)', '2006;', '2006, p. 4', and a bare page: '(Tanner et al. 2016, 31)', '2004, 17;'
_CITED_AFTER = re.compile(
    r"[a-z]?(?:\)|;|,\s*pp?\.\s*\d|,\s*\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?\s*[);])"
)
_CODE_BEFORE_YEAR = re.compile(r"\b[A-Z]{2,}-$")
_DOCUMENT_NAMED_BY_YEAR = re.compile(
    r"\s+(?:[A-Z][\w\-]*\s+){0,3}(?:Plan|Appeal|Act|Law|Budget|Strategy|Report|Programme"
    r"|Program|Framework|Agenda|Review|Index|Census|Roadmap|Convention|Conventions)\b"
    # 'a compromise based on the 1960 electoral law'
    r"|\s+(?:[a-z]+\s+)?(?:law|laws|census|budget)\b"
)
# 'the Northern Ireland (Entry to Negotiations, etc) Act 1996', 'the Act of 1996'
# 'the Unlawful Activities (Prevention) Act, 1967', as Indian statutes are cited
# 'the Aliens Act of 1965', 'Act 2 of 2000', 'Law No. 10 of 2018', 'Decree 45 of 1992'
_STATUTE_BEFORE_YEAR = re.compile(
    r"\b(?:Act|Acts|Law|Convention|Reports|Decree|Ordinance|Proclamation|Regulation)"
    r"(?:\s+(?:No\.\s*)?\d{1,4}/?)?,?\s+(?:of\s+)?$"
)
# an encyclopedia's pointers to other entries: '(see 1993 Mostar crisis)', and its hatnote
# line, 'For the 1993 Sochi ceasefire in Abkhazia, see Sochi ceasefire (Abkhazia)'
_SEE_BEFORE_YEAR = re.compile(r"\b[Ss]ee\s+(?:also\s+)?(?:the\s+)?$")
_HATNOTE = re.compile(r"[ \t]*For\s+(?:the|other)\b[^\n]{0,120}?,\s*see\b")
# 'the 1967 edition', 'its 2004 yearbook': the year names an issue of a reference work
_EDITION_AFTER_YEAR = re.compile(r"\s+(?:edition|yearbook|almanac)\b")
# 'his 1990 Nissan', 'a parked 1984 Cutlass': a model year names a thing
_MODEL_YEAR = re.compile(
    r"\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our)\s+(?:[a-z]+\s+)?$"
)
_NAME_AFTER_YEAR = re.compile(r"\s+[A-Z][a-z]+\b")
_MONTH_NAME_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(LEXICON.months, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def _school_year(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'this academic year', 'the current school year': the one under way, valued by the
    year it began in, as TimeML writes 'the 1996-97 school year'; 'this semester': the
    fall's from August, else the spring's (the summer's in June and July)."""
    ref = scene.reference
    which = " ".join(cand.parts["school"].lower().split()).removeprefix("the ").strip()
    shift = {"next": 1, "coming": 1, "new": 1, "last": -1, "previous": -1}.get(which, 0)
    semester = cand.parts["schoolwhat"].lower() == "semester"
    if ref is None:
        return _unresolved(cand, scene, "XXXX-XX" if semester else "XXXX")
    if semester:
        if shift:
            return None  # 'next semester' from a spring is the fall: left to a reader
        code = "FA" if ref.month >= 8 else "SU" if ref.month >= 6 else "SP"
        start = cal.season_span(ref.year, code)[0]
        return _period(cand, scene, Precision.SEASON, start, relative=True, season=code)
    began = (ref.year if ref.month >= _SCHOOL_YEAR_STARTS else ref.year - 1) + shift
    return _period(cand, scene, Precision.YEAR, dt.date(began, 1, 1), relative=True)


_SCHOOL_YEAR_STARTS = 8  # August: a school year under way in spring began the year before


def _bare_half(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'resume talks in the second half', 'output fell in the first half': a half of the
    report's year, the one before when told in the past of a half still to come; never a
    game's ('scored twice in the second half')."""
    text, ref = scene.text, scene.reference
    left = max(0, text.rfind("\n", 0, cand.start), cand.start - _GAME_REACH)
    if _GAME_WORDS.search(text, left, min(len(text), cand.end + _GAME_REACH)):
        return None
    half = 1 if cand.parts["bhalf"].lower() == "first" else 2
    if ref is None:
        return _unresolved(cand, scene, f"XXXX-H{half}")
    last = scene.story.last_anchor
    if (
        last is not None
        and last.precision is Precision.HALF
        and last.start is not None
        and _same_sentence(text, last.char_end, cand.start)
    ):
        # 'costs in H2 2013 averaged $742, against $801 in the first half': that year's
        start = cal.half_span(last.start.year, half)[0]
        return _period(cand, scene, Precision.HALF, start, relative=True)
    year = _review_year(scene) or ref.year
    start, end = cal.half_span(year, half)
    tense = _tense(cand, scene)
    if tense == "past" and start > ref:
        year -= 1
    elif tense == "future" and end < ref:
        year += 1
    return _period(cand, scene, Precision.HALF, cal.half_span(year, half)[0], relative=True)


_GAME_REACH = 120  # characters either side where a game's words make a half a game's
_GAME_WORDS = re.compile(
    r"\b(?:game|match|goals?|scored|scoring|score|points|halftime|half-time|minutes?|kick|"
    r"penalty|quarterback|innings|striker|coach|referee|underdog|whistle|league|team)\b",
    re.IGNORECASE,
)
_ENDED_AFTER = re.compile(r"\s+(?:ended|ending|to)\b", re.IGNORECASE)


def _the_year(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'for the full year' is the story's year; 'the year ended June 30' is a year's length."""
    ref = scene.reference
    if "school" in cand.parts:
        return _school_year(cand, scene)
    if "bhalf" in cand.parts:
        return _bare_half(cand, scene)
    # a review of the year: 'In the first half of the year', written the next January
    reviewed = _review_year(scene) if "which" not in cand.parts else None
    year = reviewed or (ref.year if ref is not None else None)
    if "yhalf" in cand.parts:
        if year is None:
            return _unresolved(cand, scene, "XXXX")
        second = cand.parts["yhalf"].lower() != "first"
        start, _ = cal.half_span(year, 2 if second else 1)
        if ref is not None and start > ref and _tense(cand, scene) == "past":
            # 'struck the port several times in the second half of the year', written in
            # January: a half already gone, the year before's
            start, _ = cal.half_span(year - 1, 2 if second else 1)
        return _period(cand, scene, Precision.HALF, start, relative=True)
    before = scene.text[max(0, cand.start - 12) : cand.start].lower().split()
    if (before and before[-1] == "throughout") or _ENDED_AFTER.match(scene.text, cand.end):
        return _expr(cand, scene, TimexType.DURATION, "P1Y")
    if year is None:
        return _unresolved(cand, scene, "XXXX")
    return _period(cand, scene, Precision.YEAR, dt.date(year, 1, 1), relative=True)


def _nineteen(rest: str) -> int:
    """The year of 'nineteen' + ``rest``: 'ninety-seven' is 1997, 'hundred' 1900."""
    rest = rest.lower().replace("oh", "").strip(" -")
    return 1900 if rest == "hundred" else 1900 + int(number_of(rest) or 0)


def _spelled_year(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    if "nineteen" in p:
        year = _nineteen(p["nineteen"])
    else:
        year = 2000 + int(number_of(p.get("twothousand", "0")) or 0)
    return _period(cand, scene, Precision.YEAR, dt.date(year, 1, 1), relative=False)


_PREPOSITIONS = frozenset(
    [
        "in",
        "since",
        "until",
        "till",
        "by",
        "of",
        "during",
        "from",
        "through",
        "to",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "and",
        "or",
        "between",
        "throughout",
        "around",
        "on",
        "into",
        "until",
        "end",
        "beginning",
        "start",
        "middle",
    ]
)


# 'a mild, dry ', 'an unusually wet ': an article and the adjectives of a month or season
# ('in a single summer', 'a typical March' are any season or month)
_ARTICLE_AND_ADJECTIVES = re.compile(
    r"\b(?:[Aa]|[Aa]n)\s+(?!(?:single|whole|entire|full|typical|normal|average|given|different"
    r"|new|second|third|fourth|long|short|good|bad|better|worse)\b)"
    r"(?:(?!(?:of|and|or|in|on|for|to|with|the)\b)[a-z]+(?:-[a-z]+)?,?\s+){1,2}$"
)


_HEADING_MARK_AFTER = re.compile(r"[ \t]*(?::|[-\u2013\u2014][ \t])")


_MADE_THING_AFTER = re.compile(
    r"\s+(?:agreement|deal|accord|ceasefire|cease-fire|truce|pact|understanding|declaration"
    r"|memorandum|coup|uprising|massacre)s?\b",
    re.IGNORECASE,
)


def _month_resolver(cand: Candidate, scene: Scene) -> TimeExpression | None:
    p = cand.parts
    word = p["month"]
    if not _capitalised(word):
        return None
    if word.rstrip(".").lower() not in _FULL_MONTH_NAMES and "mod" not in p:
        return None  # 'Jan' alone is as often a name; 'the end of Apr' is a month
    if "mod" not in p and _PLACE_NAMED_BY_A_MONTH.match(scene.text, cand.end):
        return None  # 'the guns in August Town', 'the May Street market': a place's name
    month = _month(word)
    shared = _YEAR_OF_THE_NEXT_MONTH.match(scene.text, cand.end)
    if shared is not None and not p.get("rel") and _month(shared["m"]) > month:
        # 'the detention of UNDOF personnel in March and May 2013': the year the pair shares
        return _period(
            cand, scene, Precision.MONTH, dt.date(int(shared["y"]), month, 1), relative=False
        )
    rel = " ".join((p.get("rel") or "").lower().split())
    heads_a_line = (cand.start == 0 or scene.text[cand.start - 1] == "\n") and bool(
        _HEADING_MARK_AFTER.match(scene.text, cand.end)
    )  # 'MARCH: Shevardnadze returns', a month-by-month list's line
    if month in (3, 5) and not rel and "mod" not in p and not heads_a_line:
        before = _WORD_BEFORE.search(scene.text, max(0, cand.start - 14), cand.start)
        if (
            (before is None or before.group(1).lower() not in _PREPOSITIONS)
            and not _AS_EARLY_AS.search(scene.text, max(0, cand.start - 16), cand.start)
            # 'followed a mild, dry March'; 'the March of Dimes' is a name
            and not (
                _ARTICLE_AND_ADJECTIVES.search(scene.text, max(0, cand.start - 30), cand.start)
                and not _OF_AFTER.match(scene.text, cand.end)
            )
        ):
            return None
    if rel == "that":
        # 'Talks opened on July 10, 1951, and moved to Panmunjom that October': the
        # story's year ('the following October' would be the one to say otherwise)
        year_told = _story_year(scene, cand.start)
        if year_told is not None:
            return _period(
                cand, scene, Precision.MONTH, dt.date(year_told, month, 1), relative=True
            )
    ref = scene.reference
    if ref is None:
        return _unresolved(cand, scene, f"XXXX-{month:02d}")
    if rel in ("last", "this past"):
        year = ref.year if month < ref.month else ref.year - 1
    elif rel in ("next", "this coming"):
        year = ref.year if month > ref.month else ref.year + 1
    elif rel == "this":
        year = ref.year
    else:
        head_year = None
        if _chronology_line(scene.text, cand.start, cand.end):
            # 'Early May - ...', 'End of April - ...' in a timeline: a head like the others
            head_year = _chronology_year(scene, cand, month, 1)
        tense = _tense(cand, scene)
        if _RELEASED_FIGURES_AFTER.match(scene.text, cand.end) or (
            _MADE_THING_AFTER.match(scene.text, cand.end)
            and scene.text[max(0, cand.start - 4) : cand.start].lower() == "the "
        ):
            # 'reports October housing starts today', 'will report November sales on
            # Thursday': figures are released for a month gone by, whatever the verb says;
            # 'to oblige Israel to withdraw under the November agreement': a deal made
            tense = "past"
        year = head_year or year_for_month(month, ref, tense)
        last = scene.story.last_day
        if (
            not head_year
            and tense == "future"
            and last is not None
            and last < ref
            and (
                _same_sentence(scene.text, scene.story.last_day_end, cand.start)
                # 'declared at first until 20 September. Before that deadline arrived, the
                # KCK stretched it to the end of October': a term set in the past, in the
                # paragraph of the day told, runs on from that day too
                or (
                    "\n\n" not in scene.text[scene.story.last_day_end : cand.start]
                    and sentence_looks_back(
                        scene.folded or fold(scene.text), cand.start, cand.end, scene.text
                    )
                    # not 'Whitacre said a long strike could push graduations past mid-June'
                    and not _MODAL_IN_SENTENCE.search(
                        scene.text, max(0, cand.start - 200), cand.start
                    )
                )
            )
            # 'The council, which took charge when Mubarak stepped down on February 11,
            # 2011, has promised to hand over power by the end of June': a day told in a
            # relative clause sets no term
            and not _day_told_in_relative_clause(scene)
        ):
            # 'declared a ceasefire on 31 March and extended it to the end of May', written
            # the next January: a term set on a day already told runs on from that day
            year = year_for_month(month, last, "future")
        elif not head_year and _this_year_in_sentence(scene, cand):
            # 'the second setback this year after its rout in February': the report's year
            year = ref.year
        elif not head_year:
            in_paragraph = _paragraph_year(cand, scene, tense, month)
            if in_paragraph is None:
                in_paragraph = _era_year(scene, cand.start, tense, month)
            if in_paragraph is None and tense == "past":
                in_paragraph = _month_of_the_day_told(scene, cand, month)
            if in_paragraph is None and tense == "past":
                in_paragraph = _month_near_the_day_told(scene, cand, month)
            near = _retold_day(scene, tense, dt.date(year, month, 1))
            if in_paragraph is not None:
                year = in_paragraph
            elif near is not None:
                year = year_for_month(month, near, None)
    one_day = _ONE_DAY_OF.search(p.get("mod") or "")
    if one_day is not None:
        # 'the ceasefire ends on the last day of April': a day, not the month's end
        first = one_day.group(1).lower() == "first"
        day = 1 if first else cal.last_day(year, month)
        told = dt.date(year, month, day)
        return _expr(
            cand, scene, TimexType.DATE, told.isoformat(), (told, told), Precision.DAY, None, True
        )
    return _period(cand, scene, Precision.MONTH, dt.date(year, month, 1), relative=True)


_RELEASED_FIGURES_AFTER = re.compile(
    r"\s+(?:(?:retail|same-store|car|auto|home|jobs?|factory|industrial|consumer|producer)\s+)?"
    r"(?:sales|housing\s+starts|payrolls|figures|data|numbers|statistics|inflation|output"
    r"|production|orders|exports|imports|jobs\s+report|employment\s+report|prices)\b",
    re.IGNORECASE,
)


def _month_of_the_day_told(scene: Scene, cand: Candidate, month: int) -> int | None:
    """'met in Paris on 9 December 2019 and agreed to an exchange of prisoners, which took
    place at the end of December', written in 2025: the month of a day its sentence just
    told in an earlier year is in that year."""
    told, ref = scene.story.last_day, scene.reference
    if (
        told is None
        or ref is None
        or told.year >= ref.year
        or told.month != month
        or not _same_sentence(scene.text, scene.story.last_day_end, cand.start)
    ):
        return None
    return told.year


def _month_near_the_day_told(scene: Scene, cand: Candidate, month: int) -> int | None:
    """'signed on Sunday, August 12, 1990 ... The army took over eight days later. The
    barricades came down at the end of August', written in 1992: a month within weeks of
    the day its paragraph just told, years before the report, is in that year ('on October
    7 last year ... in late September' has moved on to this year's)."""
    told, ref = scene.story.last_day, scene.reference
    if (
        told is None
        or ref is None
        or told.year > ref.year - _YEARS_BACK_TOLD
        or "\n\n" in scene.text[scene.story.last_day_end : cand.start]
    ):
        return None
    near = _near_a_day_told(scene, cand, month, _MID_MONTH)
    if near is None or cal.month_span(near.year, month)[1] < told:
        return None  # a story goes on: a month over before the day told is not its year's
    return near.year


_MID_MONTH = 15
_YEARS_BACK_TOLD = 2  # a story told this many calendar years back or more


def _this_year_in_sentence(scene: Scene, cand: Candidate) -> bool:
    """Whether 'this year' came earlier in the month's own sentence. ('Last year' and 'a
    year ago' were tried the same way and dropped: they name a comparison as often, as in
    'inflation in January, up from 4 percent a year ago'.)"""
    window = max(0, cand.start - _THIS_YEAR_REACH)
    ends = [
        m.end() for m in _THIS_YEAR.finditer(scene.folded or fold(scene.text), window, cand.start)
    ]
    return bool(ends) and _same_sentence(scene.text, ends[-1], cand.start)


_THIS_YEAR = re.compile(r"\bthis\s+year\b")
_THIS_YEAR_REACH = 150


_ONE_DAY_OF = re.compile(r"\b(first|last|final)\s+day\s+of\b", re.IGNORECASE)


_FULL_MONTH_NAMES = frozenset(
    [
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "sept"),
    ]
)
_AS_EARLY_AS = re.compile(r"\b(?:early|late|soon)\s+as\s+$", re.IGNORECASE)


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
_MONTH_STEP = {"next": 1, "the following": 1, "this": 0, "last": -1, "the previous": -1}


def _nth_weekday(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'the first Monday in October': that weekday of the month nearest the report in the
    tense's direction; 'the second Monday of next month' counts from the report's month."""
    p = cand.parts
    word = p["nth"].lower()
    nth = _NTH.get(word) or int(word[0])
    weekday = _weekday(p["nwd"])
    ref = scene.reference
    if "nyear" in p:
        options = [(int(p["nyear"]), _month(p["nmonth"]))]
    elif ref is None:
        return _unresolved(cand, scene, "XXXX-XX-XX")
    elif "nmonth" in p:
        options = [(year, _month(p["nmonth"])) for year in (ref.year - 1, ref.year, ref.year + 1)]
    else:
        months = ref.year * 12 + ref.month - 1 + _MONTH_STEP[" ".join(p["nrel"].lower().split())]
        options = [(months // 12, months % 12 + 1)]
    days = [cal.nth_weekday(year, month, nth, weekday) for year, month in options]
    days = [day for day, (_, month) in zip(days, options, strict=True) if day.month == month]
    if not days:
        return None  # 'the fifth Monday in February'
    day = (
        days[0]
        if len(days) == 1 or ref is None
        else nearest_in_tense(days, ref, _tense(cand, scene))
    )
    relative = "nyear" not in p
    return _expr(
        cand, scene, TimexType.DATE, day.isoformat(), (day, day), Precision.DAY, None, relative
    )


_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_WORD_ON_THE_LINE = re.compile(r"[ \t]+([^\W\d_]+)")
_MONTH_JUST_TOLD = 40  # characters from a month named to 'the 23rd' that is a day of it
# the words that go on a sentence after a day of the month, as no noun it counts would:
# 'agreed on the 18th but', 'flew in on the 26th with a planeload'
_NTH_LINKS = frozenset(
    ("and", "or", "to", "through", "until", "but", "with", "when", "while", "as", "at",
     "in", "after", "before", "for", "from", "by", "because", "amid", "so", "if", "that",
     # 'met on October 4th and again on the 9th would meet again': the verb after its subject
     "would", "will", "was", "were", "had", "has", "could", "should")
)  # fmt: skip
# 'On the 11th you said the same thing': the subject after a day put first
_NTH_SUBJECTS = frozenset(["i", "you", "he", "she", "we", "they", "it"])
_NTH_SUBJECT_REACH = 62  # days from the report to the last day told, for such a day
_MONTH_OF_THE_LIST = re.compile(
    r"\s*(?:,|and|&|or|to|-|\u2013)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+of\s+"
    r"(?P<monthrel>last|this|next|the\s+same|that|the\s+following|the\s+previous)\s+month\b",
    re.IGNORECASE,
)
# what a capital after 'the 10th' may name instead of a sentence's subject
_NTH_NOUNS = frozenset(
    ("division", "brigade", "regiment", "battalion", "corps", "army", "fleet", "street",
     "avenue", "congress", "party", "round", "district", "floor", "armoured", "armored",
     "infantry", "airborne", "mountain", "marine", "mechanised", "mechanized", "amendment",
     "article", "session", "summit", "edition", "anniversary", "century", "parliament")
)  # fmt: skip


def _day_of_the_month(
    cand: Candidate, scene: Scene, in_month: dt.date, nth: int
) -> TimeExpression | None:
    """The ``nth`` of the month ``in_month`` falls in, if the month has one."""
    try:
        day = in_month.replace(day=nth)
    except ValueError:
        return None
    return _expr(cand, scene, TimexType.DATE, day.isoformat(), (day, day), Precision.DAY)


def _nth_of_month(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'on the 24th': that day of the reference month, or of the next or last month when the
    tense looks past the reference day ('will expire on the 3rd', written on the 23rd)."""
    spelled = cand.parts.get("spday") or cand.parts.get("spsmall")
    nth = (
        LEXICON.day_ordinals[spelled.lower()]
        if spelled
        else int(cand.parts.get("nthday") or cand.parts["cday"])
    )
    ref = scene.reference
    bare = not ({"oldrel", "monthrel", "coming"} & cand.parts.keys())
    shared = _MONTH_OF_THE_LIST.match(scene.text, cand.end) if bare else None
    if shared is not None:
        # 'on the 17th and 18th of last month': the month the list ends with is each day's
        cand = replace(cand, parts={**cand.parts, "monthrel": shared["monthrel"]})
        bare = False
    following = _WORD_AFTER.match(scene.text, cand.end)
    after = following[1] if following else ""
    if bare and after.lower() in _NTH_SUBJECTS:
        # a transcript's 'On the 11th you said ...' is of the days around the report; a
        # memoir's 'On the night of the 9th I was watching' of the month it tells
        told = scene.story.last_day
        if ref is None or told is None or abs((ref - told).days) > _NTH_SUBJECT_REACH:
            return None
    elif (
        bare
        and after
        and after.lower() not in _NTH_LINKS
        and scene.text[max(0, cand.start - 4) : cand.start].lower() == "for "
    ):
        return None  # 'for the 31st Lakeport Marathon': a count of the thing named
    elif bare and after and after.lower() not in _NTH_LINKS:
        # 'It started on Aug 4 ... On the 10th Seoul answered': a day later in the month the
        # story is telling; not 'on the 10th anniversary' nor 'the 10th Division'
        told = scene.story.last_day
        if not after[0].isupper() or after.lower() in _NTH_NOUNS or told is None or nth <= told.day:
            return None
        return _day_of_the_month(cand, scene, told, nth)
    told_month = scene.story.last_anchor
    if (
        bare
        and told_month is not None
        and told_month.start is not None
        and told_month.precision is Precision.MONTH
        and 0 <= cand.start - told_month.char_end <= _MONTH_JUST_TOLD
        and "\n" not in scene.text[told_month.char_end : cand.start]
        and (told_month.char_start == 0 or scene.text[told_month.char_start - 1] == "\n")
    ):
        # 'JULY: On the 23rd, the Supreme Soviet votes': a day of the month that heads the
        # line (a month named in passing may be of another year than the story's)
        return _day_of_the_month(cand, scene, told_month.start, nth)
    day_told = scene.story.last_day
    if (
        bare
        and day_told is not None
        and nth > day_told.day
        and _same_sentence(scene.text, scene.story.last_day_end, cand.start)
    ):
        # 'met in Gaza on October 4th and again on the 9th': a later day of the month the
        # sentence just told
        return _day_of_the_month(cand, scene, day_told, nth)
    named = " ".join(cand.parts.get("monthrel", "").lower().split())
    named = {"ult": "last", "ins": "this", "pro": "next"}.get(
        cand.parts.get("oldrel", "").lower()[:3], named
    )
    named = {"the current": "this", "the present": "this"}.get(named, named)
    if named == "the":
        # 'the 22nd of the month': of the month the story tells, if it told one, as 'the
        # same' is; else the report's
        named = "this" if scene.story.last_anchor is None else "the same"
    if named in ("the same", "that", "the following", "the next", "the previous", "the preceding"):
        # 'the 12th of that month': the month the story last told; 'adjourned until the 20th
        # of the following month': the one after it
        last = scene.story.last_anchor
        if last is None or last.start is None:
            return _unresolved(cand, scene, "XXXX-XX-XX")
        ref = last.start
        named = {"the following": "next", "the next": "next"}.get(named, named)
        named = {"the previous": "last", "the preceding": "last"}.get(named, named)
    if ref is None:
        return _unresolved(cand, scene, "XXXX-XX-XX")
    tense = "future" if "coming" in cand.parts else _tense(cand, scene)
    told = scene.story.last_day
    if (
        not named
        and told is not None
        and told.year < ref.year
        and tense != "future"
        and "\n\n" not in scene.text[scene.story.last_day_end : cand.start]
    ):
        # 'landed on 20 July 1974 ... met in Geneva three days later and, on the 30th,
        # signed': the day of the month the paragraph is telling, or of the next one
        ref, tense = told, "future"
    elif (month_told := _month_told_before(scene, cand)) is not None and not named:
        # 'It was February 2015, and the snow ... On the 5th, Merkel had flown to Kyiv': a day
        # of the month the story last named, in its year
        ref, tense = month_told, "future"
    shift = 0
    if named:
        shift = {"last": -1, "next": 1}.get(named, 0)
    elif tense == "future" and nth < ref.day:
        shift = 1
    elif tense == "past" and nth > ref.day:
        shift = -1
    month_start = cal.add_months(ref.replace(day=1), shift)
    try:
        day = month_start.replace(day=nth)
    except ValueError:
        return None
    return _expr(
        cand, scene, TimexType.DATE, day.isoformat(), (day, day), Precision.DAY, relative=True
    )


def _month_told_before(scene: Scene, cand: Candidate) -> dt.date | None:
    """The first day of the month of an earlier year the story last named ('It was February
    2015') or placed long before the report ('In the first days of August came the fire',
    in a memoir of 2016's siege), when nothing has been dated since and the paragraph goes on."""
    last = _earlier_month_told(scene, cand) or _month_placed_in_the_story(scene, cand)
    if last is None or _tense(cand, scene) == "future":
        return None
    return last.start


def _month_placed_in_the_story(scene: Scene, cand: Candidate) -> TimeExpression | None:
    """The story's last expression when it is a yearless month the story placed in an
    earlier year, long before the report, in the paragraph ``cand`` is in."""
    last, ref = scene.story.last_anchor, scene.reference
    if (
        last is None
        or last.start is None
        or ref is None
        or not last.relative
        or last.precision is not Precision.MONTH
        or last.start.year >= ref.year
        or (ref - last.start).days <= _STORY_OF_ANOTHER_YEAR
        or "\n\n" in scene.text[last.char_end : cand.start]
        # 'It had been signed the previous August': a glance back from the month told
        or _GLANCE_BACK.match(last.text)
    ):
        return None
    return last


_GLANCE_BACK = re.compile(r"the\s+(?:previous|preceding|prior)\b", re.IGNORECASE)


_APPOSITION = re.compile(r"\s*,\s*")
_IS_OR_WAS = re.compile(r"\s+(?:is|was|marks|marked|became|will\s+be)\s+")
# 'Sunday is the first day of the week' is a rule of the calendar, not today.
_OF_A_CALENDAR_UNIT = re.compile(r"\s+of\s+(?:the|a|each|every)\s+(?:\w+\s+)?(?:week|month|year)\b")
_NOW_IS = re.compile(r"\b(?:is|it's|it\u2019s|marks|marked\s+today)\s+(?:now\s+|also\s+)?$")


def _ordinal_day(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """'Today is the third day of the truce' is today; told of in the past, its day is unknown."""
    story, text = scene.story, scene.text
    folded = scene.folded or fold(text)
    calendar_rule = _OF_A_CALENDAR_UNIT.match(folded, cand.end) is not None
    said_now = (
        _NOW_IS.search(folded, max(0, cand.start - 24), cand.start) is not None
        and not calendar_rule
    )
    if story.last_day is not None and (
        _APPOSITION.fullmatch(text, story.last_day_end, cand.start)
        or (_IS_OR_WAS.fullmatch(text, story.last_day_end, cand.start) and not calendar_rule)
        or (said_now and _same_sentence(text, story.last_day_end, cand.start))
    ):
        # 'on Sunday, the second day of the offensive', 'Saturday was the third day of the
        # truce', 'Today is the fifth day of the truce': the day just named, no second event
        return _expr(cand, scene, TimexType.DATE, story.last_day.isoformat(), relative=True)
    if scene.reference is not None and said_now:
        day = scene.reference
        return _expr(cand, scene, TimexType.DATE, day.isoformat(), (day, day), Precision.DAY)
    return _unresolved(cand, scene, "XXXX-XX-XX")


# 'Now, he says, ...' opening a sentence turns to a new point; it does not say when.
_DISCOURSE_NOW_BEFORE = re.compile(r"(?:^|[.!?\n\"\u201d']\s*)$")


def _vague(cand: Candidate, scene: Scene) -> TimeExpression | None:
    words = cand.parts["vague"].split()
    if any(w[:1].isupper() for w in words[1:]):
        return None  # 'The Future bloc', 'At The Moment' (a song): names, not times
    word = " ".join(w.lower() for w in words)
    if (
        word == "now"
        and scene.text.startswith(",", cand.end)
        and _DISCOURSE_NOW_BEFORE.search(scene.text, max(0, cand.start - 4), cand.start)
    ):
        return None
    return _expr(cand, scene, TimexType.DATE, LEXICON.vague[word])


def _doc_day(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """A day an official text counts from its own date, the reference: 'the date of this
    Proclamation', 'within fifteen days of the signature of this Decree'."""
    p, ref = cand.parts, scene.reference
    if ref is None:
        return _unresolved(cand, scene, "XXXX-XX-XX")
    if "dn" in p:
        amount = number_of(p["dn"])
        if amount is None:
            return None
        unit = p["dunit"].lower().rstrip("s")
        day = _shift(ref, {"day": "D", "week": "W", "month": "M"}[unit], int(amount))
    elif "dord" in p:
        day = ref + dt.timedelta(days=LEXICON.day_ordinals[p["dord"].lower()])
    else:
        day = ref
    return _period(cand, scene, Precision.DAY, day, relative=True)


RESOLVERS: dict[str, Resolver] = {
    "date_time_group": _date_time_group,
    "iso": _iso,
    "numeric": _numeric,
    "time": _time,
    "day_at_time": _time,
    "weekday_date": _weekday_date,
    "range_md": _range_days,
    "range_dm": _range_days,
    "range_md_between": _range_days,
    "range_dm_between": _range_days,
    "month_range": _month_range,
    "mdy": _mdy,
    "day_month_figures": _day_month_figures,
    "dmy": _mdy,
    "other_calendar": _other_calendar,
    "legal_day": _legal_day,
    "doc_day": _doc_day,
    "digest_month": _digest_month,
    "month_year": _month_year,
    "listed_day": _listed_day,
    "week_of": _week_of,
    "quarter": _quarter,
    "season": _season,
    "decade": _decade,
    "century": _century,
    "holiday": _holiday,
    "offset": _offset,
    "set": _set,
    "duration": _duration,
    "ordinal_day": _ordinal_day,
    "nth_of_month": _nth_of_month,
    "nth_weekday": _nth_weekday,
    "anaphora": _anaphora,
    "relative": _relative,
    "relday": _relday,
    "weekday": _weekday_resolver,
    "year": _year,
    "spelled_year": _spelled_year,
    "the_year": _the_year,
    "month": _month_resolver,
    "weekday_nth": _weekday_nth,
    "d_day": _d_day,
    "op_day": _op_day,
    "vague": _vague,
}


def _is_comparison(cand: Candidate) -> bool:
    """'a year earlier', 'the year-ago quarter': periods named only to compare with."""
    p = cand.parts
    which = (p.get("which") or "").lower()
    return (
        (cand.family == "offset" and "thisin" not in p)  # 'this week in 1945' names its year
        or any(k in p for k in ("cmp", "lastyear", "lastyear2", "qyear"))
        or which in _COMPARISON_WORDS
    )


_COMPARISON_WORDS = frozenset(("year-ago", "year-earlier", "comparable", "corresponding"))


def _in_the_headline(text: str, at: int) -> bool:
    """Whether ``at`` is in a headline: the text's first line, short and followed by more
    (not a lede paragraph, which a correspondent's dateline opens)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return start <= at < end <= start + _HEADLINE_AT_MOST


_HEADLINE_AT_MOST = 140  # characters


def _open_anniversary(story: Story, year: int) -> None:
    """An anniversary piece is about ``year``: the story is told in it from here on."""
    story.era, story.anniversary = (year, _ERA_DATES), year


def _anniversary_years(text: str, expression: TimeExpression) -> int | None:
    """How many years an anniversary counts back: 'marks fifty years since', 'It is 30
    years since'; None for any other duration."""
    counted = _WHOLE_YEARS.fullmatch(expression.value)
    if counted is None:
        return None
    before = text[max(0, expression.char_start - 24) : expression.char_start]
    if not (_MARKS_BEFORE.search(before) and _SINCE_AFTER.match(text, expression.char_end)):
        return None
    return int(counted[1])


_WHOLE_YEARS = re.compile(r"P(\d+)Y")
_YEARS_ON_AFTER = re.compile(r"\s+(?:on|later)\b(?!\s+(?:the|a|an)\b)", re.IGNORECASE)
_MARKS_BEFORE = re.compile(
    r"\b(?:marks|marked|marking|mark|it\s+is|it\s+was|it's|it\s+will\s+be|it\s+has\s+been"
    r"|it's\s+been)\s+$",
    re.I,
)
_SINCE_AFTER = re.compile(r"\s+since\b", re.IGNORECASE)


def _narrates_a_day(cand: Candidate, expression: TimeExpression, text: str) -> bool:
    """A day counted on from the story ('two days later', 'a day after'), not from today,
    or the day an anniversary piece opens on."""
    direction = " ".join((cand.parts.get("dir") or "").lower().split())
    return (
        cand.family == "offset"
        and (direction in ("later", "after") or _opens_an_anniversary(cand, text))
        and expression.precision is Precision.DAY
        and expression.start is not None
    )


def _opens_an_anniversary(cand: Candidate, text: str) -> bool:
    """'Sixty years ago today, shortly before dusk, the last soldiers ...': an anniversary
    that opens its sentence tells that day; one at the end of a clause ('to remember the
    people killed a year ago today') only names it."""
    if "same" not in cand.parts and "thisday" not in cand.parts:
        return False
    start = max(0, cand.start - _OPENING_REACH)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, start, cand.start)]
    if not breaks and start > 0:
        return False
    lead = text[breaks[-1] if breaks else 0 : cand.start]
    return _SENTENCE_LEAD.fullmatch(lead) is not None


_OPENING_REACH = 40
_SENTENCE_LEAD = re.compile(r"[\s\"'\u201c\u2018(]*(?:(?:and|but|it\s+was|exactly)\s+)?", re.I)


def resolve(cand: Candidate, scene: Scene) -> TimeExpression | None:
    """Resolve one candidate and let the story remember what it anchored. A period that
    labels a figure or a security ('fourth-quarter GDP', 'January retail sales', "Ukraine's
    2017 bond", 'bonds due 2031'), and another calendar's day with its Gregorian twin in
    brackets, keep their TIMEX3 and tell the story as any other, but are no events."""
    told = scene.story.previous
    expression = _resolve_in_story(cand, scene)
    if (
        expression is not None
        and expression.type is TimexType.DURATION
        and _PAST_THE_HOUR.match(scene.text, expression.char_end)
    ):
        return None  # 'one minute past midnight' tells a clock time, no length
    if expression is not None and expression.type is TimexType.DURATION:
        # placed only now: the days looked back over, or before the day just told, are no
        # day the story goes on from
        before = _days_before_told(expression, told, scene.text)
        if before is not None:
            return before
        return _lookback(expression, scene.story.heading_day or scene.reference)
    if expression is None or expression.precision is None:
        return expression
    if expression.precision in _LABEL_PRECISIONS and _labels_a_figure(
        cand, scene.text, expression.precision
    ):
        return replace(expression, start=None, end=None, precision=None)
    if (
        cand.family == "other_calendar"
        and expression.start is not None
        and _bracketed_twin(scene.text, cand.end, expression.start)
    ):
        # 'on Tahsas 3, 1993 E.C. (December 12, 2000)': the Gregorian twin in brackets is the
        # event, the same day said plainly
        return replace(expression, start=None, end=None, precision=None)
    return expression


def _pinned_by_apposition(
    cand: Candidate, scene: Scene, expression: TimeExpression
) -> TimeExpression:
    """A weekday that the date after it restates: 'at dawn on Sunday, the 17th of this
    month', 'last Tuesday, the 19th', 'on Friday night, June 1st' are that date, the
    Sunday the 17th was, however the weekday alone would have been read."""
    after = _APPOSED_DAY.match(scene.text, cand.end)
    if after is None:
        return expression
    named = _WEEKDAY_IN.search(scene.text, cand.start, cand.end)
    if named is None:
        return expression
    near = expression.start
    assert near is not None
    day_word = after["nth"] or after["mday"] or after["dday"]
    month_word = after["month"] or after["dmonth"]
    day: dt.date | None
    if month_word is None:
        # the day of that number near the one read, that falls on the weekday
        day = _calendar_day(named.group(), day_word, near)
    else:
        weekday = _weekday(named.group())
        years = [int(after["year"])] if after["year"] else [near.year - 1, near.year, near.year + 1]
        fits = []
        for year in years:
            try:
                fits.append(dt.date(year, _month(month_word), _day(day_word)))
            except ValueError:
                continue
        fits = [d for d in fits if d.isoweekday() == weekday]
        day = min(fits, key=lambda d: abs((d - near).days), default=None)
    if day is None or day == near:
        return expression
    clock = expression.value[10:] if expression.value[:10] == near.isoformat() else ""
    return replace(expression, value=day.isoformat() + clock, start=day, end=day)


_WEEKDAY_IN = re.compile(WEEKDAY, re.IGNORECASE)
_APPOSED_GAP = re.compile(r",[ \t]*")
_APPOSED_DAY = re.compile(
    r",\s*(?:the\s+(?P<nth>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    # 'the 17th', 'the 17th of this month', not 'the 4th Armoured Brigade'
    r"(?!\s+(?:of\s+(?!(?:this|the|the\s+current)\s+month\b)|(?!of\b)[A-Za-z]))"
    r"|(?P<month>" + MONTH + r")\.?\s+(?P<mday>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
    r"|(?P<dday>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?P<dmonth>" + MONTH + r")\b)"
    r"(?:,?\s+(?P<year>\d{4})\b)?",
    re.IGNORECASE,
)


_PAST_THE_HOUR = re.compile(r"\s+past\s+(?:midnight|noon|\d)", re.IGNORECASE)


def _bracketed_twin(text: str, end: int, day: dt.date) -> bool:
    """Whether a plain month and day in brackets right after ``end`` name ``day``."""
    found = _BRACKETED_DATE.match(text, end)
    if found is None:
        return False
    month_word = found.group("m1") or found.group("m2")
    day_word = found.group("d1") or found.group("d2")
    year_word = found.group("y1") or found.group("y2")
    try:
        named = dt.date(
            int(year_word) if year_word else day.year, _month(month_word), _day(day_word)
        )
    except ValueError:
        return False
    return named == day


_BRACKETED_DATE = re.compile(
    r"\s*\((?:[A-Za-z]+,?\s+)?(?:(?P<m1>"
    + MONTH
    + r")\s+(?P<d1>[12]\d|3[01]|0?[1-9])(?:,?\s+(?P<y1>\d{4}))?|(?P<d2>[12]\d|3[01]|0?[1-9])"
    + r"\s+(?P<m2>"
    + MONTH
    + r")(?:\s+(?P<y2>\d{4}))?)\s*\)",
    re.IGNORECASE,
)


def _labels_a_figure(cand: Candidate, text: str, precision: Precision) -> bool:
    if _LABEL_AFTER.match(text, cand.end):
        # 'In March exports rose': a time the clause is set in
        return not _PREPOSITION_BEFORE.search(text, max(0, cand.start - 8), cand.start)
    return precision is Precision.YEAR and bool(
        _MATURITY_BEFORE.search(text, max(0, cand.start - 30), cand.start)
    )


def _resolve_in_story(cand: Candidate, scene: Scene) -> TimeExpression | None:
    reference = scene.reference  # the document's own, before any heading's day
    dateline_at = scene.story.dateline_at
    if dateline_at >= 0 and _BYLINE.search(scene.text, dateline_at, cand.start):
        # 'From Our Diplomatic Correspondent' in London: the Munsan dateline's day is over
        scene.story.heading_day, scene.story.dateline_at = None, -1
    story = scene.story
    if story.heading_day is not None and story.heading_end >= 0 and story.section_at < 0:
        # where the next section in capitals starts, looked up once per heading
        found = _SECTION_HEADING.search(scene.text, story.heading_end)
        story.section_at = found.start() if found else len(scene.text) + 1
    if story.heading_day is not None and story.heading_end >= 0 and story.section_at < cand.start:
        # 'SUNDAY, 01/03/93' and its entries, then 'THE YEAR IN NUMBERS': the day is over
        story.heading_day, story.heading_end = None, -1
    if scene.story.heading_day is not None and (
        cand.family == "time" or not _is_day_heading(scene.text, cand.start, cand.end)
    ):
        # Under a day's heading ('Tuesday 13 September' in a live blog or a diary), 'this
        # morning', 'tonight' and 'yesterday' are told from that day, and so is the clock
        # heading each entry under it ('9.40pm' under 'Saturday 2 April').
        scene = replace(scene, reference=scene.story.heading_day)
    try:
        expression = RESOLVERS[cand.family](cand, scene)
    except (ValueError, OverflowError):
        return None  # it would fall off the calendar (year 0 or 10000): nothing to place
    if expression is None:
        return None
    if expression.precision is Precision.DAY and expression.start is not None:
        expression = _pinned_by_apposition(cand, scene, expression)
        told_day = scene.story.last_day
        if (
            cand.family in ("anaphora", "offset")
            and told_day is not None
            and told_day != expression.start
            and _APPOSED_GAP.fullmatch(scene.text, scene.story.last_day_end, cand.start)
        ):
            # 'withdrew on May 21, the day after the fighting began', 'returned on May 23,
            # two days later': the count restates the day just told
            expression = replace(
                expression, value=told_day.isoformat(), start=told_day, end=told_day
            )
    if (
        cand.family in ("mdy", "dmy")
        and expression.precision is Precision.DAY
        and expression.start is not None
        and not _chronology_line(scene.text, cand.start, cand.end)
    ):
        scene.story.month_days.setdefault(
            (expression.start.month, expression.start.day), expression.start
        )
    if cand.family in ("month", "month_year") and _names_a_contract(cand, scene.text):
        # The month of a futures contract: a name for what is traded, not a time; without
        # its year it is the next such month, as futures trade ahead ('crude for January
        # delivery' in November is next January's)
        if cand.family == "month" and reference is not None and expression.start is not None:
            month = expression.start.month
            year = reference.year if month >= reference.month else reference.year + 1
            expression = replace(expression, value=f"{year:04d}-{month:02d}")
        return replace(expression, start=None, end=None, precision=None)
    if cand.family == "holiday" and _TRUCE_AFTER.match(scene.text, cand.end):
        # 'the Easter truce expired at midnight Sunday': the holiday names the truce; the
        # sentence's own date tells when anything happened. A TIMEX3, not an event.
        return replace(expression, start=None, end=None, precision=None)
    story = scene.story
    if reference is not None and expression.type is TimexType.DURATION:
        years_back = _anniversary_years(scene.text, expression)
        counted = _WHOLE_YEARS.fullmatch(expression.value)
        if (
            years_back is None
            and counted is not None
            and reference.year - int(counted[1])
            in (story.explicit_year, story.last_day.year if story.last_day else None)
            and _YEARS_ON_AFTER.match(scene.text, expression.char_end)
        ):
            # 'on 20 August 1988 it was supposed to stop. Twenty years on, the men who were
            # sent to watch remember': the year just named, so many years back, is the story's
            years_back = int(counted[1])
        if (
            years_back is None
            and counted is not None
            and _in_the_headline(scene.text, expression.char_start)
            and _YEARS_ON_AFTER.match(scene.text, expression.char_end)
        ):
            # 'Thirty years on, the morning the mountain went quiet': a headline's count
            years_back = int(counted[1])
        if years_back is not None and years_back >= 2:
            # 'This week marks fifty years since the Six-Day War': the story is told in
            # that year until the text comes back to the present
            _open_anniversary(story, reference.year - years_back)
    if (
        reference is not None
        and cand.family == "offset"
        and (cand.parts.get("dir") or "").lower() == "ago"
        and (cand.parts.get("unit") or "").lower() in ("years", "decades")
        and expression.start is not None
        and expression.start.year <= reference.year - 2
        and _in_the_headline(scene.text, expression.char_start)
    ):
        # 'OPINION | Forty years ago, Yemen's two states stopped a war': a headline that
        # counts back to a year heads a piece told in it
        _open_anniversary(story, expression.start.year)
    if (
        cand.family == "offset"
        and ("same" in cand.parts or "thisday" in cand.parts or "thistime" in cand.parts)
        and expression.start is not None
    ):
        # 'Twenty years ago this week ... signed it on 5 May', 'This time last year ... talks
        # at Leeds Castle in September': the paragraph is in that year
        story.year_opened = (expression.start.year, expression.char_end)
        if (
            reference is not None
            and expression.start.year < reference.year
            and _opens_an_anniversary(cand, scene.text)
        ):
            # 'Sixty years ago today, ...' opens an anniversary piece: the whole story is
            # told in that year until the text comes back to the present
            _open_anniversary(story, expression.start.year)
    goes_on = (
        cand.family == "anaphora" or (cand.family == "weekday" and not cand.parts.get("rel"))
    ) and _goes_on_with_the_week_told(story)
    story.previous = expression
    if _is_comparison(cand):
        if _narrates_a_day(cand, expression, scene.text):
            # 'Four days later, ... Two days later, ...': a narrative counts on from the
            # day it last told, even when that day was itself counted.
            story.last_day = expression.start
            story.last_day_end = expression.char_end
        return expression
    if expression.anchored and expression.start is not None and expression.precision is not None:
        story.last_anchor = expression
        if (
            expression.precision.is_point
            and not _looks_back(cand)
            # 'shares had gained 12 percent through Tuesday's close. At 10:15 a.m. they were
            # up': a market's reckoning day, not the day the story goes on with
            and not _MARKET_CLOSE.match(scene.text, expression.char_end)
            # 'prisoners captured after Oct. 7, 2023', 'its biggest fall since April 15': a
            # date written with its month as a bound is no day the story tells ('talks
            # since Tuesday afternoon' still is one)
            # 'declared the winner of the March 4 presidential election ... at about 2:40
            # p.m.': a date that names a thing is no day the story goes on with
            and not (
                cand.family in ("mdy", "dmy")
                and scene.text[max(0, expression.char_start - 4) : expression.char_start] == "the "
                and _NOUN_AFTER_A_DATE.match(scene.text, expression.char_end)
            )
            and not (
                _BOUND_BEFORE.search(
                    scene.text, max(0, expression.char_start - 7), expression.char_start
                )
                and (
                    not expression.relative
                    or (
                        cand.family in ("mdy", "dmy")
                        and scene.text[expression.char_start - 6 : expression.char_start]
                        .lower()
                        .startswith("since")
                        # 'in limbo since February 9, when Zedillo announced ...' tells it
                        and not _WHEN_AFTER.match(scene.text, expression.char_end)
                    )
                )
            )
        ):
            story.last_day = expression.start
            story.last_day_end = expression.char_end
            told_before = story.last_past_day
            if scene.reference is not None and expression.start < scene.reference:
                story.last_past_day = (expression.start, expression.char_end)
            story.last_day_said = (
                _SAID_ON.search(
                    scene.text, max(0, expression.char_start - 40), expression.char_start
                )
                is not None
            )
            story.told_before_saying = (
                told_before[0]
                if story.last_day_said
                and told_before is not None
                and told_before[0] < expression.start
                and _same_sentence(scene.text, told_before[1], expression.char_start)
                else None
            )
            if _chronology_line(scene.text, expression.char_start, expression.char_end):
                story.line_day = (_line_start(scene.text, expression.char_start), expression.start)
        if expression.precision in (Precision.DAY, Precision.MONTH) and _chronology_line(
            scene.text, expression.char_start, expression.char_end
        ):
            story.head = expression.start
        if expression.precision is Precision.DAY and (
            _tells_a_past_week(cand, scene, expression.start) or goes_on
        ):
            # 'Late on Friday, April 1,' starts a week told day by day; 'The next day' and
            # a weekday read in that week go on with it
            story.chain_end = expression.char_end
        if expression.precision is Precision.QUARTER and not _COMPARED_BEFORE.search(
            scene.text, max(0, expression.char_start - 30), expression.char_start
        ):
            # 'stronger than in the January-March quarter. The quarter was also hurt': a
            # quarter named to compare with is not the one the report is about
            story.last_quarter = (expression.start.year, cal.quarter_of(expression.start))
        if _is_day_heading(scene.text, expression.char_start, expression.char_end):
            story.listing_day = None
            # 'Updated: 2 September, 9:40 pm. ...': an update, after the page's own day
            update = _UPDATE_LEAD.match(scene.text, _line_start(scene.text, expression.char_start))
            if (
                expression.precision is Precision.DAY
                and scene.reference is not None
                and (expression.start <= scene.reference or update)
            ):
                story.heading_day = expression.start
                story.heading_end, story.section_at = expression.char_end, -1
                if update or _ENTRY_HEAD_AFTER.match(scene.text, expression.char_end):
                    # 'Wednesday, Aug. 15: At noon ...' heads its own paragraph only
                    ends = scene.text.find("\n\n", expression.char_end)
                    story.section_at = len(scene.text) + 1 if ends < 0 else ends
            elif expression.precision is Precision.DAY and scene.reference is not None:
                story.listing_day = expression.start
            elif expression.precision is Precision.YEAR and not expression.relative:
                story.head = None  # a chronology's year heading: its lines start afresh
        if (
            expression.precision in (Precision.YEAR, Precision.SEASON, Precision.MONTH)
            and not expression.relative
            and scene.reference is not None
            and expression.start.year < scene.reference.year
            and _OPENS_WITH_IN.search(
                scene.text, max(0, expression.char_start - 6), expression.char_start
            )
            and _CLAUSE_AFTER_YEAR.match(scene.text, expression.char_end)
        ):
            # 'In 1972, ...', 'In the spring of 1992, ...', 'In March 1992, ...' set the scene
            story.year_opened = (expression.start.year, expression.char_end)
        elif (
            expression.precision is Precision.YEAR
            and not expression.relative
            and scene.reference is not None
            and expression.start.year < scene.reference.year
            and _YEAR_AS_SUBJECT.match(scene.text, expression.char_end)
            and not _GOVERNED_YEAR_BEFORE.search(
                scene.text, max(0, expression.char_start - 12), expression.char_start
            )
        ):
            # 'The last year of the siege, 2016, began with hunger. On the first of June ...',
            # '1994 was the year the guns fell silent': the year the paragraph tells
            story.year_opened = (expression.start.year, expression.char_end)
        elif (
            expression.relative
            and story.year_opened is not None
            and expression.start.year != story.year_opened[0]
            and (
                expression.precision is Precision.YEAR
                or _NAMES_A_YEAR.search(expression.text) is not None
            )
        ):
            # '... in May 2022 ... This year he turned 100, and in July he flew to Beijing';
            # '... in June 2021 ... a truce in late March this year held; fighting resumed on
            # 24 August': a year named relative to the report moves the story on to it
            story.year_opened = None
        _follow_era(story, expression, scene.reference)
        if not expression.relative and expression.precision is not Precision.DECADE:
            story.explicit_year = expression.start.year
            story.explicit_year_end = expression.char_end
            if expression.precision is Precision.DAY:
                story.full_date_year = expression.start.year
        if (
            _in_references(scene, expression.char_start)
            or _CITED_RECORD_BEFORE.search(
                scene.text, max(0, expression.char_start - 40), expression.char_start
            )
            or _corrected_away(scene.text, expression.char_start)
        ):
            # 'Keesing's Contemporary Archives, vol. 20, 1974': a source's date, no event
            return replace(expression, start=None, end=None, precision=None)
        if (
            expression.precision is Precision.DAY
            and scene.reference is not None
            and scene.reference > dt.date.min
            and expression.start == scene.reference - dt.timedelta(days=1)
            and expression.char_start <= 2 * _DATELINE_REACH
            and _CORRESPONDENT_PLACE.fullmatch(
                scene.text, _line_start(scene.text, expression.char_start), expression.char_start
            )
            and _CORRESPONDENT_CLOSE.match(scene.text, expression.char_end)
        ):
            # 'MUNSAN, Dec. 27.' over a report in the paper of the 28th: the correspondent
            # wrote the day before, and his 'to-day' and 'yesterday' are told from it.
            story.heading_day, story.dateline_at = expression.start, expression.char_end
            story.heading_end = -1
            return replace(expression, start=None, end=None, precision=None)
        if expression.char_start <= _DATELINE_REACH and (
            (
                expression.precision is Precision.DAY
                and is_dateline(scene.text, expression.char_start, expression.char_end)
            )
            or _is_header_date(scene, expression)
        ):
            # 'GENEVA, Feb 12 (Reuters) -', 'Published 21 February 2003', 'Friday, 16
            # September 2022' under a masthead: they date the article, not an event in it.
            # Kept as a TIMEX3 (TempEval marks it) but not placed on the timeline.
            return replace(expression, start=None, end=None, precision=None)
        if (
            expression.precision is Precision.DAY
            and expression.char_start > 0
            and scene.text[expression.char_start - 1] == "["
            and _MESSAGE_TIME.match(scene.text, expression.char_end)
            and (reference is None or expression.start <= reference)
        ):
            # 'Kabul Wire, [09.05.21 10:03]' over a message in a channel export: the message
            # is told from its own day, and its stamp is no event
            story.heading_day, story.heading_end = expression.start, -1
            return replace(expression, start=None, end=None, precision=None)
    return expression


# A newspaper correspondent's dateline: a place in capitals, the day, and a full stop or
# a colon ('MUNSAN, Dec. 27.', 'IMPHAL, June 18: At least 13 people ...').
# 'CAPE CANAVERAL, Fla., April 10 --': an American dateline names the state too
# ('PHNOM PENH, Cambodia, Feb. 27 --': or the country)
_CORRESPONDENT_PLACE = re.compile(
    r"[ \t]*[A-Z][A-Z .'\u2019-]{2,30},(?:[ \t]*[A-Z][a-z]{1,4}\.,|[ \t]*[A-Z][a-z]{3,15},)?[ \t]*"
)
_MESSAGE_TIME = re.compile(r",?\s+\d{1,2}:\d{2}(?::\d{2})?\]")
_BYLINE = re.compile(
    r"^[ \t]*(?:From\s+[Oo]ur\s[^\n]{0,40}Correspondent|By\s+[A-Z][^\n]{0,60})[ \t]*$", re.M
)
# 'GUWAHATI, JAN. 1. The ceasefire ...': the full stop may run on into the first sentence
_CORRESPONDENT_CLOSE = re.compile(
    r"[ \t]*(?:\.[ \t]*(?:\n|$|(?=[A-Z][a-z]))|:[ \t]|(?:--|\u2014|\u2013)[ \t])"
)


def _in_references(scene: Scene, offset: int) -> bool:
    """True inside the list of sources that closes an encyclopedia entry or a report."""
    story = scene.story
    if story.references_at == -2:
        # only in the second half: 'Notes' over a memo's first lines heads its body
        story.references_at, story.references_end = -1, len(scene.text)
        for found in _REFERENCES_HEADING.finditer(scene.text, len(scene.text) // 2):
            after = _NEXT_HEADING.search(scene.text, found.end())
            end = after.start() if after else len(scene.text)
            # a desk's 'NOTES' of prose ('(b) The unilateral ceasefire of 6/8 did not stop
            # the shelling') tells of events; a list of notes citing sources does not
            if not found.group(1).lower().endswith("notes") or _CITATION.search(
                scene.text, found.end(), end
            ):
                story.references_at, story.references_end = found.start(), end
                break
    return 0 <= story.references_at < offset < story.references_end


def _corrected_away(text: str, start: int) -> bool:
    """A date a correction takes back: 'signed early on Saturday, Aug. 31, not on Friday, Aug.
    30', '(Corrects day of signing to Friday from Thursday)'. (What 'an earlier version said'
    is left alone: some corrections are read as events of their own.)"""
    if _NEGATED_DATE_BEFORE.search(text, max(0, start - 12), start):
        return True
    floor = max(0, start - _CORRECTION_REACH)
    if "orrects" not in text[floor:start] or not text[floor:start].rstrip().endswith("from"):
        return False
    sentence = max(
        text.rfind(". ", floor, start),
        text.rfind("\n", floor, start),
        text.rfind("(", floor, start),
    )
    between = text[max(sentence, floor) : start]
    return (
        ";" not in between
        and ")" not in between
        and bool(_CORRECTION_LEAD.match(text, max(sentence + 1, floor)))
    )


_CORRECTION_REACH = 200  # characters from a correction note's opening to its dates
_NEGATED_DATE_BEFORE = re.compile(r",\s*not\s+(?:on\s+|at\s+|in\s+)?$")
# an agency's repeat note: '(Corrects day of signing in paragraph 2 to Friday from Thursday'
_CORRECTION_LEAD = re.compile(r"\s*\(?\s*corrects\b", re.IGNORECASE)
# '(Official Report, 25 June 1997; Vol. 296, c. 850)': a debate's record cited by its day
_CITED_RECORD_BEFORE = re.compile(
    r"\((?:Official\s+Report|Hansard|HC\s+Deb|HL\s+Deb|Congressional\s+Record|Journal\s+officiel)"
    r"[^()]{0,20},\s*$"
)
_REFERENCES_HEADING = re.compile(
    r"^[ \t#=]*(references|notes|sources|bibliography|footnotes|further\s+reading)[ \t:=]*$",
    re.IGNORECASE | re.MULTILINE,
)
# the next heading, in capitals or marked up: 'OUTLOOK', '## See also', '== Aftermath =='
_NEXT_HEADING = re.compile(
    r"^(?:[ \t]*#+[ \t]*\S[^\n]*|[ \t]*==+[^\n=]+==+[ \t]*|[A-Z][A-Z \t&/-]{3,40})$", re.M
)
# what a list of sources has: a link, a retrieval date, pages, 'et al.', '(2009)', 'Ibid.'
_CITATION = re.compile(
    r"https?://|www\.|\bretrieved\b|\baccessed\b|\bpp?\.\s*\d|\bet\s+al\b|\(\d{4}\)|\bibid\b"
    r"|\bop\.\s*cit\b|\bvol\.\s*\d|\bISBN\b"
    # numbered footnotes: '(1) ETA communique, 28 November 1999, published in Gara'
    r"|^[ \t]*(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}[.)])[ \t]",
    re.IGNORECASE | re.MULTILINE,
)


def _is_header_date(scene: Scene, expression: TimeExpression) -> bool:
    """The publication date on a header line of its own: nothing else on the line but a
    stamp word, a weekday, a clock time, a place or a programme's name before it."""
    if expression.start is None or expression.start != scene.reference:
        return False
    if expression.precision not in (Precision.DAY, Precision.HOUR, Precision.MINUTE):
        return False
    text = scene.text
    line_start = _line_start(text, expression.char_start)
    line_end = text.find("\n", expression.char_end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start : expression.char_start] + " " + text[expression.char_end : line_end]
    if expression.precision is not Precision.DAY and not _HEADER_DAY.search(rest):
        return False  # a time stamp alone ('00:30 GMT' over an entry) dates the entry
    rest = _HEADER_LEAD.sub(" ", _HEADER_NOISE.sub(" ", rest))
    rest = _HEADER_TAIL.sub(" ", rest)
    return not rest.strip(" \t,.:;|-\u2013\u2014()")


_HEADER_NOISE = re.compile(
    # 'FOR IMMEDIATE RELEASE      March 3, 1991' over a press release
    r"\b(?:for\s+immediate\s+release|(?:press|news)\s+release|embargoed(?:\s+until)?)\b|"
    r"\b(?:first\s+)?(?:published|updated|last\s+updated|last\s+modified|modified|posted"
    r"|issued|date|dated|last\s+revised|revised|on|at)\b|\b(?:[01]?\d|2[0-3])[:.]\d\d\b"
    # 'Sitting of Wednesday 3 September 2008 | Strasbourg'
    r"|^\s*(?:sitting|session|meeting|hearing|debate|proceedings)\s+of\b"
    r"|\b(?:a\.?m\.?|p\.?m\.?|gmt|utc|[a-z]{2,4}t)\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
    # the stamp's other half: 'January 6, 2023 10:41 AM GMT'
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b\d{1,4}\b",
    re.IGNORECASE,
)
_HEADER_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# 'Grozny, ', 'The Evening Report - ': a place or a name before the date
# ' | Strasbourg': a place after the date
_HEADER_TAIL = re.compile(r"\s*[|\u2013\u2014-]\s*(?:[A-Z][\w'\u2019-]*\s*){1,3}\s*$")
_HEADER_LEAD = re.compile(r"^\s*(?:[A-Z][\w'\u2019-]*\s*){1,4}(?:,|[-|\u2013\u2014])\s")


# 'In 1972, the North Vietnamese ...': a sentence that opens with its year
# 'In 1972, ...', and the narrator's 'It was February 2015, and ...'
_OPENS_WITH_IN = re.compile(r"(?:^|[.!?\n]\s*|\n)(?:In|It\s+was)\s+$")
# a year the sentence is about: '2016, began with hunger', '1994 was the year'
_YEAR_AS_SUBJECT = re.compile(
    r",?\s+(?:began|started|opened|was|saw|brought|ended|closed|turned|proved)\b"
)
_GOVERNED_YEAR_BEFORE = re.compile(
    r"\b(?:in|of|since|by|until|till|from|to|for|through|after|before|during|than|and|or)\s+$",
    re.IGNORECASE,
)
_CLAUSE_AFTER_YEAR = re.compile(r",\s")


def _looks_back(cand: Candidate) -> bool:
    """'had crossed the river the previous evening': a glance back, after which the story
    goes on with the day it was telling."""
    which = " ".join(cand.parts.get("which", "").lower().split())
    what = cand.parts.get("what", "").lower()
    if cand.family == "weekday":
        # 'The truce began on Monday 12 September. Kerry and Lavrov had agreed it the
        # previous Friday ... By the Thursday': the story is still in the truce's week
        return " ".join(cand.parts.get("rel", "").lower().split()) == "the previous"
    return (
        cand.family == "anaphora"
        and "awd" not in cand.parts  # 'the day before last Tuesday's hearing' sets a day
        and (which in ("the previous", "the preceding", "the prior") or what == "before")
    )


_CONTRACT_WORD = "(?:" + "|".join(sorted(LEXICON.contract_words)) + r")\b"
# 'for September delivery', 'the December contract', 'October Brent futures'
_CONTRACT_AFTER = re.compile(r"(?:\s+[A-Za-z]+){0,2}?\s+" + _CONTRACT_WORD, re.IGNORECASE)
_CONTRACT_RIGHT_AFTER = re.compile(r"\s+" + _CONTRACT_WORD, re.IGNORECASE)
# 'crude for delivery in September'
_CONTRACT_BEFORE = re.compile(_CONTRACT_WORD + r"\s+(?:in|for)\s+(?:the\s+)?$", re.IGNORECASE)
_COMMODITY_WORD = "(?:" + "|".join(sorted(LEXICON.commodity_words)) + r")\b"
_COMMODITY_FOR = re.compile(r"\b" + _COMMODITY_WORD + r"\s+for\s+$", re.IGNORECASE)
_COMMODITY_AFTER = re.compile(r"\s+" + _COMMODITY_WORD, re.IGNORECASE)
_OPENS_A_CLAUSE = re.compile(r"(?:^|[.;:]\s+|\n\s*)$")


_CLAUSE_LEADS = frozenset(
    ["in", "since", "during", "until", "till", "by", "through", "from", "after", "before"]
)


_LABEL_PRECISIONS = (Precision.MONTH, Precision.QUARTER, Precision.YEAR)
_LABEL_AFTER = re.compile(
    r"(?:\s+(?!and\b|or\b|to\b)[\w-]+)?\s+(?:results|earnings|numbers|figures|gdp|sales"
    r"|output\s+data|data|production|exports|imports|inflation|bonds?|notes|eurobonds?"
    r"|work\s+programme|programme)\b",
    re.IGNORECASE,
)
_MATURITY_BEFORE = re.compile(
    r"\b(?:bonds?|notes|debt|eurobonds?|securities)\s+(?:due|maturing)\s+(?:in\s+)?$",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|on|since|during|by|from|until|through|for|after|before)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _names_a_contract(cand: Candidate, text: str) -> bool:
    """True for the month of a futures contract. After 'in' or 'since' a word between the
    month and the contract word opens a new clause: 'In March the contract was signed'."""
    if _CONTRACT_BEFORE.search(text, max(0, cand.start - 24), cand.start):
        return True
    if _COMMODITY_FOR.search(text, max(0, cand.start - 24), cand.start) or (
        _COMMODITY_AFTER.match(text, cand.end)
        and _OPENS_A_CLAUSE.search(text, max(0, cand.start - 4), cand.start)
    ):
        return True  # 'Brent crude for April rose', 'December corn settled at $4.39
    before = _WORD_BEFORE.search(text, max(0, cand.start - 14), cand.start)
    if before is not None and before.group(1).lower() in _CLAUSE_LEADS:
        return _CONTRACT_RIGHT_AFTER.match(text, cand.end) is not None
    return _CONTRACT_AFTER.match(text, cand.end) is not None


# A wire dateline: an optional upper-case place ('CAIRO/JERUSALEM,', 'KYIV, Ukraine,')
# before the date, and an agency in brackets and/or a dash after it.
_PLACE = r"[A-Z][\w.'\u2019/-]*(?:\s[A-Z][\w.'\u2019/-]*){0,3}"
_DATELINE_BEFORE = re.compile(rf"(?:{_PLACE}(?:,\s*{_PLACE})?,\s*)?")
_DATELINE_AFTER = re.compile(
    r"(?:,?\s*\d{4})?\s*(?:\([A-Za-z][\w .&/-]{0,30}\)\s*)?(?:[-\u2013\u2014_]|--)"
)
_DATELINE_REACH = 400  # a dateline opens the article, after at most a headline and byline


def is_dateline(text: str, start: int, end: int) -> bool:
    """True for the date of an article's dateline, which is not an event in it."""
    if start > _DATELINE_REACH:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].lstrip()
    after = _DATELINE_AFTER.match(text, end)
    if after is None or _DATELINE_BEFORE.fullmatch(before) is None:
        return False
    # A bare 'Feb. 22 - ...' is a chronology line; a dateline names a place or an agency.
    return before.strip() != "" or "(" in after.group()
