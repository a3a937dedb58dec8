"""The timeline of a small fixed dataset against the same picture drawn by hand.

The reference figure spells out with plain Matplotlib calls what the analyst
should see: a point for each dated day, a translucent bar with end caps and a
midpoint diamond for the month, a stem and a label over each, the category
legend with the precision key, and a concise date axis.
"""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
from matplotlib.lines import Line2D
from matplotlib.testing.decorators import check_figures_equal
from matplotlib.textpath import TextPath
from matplotlib.transforms import IdentityTransform
from plot_events import make_event

from viewer.core.model import Precision
from viewer.plot.timeline import TimelinePlot

D = dt.date

EVENTS = [
    make_event(
        0,
        D(2016, 2, 1),
        D(2016, 2, 29),
        Precision.MONTH,
        title="Cessation of hostilities",
        category="ceasefire_in_force",
    ),
    make_event(1, D(2016, 3, 20), title="Shelling in Aleppo", category="military_action"),
    make_event(2, D(2016, 5, 2), title="Kerry meets de Mistura", category="talks"),
]

BLUE, RED, GOLD = "#4477AA", "#CC3311", "#DDAA33"
GREY = "#666666"


def day(d: dt.date) -> float:
    return float(mdates.date2num(dt.datetime(d.year, d.month, d.day)))


@check_figures_equal(extensions=["png"], tol=3)
def test_small_timeline_looks_like_the_hand_drawn_one(fig_test, fig_ref):
    for fig in (fig_test, fig_ref):
        fig.set_size_inches(8, 3)
        fig.subplots_adjust(left=0.04, right=0.76, bottom=0.18, top=0.95)
    plot = TimelinePlot(fig_test.add_subplot(), legend="text")
    plot.set_events(EVENTS, lanes="none")

    ax = fig_ref.add_subplot()
    start, end = day(D(2016, 2, 1)), day(D(2016, 5, 2)) + 0.5  # the last marker sits at noon
    margin = (end - start) * 0.04
    ax.set_xlim(start - margin, end + margin)
    ax.set_ylim(0, 1)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.set_yticks([])
    ax.tick_params(axis="x", labelsize=8)

    # Markers sit low in the lane, just above room for the widest cluster circle (21 pt)
    # and a 0.75 pt margin; labels rise above them.
    band = 3 * (0.95 - 0.18) * 72  # the lane's height in points
    y = (21 / 2 + 0.75) / band
    feb_start, feb_end = day(D(2016, 2, 1)), day(D(2016, 3, 1))
    ax.hlines(y, feb_start, feb_end, colors=[(*_rgb(BLUE), 0.45)], linewidth=6, capstyle="butt")
    ax.scatter([feb_start, feb_end], [y, y], marker="|", s=121, linewidths=1.2, color=BLUE)
    feb_mid = (feb_start + feb_end) / 2
    ax.scatter([feb_mid], [y], marker="D", s=25, color=BLUE, edgecolors="white", linewidths=0.5)
    days = [day(D(2016, 3, 20)) + 0.5, day(D(2016, 5, 2)) + 0.5]
    ax.scatter(days, [y, y], s=6.5**2, color=[RED, GOLD], edgecolors="white", linewidths=0.6)

    ax.legend(
        handles=[
            Line2D(
                [],
                [],
                marker="o",
                linestyle="none",
                color=c,
                markeredgecolor="white",
                markersize=6.5,
                label=label,
            )
            for c, label in [
                (BLUE, "Ceasefire in force"),
                (GOLD, "Talks"),
                (RED, "Military action"),
            ]
        ]
        + [
            Line2D(
                [],
                [],
                marker="o",
                linestyle="none",
                color=GREY,
                markersize=6.5 * 0.8,
                label="Day (point)",
            ),
            Line2D(
                [],
                [],
                linewidth=6,
                alpha=0.45,
                color=GREY,
                solid_capstyle="butt",
                label="Week or longer (bar)",
            ),
        ],
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        borderaxespad=0.0,
        frameon=False,
        fontsize=8,
        title="Category",
        title_fontsize=8,
        alignment="left",
    )

    # Stems and labels: each label starts 2.5 pt right of its stem (or ends 2.5 pt left of
    # it near the right edge), on whole pixels. Its centre line (0.36 em above the baseline)
    # is high enough that the lowest ink of the text clears a circle's top by 1.5 pt.
    pt = fig_ref.dpi / 72
    descent = -TextPath((0, 0), "gjy", size=8).vertices[:, 1].min()
    first = 21 / 2 + 1.5 + 8 * 0.36 + descent
    for x, label, side in [
        (feb_mid, "Cessation of hostilities", "left"),
        (days[0], "Shelling in Aleppo", "left"),
        (days[1], "Kerry meets de Mistura", "right"),  # would run off the edge: it flips
    ]:
        px, py = ax.transData.transform((x, y))
        tx = px + 2.5 * pt if side == "left" else px - 2.5 * pt
        baseline = round(py + (first - 8 * 0.36) * pt)
        ax.text(
            tx if side == "right" else round(tx),
            baseline,
            label,
            fontsize=8,
            color="#222222",
            ha=side,
            va="baseline",
            transform=IdentityTransform(),
        )
        ax.plot(
            [px, px],
            [py + 3.25 * pt, py + first * pt],
            color="#8c8c8c",
            linewidth=0.7,
            transform=IdentityTransform(),
        )


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    return tuple(int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]
