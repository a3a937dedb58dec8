"""Find an article's publication date in its text and file name.

Every relative date in an article ("on Monday", "last week") is resolved
against this date, so a wrong guess is worse than none: each rule below only
accepts a date it can tie to an explicit cue, and the caller records which
rule fired in ``Document.published_source``.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..resources import resource_path

EARLIEST_YEAR = 1900
LATEST_YEAR = 2100

# How far into an article a dateline or a "Published:" line may sit; stamps
# are also looked for in the last lines, where some sites print them.
HEAD_LINES = 25
TAIL_LINES = 8
# A "Published: ..." line is short; anything longer is a sentence that merely
# starts with the word.
MAX_STAMP_LINE = 120

# A dateline ends with a dash; the agency in brackets may stand before it.
_DATELINE = re.compile(
    # ('Bogota, Mar 20 (EFE).- Colombian President ...', as EFE closes its dateline)
    r"^\s*(?P<head>[^\n]{3,90}?)\s*(?:(?:\(|/)(?:[A-Za-z][\w .&'\u2019-]{0,60})(?:\)|/)\.?\s*)?"
    r"(?:\u2014|\u2013|--|-|:)\s"
)
# What every dateline holds: its closing dash or colon, then a blank.
_DATELINE_END = re.compile(r"[\u2014\u2013:-]\s")
_NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d.])"
)
_YEAR = re.compile(r"(?<!\d)(1[9]\d\d|20\d\d)(?!\d)")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_MONTH_NAME = re.compile(rf"\b{_MONTH}(?!\w)", re.IGNORECASE)
# The date inside a longer stamp such as "Posted by Desk on May 2, 2016 at 10:42".
_DATE_SNIPPET = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}\b"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
    # '2015.08.25 10:16:42', as Chinese and Korean sites stamp their pages
    r"|\b(?:19|20)\d\d\.\d{2}\.\d{2}\b"
    # '03-September-2011 18:42 IST', as Indian government releases head themselves
    rf"|\b\d{{1,2}}-{_MONTH}-\d{{4}}\b"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b"
    # '12-11-2008' under an agency's heading, its order settled as a slashed date's is
    r"|\b\d{1,2}-\d{1,2}-\d{4}\b",
    re.IGNORECASE,
)
# A header line that is nothing but a date: "23 October 2020", "Monday, 2 May 2016 14:05 GMT",
# as press releases and pages copied from a browser carry under their masthead.
_LONE_DATE = re.compile(
    # 'DAYBOOK for Tuesday, 5 September 2006', 'Morning brief for 3 March 2025': the day a
    # diary or a bulletin is for
    r"^(?:(?:[a-z][\w'\u2019-]*\s+){0,3}(?:daybook|diary|agenda|schedule|programme|program"
    r"|calendar|brief|briefing|bulletin|digest|sitrep|log|edition)\s*(?:for\s+|:\s*|-\s+))?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    # 'Tuesday, the 11th May, 2004', as a parliament's official report heads a sitting
    r"(?:the\s+)?"
    rf"(?P<date>{_DATE_SNIPPET.pattern})"
    # '24 July 2014 Last updated at 14:05 GMT', as the BBC's pages were stamped
    r"(?:[\s,|-]+(?:(?:last\s+)?updated\s+(?:at\s+)?)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:[a-z]{2,4}|[a-z]+\s+time)?)?"
    # 'Tuesday, 3 January 2006 (3 Dhu al-Hijja 1426)', 'Tuesday, December 10, 2002 / 5 Syawal
    # 1423 H': the date in another calendar
    # ('Thursday, August 24, 2006 / Bhadrapada 2, 1928 (Saka)', as the Lok Sabha dates)
    r"(?:\s*\([^()]{1,40}\)|\s+/\s+(?:\d{1,2}\s+[a-z'\u2019-]+(?:\s+[a-z'\u2019-]+)?"
    r"|[a-z'\u2019-]+(?:\s+[a-z'\u2019-]+)?\s+\d{1,2},?)\s+\d{3,4}"
    r"(?:\s*(?:h|ah|ah\.|sh|be|\([a-z]{2,10}\)))?)?\W*$",
    re.IGNORECASE,
)
LONE_DATE_LINES = 6  # how far down the header such a line may sit
SIGNATURE_LINES = 1  # a date signing the text off is its last line
_FILENAME_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[-_.]?)(?P<m>0[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)

_FULL_DATE = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
# A leap-year base so that "Feb 29" without a year still parses.
_DAY_MONTH = {
    "REQUIRE_PARTS": ["day", "month"],
    "RELATIVE_BASE": dt.datetime(2000, 1, 1),
    "RETURN_AS_TIMEZONE_AWARE": False,
}


@dataclass(frozen=True, slots=True)
class DateHint:
    """A date some other part of the loader already knows, with where it came from."""

    day: dt.date
    source: str


def find_publication_date(
    text: str,
    filename: str,
    hints: Sequence[DateHint | None] = (),
    fallbacks: Sequence[DateHint | None] = (),
) -> tuple[dt.date | None, str | None]:
    """Return the publication date and the name of the rule that gave it.

    ``hints`` outrank anything in the text (a sidecar, then format metadata);
    ``fallbacks`` are weak metadata that only count when the text and the file
    name say nothing (a Word file's creation date). The order is: hints, a
    "Published:"/"Updated:" line, a dateline with a year, a header date (or a
    numbered release's, or a translator's note over the text), a place and date
    signing the text off, a date in the file name, a dateline
    without a year completed by a year found elsewhere, fallbacks.
    """
    for hint in hints:
        if hint is not None:
            return hint.day, hint.source
    head = _head_lines(text)
    order = _figures_order(text) or _order_by_months_told(text, head)
    if order is not None:
        head = [_settled(line, order) for line in head]
    tail = _tail_lines(text)
    pasted = next((i for i, line in enumerate(head) if _MESSAGE_BOUNDARY.match(line)), 0)
    above = _lone_date(head[: min(pasted, LONE_DATE_LINES)]) if pasted else None
    if above is not None and _stamp_line_date(head[:pasted]) is None:
        # A parish bulletin's 'Sunday 8 January 2017' above a pasted email's '-----' and its
        # 'Sent: Wed 04/01/2017': the email's stamp is not the bulletin's
        return above, "header-date"
    stamped = _stamp_line_date(head) or _stamp_line_date(tail) or _as_of(head) or _saved_on(head)
    if stamped is not None:
        return stamped, "published-line"
    period = _report_period(head)
    if period is not None:
        return period, "report-period"
    numbered = _first_date_matching(_NUMBER_THEN_DATE, head[:LONE_DATE_LINES])
    if numbered is not None:
        return numbered, "header-date"
    dateline = _dateline(head)
    if isinstance(dateline, dt.date):
        return dateline, "dateline"
    cable = _date_time_group(head)
    if cable is not None:
        return cable, "date-time-group"
    alone = _lone_date(head[:LONE_DATE_LINES]) or _date_under_byline(head)
    if alone is not None:
        return alone, "header-date"
    noted = _publication_note(head[:NOTE_LINES])
    if noted is not None:
        return noted, "publication-note"
    signed = _lone_date(tail[:SIGNATURE_LINES])
    if signed is not None:
        # a statement signed off 'Press Service of the President / Bishkek, 18 September 2022'
        return signed, "signature-date"
    sent = _wire_transmission(tail)
    if sent is not None:
        return sent, "wire-stamp"
    done = _done_at(text)
    if done is not None:
        # an agreement's own 'Done at Managua at 1:00 a.m. on this 19th day of April 1990',
        # wherever a report quoting it whole puts it
        return done, "signature-date"
    issue = _issue_week(head) or _issue_week(tail)
    if issue is not None:
        return issue, "issue-week"
    posted = _first_date_matching(_POST_STAMP, head)
    if posted is not None:
        return posted, "post-stamp"
    other = _other_calendar_line(head[:LONE_DATE_LINES])
    if other is not None:
        return other, "header-date"
    latest = _latest_message(text)
    if latest is not None:
        return latest, "message-stamps"
    named = filename_date(filename)
    if named is not None:
        return named, "filename"
    first_of_month = _stamp_month(head)
    if first_of_month is not None:
        # 'Published: July 2006': the report's month, read from its first day
        return first_of_month, "published-month"
    weekday_day = _weekday_day_without_year(head, text, filename, fallbacks)
    if weekday_day is not None:
        return weekday_day, "weekday-date+year"
    if dateline is not None:
        month, day = dateline
        for year, origin, latest in _year_candidates(text, filename, fallbacks):
            completed = _safe_date(year, month, day)
            if completed is not None and latest is not None and completed > latest:
                # Saved on 3 January, datelined 30 December: the year before.
                completed = _safe_date(year - 1, month, day)
            if completed is not None:
                return completed, f"dateline+{origin}"
    for hint in fallbacks:
        if hint is not None:
            return hint.day, hint.source
    return None, None


@functools.lru_cache(maxsize=4096)
def parse_full_date(candidate: str) -> dt.date | None:
    """Parse a string that must name a day, a month and a year."""
    candidate = _written_out(candidate)
    if not _YEAR.search(candidate) or len(candidate) > MAX_STAMP_LINE:
        return None
    numeric = _NUMERIC_DATE.search(candidate)
    if numeric is not None:
        return _numeric_date(numeric)
    parsed = _parse(candidate, _FULL_DATE)
    if parsed is None or not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
        return None
    return dt.date(parsed.year, parsed.month, parsed.day)


_LEGAL_DAY = re.compile(r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+day\s+of\s+", re.IGNORECASE)
_APOSTROPHE_YEAR = re.compile(r"[\'\u2019](\d\d)\b")


def _written_out(text: str) -> str:
    """'the 18th day of August 2005' as a notice writes it, 'the 29th July '97' as a market
    notice does: the day and the year as dates are usually written."""
    text = _LEGAL_DAY.sub(r"\1 ", text)
    return _APOSTROPHE_YEAR.sub(lambda m: str(_full_year(int(m[1]))), text)


def _full_year(two_digits: int) -> int:
    return two_digits + (1900 if two_digits >= 69 else 2000)  # as strptime's %y reads them


def _parse(candidate: str, settings: dict[str, Any]) -> dt.datetime | None:
    """dateparser's reading of an English date; the library is imported on first use, as
    loading it costs a tenth of a second that a sidecar-dated article never needs."""
    import dateparser

    parsed: dt.datetime | None = dateparser.parse(candidate, languages=["en"], settings=settings)
    return parsed


def _numeric_date(match: re.Match[str]) -> dt.date | None:
    """Day and month in figures: dots mean day first; slashes and dashes must not be
    ambiguous.

    "02/05/2016" is 2 May in Geneva and 5 February in Washington; rather than
    guess, such a date is left for another rule to settle.
    """
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    if match["sep"] == "." or first > 12:
        return _safe_date(year, second, first)
    if second > 12 or first == second:
        return _safe_date(year, first, second)
    return None


# 'Published: 03.26.19, 09:12': a stamp's date in figures with a two-digit year
_SHORT_FIGURES = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d\d)\b")


def _short_figures(rest: str) -> dt.date | None:
    """A stamp written in figures with a two-digit year, read only when one order fits:
    dots are day first unless the month would be over 12, as some English editions of
    foreign papers write them."""
    match = _SHORT_FIGURES.match(rest.strip())
    if match is None:
        return None
    first, second, year = int(match["a"]), int(match["b"]), _full_year(int(match["y"]))
    if first > 12 >= second:
        return _safe_date(year, second, first)
    if second > 12 >= first or (match["sep"] == "." and first == second):
        return _safe_date(year, first, second)
    if match["sep"] == ".":
        return _safe_date(year, second, first)
    return None


# Day and month in figures anywhere in the text: '29/05' can only be day first.
_FIGURES = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/\d{2,4})?(?![\d/])")


def _figures_order(text: str) -> str | None:
    """ "DMY" or "MDY" when the text's unambiguous figure dates all agree on it, else None."""
    orders = set()
    for match in itertools.islice(_FIGURES.finditer(text), 200):
        first, second = int(match["a"]), int(match["b"])
        if 12 < first <= 31 and 1 <= second <= 12:
            orders.add("DMY")
        elif 12 < second <= 31 and 1 <= first <= 12:
            orders.add("MDY")
    return orders.pop() if len(orders) == 1 else None


_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip


def _order_by_months_told(text: str, head: Sequence[str]) -> str | None:
    """For an ambiguous 'Issued on: 04/01/2023' with no other figure date to settle it:
    the reading whose month, or the month before it, the text names more often (a report
    of 4 January talks of December and January, not of March and April)."""
    for line in head:
        match = _NUMERIC_DATE.search(line)
        if match is None or match["sep"] == ".":
            continue
        first, second = int(match["a"]), int(match["b"])
        if not (first <= 12 and second <= 12 and first != second):
            return None
        day_first, month_first = _months_told(text, second), _months_told(text, first)
        if day_first != month_first:
            return "DMY" if day_first > month_first else "MDY"
        return None
    return None


def _months_told(text: str, month: int) -> int:
    """How often ``text`` names ``month`` or the month before it."""
    low = text.lower()
    names = (_MONTH_NAMES[month - 1], _MONTH_NAMES[(month - 2) % 12])
    return sum(len(re.findall(rf"\b{name}\b", low)) for name in names)


def _settled(line: str, order: str) -> str:
    """``line`` with its slashed figure dates written day first with dots, which
    ``_numeric_date`` reads without doubt: "Issued: 04/06/2013" beside "Wed 29/05"."""

    def dotted(match: re.Match[str]) -> str:
        day, month = (match["a"], match["b"]) if order == "DMY" else (match["b"], match["a"])
        return f"{day}.{month}.{match['y']}"

    return _NUMERIC_DATE.sub(lambda m: dotted(m) if m["sep"] != "." else m.group(), line)


def _year_of(digits: str) -> int:
    """A year written in four figures or in two ('70' is 1970, '04' is 2004)."""
    return _full_year(int(digits)) if len(digits) == 2 else int(digits)


# a monitoring report's heading: 'Daily Situation Report, period ending 16 Feb 94, 1800B',
# 'Daily report for the period 0800 hrs 26 December to 0800 hrs 27 December 1996'
_PERIOD_END = re.compile(
    r"\bperiod\s+(?:ending|ended|to)\s+(?P<end>[^;\n]{4,40})"
    r"|\bfor\s+the\s+period\b[^;\n]{4,60}?\s(?:to|until)\s+(?P<until>[^;\n]{4,40})"
    # 'SMS ALERTS TO MEMBERS, 13-20 DEC 2018', 'BULLETINS SENT 25 SEPT TO 2 OCT 2018': a run
    # of messages, saved when its last one went out
    r"|\b(?:alerts?|bulletins?|messages?|sms|log|updates?|sitreps?)\b[^\n]{0,40}?\b\d{1,2}"
    rf"(?:\s+{_MONTH})?\s*(?:-|\u2013|\bto\b)\s*(?P<run>\d{{1,2}}\s+{_MONTH}\s+\d{{4}})",
    re.IGNORECASE,
)
_DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})\s+(?P<y>\d{{4}}|\d\d)\b",
    re.IGNORECASE,
)


def _report_period(lines: Sequence[str]) -> dt.date | None:
    """The last day of the period a report's heading says it covers."""
    for line in lines:
        found = _PERIOD_END.search(line)
        if found is None:
            continue
        end = _DAY_MONTH_YEAR.search(found["end"] or found["until"] or found["run"])
        if end is not None:
            return _named_month_date(end["d"], end["month"], end["y"])
    return None


def _named_month_date(day: str, month: str, year: str) -> dt.date | None:
    """The date of a day, a month's name and a year in two or four figures: '29', 'SEP',
    '70'."""
    number = _month_number(month)
    return _safe_date(_year_of(year), number, int(day)) if number else None


# A military or diplomatic message's date-time group: 'R 291530Z SEP 70'.
_DTG = re.compile(
    rf"(?<!\w)(?P<d>[0-3]\d)[0-2]\d[0-5]\dZ\s+(?P<month>{_MONTH})\s+(?P<y>\d{{4}}|\d\d)\b",
    re.IGNORECASE,
)


def _date_time_group(lines: Sequence[str]) -> dt.date | None:
    for line in lines:
        match = _DTG.search(line)
        if match is None:
            continue
        found = _named_month_date(match["d"], match["month"], match["y"])
        if found is not None:
            return found
    return None


# '8:02 AM · Nov 24, 2020 · Twitter Web App' under a post copied from a social network
_POST_STAMP = re.compile(
    r"^\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*\u00b7\s*(?P<date>[^\u00b7]{6,30}?)\s*(?:\u00b7|$)"
)


# '... based on information received as of 19:30, 2 January 2017': a report's cut-off
_AS_OF = re.compile(
    rf"\bas\s+(?:of|at)\s+(?:\d{{1,2}}[:.]\d{{2}}(?:\s*[a-z]{{2,4}})?,?\s+)?"
    # 'status as at Friday 2 June 2017': a weekday may come first
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<date>{_DATE_SNIPPET.pattern})",
    re.IGNORECASE,
)


def _saved_on(lines: Sequence[str]) -> dt.date | None:
    """The day a saved copy was made, said inside a header line: 'Series saved on Thursday
    31 May 2018 at 09:30', '... kept by the analyst, exported Tuesday 8 May 2018'."""
    for line in lines:
        found = _SAVED_ON.search(line)
        if found is not None:
            snippet = _DATE_SNIPPET.match(line, found.end())
            day = parse_full_date(snippet.group()) if snippet else None
            if day is not None:
                return day
    return None


_SAVED_ON = re.compile(
    r"\b(?:saved|exported|archived|transcribed|downloaded)\b(?:\s+(?:on|at))?\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?",
    re.IGNORECASE,
)


def _as_of(lines: Sequence[str]) -> dt.date | None:
    for line in lines[:3]:
        match = _AS_OF.search(line)
        if match is not None:
            found = parse_full_date(match["date"])
            if found is not None:
                return found
    return None


def _other_calendar_line(lines: Sequence[str]) -> dt.date | None:
    """A header dated in another calendar only: 'Sana'a, Sunday 23 Muharram 1441 AH',
    'Friday, 26 Av 5771'; the tagger converts it."""
    from viewer.core.temporal import tag  # the tagger's calendars, needed only here

    for line in lines:
        if len(line) > MAX_STAMP_LINE:
            continue
        for found in tag(line, None):
            if (
                found.start is not None
                and not found.relative
                and _OTHER_CALENDAR_YEAR.search(found.text)
            ):
                return found.start
    return None


# a year of the Hijri (1400s), Persian solar (1300s and 1400s) or Hebrew (5700s) calendar
_OTHER_CALENDAR_YEAR = re.compile(r"\b(?:1[34]\d\d|5[6-8]\d\d)\b")


def _first_date_matching(pattern: re.Pattern[str], lines: Sequence[str]) -> dt.date | None:
    """The full date of the first line ``pattern`` matches with a ``date`` that parses."""
    for line in lines:
        match = pattern.match(line)
        if match is not None:
            found = parse_full_date(match["date"])
            if found is not None:
                return found
    return None


# 'Kabul Wire | English, [16.05.21 08:05]': a chat or channel export stamps every message
_MESSAGE_STAMP = re.compile(
    r"\[(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{2}|\d{4}),?\s+\d{1,2}:\d{2}(?::\d{2})?\]"
)
MESSAGE_STAMPS = 3  # so many stamped messages make an export


def _latest_message(text: str) -> dt.date | None:
    """The day of the last message of an export, which is when it was read."""
    days = []
    for match in itertools.islice(_MESSAGE_STAMP.finditer(text), 2000):
        day = _safe_date(_year_of(match["y"]), int(match["m"]), int(match["d"]))
        if day is not None:
            days.append(day)
    return max(days) if len(days) >= MESSAGE_STAMPS else None


def dates_in(text: str, limit: int = 500) -> set[dt.date]:
    """The full dates written out in ``text`` (at most ``limit`` distinct spellings)."""
    spellings: set[str] = set()
    for match in _DATE_SNIPPET.finditer(text):
        spellings.add(" ".join(match.group().split()))
        if len(spellings) >= limit:
            break
    return {day for day in map(parse_full_date, spellings) if day is not None}


def filename_date(filename: str) -> dt.date | None:
    """A numeric year-month-day in a file name, as in ``2016-05-02_kerry.txt``."""
    for match in _FILENAME_DATE.finditer(filename):
        found = _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
        if found is not None:
            return found
    return None


# a numbered release's date after its number: 'No: 341, 29 December 2016, Press Release
# Regarding the Ceasefire', as a foreign ministry heads its statements
_NUMBER_THEN_DATE = re.compile(
    r"^(?:No|Nr|N\u00b0|Number)\.?\s*:?\s*\d+\s*[,/-]\s*(?P<date>" + _DATE_SNIPPET.pattern + ")",
    re.IGNORECASE,
)


def _publication_note(lines: Sequence[str]) -> dt.date | None:
    """The day a translator's or editor's note over the text says it came out: 'This
    article appeared in a Moscow business daily on 3 May 2016', 'Original published in the
    Hasakah edition, page 3, Sunday 24 April 2016 (17 Rajab 1437 AH)'."""
    for line in lines:
        day = _note_date(line)
        if day is not None:
            return day
    return None


def _note_date(line: str) -> dt.date | None:
    if _NOTE_OPENING.search(line) is None:
        return None  # a lede's 'the report, published on 3 May' is no note on the text
    verb = _APPEARED.search(line)
    if verb is None:
        return None
    for found in _DATE_SNIPPET.finditer(line, verb.end()):
        day = parse_full_date(found.group())
        if day is not None:
            return day
    return None


def publication_note_span(text: str) -> tuple[int, int] | None:
    """Where the note on the text over it stands ('Translated from the Russian. This article
    appeared in ... on 3 May 2016'): what dates the text, never an event of it."""
    seen = 0
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line)
        if line.strip():
            if _note_date(line) is not None:
                return start, end
            seen += 1
            if seen == NOTE_LINES:
                return None
        start = end
    return None


def is_publication_note(line: str) -> bool:
    return _note_date(line) is not None


NOTE_LINES = 3  # how far down the header a note on the text may sit
_NOTE_OPENING = re.compile(
    r"\b(?:translated|translation|this\s+(?:article|report|story)|the\s+following"
    r"|the\s+(?:article|report|story)\s+below|original|originally|edition)\b",
    re.IGNORECASE,
)
_APPEARED = re.compile(r"\b(?:appeared|published|ran|printed)\b", re.IGNORECASE)


def _first_nonblank(lines: Iterable[str], limit: int) -> list[str]:
    return list(itertools.islice((s for s in (line.strip() for line in lines) if s), limit))


def _head_lines(text: str) -> list[str]:
    return _first_nonblank(text.splitlines(), HEAD_LINES)


def _wire_transmission(tail: Sequence[str]) -> dt.date | None:
    """The stamp an agency's wire closes a story with: 'KH / 18-FEB-04 14:06 NNNN'."""
    for line in tail:
        found = _WIRE_TRANSMISSION.match(line.strip())
        if found is not None:
            return _named_month_date(found["d"], found["mon"], found["y"])
    return None


def _issue_week(lines: Sequence[str]) -> dt.date | None:
    """The first day of the week a weekly's issue covers: 'Issue N° 2476, from 29 June to 5
    July 2008', 'No. 41, 3-9 March 2014'."""
    for line in lines:
        found = _ISSUE_WEEK.match(line.strip())
        if found is not None:
            month = found["m1"] or found["m2"]
            first = parse_full_date(f"{found['d1']} {month} {found['y']}")
            if first is not None and found["m1"] and first.month > _month_number(found["m2"]):
                first = _safe_date(first.year - 1, first.month, first.day)  # 'from 29 December'
            return first
    return None


def _month_number(word: str) -> int:
    return _MONTH_NUMBERS.get(word[:3].lower(), 0)


_ISSUE_WEEK = re.compile(
    r"^(?:issue|edition|no\.?|n\u00b0|nr\.?)\s*(?:n\u00b0|no\.?)?\s*\d[\d,.]*\s*[,:|-]?\s*"
    rf"(?:from\s+)?(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{_MONTH}))?\s*(?:to|-|\u2013)\s*"
    rf"\d{{1,2}}\s+(?P<m2>{_MONTH})\s+(?P<y>\d{{4}})\b",
    re.IGNORECASE,
)
# 'DD-MON-YY HH:MM', as ANSA's and others' wires stamp the end of a story
_WIRE_TRANSMISSION = re.compile(
    r"^(?P<d>\d{1,2})-(?P<mon>[A-Za-z]{3})-(?P<y>\d\d)\s+\d{2}:\d{2}(?:\s+NNNN)?$"
)


# the formula that signs an agreement off: 'Done at Geneva, 12 March 2014', 'Done in Addis
# Ababa on this 2nd day of November 2022'
_DONE_AT = re.compile(
    r"^\W{0,3}done\s+(?:at|in)\s+(?P<rest>[^\n]{4,160})$", re.IGNORECASE | re.MULTILINE
)


def _done_at(text: str) -> dt.date | None:
    """The date of the first 'Done at ...' line that has one."""
    for found in itertools.islice(_DONE_AT.finditer(text), _DONE_AT_MOST):
        snippet = _DATE_SNIPPET.search(_written_out(found["rest"]))
        if snippet is not None:
            return parse_full_date(snippet.group())
    return None


_DONE_AT_MOST = 5  # lines looked at


def _tail_lines(text: str) -> list[str]:
    return _first_nonblank(reversed(text.rstrip().splitlines()), TAIL_LINES)


@functools.cache
def date_cues() -> dict[str, Any]:
    """``resources/ingest/date_cues.json``, read once for every reader that needs it."""
    cues: dict[str, Any] = json.loads(
        resource_path("ingest", "date_cues.json").read_text(encoding="utf-8")
    )
    return cues


@functools.cache
def stamp_words() -> dict[str, int]:
    """Stamp words and their rank, from the date cues."""
    return {str(word).lower(): int(rank) for word, rank in date_cues()["stamp_words"].items()}


@functools.cache
def _stamp_line() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in sorted(stamp_words(), key=len, reverse=True))
    return re.compile(
        rf"^\W{{0,3}}(?P<word>{words})\b\s*(?:on|at)?\s*[:\-\u2013\u2014]?\s*(?P<rest>.+)$",
        re.IGNORECASE,
    )


def is_date_line(line: str) -> bool:
    """True for a header line that only dates the article: "Published 21 February 2003",
    "Nairobi, 14 November 2000", "The Evening Report - Wednesday 31 August 1994"."""
    return _stamp_line_date([line]) is not None or _lone_date([line]) is not None


def _stamp_line_date(lines: Sequence[str]) -> dt.date | None:
    """The best "Published: ..." style line: publication beats posting beats updating."""
    best: tuple[int, dt.date] | None = None
    ranks = stamp_words()
    for line in lines:
        # 'Compiled by the research staff; last revised 16 December 1992.': the stamp may
        # close a line that says something else first
        # close a line that says something else first; 'Received 4 October 2007; revised
        # 21 February 2008; published online 14 July 2008': the best stamp of the line
        for match in _stamps_of(line):
            if _FIELD_OF.match(match["rest"]):
                continue  # 'Date of war: 1 September 1932 - ...' names another field
            rest = _written_out(_strip_separators(match["rest"]))
            snippet = _DATE_SNIPPET.search(rest)
            found = (
                (parse_full_date(snippet.group()) if snippet else None)
                or parse_full_date(rest)
                or _short_figures(rest)
            )
            rank = ranks[" ".join(match["word"].lower().split())]
            if found is not None and (best is None or rank < best[0]):
                best = (rank, found)
    return best[1] if best else None


def _stamps_of(line: str) -> Iterator[re.Match[str]]:
    """The stamps the line and its clauses open with, the whole line first."""
    whole = len(line) <= MAX_STAMP_LINE and _stamp_line().match(line)
    if whole:
        yield whole
        if not _CLAUSE_BREAK.search(line):
            return
    for piece in (*_CLAUSE_BREAK.split(line), *_FIELD_BREAK.split(line)[1:]):
        if len(piece) <= MAX_STAMP_LINE and (stamp := _stamp_line().match(piece)):
            yield stamp


# 'Date of war:', 'Date for talks:': a field named after the stamp word, not a stamp;
# 'Date of issue:', 'Date of report:' date the document itself
_FIELD_OF = re.compile(
    r"(?:of|for)\s+(?!(?:the\s+|this\s+)?(?:issue|report|publication|release|submission"
    r"|document|letter|note|memo|record|posting|update|revision|writing|printing|dispatch"
    r"|transmission|bulletin|briefing|statement)\b)[^:\d]{1,30}:",
    re.IGNORECASE,
)
# 'Received 4 October 2007; revised 21 February 2008; published online 14 July 2008'
_CLAUSE_BREAK = re.compile(r"(?:(?<=[a-z]{2})|(?<=\)))[.;]\s+|(?<=\d);\s+|(?<=\d{4})\.\s+(?=[A-Z])")
# a rule of dashes or an '-----Original Message-----' line: what follows was pasted in
_MESSAGE_BOUNDARY = re.compile(
    r"^\s*(?:[-_=*]{4,}|-+\s*(?:original|forwarded)\s+message\s*-+)\s*$", re.IGNORECASE
)
# 'Issue No. 4 | Published 5 January 2001': a masthead's fields
_FIELD_BREAK = re.compile(r"\s[|\u2022\u00b7]\s")


def _stamp_month(lines: Sequence[str]) -> dt.date | None:
    """The first day of the month a "Published: July 2006" line gives, when it gives no day."""
    for line in lines:
        match = _stamp_line().match(line) if len(line) <= MAX_STAMP_LINE else None
        month = _MONTH_YEAR.fullmatch(match["rest"].strip(" .")) if match else None
        if month is not None:
            number = _MONTH_NUMBERS.get(month["month"][:3].lower())
            if number is not None:
                return dt.date(int(month["year"]), number, 1)
    return None


_MONTH_YEAR = re.compile(rf"(?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d\d)", re.IGNORECASE)
_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def _lone_date(lines: Sequence[str]) -> dt.date | None:
    """The first header line that holds a full date and nothing else but a time, or a
    short name before it ("The Evening Report - Wednesday 31 August 1994")."""
    for line in lines:
        checked = _weekday_and_figures(line)
        if checked is not None:
            return checked
        line = _BUDDHIST_YEAR.sub(_gregorian_year, line)
        # 'Letters to the Editor | London, Tuesday 22 September 1987 | page 14': a masthead's
        # field may hold the date alone
        for piece in (line, *_FIELD_BREAK.split(line)[1:]):
            match = _LONE_DATE.match(_strip_separators(_after_its_name(piece)))
            if match is None and (shorter := _without_place_after(piece)) != piece:
                # 'entry 31 :: Saturday 3 July 1999, 10:40 pm, Honiara': the place after it
                match = _LONE_DATE.match(_strip_separators(_after_its_name(shorter)))
            if match is not None:
                found = parse_full_date(match["date"])
                if found is not None:
                    return found
    return None


def _without_place_after(line: str) -> str:
    """The line without the places that close it after the date: '..., 10:40 pm, Honiara'."""
    fields = line.split(", ")
    while len(fields) > 1 and _is_place(fields[-1]) and not _DATE_SNIPPET.search(fields[-1]):
        fields.pop()
    return ", ".join(fields)


def _weekday_and_figures(line: str) -> dt.date | None:
    """'Screen & Page  ·  Fri 8.8.25  ·  No. 1,184': a weekday and a date in figures, read in
    the one order (day first or month first) that falls on that weekday."""
    found = _WEEKDAY_FIGURES.search(line)
    if found is None:
        return None
    weekday = _WEEKDAY_NAMES.index(found["wd"][:3].lower())
    first, second, year = int(found["a"]), int(found["b"]), _year_of(found["y"])
    days = {
        day
        for day in (_safe_date(year, second, first), _safe_date(year, first, second))
        if day is not None and day.weekday() == weekday
    }
    return days.pop() if len(days) == 1 else None


_WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_FIGURES = re.compile(
    r"\b(?P<wd>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?,?\s+(?P<a>\d{1,2})(?P<sep>[./-])"
    r"(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})\b",
    re.IGNORECASE,
)


# 'Wednesday 4 May 2554 (2011)': a Thai masthead's Buddhist-era year with its Gregorian twin
_BUDDHIST_YEAR = re.compile(r"\b(?P<be>2[45]\d\d)\s*\((?P<ce>(?:19|20)\d\d)\)")
_BUDDHIST_ERA_OFFSET = 543


def _gregorian_year(match: re.Match[str]) -> str:
    if int(match["be"]) - int(match["ce"]) == _BUDDHIST_ERA_OFFSET:
        return match["ce"]
    return match.group()


def _date_under_byline(lines: Sequence[str]) -> dt.date | None:
    """A date on the line after a byline, however long the header above it: a review's
    'Reviewed by Martin Crewe / Thursday 20 July 2023' under the book's title, author,
    publisher and price."""
    for byline, line in itertools.pairwise(lines):
        dated = _lone_date([line]) if _BYLINE.match(byline) else None
        if dated is not None:
            return dated
    return None


_BYLINE = re.compile(
    r"^(?:(?:reviewed|written|reported|compiled|interview|words)\s+)?by\s+[A-Z]", re.IGNORECASE
)


def _after_its_name(line: str) -> str:
    """The last piece of a short header line that names its programme, issue or place
    before the date ("The Evening Report - Wednesday 31 August 1994", "Digest | Issue No. 41
    | Friday, 16 October 2015", "Grozny, 25 August 1996"); the line itself otherwise."""
    # 'YEREVAN, 22 SEPTEMBER 2023, 15:40. HAYLUR NEWS AGENCY (HNA).': the agency after it
    line = _AGENCY_AFTER.sub("", line)
    if len(line) > _NAMED_LINE_LENGTH:
        # '19 November 2016 – The United Nations Special Envoy ...': a date opening the
        # story as its dateline
        opening = _NAME_SEPARATOR.split(line, maxsplit=1)[0]
        said = _DATE_AFTER_WORDS.match(opening.strip())
        if said is not None and _LONE_DATE.match(_strip_separators(said["rest"])):
            return said["rest"]  # 'Channel log for Tuesday 29 July 2025 · 05:00-12:00 ...'
        return opening if _LONE_DATE.match(_strip_separators(opening)) else line
    if line.lower().startswith("by "):  # a byline: only a field of its own dates it
        # ('By a staff correspondent | Kampala, Sunday 2 January 2005')
        last = _NAME_SEPARATOR.split(line)[-1]
        place = _PLACE_BEFORE_DATE.match(last)
        for piece in (last, place["rest"] if place else last):
            if last != line and _LONE_DATE.match(_strip_separators(piece)):
                return piece
        return line
    pieces = _NAME_SEPARATOR.split(line)
    twins = [twin for twin in map(_gregorian_twin, pieces) if twin is not None]
    if twins:
        return twins[0]
    for piece in pieces:
        said = _DATE_AFTER_WORDS.match(piece.strip())
        if said is None:
            continue
        # 'Answered on Monday 25 March 2024 by the Minister of State:'
        rest = _BY_SOMEONE.sub("", said["rest"])
        if _LONE_DATE.match(_strip_separators(rest)):
            return rest
        leading = _LEADING_DATE.match(rest)
        if leading is not None:
            return leading["date"]  # '..., Monday 22 October 2018, 13:00-14:00 EAT (first ...'

    if len(pieces) > 1 and not any(
        _SENTENCE_END.search(piece) and not _PLACE_WITH_STATE.match(piece) for piece in pieces
    ):
        # the date closes the line ('Digest | Friday, 16 October 2015') or opens it
        # ('19.09.2018 - ANKARA', 'Bogotá 11 JAN 2018 - 18:40 CET')
        dated = [piece for piece in pieces if _LONE_DATE.match(_strip_separators(piece))]
        if not dated:
            # 'THE ANDEAN POST -- Lima, Tuesday, February 3, 1981': the masthead's town first
            dated = [rest for rest in map(_after_places, pieces) if rest is not None]
        line = dated[-1] if dated else pieces[0]
    if _LONE_DATE.match(_strip_separators(line)):
        return line
    other_calendar = _CORRESPONDING.search(line)
    if other_calendar is not None:
        # 'Wednesday 12 Ramadan 1446 AH, corresponding to 12 March 2025'
        return other_calendar["rest"]
    kind = _KIND_OF_DATE.match(line)  # 'Judgment of 2 August 2001', 'Report dated 3 May'
    if kind is not None and _LONE_DATE.match(_strip_separators(kind["rest"])):
        return kind["rest"]
    if kind is not None:
        # 'Notice dated the 18th day of August 2005, signed by the Imam': the date opens it
        opening = _DATE_SNIPPET.match(_written_out(kind["rest"]))
        if opening is not None:
            return opening.group()
    after_places = _after_places(line)
    if after_places is not None:
        return after_places
    place = _PLACE_BEFORE_DATE.match(line)
    return place["rest"] if place else line


def _after_places(line: str) -> str | None:
    """The date after the places a line opens with: 'AU Headquarters, Addis Ababa, Thursday
    25 May 2023', 'San Jose, Costa Rica, Friday, March 25, 1988'."""
    fields = line.split(", ")
    for count in range(1, min(len(fields), _PLACE_FIELDS + 1)):
        rest = ", ".join(fields[count:])
        if all(
            _is_place(field) or (index == 0 and _MEETING.fullmatch(field))
            for index, field in enumerate(fields[:count])
        ) and _LONE_DATE.match(_strip_separators(rest)):
            return rest
    return None


_BY_SOMEONE = re.compile(r"\s+by\s+(?:the\s+)?[A-Z][^\n]*$")
_PLACE_FIELDS = 3  # 'Building, City, Country,' before a header's date
# a record's first field before its place and date: '3989th meeting, New York, Friday, ...'
_MEETING = re.compile(
    r"\d+(?:st|nd|rd|th)\s+(?:meeting|session|sitting|plenary(?:\s+meeting)?)", re.IGNORECASE
)
_AGENCY_AFTER = re.compile(r"(?<=\d)\.\s+[A-Z][A-Z .'&-]{2,60}(?:\([A-Z]{2,8}\))?\.?\s*$")
_TWIN_IN_BRACKETS = re.compile(r"\((?P<twin>[^()]{6,40})\)\s*$")


def _gregorian_twin(piece: str) -> str | None:
    """The bracketed date after another calendar's date: 'Wednesday, 4 Tir 1404 (June 25,
    2025) | Vol. XXI, No. 6214'."""
    twin = _TWIN_IN_BRACKETS.search(piece)
    if twin is None or not _LONE_DATE.match(_strip_separators(twin["twin"])):
        return None
    return twin["twin"]


_NAMED_LINE_LENGTH = 100
# ' - ', ' | ', and the wide gaps of a masthead ('No. 31,402     FRIDAY, DECEMBER 28, 1951')
_CORRESPONDING_LEAD = re.compile(r"^corresponding\s+to\s+", re.IGNORECASE)
_CORRESPONDING = re.compile(r"\bcorresponding\s+to\s+(?P<rest>.+)$", re.IGNORECASE)
_NAME_SEPARATOR = re.compile(
    r"\s+(?:[-|\u2013\u2014\u00b7\u2022]|-{2,3}|::)\s+|\s*\|\s*|\s{4,}"  # 'entry 31 :: ...'
)
# 'Channel log for Tuesday 29 July 2025', 'Thread saved from the web on Wednesday 19 March
# 2025, 20:40 Kyiv time': a record and its date, or what was done to the page and when (a
# headline's 'Truce to begin on 3 May 2019' or 'The war of 3 May 2019' is neither)
_DONE_TO_A_PAGE = (
    r"(?:dated|exported|saved|sent|posted|issued|published|updated|filed|archived|retrieved"
    r"|released|generated|produced|compiled|circulated|distributed|printed|mailed|e-?mailed"
    r"|aired|broadcast|on\s+sale|answered|adopted):?"
)
_DATE_AFTER_WORDS = re.compile(
    # 'Unstarred Question No. 2934, answered on 14.12.2021'
    r"^(?:[\w'\u2019.,]+\s+){0,5}?(?:"
    r"(?:log|edition|issue|briefing|digest|transcript|bulletin|summary|roundup)\s+for"
    r"|week\s+(?:ending|ended|to)"  # a weekly's 'Week ending Friday 20 June 2003'
    # 'THE NEWS HOUR - transcript, Monday 22 October 2018, 13:00-14:00 EAT', 'Evening news
    # bulletin as read, Thursday 20 December 2001, 18.00 WIB': a broadcast and its day
    r"|(?:transcript|script|bulletin)(?:\s+as\s+(?:read|broadcast|aired))?\s*[,:]"
    r"|as\s+(?:read|broadcast|aired)\s*[,:]"
    r"|" + _DONE_TO_A_PAGE + r"(?:\s+(?!on\b)[\w'\u2019]+){0,4}\s+on"
    r"|"
    + _DONE_TO_A_PAGE
    + r"(?=\s+(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|"
    + _MONTH
    + r"\s+\d))"
    r")\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# a date the fields after a broadcast's name open with, its weekday before it
_LEADING_DATE = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?P<date>" + _DATE_SNIPPET.pattern + r")"
    r"(?=\s*(?:,|$))",
    re.IGNORECASE,
)
# 'Long Beach, Calif.': a dateline's place and its abbreviated state, no sentence
_PLACE_WITH_STATE = re.compile(r"^\s*[A-Z][\w .'-]+,\s+[A-Z][a-z]{1,5}\.\s*$")
# a full stop after a word, not after a masthead's 'Vol.' or 'Nos.'
_SENTENCE_END = re.compile(r"(?<![VN])[a-z]{2}[.!?](?:\s|$)")
# 'Grozny, 25 August 1996', 'Nairobi, 14 November 2000': a place, then the date alone
_KIND_OF_DATE = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,2}(?:judg(?:e)?ment|decision|order|report|statement|communiqu[eé]"
    r"|sitting|session|hearing|debate|proceedings"
    r"|release|resolution|memorandum|minutes|note|notice|circular|letter|update|briefing"
    r"|bulletin|edition)"
    r"\s+(?:of|dated)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_PLACE_BEFORE_DATE = re.compile(
    r"^(?P<place>[A-Z][\w'\u2019/-]+(?:\s+(?:and\s+)?[A-Z][\w'\u2019/-]+){0,2}),?\s+(?P<rest>\S.*)$"
)


_AGENCY_DATELINE = re.compile(r"^\s*(?P<head>[^\n]{3,60}?),\s*[A-Z][A-Z&-]{2,24}\.\s")


# 'KHARTOUM / KADUGLI (2 January 2017) - The Sudanese President ...'
_BRACKETED_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .,/'\u2019-]{2,80}\((?P<date>[^()]{6,40})\)\s*(?:\u2014|\u2013|--|-|:)\s"
)


def _dateline(lines: Sequence[str]) -> dt.date | tuple[int, int] | None:
    """A wire-style dateline: a date, or (month, day) when the dateline has no year."""
    for line in lines[:HEAD_LINES]:
        bracketed = _BRACKETED_DATELINE.match(line)
        if bracketed is not None:
            found = parse_full_date(bracketed["date"])
            if found is not None:
                return found
        # most lines: one plain scan spares the dateline pattern's backtracking
        match = _DATELINE.match(line) if _DATELINE_END.search(line) is not None else None
        if match is None or len(match["head"].split(",")) < 2:
            # 'YEREVAN, MAY 17, ARMENPRESS. The presidents ...', as some agencies close it
            match = _AGENCY_DATELINE.match(line)
        if match is None:
            continue
        parts = [part.strip() for part in match["head"].split(",")]
        if len(parts) < 2 or not _is_place(parts[0]):
            continue
        # 'Doha, Tuesday 18 Ramadan 1446 AH, corresponding to 18 March 2025 (QNA) --'; the
        # agency may follow the date: 'DUSHANBE, July 26, 2012, Asia-Plus --'
        spans = [(start, len(parts)) for start in range(1, len(parts))]
        spans += [
            (start, end)
            for start in range(1, len(parts))
            for end in range(len(parts) - 1, start, -1)
        ]
        for start, end in spans:
            candidate = _CORRESPONDING_LEAD.sub("", ", ".join(parts[start:end]))
            # 'Makkah, Muharram 21, 1428 H corresponding to February 9, 2007, SPA --'
            corresponding = _CORRESPONDING.search(candidate)
            if corresponding is not None:
                candidate = corresponding["rest"]
            if not (_MONTH_NAME.search(candidate) or re.search(r"\d", candidate)):
                continue
            full = parse_full_date(candidate)
            if full is not None:
                return full
            if not _YEAR.search(candidate) and _MONTH_NAME.search(candidate):
                partial = _parse(candidate, _DAY_MONTH)
                if partial is not None:
                    return partial.month, partial.day
    return None


def _is_place(text: str) -> bool:
    """Datelines open with a place: GENEVA, MOSCOW/YEREVAN, WASHINGTON D.C., or Geneva."""
    letters = [char for char in text if char.isalpha()]
    if not 2 <= len(letters) <= 40:
        return False
    if all(char.isupper() for char in letters):
        return True
    words = re.split(r"[\s/-]+", text.strip())
    return len(words) <= 3 and all(word[:1].isupper() for word in words if word)


def _weekday_day_without_year(
    head: Sequence[str], text: str, filename: str, fallbacks: Sequence[DateHint | None]
) -> dt.date | None:
    """'Bulletin 14 - Thurs 3/6 - 7.00 slot' under 'Script file VOR/NEWS/1999': a header's
    weekday and day in figures, in the year (named in the header, the file name or a
    fallback) and the order (day or month first) in which they agree."""
    found = next((m for line in head if (m := _WEEKDAY_DAY_MONTH.search(line))), None)
    if found is None:
        return None
    weekday = _WEEKDAY_NAMES.index(found["wd"][:3].lower())
    first, second = int(found["a"]), int(found["b"])
    years = [int(y) for line in head for y in _HEAD_YEAR.findall(line)]
    years += [year for year, _, _ in _year_candidates(text, filename, fallbacks)]
    for year in dict.fromkeys(years):
        days = {
            day
            for day in (_safe_date(year, second, first), _safe_date(year, first, second))
            if day is not None and day.weekday() == weekday
        }
        if len(days) == 1:
            return days.pop()
    return None


_WEEKDAY_DAY_MONTH = re.compile(
    r"\b(?P<wd>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?,?\s+(?P<a>\d{1,2})[./](?P<b>\d{1,2})\b"
    r"(?![./]\d)",
    re.IGNORECASE,
)
_HEAD_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])|(?<=/)(?:19|20)\d\d\b")


def _year_candidates(
    text: str, filename: str, fallbacks: Sequence[DateHint | None]
) -> list[tuple[int, str, dt.date | None]]:
    """Years to complete a yearless dateline, each with the latest day it allows, if any."""
    years: list[tuple[int, str, dt.date | None]] = []
    named = _YEAR.search(filename)
    if named is not None:
        years.append((int(named.group(1)), "filename", None))
    years.extend((hint.day.year, hint.source, hint.day) for hint in fallbacks if hint is not None)
    copyright_line = _COPYRIGHT.search(text)
    if copyright_line is not None:
        years.append((int(copyright_line["y"]), "copyright", None))
    return years


def _strip_separators(text: str) -> str:
    return re.sub(r"\s*[|•·]\s*", " ", text).strip()


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
