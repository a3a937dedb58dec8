"""Limits that keep one hostile or oversized file from stalling a whole batch.

A news article is a few thousand words: 30 000 characters is a long feature.
The limits are two orders of magnitude above that, so no real article meets
them, while a log dump, a zip bomb or a book-length PDF is refused quickly
with a message the analyst can act on.
"""

from __future__ import annotations

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Files larger than this (50 MiB) are refused before they are read."""

MAX_TEXT_CHARS = 5_000_000
"""Extracted text longer than this (5 million characters) is refused."""

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""A .docx whose zip members would unpack to more than this (200 MiB) is a zip bomb."""

MAX_COMPRESSION_RATIO = 200
"""A .docx member that claims to compress better than 200:1 is treated as a bomb."""

MAX_ZIP_MEMBERS = 10_000

MAX_HTML_DEPTH = 250
"""Real pages nest tags a few dozen levels deep. libxml2 silently drops what lies
deeper than 256 levels, so a page reaching this depth has lost text and is refused."""

MAX_HTML_ELEMENTS = 60_000
"""A long news page has a few thousand tags; extraction time grows faster than
the tag count, and 60 000 tags already take several seconds."""

MAX_PDF_PAGES = 500
"""About ten seconds of text extraction; a report that long is not an article."""

MAX_SIDECAR_BYTES = 1024 * 1024


class UnreadableDocumentError(Exception):
    """The file cannot become a document; the message is shown to the analyst as is."""
