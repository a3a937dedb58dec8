"""Bring articles in: files and folders to Documents with clean text and a publication date.

Entry points: ``collect_paths`` expands what the analyst dropped into article
files, ``load_document`` reads one of them and never raises.

Formats: .txt/.md (any common encoding), .html/.htm (main text by
trafilatura, date by htmldate from meta tags, JSON-LD and URLs, never the
network), .pdf (pypdf text layer), .docx (python-docx), .eml (stdlib email),
.rtf (striprtf). A sidecar ``NAME.meta.json`` beside ``NAME.<ext>`` gives
``published``, ``source`` and ``title`` and outranks everything detected.

Limits (see ``limits``): files above 50 MiB and texts above 5 million
characters are refused; .docx files whose members would unpack beyond
200 MiB or compress better than 200:1 are refused as zip bombs; HTML nested
250 levels deep or more is refused. Each refusal is a per-document error.
"""

from __future__ import annotations

from .limits import MAX_FILE_BYTES, MAX_TEXT_CHARS
from .loader import load_document
from .paths import SUPPORTED_SUFFIXES, collect_paths
from .pubdate import DateHint, find_publication_date

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_TEXT_CHARS",
    "SUPPORTED_SUFFIXES",
    "DateHint",
    "collect_paths",
    "find_publication_date",
    "load_document",
]
