"""PDF files: the text layer, read with pypdf, with paragraphs put back.

pypdf's plain mode follows the content stream (so columns stay apart) but
ends every printed line with a newline and loses the gaps between
paragraphs; its layout mode keeps those gaps as blank lines. The plain text
is rejoined into paragraphs wherever the layout text shows a gap.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import logging
import re
import statistics
from collections import Counter

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from .extracted import Extracted
from .limits import MAX_PDF_PAGES, MAX_TEXT_CHARS, UnreadableDocumentError
from .pubdate import DateHint, date_cues, dates_in

# Lines at each end of a page that may be a running head or footer.
_EDGE = 2
_SENTENCE_END = re.compile(r"[.!?\"\u201d\u2019)]$")
# pypdf logs every oddity of a malformed file; the analyst sees our one-line error instead.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(data: bytes) -> Extracted:
    if not data.lstrip().startswith(b"%PDF"):
        raise UnreadableDocumentError("the file is not a PDF (it lacks the %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as exc:
                raise UnreadableDocumentError("the PDF is password-protected") from exc
        page_count = len(reader.pages)
    except PdfReadError as exc:
        raise UnreadableDocumentError(f"the PDF is damaged or truncated ({exc})") from exc
    if page_count > MAX_PDF_PAGES:
        raise UnreadableDocumentError(
            f"the PDF has {page_count:,} pages, above the limit of {MAX_PDF_PAGES:,}"
        )
    pages: list[tuple[list[str], set[str]]] = []
    total = 0
    for page in reader.pages:
        lines, ends = _page_lines(page)
        total += sum(len(line) + 1 for line in lines)
        if total > MAX_TEXT_CHARS:
            raise UnreadableDocumentError(
                f"the PDF holds more than {MAX_TEXT_CHARS:,} characters of text, "
                "above the limit for one article"
            )
        pages.append((lines, ends))
    running = running_lines([lines for lines, _ in pages])
    texts = [
        join_lines([line for line in lines if _shape(line) not in running], ends)
        for lines, ends in pages
    ]
    texts = [text for text in texts if text]
    if not texts:
        raise UnreadableDocumentError(
            "the PDF has no text layer (a scanned image?); run OCR on it first"
        )
    title, created = _metadata(reader)
    head_date = _running_head_date(pages, running)
    return Extracted(
        text="\n\n".join(texts),
        title=title,
        metadata_date=DateHint(head_date, "pdf-running-head") if head_date else None,
        weak_date=DateHint(created, "pdf-metadata") if created else None,
    )


def _running_head_date(
    pages: list[tuple[list[str], set[str]]], running: set[str]
) -> dt.date | None:
    """A newspaper prints its issue date in the running head: that is the publication date."""
    for lines, _ in pages[:1]:
        for line in lines[:_EDGE] + lines[-_EDGE:]:
            if _shape(line) in running:
                found = dates_in(line)
                if len(found) == 1:
                    return found.pop()
    return None


def _page_lines(page: object) -> tuple[list[str], set[str]]:
    plain = str(page.extract_text())  # type: ignore[attr-defined]
    try:
        layout = str(page.extract_text(extraction_mode="layout"))  # type: ignore[attr-defined]
    except Exception:  # layout mode is an aid, never a reason to fail
        layout = ""
    lines = [" ".join(line.split()) for line in plain.splitlines()]
    return [line for line in lines if line], paragraph_ends(layout)


def running_lines(pages: list[list[str]]) -> set[str]:
    """Running heads and footers: the same edge line (page numbers aside) on most pages.

    They would repeat a newspaper's name and date once per page, and the
    date would become an event each time.
    """
    if len(pages) < 3:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({_shape(line) for line in lines[:_EDGE] + lines[-_EDGE:]})
    needed = max(3, 0.6 * len(pages))
    return {shape for shape, count in seen.items() if count >= needed}


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line)


def paragraph_ends(layout: str) -> set[str]:
    """Lines that the layout text shows followed by a blank line."""
    lines = layout.splitlines()
    ends: set[str] = set()
    for index, line in enumerate(lines):
        after = lines[index + 1] if index + 1 < len(lines) else ""
        if line.strip() and not after.strip():
            ends.add(_key(line))
    return ends


def join_lines(lines: list[str], ends: set[str]) -> str:
    """Rejoin printed lines into paragraphs separated by one blank line."""
    if not lines:
        return ""
    typical = statistics.median(len(line) for line in lines)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        current = _append(current, line)
        short_and_done = len(line) < 0.6 * typical and bool(_SENTENCE_END.search(line))
        if _key(line) in ends or short_and_done:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _append(current: str, line: str) -> str:
    if not current:
        return line
    if current.endswith("-") and line[:1].islower():
        return current + line  # a word split over two lines, "cease-" + "fire"
    return f"{current} {line}"


def _key(line: str) -> str:
    return "".join(line.split())


def _metadata(reader: PdfReader) -> tuple[str | None, dt.date | None]:
    try:
        info = reader.metadata
        if info is None:
            return None, None
        title = _headline(str(info.title or ""))
        created = info.creation_date
    except Exception:  # a malformed info dictionary only loses the metadata
        return None, None
    return title, created.date() if created else None


def _headline(title: str) -> str | None:
    """The info title, unless it is what a writer program put there by default."""
    flat = " ".join(title.split())
    lowered = flat.lower()
    if not flat or lowered in _default_titles() or lowered.startswith("microsoft "):
        return None
    if re.search(r"\.(docx?|pdf|txt|html?|rtf|indd|qxd)$", lowered):
        return None
    return flat


@functools.cache
def _default_titles() -> frozenset[str]:
    return frozenset(str(title).lower() for title in date_cues()["pdf_default_titles"])
