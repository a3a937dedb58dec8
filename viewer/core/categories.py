"""The fixed category vocabulary shared by the JSON, the UI and every export."""

from __future__ import annotations

# Order matters: it is the order of lanes and legend entries.
CATEGORIES: dict[str, str] = {
    "ceasefire_agreed": "Ceasefire agreed",
    "ceasefire_in_force": "Ceasefire in force",
    "ceasefire_violated": "Ceasefire violated",
    "ceasefire_collapsed": "Ceasefire collapsed",
    "ceasefire_extended": "Ceasefire extended",
    "talks": "Talks",
    "military_action": "Military action",
    "humanitarian": "Humanitarian",
    "casualties": "Casualties",
    "political": "Political",
    "statement": "Statement",
    "other": "Other",
}

CEASEFIRE_CATEGORIES = frozenset(c for c in CATEGORIES if c.startswith("ceasefire_"))


def category_label(category: str) -> str:
    return CATEGORIES.get(category, category.replace("_", " ").capitalize())
