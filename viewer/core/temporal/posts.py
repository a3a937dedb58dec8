"""Posts of a chat, channel or social-media export, each read on the day it went up; and
the items of a press review, an archive box or an 'On this day' column, each on its own.

An analyst saves a Telegram channel, a WhatsApp group, a Facebook page, a forum thread, a
phone's alerts or a letters page on one day, but each item's "tonight" or "yesterday" is
of the day its own stamp gives:

    [27.10.25 08:15]                                   a channel export's stamp line
    09/11/2022, 19:12 - Markus W: Komnas HAM team flew out yesterday.
    March 16 at 9:12 PM / Yesterday at 6:30 AM / 2 hrs  a page's stamps, over the post
    posted 3 days ago by u/dal_lake_rower              a thread's, counted from the saving
    Shown as posted: 1 Mar 13, 7:58 PM                 a monitoring log's field
    1:12 AM · Aug 25, 2015                             a thread's footer, under the post
    Nairobi, 26 May                                    a letter's place and day, under it
    ALERT 0412 26/07 2250: ... / Tue 29 May, 07:12 - ...   an alert's number or day, and clock
    Al-Ghad al-Suri (London), 29 December:             a press review's item, its paper's day
    50 YEARS AGO (from our issue of May 16, 1973)      an archive box's extract
    1974: The IRA's holiday ceasefire ...              an 'On this day' column's entry
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

from viewer.core.temporal.lexicon import LEXICON, alternation
from viewer.core.temporal.recognize import MONTH, WEEKDAY
from viewer.core.temporal.resolve import figure_orders

__all__ = ["Post", "post_days"]

_CLOCK = r"\d{1,2}[:.]\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?"
_FIGURES = r"(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>\d{4}|\d\d)"
_AGO_UNITS = r"(?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|w(?:ee)?ks?|d|h|m|w)"
# a stamp's weekday, the short names that are words too ('Wed 30 May') included
_WEEKDAY_NUMBERS = {**LEXICON.weekdays, "wed": 3, "sat": 6, "sun": 7}
_STAMP_WEEKDAY = alternation(_WEEKDAY_NUMBERS) + r"\b"

# A stamp that heads its post, on a line of its own or before the message.
_HEAD = re.compile(
    "|".join(
        (
            # '[27.10.25 08:15]', '09/11/2022, 19:12 - Markus W: ...', '[09/11/2022, 19:12:40] A:'
            rf"^[ \t]*\[?{_FIGURES},?[ \t]+{_CLOCK}\]?(?=[ \t]|$)",
            # 'posted 3 days ago by u/name · 903 points', 'Shown as posted: March 2 at 11:40pm'
            r"^[ \t]*(?:shown[ \t]+as[ \t]+)?posted(?:[ \t]+(?:on|at))?[ \t]*:?[ \t]*"
            r"(?P<field>[^\n(]{3,60}?)(?:[ \t]+by[ \t][^\n]*|[ \t]*\([^\n]*)?[ \t]*$",
            # 'March 16 at 9:12 PM', 'Yesterday at 6:30 AM': a page's stamp line; a
            # comment's, with its writer before or after it ('Farid H. - 7 March 2023 at
            # 11:52 pm', 'Reply - 5 July 1999 at 8:12 am - Joseph K.', '8 August at 7:32 PM
            # · Vairengte · Public')
            r"^[ \t]*(?:[^\n\-\u2013\u2014:]{1,40}?[ \t]+[-\u2013\u2014][ \t]+)?"
            rf"(?P<line>(?:{MONTH}[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?"
            rf"|\d{{1,2}}[ \t]+{MONTH}(?:[ \t]+\d{{4}})?|yesterday|today)"
            rf"[ \t]+at[ \t]+{_CLOCK})(?:[ \t]+[-\u2013\u2014\u00b7][^\n]{{1,60}})?[ \t]*$",
            # '2 hrs', '14 mins', '3d': a page's stamp of a recent post; '3h ago - "Committee
            # meeting started."': one that opens its message
            rf"^[ \t]*(?P<age>\d{{1,2}}[ \t]?{_AGO_UNITS})[ \t]*$",
            rf"^[ \t]*(?P<agoline>\d{{1,2}}[ \t]?{_AGO_UNITS}[ \t]+ago)"
            r"(?=[ \t]+[-\u2013\u2014:][ \t])",
            # '@tarek_reports 15 Oct', '@euphrates_medic \u00b7 5h: Our clinic ...', '11/ 2h \u00b7
            # Tribal elders ...': a saved tweet's account or thread number, then its stamp
            rf"^[ \t]*(?:@\w{{1,30}}|\d{{1,2}}/)[ \t]*(?:\u00b7[ \t]*)?"
            rf"(?P<handle>\d{{1,2}}[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}}"
            rf"|\d{{1,2}}[ \t]?{_AGO_UNITS})(?=[ \t]*(?:\u00b7|:|$))",
            # 'ALERT 0407 21/07 0640: ...': a text alert's number, day and month, and clock
            r"^[ \t]*[A-Z][A-Za-z]{1,15}[ \t]+\d{2,6}[ \t]+(?P<dm>(?P<da>\d{1,2})/(?P<mo>\d{1,2}))"
            r"[ \t]+[0-2]\d[0-5]\d\b",
            # 'Tue 29 May, 07:12 - RED ALERT ...': a text message's day and clock
            rf"^[ \t]*(?P<sent>{_STAMP_WEEKDAY}\.?,?[ \t]+"
            rf"(?:\d{{1,2}}[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}})),?[ \t]+{_CLOCK}[ \t]*[-\u2013:]",
            # 'Thu 13/12 06:50 - FORUM: ...', 'Tue 25/9, 7.40am: NETWORK: ...': a bulletin's
            # weekday, day and month in figures, and clock
            rf"^[ \t]*(?P<wwd>{_STAMP_WEEKDAY})\.?,?[ \t]+"
            rf"(?P<wdm>(?P<wda>\d{{1,2}})/(?P<wmo>\d{{1,2}})),?[ \t]+{_CLOCK}[ \t]*[-\u2013:]",
            # 'Levant Now · Yesterday, 01:40', 'Levant Now · BREAKING · 2h ago': an app's
            # notification, its source before its stamp
            rf"^[^\n\u00b7|]{{1,40}}\u00b7[ \t]*(?:[A-Z]+[ \t]*\u00b7[ \t]*)?"
            rf"(?P<shown>yesterday|today|\d{{1,2}}[ \t]?{_AGO_UNITS}[ \t]+ago"
            rf"|{_STAMP_WEEKDAY}\.?[ \t]+\d{{1,2}}[ \t]+{MONTH})"
            rf"(?:,[ \t]*{_CLOCK})?[ \t]*$",
            # '-- Sunday 28 January 2018 --', '=== MORNING BRIEF | Wednesday 2 May ===': a day's
            # heading set off by rules, over the items it dates
            rf"^[ \t]*(?:-{{2,}}|={{2,}}|\*{{2,}})[ \t]*(?:[A-Z][A-Za-z ]{{2,30}}\|[ \t]*)?"
            rf"(?P<ruled>(?:{WEEKDAY},?[ \t]+)?(?:\d{{1,2}}[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}})"
            rf"(?:,?[ \t]+\d{{4}})?)[ \t]*(?:-{{2,}}|={{2,}}|\*{{2,}})[ \t]*$",
            # 'Al-Ghad al-Suri (London), 29 December:', 'Le Courrier (Paris), 30 December,
            # translated from French:': a press review's item, dated by its own paper's issue
            r"^[ \t]*(?!(?:on|in|by|at|since|from|until|before|after)\b)"
            r"(?-i:[A-Z])[^\n,:()]{1,50}?(?:[ \t]*\([^\n()]{1,30}\))?,[ \t]*"
            rf"(?P<issue>(?:{WEEKDAY},?[ \t]+)?(?:\d{{1,2}}[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}})"
            r"(?:,?[ \t]+\d{4})?)(?:,[^\n:]{1,60})?:[ \t]*$",
            # '50 YEARS AGO (from our issue of May 16, 1973)': an archive box's extract
            r"^[^\n(]{0,40}\([ \t]*from[ \t]+(?:our|the)[ \t]+(?:issue|edition|files)[ \t]+of"
            r"[ \t]+(?P<archived>[^\n)]{4,40})\)[ \t]*$",
        )
    ),
    re.IGNORECASE | re.MULTILINE,
)
# A stamp under its post: '1:12 AM · Aug 25, 2015'; a letter's place and day under it, as a
# letters page prints them: 'Lokichokio, 31 May'
_FOOT = re.compile(
    rf"^[ \t]*(?:{_CLOCK}[ \t]*[\u00b7\u2022|][ \t]*(?P<foot>{MONTH}[ \t]+\d{{1,2}},[ \t]*\d{{4}})"
    # (a day's heading, 'SATURDAY, OCT. 30' or 'Sunday, 14 May', heads what follows it)
    rf"|(?!{WEEKDAY}|{MONTH})(?-i:[A-Z][\w'\u2019.-]+(?:[ \t][A-Z][\w'\u2019.-]+){{0,2}}),[ \t]*"
    rf"(?P<signed>\d{{1,2}}[ \t]+{MONTH}(?:[ \t]+\d{{4}})?"
    rf"|{MONTH}[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?))"
    r"\.?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# An 'On this day' column's entries, each on the same day of its own year: '1974: The IRA's
# holiday ceasefire ... is in its third day', 'In 1990, the first ... begins'
_THIS_DAY_COLUMN = re.compile(
    r"\b(?:on|in)\s+this\s+(?:day|date)\b|\b(?:today|this\s+day)\s+in\s+history\b"
    r"|\b\d{1,3}(?:st|nd|rd|th)\s+day\s+of\s+(?:the\s+year|\d{4})\b",
    re.IGNORECASE,
)
_YEAR_ENTRY = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]*)?(?:in[ \t]+)?(?P<year>1\d{3}|20\d\d)"
    r"(?:[ \t]*[:\u2013\u2014]|[ \t]+-|,)[ \t]+(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)
_COLUMN_HEAD = 1500  # how far into the text a column says what it is
_AGO = re.compile(
    rf"^(?P<count>\d{{1,3}}|an?|one)[ \t]?(?P<unit>{_AGO_UNITS})(?:[ \t]+ago)?$", re.IGNORECASE
)
_LINKS = re.compile(r"\b(?:at|on)\b")  # 'Yesterday at', 'posted on'
_WORDS = re.compile(r"[a-z]+|\d+", re.IGNORECASE)
_TIME = re.compile(_CLOCK)
STAMPS = 2  # so many stamps make an export: one alone is a line of the story
_COMMENTS_AFTER_DAYS = 7  # how long after a page's date its comments may still come


class Post(NamedTuple):
    """What a stamp dates: the text from ``start`` to ``end``, told on ``day``. ``stamp`` is
    where the stamp itself stands; ``own_story`` is set when the item is a story of its own
    (a paper's in a press review, an old issue's extract), not the next post of one thread."""

    start: int
    end: int
    day: dt.date
    stamp: tuple[int, int]
    own_story: bool = False


def post_days(text: str, reference: dt.date | None) -> list[Post]:
    """Each post of an export: the text its stamp heads, up to the next stamp, or the text
    above a footer stamp, back to the one before; or the entries of an 'On this day'
    column."""
    entries = _this_day_entries(text, reference)
    if entries:
        return entries
    feet = [
        (m.start(), m.end(), _named_day(m["foot"] or m["signed"], reference))
        for m in _FOOT.finditer(text)
    ]
    if len(feet) >= STAMPS:
        signed: list[Post] = []
        start = 0
        for stamp_start, stamp_end, day in feet:
            if day is not None:
                signed.append(Post(start, stamp_start, day, (stamp_start, stamp_end)))
            start = stamp_end
        return signed
    heads = list(_HEAD.finditer(text))
    if len(heads) < STAMPS:
        return []
    figured = [m for m in heads if m["a"]]
    order = _figure_order(figured, reference, _text_order(text)) if figured else "DMY"
    posts: list[Post] = []
    for index, found in enumerate(heads):
        day = _stamp_day(found, reference, order)
        end = heads[index + 1].start() if index + 1 < len(heads) else len(text)
        if day is not None:
            # (a day's heading over a feed's items stays an event, as a chronology's does)
            stamp = (found.start(), found.start()) if found["ruled"] else found.span()
            own = bool(found["issue"] or found["archived"])
            posts.append(Post(found.end(), end, day, stamp, own))
    return posts


def _this_day_entries(text: str, reference: dt.date | None) -> list[Post]:
    """The entries of an 'On this day' column, each a paragraph told on the column's day of
    its own year; the year that heads an entry stays an event, as a chronology's does."""
    if reference is None or not _THIS_DAY_COLUMN.search(text, 0, _COLUMN_HEAD):
        return []
    found = [m for m in _YEAR_ENTRY.finditer(text) if int(m["year"]) < reference.year]
    if len(found) < STAMPS:
        return []
    entries: list[Post] = []
    for index, entry in enumerate(found):
        year = int(entry["year"])
        day = min(reference.day, calendar.monthrange(year, reference.month)[1])
        end = found[index + 1].start() if index + 1 < len(found) else len(text)
        # an entry is a paragraph: what follows the last one is the column's own again
        blank = text.find("\n\n", entry.end(), end)
        end = end if blank < 0 else blank
        stamp = (entry.start(), entry.start())
        entries.append(Post(entry.end(), end, dt.date(year, reference.month, day), stamp, True))
    return entries


def _stamp_day(found: re.Match[str], reference: dt.date | None, order: str) -> dt.date | None:
    if found["a"]:
        return _figures_day(found, order)
    if found["dm"]:
        return _day_and_month(int(found["da"]), int(found["mo"]), reference, order)
    if found["wdm"]:
        # the order in which the day agrees with the stamp's weekday: 'Thu 13/12'
        first, second = int(found["wda"]), int(found["wmo"])
        weekday = _WEEKDAY_NUMBERS[found["wwd"].lower()]
        days = [_day_and_month(first, second, reference, way) for way in (order, _OTHER[order])]
        return next((d for d in days if d is not None and d.isoweekday() == weekday), days[0])
    said = (
        found["field"]
        or found["line"]
        or found["age"]
        or found["handle"]
        or found["agoline"]
        or found["sent"]
        or found["shown"]
        or found["ruled"]
        or found["issue"]
        or found["archived"]
    )
    return _named_day(_TIME.sub("", said).strip(" ,"), reference)


def _figures_day(found: re.Match[str], order: str) -> dt.date | None:
    first, second, year = int(found["a"]), int(found["b"]), int(found["y"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    day, month = (first, second) if order == "DMY" else (second, first)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _days_before(day: dt.date, days: int) -> dt.date | None:
    try:
        return day - dt.timedelta(days=days)
    except OverflowError:
        return None  # before the first day the calendar holds


_OTHER = {"DMY": "MDY", "MDY": "DMY"}


def _day_and_month(
    first: int, second: int, reference: dt.date | None, order: str
) -> dt.date | None:
    """'21/07' in an alert: the day and month in the text's order, in the year that puts
    it on or before the saving."""
    if reference is None:
        return None
    day, month = (first, second) if order == "DMY" else (second, first)
    for year in (reference.year, reference.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate <= reference:
            return candidate
    return None


def _text_order(text: str) -> str | None:
    """How the text's other figure dates are written, when they show it."""
    days_first, months_first = figure_orders(text)
    return "DMY" if days_first > months_first else "MDY" if months_first > days_first else None


def _figure_order(
    stamps: Sequence[re.Match[str]], reference: dt.date | None, text_order: str | None
) -> str:
    """The order that reads every stamp as a date, none after the saving, and keeps them in
    time order, as a chat's stamps always are; the text's other figure dates, then day
    first, settle a tie."""

    def fit(order: str) -> tuple[int, int, int]:
        days = [d for d in (_figures_day(m, order) for m in stamps) if d is not None]
        before = sum(reference is None or d <= reference for d in days)
        return len(days), before, sum(a <= b for a, b in itertools.pairwise(days))

    day_fit, month_fit = fit("DMY"), fit("MDY")
    if day_fit != month_fit:
        return "DMY" if day_fit > month_fit else "MDY"
    return text_order or "DMY"


def _named_day(said: str, reference: dt.date | None) -> dt.date | None:
    """'Aug 25, 2015', '1 Mar 13', 'Wednesday, March 06, 2013', 'March 2', 'Yesterday',
    '3 days ago', '2 hrs': a yearless or relative stamp counts back from the saving."""
    low = " ".join(_LINKS.sub(" ", said.lower()).split())
    ago = _AGO.match(low)
    if ago:
        if reference is None:
            return None
        count = ago["count"]
        number = int(count) if count.isdigit() else 1
        unit = ago["unit"][0]
        unit = "w" if ago["unit"].startswith("w") else unit
        days = {"d": number, "w": 7 * number}.get(unit, 0)
        return _days_before(reference, days)
    if low in ("yesterday", "today"):
        return None if reference is None else _days_before(reference, low == "yesterday")
    words = _WORDS.findall(low)
    numbers = [word for word in words if word.isdigit()]
    months = [LEXICON.months[word] for word in words if word in LEXICON.months]
    if not months or not numbers or int(numbers[0]) > 31:
        return None
    month, day = months[0], int(numbers[0])
    year = next(
        (
            int(word) + (2000 if len(word) == 2 else 0)
            for word in numbers[1:2]
            if len(word) in (2, 4)
        ),
        None,
    )
    if year is None:
        if reference is None:
            return None
        year = reference.year
        try:
            after = (dt.date(year, month, day) - reference).days
        except ValueError:
            after = 0  # 29 February, in a common year
        if after > _COMMENTS_AFTER_DAYS:
            # a post went up before the page was saved; a comment a day or two after the
            # note the page is dated by is still that year's ('9 August at 6:47 AM' under
            # a note of 8 August)
            year -= 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
