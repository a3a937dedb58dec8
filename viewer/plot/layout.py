"""Pure placement rules for the timeline: which events collapse into clusters and
which labels fit at which level.

Everything here works on plain arrays in display units (pixels), so it can be
tested without drawing and reused for any renderer.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True, eq=False)
class Cluster:
    """Events of one lane that share a bin too crowded to draw them one by one."""

    lane: int
    x: float
    members: IntArray  # positions in the arrays given to find_clusters


def bin_of(x: FloatArray, bin_width: float) -> IntArray:
    """The fixed bin of each x, anchored at zero so that panning does not reshuffle them."""
    return np.floor(x / bin_width).astype(np.int64)


def find_clusters(
    x: FloatArray, lanes: IntArray, bin_width: float, max_members: int
) -> tuple[npt.NDArray[np.bool_], list[Cluster]]:
    """Group events into fixed bins of ``bin_width`` (data units, anchored at zero so that
    panning does not reshuffle them) and collapse every bin holding more than
    ``max_members`` events.

    Returns a mask of the collapsed events and the clusters.
    """
    clustered = np.zeros(len(x), dtype=bool)
    if len(x) == 0 or bin_width <= 0:
        return clustered, []
    bins = bin_of(x, bin_width)
    keys = (lanes.astype(np.int64) << 40) + (bins - bins.min())
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    counts = np.diff(np.r_[starts, len(keys)])
    crowded = np.flatnonzero(counts > max(max_members, 1))
    if not len(crowded):
        return clustered, []
    sums = np.add.reduceat(x[order], starts)
    clusters = []
    for g in crowded:
        members = order[starts[g] : starts[g] + counts[g]]
        clustered[members] = True
        clusters.append(
            Cluster(lane=int(lanes[members[0]]), x=float(sums[g] / counts[g]), members=members)
        )
    return clustered, clusters


def place_labels(
    left: FloatArray,
    right: FloatArray,
    lanes: IntArray,
    n_levels: int,
    gap: float,
    *,
    stems: FloatArray | None = None,
    stem_slack: float = 0.0,
    reserved: Mapping[int, float] | None = None,
    obstacles: Obstacles | None = None,
    other_side: tuple[FloatArray, FloatArray] | None = None,
) -> tuple[IntArray, npt.NDArray[np.bool_]]:
    """Give each label the lowest level of its lane where it overlaps no other label.

    Labels are taken from left to right, so each level only needs to remember where its
    last label ends. With ``stems`` (the x of each label's stem, which rises from level 0
    to the label), a level is refused when the stem would cut through the text of a lower
    label; a stem within ``stem_slack`` of that label's own stem runs beside it and is
    allowed, so events of one day stack neatly. ``reserved`` maps a lane to the x where
    its top level becomes free. ``obstacles`` are things drawn low in a lane (cluster
    circles) that labels must keep off: a label overlapping one horizontally (with
    ``gap``) goes above the levels it blocks. A label that fits nowhere on its side of
    the stem may try ``other_side`` (left and right edges, NaN for none): the other side
    of its stem, if no earlier stem of its lane stands there; one that fits nowhere at all
    gets level -1. Returns the levels and which labels moved.
    """
    levels = np.full(len(left), -1, dtype=np.int64)
    moved = np.zeros(len(left), dtype=bool)
    if n_levels <= 0 or len(left) == 0:
        return levels, moved
    order = np.lexsort((left, lanes))
    ends: list[float] = []
    stem_of: list[float] = []
    last_stem = -np.inf
    current_lane: int | None = None

    def settle(i: int, start: float, end: float, lane: int, stem: float | None) -> int:
        lowest = obstacles.levels_blocked(lane, start - gap, end + gap) if obstacles else 0
        for level in range(n_levels):
            if level >= lowest and ends[level] + gap <= start:
                ends[level] = end
                if stem is not None:
                    stem_of[level] = stem
                return level
            if stem is not None and ends[level] > stem and stem - stem_of[level] > stem_slack:
                break  # going higher would push the stem through this label
        return -1

    for i in order:
        lane = int(lanes[i])
        if lane != current_lane:
            current_lane = lane
            ends = [-np.inf] * n_levels
            stem_of = [-np.inf] * n_levels
            last_stem = -np.inf
            if reserved is not None and lane in reserved:
                ends[n_levels - 1] = reserved[lane]
        stem = float(stems[i]) if stems is not None else None
        level = settle(i, float(left[i]), float(right[i]), lane, stem)
        if level < 0 and other_side is not None and not np.isnan(other_side[0][i]):
            start, end = float(other_side[0][i]), float(other_side[1][i])
            if last_stem + gap <= start:
                level = settle(i, start, end, lane, stem)
                moved[i] = level >= 0
        levels[i] = level
        if level >= 0 and stem is not None:
            last_stem = max(last_stem, stem)
    return levels, moved


class Obstacles:
    """Horizontal spans in each lane that block the lowest label levels (display units).

    Spans of one lane must not overlap one another, as cluster circles in their own bins
    do not; then a binary search finds the few a label could touch.
    """

    def __init__(self, lanes: IntArray, x0: FloatArray, x1: FloatArray, blocked: IntArray) -> None:
        self._spans: dict[int, tuple[list[float], list[float], list[int]]] = {}
        order = np.lexsort((x0, lanes))
        for k in order:
            if blocked[k] <= 0:
                continue
            starts, ends, levels = self._spans.setdefault(int(lanes[k]), ([], [], []))
            starts.append(float(x0[k]))
            ends.append(float(x1[k]))
            levels.append(int(blocked[k]))

    def levels_blocked(self, lane: int, left: float, right: float) -> int:
        """How many of the lowest levels of ``lane`` are taken between ``left`` and ``right``."""
        spans = self._spans.get(lane)
        if spans is None:
            return 0
        starts, ends, levels = spans
        k = bisect_right(ends, left)  # the first span ending after ``left``
        most = 0
        while k < len(starts) and starts[k] < right:
            most = max(most, levels[k])
            k += 1
        return most
