"""PDF files: the text layer, read with pypdf, with paragraphs put back.

pypdf's plain mode follows the content stream (so columns stay apart) but
ends every printed line with a newline and loses the gaps between
paragraphs; its layout mode keeps those gaps as blank lines. The plain text
is rejoined into paragraphs wherever the layout text shows a gap.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import statistics

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from .extracted import Extracted
from .limits import MAX_PDF_PAGES, MAX_TEXT_CHARS, UnreadableDocumentError
from .pubdate import DateHint

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
    pages: list[str] = []
    total = 0
    for page in reader.pages:
        text = _page_text(page)
        total += len(text)
        if total > MAX_TEXT_CHARS:
            raise UnreadableDocumentError(
                f"the PDF holds more than {MAX_TEXT_CHARS:,} characters of text, "
                "above the limit for one article"
            )
        if text:
            pages.append(text)
    if not pages:
        raise UnreadableDocumentError(
            "the PDF has no text layer (a scanned image?); run OCR on it first"
        )
    title, created = _metadata(reader)
    return Extracted(
        text="\n\n".join(pages),
        title=title,
        weak_date=DateHint(created, "pdf-metadata") if created else None,
    )


def _page_text(page: object) -> str:
    plain = page.extract_text()  # type: ignore[attr-defined]
    try:
        layout = page.extract_text(extraction_mode="layout")  # type: ignore[attr-defined]
    except Exception:  # layout mode is an aid, never a reason to fail
        layout = ""
    return join_lines(str(plain), paragraph_ends(str(layout)))


def paragraph_ends(layout: str) -> set[str]:
    """Lines that the layout text shows followed by a blank line."""
    lines = layout.splitlines()
    ends: set[str] = set()
    for index, line in enumerate(lines):
        after = lines[index + 1] if index + 1 < len(lines) else ""
        if line.strip() and not after.strip():
            ends.add(_key(line))
    return ends


def join_lines(plain: str, ends: set[str]) -> str:
    """Rejoin printed lines into paragraphs separated by one blank line."""
    lines = [" ".join(line.split()) for line in plain.splitlines()]
    lines = [line for line in lines if line]
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
        title = " ".join(str(info.title or "").split()) or None
        created = info.creation_date
    except Exception:  # a malformed info dictionary only loses the metadata
        return None, None
    return title, created.date() if created else None
