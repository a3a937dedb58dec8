"""Web pages: the article's main text, its title and its publication date.

trafilatura drops navigation, adverts and footers; htmldate reads the date
from meta tags, JSON-LD and canonical URLs. Both get a parsed tree, never a
string: htmldate downloads a string that looks like a URL, and the app never
touches the network.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re

import htmldate
from lxml import etree, html
from trafilatura import bare_extraction
from trafilatura.settings import Document as PageDocument

from .extracted import Extracted
from .limits import MAX_HTML_DEPTH, UnreadableDocumentError
from .pubdate import DateHint, dates_in
from .text_reader import decode_text

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def read_html(data: bytes) -> Extracted:
    return extract_html(decode_html(data))


def decode_html(data: bytes) -> str:
    """Honour a declared charset; otherwise guess as for plain text."""
    declared = _META_CHARSET.search(data[:4096])
    if declared is not None:
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            encoding = None
        if encoding is not None and not encoding.startswith("utf-16"):
            if not data.strip():
                raise UnreadableDocumentError("the file is empty")
            return data.decode(encoding, errors="replace")
    return decode_text(data)


def extract_html(markup: str, *, metadata_source: str = "html-meta") -> Extracted:
    """Main text with one blank line between blocks, so paragraphs survive."""
    tree = _parse(markup)
    published = _metadata_date(tree, extensive=False)
    printed = None if published else _metadata_date(_parse(markup), extensive=True)
    document = bare_extraction(
        _parse(markup),
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=False,
    )
    body = ""
    title = None
    source = None
    if isinstance(document, PageDocument):
        body = document.text or ""
        title = _clean(document.title)
        source = _clean(document.sitename)
    if not body.strip():
        body = _all_text(tree)
    paragraphs = [" ".join(line.split()) for line in body.splitlines()]
    text = "\n\n".join(line for line in paragraphs if line)
    if printed is not None and printed in dates_in(text):
        printed = None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}" if text else title
    return Extracted(
        text=text,
        title=title,
        source=source,
        metadata_date=DateHint(published, metadata_source) if published else None,
        weak_date=DateHint(printed, "html-text") if printed else None,
    )


def _parse(markup: str) -> html.HtmlElement:
    if not markup.strip():
        raise UnreadableDocumentError("the file is empty")
    # lxml refuses str input that carries an encoding declaration.
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup)
    try:
        tree = html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise UnreadableDocumentError(f"the web page cannot be parsed: {exc}") from exc
    if _depth(tree) >= MAX_HTML_DEPTH:
        raise UnreadableDocumentError(
            f"the web page nests its tags more than {MAX_HTML_DEPTH} levels deep; "
            "real pages never do, so the file is malformed or hostile"
        )
    return tree


def _depth(tree: html.HtmlElement) -> int:
    """Deepest nesting, counted without recursion."""
    deepest = depth = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _metadata_date(tree: html.HtmlElement, *, extensive: bool) -> dt.date | None:
    """The page's date from its markup; ``extensive`` also reads dates printed on the page.

    A printed date (a byline or strap outside the article) is a weaker clue
    than the article's text, so the caller keeps it only as a fallback, and
    never when the article itself mentions that date: htmldate then most
    likely picked an event date ("the truce that began on February 27, 2016").
    """
    found = htmldate.find_date(
        tree, extensive_search=extensive, original_date=True, outputformat="%Y-%m-%d"
    )
    if not found:
        return None
    try:
        return dt.date.fromisoformat(found)
    except ValueError:
        return None


def _all_text(tree: html.HtmlElement) -> str:
    """Every text node outside scripts, for pages too small for trafilatura to trust."""
    for junk in tree.xpath("//script|//style|//noscript|//template"):
        junk.drop_tree()
    return "\n".join(part.strip() for part in tree.itertext() if part.strip())


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    flat = " ".join(value.split())
    return flat or None
