"""Colours for the timeline, chosen so that colour-blind readers can tell them apart.

Ceasefire categories share the cool blues of Paul Tol's palettes so that they
read as one family; the other categories take the warm and neutral tones.
"""

from __future__ import annotations

from viewer.core.categories import CATEGORIES

CATEGORY_COLORS: dict[str, str] = {
    "ceasefire_agreed": "#332288",
    "ceasefire_in_force": "#4477AA",
    "ceasefire_violated": "#44AA99",
    "ceasefire_collapsed": "#1A5E63",
    "ceasefire_extended": "#88CCEE",
    "talks": "#DDAA33",
    "military_action": "#CC3311",
    "humanitarian": "#999933",
    "casualties": "#882255",
    "political": "#AA4499",
    "statement": "#EE7733",
    "other": "#888888",
}

# Okabe and Ito's qualitative palette, without black (kept for text and stems).
DOCUMENT_COLORS: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#999999",
)

UNKNOWN_COLOR = "#888888"
STEM_COLOR = "#8c8c8c"
LABEL_COLOR = "#222222"
CLUSTER_EDGE = "#333333"
LANE_SHADE = "#f3f3f3"


def category_color(category: str) -> str:
    return CATEGORY_COLORS.get(category, UNKNOWN_COLOR)


def document_color(document: int) -> str:
    """Documents cycle through the palette; past eight, lanes or the legend tell them apart."""
    if document < 0:
        return UNKNOWN_COLOR
    return DOCUMENT_COLORS[document % len(DOCUMENT_COLORS)]


def category_order(category: str) -> int:
    """Position in the fixed vocabulary; unknown categories go last, in name order."""
    keys = list(CATEGORIES)
    return keys.index(category) if category in CATEGORIES else len(keys)
