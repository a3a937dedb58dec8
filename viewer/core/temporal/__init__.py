"""The temporal tagger: finds the time expressions of a news text and places them on the calendar.

``tag`` is pure: the reference date arrives as an argument and today's date is
never consulted, so a document without a reference date keeps its relative
expressions unanchored.
"""

from __future__ import annotations

import datetime as dt

from viewer.core.model import TimeExpression
from viewer.core.temporal.recognize import candidates
from viewer.core.temporal.resolve import Scene, resolve

__all__ = ["tag"]


def tag(text: str, reference: dt.date | None) -> list[TimeExpression]:
    """Every temporal expression of ``text``, in order, resolved against ``reference``."""
    scene = Scene.of(text, reference)
    found: list[TimeExpression] = []
    for candidate in candidates(text, scene.folded or None):
        expression = resolve(candidate, scene)
        if expression is not None:
            found.append(expression)
    return found
