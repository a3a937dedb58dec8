"""The legend beside the timeline, drawn with glyph outlines instead of Text artists.

A Matplotlib Legend re-rasterises each of its texts at every draw; with a dozen
categories that alone took half of the 50 ms a pan may cost. This key looks the
same but its words are filled paths, and it is an AnchoredOffsetbox, so the
constrained layout still makes room for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.offsetbox import AnchoredOffsetbox, DrawingArea, VPacker
from matplotlib.patches import PathPatch
from matplotlib.transforms import Affine2D

from viewer.plot.textpaths import TextOutlines

HANDLE_WIDTH = 16.0  # points
HANDLE_PAD = 5.0


def _word(outlines: TextOutlines, text: str, x: float, y: float, color: str) -> PathPatch:
    path = outlines.path(text).transformed(Affine2D().translate(x, y))
    return PathPatch(path, facecolor=color, edgecolor="none", linewidth=0)


def outline_key(
    ax: Axes,
    handles: Sequence[Line2D],
    title: str,
    outlines: TextOutlines,
    title_outlines: TextOutlines,
    color: str,
) -> AnchoredOffsetbox:
    """A key to the right of ``ax``: one row per handle, its marker or line, then its label."""
    size = outlines.size
    row_height = size * 1.55
    drop = size * 0.36
    labels = [h.get_label() for h in handles]
    text_width = max([outlines.width(str(t)) for t in labels] + [title_outlines.width(title)])
    width = HANDLE_WIDTH + HANDLE_PAD + text_width + 2
    rows: list[Artist] = []
    if title:
        head = DrawingArea(width, row_height * 1.2)
        head.add_artist(_word(title_outlines, title, 0, row_height * 0.6 - drop, color))
        rows.append(head)
    for handle, label in zip(handles, labels, strict=True):
        row = DrawingArea(width, row_height)
        middle = row_height / 2
        marker = handle.get_marker()
        if handle.get_linestyle() not in ("None", "none", "", " "):
            row.add_artist(
                Line2D(
                    [0, HANDLE_WIDTH],
                    [middle, middle],
                    linewidth=handle.get_linewidth(),
                    color=handle.get_color(),
                    alpha=handle.get_alpha(),
                    solid_capstyle=handle.get_solid_capstyle(),
                )
            )
        elif marker not in (None, "None", "none", ""):
            row.add_artist(
                Line2D(
                    [HANDLE_WIDTH / 2],
                    [middle],
                    linestyle="none",
                    marker=marker,
                    markersize=handle.get_markersize(),
                    color=handle.get_color(),
                    markeredgecolor=handle.get_markeredgecolor(),
                    alpha=handle.get_alpha(),
                )
            )
        row.add_artist(_word(outlines, str(label), HANDLE_WIDTH + HANDLE_PAD, middle - drop, color))
        rows.append(row)
    box = AnchoredOffsetbox(
        loc="upper left",
        child=VPacker(children=rows, align="left", pad=0, sep=0),
        pad=0.0,
        borderpad=0.0,
        frameon=False,
        bbox_to_anchor=(1.01, 1.0),
        bbox_transform=ax.transAxes,
    )
    ax.add_artist(box)
    return box
