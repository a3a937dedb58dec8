"""How fast the timeline draws, pans, zooms and picks with many events, against a naive plot.

Builds a synthetic load (default 10,000 events over six years, every precision, twelve
categories), draws it with ``TimelinePlot`` on an Agg canvas the size of a maximised window,
and times:

- first draw: creating the plot, ``set_events`` and the first full render;
- pan and zoom: one full redraw after moving or scaling the view (median of many);
- pick: ``event_at`` at random places in the axes (median and worst).

The same data is then drawn the naive way in the same process, one Line2D and one
annotation per event, and every figure is printed with its ratio to that baseline, so
numbers compare across machines. Targets from issue 5: first draw < 0.5 s, redraw < 50 ms,
pick < 30 ms.

With the shared corpora present, ``--syria`` also times real events: the 600 crisis-syria
pseudo-articles run through the tagger, event extraction and corroboration.

    /tmp/venv/bin/python benchmarks/bench_plot.py [--events 10000] [--baseline-events N]
        [--cpu] [--syria] [--corpora ../shared/corpora]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from matplotlib.axes import Axes  # noqa: E402
from matplotlib.backend_bases import MouseEvent  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from viewer.core.categories import CATEGORIES  # noqa: E402
from viewer.core.model import Document, Event, Precision, Source, TimeExpression, TimexType  # noqa: E402
from viewer.core.temporal.calendar import span_for  # noqa: E402
from viewer.plot.timeline import TimelinePlot, date_number, short_label  # noqa: E402

TITLES = [
    "Shelling reported near Aleppo",
    "Aid convoy reaches Madaya",
    "Truce holds in Homs",
    "Talks adjourned in Geneva",
    "Airstrikes hit Idlib market",
    "Ceasefire extended 48 hours",
    "Rebels accuse government of violations",
    "UN envoy briefs Security Council",
    "Evacuation of eastern Aleppo begins",
    "Casualties rise in Daraa",
]
PRECISIONS = [Precision.DAY] * 7 + [Precision.WEEK, Precision.MONTH, Precision.YEAR]


def synthetic(n: int, n_documents: int, seed: int = 5) -> tuple[list[Event], list[Document]]:
    """Events bunched towards the later years, as a large import of Syria reporting is."""
    rng = random.Random(seed)
    first = dt.date(2011, 3, 15)
    categories = list(CATEGORIES)
    events = []
    for i in range(n):
        start = first + dt.timedelta(days=int(rng.triangular(0, 2190, 1750)))
        precision = rng.choice(PRECISIONS)
        start, end = span_for(precision, start)
        title = rng.choice(TITLES)
        document = rng.randrange(n_documents)
        timex = TimeExpression(
            "on Monday", 0, 9, TimexType.DATE, start.isoformat(), start, end, precision
        )
        source = Source(document, 0, 9, title, 0, len(title))
        events.append(
            Event(
                f"e{i}",
                document,
                timex,
                start,
                end,
                precision,
                title,
                0,
                len(title),
                title,
                rng.choice(categories),
                sources=(source,),
            )
        )
    documents = [
        Document(f"article_{d}.txt", title=f"Syria report {d + 1}") for d in range(n_documents)
    ]
    return events, documents


def new_axes(width_px: int, height_px: int, dpi: float) -> Axes:
    fig = Figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    return fig.add_subplot()


CLOCK = time.perf_counter


def timed(action: Callable[[], object]) -> float:
    start = CLOCK()
    action()
    return CLOCK() - start


def view_changes(ax: Axes, repeat: int) -> tuple[list[float], list[float]]:
    """Redraw times after panning by a tenth of the view, and after zooming in and out."""
    canvas = ax.figure.canvas
    pans, zooms = [], []
    for i in range(repeat):
        lo, hi = ax.get_xlim()
        shift = (hi - lo) * 0.1 * (1 if i % 2 == 0 else -1)
        ax.set_xlim(lo + shift, hi + shift)
        pans.append(timed(canvas.draw))
    for i in range(repeat):
        lo, hi = ax.get_xlim()
        centre, half = (lo + hi) / 2, (hi - lo) / 2
        factor = 0.6 if i < repeat // 2 else 1 / 0.6
        ax.set_xlim(centre - half * factor, centre + half * factor)
        zooms.append(timed(canvas.draw))
    return pans, zooms


def random_points(ax: Axes, n: int, seed: int = 7) -> list[tuple[float, float]]:
    rng = random.Random(seed)
    box = ax.bbox
    return [(rng.uniform(box.x0, box.x1), rng.uniform(box.y0, box.y1)) for _ in range(n)]


def bench_timeline(events, documents, args) -> dict[str, float]:
    firsts = []
    for _ in range(args.first_repeat):
        ax = new_axes(args.width, args.height, args.dpi)

        def first_draw(ax: Axes = ax) -> None:
            plot = TimelinePlot(ax)
            plot.set_events(events, documents)
            ax.figure.canvas.draw()

        firsts.append(timed(first_draw))
    plot = TimelinePlot(ax := new_axes(args.width, args.height, args.dpi))
    plot.set_events(events, documents)
    ax.figure.canvas.draw()
    pans, zooms = view_changes(ax, args.repeat)
    plot.fit_all()
    ax.figure.canvas.draw()
    picks = [timed(lambda p=p: plot.event_at(*p)) for p in random_points(ax, args.picks)]
    hits = sum(plot.event_at(*p) is not None for p in random_points(ax, args.picks))
    # Where the events are: zoomed on one busy month, picking right on markers.
    return {
        "first draw": statistics.median(firsts),
        "pan redraw": statistics.median(pans),
        "zoom redraw": statistics.median(zooms),
        "pick (median)": statistics.median(picks),
        "pick (worst)": max(picks),
        "_hits": hits,
        "_labels": len(plot.labelled_indices()),
        "_clusters": len(plot.clusters()),
    }


def bench_naive(events, args) -> dict[str, float]:
    """One Line2D per event and one annotation per label, as a first attempt would do it."""
    ax = new_axes(args.width, args.height, args.dpi)
    lanes = {c: i for i, c in enumerate(CATEGORIES)}
    artists = []

    def first_draw() -> None:
        for event in events:
            y = lanes[event.category]
            x0, x1 = date_number(event.start), date_number(event.end) + 1
            if event.precision.is_point:
                (line,) = ax.plot([x0 + 0.5], [y], "o", picker=True, pickradius=5)
            else:
                (line,) = ax.plot([x0, x1], [y, y], linewidth=6, alpha=0.45, picker=True)
            artists.append(line)
            ax.annotate(
                short_label(event),
                ((x0 + x1) / 2, y),
                xytext=(2, 10),
                textcoords="offset points",
                fontsize=8,
            )
        ax.xaxis_date()
        ax.figure.canvas.draw()

    first = timed(first_draw)
    pans, zooms = view_changes(ax, args.baseline_repeat)
    canvas = ax.figure.canvas

    def naive_pick(x: float, y: float) -> int | None:
        mouse = MouseEvent("button_press_event", canvas, x, y)
        for i, artist in enumerate(artists):
            if artist.contains(mouse)[0]:
                return i
        return None

    picks = [timed(lambda p=p: naive_pick(*p)) for p in random_points(ax, args.baseline_picks)]
    return {
        "first draw": first,
        "pan redraw": statistics.median(pans),
        "zoom redraw": statistics.median(zooms),
        "pick (median)": statistics.median(picks),
        "pick (worst)": max(picks),
    }


TARGETS = {
    "first draw": 0.5,
    "pan redraw": 0.05,
    "zoom redraw": 0.05,
    "pick (median)": 0.03,
    "pick (worst)": 0.03,
}


def syria_events(corpora: Path, limit: int) -> tuple[list[Event], list[Document]] | None:
    """Events of the crisis-syria corpus, one pseudo-article per row, as the app builds them."""
    path = corpora / "crisis-syria" / "time-sent.csv"
    if not path.exists():
        return None
    import ast
    import csv

    from viewer.core.pipeline import analyse, timeline_events

    csv.field_size_limit(1 << 30)
    documents: list[Document] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = "\n\n".join(ast.literal_eval(row["Sentences"]))
            day = dt.date.fromisoformat(row["time"])
            documents.append(Document(f"{row['time']}.txt", text, published=day))
            if len(documents) >= limit:
                break
    results = [analyse(index, document) for index, document in enumerate(documents)]
    return timeline_events(results), documents


def report(ours: dict[str, float], baseline: dict[str, float] | None) -> None:
    print(f"{'':16}{'TimelinePlot':>14}{'target':>10}{'':>6}{'naive':>12}{'naive/ours':>12}")
    for key, target in TARGETS.items():
        value = ours[key]
        verdict = "ok" if value < target else "MISS"
        line = f"{key:16}{value * 1000:11.1f} ms{target * 1000:7.0f} ms{verdict:>6}"
        if baseline is not None:
            line += f"{baseline[key] * 1000:9.0f} ms{baseline[key] / value:11.0f}x"
        print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=600)
    parser.add_argument(
        "--baseline-events",
        type=int,
        default=None,
        help="events for the naive baseline (default: the same number)",
    )
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--dpi", type=float, default=100)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--first-repeat", type=int, default=3)
    parser.add_argument("--picks", type=int, default=300)
    parser.add_argument("--baseline-repeat", type=int, default=2)
    parser.add_argument("--baseline-picks", type=int, default=10)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument(
        "--syria", action="store_true", help="also time the events of 600 crisis-syria articles"
    )
    parser.add_argument("--corpora", type=Path, default=PROJECT.parent / "shared" / "corpora")
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="time with the process's CPU clock rather than the wall clock, "
        "for machines shared with other work",
    )
    args = parser.parse_args()
    global CLOCK
    if args.cpu:
        CLOCK = time.process_time

    events, documents = synthetic(args.events, args.documents)
    print(
        f"{len(events)} events, canvas {args.width}x{args.height} px at {args.dpi:g} dpi, "
        f"matplotlib {matplotlib.__version__}, {'CPU' if args.cpu else 'wall'} clock"
    )
    ours = bench_timeline(events, documents, args)
    print(
        f"view after fit all: {ours['_labels']} labels, {ours['_clusters']} clusters; "
        f"{ours['_hits']}/{args.picks} random picks land on an event"
    )
    baseline = None
    n_base = args.baseline_events or args.events
    if not args.no_baseline:
        print(f"naive baseline on {n_base} events (one Line2D and one annotation each)...")
        baseline = bench_naive(events[:n_base], args)
    print()
    report(ours, baseline)
    if args.syria:
        print()
        real = syria_events(args.corpora, 600)
        if real is None:
            print(f"skipped --syria: no crisis-syria corpus under {args.corpora}")
            return 0
        real_events, real_documents = real
        print(f"crisis-syria: {len(real_documents)} articles, {len(real_events)} timeline events")
        real_figures = bench_timeline(real_events, real_documents, args)
        report(real_figures, None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
