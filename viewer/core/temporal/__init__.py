"""The temporal tagger: finds the time expressions of a news text and places them on the calendar.

``tag`` is pure: the reference date arrives as an argument and today's date is
never consulted, so a document without a reference date keeps its relative
expressions unanchored.
"""

from __future__ import annotations

import bisect
import datetime as dt
import email.utils
import re
from dataclasses import replace

from viewer.core.model import Precision, TimeExpression, TimexType
from viewer.core.temporal import calendar as cal
from viewer.core.temporal.lexicon import LEXICON
from viewer.core.temporal.posts import Post, post_days
from viewer.core.temporal.recognize import MONTH, candidates
from viewer.core.temporal.resolve import Scene, Story, resolve

__all__ = ["tag", "timeml_pieces"]

# A message quoted whole inside another: its 'yesterday' is its own sender's.
_FORWARDED = re.compile(
    r"^[ \t>]*-{2,}\s*(?:forwarded|original)\s+message\s*-{2,}[ \t]*$", re.IGNORECASE | re.M
)
_FORWARD_END = re.compile(
    r"^[ \t>]*-{2,}\s*end\s+(?:of\s+)?forwarded\s+message\s*-{2,}[ \t]*$", re.IGNORECASE | re.M
)
_DATE_HEADER = re.compile(r"^[ \t>]*(?:date|sent):[ \t]*(?P<value>\S.*)$", re.IGNORECASE | re.M)
_HEADER_REACH = 400  # characters from the forwarding line to its Date header


def tag(text: str, reference: dt.date | None) -> list[TimeExpression]:
    """Every temporal expression of ``text``, in order, resolved against ``reference``."""
    return _tag(text, reference, dated_by_its_note=True)


def _tag(text: str, reference: dt.date | None, dated_by_its_note: bool) -> list[TimeExpression]:
    scene = Scene.of(text, reference)
    told = _interview_day(text, reference) if dated_by_its_note else None
    if told is not None:
        # an interview published later: its 'yesterday' and 'next week' are of the day it
        # was held, which the piece states
        scene = Scene(text, told, scene.story, scene.folded)
    # the innermost block first: a reply quoting a message that quotes another
    blocks = sorted(
        _forwarded_blocks(scene) + _quoted_replies(scene) + _monitored_items(scene),
        key=lambda b: b[1] - b[0],
    )
    # an export's posts, in text order and one after another: found by bisection, since a
    # chat export may hold tens of thousands
    posts = post_days(text, scene.reference)
    post_starts = [post.start for post in posts]
    # the story goes on from post to post ('On the 10th' is of the month the last one told),
    # but a press review's papers, an archive box's old issues and an 'On this day' column's
    # years are each a story of their own
    post_scenes = [
        Scene(text, post.day, Story() if post.own_story else scene.story, scene.folded)
        for post in posts
    ]
    stamps = sorted(post.stamp for post in posts)
    stamp_starts = [start for start, _ in stamps]
    post_of_stamp = {post.stamp[0]: post for post in posts}
    found: list[TimeExpression] = []
    stamp_dates: list[tuple[int, TimeExpression, Post]] = []  # where each stamp was found
    joined, ends = _joined_across_lines(text)
    if joined is text:
        read = candidates(text, scene.folded or None)
    else:
        folded = joined.lower()
        read = (
            replace(c, end=ends.get(c.end, c.end))
            for c in candidates(joined, folded if len(folded) == len(joined) else None)
        )
    for candidate in read:
        inner = next(
            ((start, end, s) for start, end, s in blocks if start <= candidate.start < end), None
        )
        at = bisect.bisect_right(post_starts, candidate.start) - 1
        if at >= 0:
            post = posts[at]
            if (
                candidate.start < post.end
                and post.day != scene.reference
                and (inner is None or post.end - post.start < inner[1] - inner[0])
            ):
                inner = (post.start, post.end, post_scenes[at])
        stamp = stamps[bisect.bisect_right(stamp_starts, candidate.start) - 1] if stamps else None
        stamped = stamp is not None and stamp[0] <= candidate.start < stamp[1]
        expression = resolve(candidate, inner[2] if inner else scene)
        if expression is not None and stamped and stamp is not None:
            # a post's or a letter's stamp dates what it heads or signs, not an event; kept
            # aside for a post that tells no day of its own
            if stamp[0] in post_of_stamp:
                stamp_dates.append((len(found), expression, post_of_stamp[stamp[0]]))
            expression = replace(expression, start=None, end=None, precision=None)
        if expression is not None:
            found.append(expression)
    # where the expressions that place events start: a post holding none dates nothing itself
    # (a stamp's own expression was left unplaced above), looked up by bisection, since a
    # chat export may hold tens of thousands of posts
    placing = sorted(e.char_start for e in found if e.anchored)
    placed: set[int] = set()
    for index, dated, post in stamp_dates:
        day = post.day.isoformat()
        if post.start in placed or not (
            dated.value.startswith(day) or any(char.isdigit() for char in dated.text)
        ):
            continue  # 'Levant Now · Tue 29 Apr, 09:10': the source's name is no stamp
        at = bisect.bisect_left(placing, post.start)
        if at == len(placing) or placing[at] >= post.end:
            # '[24.10.2021 08:15] Heavy fighting near the market.': a post that dates nothing
            # itself happened when it went up, and its stamp places it
            placed.add(post.start)
            found[index] = replace(
                dated,
                type=dated.type if dated.value.startswith(day) else TimexType.DATE,
                value=dated.value if dated.value.startswith(day) else day,
                start=post.day,
                end=post.day,
                precision=Precision.DAY,
                relative=False,
            )
    return found


def _interview_day(text: str, reference: dt.date | None) -> dt.date | None:
    """The day an interview or a recording was made, when the piece says so near its top:
    'This interview was conducted on 3 October 2012', '[Recorded Tuesday 28 June 2016.]',
    a podcast's show notes' 'Recorded on Friday, 23 September.', an archive's 'Recorded in
    Nabatieh on 9 October 2012.',
    'He spoke to us by telephone ... on Wednesday 4 January 1995', 'his answers arrived on
    Wednesday 6 May'."""
    cue = _INTERVIEW_CUE.search(text, 0, _INTERVIEW_REACH)
    if cue is None:
        return None
    stop = _SENTENCE_END.search(text, cue.end())
    sentence = text[cue.start() : stop.start() if stop else len(text)]
    for found in _tag(sentence, reference, dated_by_its_note=False):
        # a day of its own, written as a date: 'a trader, who spoke to this newspaper
        # yesterday' is the report's own yesterday, and moves nothing
        if (
            found.precision is Precision.DAY
            and found.start is not None
            and any(c.isdigit() for c in found.text)
        ):
            return found.start if found.start != reference else None
    return None


_INTERVIEW_REACH = 2000  # characters: the note that dates an interview opens the piece
_INTERVIEW_CUE = re.compile(
    r"(?:\b(?:this|the)\s+(?:interview|conversation|exchange|episode|podcast)(?:\s+below)?\s+"
    r"(?:was|were)\s+(?:conducted|recorded|held|taped|done)|\[\s*recorded\b"
    r"|(?:^|\n)[ \t]*recorded\s+(?:on\b|:|in\s+[^\n.;:]{1,40}?\s+on\b)|\b(?:spoke|talked)\s+"
    r"to\s+(?:us|me|this\s+(?:paper|newspaper|magazine))\b|\banswers\s+(?:arrived|came|were\s+(?:sent"
    r"|written|received)))",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;](?:\s|$)|\]|\n")


def _joined_across_lines(text: str) -> tuple[str, dict[int, int]]:
    """The text with a month or weekday name a PDF broke across lines ('Septem-\nber') read
    whole: the break's characters move after the name, so every offset before and after
    keeps, and ``ends`` maps where the joined name ends to where it ends in ``text``."""
    if "-\n" not in text:
        return text, {}
    pieces: list[str] = []
    ends: dict[int, int] = {}
    last = 0
    for broken in _BROKEN_WORD.finditer(text):
        word = broken["head"] + broken["tail"]
        if word.lower() not in _WHOLE_NAMES:
            continue
        pieces.append(text[last : broken.start()])
        pieces.append(word + " " * (broken.end() - broken.start() - len(word)))
        ends[broken.start() + len(word)] = broken.end()
        last = broken.end()
    if not ends:
        return text, {}
    pieces.append(text[last:])
    return "".join(pieces), ends


_BROKEN_WORD = re.compile(r"(?<![\w-])(?P<head>[A-Za-z]{2,})-\n[ \t]*(?P<tail>[a-z]{2,})(?![\w-])")
_WHOLE_NAMES = frozenset(name for name in (*LEXICON.months, *LEXICON.weekdays) if len(name) > 3)


def _forwarded_blocks(scene: Scene) -> list[tuple[int, int, Scene]]:
    """(start, end, scene) of each forwarded message that gives its own date."""
    text = scene.text
    if "essage" not in text:
        return []
    blocks = []
    for opening in _FORWARDED.finditer(text):
        header = _DATE_HEADER.search(text, opening.end(), opening.end() + _HEADER_REACH)
        sent = _sent_on(header["value"]) if header else None
        if sent is None:
            continue
        closing = _FORWARD_END.search(text, opening.end())
        end = closing.start() if closing else len(text)
        blocks.append((opening.start(), end, scene.told_on(sent)))
    return blocks


def _quoted_replies(scene: Scene) -> list[tuple[int, int, Scene]]:
    """(start, end, scene) of each earlier message a reply quotes under its mail program's
    line 'On Mon, 22 Oct 2018 at 09:12, Amina Yusuf <...> wrote:': the '> ' lines after it
    speak of their own day, so their 'today' is the day that message was sent."""
    text = scene.text
    if "wrote:" not in text:
        return []
    blocks = []
    for line in _WROTE.finditer(text):
        sent = _sent_on(line["date"])
        if sent is None:
            continue
        depth = len(line["marks"].replace(" ", "")) + 1
        end = start = line.end()
        for quoted in _LINE.finditer(text, start):
            marks = _QUOTE_MARKS.match(quoted[0])
            if marks is None or len(marks[0].replace(" ", "")) < depth:
                break
            end = quoted.end()
        if end > start:
            blocks.append((start, end, scene.told_on(sent)))
    return blocks


# 'On Mon, 22 Oct 2018 at 09:12, Amina Yusuf <a.yusuf@example.org> wrote:', perhaps quoted
# itself, perhaps wrapped before 'wrote:'
_WROTE = re.compile(
    r"^(?P<marks>[> \t]*)On\s+(?P<date>[^\n]{0,40}?\b(?:19|20)\d\d\b"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)?),?[^\n]{0,120}?\n?"
    r"(?:[> \t]*)?[^\n]{0,80}?\bwrote:[ \t]*$",
    re.M,
)
_LINE = re.compile(r"^.*$", re.M)
_QUOTE_MARKS = re.compile(r"[> \t]*")


def _monitored_items(scene: Scene) -> list[tuple[int, int, Scene]]:
    """(start, end, scene) of each item of a broadcast-monitoring digest, headed by its
    source and stamp ('2. Al-Sharqiya TV, Baghdad, in Arabic 0900 gmt 11 May 08'): what
    the broadcast calls 'today' or 'yesterday' is of the day it went out, up to its
    'Source:' line or the next item."""
    text = scene.text
    if "gmt" not in (scene.folded or text.lower()):
        return []
    heads = [
        (found, day)
        for found in _MONITORING_STAMP.finditer(text)
        if not found["lead"].lower().startswith("source") and (day := _stamp_day(found)) is not None
    ]
    blocks = []
    for index, (found, day) in enumerate(heads):
        end = heads[index + 1][0].start() if index + 1 < len(heads) else len(text)
        source = _SOURCE_LINE.search(text, found.end(), end)
        blocks.append((found.end(), source.start() if source else end, scene.told_on(day)))
    if not heads:
        # one monitored broadcast whose 'Source: AzTV, Baku, in Azeri 1700 gmt 5 Apr 16'
        # heads it, as a single report is laid out: the broadcast's 'today' is of that day,
        # whenever the report itself went out
        source = next(
            (
                found
                for found in _MONITORING_STAMP.finditer(text, 0, _SOURCE_HEAD_REACH)
                if found["lead"].lower().startswith("source")
            ),
            None,
        )
        day = None if source is None else _stamp_day(source)
        if source is not None and day is not None and day != scene.reference:
            blocks.append((source.end(), len(text), scene.told_on(day)))
    return blocks


def _stamp_day(found: re.Match[str]) -> dt.date | None:
    month = LEXICON.months.get(found["month"].lower())
    year = int(found["year"])
    year += 0 if year > 99 else 2000 if year < 50 else 1900
    try:
        return dt.date(year, month, int(found["day"])) if month else None
    except ValueError:
        return None


# '1. Al-Iraqiya TV, Baghdad, in Arabic 1800 gmt 10 May 08', a monitoring item's head
_MONITORING_STAMP = re.compile(
    r"^(?P<lead>[^\n]{3,140}?)\s(?:[01]\d|2[0-3])[0-5]\d\s*(?:gmt|GMT|UTC|utc)\s+"
    r"(?P<day>[0-3]?\d)\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<year>\d{4}|\d\d)[ \t]*$",
    re.M,
)
_SOURCE_LINE = re.compile(r"^[ \t]*Source:", re.M)
_SOURCE_HEAD_REACH = 600  # characters: a single report's source line is under its headline


def _sent_on(value: str) -> dt.date | None:
    """The day of an e-mail Date header: 'Mon, 30 Dec 1996 16:05:33 +0500', or as a mail
    program writes it in a forward: 'Tue, Feb 24, 2009 at 6:15 PM'."""
    try:
        return email.utils.parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError, IndexError):
        pass
    day = _AT_TIME.sub("", value).strip()
    if not _FULL_YEAR.search(day):
        return None
    import dateparser  # imported late: it is slow to load and a forward is rare

    parsed = dateparser.parse(
        day, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]}
    )
    return parsed.date() if parsed else None


_AT_TIME = re.compile(r"\s+at\s+\d{1,2}[:.]\d{2}.*$", re.IGNORECASE)
_FULL_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# 'from April through November', 'between March and June 2015': TimeML marks each month
_MONTH_RANGE = re.compile(
    # ('the April-September half' is one period of its own)
    r"(?:(?:from|between)\s+)?(?P<first>" + MONTH + r"(?:,?\s+\d{4})?)(?:\s+(?:to|through|until"
    r"|till|and)\s+|\s+[-\u2013\u2014]\s+)(?P<second>" + MONTH + r"(?:,?\s+\d{4})?)",
    re.IGNORECASE,
)


def timeml_pieces(expression: TimeExpression) -> list[TimeExpression]:
    """The TIMEX3s TimeML writes for an expression: one each for the two months of a month
    range the timeline keeps as one event ('from April through November' is 'April' and
    'November'), the expression itself otherwise."""
    joined = (
        _clock_and_its_gmt(expression)
        or _joined_by_a_signal(expression)
        or _feast_and_its_year(expression)
    )
    if joined:
        return joined
    found = _MONTH_RANGE.fullmatch(expression.text)
    start, end = expression.start, expression.end
    if found is None or start is None or end is None or expression.precision is None:
        return [expression]
    pieces = []
    for group, day in (("first", start), ("second", end)):
        first_day = day.replace(day=1)
        pieces.append(
            replace(
                _piece(expression, found, group),
                value=f"{day.year:04d}-{day.month:02d}",
                start=first_day,
                end=day.replace(day=cal.last_day(day.year, day.month)),
                precision=Precision.MONTH,
                mod=None,
            )
        )
    return pieces


# 'Wednesday at 1:05 p.m.', '3am on Monday 10 March': a day and a clock joined by 'at' or
# 'on', which TimeML marks as a signal between two TIMEX3s
_SIGNAL_JOINED = re.compile(r"(?P<first>.+?)\s+(?:at|on)\s+(?P<second>.+)", re.IGNORECASE)
_CLOCK_PART = re.compile(
    r"\d\s*(?:[ap]\.?m\b|[:.h]\d\d)|\b(?:noon|midnight|midday|dawn|dusk|sunrise|sunset)\b"
    r"|o['\u2019]clock",
    re.IGNORECASE,
)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _clock_and_its_gmt(expression: TimeExpression) -> list[TimeExpression]:
    """'10:30 a.m. (0830 GMT)' is two TIMEX3s in TimeML, the local clock and the GMT one,
    each valued as written; a weekday after them ('... (0735 GMT) Friday') is a third."""
    found = _WITH_GMT.fullmatch(expression.text)
    day = _DAY_VALUE.match(expression.value)
    if found is None or day is None or expression.type is not TimexType.TIME:
        return []

    gmt = f"{day.group()}T{found['hh']}:{found['mm']}"
    pieces = [
        _piece(expression, found, "local"),
        replace(_piece(expression, found, "gmt"), value=gmt, mod=None),
    ]
    if found["weekday"]:
        pieces.append(_as_its_day(_piece(expression, found, "weekday"), day.group()))
    return pieces


def _piece(expression: TimeExpression, found: re.Match[str], group: str) -> TimeExpression:
    """The part of ``expression`` that ``group`` of a match on its text spans, as a TIMEX3
    of its own."""
    return replace(
        expression,
        text=found[group],
        char_start=expression.char_start + found.start(group),
        char_end=expression.char_start + found.end(group),
    )


def _as_its_day(piece: TimeExpression, day: str) -> TimeExpression:
    """The piece of a clock time's expression that names its day, as a DATE of that day."""
    on_the_day = dt.date.fromisoformat(day)
    return replace(
        piece,
        type=TimexType.DATE,
        value=day,
        start=on_the_day,
        end=on_the_day,
        precision=Precision.DAY,
        mod=None,
    )


# '6:47 p.m. local time (2247 GMT)', 'about 10:35 a.m. (0735 GMT) Friday'
_WITH_GMT = re.compile(
    r"(?P<local>.+?)\s*\((?P<gmt>(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?:GMT|UTC|Z))\)"
    r"(?:\s+(?:on\s+)?(?P<weekday>"
    + "|".join(sorted(LEXICON.weekdays, key=len, reverse=True))
    + r"))?",
    re.IGNORECASE,
)


def _feast_and_its_year(expression: TimeExpression) -> list[TimeExpression]:
    """'Christmas Eve that year' is 'Christmas Eve' and 'that year' in TimeML, as two
    TIMEX3s; the timeline keeps the one day."""
    found = _FEAST_AND_YEAR.fullmatch(expression.text)
    if found is None or expression.start is None or expression.precision is not Precision.DAY:
        return []
    year = expression.start.year
    return [
        _piece(expression, found, "feast"),
        replace(
            _piece(expression, found, "year"),
            value=f"{year:04d}",
            start=dt.date(year, 1, 1),
            end=dt.date(year, 12, 31),
            precision=Precision.YEAR,
        ),
    ]


# a feast's name, capitalised and without figures ('Nov. 9 last year' stays whole, as
# TimeML writes a date and its year)
_FEAST_AND_YEAR = re.compile(
    r"(?P<feast>(?-i:[A-Z])[^\d]*?)\s+(?P<year>(?:last|next|this|that)\s+year)", re.IGNORECASE
)


def _joined_by_a_signal(expression: TimeExpression) -> list[TimeExpression]:
    """The two TIMEX3s of a clock time and its day written with 'at' or 'on' between them:
    the day as a DATE, the clock as the TIME the timeline keeps ('Wednesday at 1:05 p.m.'
    is 'Wednesday' and '1:05 p.m.'). None of them for anything else."""
    found = _SIGNAL_JOINED.fullmatch(expression.text)
    day = _DAY_VALUE.match(expression.value)
    if found is None or day is None or expression.type is not TimexType.TIME:
        return []
    first_is_clock = _CLOCK_PART.search(found["first"]) is not None
    second_is_clock = _CLOCK_PART.search(found["second"]) is not None
    if first_is_clock == second_is_clock:
        return []  # 'the night of May 7', 'dawn on the 12th' read either way: left whole
    clock, date_part = ("first", "second") if first_is_clock else ("second", "first")
    pieces = {
        clock: _piece(expression, found, clock),
        date_part: _as_its_day(_piece(expression, found, date_part), day.group()),
    }
    return [pieces["first"], pieces["second"]]
