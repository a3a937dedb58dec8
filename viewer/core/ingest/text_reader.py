"""Plain text in whatever encoding the analyst's tools saved it."""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata

from .limits import UnreadableDocumentError
from .pubdate import is_date_line, is_publication_note

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Above this share of non-ASCII letters, cp1252 is unlikely to be the right guess
# (Western European news is mostly ASCII letters with some accents).
_MAX_WESTERN_ACCENT_SHARE = 0.3
_MAX_CONTROL_SHARE = 0.01
_SAMPLE = 200_000
_FRONT_MATTER = re.compile(r"---\n(.*?)\n---\n", re.DOTALL)
# Legacy-encoded text almost never forms valid UTF-8 sequences by chance, so a
# text with many valid ones and only a few broken ones is damaged UTF-8.
_MAX_DAMAGED_UTF8 = 10
# Categories Cc (but tab, line feed, vertical tab and form feed), Cs and Co.
_CONTROL_CHARS = re.compile(
    "[\x00-\x08\x0d-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff"
    "\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)
_OTHER_NON_ASCII = re.compile(
    "[^\x00-\x7f\x80-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)


def decode_text(data: bytes) -> str:
    """Decode bytes that should be text and normalise line ends to LF.

    UTF-8 is tried first because it never decodes binary or legacy text by
    accident. charset-normalizer guesses poorly on short Western text (it
    calls cp1252 news "cp1250" or "cp775"), so when its guess and cp1252 agree
    that the text is mostly ASCII letters, cp1252 wins.
    """
    if not data.strip():
        raise UnreadableDocumentError("the file is empty")
    text = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _looks_binary(text):
        raise UnreadableDocumentError(
            "the file is not text: it looks like binary data (an image or a program?)"
        )
    return text


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            # A byte-order mark settles the encoding; a damaged byte costs one character.
            return data.decode(encoding, errors="replace")
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data[:_SAMPLE]:
        raise UnreadableDocumentError(
            "the file is not text: it looks like binary data (an image or a program?)"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    damaged_utf8 = _mostly_utf8(data)
    if damaged_utf8 is not None:
        return damaged_utf8
    western = _western(data)
    if western is not None:
        return western
    # Imported here: UTF-8 and cp1252 above settle nearly every file without it.
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_SAMPLE]).best()
    if best is None:
        raise UnreadableDocumentError("the file's text encoding cannot be recognised")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UnreadableDocumentError("the file's text encoding cannot be recognised") from exc


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: every other byte of ASCII text is zero."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) // 2)
    odd_zero = sample[1::2].count(0) / (len(sample) // 2)
    for share_a, share_b, encoding in (
        (odd_zero, even_zero, "utf-16-le"),
        (even_zero, odd_zero, "utf-16-be"),
    ):
        if share_a > 0.4 and share_b < 0.05:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few damaged bytes, rather than the whole text garbled as cp1252."""
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    valid = sum(1 for char in text if not char.isascii()) - damaged
    if damaged <= _MAX_DAMAGED_UTF8 and valid >= 2 * damaged:
        return text
    return None


def _western(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [char for char in text[:_SAMPLE] if char.isalpha()]
    if not letters:
        return None
    accented = sum(1 for char in letters if not char.isascii())
    if accented / len(letters) > _MAX_WESTERN_ACCENT_SHARE:
        return None
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    if not sample:
        return False
    blanked = sample.replace("\n", " ").replace("\t", " ")
    if blanked.replace("\x0b", " ").replace("\x0c", " ").isprintable():
        # Every character counted below is unprintable, and nearly every article is
        # printable once its tabs and line ends are blanks: one pass in C settles it.
        return False
    # Controls, surrogates and private-use characters by range, in C; only the
    # few other non-ASCII characters need a look-up to find unassigned ones.
    controls = len(_CONTROL_CHARS.findall(sample))
    controls += sum(
        1 for char in _OTHER_NON_ASCII.findall(sample) if unicodedata.category(char) == "Cn"
    )
    return controls / len(sample) > _MAX_CONTROL_SHARE


def text_title(text: str, max_length: int = 200) -> str | None:
    """A Markdown front-matter title, else the first line with words, when short enough."""
    front = _FRONT_MATTER.match(text)
    if front is not None:
        named = re.search(r"^title:\s*(.+?)\s*$", front.group(1), re.MULTILINE)
        if named is not None and named.group(1).strip("\"' "):
            return named.group(1).strip("\"' ")[:max_length]
    header = [
        stripped
        for stripped in (line.strip().lstrip("#").strip() for line in text.splitlines()[:40])
        if any(char.isalnum() for char in stripped) and not _is_chrome(stripped)
    ]
    lines = header[:_HEADER_LINES]
    # a memorandum's or a message's subject line names it, under its To, Cc, From, Date and
    # Ref lines: 'Subject:  Goma peace conference opening on Sunday'
    subject = next(
        (found for line in header[:_MEMO_HEADER_LINES] if (found := _SUBJECT.match(line))), None
    )
    if subject is not None:
        return subject["subject"][:max_length]
    # The first line that reads as a headline: not a date line, a desk label ("World |
    # Turkey") or a document kind in capitals ("TRANSCRIPT", "APPENDIX B").
    fallback = None
    for index, line in enumerate(lines):
        if not _is_label(line):
            if index == 0 and (headline := _headline_under_masthead(lines)) is not None:
                return headline[:max_length]
            # a long first line of prose is the body: no headline, not the next line either
            return line if len(line) <= max_length else fallback
        if fallback is None and len(line) <= max_length:
            fallback = line
    return fallback


def _headline_under_masthead(lines: list[str]) -> str | None:
    """The headline under a paper's masthead ('THE CATHOLIC RECORD' over 'Weekly newspaper of
    the Diocese of Northfield | Vol. 88, No. 2 | Thursday, January 12, 2023'): the first line
    after the masthead's own labels that reads as a headline, not as prose."""
    masthead = lines[0].split()
    capitals = len(list(itertools.takewhile(str.isupper, masthead)))
    if (
        len(masthead) > _MASTHEAD_WORDS
        or capitals < 2
        # 'SOMALIA: COUNTRY CONFLICT TRACKER' is a title in capitals ('ITOMBWE GOLD CORP.
        # (TSX: ITG)' a company's name)
        or ":" in _BRACKETED.sub("", lines[0])
        or len(lines) < 3
        or not _is_label(lines[1])
    ):
        return None
    for line in lines[2:]:
        if _is_label(line):
            continue
        words = line.split()
        headline = (
            _HEADLINE_MIN_WORDS <= len(words) <= _HEADLINE_WORDS
            and not line.endswith(".")
            and _NOT_A_HEADLINE.match(line) is None
        )
        return line if headline else None
    return None


_MASTHEAD_WORDS = 8
_BRACKETED = re.compile(r"\([^()]*\)")
_HEADLINE_MIN_WORDS = 4
_HEADLINE_WORDS = 20
# a note, a credit or a paper's motto under its masthead: '[Archive copy. ...]', 'Prepared by
# the Levant Desk', 'Serving Linn Grove ... since 1885'
_NOT_A_HEADLINE = re.compile(
    r"[\[(]|(?:by|prepared|compiled|serving|published|issued|edited)\b", re.IGNORECASE
)


_HEADER_LINES = 6
_MEMO_HEADER_LINES = 10
_SUBJECT = re.compile(r"(?:subject|subj\.?|re)\s*:\s*(?P<subject>\S.*)", re.IGNORECASE)


def _is_label(line: str) -> bool:
    words = line.split()
    return (
        (len(words) <= 2 and line.isupper())
        or (len(words) <= 5 and " | " in line and not line.endswith("."))
        # a masthead's issue line: 'Glendale, California | Friday, September 16, 2022 | Issue 1,318'
        or (" | " in line and _YEAR.search(line) is not None and not line.endswith("."))
        # a circular's number in capitals: 'MEMBERS' CIRCULAR 47/2022', 'CIRCULAR No. 2022/061'
        or (len(words) <= 5 and _in_capitals(line) and _DOCUMENT_NUMBER.search(line) is not None)
        # a page's section over its headline: 'Africa', 'Live', 'World > Europe > Ukraine'
        or len(words) == 1
        or (len(words) <= 8 and _BREADCRUMB.search(line) is not None)
        or _MESSAGE_STAMP.search(line) is not None
        or is_date_line(line)
        # 'Translated from the Russian. This article appeared in ... on 3 May 2016.'
        or is_publication_note(line)
        # 'English edition - translated from the Spanish original': a credit, not a headline
        or (len(words) <= 16 and _TRANSLATION_CREDIT.match(line) is not None)
        # a document's letterhead: 'United Nations        S/1996/1016', 'Distr.: General',
        # 'Security Council', '5304th Meeting (AM)'
        or _COLUMNS.search(line) is not None
        or (len(words) <= 2 and _FORM_FIELD.fullmatch(line) is not None)
        # a report's or a memo's header field: 'Reporting period: 17-23 May 2004', 'Distribution:'
        or _HEADER_FIELD.match(line) is not None
        or line.lower() in _ISSUING_BODIES
        or (len(words) <= 8 and _SITTING.search(line) is not None)
        # 'Algiers, 02/10/1997', 'Printed 01.10.91 18:05': a place's or a printer's stamp
        or (len(words) <= 4 and _FIGURES_DATE.search(line) is not None)
    )


def _in_capitals(line: str) -> bool:
    """Capitals all but a few letters ('CIRCULAR TO MEMBERS No. 2022/061')."""
    letters = [char for char in line if char.isalpha()]
    return bool(letters) and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DOCUMENT_NUMBER = re.compile(r"\b[Nn][Oo]\.?\s*\d|\b\d{1,4}/(?:19|20)?\d\d\b")
_FIGURES_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
_HEADER_FIELD = re.compile(
    r"(?:(?:reporting\s+)?period(?:\s+covered)?|distribution|classification|from|to|cc|date)\s*:",
    re.IGNORECASE,
)
_COLUMNS = re.compile(r"\S {6,}\S")
_FORM_FIELD = re.compile(r"[\w.]+:\s*\w+")
_ISSUING_BODIES = frozenset(
    ["united nations", "security council", "general assembly", "economic and social council",
     "human rights council", "secretariat", "european union", "council of the european union",
     "african union", "peace and security council"]
)  # fmt: skip
_SITTING = re.compile(
    r"\b(?:meeting|session|sitting)s?\s*\((?:am|pm|am\s*&\s*pm)\)\s*$", re.IGNORECASE
)


_TRANSLATION_CREDIT = re.compile(
    r"[(\[]?\s*(?:[\w ]{0,30}?\bedition\s*[-\u2013\u2014:,]\s*)?(?:transcribed\s+and\s+)?"
    r"translated\s+(?:from|by)\b",
    re.IGNORECASE,
)


_BREADCRUMB = re.compile(r"\S\s+[>\u203a\u00bb/]\s+\S")


def _is_chrome(line: str) -> bool:
    """A menu item or an audience count, never a title, not even as a last resort."""
    return line.lower() in _PAGE_CHROME or _AUDIENCE.search(line) is not None


# What a page copied from a browser or an app carries above its headline.
_PAGE_CHROME = frozenset(
    ["home", "explore", "notifications", "messages", "bookmarks", "profile", "more", "menu",
     "search", "tweet", "post", "thread", "share", "sign in", "log in", "subscribe",
     "skip to content", "skip to main content", "advertisement", "cookies", "accept cookies",
     "main menu"]
)  # fmt: skip
# 'channel · 4,812 subscribers', '12,309 followers'
# 'Kabul Wire | English, [08.05.21 17:26]': a message's stamp in a channel export
_MESSAGE_STAMP = re.compile(r"\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]\s*$")
_AUDIENCE = re.compile(r"[\d,.]+k?\s+(?:subscribers|followers|members)\b", re.IGNORECASE)


def related_links_spans(text: str) -> list[tuple[int, int]]:
    """Where a page lists other stories under its own ('Read more on this topic:', 'Related',
    'Related Article: ...'): their headlines and dates are of those stories, not of this one.

    A heading on a line of its own takes the short lines below it that read as links, across
    the blank lines between them, up to the first line of prose."""
    spans: list[tuple[int, int]] = []
    for heading in _LINKS_HEADING.finditer(text):
        if heading["inline"] is not None:
            spans.append(heading.span())
            continue
        end = heading.end()
        for line in _LINE.finditer(text, heading.end()):
            words = line.group().split()
            if not words:
                continue
            if len(words) > _LINK_WORDS or line.group().rstrip().endswith((".", ":", ";")):
                break
            end = line.end()
        spans.append((heading.start(), end))
    return spans


_LINKS_HEADING = re.compile(
    r"^[ \t]*(?:(?:read\s+more|related|more)\s+on\s+this\s+(?:topic|story|subject)"
    r"|read\s+more|related(?:\s+(?:stories|articles|coverage|content|news|reading|links))?"
    r"|more\s+stories"
    r"|see\s+also|also\s+read|read\s+also|you\s+may\s+also\s+like)"
    r"(?:[ \t]*:?[ \t]*$|(?P<inline>(?:\s+(?:article|story))?[ \t]*:[ \t]*\S[^\n]*))",
    re.IGNORECASE | re.MULTILINE,
)
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_LINK_WORDS = 16  # a headline fits in this many words; a line of prose runs longer
