"""Web pages: the article's main text, its title and its publication date.

trafilatura drops navigation, adverts and footers; htmldate reads the date
from meta tags, JSON-LD, time elements and canonical URLs. Both get a parsed
tree, never a string: htmldate downloads a string that looks like a URL, and
the app never touches the network.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from copy import deepcopy

import htmldate
from lxml import etree, html
from trafilatura import bare_extraction
from trafilatura.settings import Document as PageDocument

from .extracted import Extracted
from .limits import MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, UnreadableDocumentError
from .pubdate import DateHint, dates_in
from .text_reader import decode_text

MAX_TITLE = 300
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
            return data.decode(encoding, errors="replace")
    return decode_text(data)


def extract_html(markup: str, *, metadata_source: str = "html-meta") -> Extracted:
    """Main text with one blank line between blocks, so paragraphs survive."""
    tree = _parse(markup)
    title = _page_title(tree)
    source = _first(tree, '//meta[@property="og:site_name"]/@content')
    published = _markup_date(deepcopy(tree), extensive=False)
    printed = None if published else _markup_date(deepcopy(tree), extensive=True)
    # trafilatura prunes the tree it is given, so it gets a copy; its own
    # metadata pass is skipped because it repeats htmldate and is slow.
    document = bare_extraction(
        _asides_in_article_kept(deepcopy(tree)),
        with_metadata=False,
        include_comments=False,
        include_tables=True,
    )
    body = (document.text or "") if isinstance(document, PageDocument) else ""
    if not body.strip():
        body = _all_text(tree)
    paragraphs = [" ".join(line.split()) for line in body.splitlines()]
    text = "\n\n".join(line for line in paragraphs if line)
    if printed is not None and printed in dates_in(text):
        printed = None
    # The headline belongs in the text unless the page body already opens with it
    # (perhaps after a kicker such as "MIDDLE EAST").
    if title and title not in text[: len(title) + 200]:
        text = f"{title}\n\n{text}" if text else title
    return Extracted(
        text=text,
        title=title,
        source=source,
        metadata_date=DateHint(published, metadata_source) if published else None,
        weak_date=DateHint(printed, "html-text") if printed else None,
    )


def _asides_in_article_kept(tree: html.HtmlElement) -> html.HtmlElement:
    """An aside inside the article is the story's own factbox or chronology, which
    trafilatura would drop with the page's asides; as a plain block it is judged like
    any other (a box of links still goes). Asides outside the article stay asides."""
    for aside in tree.xpath("//article//aside"):
        aside.tag = "div"
    return tree


def _parse(markup: str) -> html.HtmlElement:
    if not markup.strip():
        raise UnreadableDocumentError("the file is empty")
    # lxml refuses str input that carries an encoding declaration.
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup)
    try:
        tree = html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise UnreadableDocumentError(f"the web page cannot be parsed: {exc}") from exc
    # Both checks run inside libxml2: walking a huge tree in Python is itself slow.
    if tree.xpath(f"boolean(/{'/*' * MAX_HTML_DEPTH})"):
        raise UnreadableDocumentError(
            f"the web page nests its tags {MAX_HTML_DEPTH} levels deep or more; "
            "real pages never do, so the file is malformed or hostile"
        )
    elements = int(tree.xpath("count(//*)"))
    if elements > MAX_HTML_ELEMENTS:
        raise UnreadableDocumentError(
            f"the web page has {elements:,} tags, above the limit of {MAX_HTML_ELEMENTS:,} "
            "for one article"
        )
    return tree


def _page_title(tree: html.HtmlElement) -> str | None:
    """The headline as the page shows it, else the page title without the site's name."""
    for query in ('//meta[@property="og:title"]/@content', "//h1"):
        found = _first(tree, query)
        if found and len(found) <= MAX_TITLE:
            return found
    page_title = _first(tree, "//title")
    if not page_title:
        return None
    parts = re.split(r"\s[|\u2013\u2014-]\s", page_title)
    return max(parts, key=len).strip()[:MAX_TITLE] or None


def _first(tree: html.HtmlElement, query: str) -> str | None:
    for found in tree.xpath(query):
        value = found.text_content() if isinstance(found, html.HtmlElement) else str(found)
        flat = " ".join(value.split())
        if flat:
            return flat
    return None


def _markup_date(tree: html.HtmlElement, *, extensive: bool) -> dt.date | None:
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
