"""The interactive timeline drawn on a Matplotlib Axes it is given.

All events live in a handful of collections (one scatter for points, one
LineCollection for bars, one for stems) so that ten thousand events draw in a
fraction of a second. Labels and clusters depend on the zoom level, so they are
laid out again inside every draw, with the real renderer and the current
limits; panning, zooming, resizing and saving at another DPI therefore never
show a stale layout. Only the labels that fit are drawn, and as glyph outlines
in one PathCollection, because Text artists cost milliseconds each (textpaths.py).
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import matplotlib.dates as mdates
import numpy as np
import numpy.typing as npt
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backend_bases import PickEvent, RendererBase
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.collections import LineCollection, PathCollection, PolyCollection
from matplotlib.colors import to_rgba, to_rgba_array
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.markers import MarkerStyle
from matplotlib.path import Path
from matplotlib.transforms import Affine2D, Bbox, IdentityTransform, blended_transform_factory

from viewer.core.categories import category_label
from viewer.core.model import Document, Event
from viewer.plot import style
from viewer.plot.key import outline_key
from viewer.plot.layout import Cluster, Obstacles, bin_of, find_clusters, place_labels
from viewer.plot.textpaths import TextBitmaps, TextOutlines

LaneMode = Literal["category", "document", "none"]
ColorMode = Literal["category", "source"]
LegendMode = Literal["outline", "text", "none"]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

# Geometry in points, so that a figure exported at 300 DPI looks like the screen.
LABEL_FONTSIZE = 8.0
LANE_FONTSIZE = 8.0
COUNT_FONTSIZE = 6.0
POINT_SIZE = 6.5  # marker diameter
BAR_WIDTH = 6.0  # thickness of an interval bar
BAR_ALPHA = 0.45
# A bar spanning much of the view (a year, a century) thins and fades towards these, so that
# it stays a bar, yet the points and clusters drawn over it remain readable.
LONG_BAR_WIDTH = 2.0
LONG_BAR_ALPHA = 0.25
SHORT_BAR_FRACTION = 1 / 3  # bars up to this share of the axes width keep the full width
LONG_BAR_FRACTION = 0.9  # bars this share of the axes wide or wider are fully thinned
CAP_SIZE = 11.0  # height of the end caps of a bar
MID_SIZE = 5.0  # the small marker at a bar's midpoint
STEM_WIDTH = 0.7
EDGE = 0.75  # kept free at the bottom and top of each lane band
LABEL_CLEARANCE = 1.5  # between the top of a circle or cap and the ink of the first label
GUTTER_PAD = 6.0  # between a lane's name and the left edge of the axes
LEVEL_STEP = 11.0  # between label levels
LABEL_PAD = 2.5  # between a stem and its label
LABEL_GAP = 6.0  # between two labels on one level
LABEL_CENTRE_DROP = LABEL_FONTSIZE * 0.36  # from a level's centre line down to the text baseline
CLUSTER_BIN = 24.0  # width of the bins that collapse into clusters
PICK_RADIUS = 5.0
MARKER_FRACTION = 0.15  # where in its lane band a marker sits before the first layout
MAX_LABELS = 350  # text is Matplotlib's bottleneck; past this the view is too busy anyway
MAX_LABEL_CHARS = 40
MAX_LEGEND_DOCUMENTS = 10

_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def short_title(event: Event, max_chars: int = MAX_LABEL_CHARS) -> str:
    text = " ".join((event.title or event.expression or event.value).split())
    if len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + "\u2026"
    return text


def short_label(event: Event, max_chars: int = MAX_LABEL_CHARS) -> str:
    """The label drawn next to an event: its title, cut short, and how many sources agree."""
    text = short_title(event, max_chars)
    if len(event.sources) > 1:
        text += f" ({len(event.sources)} sources)"
    return text


def document_name(documents: Sequence[Document], index: int, max_chars: int = 28) -> str:
    if 0 <= index < len(documents):
        doc = documents[index]
        name = doc.title.strip() or os.path.basename(doc.path) or f"Document {index + 1}"
    else:
        name = f"Document {index + 1}"
    name = " ".join(name.split())
    return name if len(name) <= max_chars else name[: max_chars - 1].rstrip() + "\u2026"


def _rgba(colors: npt.NDArray[Any]) -> Any:
    """Matplotlib's stubs only admit sequences of tuples; an (n, 4) RGBA array works and is fast."""
    return colors


def _marker_path(marker: str) -> Path:
    """A marker's outline at unit size, as scatter() builds it."""
    style_ = MarkerStyle(marker)
    return style_.get_path().transformed(style_.get_transform())


def _pickable_markers(ax: Axes, marker: str, size: float, edge_width: float) -> PathCollection:
    """Event markers placed in data coordinates, white-edged so neighbours stay apart."""
    return PathCollection(
        [_marker_path(marker)],
        sizes=[size**2],
        offset_transform=ax.transData,
        edgecolors="white",
        linewidths=edge_width,
        picker=True,
        pickradius=PICK_RADIUS,
    )


def date_number(day: dt.date) -> float:
    """Matplotlib's date number for midnight at the start of ``day``."""
    number: float = mdates.date2num(dt.datetime(day.year, day.month, day.day))  # type: ignore[no-untyped-call]
    return float(number)


def day_of(number: float) -> dt.date:
    """The day a Matplotlib date number falls on: ``date_number`` backwards."""
    return dt.date.fromordinal(
        math.floor(number - date_number(dt.date(1970, 1, 1))) + _EPOCH_ORDINAL
    )


def date_numbers(days: Sequence[dt.date]) -> FloatArray:
    """``date_number`` for many days at once: one call to date2num, not thousands."""
    if not days:
        return np.zeros(0)
    ordinals = np.fromiter((d.toordinal() for d in days), dtype=np.float64, count=len(days))
    return ordinals - _EPOCH_ORDINAL + date_number(dt.date(1970, 1, 1))


class _MemoDateLocator(mdates.AutoDateLocator):
    """AutoDateLocator that remembers its ticks for the current view.

    Constrained layout asks for the ticks three times per draw, and each time the
    locator walks a dateutil rrule in Python: a good share of a pan's budget.
    """

    def __init__(self, minticks: int, maxticks: int) -> None:
        super().__init__(minticks=minticks, maxticks=maxticks)  # type: ignore[no-untyped-call]
        self._memo_key: tuple[float, float] | None = None
        self._memo_ticks: Any = None

    def __call__(self) -> Any:
        assert self.axis is not None
        lo, hi = self.axis.get_view_interval()
        key = (float(lo), float(hi))
        if key != self._memo_key:
            self._memo_ticks = super().__call__()  # type: ignore[no-untyped-call]
            self._memo_key = key
        return self._memo_ticks


@dataclass
class _Layout:
    """What the last draw showed; event_at and index_from_pick read it."""

    key: tuple[Any, ...] = ()
    points: IntArray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    bars: IntArray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    drawn_bars: IntArray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    clusters: list[Cluster] = field(default_factory=list)  # members are event indices
    labelled: IntArray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    hidden: IntArray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    n_levels: int = 0
    first_level: float = 0.0  # points from a marker up to the centre of its first label
    cluster_diameters: FloatArray = field(default_factory=lambda: np.zeros(0))  # points
    label_texts: list[str] = field(default_factory=list)
    label_xy: FloatArray = field(default_factory=lambda: np.zeros((0, 2)))  # left, baseline
    label_outlines: list[Path] | None = None  # built on demand, to measure label ink
    bar_groups: dict[int, int] = field(default_factory=dict)  # drawn bar -> identical bars
    label_flip: npt.NDArray[np.bool_] = field(default_factory=lambda: np.zeros(0, dtype=bool))
    label_anchor: FloatArray = field(default_factory=lambda: np.zeros(0))
    label_x0: FloatArray = field(default_factory=lambda: np.zeros(0))
    label_width: FloatArray = field(default_factory=lambda: np.zeros(0))


@dataclass(frozen=True, slots=True)
class _Callout:
    """The selected event's label drawn over the others, in display pixels."""

    text: str
    left: float
    baseline: float
    width: float
    stem_x: float
    marker_y: float
    level_y: float  # where the stem ends: the centre line of the label's level


class _TimelineLayer(Artist):
    """One artist on the Axes that lays out and draws every part of the timeline."""

    def __init__(self, plot: TimelinePlot) -> None:
        super().__init__()
        self._plot = plot
        self.set_zorder(2.5)

    def get_children(self) -> list[Artist]:
        return self._plot._pickable_parts()

    def get_window_extent(self, renderer: RendererBase | None = None) -> Bbox:
        """The axes and, to their left, the gutter holding the lane names."""
        box = self._plot.ax.bbox
        return Bbox.from_extents(box.x0 - self._plot.gutter_width(), box.y0, box.x1, box.y1)

    def draw(self, renderer: RendererBase) -> None:
        if not self.get_visible():
            return
        self._plot._layout()
        self._plot._draw_parts(renderer)
        self.stale = False


class TimelinePlot:
    """Draws events on ``ax`` and answers which event sits under a point of the display."""

    def __init__(self, ax: Axes, *, legend: LegendMode = "outline") -> None:
        """``legend="outline"`` draws the key fast, for the window; ``"text"`` uses a real
        Matplotlib Legend, whose words stay selectable in SVG and PDF exports."""
        if legend not in ("outline", "text", "none"):
            raise ValueError(f"unknown legend mode {legend!r}")
        self.ax = ax
        self._legend_mode: LegendMode = legend
        self._key: Artist | None = None
        self._legend_labels: list[str] = []
        # Added to the "◀ N earlier · M later ▶" note under the axis; exports clear it.
        self.off_screen_hint = "  (Home shows all)"
        figure = ax.get_figure()
        assert figure is not None
        self._figure = figure
        self._events: list[Event] = []
        self._documents: list[Document] = []
        self._lanes_mode: LaneMode = "category"
        self._color_mode: ColorMode = "category"
        self._selected: int | None = None
        self._version = 0
        self._state = _Layout()
        # How many times labels and clusters were laid out: the costly part of a redraw.
        # Tests and benchmarks read it to check that a selection lays out at most once.
        self.layout_count = 0
        self._label_font = FontProperties(size=LABEL_FONTSIZE)
        self._lane_font = FontProperties(size=LANE_FONTSIZE, weight="bold")
        self._label_text = TextOutlines(self._label_font)
        self._count_text = TextOutlines(FontProperties(size=COUNT_FONTSIZE, weight="bold"))
        self._count_paths: dict[str, Path] = {}
        self._count_needs: dict[str, float] = {}
        self._lane_text = TextOutlines(self._lane_font)
        self._key_text = TextOutlines(FontProperties(size=LANE_FONTSIZE))
        self._label_bitmaps = TextBitmaps(FontProperties(size=LABEL_FONTSIZE), style.LABEL_COLOR)

        self._x0 = np.zeros(0)
        self._x1 = np.zeros(0)
        self._xm = np.zeros(0)
        self._is_point = np.zeros(0, dtype=bool)
        self._lane = np.zeros(0, dtype=np.int64)
        self._y = np.zeros(0)
        self._colors = np.zeros((0, 4))
        self._color_id = np.zeros(0, dtype=np.int64)
        self._labels: list[str] = []
        self._order = np.zeros(0, dtype=np.int64)
        self._lane_names: list[str] = []
        self._lane_colors: list[str] = []
        self._marker_fraction = MARKER_FRACTION

        self._build_parts()
        self._layer = _TimelineLayer(self)
        # In the layout, so that constrained layout keeps the lane-name gutter inside the figure.
        self._layer.set_clip_on(False)
        ax.add_artist(self._layer)
        self._style_axes()
        ax.callbacks.connect("xlim_changed", lambda _ax: self._update_off_screen())

    # ----------------------------------------------------------------- public API

    @property
    def events(self) -> list[Event]:
        return list(self._events)

    @property
    def lane_names(self) -> list[str]:
        """Lane titles from top to bottom."""
        return list(self._lane_names)

    @property
    def selected(self) -> int | None:
        return self._selected

    def set_events(
        self,
        events: Sequence[Event],
        documents: Sequence[Document] = (),
        *,
        lanes: LaneMode = "category",
        color_by: ColorMode = "category",
    ) -> None:
        """Replace what is drawn; indices everywhere refer to ``events`` as given."""
        if lanes not in ("category", "document", "none"):
            raise ValueError(f"unknown lane mode {lanes!r}")
        if color_by not in ("category", "source"):
            raise ValueError(f"unknown colour mode {color_by!r}")
        self._events = list(events)
        self._documents = list(documents)
        self._lanes_mode = lanes
        self._color_mode = color_by
        self._selected = None
        n = len(self._events)
        starts = date_numbers([e.start for e in self._events])
        ends = date_numbers([e.end for e in self._events]) + 1.0
        is_point = np.array([e.precision.is_point for e in self._events], dtype=bool)
        self._is_point = is_point.reshape(n)
        self._x0 = np.where(self._is_point, starts + 0.5, starts).reshape(n)
        self._x1 = np.where(self._is_point, starts + 0.5, np.maximum(ends, starts + 1.0)).reshape(n)
        self._xm = (self._x0 + self._x1) / 2
        self._order = np.argsort(self._xm, kind="stable").astype(np.int64)
        self._assign_lanes()
        self._assign_colors()
        self._labels = [short_label(e) for e in self._events]
        self._version += 1
        self._update_axes_decorations()
        self.fit_core()

    def fit_all(self) -> None:
        """Show every event, with a margin, and every lane."""
        if len(self._events):
            self._fit(float(self._x0.min()), float(self._x1.max()))
        else:
            self.ax.set_ylim(0, 1)
            self._figure.canvas.draw_idle()

    def fit_core(self) -> None:
        """Show where nearly all events are (see ``core_range``): the view set_events opens on."""
        self._fit(*self.core_range())

    def core_range(self) -> tuple[float, float]:
        """The shortest stretch of time holding 98% of the events, when it is under a third
        of the whole span; otherwise the whole span.

        Articles mention the odd far date ("the 680 battle of Karbala", "by 2099"); fitting
        those would squeeze years of reporting into a few pixels. The Kerry article's 2011
        and May 2016 are both kept: with six events, 98% means all of them.
        """
        if not len(self._events):
            return (0.0, 1.0)
        whole = (float(self._x0.min()), float(self._x1.max()))
        n = len(self._events)
        keep = math.ceil(0.98 * n)
        if keep >= n:
            return whole
        mids = self._xm[self._order]
        widths = mids[keep - 1 :] - mids[: n - keep + 1]
        first = int(np.argmin(widths))
        chosen = self._order[first : first + keep]
        lo = float(self._x0[chosen].min())
        hi = float(self._x1[chosen].max())
        if hi - lo >= (whole[1] - whole[0]) / 3:
            return whole
        return (lo, hi)

    def _fit(self, lo: float, hi: float) -> None:
        span = max(hi - lo, 2.0)
        margin = span * 0.04
        centre = (lo + hi) / 2
        self.ax.set_xlim(centre - span / 2 - margin, centre + span / 2 + margin)
        self.ax.set_ylim(0, max(len(self._lane_names), 1))
        self._update_off_screen()
        self._figure.canvas.draw_idle()

    def _update_off_screen(self) -> None:
        """Say below the axis how many events lie beyond each side of the view."""
        text = " "  # keeps the line's height, so the plot does not jump when it appears
        if len(self._events):
            lo, hi = sorted(self.ax.get_xlim())
            earlier = int((self._x1 < lo).sum())
            later = int((self._x0 > hi).sum())
            parts = []
            if earlier:
                parts.append(f"\u25c0 {earlier:,} earlier")
            if later:
                parts.append(f"{later:,} later \u25b6")
            if parts:
                text = "     ".join(parts) + self.off_screen_hint
        if self.ax.get_xlabel() != text:
            self.ax.set_xlabel(text, fontsize=LANE_FONTSIZE, color="#555555")

    def zoom(self, factor: float, x_px: float | None = None) -> None:
        """Zoom the time axis by ``factor`` (> 1 zooms in) around a display x, by default
        the centre: what the wheel and the +/- keys do."""
        lo, hi = self.ax.get_xlim()
        if x_px is None:
            centre = (lo + hi) / 2
        else:
            centre = float(self.ax.transData.inverted().transform((x_px, 0))[0])
        self.ax.set_xlim(centre - (centre - lo) / factor, centre + (hi - centre) / factor)
        self._figure.canvas.draw_idle()

    def scroll_to(self, index: int) -> None:
        """Pan, keeping the zoom, so that an event stepped to off screen comes into view."""
        lo, hi = self.ax.get_xlim()
        x0, x1 = float(self._x0[index]), float(self._x1[index])
        if x1 >= lo and x0 <= hi:
            return
        middle = (x0 + x1) / 2
        half = (hi - lo) / 2
        self.ax.set_xlim(middle - half, middle + half)
        self._figure.canvas.draw_idle()

    def relayout(self) -> None:
        """Lay labels and clusters out again for the current limits (draws do this too)."""
        self._state.key = ()
        self._layout()
        self._layer.stale = True
        self._figure.canvas.draw_idle()

    def select(self, index: int | None) -> None:
        """Ring one event (or none) so the analyst sees which one the panels describe."""
        if index is not None and not 0 <= index < len(self._events):
            raise IndexError(index)
        self._selected = index
        self._update_selection()
        self._layer.stale = True
        self._figure.canvas.draw_idle()

    def visible_indices(self) -> list[int]:
        """Events within the current view, in date order: what ← and → step through."""
        if not len(self._events):
            return []
        x_lo, x_hi = sorted(self.ax.get_xlim())
        y_lo, y_hi = sorted(self.ax.get_ylim())
        inside = (self._x1 >= x_lo) & (self._x0 <= x_hi) & (self._y >= y_lo) & (self._y <= y_hi)
        ids = np.flatnonzero(inside)
        ids = ids[np.lexsort((ids, self._xm[ids]))]
        return [int(i) for i in ids]

    def event_at(self, x_px: float, y_px: float) -> int | None:
        """The event drawn under a display position (pixels from the bottom left), or None.

        Events folded into a cluster are not returned; ``cluster_at`` finds those.
        """
        state = self._current_state()
        radius = self._px(PICK_RADIUS)
        best: tuple[float, int] | None = None
        trans = self.ax.transData
        if len(state.points):
            xy = trans.transform(np.column_stack([self._xm[state.points], self._y[state.points]]))
            dist = np.hypot(xy[:, 0] - x_px, xy[:, 1] - y_px)
            k = int(np.argmin(dist))
            if dist[k] <= radius + self._px(POINT_SIZE) / 2:
                best = (float(dist[k]), int(state.points[k]))
        if len(state.bars):
            ids = state.bars
            a = trans.transform(np.column_stack([self._x0[ids], self._y[ids]]))
            b = trans.transform(np.column_stack([self._x1[ids], self._y[ids]]))
            dx = np.maximum(np.maximum(a[:, 0] - x_px, x_px - b[:, 0]), 0.0)
            dy = np.abs(a[:, 1] - y_px)
            half = self._px(max(BAR_WIDTH, CAP_SIZE)) / 2
            hit = (dx <= radius) & (dy <= half + radius)
            if hit.any():
                # A bar loses a tie with a point: the point is drawn on top and is smaller.
                dist = np.hypot(dx, np.maximum(dy - self._px(BAR_WIDTH) / 2, 0.0)) + 0.5
                dist[~hit] = np.inf
                k = int(np.argmin(dist))
                if best is None or dist[k] < best[0]:
                    best = (float(dist[k]), int(ids[k]))
        return None if best is None else best[1]

    def cluster_at(self, x_px: float, y_px: float) -> list[int] | None:
        """The events folded into the cluster drawn under a display position."""
        state = self._current_state()
        for cluster, diameter in zip(state.clusters, state.cluster_diameters, strict=True):
            cx, cy = self.ax.transData.transform((cluster.x, self._lane_y(cluster.lane)))
            radius = self._px(float(diameter)) / 2
            if math.hypot(cx - x_px, cy - y_px) <= radius + self._px(PICK_RADIUS) / 2:
                return [int(i) for i in cluster.members]
        return None

    def index_from_pick(self, pick_event: PickEvent) -> int | None:
        """Map a pick on one of our collections to the event it stands for."""
        artist = pick_event.artist
        state = self._state
        ind = getattr(pick_event, "ind", None)
        if artist is self._points:
            ids = state.points
        elif artist is self._bars or artist is self._mids:
            ids = state.drawn_bars
        else:
            return None
        mouse = pick_event.mouseevent
        if mouse is not None and mouse.x is not None and mouse.y is not None:
            found = self.event_at(mouse.x, mouse.y)
            if found is not None:
                return found
        if ind is None or len(ind) == 0 or int(ind[0]) >= len(ids):
            return None
        return int(ids[int(ind[0])])

    def labelled_indices(self) -> list[int]:
        """Events whose label is drawn in the current view."""
        return [int(i) for i in self._current_state().labelled]

    def hidden_label_indices(self) -> list[int]:
        """Events drawn one by one in view whose label did not fit (the tooltip shows it)."""
        return [int(i) for i in self._current_state().hidden]

    def label_collection(self) -> PathCollection:
        """Every placed label as glyph outlines, whose extents tell where its ink lies (Agg
        pastes bitmaps at the same places; SVG and PDF write the words as text)."""
        self._current_state()
        self._label_outlines()
        return self._label_paths

    def _label_outlines(self) -> None:
        """Build the outline of each placed label, once per layout, and only when asked:
        on screen the bitmaps suffice, and outlines of new labels cost time when panning."""
        state = self._state
        if state.label_outlines is None:
            state.label_outlines = [self._label_text.path(t) for t in state.label_texts]
        self._label_paths.set_paths(state.label_outlines)
        self._label_paths.set_offsets(state.label_xy)

    def label_boxes(self) -> list[Bbox]:
        """Where each drawn label lies, in display pixels: as wide as Agg sets the text (or
        its outline, if wider) and as tall as its ink."""
        coll = self.label_collection()
        trans = coll.get_transform()
        state = self._state
        boxes = []
        for path, (_, y), x0, width in zip(
            coll.get_paths(),
            state.label_xy,
            state.label_x0,
            state.label_width,
            strict=True,
        ):
            ink = path.get_extents(trans)
            boxes.append(Bbox.from_extents(x0, y + ink.y0, x0 + width, y + ink.y1))
        return boxes

    def cluster_count_boxes(self) -> list[Bbox]:
        """Where the ink of each cluster's count lies, in display pixels."""
        self._current_state()
        coll = self._cluster_counts
        trans = coll.get_transform()
        return [
            path.get_extents(trans).translated(float(x), float(y))
            for path, (x, y) in zip(coll.get_paths(), np.asarray(coll.get_offsets()), strict=True)
        ]

    def selected_label_box(self) -> tuple[str, Bbox] | None:
        """The selected event's label as drawn, with where its ink lies in display pixels:
        its place in the layout or, when the layout had no room for it, the boxed label
        drawn over the others. None when nothing is selected or the event is folded into
        a cluster, out of view, or in a band too thin for labels."""
        state = self._current_state()
        i = self._selected
        if i is None:
            return None
        ascent, descent = (self._px(v) for v in self._label_text.ascent_descent())
        placed = np.flatnonzero(state.labelled == i)
        if len(placed):
            k = int(placed[0])
            x0, width = float(state.label_x0[k]), float(state.label_width[k])
            baseline = float(state.label_xy[k][1])
            text = state.label_texts[k]
        else:
            callout = self._callout(state)
            if callout is None:
                return None
            text, x0, baseline, width = callout.text, callout.left, callout.baseline, callout.width
        return text, Bbox.from_extents(x0, baseline - descent, x0 + width, baseline + ascent)

    def drawn_label_texts(self) -> list[str]:
        """The labels as they read on screen, left to right within each lane."""
        return list(self._current_state().label_texts)

    def clusters(self) -> list[list[int]]:
        """Event indices of each counted cluster drawn in the current view."""
        return [[int(i) for i in c.members] for c in self._current_state().clusters]

    def position_of(self, index: int) -> tuple[float, float]:
        """Where the event's marker is drawn, in data coordinates (x is a Matplotlib date).

        Markers sit a fixed height in points above their lane's floor, so y is that of the
        last layout (each draw makes one): after a resize, draw before asking."""
        return float(self._xm[index]), float(self._y[index])

    @property
    def points_artist(self) -> PathCollection:
        """The scatter of day-precision events currently drawn one by one."""
        return self._points

    @property
    def bars_artist(self) -> LineCollection:
        """The bars of coarser events (week, month, year, ranges) currently drawn."""
        return self._bars

    @property
    def clusters_artist(self) -> PathCollection:
        return self._cluster_circles

    @property
    def selection_artist(self) -> PathCollection:
        """The ring around the selected event (hidden when none is)."""
        return self._ring

    def label_of(self, index: int) -> str:
        return self._labels[index]

    def color_of(self, index: int) -> tuple[float, float, float, float]:
        r, g, b, a = (float(v) for v in self._colors[index])
        return (r, g, b, a)

    # ---------------------------------------------------------------- building

    def _build_parts(self) -> None:
        ax = self.ax
        fig = self._figure
        self._lane_shade = PolyCollection(
            [],
            facecolors=style.LANE_SHADE,
            edgecolors="none",
            transform=blended_transform_factory(ax.transAxes, ax.transData),
            zorder=0.5,
        )
        self._lane_shade.set_in_layout(False)
        ax.add_collection(self._lane_shade, autolim=False)

        identity = IdentityTransform()
        self._bars = LineCollection(
            [],
            linewidths=self._px_lw(BAR_WIDTH),
            capstyle="butt",
            picker=True,
            pickradius=PICK_RADIUS,
        )
        self._bars.set_transform(ax.transData)
        self._caps = PathCollection(
            [_marker_path("|")],
            sizes=[CAP_SIZE**2],
            offset_transform=ax.transData,
            linewidths=1.2,
        )
        self._stems = LineCollection([], colors=style.STEM_COLOR, linewidths=STEM_WIDTH)
        self._stems.set_transform(identity)
        self._points = _pickable_markers(ax, "o", POINT_SIZE, 0.6)
        self._mids = _pickable_markers(ax, "D", MID_SIZE, 0.5)
        self._cluster_circles = PathCollection(
            [_marker_path("o")],
            sizes=[1.0],
            offset_transform=ax.transData,
            edgecolors=style.CLUSTER_EDGE,
            linewidths=0.8,
        )
        self._cluster_counts = PathCollection(
            [],
            offset_transform=identity,
            facecolors=style.LABEL_COLOR,
            edgecolors="none",
            linewidths=0,
        )
        self._cluster_counts.set_transform(identity)
        self._lane_headers = PathCollection(
            [], offset_transform=identity, facecolors="#555555", edgecolors="none", linewidths=0
        )
        self._label_paths = PathCollection(
            [],
            offset_transform=identity,
            facecolors=style.LABEL_COLOR,
            edgecolors="none",
            linewidths=0,
        )
        self._ring = PathCollection(
            [_marker_path("o")],
            sizes=[(POINT_SIZE * 2.6) ** 2],
            offset_transform=ax.transData,
            facecolors="none",
            edgecolors="black",
            linewidths=1.6,
        )
        self._ring.set_visible(False)
        self._parts: list[Any] = [
            self._bars,
            self._caps,
            self._stems,
            self._mids,
            self._points,
            self._cluster_circles,
            self._cluster_counts,
            self._label_paths,
            self._lane_headers,
            self._ring,
        ]
        for part in self._parts:
            part.set_figure(fig)
            part.set_clip_box(ax.bbox)
        self._lane_headers.set_clip_box(fig.bbox)  # the names live in the gutter

    def _style_axes(self) -> None:
        ax = self.ax
        ax.xaxis.axis_date()
        locator = _MemoDateLocator(minticks=4, maxticks=10)
        ax.xaxis.set_major_locator(locator)
        formatter = mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_formatter(formatter)
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
        ax.tick_params(axis="y", length=0, labelsize=LANE_FONTSIZE)
        ax.tick_params(axis="x", labelsize=LANE_FONTSIZE)

    def _assign_lanes(self) -> None:
        events = self._events
        if self._lanes_mode == "category":
            keys = sorted({e.category for e in events}, key=lambda c: (style.category_order(c), c))
            names = [category_label(k) for k in keys]
            lookup: dict[Any, int] = {k: i for i, k in enumerate(keys)}
            lane = [lookup[e.category] for e in events]
        elif self._lanes_mode == "document":
            doc_keys = sorted({e.document for e in events})
            names = [document_name(self._documents, d) for d in doc_keys]
            lookup = {k: i for i, k in enumerate(doc_keys)}
            lane = [lookup[e.document] for e in events]
        else:
            names = [""]
            lane = [0] * len(events)
        if not names:
            names = [""]
        self._lane_names = names
        self._lane = np.array(lane, dtype=np.int64).reshape(len(events))
        self._y = np.array([self._lane_y(int(i)) for i in self._lane], dtype=float).reshape(
            len(events)
        )

    def _lane_y(self, lane: int) -> float:
        """Lanes run from the top; a lane fills [row, row + 1] and its markers sit low in it."""
        return len(self._lane_names) - 1 - lane + self._marker_fraction

    def _assign_colors(self) -> None:
        if self._color_mode == "category":
            names = [style.category_color(e.category) for e in self._events]
        else:
            names = [style.document_color(e.document) for e in self._events]
        _, color_id = np.unique(np.array(names, dtype=object), return_inverse=True)
        self._color_id = np.asarray(color_id, dtype=np.int64).reshape(len(names))
        self._colors = to_rgba_array(names) if names else np.zeros((0, 4))

    def _update_axes_decorations(self) -> None:
        ax = self.ax
        n = len(self._lane_names)
        rows = [[(0.0, r), (1.0, r), (1.0, r + 1.0), (0.0, r + 1.0)] for r in range(n - 2, -1, -2)]
        self._lane_shade.set_verts(rows if n > 1 else [])
        ax.set_yticks([])  # lane names are drawn inside their bands, see _layout_lane_names
        handles = self._legend_handles()
        self._legend_labels = [str(h.get_label()) for h in handles]
        if self._key is not None:
            self._key.remove()
            self._key = None
        title = "Category" if self._color_mode == "category" else "Source"
        if not handles or self._legend_mode == "none":
            return
        if self._legend_mode == "text":
            self._key = ax.legend(
                handles=handles,
                loc="upper left",
                bbox_to_anchor=(1.01, 1.0),
                borderaxespad=0.0,
                frameon=False,
                fontsize=LANE_FONTSIZE,
                title=title,
                title_fontsize=LANE_FONTSIZE,
                alignment="left",
            )
        else:
            self._key = outline_key(
                ax, handles, title, self._key_text, self._lane_text, style.LABEL_COLOR
            )

    @property
    def legend_artist(self) -> Artist | None:
        """The legend (a Legend, or the faster outline key), or None when there is none."""
        return self._key

    def lane_name_boxes(self) -> list[tuple[str, Bbox]]:
        """Each lane's name as drawn inside its band, with where its ink lies in pixels."""
        self._current_state()
        coll = self._lane_headers
        trans = coll.get_transform()
        offsets = np.asarray(coll.get_offsets())
        if self._lanes_mode == "none" or not len(offsets):
            return []
        return [
            (name, path.get_extents(trans).translated(float(x), float(y)))
            for name, path, (x, y) in zip(self._lane_names, coll.get_paths(), offsets, strict=True)
        ]

    def legend_labels(self) -> list[str]:
        """The entries of the legend, top to bottom, whichever way it is drawn."""
        return list(self._legend_labels)

    def _legend_handles(self) -> list[Line2D]:
        if not self._events:
            return []
        handles: list[Line2D] = []
        if self._color_mode == "category":
            present = {e.category for e in self._events}
            for cat in sorted(present, key=lambda c: (style.category_order(c), c)):
                handles.append(self._legend_marker(style.category_color(cat), category_label(cat)))
        else:
            present_docs = sorted({e.document for e in self._events})
            for d in present_docs[:MAX_LEGEND_DOCUMENTS]:
                handles.append(
                    self._legend_marker(style.document_color(d), document_name(self._documents, d))
                )
            if len(present_docs) > MAX_LEGEND_DOCUMENTS:
                more = len(present_docs) - MAX_LEGEND_DOCUMENTS
                handles.append(Line2D([], [], linestyle="none", label=f"\u2026 and {more} more"))
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="none",
                color="#666666",
                markersize=POINT_SIZE * 0.8,
                label="Day (point)",
            )
        )
        handles.append(
            Line2D(
                [],
                [],
                linewidth=BAR_WIDTH,
                alpha=BAR_ALPHA,
                color="#666666",
                solid_capstyle="butt",
                label="Week or longer (bar)",
            )
        )
        return handles

    @staticmethod
    def _legend_marker(color: str, label: str) -> Line2D:
        return Line2D(
            [],
            [],
            marker="o",
            linestyle="none",
            color=color,
            markeredgecolor="white",
            markersize=POINT_SIZE,
            label=label,
        )

    # ------------------------------------------------------------------ layout

    def _px(self, points: float) -> float:
        return points * self._figure.dpi / 72.0

    @staticmethod
    def _px_lw(points: float) -> float:
        """Line widths are given in points already; kept for symmetry with sizes."""
        return points

    def _current_state(self) -> _Layout:
        if self._state.key != self._layout_key():
            self._layout()
        return self._state

    def _layout_key(self) -> tuple[Any, ...]:
        """What the layout depends on. The axes' bounds are rounded to a thousandth of a
        pixel: constrained layout moves them by 1e-7 px from one draw to the next, and
        each such move cost a full layout for an identical picture."""
        return (
            self._version,
            tuple(self.ax.get_xlim()),
            tuple(self.ax.get_ylim()),
            tuple(round(float(v), 3) for v in self.ax.bbox.bounds),
            self._figure.dpi,
        )

    @staticmethod
    def _cluster_diameters(counts: IntArray, cap: float) -> FloatArray:
        """Grow with the log of the count, in whole points so that circles share stamps,
        and never wider than the lane band allows (``cap``)."""
        natural = np.minimum(CLUSTER_BIN - 3.0, 11.0 + 2.2 * np.log2(np.maximum(counts, 2)))
        return np.maximum(np.floor(np.minimum(natural, cap)), 1.0)

    def _band_geometry(self, band: float) -> tuple[float, float, int, float]:
        """How a lane band ``band`` points tall is shared out, from the bottom: the marker row,
        cluster circles centred on it, then as many label levels as fit below the band's top.

        Returns the marker's height in the band, the widest circle, the number of label
        levels and the first level's centre above the marker (all in points). In a roomy
        band every level clears the widest circle. In a tight one the first level sits just
        above the point markers, beside the circles (labels over a circle climb or hide, see
        Obstacles), and circles shrink as far as a three-digit count allows. Where not even
        that leaves one level, labels go (tooltips keep them) and circles take the band."""
        ascent, descent = self._label_text.ascent_descent()
        below = LABEL_CENTRE_DROP + descent  # from a level's centre down to its lowest ink
        above = ascent - LABEL_CENTRE_DROP
        fixed = max(CAP_SIZE, POINT_SIZE) / 2

        def levels_for(marker: float, first: float) -> int:
            room = band - EDGE - (marker + first + above)
            return int(room // LEVEL_STEP) + 1 if room >= 0 else 0

        widest = CLUSTER_BIN - 3.0
        reach = max(widest / 2, fixed)
        marker = reach + EDGE
        first = reach + LABEL_CLEARANCE + below
        levels = levels_for(marker, first)
        if levels >= 2:
            return marker, widest, levels, first
        first = max(POINT_SIZE, MID_SIZE) / 2 + LABEL_CLEARANCE + below
        diameter = float(min(widest, math.floor(2 * (band - 2 * EDGE - first - above))))
        if diameter >= self._count_need(888):
            marker = max(diameter / 2, fixed) + EDGE
            return marker, diameter, levels_for(marker, first), first
        diameter = float(max(math.floor(min(widest, band - 2 * EDGE)), 1))
        return band / 2, diameter, 0, 0.0

    def _count_need(self, count: int) -> float:
        """The smallest circle (points) that holds a count's text; one per shown text."""
        text = str(count) if count < 1000 else f"{count // 1000}k"
        need = self._count_needs.get(text)
        if need is None:
            vertices = np.asarray(self._count_path(count).vertices)
            span = vertices.max(axis=0) - vertices.min(axis=0)
            need = self._count_needs[text] = math.hypot(*span) + 1.0
        return need

    def _crowd_candidates(self, x_lo: float, x_hi: float) -> tuple[IntArray, IntArray, float]:
        """For a view of [x_lo, x_hi]: the events it covers (a little beyond, so that panning
        is seamless), those short enough to crowd into a cluster (bars wider than a bin
        stay bars), and the bin width in data units."""
        y_lo, y_hi = sorted(self.ax.get_ylim())
        px_per_x = self.ax.bbox.width / max(x_hi - x_lo, 1e-12)
        bin_width = self._px(CLUSTER_BIN) / px_per_x
        inside = (
            (self._x1 >= x_lo - bin_width)
            & (self._x0 <= x_hi + bin_width)
            & (self._y >= y_lo - 1)
            & (self._y <= y_hi + 1)
        )
        ids = np.flatnonzero(inside).astype(np.int64)
        width_px = (self._x1[ids] - self._x0[ids]) * px_per_x
        return ids, ids[width_px < self._px(CLUSTER_BIN)], bin_width

    def _band_points(self) -> float:
        """The height of one lane band, in points."""
        y_lo, y_hi = sorted(self.ax.get_ylim())
        band_px = self.ax.bbox.height / max(y_hi - y_lo, 1e-12)
        return band_px * 72.0 / self._figure.dpi

    def folded_at(self, index: int, x_lo: float, x_hi: float) -> bool:
        """Whether the event would be folded into a cluster were the view [x_lo, x_hi] (at
        the current size and lanes). The layout's own rule, applied to the event's bin only
        and without placing labels, so that a selection can find the zoom that shows the
        event on its own before it changes the view once."""
        if self.ax.bbox.width < 2 or self.ax.bbox.height < 2:
            return False
        x_lo, x_hi = sorted((x_lo, x_hi))
        _, cand, bin_width = self._crowd_candidates(x_lo, x_hi)
        if index not in cand:
            return False
        n_levels = self._band_geometry(self._band_points())[2]
        same_bin = (self._lane[cand] == self._lane[index]) & (
            bin_of(self._xm[cand], bin_width) == bin_of(self._xm[[index]], bin_width)[0]
        )
        return int(same_bin.sum()) > max(n_levels, 2)

    def _layout(self) -> None:
        key = self._layout_key()
        if key == self._state.key:
            return
        self.layout_count += 1
        # The new layout is built aside and published at the end, so a draw never pairs
        # one layout's label texts with another's positions.
        state = _Layout(key=key)
        points_to_px = Affine2D().scale(self._figure.dpi / 72.0)
        self._label_paths.set_transform(points_to_px)
        self._cluster_counts.set_transform(points_to_px)
        self._lane_headers.set_transform(points_to_px)
        empty2 = np.zeros((0, 2))
        self._label_paths.set_paths([])
        self._label_paths.set_offsets(empty2)
        self._stems.set_segments([])
        if not len(self._events) or self.ax.bbox.width < 2 or self.ax.bbox.height < 2:
            # Nothing to draw, or a window not laid out yet (Qt shows it at zero size first).
            self._set_empty(empty2)
            self._lane_headers.set_paths([])
            self._lane_headers.set_offsets(empty2)
            self._publish(state)
            return

        ax = self.ax
        x_lo, x_hi = sorted(ax.get_xlim())
        y_lo, y_hi = sorted(ax.get_ylim())
        bbox = ax.bbox
        px_per_x = bbox.width / max(x_hi - x_lo, 1e-12)
        px_per_y = bbox.height / max(y_hi - y_lo, 1e-12)

        band_px = px_per_y * 1.0
        band_pt = band_px * 72.0 / self._figure.dpi
        marker, cap, n_levels, first = self._band_geometry(band_pt)
        self._set_marker_fraction(marker / band_pt if band_pt > 0 else MARKER_FRACTION)
        state.n_levels = n_levels
        state.first_level = first
        self._layout_lane_names(band_px)

        ids, cand, bin_width = self._crowd_candidates(x_lo, x_hi)
        if not len(ids):
            self._set_empty(empty2)
            self._publish(state)
            return
        clustered, clusters = find_clusters(
            self._xm[cand], self._lane[cand], bin_width, max(n_levels, 2)
        )
        folded = cand[clustered]
        shown_mask = np.ones(len(self._events), dtype=bool)
        shown_mask[folded] = False
        shown = ids[shown_mask[ids]]
        state.points = shown[self._is_point[shown]]
        state.bars = shown[~self._is_point[shown]]
        # A cluster sits at the mean of its events, pulled inside its own bin far enough
        # that neighbouring circles never overlap.
        state.clusters = []
        state.cluster_diameters = self._cluster_diameters(
            np.array([len(c.members) for c in clusters], dtype=np.int64), cap
        )
        for c, diameter in zip(clusters, state.cluster_diameters, strict=True):
            radius = self._px(diameter / 2 + 0.5) / px_per_x
            lo = math.floor(c.x / bin_width) * bin_width
            x = min(max(c.x, lo + radius), lo + bin_width - radius)
            state.clusters.append(Cluster(c.lane, x, cand[c.members]))

        # Collections in data coordinates.
        pts = state.points
        self._points.set_offsets(
            np.column_stack([self._xm[pts], self._y[pts]]) if len(pts) else empty2
        )
        self._points.set_facecolor(_rgba(self._colors[pts]))
        bars = state.bars
        if len(bars):
            # Bars with the same interval, lane and colour are drawn once: the picture is the
            # same, translucency does not pile up into a solid block, and it is cheaper.
            rows = np.column_stack(
                [self._x0[bars], self._x1[bars], self._y[bars], self._colors[bars]]
            )
            _, first_row, counts = np.unique(rows, axis=0, return_index=True, return_counts=True)
            order = np.argsort(first_row)
            bars = bars[first_row[order]]
            state.drawn_bars = bars
            state.bar_groups = {
                int(b): int(n) for b, n in zip(bars, counts[order], strict=True) if n > 1
            }
            segs = np.stack(
                [
                    np.column_stack([self._x0[bars], self._y[bars]]),
                    np.column_stack([self._x1[bars], self._y[bars]]),
                ],
                axis=1,
            )
            self._bars.set_segments(list(segs))
            widths, alphas = self._bar_weights((self._x1[bars] - self._x0[bars]) * px_per_x)
            bar_colors = self._colors[bars].copy()
            bar_colors[:, 3] = alphas
            self._bars.set_color(_rgba(bar_colors))
            self._bars.set_linewidth(widths.tolist())
            self._caps.set_offsets(np.concatenate([segs[:, 0, :], segs[:, 1, :]]))
            self._caps.set_edgecolor(
                _rgba(np.concatenate([self._colors[bars], self._colors[bars]]))
            )
            self._mids.set_offsets(np.column_stack([self._xm[bars], self._y[bars]]))
            self._mids.set_facecolor(_rgba(self._colors[bars]))
        else:
            self._bars.set_segments([])
            self._caps.set_offsets(empty2)
            self._mids.set_offsets(empty2)
        self._layout_clusters(state)
        self._layout_labels(state, x_lo, x_hi)
        self._publish(state)

    def _publish(self, state: _Layout) -> None:
        self._state = state
        self._update_selection()

    def _bar_weights(self, length_px: FloatArray) -> tuple[FloatArray, FloatArray]:
        """Line width (points) and opacity of bars by their drawn length: short bars are
        bold, and a bar across much of the view fades to a thin line behind the points."""
        short = max(self.ax.bbox.width * SHORT_BAR_FRACTION, 1.0)
        long = self.ax.bbox.width * LONG_BAR_FRACTION
        t = np.clip(np.log(np.maximum(length_px, short) / short) / math.log(long / short), 0, 1)
        widths = BAR_WIDTH + (LONG_BAR_WIDTH - BAR_WIDTH) * t
        alphas = BAR_ALPHA + (LONG_BAR_ALPHA - BAR_ALPHA) * t
        return widths, alphas

    def _set_marker_fraction(self, fraction: float) -> None:
        """Markers sit at a fixed height in points above their band's floor, so the share
        of the band changes with the window's height."""
        if fraction != self._marker_fraction:
            self._marker_fraction = fraction
            rows = len(self._lane_names) - 1 - self._lane
            self._y = (rows + fraction).astype(float).reshape(len(self._events))

    def _lane_names_shown(self, band_px: float) -> bool:
        return self._lanes_mode != "none" and band_px >= self._px(LANE_FONTSIZE * 1.3)

    def gutter_width(self) -> float:
        """Pixels kept left of the axes for the lane names (zero when lanes go unnamed)."""
        y_lo, y_hi = self.ax.get_ylim()
        band_px = self.ax.bbox.height / max(abs(y_hi - y_lo), 1e-12)
        if not self._lane_names_shown(band_px) or not any(self._lane_names):
            return 0.0
        widest = max(self._lane_text.width(name) for name in self._lane_names)
        return self._px(widest + GUTTER_PAD + 2.0)

    def _layout_lane_names(self, band_px: float) -> None:
        """Write each lane's name right-aligned in a gutter left of the axes, level with the
        lane's markers: nothing else draws there. Bands too thin for a line of text
        (hundreds of document lanes) go unnamed."""
        if not self._lane_names_shown(band_px):
            self._lane_headers.set_paths([])
            self._lane_headers.set_offsets(np.zeros((0, 2)))
            return
        trans = self.ax.transData
        right = self.ax.bbox.x0 - self._px(GUTTER_PAD)
        offsets = []
        paths = []
        for lane, name in enumerate(self._lane_names):
            marker_y = trans.transform((0.0, self._lane_y(lane)))[1]
            x = right - self._px(self._lane_text.width(name))
            offsets.append((x, marker_y - self._px(LABEL_CENTRE_DROP)))
            paths.append(self._lane_text.path(name))
        self._lane_headers.set_paths(paths)
        self._lane_headers.set_offsets(np.array(offsets))

    def _set_empty(self, empty2: FloatArray) -> None:
        for coll in (self._points, self._caps, self._mids, self._cluster_circles):
            coll.set_offsets(empty2)
        self._cluster_counts.set_paths([])
        self._cluster_counts.set_offsets(empty2)
        self._bars.set_segments([])
        self._stems.set_segments([])

    def _layout_clusters(self, state: _Layout) -> None:
        if not state.clusters:
            self._cluster_circles.set_offsets(np.zeros((0, 2)))
            self._cluster_counts.set_paths([])
            self._cluster_counts.set_offsets(np.zeros((0, 2)))
            return
        clusters = state.clusters
        xy = np.array([(c.x, self._lane_y(c.lane)) for c in clusters])
        counts = np.array([len(c.members) for c in clusters])
        diameters = state.cluster_diameters
        self._cluster_circles.set_offsets(xy)
        self._cluster_circles.set_sizes(diameters**2)
        # A cluster of one colour is tinted with it; a mixed one is neutral grey.
        members = np.concatenate([c.members for c in clusters])
        starts = np.r_[0, np.cumsum(counts)[:-1]]
        ids = self._color_id[members]
        uniform = np.minimum.reduceat(ids, starts) == np.maximum.reduceat(ids, starts)
        faces = self._colors[members[starts]].copy()
        faces[:, :3] = 1 - (1 - faces[:, :3]) * 0.35
        faces[~uniform] = to_rgba("#e4e4e4")
        self._cluster_circles.set_facecolor(_rgba(faces))
        # A count too wide for its circle (a lane band only a few points tall) is left to
        # the tooltip rather than spilling over the outline.
        fits = np.array(
            [self._count_need(int(n)) <= d for n, d in zip(counts, diameters, strict=True)],
            dtype=bool,
        )
        # A circle cut by the edge of the axes would show a cut number ("0" for "10").
        centre = self.ax.transData.transform(xy)
        radius_px = diameters / 2 * self._figure.dpi / 72.0
        fits &= (centre[:, 0] - radius_px >= self.ax.bbox.x0) & (
            centre[:, 0] + radius_px <= self.ax.bbox.x1
        )
        self._cluster_counts.set_paths([self._count_path(int(n)) for n in counts[fits]])
        self._cluster_counts.set_offsets(centre[fits] if fits.any() else np.zeros((0, 2)))
        self._cluster_counts.set_transform(Affine2D().scale(self._figure.dpi / 72.0))

    def _count_path(self, count: int) -> Path:
        """The count of a cluster, centred on the origin, in points."""
        text = str(count) if count < 1000 else f"{count // 1000}k"
        path = self._count_paths.get(text)
        if path is None:
            raw = self._count_text.path(text)
            vertices = np.asarray(raw.vertices)
            x = vertices[:, 0]
            y = vertices[:, 1]
            shift = Affine2D().translate(-(x.min() + x.max()) / 2, -(y.min() + y.max()) / 2)
            path = raw.transformed(shift)
            self._count_paths[text] = path
        return path

    def _layout_labels(self, state: _Layout, x_lo: float, x_hi: float) -> None:
        shown = np.concatenate([state.points, state.bars])
        all_in_view = shown[(self._xm[shown] >= x_lo) & (self._xm[shown] <= x_hi)]
        # Identical bars share one label, which says how many there are.
        shown = np.concatenate([state.points, state.drawn_bars])
        in_view = shown[(self._xm[shown] >= x_lo) & (self._xm[shown] <= x_hi)]
        texts = {int(i): self._label_with_group(int(i), state) for i in in_view}
        if not len(in_view) or state.n_levels <= 0:
            state.hidden = all_in_view
            self._stems.set_segments([])
            return
        in_view = in_view[np.lexsort((in_view, self._xm[in_view]))]
        anchor = self.ax.transData.transform(np.column_stack([self._xm[in_view], self._y[in_view]]))
        left_edge = self.ax.bbox.x0
        right_edge = self.ax.bbox.x1
        pad = self._px(LABEL_PAD)
        dpi = self._figure.dpi
        widths = np.array(
            [
                max(
                    self._label_bitmaps.width(texts[i], dpi),
                    self._px(self._label_text.width(texts[i])),
                )
                for i in in_view
            ]
        )
        left = anchor[:, 0] + pad
        right = left + widths
        # Near the right edge a label flips to the left of its stem rather than being cut.
        flip = right > right_edge
        left = np.where(flip, anchor[:, 0] - pad - widths, left)
        right = np.where(flip, anchor[:, 0] - pad, right)
        fits = left >= left_edge
        bar = ~self._is_point[in_view]
        fits[bar] &= ~self._under_a_circle(state, anchor[bar, 0], self._lane[in_view][bar])
        # A label blocked on the right of its stem may take the left, where there is room.
        other_left = np.where(flip, np.nan, anchor[:, 0] - pad - widths)
        other_left[other_left < left_edge] = np.nan
        levels = np.full(len(in_view), -1, dtype=np.int64)
        moved = np.zeros(len(in_view), dtype=bool)
        levels[fits], moved[fits] = place_labels(
            left[fits],
            right[fits],
            self._lane[in_view][fits],
            state.n_levels,
            self._px(LABEL_GAP),
            stems=anchor[fits, 0],
            stem_slack=pad + 1.0,
            obstacles=self._circle_obstacles(state),
            other_side=(other_left[fits], anchor[fits, 0] - pad),
        )
        flip = flip | moved
        left = np.where(moved, other_left, left)
        placed = np.flatnonzero(levels >= 0)
        if len(placed) > MAX_LABELS:
            placed = placed[:MAX_LABELS]
        keep = np.zeros(len(in_view), dtype=bool)
        keep[placed] = True
        state.labelled = in_view[keep]
        state.hidden = np.setdiff1d(all_in_view, state.labelled)

        y_centre = (
            anchor[placed, 1] + self._px(state.first_level) + levels[placed] * self._px(LEVEL_STEP)
        )
        x_anchor = anchor[placed, 0]
        stems = np.stack(
            [
                np.column_stack([x_anchor, anchor[placed, 1] + self._px(POINT_SIZE) / 2]),
                np.column_stack([x_anchor, y_centre]),
            ],
            axis=1,
        )
        self._stems.set_segments(list(stems))
        baseline = y_centre - self._px(LABEL_CENTRE_DROP)
        state.label_texts = [texts[int(in_view[k])] for k in placed]
        state.label_flip = flip[placed]
        state.label_x0 = left[placed]
        state.label_width = widths[placed]
        state.label_anchor = x_anchor
        state.label_xy = np.column_stack([left[placed], baseline])

    def _cluster_x_px(self, state: _Layout) -> FloatArray:
        """Where each cluster's circle is centred, in display pixels along x."""
        xs = [c.x for c in state.clusters]
        return np.asarray(
            self.ax.transData.transform(np.column_stack([xs, np.zeros(len(xs))]))[:, 0]
        )

    def _circle_obstacles(self, state: _Layout) -> Obstacles | None:
        """Cluster circles as spans that block the label levels their tops reach into."""
        if not state.clusters:
            return None
        _, descent = self._label_text.ascent_descent()
        below = LABEL_CENTRE_DROP + descent
        radius = state.cluster_diameters / 2
        # Level k's lowest ink lies first + k * step - below above the marker.
        reach = radius + LABEL_CLEARANCE - (state.first_level - below)
        blocked = np.where(reach > 0, np.floor(reach / LEVEL_STEP) + 1, 0).astype(np.int64)
        if not blocked.any():
            return None
        scale = self._figure.dpi / 72.0
        cx = self._cluster_x_px(state)
        lanes = np.array([c.lane for c in state.clusters], dtype=np.int64)
        return Obstacles(lanes, cx - radius * scale, cx + radius * scale, blocked)

    def _under_a_circle(
        self, state: _Layout, x_px: FloatArray, lanes: IntArray
    ) -> npt.NDArray[np.bool_]:
        """Whether a stem rising at ``x_px`` would cross a cluster circle of its lane (only a
        long bar's midpoint can lie there: points in a cluster's bin are in the cluster)."""
        if not state.clusters or not len(x_px):
            return np.zeros(len(x_px), dtype=bool)
        cx = self._cluster_x_px(state)
        radius = (state.cluster_diameters / 2 + 1.0) * self._figure.dpi / 72.0
        lane = np.array([c.lane for c in state.clusters])
        near = (lane[None, :] == lanes[:, None]) & (
            np.abs(cx[None, :] - x_px[:, None]) < radius[None, :]
        )
        return np.asarray(near.any(axis=1))

    def _label_with_group(self, index: int, state: _Layout) -> str:
        more = state.bar_groups.get(index, 1) - 1
        if not more:
            return self._labels[index]
        return f"{short_title(self._events[index])} (+{more} more)"

    def _callout(self, state: _Layout) -> _Callout | None:
        """Where the selected event's label goes when the layout left it out: on the first
        level above the marker, boxed so it reads over its neighbours. Worked out at draw
        time from the published layout, so a selection never lays the timeline out again."""
        i = self._selected
        if i is None or state.n_levels <= 0 or i in state.labelled:
            return None
        if i not in state.points and i not in state.bars:
            return None  # folded into a cluster, or outside the view
        x, y = (float(v) for v in self.ax.transData.transform((self._xm[i], self._y[i])))
        box = self.ax.bbox
        if not box.x0 <= x <= box.x1:
            return None
        text = self._labels[i]
        dpi = self._figure.dpi
        width = max(self._label_bitmaps.width(text, dpi), self._px(self._label_text.width(text)))
        pad = self._px(LABEL_PAD)
        left = x + pad if x + pad + width <= box.x1 else x - pad - width
        centre = y + self._px(state.first_level)
        return _Callout(text, left, centre - self._px(LABEL_CENTRE_DROP), width, x, y, centre)

    def _draw_callout(self, renderer: RendererBase) -> None:
        callout = self._callout(self._state)
        if callout is None:
            return
        ascent, descent = (self._px(v) for v in self._label_text.ascent_descent())
        margin = self._px(1.5)
        gc = renderer.new_gc()
        gc.set_clip_rectangle(self.ax.bbox)
        gc.set_foreground(style.STEM_COLOR)
        gc.set_linewidth(STEM_WIDTH)
        foot = callout.marker_y + self._px(POINT_SIZE) / 2
        stem = Path([(callout.stem_x, foot), (callout.stem_x, callout.level_y)])
        renderer.draw_path(gc, stem, IdentityTransform())
        frame = Path.unit_rectangle().transformed(
            Affine2D()
            .scale(callout.width + 2 * margin, ascent + descent + 2 * margin)
            .translate(callout.left - margin, callout.baseline - descent - margin)
        )
        renderer.draw_path(gc, frame, IdentityTransform(), (1.0, 1.0, 1.0, 0.92))
        gc.restore()
        if isinstance(renderer, RendererAgg):
            image, below, offset = self._label_bitmaps.image(callout.text, self._figure.dpi)
            gc = renderer.new_gc()
            gc.set_clip_rectangle(self.ax.bbox)
            x, y = round(callout.left) + offset, round(callout.baseline) - below
            renderer.draw_image(gc, x, y, image)
            gc.restore()
        else:
            xy = np.array([[callout.left, callout.baseline]])
            self._write_texts(renderer, [callout.text], xy, self._label_font)

    def _update_selection(self) -> None:
        i = self._selected
        if i is None or i >= len(self._events):
            self._ring.set_visible(False)
            return
        self._ring.set_offsets([[self._xm[i], self._y[i]]])
        self._ring.set_visible(True)

    # ------------------------------------------------------------------ drawing

    def _pickable_parts(self) -> list[Artist]:
        return [self._points, self._mids, self._bars]

    def _draw_parts(self, renderer: RendererBase) -> None:
        raster = isinstance(renderer, RendererAgg)
        for part in self._parts:
            if part is self._label_paths and raster:
                self._paste_labels(renderer)
            elif part is self._label_paths:
                state = self._state
                self._write_texts(renderer, state.label_texts, state.label_xy, self._label_font)
            elif part is self._lane_headers and not raster:
                offsets = np.asarray(part.get_offsets())
                names = self._lane_names if len(offsets) else []
                self._write_texts(renderer, names, offsets, self._lane_font, "#555555")
            elif part is self._cluster_circles:
                self._stamp_cluster_circles(renderer)
            elif part is self._ring:
                self._draw_callout(renderer)
                if part.get_visible():
                    part.draw(renderer)
            elif part.get_visible():
                part.draw(renderer)

    def _write_texts(
        self,
        renderer: RendererBase,
        texts: Sequence[str],
        offsets: FloatArray,
        prop: FontProperties,
        color: str = style.LABEL_COLOR,
    ) -> None:
        """SVG and PDF get real words, which a reader of the report can select and search;
        outlines and bitmaps are only the screen's shortcut. ``offsets`` are the
        left ends of the baselines in display pixels, as the outlines use them."""
        if not len(texts):
            return
        gc = renderer.new_gc()
        # Lane names live in the gutter left of the axes; labels stay inside them.
        if prop is not self._lane_font:
            gc.set_clip_rectangle(self.ax.bbox)
        gc.set_foreground(color)
        height = renderer.get_canvas_width_height()[1]
        for text, (x, y) in zip(texts, offsets, strict=True):
            y = height - y if renderer.flipy() else y
            renderer.draw_text(gc, float(x), float(y), text, prop, 0.0)
        gc.restore()

    def _stamp_cluster_circles(self, renderer: RendererBase) -> None:
        """Circles of one size and colour are stamped with draw_markers, which renders the
        circle once; a PathCollection of mixed sizes and colours fills each one anew."""
        coll = self._cluster_circles
        offsets = np.asarray(coll.get_offsets())
        if not len(offsets) or not coll.get_visible():
            return
        xy = self.ax.transData.transform(offsets)
        diameters = np.sqrt(coll.get_sizes())
        faces = np.asarray(coll.get_facecolor())
        _, group = np.unique(np.column_stack([diameters, faces]), axis=0, return_inverse=True)
        group = np.asarray(group).reshape(-1)
        gc = renderer.new_gc()
        gc.set_clip_rectangle(self.ax.bbox)
        gc.set_linewidth(float(np.asarray(coll.get_linewidth()).reshape(-1)[0]))
        gc.set_foreground(style.CLUSTER_EDGE)
        circle = coll.get_paths()[0]
        scale = self._figure.dpi / 72.0
        for g in range(int(group.max()) + 1):
            members = np.flatnonzero(group == g)
            first = members[0]
            stamp = Affine2D().scale(diameters[first] * scale)
            r, g_, b, a = (float(v) for v in faces[first])
            renderer.draw_markers(
                gc, circle, stamp, Path(xy[members]), IdentityTransform(), (r, g_, b, a)
            )
        gc.restore()

    def _paste_labels(self, renderer: RendererBase) -> None:
        """On Agg, labels are cached bitmaps: as crisp as Text, a fraction of the cost.

        Texts and positions come from one published layout. Positions were once read from
        the collection, which a view with no events in it left holding the previous
        layout's places: the draw then failed on zip(strict=True)."""
        state = self._state
        if not state.label_texts:
            return
        dpi = self._figure.dpi
        gc = renderer.new_gc()
        gc.set_clip_rectangle(self.ax.bbox)
        for text, (x, baseline), flip, anchor in zip(
            state.label_texts, state.label_xy, state.label_flip, state.label_anchor, strict=True
        ):
            image, below, left = self._label_bitmaps.image(text, dpi)
            if flip:  # right-aligned on its stem, as Text would be with ha="right"
                x = anchor - self._px(LABEL_PAD) - self._label_bitmaps.width(text, dpi)
            renderer.draw_image(gc, round(x) + left, round(baseline) - below, image)
        gc.restore()
