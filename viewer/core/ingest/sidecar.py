"""The ``NAME.meta.json`` file an analyst puts beside ``NAME.<ext>``.

It states what the analyst knows for sure, so it outranks anything the
loader could detect.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from .limits import MAX_SIDECAR_BYTES, UnreadableDocumentError

SIDECAR_SUFFIX = ".meta.json"


@dataclass(frozen=True, slots=True)
class Sidecar:
    published: dt.date | None = None
    source: str | None = None
    title: str | None = None


def is_sidecar(path: Path) -> bool:
    return path.name.lower().endswith(SIDECAR_SUFFIX)


def sidecar_path(article: Path) -> Path:
    """``reports/kerry.txt`` has its sidecar at ``reports/kerry.meta.json``."""
    return article.with_name(article.stem + SIDECAR_SUFFIX)


def read_sidecar(article: Path) -> Sidecar | None:
    """The article's sidecar, or None when there is none.

    A sidecar that exists but is broken is an error rather than silently
    ignored: the analyst wrote it to fix the date, and a fallback date would
    hide that it did not take.
    """
    path = sidecar_path(article)
    if not path.is_file():
        return None
    name = path.name
    try:
        if path.stat().st_size > MAX_SIDECAR_BYTES:
            raise UnreadableDocumentError(f"the sidecar {name} is too large to be metadata")
        raw = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UnreadableDocumentError(f"the sidecar {name} cannot be read: {exc}") from exc
    if not isinstance(raw, dict):
        raise UnreadableDocumentError(f"the sidecar {name} must hold a JSON object")
    published = raw.get("published")
    day: dt.date | None = None
    if published is not None:
        try:
            day = dt.date.fromisoformat(str(published)[:10])
        except ValueError as exc:
            raise UnreadableDocumentError(
                f'the sidecar {name} has "published": {published!r}, not a YYYY-MM-DD date'
            ) from exc
    return Sidecar(published=day, source=_text(raw.get("source")), title=_text(raw.get("title")))


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
