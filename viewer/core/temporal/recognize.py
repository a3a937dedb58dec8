"""Recognition: which spans of a text are temporal expressions, and of which family.

Every family is one regular expression built from the lexicon, and they are joined
into one master pattern. Trying that pattern at every position is slow, so a cheap
scan first finds trigger words (months, weekdays, units, year-like numbers), and only
the few words before each are tried; there, only the families that can begin with the
word at hand are tried, in the master's order. The result is the same as a full scan of
the master pattern (``scan_candidates`` keeps that reference). The matched family's own
pattern then reads the named parts. Whether a candidate really is a date
(capitalisation, "Resolution 2254") and what it means is decided in
:mod:`viewer.core.temporal.resolve`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

# The parse tree that re itself compiles: no public API shows what a pattern can begin with.
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any

from viewer.core.temporal.lexicon import LEXICON, alternation, trie

Namer = Callable[[str, str], str]

_MONTH_FULL = alternation(k for k in LEXICON.months if len(k) > 4 or k in ("may", "june", "july"))
_MONTH_ABBR = alternation(
    k for k in LEXICON.months if len(k) <= 4 and k not in ("may", "june", "july")
)
MONTH = rf"(?:{_MONTH_FULL}\b|{_MONTH_ABBR}(?:\.|\b))"
MONTH_FULL = rf"(?:{_MONTH_FULL}\b)"
WEEKDAY = alternation(LEXICON.weekdays) + r"\b"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
YEAR = r"(?<![\w$€£.,/])(?:1[5-9]\d\d|20\d\d)(?![\w%]|[.,/]\d|-\d\d-)"
_SMALL = alternation(k for k in LEXICON.numbers if k not in ("a", "an") and " " not in k)
_TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS_1_9 = "(?:one|two|three|four|five|six|seven|eight|nine)"
NUMBER = (
    rf"(?:\d+\s+1/2|\d+(?:[.,]\d+)?|{_TENS}[- ]{_UNITS_1_9}|{_SMALL}"
    r"|(?:a\s+)?couple\s+of|a\s+dozen|an?)"
)
VAGUE_COUNT = alternation(LEXICON.vague_counts)
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?"
    r"|years?|decades?|century|centuries"
    r"|wks?|hrs?|yrs?|mths?)\b"  # 'in 2 wks', as notes and messages shorten them
)
UNIT_SINGULAR = r"(?:second|minute|hour|day|night|week|month|quarter|year|decade|century)\b"
SEASON = alternation(LEXICON.seasons) + r"\b"
DAY_PART = alternation(LEXICON.day_parts) + r"\b"
ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
APPROX = (
    r"(?:about|around|nearly|almost|roughly|approximately|some|more\s+than|less\s+than"
    r"|fewer\s+than|at\s+least|at\s+most|over|up\s+to|under|just|only|barely)"
)
DASH = r"\s*(?:-|\u2013|\u2014|to|through|until|till|and)\s*"
# 'on Nov. 27 and Nov. 29' names two days; only 'between May 4 and 6' is a range.
DASH_NOT_AND = r"\s*(?:-|\u2013|\u2014|to|through|until|till)\s*"
_ZONE_OFFSET = r"(?:\s*[+-]\s*(?:1[0-4]|0?\d)(?::?[0-5]\d)?\b)?"  # 'GMT+2', 'UTC +03:00'
_ZONES = (
    # 'premieres Thursday at 9 p.m. Eastern', '5 p.m. Pacific'
    r"(?:(?:eastern|pacific|central|mountain)(?!\s+(?:park|station|square|avenue|street"
    r"|district|africa|america|asia|europe|region|province|time\b))|local(?:\s+time)?|(?:gmt|utc)"
    + _ZONE_OFFSET
    + r"|hrs|hours|z\b|est|edt|cst|cdt|pst|pdt|cet"
    r"|et(?!\s+(?:al|cetera)\b)|pt|ct|mt"
    r"|cest|eet|eest|bst|ist|pkt|msk|idt|irst|aest|jst|hkt|sast|wib|wita|wit)\b"
)
ZONE = r"(?:\(" + _ZONES + r"\)|" + _ZONES + r"|[+-][01]\d[0-5]\d\b)"  # '+0200' in mail headers
# The same moment in another zone, in brackets: '(1600 BST)', '(11:30 GMT)', '(GMT+2)',
# '(3 p.m. Moscow time)'. Only a zone-like word (an abbreviation ending in T, UTC, Z or
# '... time') may close it, so '(Reuters)' or '(1,600 troops)' stay out.
_BRACKET_ZONE = (
    r"\s*\((?:(?:[01]?\d|2[0-3])(?:[:.h]?[0-5]\d)?(?:\s*[ap]\.?m\.?)?\s*)?"
    r"(?:[a-z]{1,4}t|utc|z|(?!the\b|a\b|that\b|this\b|any\b|some\b)[a-z]+\s+time)\b"
    + _ZONE_OFFSET
    + r"\s*\)"
)


def _after(*words: str) -> str:
    """A look-behind for any of ``words`` and a space: 'the morning' only after 'in' or 'by'."""
    return "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in words) + ")"


_MOD_WORD = (
    r"the\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half"
    r"|last\s+half|latter\s+half|first\s+part|latter\s+part|early\s+part|first\s+days"
    r"|last\s+days|final\s+days|first\s+weeks|last\s+weeks|first\s+months|last\s+months"
    r"|final\s+weeks|final\s+months|closing\s+days|closing\s+weeks|closing\s+months"
    r"|opening\s+days|opening\s+weeks|opening\s+months"
    r"|(?:first|last|final|second)\s+(?:six|6)\s+months"
    r"|first\s+day|last\s+day|final\s+day)"
    r"\s+of(?:\s+the)?\s+"
    r"|(?:the\s+)?(?:very\s+)?(?:early|mid|late|earlier|later)(?:\s+|-)"
    r"|mid(?=\d)"
)


def _mod(n: Namer, name: str = "mod") -> str:
    """Optional 'early', 'mid-', 'the end of', 'the first half of' before a period."""
    return "(?:" + n(name, _MOD_WORD) + ")?"


def _fam_date_time_group(n: Namer) -> str:
    """A military or maritime message's date-time group: '251030Z JUL 18' is 10:30 UTC on
    25 July 2018, '050600Z AUG 2018' too."""
    return (
        r"(?<![\w-])"
        + n("gday", r"[0-3]\d")
        + n("ghh", r"[01]\d|2[0-3]")
        + n("gmm", r"[0-5]\d")
        + r"\s?Z\s+"
        + n("gmonth", MONTH)
        + r"\s+"
        + n("gyear", r"\d{4}|\d\d")
        + r"(?![\w-])"
    )


def _fam_iso(n: Namer) -> str:
    return (
        r"(?<![\w-])"
        + n("y", r"\d{4}")
        + "-"
        + n("m", r"[01]\d")
        + "-"
        + n("d", r"[0-3]\d")
        + "(?:T"
        + n("hh", r"[0-2]\d")
        + ":"
        + n("mm", r"[0-5]\d")
        + r"(?::\d\d)?)?(?![\w-])"
    )


def _fam_numeric(n: Namer) -> str:
    return n(
        "num",
        r"(?<![\w/.,-])\d{1,2}(?:/\d{1,2}/(?:\d{4}|\d\d)|\.\d{1,2}\.\d{4}"
        # '24.02.22' only in full two-digit parts: '3.5.10' is a version more often
        r"|(?<=\d\d)\.\d\d\.\d\d"
        # '25-07-1997' in Indian and European copy: day first, the year in full
        r"|-\d{1,2}-\d{4})(?![\w/-]|\.\d)",
    )


_CLOCK_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"


def _time(n: Namer) -> str:
    clock = (
        # '12:00 noon' is noon; 'high noon' is a showdown
        n("named", r"(?:(?:12|00)(?:[:.]00)?\s+)?(?:midnight|(?<!high\s)noon|midday)")
        + r"\b|"
        # '4 in the morning', '10 o'clock at night', '6 o'clock': a clock time said in words
        + n("dphour", r"(?:1[0-2]|0?[1-9]|" + _CLOCK_WORDS + ")")
        + r"(?:[:.]"
        + n("dpminute", r"[0-5]\d")
        + r")?(?:\s+o['\u2019]clock)?\s+"
        + n("dp", r"in\s+the\s+(?:morning|afternoon|evening)|at\s+night")
        + r"\b|"
        + n("ochour", r"(?:1[0-2]|0?[1-9]|" + _CLOCK_WORDS + ")")
        + r"\s+o['\u2019]clock\b"
        + "|"
        # '5 to 7 p.m.', '6:30 to 9:30 p.m.': the first clock takes the second's half of
        # the day
        + n("lhour", r"(?:1[0-2]|0?[1-9])")
        + r"(?:[:.]"
        + n("lminute", r"[0-5]\d")
        + r")?(?=\s*(?:to|-|\u2013)\s*"
        + n("rhour", r"(?:1[0-2]|0?[1-9])")
        + r"(?:[:.][0-5]\d)?\s*"
        + n("rampm", r"(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)")
        # 'from 4 to 7 p.m. Monday': both on that day
        + r"(?:[ \t]+(?:on[ \t]+)?"
        + n("rday", WEEKDAY + r"|today\b|tomorrow\b|tonight\b")
        + ")?)|"
        + n("hour", r"(?:1[0-2]|0?[1-9])")
        + r"(?:[:.]"
        + n("minute", r"[0-5]\d")
        # '1:01:12 p.m.': the second of an eclipse's contact
        + r"(?::"
        + n("second", r"[0-5]\d")
        + r")?)?\s*"
        + n("ampm", r"(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)")
        + "|"
        + n("hour24", r"(?:[01]?\d|2[0-3])")
        + r"[:h]"
        + n("minute24", r"[0-5]\d")
        + r"(?::[0-5]\d)?\b"  # seconds, as mail and feed headers give them
        + r"(?:\s*(?:hours|hrs)\b\.?(?!\s+of\b))?"  # 'at 00:01 hours local time on 17 September'
        # Wire copy gives truce deadlines in military time: '(2200 GMT)'.
        + "|"
        # '16.00 WIB', '14.00 local time': a dotted clock with its zone
        + n("hourdot", r"(?:[01]?\d|2[0-3])")
        + r"\."
        + n("minutedot", r"[0-5]\d")
        + r"(?=\s*(?:wib|wita|wit|gmt|utc|local\s+time|(?-i:[A-Z][a-z]+\s+time))\b)"
        + "|"
        + n("military", r"(?:[01]\d|2[0-3])[0-5]\d")
        # '0600 local time', '2000 hours', '1800 Damascus time': a clock, not a year
        + r"(?=\s*(?:gmt|utc|hrs|hours\b(?!\s+of\b)|z\b|local\b|(?-i:[A-Z][a-z]+\s+time)\b)"
        # 'a pause from 0600 on 10 September to 1800 on 12 September': no year is 'on' a
        # day after 'from' or 'by' ('Resolution 2202 on Tuesday', 'Operation 1027 on Oct.
        # 27' are names)
        + "|(?:"
        + "|".join(
            rf"(?<=\b{word}\s\d{{4}})"
            for word in ("at", "by", "from", "to", "until", "till", "before", "after")
        )
        + ")"
        + r"\s+on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+"
        + MONTH
        + r"|(?:"
        + MONTH
        + r")\.?\s+\d{1,2}\b|"
        + WEEKDAY
        + r"))"
        # 'valid until 2359hrs on Sunday 9 September': the suffix is the clock's
        + r"(?:\s*hrs\b\.?)?"
    )
    return r"(?<![\w.:])" + n("clock", clock)


# 'at 8 a.m. local time the following day', 'at midnight that night': the day the story
# told, or the one after it
# ('... after 9 a.m. That evening, ...' starts a sentence of its own: the master pattern
# reads folded text, and the family's own match on the text as written ends before it)
_TOLD_DAY = (
    r"(?-i:t)he\s+same\s+day|(?-i:t)hat\s+(?:same\s+)?(?:day|night|evening|morning|afternoon)"
    r"|(?<=\d\s)(?-i:s)ame\s+day\b(?!-)"  # 'ETA Afgooye 09:30 same day', as schedules write it
    r"|(?-i:t)he\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)"
)


def _day_ref(n: Namer, dated_weekday: bool = False) -> str:
    month_day = (
        "(?:"
        + MONTH
        + r"\s+"
        + DAY
        + "|"
        + DAY
        + r"\s+(?:of\s+)?"
        + MONTH
        + r")(?:(?:\s*,)?\s+"
        + YEAR
        + ")?"
    )
    # '06:00 Thu 05/04' in a convoy schedule: the weekday with its day and month in figures
    weekday = WEEKDAY + r"(?:[ \t]+(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])\b(?!/))?"
    if dated_weekday:
        # 'midnight (2100 GMT) on Tuesday 18 December': the weekday with its date
        weekday += r"(?:(?:\s*,)?\s+(?:the\s+)?" + month_day + ")?|" + _TOLD_DAY
    # 'midnight on the night of Feb. 26 to 27', 'on the night of 26-27 February'
    night_of = (
        r"the\s+night\s+of\s+(?:"
        + MONTH
        + r"\s+"
        + DAY
        + r"\s*(?:to|-|\u2013|/)\s*"
        + DAY
        + "|"
        + DAY
        + r"\s*(?:to|-|\u2013|/)\s*"
        + DAY
        + r"\s+(?:of\s+)?"
        + MONTH
        + ")"
    )
    # '10:00 Moscow time on 18.10.2016': a dotted date, day first, with its year
    dotted = r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d\b"
    return n(
        "dayref",
        "(?:"
        + weekday
        + "|today|yesterday|tomorrow|tonight|last\\s+night|"
        + (night_of + "|" if dated_weekday else "")
        + month_day
        + "|"
        + dotted
        + ")",
    )


def _fam_time(n: Namer) -> str:
    # '7 p.m. local time on Tuesday', 'midnight Damascus time (2200 GMT) on Friday'; TimeBank
    # keeps 'about' and 'around' inside a clock time ('around 7:15 p.m.')
    return (
        "(?:"
        + n("tapprox", r"about|around|approximately|roughly")
        + r"\s+)?"
        + _time(n)
        + r"(?:\s+"
        + n(
            "zone",
            ZONE
            # 'Damascus time', 'Indian Standard Time'
            + r"|(?!the\b|a\b|that\b|this\b|any\b|some\b)[a-z]+\s+"
            + r"(?:standard\s+|daylight\s+|summer\s+)?time\b",
        )
        # 'until 2359Z on 23 May': military time in Zulu
        + "|"
        + n("zulu", r"(?<=\d)z\b")
        + ")?"
        + "(?:"
        + n("bracket", _BRACKET_ZONE)
        + ")?"  # '17:00 IST (11:30 GMT)'
        # one blank only: '00:05  SATURDAY: ...' on a ticker is a stamp, then a label
        # '11:59 p.m. of Aug. 27', as Philippine copy writes it; '18:45 of yesterday', as a
        # translation from Arabic does
        + r"(?:(?:\s*,\s*|\s(?![ \t]))(?:on\s+|of\s+(?=\S+\s+\d|(?:yesterday|today|tomorrow)\b)|"
        + n("dayrel", r"this|next|last")
        + r"\s+)?"
        + _day_ref(n, dated_weekday=True)
        + ")?"
    )


def _fam_day_at_time(n: Namer) -> str:
    return (
        _day_ref(n)
        + r"\s+at\s+"
        + _time(n)
        + r"(?:\s+"
        + n("zone", ZONE)
        + ")?(?:"
        + n("bracket", _BRACKET_ZONE)
        + ")?"
    )


def _fam_weekday_date(n: Namer) -> str:
    # 'In this Thursday, Nov. 23, 2006 file photo': the date, not this week's Thursday;
    # 'Late on Friday, April 1,': one day, not a Friday of this week beside April 1
    return (
        "(?:"
        + n("mod2", "early|late")
        + r"\s+(?:on\s+)?)?"
        + r"(?:(?:this|last|next)\s+)?"
        + n("wd", WEEKDAY)
        + r"(?:\s*,)?\s+(?:the\s+)?(?:"
        + n("month", MONTH)
        + r"\s+"
        + n("day", DAY)
        + "|"
        + n("day2", DAY)
        + r"\s+(?:of\s+)?"
        + n("month2", MONTH)
        + ")"
        + r"(?:(?:\s*,)?\s+"
        + n("year", YEAR)
        + ")?"
    )


_NOT_A_DAY_AFTER = r"(?!\s*(?:%|percent|p\.m|a\.m|pm\b|am\b|[:,.]\d|-\d))"

# A diary's short weekday and day ('Mon 16', 'Sat 24th'), or a full weekday with an ordinal
# day ('Sunday the 19th'); never across a line, nor before what the number counts
# ('Saturday, 4 dead', 'Monday, the 20th anniversary').
_CALENDAR_DAY_AFTER = (
    r"(?![/.:]\d)"
    + _NOT_A_DAY_AFTER
    + r"(?![ \t]+(?:of[ \t]+)?"
    + MONTH
    + r")(?![ \t]+(?:anniversary|birthday|time|round|session|day|edition|century|year|week)\b)"
)
_CALENDAR_SHORT = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b\.?"
_CALENDAR_DAY = r"(?:[12]\d|3[01]|0?[1-9])"


def _calendar_day(n: Namer, weekday: str, day: str) -> str:
    return (
        "(?:(?-i:(?=[A-Z]))"
        + n(weekday, _CALENDAR_SHORT)
        + r"[ \t]+"
        + n(day, _CALENDAR_DAY + r"(?:st|nd|rd|th)?\b")
        + "|"
        + n(weekday + "f", WEEKDAY)
        + r",?[ \t]+(?:the[ \t]+)?"
        + n(day + "f", _CALENDAR_DAY + r"(?:st|nd|rd|th)\b")
        + ")"
        + _CALENDAR_DAY_AFTER
    )


def _fam_weekday_nth(n: Namer) -> str:
    """'Mon 16', 'Tue 17 - Thu 19', 'Sunday the 19th': a weekday with its day of the month,
    as a diary or a week-ahead box writes them; the month is the one near the report (or
    the day last told) in which the two agree."""
    return (
        _calendar_day(n, "nwd", "nday")
        + r"(?:[ \t]*(?:-|\u2013|to|until)[ \t]*"
        + _calendar_day(n, "nwd2", "nday2")
        + ")?"
    )


def _range_lead(n: Namer, between: bool) -> str:
    return n("lead", "between") + r"\s+" if between else "(?:" + n("lead", "from") + r"\s+)?"


def _fam_range_md(n: Namer, between: bool = False) -> str:
    return (
        _range_lead(n, between)
        + n("month", MONTH)
        + r"\s+"
        + n("day", DAY)
        + (r"\s+and\s+" if between else DASH_NOT_AND)
        # a second month name makes two dates, as TimeML tags 'from Aug. 26 to Oct. 20'
        + n("day2", DAY)
        + _NOT_A_DAY_AFTER
        + r"(?:(?:\s*,)?\s+"
        + n("year", YEAR)
        + ")?"
    )


def _fam_range_dm(n: Namer, between: bool = False) -> str:
    return (
        _range_lead(n, between)
        # not the number of a paper: 'Working Paper 2021/04 - 11 March 2021'
        + r"(?<![/\d])"
        + n("day", DAY)
        + (r"\s+and\s+" if between else DASH_NOT_AND)
        + n("day2", DAY)
        + r"\s+"
        + n("month2", MONTH)
        + r"(?:(?:\s*,)?\s+"
        + n("year", YEAR)
        + ")?"
    )


def _fam_day_month_figures(n: Namer) -> str:
    """'Wed 29/05', 'on 28/05': a day and month in figures without a year, as bulletins and
    logs write them; only after a weekday or 'on', and only in full two-digit parts."""
    return (
        "(?:"
        # ('Sun. 4/3', but not 'on Friday. 5/14', a thread's count of its posts)
        + n("fwd", alternation([*LEXICON.weekdays, "wed", "sat", "sun"]) + r"\b")
        + r"(?:(?<=\b\w{3})\.|(?<=\b\w{4})\.)?\s+|"
        + _after("on")
        + r"(?=\d\d[/.]\d\d|\d\d?/\d\d?(?![\d/]))"
        # 'in the early morning of 14/03', 'around 10/04', 'from 6/5 to 6/10' in a log that
        # writes its dates in figures: other prepositions only before a slashed pair ('the
        # proposal of 04.03' is a number)
        + "|(?:"
        + _after(
            "of",
            "for",  # 'next ration promised for 25/3'
            "from",
            "since",
            "until",
            "till",
            "by",
            "around",
            "before",
            "after",
            "to",
            "through",
        )
        + r"(?=\d\d?/\d\d?(?![\d/])))"
        # an incident log's cell ('| 14/08 |'), or a day and month with its clock time
        # ('12/08 21:40', a diary's '22/8, 23:40', a security log's '01/05, 0530 hrs')
        + r"|(?<=\|\s)(?=\d\d/\d\d)"
        # an action log's fields: 'Raised: 03/10 | Due: 31/10', '(due 16/10)', 'set for 29/10'
        + "|"
        + _after("due", "due:", "raised:", "opened:", "closed:", "deadline:", "set for")
        + r"(?=\d\d?/\d\d?(?![\d/]))"
        + r"|(?<![\w/.:])(?=\d\d/\d\d?,?\s+(?:\d\d:\d\d\b|[0-2]\d[0-5]\d\s*(?:hrs|hours|h)\b))"
        + ")"
        # the first figure and the second: day and month ('on 28/05', 'on 06.10' as Russian
        # and European statements write it, 'Tue 20.8', 'Sun 4/3'), or month and day as
        # American logs write them ('Thursday 6/22'); the resolver reads which
        + n("fday", r"(?:3[01]|[12]\d|0?[1-9])")
        + "[/.]"
        + n("fmonth", r"(?:3[01]|[12]\d|0?[1-9])")
        + r"(?![\w/]|\.\d)(?!\s*(?:%|per\s*cent|percent))"
        # 'by 2/3 majority', 'of 3/4 of the convoys': a fraction
        + r"(?!\s+(?:of|majority|majorities|share|vote|votes)\b)"
        # 'on the night of 11/12 October' is two days of October
        + r"(?!\s+"
        + MONTH
        + ")"
    )


def _fam_listed_day(n: Namer) -> str:
    """A day listed with a month-day: '10' in 'on 10 and 12 March', '25' in 'April 24 and 25'."""
    return (
        n("lday", DAY)
        + r"(?=\s+and\s+"
        + DAY
        + r"\s+(?:of\s+)?"
        + n("lmonth", MONTH)
        + r"(?:(?:\s*,)?\s+"
        + n("lyear", YEAR)
        + ")?)"
        # not '... since March 1, and 11 were reported': a count starting a clause
        + r"|(?<=\band\s)(?<!,\sand\s)"
        + n("aday", DAY)
        + _NOT_A_DAY_AFTER
        + r"(?![\w-])(?!\s+(?:of\s+)?"
        + MONTH
        + r")(?!\s+(?:were|was|are|is|have|has|had|will|more|others|people)\b)"
    )


# 'October 14 of that year', 'in March of the same year': the year the story last named.
_THAT_YEAR = (
    r"(?:that(?:\s+same)?|the\s+same|the\s+following|the\s+next|the\s+previous"
    r"|the\s+preceding)\s+year\b(?![-\u2019'])"
)


def _year_or_relative_year(n: Namer) -> str:
    """', 2016' or ' last year' after a month-day: 'on October 7 last year' is one date."""
    return (
        r"(?:(?:\s*,)?\s+"
        + n("year", YEAR)
        + r"|\s+(?:of\s+)?"  # 'since October 7 of last year', as spoken
        + n("relyear", r"last|next|this")
        + r"\s+year\b(?![-\u2019'])(?!\s+(?:to|ago|earlier|later)\b)"
        + r"|(?:\s*,)?\s+(?:of\s+)?"
        + n("thatyear", _THAT_YEAR)
        # '15 June 2505 (1962)': a Buddhist-era year with its Gregorian twin
        + r"|\s+2[45]\d\d\s*\(\s*"
        + n("beyear", YEAR)
        + r"\s*\)"
        + ")?"
    )


def _fam_mdy(n: Namer) -> str:
    return (
        _mod(n)
        + n("month", MONTH)
        + r"\s+"
        + n("day", DAY)
        + _NOT_A_DAY_AFTER
        + _year_or_relative_year(n)
    )


# what an official text calls itself: 'this Decree', 'this Order', 'this Proclamation'
_THIS_DOCUMENT = (
    r"this\s+(?:decree|order|proclamation|ordinance|notice|instrument|regulations?|act)\b"
)
_DONE_TO_IT = r"(?:signature|signing|publication|adoption|issue)"


def _fam_doc_day(n: Namer) -> str:
    """The days an order or a decree counts from itself: 'with effect from the date of this
    Proclamation', 'takes effect on the date of its signature', 'within fifteen days of the
    signature of this Decree', 'the thirtieth day following the publication of this Decree'."""
    return (
        r"(?:the\s+)?(?:date|day)\s+of\s+(?:"
        + n("dself", r"(?:the\s+)?(?:" + _DONE_TO_IT + r"\s+of\s+)?" + _THIS_DOCUMENT)
        + "|"
        + n("dits", r"its\s+" + _DONE_TO_IT)
        + r"\b)"
        + "|"
        + n("dn", NUMBER)
        + r"\s+"
        + n("dunit", r"days?|weeks?|months?")
        + r"\s+(?:of|after|from|following)\s+(?:the\s+)?(?:date\s+of\s+)?(?:"
        + _DONE_TO_IT
        + r"\s+of\s+)?"
        + _THIS_DOCUMENT
        + "|"
        + r"the\s+"
        + n("dord", alternation(LEXICON.day_ordinals))
        + r"\s+day\s+(?:following|after)\s+(?:the\s+)?"
        + _DONE_TO_IT
        + r"\s+of\s+"
        + _THIS_DOCUMENT
    )


def _fam_legal_day(n: Namer) -> str:
    """The day as deeds and orders write it: 'on the 14th day of March 2019', 'this 5th day of
    June', 'the fourteenth day of March, two thousand and nineteen'."""
    return (
        r"(?:the|this)\s+"
        + n(
            "lgday",
            r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|" + alternation(LEXICON.day_ordinals),
        )
        + r"\s+day\s+of\s+"
        + n("lgmonth", MONTH)
        + r"(?:,?\s+(?:in\s+the\s+year\s+)?(?:"
        + n("lgyear", YEAR)
        + "|"
        + n(
            "lgwords",
            r"two[- ]thousand(?:(?:[- ]and)?[- ](?:"
            + _TENS
            + "(?:[- ]"
            + _UNITS_1_9
            + ")?|"
            + _TEENS
            + "|"
            + _UNITS_1_9
            + r"))?\b|nineteen[- ](?:"
            + _YEAR_AFTER_NINETEEN
            + r")\b",
        )
        + "))?"
    )


def _fam_digest_month(n: Namer) -> str:
    """A monthly digest's own month, unnamed: 'early month', 'mid-month', 'late month',
    'by month's end', 'in first week'."""
    return (
        n("mod", r"early|mid|late")
        + r"[- ]month\b(?![-\u2019'])"
        # 'met early in month', 'subsided early in the month'
        + r"|"
        + n("mod3", r"early|late")
        + r"\s+in\s+(?:the\s+)?month\b(?![-\u2019'])"
        + r"|(?:(?<=by\s)|(?<=to\s)|(?<=until\s))"
        + n("mod2", r"month['\u2019]s\s+end|end\s+of\s+month")
        + r"\b"
        + r"|(?<=in\s)"
        + n("modw", r"first\s+week")
        + r"\b(?!\s+of\b)"
    )


_NUMBERED_THINGS = (
    "route", "highway", "interstate", "road", "room", "flight", "gate", "platform", "bus",
    "line", "chapter", "section", "article", "no.", "pier", "terminal", "ward",
)  # fmt: skip
_NOT_AFTER_A_NUMBERED_THING = "".join(rf"(?<!\b{re.escape(word)}\s)" for word in _NUMBERED_THINGS)


def _fam_dmy(n: Namer) -> str:
    return (
        # not '4/12 Apr 16' at a line's start (a thread's post count before its date), but
        # 'the night of 19/20 Sept'
        r"(?:the\s+)?(?<![\d.,])(?<!\n\d/)(?<!\n\d\d/)"
        # 'a storm drain on Route 31 Jan. 6, 2010': a number that names a road or a room
        + _NOT_AFTER_A_NUMBERED_THING
        # 'the first of April', spelled out only with 'the' and 'of'
        + n("day", DAY + r"|(?<=the\s)" + alternation(LEXICON.day_ordinals) + r"(?=\s+of\s)")
        # a correction's 'signed on 11, not 12, September': the first day is the right one
        + r"(?:,\s+not\s+"
        + DAY
        + r",)?\s+(?:of\s+)?"
        + n("month", MONTH)
        # '19 NOV 23', as a signal or a shipping advisory writes a day (the resolver keeps the
        # two figures only after a month in capitals)
        + r"(?:\s+"
        + n("yy", r"\d\d")
        + r"\b(?![.:,/-]?\d)|"
        + _year_or_relative_year(n)
        + ")"
    )


_MONTH_OF_30_DAY = r"(?:[12]\d|30|0?[1-9])"  # a day of a month of 30 days at most
_PERSIAN_DAY = r"(?:[12]\d|3[01]|0?[1-9])"  # the first six solar months have 31 days


def _fam_other_calendar(n: Namer) -> str:
    """A date of another calendar: the Ethiopian 'Hamle 1, 2010 E.C.' (month first), the
    Persian '23 Khordad 1404' (or, as Afghanistan names its months, '28 Asad 1397'), the
    Hijri '28 Sha'ban 1446 AH' and the Hebrew '18 Av 5771' (day first)."""
    months = LEXICON.calendar_months
    return (
        n("etm", alternation(months["ethiopian"]))
        + r"\s+"
        + n("etd", _MONTH_OF_30_DAY)
        + r"\b(?!\s*(?:%|percent|per\s+cent))(?:,?\s+"
        + n("ety", r"(?:19|20)\d\d")
        + r"(?:\s*(?:E\.\s?C\.|EC\b))?)?"
        + "|"
        + _day_first(n, "fa", _PERSIAN_DAY, months["persian"], r"1[34]\d\d", "")
        + "|"
        + _day_first(n, "hi", _MONTH_OF_30_DAY, months["hijri"], r"1[34]\d\d", r"AH\b|A\.H\.")
        + "|"
        + _day_first(n, "he", _MONTH_OF_30_DAY, months["hebrew"], r"5[6-8]\d\d", "")
    )


def _day_first(n: Namer, key: str, day: str, months: Iterable[str], year: str, era: str) -> str:
    """A day, a month of another calendar and perhaps its year: '23 Khordad 1404', '28
    Sha'ban 1446 AH', and as a translation writes it, 'the 4 of Rabi al-Awwal 1435'; the parts
    are named ``key`` + d, m, y."""
    return (
        r"(?:the\s+(?=\d))?"
        + n(key + "d", day)
        + r"(?:\s+of)?\s+"
        + n(key + "m", alternation(months))
        + r"\b(?:,?\s+"
        + n(key + "y", year)
        + r"\b)?"
        + (rf"(?:\s*(?:{era}))?" if era else "")
    )


def _fam_month_range(n: Namer) -> str:
    # 'in December 2018 and March 2019' lists two months; only 'between' makes a range of 'and'
    return (
        "(?:"
        + n("lead", "between")
        + r"\s+"
        + n("month_a", MONTH_FULL)
        + r"(?:\s+"
        + n("year1_a", YEAR)
        + ")?"
        + DASH
        + r"|(?:from\s+)?"
        + n("month", MONTH)
        + r"(?:\s+"
        + n("year1", YEAR)
        + ")?"
        + DASH_NOT_AND
        + ")"
        + n("month2", MONTH)
        + r"(?:\s*,)?\s+"
        + n("year", YEAR)
        # Without a year, a range needs its lead or a dash to be one: 'between February
        # and May', 'March-April - ...' in a chronology; 'March and April' may list two.
        + "|"
        + n("lead_b", "between|from")
        + r"\s+"
        + n("month_b", MONTH_FULL)
        + DASH
        + n("month2_b", MONTH_FULL)
        + "|"
        # 'March-April', 'Sept.-Oct.' as a chronology's head
        + n("month_c", MONTH)
        + r"\s*[-\u2013\u2014]\s*"
        + n("month2_c", MONTH)
    )


_TEENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
# What follows 'nineteen' in a year read out: 'ninety-seven', 'oh five', 'hundred'.
_YEAR_AFTER_NINETEEN = (
    _TENS + "(?:[- ]" + _UNITS_1_9 + ")?|" + _TEENS + "|hundred|oh[- ]" + _UNITS_1_9
)
# A year read out in a broadcast transcript: 'nineteen ninety-seven', 'nineteen oh five'.
SPELLED_YEAR = r"nineteen[- ](?:" + _YEAR_AFTER_NINETEEN + r")\b"


def _fam_month_year(n: Namer) -> str:
    return (
        _mod(n)
        + n("month", MONTH)
        + r"(?:\s*,)?\s+(?:of\s+)?(?:"
        + n("year", YEAR)
        + "|"
        + n("syear", SPELLED_YEAR)
        + "|"
        + n("rel", "this|last|next")
        + r"\s+year\b|"
        + n("thatyear", _THAT_YEAR)
        + ")"
    )


def _fam_week_of(n: Namer) -> str:
    return (
        # 'the week of 21 November', 'w/c 25 July', 'the week beginning 3 June', and the
        # week a digest counts up to: 'the week to Sunday', 'the week ending 14 June'
        r"(?:the\s+week\s+(?:of|commencing|beginning|starting)|w/c|"
        + n("upto", r"(?:the\s+)?week\s+to")
        + r")\s+(?:"
        + n("twd", WEEKDAY)
        + "|"
        + n("month", MONTH)
        + r"\s+"
        + n("day", DAY)
        + "|"  # 'the week of 21 November'
        + n("dday", DAY)
        + r"\s+"
        + n("dmonth", MONTH)
        + r")(?:(?:\s*,)?\s+"
        + n("year", YEAR)
        + ")?"
        # 'in the first week of June', 'the last week of March 2019'
        + r"|(?:the\s+)?"
        + n("wnth", r"first|second|third|fourth|last|final")
        + r"\s+week\s+of\s+"
        + n("wmonth", MONTH)
        + r"(?:(?:\s*,)?\s+"
        + n("wyear", YEAR)
        + ")?"
    )


_FISCAL = r"(?:fiscal\s+)?"
_WHICH_QUARTER = (
    r"latest|current|previous|same|past|recent|year-ago|year-earlier|most\s+recent|comparable"
    r"|corresponding|this|last|next|coming|a\s+flat"
)


def _fam_quarter(n: Namer) -> str:
    return (
        _mod(n)
        + r"(?:the\s+(?![\w]+-quarter))?"
        + _FISCAL
        + "(?:"
        + n("cmp", r"year-earlier|year-ago")
        + r"\s+)?(?:"
        + _FISCAL
        + n("year1", YEAR)
        + r"\s+|"
        + n("rel", r"next\s+year|last\s+year|this\s+year")
        + r"'s\s+)?"
        + n("ord", ORDINAL)
        + r"(?:\s+|-)"
        + _FISCAL
        + r"quarter\b"
        + r"(?:\s+of\s+"
        + _FISCAL
        + "(?:"
        + n("year", YEAR)
        + "|"
        + n("rel2", "this|last|next")
        + r"\s+year))?"
        + r"|(?:the\s+)?"
        + n("which", _WHICH_QUARTER)
        + r"\s+"
        + _FISCAL
        + n("what", "quarter|period")
        + r"\b(?!-)(?!\s+century\b)(?:\s+"
        + n("lastyear", r"(?:a\s+year\s+(?:ago|earlier)|last\s+year)")
        + ")?"
        # 'the holiday quarter': October to December, as retail and technology copy says
        + r"|(?:the\s+)?"
        + n("holq", r"holiday(?:-season)?")
        + r"\s+quarter\b"
        + r"|(?:the\s+)?"
        + n("qyear", YEAR)
        + r"\s+"
        + n("what2", "quarter|period")
        + r"\b"
        + r"|\b"
        + n("q", "Q[1-4]")
        + r"(?:\s+"
        + n("year2", YEAR)
        + r")?\b(?![-/.]\d)"  # not a model name: 'Q3-2'
        # 'H2 2013', 'H1 2014': a half-year, as a results statement writes it (never alone:
        # 'H1' is as often a road or a visa)
        + r"|\b"
        + n("h", "H[12]")
        + r"\s+"
        + n("hyear", YEAR)
        + r"\b"
        + r"|the\s+quarter\b(?!-)(?:\s+"
        + n("lastyear2", r"(?:a\s+year\s+(?:ago|earlier)|last\s+year)")
        + ")?"
        # 'the June quarter', 'the January-March quarter': named by the month it ends in
        + r"|(?:the\s+)?(?:"
        + _MONTH_FULL
        + r"-)?"
        + n("qmonth", _MONTH_FULL)
        + r"\s+quarter\b"
    )


def _fam_season(n: Namer) -> str:
    return (
        _mod(n)
        + "(?:"
        + n(
            "rel",
            r"this\s+past|this\s+coming|this|last|next|past|coming"
            r"|the\s+(?:following|next|previous|preceding)|the|that",
        )
        + r"\s+)?"
        + n("season", SEASON)
        # 'the Mid-Autumn Festival', 'the Spring Festival', 'the Autumn Statement': names
        + r"(?![-\s]+(?:Festival|Statement|Olympics|Games)\b)"
        # 'the fall semester', 'the spring term': a school's half of a year, named by season
        + r"(?:\s+"
        + n("term", "semester|term")
        + r"\b)?"
        + r"(?:\s+(?:of\s+)?(?:"
        + n("year", YEAR)
        # 'the winter of 1996-97': the winter that began in 1996
        + r"(?:[-\u2013/](?:\d\d)?\d\d\b)?"
        + "|"
        + n("syear", SPELLED_YEAR)
        + "))?"
        # 'the spring of this year', 'the autumn of last year'
        + r"(?:\s+of\s+"
        + n("yrel", "this|last|next")
        + r"\s+year\b)?"
    )


_DECADE_WORDS = r"twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"


def _fam_decade(n: Namer) -> str:
    return (
        _mod(n)
        + r"(?:the\s+)?(?:"
        + n("dec", r"(?<![\w$])(?:1[5-9]\d|20\d)")
        + r"0'?s\b"
        + "|'"
        + n("dec2", r"\d")
        + r"0s\b"
        + r"|(?<=the\s)(?:nineteen[- ])?"
        + n("decw", _DECADE_WORDS)
        + r"\b)"
    )


def _fam_century(n: Namer) -> str:
    return (
        _mod(n)
        # 'the 19th century', 'the eighth century'; 'the sixth-century church' leaves 'the'
        # to the noun the adjective describes
        + r"(?:the\s+(?=[\w-]+\s+century))?"
        + n(
            "cent", r"\d{1,2}|" + alternation(w for w, k in LEXICON.day_ordinals.items() if k <= 21)
        )
        + r"(?:st|nd|rd|th)?[- ]century\b"
    )


def _fam_holiday(n: Namer) -> str:
    return (
        # 'the Memorial Day weekend': the weekend keeps its article, as 'the weekend' does
        r"(?:the\s+(?="
        + alternation(LEXICON.holidays)
        + r"\s+(?:holiday\s+)?weekend\b))?"
        # 'on the eve of Yom Kippur': the day before the feast
        + "(?:"
        + n("eve", r"the\s+eve\s+of")
        + r"\s+)?"
        + "(?:"
        + n("rel", "last|this|next")
        + r"\s+)?"
        + n("holiday", alternation(LEXICON.holidays))
        # 'over the Christmas weekend', 'the Memorial Day holiday weekend'
        + r"\b(?:\s+(?:holiday\s+)?"
        + n("hweekend", "weekend")
        + r"\b)?(?:,?\s+"  # 'Christmas Day, 1909'
        + n("year", YEAR)
        # 'on Christmas Eve last year', 'On Easter Sunday that year'
        + r"|\s+"
        + n("hyrel", r"last|next|this|that")
        + r"\s+year\b)?"
    )


_OFFSET_DIR = r"ago|earlier|later|from\s+now|hence|before(?=\s*[.,;)])|after(?=\s*[.,;)])|back"


def _fam_offset(n: Namer) -> str:
    return (
        # 'On this day 20 years ago': that day, so many years back
        "(?:"
        + n("thisday", r"(?:on\s+)?this\s+(?:very\s+)?day")
        + r",?\s+)?"
        + "(?:"
        + n("approx", APPROX)
        + r"\s+)?(?:"
        + n("n", NUMBER + "|" + VAGUE_COUNT)
        + r"(?:\s+|-))?"
        + n("unit", UNIT)
        + r"(?:\s+or\s+so)?\s+"
        + n("dir", _OFFSET_DIR)
        + r"\b"
        # 'out of here for four days earlier this month': a length, then a time of its own
        + r"(?!(?:(?<=earlier)|(?<=later))\s+(?:this|last|next)\s+(?:week|month|year)\b)"
        # 'twenty-five years ago this month': the same month, so many years back ('Eleven
        # years ago next month': the month after it); 'Ten years ago on Wednesday', 'Seventy
        # years ago next Thursday': that day's anniversary
        + r"(?:(?<=ago)\s+"
        + n(
            "same",
            r"this\s+month|this\s+week|(?:next|last)\s+month|today|tomorrow|yesterday"
            r"|(?:(?:on|next|this)\s+)?" + WEEKDAY,
        )
        + r"\b)?"
        + "|"
        # 'A similar agreement was reached before two weeks', 'before three days': ago, as
        # translations from Arabic and South Asian English write it; not 'before two weeks
        # had passed' nor 'before two weeks of talks'
        + r"(?<![\w-])before\s+"
        + n("bn", NUMBER)
        + r"\s+"
        + n("bunit", UNIT)
        + r"(?=\s*[,.;:\"\u201d]|\s+(?:on|in|at|when|between|with|and|from|by|during)\b)"
        + "|"
        # 'a fortnight today', 'a week tomorrow', 'a week on Friday', 'a week from Tuesday':
        # so long after the day named (the coming Friday); 'suspended for a week on Friday'
        # is a week long
        + r"(?<!\bfor\s)(?:a|one)\s+"
        + n("span", r"week|fortnight")
        + r"\s+(?:from\s+)?"
        + n("fromday", r"today|tomorrow|on\s+" + WEEKDAY + r"|(?<=from\s)" + WEEKDAY)
        + r"\b"
        + "|"
        + n("adj", r"year-earlier|year-ago|a\s+year\s+earlier|a\s+year\s+ago")
        + r"\b"
        + "|"
        # 'On this day in 1913', 'This week in 1945': the same day or week of that year
        + r"(?:on\s+)?this\s+"
        + n("thisin", r"day|week")
        + r"\s+in\s+"
        + n("inyear", YEAR)
        + r"\b"
        + "|"
        # 'This time last year we were closing clinics': the same month a year before
        + n("thistime", r"(?:at\s+)?(?:this|the\s+same)\s+time\s+(?:last\s+year|a\s+year\s+ago)")
        + r"\b"
    )


_ANAPHORA_WHICH = (
    r"the\s+following|the\s+next|the\s+previous|the\s+same|that\s+same|that|the\s+preceding"
    r"|the\s+prior"
    # '75 years to the day after the first crossing' says an anniversary, not a next day
    r"|(?<!years\sto\s)(?<!year\sto\s)(?<!months\sto\s)the\s+day"
    # 'seized the week before', 'the year after': counted from the story's day
    r"|the\s+(?:week|month|year)(?=\s+(?:before|after)\b(?!\s+(?:the|a|an|his|her|its|their"
    r"|last|this|that|next)\b))"
    # 'later in the day', 'earlier in the week': the story's own day or week, as 'that'
    r"|(?<=later\s)in\s+the|(?<=earlier\s)in\s+the"
    # 'Next day Kim put his units on alert': a sentence may open without 'the'
    r"|(?-i:Next)(?=\s+(?:day|morning|afternoon|evening|night)\b)"
    # 'STC accepted next day but kept control', as a digest's telegraphic style drops it
    r"|(?<=[a-z]\s)(?-i:next)(?=\s+day\s*[,;.:)]|\s+day\s+(?:but|and|after|when|as)\b)"
)


def _fam_anaphora(n: Namer) -> str:
    # 'the day before yesterday' is a relative day of its own.
    what = (
        r"day|morning|afternoon|evening|night|week|month|year|weekend"
        r"|before(?!\s+yesterday\b)|after(?!\s+tomorrow\b)"
    )
    return (
        _mod(n)
        + n("which", _ANAPHORA_WHICH)
        + r"\s+"
        + n("what", what)
        + r"\b(?!-)"
        # 'the day before last Tuesday's hearing' counts from that weekday.
        + r"(?:\s+(?:"
        + n("arel", r"last|next|this")
        + r"\s+)?"
        + n("awd", WEEKDAY)
        + ")?"
    )


_FIXED_HOLIDAYS = [
    name for name, rule in LEXICON.holidays.items() if re.fullmatch(r"\d\d-\d\d", rule)
]


def _fam_set(n: Namer) -> str:
    every = (
        WEEKDAY
        + "|"
        + DAY_PART
        + "|day|week|month|year|weekend|quarter|hour|fortnight|decade|century|"
        + _MONTH_FULL  # 'each October', as TimeML writes XXXX-10 (not 'each May 1')
        + r"(?!\s+\d)|"
        + alternation(LEXICON.seasons)  # 'every summer': XXXX-SU
        + "|"
        # 'every Christmas Eve', 'each Veterans Day': a holiday on a fixed day, XXXX-12-24
        + alternation(_FIXED_HOLIDAYS)
    )
    return (
        r"(?:every\s+(?:"
        + n("other", r"other")
        + r"\s+)?|each\s+(?!other\b))"  # 'fired at each other Thursday'
        + n("every", every)
        + r"\b"
        # 'every Thursday afternoon': that part of every Thursday
        + r"(?:(?<=day)\s+"
        + n("everypart", DAY_PART)
        + ")?"
        + "|"
        # 'every two weeks', 'every 48 hours'
        + r"every\s+"
        + n("everyn", r"\d+|two|three|four|five|six|seven|eight|ten|twelve|few|several")
        + r"\s+"
        + n("everyunit", UNIT)
        + "|"
        # 'twice a week'; 'six days a week', 'seven nights a week': so many of its days
        + n("freq", "once|twice|" + NUMBER + r"\s+(?:times|days?(?=\s+a\s+week)|nights)")
        + r"\s+(?:a|per|each|every)\s+"
        + n("per", UNIT_SINGULAR)
        # 'on Sundays', 'matinees on Wednesdays and Sundays', 'open Thursdays', 'Saturday
        # mornings'; not 'the Sundays' of a name
        + r"|(?<!the\s)(?<!of\s)"
        + n("plural", "(?:mon|tues|wednes|thurs|fri|satur|sun)days")
        + r"\b(?:\s+"
        + n("pluralpart", r"mornings|afternoons|evenings|nights")
        + r"\b)?"
        + r"|(?<!the\s)(?<!of\s)"
        + n("partwd", WEEKDAY)
        + r"\s+"
        + n("partsof", r"mornings|afternoons|evenings|nights")
        + r"\b"
        + "|"
        + n("word", alternation(LEXICON.sets))
        + r"\b"
        # 'results are reported quarterly': as an adverb only, as TimeBank tags it ('the
        # quarterly dividend' it leaves alone)
        + r"|"
        + n("quarterly", "quarterly")
        + r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|in|on|at|by|to|for|from|with|since|until|through)\b)"
        # 'open weekdays from 6 a.m.', 'brunch on weekends'; not 'the weekends of July'
        + r"|(?<!the\s)(?<!of\s)(?<!\d\s)"
        + n("weekpart", r"weekdays|weekends")
        + r"\b"
        # 'every July 1', 'each Dec. 31': that day of every year
        + r"|(?:every|each)\s+"
        + n("emonth", MONTH)
        + r"\s*"
        + n("eday", r"[12]\d|3[01]|0?[1-9]")
        + r"\b(?!,?\s*\d{4})"
    )


_DURATION_PRE = (
    "past|last|next|coming|previous|first|final|latest|following|initial|remaining|same"
    "|ensuing|intervening"
)
_BARE = (
    r"(?:(?:the|these|those)\s+)?(?:past|last|next|coming|recent)\s+(?:few\s+|several\s+)?"
    r"(?:days|weeks|months|years|decades|hours)\b"
    # 'over the past day': a day's length up to now ('the past week' is the week before)
    r"|the\s+past\s+day\b(?!\s+(?:of|or)\b)"
    # 'in the past hour', 'within the next hour': an hour's length (not 'the last hour of')
    r"|the\s+(?:past|last|next)\s+hour\b(?!\s+(?:of|or)\b)"
    r"|(?:the\s+)?(?:days|weeks|months|years)\s+ahead\b"
    + "|"
    + _after("over", "in")
    + r"the\s+years\b"  # 'over the years', 'in the years since'
)
_SPENDING_VERBS = (  # noqa: SIM905 - a list of words reads best as words
    "take takes took taking taken spend spends spent spending wait waits waited waiting"
    " lasted lasting"
).split()
_PLURAL_UNIT = r"(?:days|weeks|months|years|decades|centuries|hours)\b"
# 'for years', 'in decades', and a length the verb takes: 'could take years', 'spent days in
# basements', 'may wait weeks longer'; 'within days of arriving' is as long, 'days of rain' not
_FOR_PLURAL = (
    _after("for", "within", "in")
    + _PLURAL_UNIT
    + r"(?!\s+(?:of|to|ago|later|before|after)\b)"
    + "|"
    # 'took months to plan': here 'to' starts what the time was spent on
    + _after(*_SPENDING_VERBS)
    + _PLURAL_UNIT
    + r"(?!\s+(?:of|ago|later|before|after)\b)"
    + "|"
    + _after("within")
    + _PLURAL_UNIT
    + r"(?=\s+of\b)"
)


# 'the last days of April', 'the first day of March', 'the last days of 1987': a part of
# the month or the year, read there
_PART_OF_A_MONTH_AHEAD = (
    r"(?!the\s+(?:first|last|final|closing|opening|second)\s+(?:(?:six|6)\s+)?"
    r"(?:days?|weeks|months)\s+of\s+(?:" + MONTH_FULL + r"|(?:1[89]|20)\d\d\b))"
)


# the smaller units that may follow a length's unit: 'two hours, 7 minutes and 12 seconds',
# 'two years, three months and eight days' ('11 days, three days longer' is two lengths)
_SMALLER_UNITS = {
    "year": r"months?|weeks?|days?",
    "month": r"weeks?|days?",
    "week": r"days?",
    "day": r"hours?|minutes?",
    "hour": r"minutes?|seconds?",
    "minute": r"seconds?",
}
_SMALLER_PARTS = "|".join(
    rf"(?:(?<={unit})|(?<={unit}s))(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:\d{{1,4}}(?:\.\d+)?|"
    + _SMALL
    + rf")\s+(?:{smaller})\b(?!\s+a\s+(?:day|week|month|year)\b)){{1,3}}"
    for unit, smaller in _SMALLER_UNITS.items()
)


# 'almost overnight', 'virtually overnight': suddenly, at no time of night
_NOT_SUDDENLY = (
    r"(?<!\balmost\s)(?<!\bvirtually\s)(?<!\bnearly\s)(?<!\bpractically\s)"
    r"(?<!\bliterally\s)"
)


def _fam_duration(n: Namer) -> str:
    # A bound ('nearly', 'more than') and 'about' stay inside a duration, as the TimeML
    # guidelines and every hand-annotated set here have them (TBAQ is split on 'about'); 'the'
    # stays outside an adjective: 'the two-week (truce)'.
    return (
        _PART_OF_A_MONTH_AHEAD
        + r"(?:the\s+(?![\w]+-\w)(?:"
        + n("pre", _DURATION_PRE)
        + r"\s+)?|"
        # Without 'the', 'last' is more often the verb: 'the truce will last 14 days'.
        + n("pre2", "past|next|coming|first|final|remaining")
        + r"\s+)?"
        + "(?:(?:"
        + n(
            "bound",
            r"nearly|more\s+than|less\s+than|fewer\s+than|no\s+more\s+than|up\s+to|at\s+least"
            r"|about|around|roughly|approximately|almost",
        )
        + r"\s+)?"
        + n("n", NUMBER + "|" + VAGUE_COUNT)
        + r"(?:\s+(?:or|to)\s+"
        + n("n2", NUMBER)
        + ")?"
        + r"(?:\s+and\s+a\s+half)?(?:\s+more|\s+additional)?(?:\s+|-)"
        + n("unit", UNIT)
        # 'roughly one day a week' is how often, not how long
        + r"(?!\s*-\s*old)(?!-)(?!(?<=day)\s+a\s+week\b)(?!(?<=days)\s+a\s+week\b)"
        # 'a quarter of a century' is read whole below
        + r"(?!(?<=quarter)\s+(?:of\s+an?\s+)?(?:hour|day|year|century|decade)\b)"
        + r"(?:\s+and\s+a\s+half)?"
        # 'two hours and 40 minutes', '2 hours, 9 minutes, 51 seconds', 'two years, three
        # months and eight days': the smaller units after it (the resolver checks the order)
        + n("more", _SMALLER_PARTS)
        + "?"
        + "|"
        + n(
            "half",
            r"half\s+an?|a\s+half|a\s+quarter(?:\s+of\s+an?)?"
            # 'for the next quarter century', 'the past quarter-century'
            r"|the\s+(?:next|last|past|first|following)\s+quarter(?=[\s-]+century\b)",
        )
        + r"[\s-]+"
        + n("hunit", "hour|day|year|century|decade")
        + r"\b"
        + "|"
        + n("bare", _BARE)
        # 'a decades-long conflict', 'a day-long meeting', 'a 72-hour-long truce'
        + r"|(?:"
        + n("ln", r"\d+|" + _SMALL)
        + "-)?"
        + n("lunit", UNIT.removesuffix(r"\b"))
        + r"-long\b"
        # 'for years', 'within weeks', 'the first time in decades'
        + "|"
        + n("bareplural", _FOR_PLURAL)
        + ")"
    )


def _fam_relative(n: Namer) -> str:
    rel = (
        r"this\s+past|this\s+coming|this|last|next|"
        + _BARE_PAST
        + r"|coming|previous|current|the\s+past|the\s+last|the\s+previous|the\s+following"
        r"|following"
    )
    what = "week|wk|month|year|decade|century|" + MONTH_FULL + "|weekend"
    return (
        _mod(n)
        + n("rel", rel)
        + r"\s+"
        + n("what", what)
        # 'this June 3, 2012' is a month-day, 'In this April 1996 file photo' a month-year
        + r"\b(?!-)(?!\s+\d{1,2}\b)(?!\s+(?:1[5-9]|20)\d\d\b)"
        + "|"
        # 'the weekend before last', 'the week before last'
        + r"the\s+"
        + n("beforelast", "weekend|week")
        + r"\s+before\s+last\b"
        + "|"
        + _mod(n, "modw")
        + r"the\s+"
        + n("what2", "weekend")
        + r"\b"
        + "|"
        + n("mod2", r"the\s+(?:end|beginning|start|middle|close|(?:first|last|final)\s+day)\s+of")
        + r"\s+the\s+"
        + n("what3", "week|month|year|quarter|decade|century")
        + r"\b"
        + "|"
        + n("yearend", r"year-end|year\s+end|year['\u2019]s\s+end")
        + r"\b"
        + "|"
        # 'a review is due in the new year', not 'New Year's Day'
        + n("newyear", r"the\s+new\s+year")
        + r"\b(?!['\u2019]s)"
    )


_RELDAY = (
    # ('day before yesterday', without 'the', as Indian and Pakistani papers write it)
    r"(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow"
    r"|today|yesterday|tomorrow|tonight"
    r"|tmrw|yday"  # as a reporter's notes shorten them
    # as the papers of the 1950s still wrote them; 'day-to-day' is no day
    r"|(?<![-\w])to-(?:day|night|morrow)(?!-)"
)


def _fam_relday(n: Namer) -> str:
    return (
        # 'at the dawn of today', 'since the morning hours of today', as translations write
        # 'at dawn today' and 'this morning'
        r"(?:the\s+)?"
        + n("ofpart", alternation([*LEXICON.day_parts, "dawn", "daybreak", "dusk", "sunset"]))
        + r"(?:\s+hours)?\s+of\s+"
        + n("ofday", r"today|yesterday|tomorrow")
        + r"\b|"
        + _mod(n)
        + n("rday", _RELDAY)
        + r"\b(?:\s+"
        + n("part", DAY_PART)
        + ")?"
        + "|"
        + n("this", "this|last")
        + r"\s+"
        + n("part2", DAY_PART)
        + "|"
        # 'mid-afternoon yesterday'; 'shelling resumed in the morning'
        + n("midpart", r"mid-?\s?(?:morning|afternoon)")
        + r"\b(?:\s+"
        + n("midday", r"yesterday|today|tomorrow")
        + r"\b|\s+"  # 'by midafternoon Tuesday'
        + n("midwd", WEEKDAY)
        + r")?"
        + "|"
        + _after("in", "by", "during", "through")
        + r"the\s+"
        + n("inpart", r"morning|afternoon|evening|early\s+hours")
        + r"\b(?!\s+(?:of|after|before)\b)(?!-)"
        + "|"
        # 'shelling began at dawn', 'by nightfall', 'spoke at lunchtime', 'quiet since dawn'
        + _after("at", "by", "before", "after", "until", "till", "from", "since")
        + n("edge", alternation(LEXICON.edge_parts))
        + r"\b(?!-)(?!\s+(?:prayers?|raids?|attacks?|patrols?)\b)"
        + r"(?:(?:\s*,)?\s+(?:on\s+)?"  # 'at dawn on Friday', 'at sunset on Monday 12 September'
        + _day_ref(n, dated_weekday=True)
        + ")?"
        + "|"
        # 'overnight Saturday', 'overnight on Tuesday': that day's night
        + r"(?<!\ban\s)(?<!\bthe\s)"
        + _NOT_SUDDENLY
        + r"overnight\s+(?:on\s+)?"
        + n("ovwd", WEEKDAY)
        + r"(?!\s+(?:morning|afternoon|evening|night)\b)"
        + "|"
        + r"(?<!\ban\s)(?<!\bthe\s)"  # 'an overnight stay' is no time
        + _NOT_SUDDENLY
        + n("overnight", "overnight")
        # Only as an adverb: 'raged overnight around Debaltseve', not 'an overnight stay'.
        + r"(?=\s*[,.;]|[ \t]*(?:\n|$)"  # or ending a line: '- broken twice overnight'
        r"|\s+(?:on|in|near|at|from|to|and|as|when|the|around|across|along|into|with|by|aboard"
        r"|outside|inside|against|amid|between|after|before|but|while|until|despite|that)\b"
        r"|\s+[a-z]+ed\b"  # 'strikes overnight killed 12 people'
        # 'bused out after overnight truce', 'overnight shelling killed 3': last night's
        r"|\s+(?:clash(?:es)?|fighting|shelling|attacks?|raids?|(?:air)?strikes?|bombardment"
        r"|bombing|truce|ceasefire|cease-fire|talks|violence|gunfire|skirmish(?:es)?)\b)"
        # 'recorded five incidents of firing during the night': the night just gone
        + "|"
        + _after("during", "through")  # 'talks ran through the night'
        # 'slept through the night' is a whole night's sleep, no time
        + r"(?<!sleep\sthrough\s)(?<!slept\sthrough\s)(?<!sleeps\sthrough\s)"
        + n("overnight2", r"the\s+night")
        + r"\b(?!\s+(?:of|before|after)\b)"
    )


# 'past' as a preposition after a verb is no 'past Friday': 'lasts past August', 'went past
# Friday', 'held past Sunday'
_BARE_PAST = (
    r"(?<![a-z]s\s)(?<![a-z]ed\s)(?<!\blast\s)(?<!\bgo\s)(?<!\bwent\s)(?<!\bwell\s)"
    r"(?<!\bjust\s)(?<!\bstay\s)(?<!\brun\s)(?<!\bran\s)(?<!\bhold\s)(?<!\bheld\s)past"
)
_WEEKDAY_REL = (
    r"this\s+coming|this\s+past|this|last|next|the\s+previous|the\s+following|the\s+next"
    r"|the\s+last|the\s+past|the\s+coming|coming|" + _BARE_PAST + "|that"  # 'the past Wednesday'
)


def _fam_nth_weekday(n: Namer) -> str:
    """'the first Monday in October', 'the second Monday of next month': a weekday counted
    within a month, as courts, councils and elections fix their days."""
    return (
        r"the\s+"
        + n("nth", r"first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th")
        + r"\s+"
        + n("nwd", r"(?:mon|tues|wednes|thurs|fri|satur|sun)day")
        + r"\s+(?:in|of)\s+(?:"
        + n("nmonth", MONTH_FULL)
        + r"(?:,?\s+"
        + n("nyear", YEAR)
        + r")?|"
        + n("nrel", r"next|this|last|the\s+following|the\s+previous")
        + r"\s+month\b)"
    )


# 'Sat', 'Wed' and 'Sun', as hurried e-mails write them, are weekdays only where a weekday
# stands: after 'on', 'since', 'by' and the like, or before a part of the day ('Wed morning')
_WEEKDAY_LEADS = ("on", "since", "by", "from", "until", "till", "and", "or", "last", "next", "this")
_AFTER_A_WEEKDAY_LEAD = "|".join(rf"(?<=\b{w}\s)" for w in _WEEKDAY_LEADS)
_WORD_WEEKDAY = (
    rf"(?:{_AFTER_A_WEEKDAY_LEAD}|(?=\w{{3}}\s+(?:morning|afternoon|evening|night)\b))"
    r"(?-i:Wed|Sat|Sun)\b(?![-\u2019'])"
)


def _fam_weekday(n: Namer) -> str:
    return (
        "(?:"
        + n("mod2", "early|late")
        + r"\s+(?:on\s+)?)?"
        + "(?:"
        + n("rel", _WEEKDAY_REL)
        + r"\s+)?"
        + n("wd", WEEKDAY + "|" + _WORD_WEEKDAY)
        + r"(?:\s+"
        + n("part", DAY_PART)
        + ")?"
        # 'on Thursday last week', 'on Thursday next week': the weekday of that week;
        # 'Tuesday week', as British papers write it: the Tuesday after the coming one
        + r"(?:(?:\s+|,\s*)(?:of\s+)?"  # 'Friday of last week', 'On Tuesday, last week'
        + n("wkrel", "last|next|this")
        + r"\s+week\b(?![-\u2019'])|[ \t]+"
        + n("wkafter", "week")
        + r"\b(?![-\u2019'\w])(?!\s+(?:of|in|to|before|after|ago|earlier|later|that|when)\b)"
        # 'on Monday next', 'on Tuesday last', as formal British prose writes them; never a
        # verb ('the talks on Monday last an hour')
        + r"|[ \t]+"
        + n("post", "next|last")
        + r"\b(?=[ \t]*[,.;:)\n]|[ \t]+(?:and|when|at)\b))?"
    )


_YEAR_KIND = r"(?:tax|crop|marketing|school|academic|financial|budget|fiscal)\s+year\b"


def _fam_year(n: Namer) -> str:
    return (
        _mod(n)
        # 'the 1996 tax year', 'the 2014-15 marketing year': one period, named by its year
        + r"(?:the\s+(?=\d{4}(?:[-\u2013/]\d{2,4})?\s+"
        + _YEAR_KIND
        + r"))?"
        + r"(?:pre-|post-)?"  # 'the pre-1967 lines'
        + r"(?:"
        + n("fiscal", r"fiscal(?:\s+year)?|the\s+year|calendar\s+year")
        + r"\s+)?"
        + n("year", YEAR)
        # on one line: '1997\n\n- 18 July: ...' is a heading over a chronology's first line
        + r"(?:[ \t]*[-\u2013\u2014][ \t]*"
        + n("year2", YEAR + r"|\d\d(?![\w%]|[.,/]\d)")
        + ")?"
        + r"(?:\s+"
        + n("yearkind", _YEAR_KIND)
        + ")?"
    )


def _fam_the_year(n: Namer) -> str:
    """'for the year', 'in the fiscal year': the year of the story, or a year's length;
    'this academic year', 'the current school year', 'this semester': a school's."""
    return (
        # (not 'the school year' alone: 'timed to the start of the school year' is any year's)
        n("school", r"this|next|last|the\s+(?:current|coming|new|next|previous)")
        + r"\s+"
        + n("schoolwhat", r"(?:school|academic)\s+year|semester")
        + r"\b(?![-\u2019'])(?!\s+(?:\d|before|after|earlier|ago))"
        + "|"
        + _after("in", "of", "by", "for", "during", "throughout")
        + r"the\s+(?:"
        + n("which", "full|fiscal|current|calendar|latest fiscal|current fiscal")
        + r"\s+)?year\b(?![-\u2019'])(?!\s+(?:\d|two|nineteen|before|after|earlier|ago))"
        # 'resume talks in the second half', 'output fell in the first half': the report's
        # year's, after a preposition ('the first half of 2013' is read whole elsewhere)
        + "|"
        + _after(
            "in", "during", "for", "over", "through", "since", "by", "until", "from", "to", "into"
        )
        + r"the\s+"
        + n("bhalf", r"first|second")
        + r"\s+half\b(?![-\u2019'])(?!\s+(?:of|century|decade|hour|season)\b)"
        # 'in the second half of the year': a half of the report's year
        + r"|the\s+"
        + n("yhalf", r"first|second|latter|last")
        + r"\s+half\s+of\s+the\s+year\b(?![-\u2019'])(?!\s+(?:\d|before|after|earlier|ago))"
    )


def _fam_spelled_year(n: Namer) -> str:
    """Years read out in broadcast transcripts: 'nineteen ninety-six', 'the year two thousand'."""
    return (
        r"(?:the\s+year\s+)?nineteen[- ]"
        + n("nineteen", _YEAR_AFTER_NINETEEN)
        + r"\b|(?:the\s+year\s+|(?<=in\s))two[- ]thousand\b(?:(?:[- ]and)?[- ]"
        + n("twothousand", _TEENS + "|" + _UNITS_1_9)
        + r"\b)?"
    )


# 'moved to Panmunjom that October', but not 'warned that July could be the bloodiest
# month' or 'said that May had agreed', where 'that' opens a clause.
_THAT_MONTH = (
    r"that(?=\s+"
    + MONTH_FULL
    + r"(?!\s+(?:could|would|was|is|had|has|have|will|may|might|must|should|did|does|can"
    r"|said|says|told|wants|[a-z]+ed)\b))"
)


def _fam_month(n: Namer) -> str:
    rel = r"this\s+past|this\s+coming|this|last|next|" + _THAT_MONTH
    return (
        _mod(n)
        + "(?:"
        + n("rel", rel)
        + r"\s+)?"
        + n("month", MONTH_FULL + "|" + _MONTH_ABBR + r"\.?+")  # short only after a mod
        + r"(?![-\w])(?!\s+\d{1,2}\b)"  # a day after it makes a month-day
        + r"(?!\s+(?:1[5-9]|20)\d\d\b)"  # and a year a month-year
    )


_DAY_ORDINAL = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|[1-9]\d{0,2}(?:st|nd|rd|th)"
)


def _fam_ordinal_day(n: Namer) -> str:
    """'the third day of the truce': a day counted from an event's start."""
    return (
        _PART_OF_A_MONTH_AHEAD
        + r"(?:the\s+)?"
        + n("nth", _DAY_ORDINAL)
        + r"\s+day\b(?![-\u2019'])"
        # 'on day 42 of the truce', as the Gaza deals count their phases
        + r"|day\s+"
        + n("dayn", r"\d{1,3}")
        + r"(?=\s+of\s+(?:the|a|its|their)\b)"
    )


def _fam_nth_of_month(n: Namer) -> str:
    """'due to run out on the 24th': a day of the month in the news, said without the month."""
    return (
        "(?:"
        # ('the ultimatum was for the 1st')
        + _after("on", "by", "until", "till", "from", "since", "before", "after", "through", "for")
        # 'on the 3rd and the 9th': the next of a list of days
        + r"|(?<=(?:st|nd|rd|th)\sand\s)"
        # 'on the evening of the 11th', 'on the night of the 4th'
        + r"|(?<=morning\sof\s)|(?<=afternoon\sof\s)|(?<=evening\sof\s)|(?<=night\sof\s)"
        # 'your telegram of the 8th instant': a letter's day needs no preposition of time
        + r"|(?=the\s+\d{1,2}(?:st|nd|rd|th)\s+(?:ult|inst|prox))"
        # 'at dawn on Sunday, the 17th of this month': the date a weekday is restated by
        + r"|(?<=,\s)(?=the\s+\d{1,2}(?:st|nd|rd|th)\s+of\s+(?:this|the)\s+month\b))"
        # 'on 5th instant', as Nigerian and Indian papers still write it, needs no 'the'
        # ('on 9th of this month', as the same papers write it)
        + r"(?:the\s+|(?=\d{1,2}(?:st|nd|rd|th)\s+"
        + r"(?:ult|inst|prox|of\s+(?:this|last|next)\s+month)))"
        + "(?:"
        # 'on the coming 22nd in Mexico', as translated wires write it
        + n("coming", r"coming")
        + r"\s+"
        + n("cday", r"(?:[12]\d|3[01]|0?[1-9])")
        + r"(?:st|nd|rd|th)\b|"
        + "(?:"
        + n("nthday", r"(?:[12]\d|3[01]|0?[1-9])")
        + r"(?:st|nd|rd|th)|"
        # 'on the twenty-fifth', as a memoir or a transcript spells it; the first few
        # ('on the second') are too often a count
        + n("spday", alternation(w for w, k in LEXICON.day_ordinals.items() if k >= 10))
        # 'on the first of next month': a small one only with its month named
        + "|"
        + n("spsmall", alternation(w for w, k in LEXICON.day_ordinals.items() if k < 10))
        + r"(?=\s+of\s+(?:this|last|next|the\s+same|that|the\s+following)\s+month\b)"
        # 'the 27th ult.', 'the 18th inst.': last month's, this month's, as letters wrote it
        + r")\b(?:\s+"
        + n("oldrel", r"(?:ultimo|instant|proximo)\b|(?:ult|inst|prox)\b\.?")
        + r"|\s+of\s+"
        # 'on the 12th of this month', as regional wires write it
        + n(
            "monthrel",
            r"this|last|next|the\s+same|that|the\s+current|the\s+present"
            r"|the\s+following|the\s+next|the\s+previous|the\s+preceding"
            # 'on the 22nd of the month', as translated Arabic papers write this month's
            r"|the(?=\s+month\b)",
        )
        + r"\s+month\b|(?=\s*(?:[.,;:)]|$)|\s+(?:and|or|to|through|until)\b"
        # 'On the 10th Seoul answered': the resolver reads the word after on the text
        + r"|(?=\s+[a-z]))))"
    )


def _fam_d_day(n: Namer) -> str:
    """An agreement's 'D-Day' and the days counted from it: 'D+30', 'by D+90', 'D-7'."""
    return (
        r"(?<![\w-])d(?:-day\b|"
        + n("dsign", r"[+\u2212-]")
        + n("dn", r"\d{1,3}")
        + r"\b(?![-.,]\d))"
    )


def _fam_op_day(n: Namer) -> str:
    """An operation's or a trip's days counted from its first: 'Day 8 of the operation',
    'Day 3 (D+2):', 'Day two'."""
    return (
        r"(?<![\w-])day\s+"
        + n("opday", r"\d{1,2}|" + _UNITS_1_9 + "|ten")
        + r"\b(?![-.,:/]\d)(?!\s+(?:of\s+(?:the\s+)?(?:month|year)|to\b|and\b|-))"
        # 'a day two years ago' is a day and a length
        + r"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|ago|later|earlier)\b)"
    )


def _fam_vague(n: Namer) -> str:
    # 'broke off twice, most recently in October' orders times, and dates none
    return r"(?!(?<=\bmost\s)recently)" + n("vague", alternation(LEXICON.vague)) + r"\b(?!-)"


# Order matters: at one position the first family that matches wins, so the
# longer and more specific forms come first.
FAMILIES: tuple[tuple[str, Callable[[Namer], str]], ...] = (
    ("date_time_group", _fam_date_time_group),
    ("iso", _fam_iso),
    ("numeric", _fam_numeric),
    ("day_month_figures", _fam_day_month_figures),
    ("time", _fam_time),
    ("day_at_time", _fam_day_at_time),
    ("weekday_date", _fam_weekday_date),
    ("weekday_nth", _fam_weekday_nth),
    ("d_day", _fam_d_day),
    ("op_day", _fam_op_day),
    ("range_md_between", lambda n: _fam_range_md(n, between=True)),
    ("range_dm_between", lambda n: _fam_range_dm(n, between=True)),
    ("range_md", _fam_range_md),
    ("range_dm", _fam_range_dm),
    ("month_range", _fam_month_range),
    ("mdy", _fam_mdy),
    ("legal_day", _fam_legal_day),
    ("doc_day", _fam_doc_day),
    ("digest_month", _fam_digest_month),
    ("dmy", _fam_dmy),
    ("other_calendar", _fam_other_calendar),
    ("month_year", _fam_month_year),
    ("listed_day", _fam_listed_day),
    ("week_of", _fam_week_of),
    ("quarter", _fam_quarter),
    ("season", _fam_season),
    ("decade", _fam_decade),
    ("century", _fam_century),
    ("holiday", _fam_holiday),
    ("offset", _fam_offset),
    ("set", _fam_set),
    ("duration", _fam_duration),
    ("ordinal_day", _fam_ordinal_day),
    ("nth_of_month", _fam_nth_of_month),
    ("anaphora", _fam_anaphora),
    ("relative", _fam_relative),
    ("relday", _fam_relday),
    ("nth_weekday", _fam_nth_weekday),
    ("weekday", _fam_weekday),
    ("year", _fam_year),
    ("spelled_year", _fam_spelled_year),
    ("the_year", _fam_the_year),
    ("month", _fam_month),
    ("vague", _fam_vague),
)

_FLAGS = re.IGNORECASE
_BUILDERS: dict[str, Callable[[Namer], str]] = dict(FAMILIES)


def _named(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


def _plain(name: str, pattern: str) -> str:
    return f"(?:{pattern})"


def _folded_pattern(pattern: str) -> str:
    """``pattern`` for lower-cased text: its letters lower-cased, escapes and group names kept."""
    return re.sub(
        r"(\\.)|(\(\?P<[^>]*>)|([A-Z])",
        lambda m: m.group(1) or m.group(2) or m.group(3).lower(),
        pattern,
    )


# Patterns are compiled when first used: compiling all of them up front cost a tenth
# of a second in every process, and a run needs only the families its text holds.
@functools.cache
def family_pattern(name: str) -> re.Pattern[str]:
    """The family's own pattern with its named parts, read once its span is known."""
    return re.compile(_BUILDERS[name](_named), _FLAGS)


@functools.cache
def master() -> re.Pattern[str]:
    """Every family as one alternation, without parts: the reference scan and the rare texts
    whose lower-casing changes their letters."""
    return re.compile(
        r"(?<![\w'])(?:"
        + "|".join(f"(?P<{name}>{build(_plain)})" for name, build in FAMILIES)
        + ")",
        _FLAGS,
    )


@functools.cache
def _folded_family(name: str) -> re.Pattern[str]:
    """One family for lower-cased text, guarded like the master: no parts, no IGNORECASE."""
    return re.compile(r"(?<![\w'])" + _folded_pattern(_BUILDERS[name](_plain)))


# Which families can start with the word at a position. At a weekday only three
# families can match, at a digit fifteen, yet the master tries all 34 in turn; so each
# family's possible first words are read off its parsed pattern, and a position
# tries just the families its word allows, in the master's order. A first word is
# 'closed' when the pattern's next character cannot be a letter, else 'open': any
# word that begins with it may follow. Both sets may hold too much, never too little.
_NO_LETTER_CATEGORIES = frozenset(
    {
        _sre.CATEGORY_DIGIT,
        _sre.CATEGORY_SPACE,
        _sre.CATEGORY_LINEBREAK,
        _sre.CATEGORY_UNI_DIGIT,
        _sre.CATEGORY_UNI_SPACE,
        _sre.CATEGORY_UNI_LINEBREAK,
    }
)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def _is_letter(code: int) -> bool:
    return "a" <= chr(code).lower() <= "z"


def _may_be_letter(op: object, arg: Any) -> bool:
    """Whether one consumed character of the parse tree can be a letter a-z."""
    if op is _sre.LITERAL:
        return _is_letter(arg)
    if op is not _sre.IN:
        return True  # any character, or any but one
    for item_op, item in arg:
        if item_op is _sre.NEGATE:
            return True
        if item_op is _sre.LITERAL and _is_letter(item):
            return True
        if item_op is _sre.RANGE and (
            item[1] - item[0] > 255 or any(_is_letter(c) for c in range(item[0], item[1] + 1))
        ):
            return True
        if item_op is _sre.CATEGORY and item not in _NO_LETTER_CATEGORIES:
            return True
    return False


def _walk(items: Any, partial: set[str], done: set[tuple[str, bool]]) -> set[str]:
    """Grow the first-word prefixes in ``partial`` through ``items``; finished ones go to ``done``.

    Returns the prefixes still growing after ``items``. Look-arounds and word
    boundaries are skipped: they only ever remove matches.
    """
    for op, arg in items:
        if not partial:
            break
        if op is _sre.LITERAL and _is_letter(arg):
            partial = {word + chr(arg).lower() for word in partial}
        elif op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY):
            is_open = _may_be_letter(op, arg)
            done.update((word, is_open) for word in partial)
            partial = set()
        elif op is _sre.BRANCH:
            partial = set().union(*(_walk(alt.data, partial, done) for alt in arg[1]))
        elif op is _sre.SUBPATTERN:
            partial = _walk(arg[3].data, partial, done)
        elif op is _sre.ATOMIC_GROUP:
            partial = _walk(arg.data, partial, done)
        elif op in _REPEATS:
            low, high, item = arg
            once = _walk(item.data, partial, done)
            if high > 1:  # letters repeated: any word that begins so
                done.update((word, True) for word in once)
                once = set()
            partial = partial | once if low == 0 else once
        elif op not in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            done.update((word, True) for word in partial)
            partial = set()
    return partial


def first_words(pattern: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words a match of ``pattern`` can begin with: those it ends exactly, and the
    prefixes of those that may go on. A match that begins with no letter begins with ''."""
    done: set[tuple[str, bool]] = set()
    left = _walk(_sre_parser.parse(pattern).data, {""}, done)
    done.update((word, True) for word in left)
    closed = frozenset(word for word, is_open in done if not is_open)
    return closed, tuple(sorted({word for word, is_open in done if is_open}))


@functools.cache
def _first_word_table() -> tuple[tuple[str, frozenset[str], tuple[str, ...]], ...]:
    return tuple((name, *first_words(_folded_pattern(build(_plain)))) for name, build in FAMILIES)


FamilyTry = tuple[tuple[str, re.Pattern[str]], ...]
Found = tuple[str, re.Match[str]] | None
# Filled as words turn up; its keys are words of the lexicon (or '' before a digit),
# as only those start an attempt, so it stays small.
_FAMILIES_AT_WORD: dict[str, FamilyTry] = {}


def families_at(word: str) -> FamilyTry:
    """The families, in order, whose match can begin with ``word`` (lower case, letters only)."""
    found = _FAMILIES_AT_WORD.get(word)
    if found is None:
        found = tuple(
            (name, _folded_family(name))
            for name, closed, opened in _first_word_table()
            if word in closed or word.startswith(opened)
        )
        _FAMILIES_AT_WORD[word] = found
    return found


_LETTERS = re.compile("[a-z]*")
# The two letters that IGNORECASE equates with an ASCII one (i, s) but lower() does not:
# a text holding them is matched by the master pattern, on its own letters.
_FOLDS_APART = ("\u0131", "\u017f")


def _match_folded(folded: str, start: int) -> Found:
    """What the master pattern matches at ``start`` of lower-cased text: the first family
    that matches, among those that can begin with the word there."""
    word = _LETTERS.match(folded, start).group()  # type: ignore[union-attr]
    for family, pattern in _FAMILIES_AT_WORD.get(word) or families_at(word):
        match = pattern.match(folded, start)
        if match is not None:
            return family, match
    return None


def _match_master(text: str, start: int) -> Found:
    match = master().match(text, start)
    if match is None or match.lastgroup is None:
        return None
    return match.lastgroup, match


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span that looks temporal, with the family that matched and its named parts."""

    family: str
    start: int
    end: int
    parts: dict[str, str]


# Every expression holds a trigger: a month, weekday, unit, year-like number or
# the like. Only the few words before a trigger can start an expression, so the
# master pattern is tried there instead of at every position of the text.
_TRIGGER_WORDS = (
    set(LEXICON.months)
    | set(LEXICON.weekdays)
    | {w + "s" for w in LEXICON.weekdays}
    | set(LEXICON.seasons)
    | set(LEXICON.day_parts)
    | set(LEXICON.sets)
    | LEXICON.trigger_words
    | {"today", "yesterday", "tomorrow", "tonight", "overnight", "to-day", "to-night", "to-morrow"}
    | {w for w in LEXICON.holidays if " " not in w}
    | {"month", "month's", "month\u2019s", "week"}  # a digest's 'mid-month', 'in first week'
    | {"weekdays", "weekends", "quarterly"}  # 'open weekdays', 'on weekends': sets
    | {w for w, k in LEXICON.day_ordinals.items() if k >= 10}  # 'on the twenty-fifth'
    # 'Hamle 1' opens with its month; 'Jumada al-Awwal' is found from its first word
    | {w.split()[0] for names in LEXICON.calendar_months.values() for w in names}
)
_TRIGGER_BODY = (
    "(?:"
    + trie(_TRIGGER_WORDS)
    + r"(?!\w)|'\d0s\b|q[1-4]\b|h[12](?=\s+(?:19|20)\d\d\b)"
    # 'Wed 18', 'Sat 21' in a diary: short names that are words too, so only before a day
    + r"|(?:wed|sat|sun)(?=\.?,?\s+\d|\s+(?:morning|afternoon|evening|night)\b)"
    + rf"|(?:{_AFTER_A_WEEKDAY_LEAD})(?:wed|sat|sun)\b"
    # an agreement's 'D-Day' and 'D+30'
    + r"|d(?=-day\b|[+\u2212-]\d)"
    # numbers are common: one look-ahead lets a position without a digit skip all of these
    + r"|(?=\d)(?:(?:1[5-9]|20)\d\d(?!\d)|\d+\s*[ap]\.?m\b|\d+0'?s\b"
    + r"|\d{1,2}(?:[/.:h]\d|st\b|nd\b|rd\b|th\b|\s+o['\u2019]clock\b)|(?<=and\s)\d{1,2}(?!\d)"
    + r"|(?:[01]\d|2[0-3])[0-5]\d\s+local\b))"
    # Every trigger ends inside a word, so the next one cannot begin where it ends.
    + r"(?<=[\w'])"
)
_TRIGGER = r"(?<![\w'])" + _TRIGGER_BODY
# The scan consumes the character before a trigger instead of looking behind for it:
# a pattern that opens with a character set lets the engine skip in C the letters
# inside words. Since no trigger ends where the next could begin, it finds the same ones.
_TRIGGER_AFTER = r"[^\w']" + _TRIGGER_BODY
_START_WORDS = (
    LEXICON.start_words
    | {w for w in LEXICON.numbers if " " not in w}
    | set(LEXICON.ordinals)
    | {w for w in LEXICON.day_ordinals if "-" not in w}  # 'the fourteenth of May'
    | {w.split()[0] for w in LEXICON.vague}
    | {w.split()[0] for w in LEXICON.holidays}
    | {"wed", "sat", "sun"}  # 'Wed 29/05' in a log: a start only before figures
    | {"w/c"}  # 'w/c 25 July': the week commencing
)
# 'St Stephen's Day': a holiday's first word starts one only before its second
_HOLIDAY_SECOND_WORDS = {
    w.split()[1].split("'")[0].split("\u2019")[0] for w in LEXICON.holidays if " " in w
}
_START = r"(?<![\w'])(?:\d|'\d|(?:" + trie(_START_WORDS) + r")(?![\w]))"
# A start word only starts something when a number or another word of an
# expression follows it: 'the third quarter' yes, 'the army' no.
_FOLLOW = (
    r"[\s-]+(?:\d|'\d|(?:"
    + trie(_START_WORDS | _TRIGGER_WORDS | LEXICON.link_words | _HOLIDAY_SECOND_WORDS)
    + r")(?![\w])|in\s+the\s|in\s+month\b|at\s+night\b"  # 'nine in the morning', 'ten at night'
    + r"|time\s+(?:last\s+year|a\s+year\s+ago)\b)"  # 'this time last year'
)
Scanners = tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]


def _scanners(flags: int) -> Scanners:
    """Trigger (at the start, after a character), start word and follower patterns."""
    return (
        re.compile(_TRIGGER, flags),
        re.compile(_TRIGGER_AFTER, flags),
        re.compile(_START, flags),
        re.compile(_FOLLOW, flags),
    )


# Scanning lower-cased text without IGNORECASE is twice as fast; the ignore-case
# set serves the rare texts whose lower-casing changes their length.
SCANNERS = _scanners(0)


@functools.cache
def any_case_scanners() -> Scanners:
    return _scanners(_FLAGS)


LOOKBACK = 40


def trigger_positions(text: str, first: re.Pattern[str], after: re.Pattern[str]) -> Iterator[int]:
    """Where the triggers of ``text`` begin, left to right, none inside another."""
    head = first.match(text)
    if head is not None:
        yield 0
    for trigger in after.finditer(text, 0 if head is None else head.end()):
        yield trigger.start() + 1


def _candidate(text: str, family: str, match: re.Match[str]) -> Candidate | None:
    start, end = match.span()
    # Trailing blanks can be swallowed by optional parts that then failed.
    while end > start and text[end - 1].isspace():
        end -= 1
    detail = family_pattern(family).match(text, start)
    if detail is None:  # pragma: no cover - the family matched here a moment ago
        return None
    if family == "day_at_time":
        heading = _HEADING_THEN_AT.search(text, start, end)
        if heading is not None:
            # '23 August' over a diary entry that opens 'At 12:00 the shelling ...': the
            # heading is a day of its own, and the entry's clock another expression
            return _first_candidate(text, start, heading.start())
    if detail.end() < end:
        # a part that asks for a lower-case word found a capital in the text as written
        end = detail.end()
        while end > start and text[end - 1].isspace():
            end -= 1
    parts = {k: v for k, v in detail.groupdict().items() if v is not None}
    return Candidate(family, start, end, parts)


_HEADING_THEN_AT = re.compile(r"[ \t]*\n\s*(?=At\b)")


def _first_candidate(text: str, start: int, end: int) -> Candidate | None:
    """The candidate the first family to match at ``start`` makes of ``text[start:end]``."""
    for family, _ in FAMILIES:
        if family == "day_at_time":
            continue
        match = family_pattern(family).match(text, start, end)
        if match is not None:
            return _candidate(text, family, match)
    return None


def fold(text: str) -> str:
    """``text.lower()`` piece by piece: lowering a long text at once briefly takes 7x its size."""
    step = 1 << 16
    if len(text) <= step:
        folded = text.lower()
    else:
        folded = "".join(text[i : i + step].lower() for i in range(0, len(text), step))
    if len(folded) == len(text):
        return folded
    # A few letters lower to two characters (a capital I with a dot above, in Turkish names,
    # lowers to i and a combining dot): each keeps only its first, so that an offset into the
    # folded text is one into ``text``.
    return "".join(c.lower()[0] for c in text)


def candidates(text: str, folded: str | None = None) -> Iterator[Candidate]:
    """Yield non-overlapping candidates left to right, as a scan of the master pattern would.

    ``folded`` is ``text.lower()`` if the caller has it already.
    """
    folded = fold(text) if folded is None else folded
    scanners = SCANNERS
    match_at: Callable[[str, int], Found] = _match_folded
    master_text = folded
    if len(folded) != len(text) or any(letter in text for letter in _FOLDS_APART):
        match_at, master_text = _match_master, text
    if len(folded) != len(text):
        folded, scanners = text, any_case_scanners()
    first, after, starts_of, follows = scanners
    accepted_end = 0  # nothing may start inside an accepted candidate
    tried = -1  # every start up to here has been tried already
    for position in trigger_positions(folded, first, after):
        if position < accepted_end or position <= tried:
            continue
        low = max(position - LOOKBACK, accepted_end, tried + 1)
        starts = [
            word.start()
            for word in starts_of.finditer(folded, low, position)
            if word.group()[0].isdigit() or follows.match(folded, word.end())
        ]
        starts.append(position)
        for start in starts:
            if start < accepted_end:
                continue
            tried = start
            found = match_at(master_text, start)
            if found is None:
                continue
            family, match = found
            candidate = _candidate(text, family, match)
            if candidate is not None:
                accepted_end = min(match.end(), candidate.end + 1)
                yield candidate


def scan_candidates(text: str) -> Iterator[Candidate]:
    """The same candidates by a plain scan of the whole text: slow, kept as the reference."""
    for match in master().finditer(text):
        candidate = None if match.lastgroup is None else _candidate(text, match.lastgroup, match)
        if candidate is not None:
            yield candidate
