"""The JSON document the CLI writes and the GUI exports: the contract other tools read."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from viewer.core.model import Document, Event, TimeExpression

SCHEMA_VERSION = 1


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def document_json(document: Document) -> dict[str, Any]:
    return {
        "path": document.path,
        "title": document.title,
        "published": _iso(document.published),
        "published_source": document.published_source,
        "reference_date": _iso(document.reference_date),
        "source": document.source,
        "error": document.error,
    }


def timex_json(document_index: int, timex: TimeExpression) -> dict[str, Any]:
    return {
        "document": document_index,
        "text": timex.text,
        "char_start": timex.char_start,
        "char_end": timex.char_end,
        "type": str(timex.type),
        "value": timex.value,
        "mod": timex.mod,
        "start": _iso(timex.start),
        "end": _iso(timex.end),
        "precision": str(timex.precision) if timex.precision else None,
        "anchored": timex.anchored,
        "relative": timex.relative,
    }


def event_json(event: Event) -> dict[str, Any]:
    fatalities = None
    if event.fatalities is not None:
        fatalities = {
            "count": event.fatalities.count,
            "qualifier": event.fatalities.qualifier,
            "kind": event.fatalities.kind,
        }
    return {
        "id": event.id,
        "document": event.document,
        "expression": event.expression,
        "char_start": event.char_start,
        "char_end": event.char_end,
        "type": str(event.timex.type),
        "value": event.value,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "precision": str(event.precision),
        "passage": event.passage,
        "passage_start": event.passage_start,
        "passage_end": event.passage_end,
        "title": event.title,
        "category": event.category,
        "actors": list(event.actors),
        "places": list(event.places),
        "fatalities": fatalities,
        "sources": [
            {
                "document": s.document,
                "char_start": s.char_start,
                "char_end": s.char_end,
                "passage": s.passage,
            }
            for s in event.sources
        ],
        "edited": event.edited,
    }


def timeline_json(
    documents: Sequence[Document],
    timexes: Sequence[tuple[int, TimeExpression]],
    events: Sequence[Event],
) -> dict[str, Any]:
    """Everything found, as the documented schema; ``timexes`` pairs each with its document index."""
    return {
        "schema_version": SCHEMA_VERSION,
        "documents": [document_json(d) for d in documents],
        "timexes": [timex_json(i, t) for i, t in timexes],
        "events": [event_json(e) for e in events],
    }


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, fsync, then rename over the target,
    so a crash mid-write leaves the previous file whole."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: str | Path, payload: dict[str, Any]) -> None:
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    write_atomic(path, text.encode("utf-8"))
