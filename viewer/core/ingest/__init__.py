"""Bring articles in: files and folders to Documents with clean text and a publication date.

Entry points: ``collect_paths`` expands what the analyst dropped into article
files, ``load_document`` reads one of them and never raises.

Formats: .txt/.md (any common encoding), .html/.htm (main text by
trafilatura, date by htmldate from meta tags, JSON-LD and URLs, never the
network), .pdf (pypdf text layer), .docx (python-docx), .eml (stdlib email),
.rtf (striprtf). A sidecar ``NAME.meta.json`` beside ``NAME.<ext>`` gives
``published``, ``source`` and ``title`` and outranks everything detected.

Limits (see ``limits``), each refusal a per-document error: files above
50 MiB; texts above 5 million characters; .docx files whose parts would
unpack beyond 200 MiB or compress better than 200:1 (zip bombs); web pages
nested 250 levels deep or with more than 60,000 tags; PDFs over 500 pages.

Publication date (``pubdate``): sidecar; trusted format metadata (HTML meta
tags/JSON-LD, e-mail Date header); a "Published:"/"Updated:" line; a dateline
with a year; a date in the file name; a dateline without a year plus a year
from elsewhere; weak metadata (PDF and Word creation dates, a date printed on
a web page outside the article), which often records when a file was saved.
``Document.published_source`` names the rule: "sidecar", "html-meta",
"email-header", "pdf-running-head", "published-line", "dateline", "filename",
"dateline+filename" (or "+copyright", "+docx-metadata", ...), "docx-metadata",
"pdf-metadata", "html-text"; None when nothing was found.
"""

from __future__ import annotations

from .limits import MAX_FILE_BYTES, MAX_TEXT_CHARS
from .loader import load_document
from .paths import SUPPORTED_SUFFIXES, collect_paths
from .pubdate import DateHint, find_publication_date, publication_note_span
from .text_reader import related_links_spans

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_TEXT_CHARS",
    "SUPPORTED_SUFFIXES",
    "DateHint",
    "collect_paths",
    "find_publication_date",
    "load_document",
    "publication_note_span",
    "related_links_spans",
]
