"""The timeline as a report figure: title, legend and the list of source documents.

The GUI's export and the CLI's ``--export-png`` both come through here, so what
an analyst saves is drawn by the same code as what they looked at. A fresh
Figure with its own Agg canvas is used, never pyplot, so exporting does not
disturb the window.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.layout_engine import ConstrainedLayoutEngine

from viewer.core.model import Document, Event
from viewer.plot.textpaths import TextBitmaps, TextOutlines
from viewer.plot.timeline import ColorMode, LaneMode, TimelinePlot, date_number

FORMATS = ("png", "svg", "pdf")
FOOTNOTE_FONTSIZE = 7.0
TITLE_FONTSIZE = 12.0
MAX_FOOTNOTE_DOCUMENTS = 12


def source_footnote(documents: Sequence[Document], events: Sequence[Event]) -> str:
    """'Sources: 1. Title (2 May 2016); 2. …', listing the documents the events cite."""
    cited = sorted({e.document for e in events} | {s.document for e in events for s in e.sources})
    cited = [d for d in cited if 0 <= d < len(documents)] or list(range(len(documents)))
    if not cited:
        return ""
    parts = []
    for number, d in enumerate(cited[:MAX_FOOTNOTE_DOCUMENTS], start=1):
        doc = documents[d]
        name = " ".join((doc.title or os.path.basename(doc.path) or f"Document {d + 1}").split())
        if doc.published is not None:
            name += f" ({doc.published.day} {doc.published:%b %Y})"
        parts.append(f"{number}. {name}")
    if len(cited) > MAX_FOOTNOTE_DOCUMENTS:
        parts.append(f"and {len(cited) - MAX_FOOTNOTE_DOCUMENTS} more documents")
    return "Sources: " + "; ".join(parts) + "."


def wrap_to_width(text: str, width_px: float, fontsize: float, dpi: float) -> str:
    """Break ``text`` into lines no wider than ``width_px``, measured as Agg sets them
    (hinting widens small text by a few percent, so a character count will not do)."""
    measure = TextBitmaps(FontProperties(size=fontsize), "black")
    outlines = TextOutlines(FontProperties(size=fontsize))
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        width = max(measure.width(candidate, dpi), outlines.width(candidate) * dpi / 72)
        if line and width > width_px:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return "\n".join(lines)


def render_timeline(
    events: Sequence[Event],
    documents: Sequence[Document] = (),
    *,
    width_px: int = 1600,
    height_px: int = 900,
    dpi: float = 150,
    title: str | None = None,
    extent: tuple[dt.date, dt.date] | None = None,
    lanes: LaneMode = "category",
    color_by: ColorMode = "category",
) -> Figure:
    """A finished figure of exactly ``width_px`` by ``height_px`` pixels at ``dpi``."""
    if width_px <= 0 or height_px <= 0 or dpi <= 0:
        raise ValueError("size and DPI must be positive")
    fig = Figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    plot = TimelinePlot(ax, legend="text")  # real text: selectable in SVG and PDF
    plot.off_screen_hint = ""
    plot.set_events(events, documents, lanes=lanes, color_by=color_by)
    if extent is None:
        plot.fit_all()  # the whole timeline, even a stray date centuries away
    else:
        lo, hi = sorted(extent)
        ax.set_xlim(date_number(lo), date_number(hi) + 1.0)
    if title:
        fig.suptitle(title, fontsize=TITLE_FONTSIZE, fontweight="bold", x=0.01, ha="left")

    # The footnote sits in a strip kept free below the axes, sized to its wrapped lines.
    footnote = source_footnote(documents, events)
    if extent is None:
        note = f"{len(events)} dated events."
    else:
        lo, hi = sorted(extent)
        note = (
            f"{len(plot.visible_indices())} of {len(events)} dated events, "
            f"{lo.day} {lo:%b %Y} to {hi.day} {hi:%b %Y}."
        )
    if footnote:
        note += " " + footnote
    note = wrap_to_width(note, width_px * 0.97, FOOTNOTE_FONTSIZE, dpi)
    lines = note.count("\n") + 1
    strip = (lines * FOOTNOTE_FONTSIZE * 1.35 + 8) / 72 * dpi / height_px
    strip = min(strip, 0.4)
    fig.text(
        0.01,
        0.01,
        note,
        fontsize=FOOTNOTE_FONTSIZE,
        color="#444444",
        ha="left",
        va="bottom",
        wrap=False,
    )
    engine = fig.get_layout_engine()
    if isinstance(engine, ConstrainedLayoutEngine):
        engine.set(rect=(0.0, strip, 1.0, 1.0 - strip))
    return fig


def save_timeline(
    path: str | os.PathLike[str],
    events: Sequence[Event],
    documents: Sequence[Document] = (),
    **options: Any,
) -> Path:
    """Write the timeline as PNG, SVG or PDF, chosen by the file's suffix; ``options``
    are ``render_timeline``'s, so size, title and extent have one set of defaults."""
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(
            f"cannot export to {target.suffix or 'a file without suffix'}; "
            f"use one of {', '.join('.' + f for f in FORMATS)}"
        )
    fig = render_timeline(events, documents, **options)
    title = fig.get_suptitle()
    metadata = {"Title": title} if title and fmt in ("svg", "pdf") else None
    # Words stay words: SVG <text> and embedded TrueType in PDF, so a reader of the report
    # can select and search every label instead of getting glyph outlines.
    with rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
        fig.savefig(target, format=fmt, dpi="figure", metadata=metadata)
    return target
