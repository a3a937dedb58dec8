"""What a format reader hands back to the loader."""

from __future__ import annotations

from dataclasses import dataclass

from .pubdate import DateHint


@dataclass(frozen=True, slots=True)
class Extracted:
    """Clean text plus whatever the format itself says about the article.

    ``metadata_date`` is trusted metadata (an HTML meta tag, an e-mail's Date
    header) and outranks the text; ``weak_date`` is metadata that is often the
    date a file was saved rather than published, used only as a last resort.
    """

    text: str
    title: str | None = None
    source: str | None = None
    metadata_date: DateHint | None = None
    weak_date: DateHint | None = None
