"""A dense corpus at the size the window gives the timeline: nothing that carries text is
drawn over anything else.

The data has the shape of the 600 crisis-syria pseudo-articles: twelve category lanes,
about twelve thousand events over two years, sparse ceasefire lanes and crowded others,
every precision from day to century, and a few stray far dates. The axes are 940 x 410 px,
what a 1400 x 900 window leaves the timeline.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox
from plot_events import make_event

from viewer.core.categories import CATEGORIES
from viewer.core.model import Event, Precision
from viewer.plot.timeline import TimelinePlot, date_number

D = dt.date

HEADLINES = [
    "UN envoy Staffan de Mistura arrives in Damascus for talks",
    "Airstrikes hit a market in Idlib, killing at least 20",
    "Aid convoy reaches besieged Madaya after months of waiting",
    "Rebels accuse government forces of violating the truce in Homs",
    "Russia's deputy foreign minister Sergei Ryabkov says talks will resume",
    "Shelling resumes in eastern Aleppo despite the ceasefire",
    "Geneva talks adjourned until the end of the month",
    "Opposition says the cessation of hostilities has collapsed",
    "Security Council extends the ceasefire monitoring mission by 30 days",
    "Save the Children warns two million Syrian children lack aid",
]

# Ceasefire lanes are sparse, fighting and statements crowd: weights per category.
WEIGHTS = {
    "ceasefire_agreed": 1,
    "ceasefire_in_force": 1,
    "ceasefire_violated": 1,
    "ceasefire_collapsed": 1,
    "ceasefire_extended": 0.3,
}


def dense_corpus(n: int = 12_000, seed: int = 11) -> list[Event]:
    rng = random.Random(seed)
    categories = list(CATEGORIES)
    weights = [WEIGHTS.get(c, 40) for c in categories]
    first = D(2012, 1, 1)
    events = []
    for i in range(n):
        start = first + dt.timedelta(days=rng.randrange(730))
        precision = rng.choice([Precision.DAY] * 8 + [Precision.WEEK, Precision.MONTH])
        end = start
        if precision is Precision.WEEK:
            end = start + dt.timedelta(days=6)
        elif precision is Precision.MONTH:
            start = start.replace(day=1)
            end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        if i % 400 == 0:
            precision, start, end = Precision.YEAR, D(start.year, 1, 1), D(start.year, 12, 31)
        events.append(
            make_event(
                i,
                start,
                end,
                precision,
                title=rng.choice(HEADLINES),
                category=rng.choices(categories, weights)[0],
                document=rng.randrange(600),
                n_sources=1 + (i % 9 == 0),
            )
        )
    # Stray far dates, as real articles have them: a battle in 680, a century, a deadline.
    strays = [
        (D(680, 1, 1), D(680, 12, 31), Precision.YEAR, "other"),
        (D(1300, 1, 1), D(1399, 12, 31), Precision.CENTURY, "military_action"),
        (D(1916, 5, 16), D(1916, 5, 16), Precision.DAY, "political"),
        (D(2030, 1, 1), D(2030, 12, 31), Precision.YEAR, "statement"),
    ]
    for k, (start, end, precision, category) in enumerate(strays):
        events.append(
            make_event(n + k, start, end, precision, title=HEADLINES[k], category=category)
        )
    return events


@pytest.fixture(scope="module")
def dense_plot() -> TimelinePlot:
    # 940 x 410 px axes with room on the left for the lane names, as in the window.
    fig = Figure(figsize=(12.6, 5.6), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((180 / 1260, 80 / 560, 940 / 1260, 410 / 560))
    plot = TimelinePlot(ax)
    plot.set_events(dense_corpus())
    return plot


def overlapping_pairs(boxes: list[tuple[str, Bbox]]) -> list[tuple[str, str]]:
    if not boxes:
        return []
    e = np.array([b.extents for _, b in boxes])
    wide = np.minimum(e[:, None, 2], e[None, :, 2]) - np.maximum(e[:, None, 0], e[None, :, 0])
    tall = np.minimum(e[:, None, 3], e[None, :, 3]) - np.maximum(e[:, None, 1], e[None, :, 1])
    clash = (wide > 0) & (tall > 0)
    np.fill_diagonal(clash, False)
    return [(boxes[i][0], boxes[j][0]) for i, j in np.argwhere(clash) if i < j]


def circles(plot: TimelinePlot) -> np.ndarray:
    """Each cluster circle as (x, y, radius) in display pixels, its outline included."""
    coll = plot.clusters_artist
    offsets = np.asarray(coll.get_offsets())
    if not len(offsets):
        return np.zeros((0, 3))
    xy = plot.ax.transData.transform(offsets)
    radius = np.sqrt(coll.get_sizes()) / 2 * plot.ax.figure.dpi / 72
    radius = radius + float(np.max(coll.get_linewidths())) / 2 * plot.ax.figure.dpi / 72
    return np.column_stack([xy, np.broadcast_to(radius, len(xy))])


VIEWS = {
    "opening view": None,
    "fit all": "fit",
    "one quarter": (D(2012, 10, 1), D(2013, 1, 1)),
    "one month": (D(2013, 3, 1), D(2013, 4, 1)),
    "ten days": (D(2013, 3, 10), D(2013, 3, 20)),
}


@pytest.mark.parametrize("view", list(VIEWS))
def test_nothing_is_drawn_over_labels_lane_names_or_counts(dense_plot, view):
    plot = dense_plot
    wanted = VIEWS[view]
    if wanted == "fit":
        plot.fit_all()
    elif wanted is None:
        plot.fit_core()
    else:
        lo, hi = wanted
        plot.ax.set_xlim(date_number(lo), date_number(hi))
    plot.ax.figure.canvas.draw()
    assert plot.ax.bbox.width == pytest.approx(940) and plot.ax.bbox.height == pytest.approx(410)

    labels = [
        (f"label {t!r}", b)
        for t, b in zip(plot.drawn_label_texts(), plot.label_boxes(), strict=True)
    ]
    names = [(f"lane name {n!r}", b) for n, b in plot.lane_name_boxes()]
    counts = [(f"count {k}", b) for k, b in enumerate(plot.cluster_count_boxes())]
    # Every lane is named, in the gutter; the view shows some labels and counted clusters.
    assert [n for n, _ in plot.lane_name_boxes()] == list(CATEGORIES.values())
    assert labels
    assert overlapping_pairs(labels + names + counts) == []

    # No circle covers a label or a lane name, or reaches into the next lane's band.
    # Circles are clipped to the axes, so only the part of a text inside them can be hit.
    rings = circles(plot)
    if view != "ten days":
        assert len(rings) and len(counts)
    texts = [(w, Bbox.intersection(b, plot.ax.bbox)) for w, b in labels + names]
    for (x, y, r), (which, box) in itertools.product(rings, texts):
        if box is None:
            continue
        nearest_x = min(max(x, box.x0), box.x1)
        nearest_y = min(max(y, box.y0), box.y1)
        assert np.hypot(x - nearest_x, y - nearest_y) >= r, (which, (x, y, r))
    band = plot.ax.bbox.height / len(plot.lane_names)
    bottoms = plot.ax.bbox.y0 + np.floor((rings[:, 1] - plot.ax.bbox.y0) / band) * band
    assert np.all(rings[:, 1] - rings[:, 2] >= bottoms - 0.5)
    assert np.all(rings[:, 1] + rings[:, 2] <= bottoms + band + 0.5)
    # Each count sits inside its own circle.
    for _, box in counts:
        inside = np.hypot(rings[:, 0] - box.x0, rings[:, 1] - box.y0) <= rings[:, 2]
        inside &= np.hypot(rings[:, 0] - box.x1, rings[:, 1] - box.y1) <= rings[:, 2]
        assert inside.any()


def test_labels_that_did_not_fit_are_still_reachable_by_tooltip(dense_plot):
    plot = dense_plot
    plot.fit_core()
    plot.ax.figure.canvas.draw()
    labelled = set(plot.labelled_indices())
    hidden = set(plot.hidden_label_indices())
    assert labelled and hidden and not labelled & hidden
    folded = {i for members in plot.clusters() for i in members}
    in_view = set(plot.visible_indices())
    # Every event in view is labelled, listed as hidden (its tooltip has the title), or
    # counted in a cluster; long bars reaching in from outside count as in view too.
    assert in_view - labelled - hidden - folded <= {
        i for i in in_view if not plot.events[i].precision.is_point
    }
