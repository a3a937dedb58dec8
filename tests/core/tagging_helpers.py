"""What the tagger returns for a sentence, in the shape the temporal tests compare."""

from __future__ import annotations

import datetime as dt

from viewer.core.temporal import tag


def values(text: str, reference: dt.date | None) -> dict[str, str]:
    """Each expression the timeline places, with its TIMEX3 value."""
    return {e.text: e.value for e in tag(text, reference) if e.anchored}


def all_values(text: str, reference: dt.date | None) -> dict[str, str]:
    """Every expression with its TIMEX3 value, durations and sets included."""
    return {e.text: e.value for e in tag(text, reference)}
