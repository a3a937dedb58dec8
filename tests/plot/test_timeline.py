"""What the analyst sees on the timeline, rendered with Agg."""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
import numpy as np
import pytest
from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from plot_events import make_event, synthetic_documents, synthetic_events

from viewer.core.categories import CATEGORIES
from viewer.core.model import Precision
from viewer.plot.timeline import LABEL_FONTSIZE, TimelinePlot, date_number, day_of

D = dt.date


def make_plot(width_in: float = 12, height_in: float = 6, dpi: float = 100) -> TimelinePlot:
    fig = Figure(figsize=(width_in, height_in), dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    return TimelinePlot(fig.add_subplot())


def draw(plot: TimelinePlot) -> None:
    plot.ax.figure.canvas.draw()


def day_number(day: dt.date) -> float:
    return float(mdates.date2num(dt.datetime(day.year, day.month, day.day)))


def to_display(plot: TimelinePlot, index: int) -> tuple[float, float]:
    x, y = plot.ax.transData.transform(plot.position_of(index))
    return float(x), float(y)


# --------------------------------------------------------------------- picking


def test_event_at_finds_each_seed_event_under_its_marker(seed):
    events, documents = seed
    plot = make_plot()
    plot.set_events(events, documents)
    draw(plot)
    for index in range(len(events)):
        x, y = to_display(plot, index)
        assert plot.event_at(x, y) == index, events[index].title


def test_event_at_misses_empty_space_and_reads_the_marker_day(seed):
    events, documents = seed
    plot = make_plot()
    plot.set_events(events, documents)
    draw(plot)
    # The "on Monday" marker is drawn within Monday 2 May 2016.
    x_data, _ = plot.position_of(0)
    assert day_number(D(2016, 5, 2)) <= x_data < day_number(D(2016, 5, 3))
    # 2013 holds no event at all.
    empty_x, empty_y = plot.ax.transData.transform((day_number(D(2013, 6, 1)), 0.5))
    assert plot.event_at(empty_x, empty_y) is None


def test_a_year_bar_is_picked_anywhere_along_its_length(seed):
    events, documents = seed
    plot = make_plot()
    plot.set_events(events, documents)
    draw(plot)
    war = 5  # "early 2011", drawn over the whole year
    _, y = plot.position_of(war)
    for day in (D(2011, 1, 20), D(2011, 6, 30), D(2011, 12, 10)):
        px, py = plot.ax.transData.transform((day_number(day), y))
        assert plot.event_at(px, py) == war


def test_pick_event_on_the_canvas_maps_to_the_event(seed):
    events, documents = seed
    plot = make_plot()
    plot.set_events(events, documents)
    canvas = plot.ax.figure.canvas
    draw(plot)
    picked: list[int | None] = []
    canvas.mpl_connect("pick_event", lambda e: picked.append(plot.index_from_pick(e)))
    x, y = to_display(plot, 2)  # "on Sunday", Kerry arrives in Geneva
    canvas.callbacks.process(
        "button_press_event", MouseEvent("button_press_event", canvas, x, y, button=1)
    )
    assert 2 in picked


# ------------------------------------------------------------ points and bars


def test_day_events_are_points_and_coarser_ones_are_bars_over_their_interval(seed):
    events, documents = seed
    plot = make_plot()
    plot.set_events(events, documents, lanes="none")
    draw(plot)
    point_x = sorted(plot.points_artist.get_offsets()[:, 0])
    day_events = [e for e in events if e.precision.is_point]
    assert len(point_x) == len(day_events) == 4
    for x, event in zip(point_x, sorted(day_events, key=lambda e: e.start), strict=True):
        assert day_number(event.start) <= x < day_number(event.start) + 1
    spans = sorted((float(s[0][0]), float(s[1][0])) for s in plot.bars_artist.get_segments())
    # "early 2011" covers the whole year; "late February" the whole of February 2016.
    assert spans == [
        (day_number(D(2011, 1, 1)), day_number(D(2012, 1, 1))),
        (day_number(D(2016, 2, 1)), day_number(D(2016, 3, 1))),
    ]


def test_a_two_day_range_is_a_bar_not_a_point():
    clashes = make_event(
        0,
        D(2016, 2, 11),
        D(2016, 2, 12),
        Precision.WEEK,
        title="Clashes on Feb. 11-12",
        category="military_action",
    )
    meeting = make_event(1, D(2016, 2, 20), title="ISSG meets in Munich", category="talks")
    plot = make_plot()
    plot.set_events([clashes, meeting])
    draw(plot)
    assert len(plot.points_artist.get_offsets()) == 1
    (segment,) = plot.bars_artist.get_segments()
    assert segment[0][0] == day_number(D(2016, 2, 11))
    assert segment[1][0] == day_number(D(2016, 2, 13))


# ---------------------------------------------------------------------- labels


def assert_no_overlap(plot: TimelinePlot) -> None:
    boxes = plot.label_boxes()
    if boxes:
        e = np.array([b.extents for b in boxes])  # x0, y0, x1, y1
        overlap_w = np.minimum(e[:, None, 2], e[None, :, 2]) - np.maximum(
            e[:, None, 0], e[None, :, 0]
        )
        overlap_h = np.minimum(e[:, None, 3], e[None, :, 3]) - np.maximum(
            e[:, None, 1], e[None, :, 1]
        )
        clash = (overlap_w > 0) & (overlap_h > 0)
        np.fill_diagonal(clash, False)
        pairs = np.argwhere(clash)
        assert not len(pairs), [(boxes[i], boxes[j]) for i, j in pairs[:3]]
    axes_box = plot.ax.bbox
    for box in boxes:
        assert axes_box.x0 - 0.5 <= box.x0 and box.x1 <= axes_box.x1 + 0.5
    # Each box is at least as wide and tall as the renderer sets that text.
    renderer = plot.ax.figure.canvas.get_renderer()
    font = FontProperties(size=LABEL_FONTSIZE)
    for box, text in zip(boxes, plot.drawn_label_texts(), strict=True):
        width, height, descent = renderer.get_text_width_height_descent(text, font, ismath=False)
        assert box.width >= width - 0.5, text
        assert box.height >= height - descent - 2.5, text  # ink, without line spacing


@pytest.mark.parametrize(
    ("n", "lanes"),
    [(5, "category"), (100, "category"), (100, "none"), (2000, "category"), (2000, "document")],
)
def test_visible_labels_never_overlap(n, lanes):
    events = synthetic_events(n, n_documents=6)
    plot = make_plot()
    plot.set_events(events, synthetic_documents(6), lanes=lanes)
    draw(plot)
    assert_no_overlap(plot)
    assert len(plot.label_boxes()) >= min(n, 20)
    # Zoomed into one busy year the labels are re-laid out, still without overlap.
    plot.ax.set_xlim(day_number(D(2015, 1, 1)), day_number(D(2016, 1, 1)))
    draw(plot)
    assert_no_overlap(plot)


def test_every_seed_event_is_labelled_with_its_title_and_source_count(seed):
    events, documents = seed
    plot = make_plot()
    plot.set_events(events, documents)
    draw(plot)
    assert sorted(plot.labelled_indices()) == list(range(6))
    assert plot.hidden_label_indices() == []
    assert plot.label_of(4) == "Ceasefire talks resume (2 sources)"
    assert plot.label_of(0) == "Kerry and de Mistura meet in Geneva"
    assert_no_overlap(plot)


def test_labels_that_do_not_fit_are_reported_hidden():
    # Forty reports of the same day in one lane: a 300 px tall figure cannot stack them all.
    events = [
        make_event(i, D(2016, 5, 2), title=f"Report {i} of the Geneva meeting", category="talks")
        for i in range(40)
    ]
    plot = make_plot(height_in=3)
    plot.set_events(events, lanes="none")
    plot.ax.set_xlim(day_number(D(2016, 4, 30)), day_number(D(2016, 5, 5)))
    draw(plot)
    shown = plot.labelled_indices()
    hidden = plot.hidden_label_indices()
    if plot.clusters():
        assert sum(len(c) for c in plot.clusters()) == 40
    else:
        assert len(shown) + len(hidden) == 40
        assert hidden
    assert_no_overlap(plot)


# -------------------------------------------------------------------- clusters


def test_dense_regions_collapse_into_counted_clusters_that_expand_on_zoom():
    events = synthetic_events(2000)
    plot = make_plot()
    plot.set_events(events, synthetic_documents())
    draw(plot)
    clusters = plot.clusters()
    assert clusters, "2,000 events over six years must cluster"
    folded = {i for c in clusters for i in c}
    drawn = len(plot.points_artist.get_offsets())
    assert drawn + len(folded) <= len(events)
    # Every cluster holds events of one lane, close together in time.
    for members in clusters:
        lanes = {plot.position_of(i)[1] for i in members}
        assert len(lanes) == 1
    # Counted circles never cover one another.
    circles = plot.clusters_artist
    xy = plot.ax.transData.transform(circles.get_offsets())
    radius = np.sqrt(circles.get_sizes()) / 2 * plot.ax.figure.dpi / 72
    gaps = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    gaps -= radius[:, None] + radius[None, :]
    np.fill_diagonal(gaps, np.inf)
    assert gaps.min() >= -0.5
    # Zoom on a fortnight inside a cluster: its events are now drawn one by one.
    sample = sorted(clusters, key=len)[-1][0]
    centre = plot.position_of(sample)[0]
    plot.ax.set_xlim(centre - 7, centre + 7)
    draw(plot)
    x, y = to_display(plot, sample)
    still_folded = {i for c in plot.clusters() for i in c}
    assert sample not in still_folded
    assert plot.event_at(x, y) is not None
    assert len(still_folded) < len(folded)


def test_cluster_at_returns_the_folded_events():
    events = synthetic_events(2000)
    plot = make_plot()
    plot.set_events(events, synthetic_documents())
    draw(plot)
    members = plot.clusters()[0]
    x, y = plot.clusters_artist.get_offset_transform().transform(
        plot.clusters_artist.get_offsets()[0]
    )
    assert sorted(plot.cluster_at(x, y) or []) == sorted(members)


# ----------------------------------------------------------- lanes and legend


def row_event(events, plot: TimelinePlot, row: int) -> int:
    """An event drawn in lane ``row`` (counted from the top)."""
    name = plot.lane_names[row]
    return next(i for i, e in enumerate(events) if CATEGORIES.get(e.category) == name)


@pytest.mark.parametrize("legend", ["outline", "text"])
def test_category_lanes_follow_the_vocabulary_order_with_a_legend(seed, legend):
    events, documents = seed
    fig = Figure(figsize=(12, 6), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    plot = TimelinePlot(fig.add_subplot(), legend=legend)
    plot.set_events(events, documents, lanes="category")
    draw(plot)
    expected = [label for key, label in CATEGORIES.items() if key in {e.category for e in events}]
    assert plot.lane_names == expected
    # Each lane's name is written in a gutter left of the plot, within its own band and
    # level with the lane's markers, lanes top-down; the figure keeps room for it.
    names = plot.lane_name_boxes()
    assert [name for name, _ in names] == expected
    for row, (_, box) in enumerate(names):
        top = plot.ax.transData.transform((0, len(expected) - row))[1]
        bottom = plot.ax.transData.transform((0, len(expected) - row - 1))[1]
        assert bottom < box.y0 < box.y1 <= top + 0.5
        assert fig.bbox.x0 <= box.x0 and box.x1 < plot.ax.bbox.x0
        marker_y = plot.ax.transData.transform(
            (0, plot.position_of(row_event(events, plot, row))[1])
        )[1]
        assert box.y0 <= marker_y <= box.y1
    # No event label runs into a lane name.
    for label in plot.label_boxes():
        for _, name in names:
            assert not (
                label.x0 < name.x1
                and name.x0 < label.x1
                and label.y0 < name.y1
                and name.y0 < label.y1
            )
    # The legend names the categories in the same order, then the precision key,
    # and sits to the right of the plot.
    labels = plot.legend_labels()
    assert labels[: len(expected)] == expected
    assert labels[len(expected) :] == ["Day (point)", "Week or longer (bar)"]
    key = plot.legend_artist
    assert key is not None
    extent = key.get_window_extent(fig.canvas.get_renderer())
    assert extent.x0 >= plot.ax.bbox.x1 and extent.x1 <= fig.bbox.x1 + 1
    if legend == "text":
        assert [t.get_text() for t in plot.ax.get_legend().get_texts()] == labels
    # Ceasefire lanes come first and sit above talks.
    assert plot.position_of(3)[1] > plot.position_of(0)[1]


def test_document_lanes_and_source_colours():
    events = synthetic_events(200, n_documents=3)
    documents = synthetic_documents(3)
    plot = make_plot()
    plot.set_events(events, documents, lanes="document", color_by="source")
    draw(plot)
    assert plot.lane_names == ["Syria report 1", "Syria report 2", "Syria report 3"]
    assert [name for name, _ in plot.lane_name_boxes()] == plot.lane_names
    assert plot.legend_labels()[:3] == plot.lane_names
    by_document = {}
    for i, event in enumerate(events):
        by_document.setdefault(event.document, set()).add(plot.color_of(i))
    assert all(len(colours) == 1 for colours in by_document.values())
    assert len({next(iter(c)) for c in by_document.values()}) == 3


def test_no_lanes_puts_everything_on_one_line(seed):
    events, documents = seed
    plot = make_plot()
    plot.set_events(events, documents, lanes="none")
    draw(plot)
    assert len({plot.position_of(i)[1] for i in range(len(events))}) == 1
    assert plot.lane_name_boxes() == []


def test_ceasefire_categories_share_a_blue_family():
    events = [make_event(i, D(2016, 2, 1 + i), category=c) for i, c in enumerate(CATEGORIES)]
    plot = make_plot()
    plot.set_events(events)
    colours = {e.category: np.array(plot.color_of(i)[:3]) for i, e in enumerate(events)}
    for key, rgb in colours.items():
        bluish = rgb[2] - rgb[0] > 0.1
        assert bluish == key.startswith("ceasefire_"), key


# ------------------------------------------------- fit, selection, navigation


def test_fit_all_shows_the_2011_bar_and_the_2016_days(seed):
    events, documents = seed
    plot = make_plot()
    plot.set_events(events, documents)
    plot.ax.set_xlim(day_number(D(2016, 5, 1)), day_number(D(2016, 5, 4)))
    plot.fit_all()
    draw(plot)
    lo, hi = plot.ax.get_xlim()
    assert lo < day_number(D(2011, 1, 1)) and hi > day_number(D(2016, 5, 4))
    assert plot.visible_indices() == [5, 3, 2, 0, 1, 4]


def test_visible_indices_follow_the_view_in_date_order(seed):
    events, documents = seed
    plot = make_plot()
    plot.set_events(events, documents)
    plot.ax.set_xlim(day_number(D(2016, 4, 28)), day_number(D(2016, 5, 10)))
    assert plot.visible_indices() == [2, 0, 1, 4]


def test_select_rings_the_event_and_none_clears_it(seed):
    events, documents = seed
    plot = make_plot()
    plot.set_events(events, documents)
    draw(plot)
    plot.select(3)
    draw(plot)
    assert plot.selected == 3
    image = np.asarray(plot.ax.figure.canvas.buffer_rgba())
    x, y = to_display(plot, 3)
    height = image.shape[0]
    radius = 12  # the ring sits around the marker, dark
    ys = int(height - y)
    window = image[ys - radius : ys + radius, int(x) - radius : int(x) + radius, :3]
    assert (window.sum(axis=2) < 100).sum() > 20
    plot.select(None)
    draw(plot)
    image = np.asarray(plot.ax.figure.canvas.buffer_rgba())
    window = image[ys - radius : ys + radius, int(x) - radius : int(x) + radius, :3]
    assert (window.sum(axis=2) < 100).sum() < 5


def test_identical_bars_are_drawn_once_and_their_label_counts_them():
    # Three articles all say the war began "in 2011": one bar, one label, not three.
    events = [
        make_event(
            i,
            D(2011, 1, 1),
            D(2011, 12, 31),
            Precision.YEAR,
            title="Syrian war begins",
            category="military_action",
            document=i,
        )
        for i in range(3)
    ] + [
        make_event(
            3,
            D(2012, 7, 1),
            D(2012, 7, 31),
            Precision.MONTH,
            title="Battle of Aleppo begins",
            category="military_action",
        )
    ]
    plot = make_plot()
    plot.set_events(events)
    draw(plot)
    assert len(plot.bars_artist.get_segments()) == 2
    assert sorted(plot.drawn_label_texts()) == [
        "Battle of Aleppo begins",
        "Syrian war begins (+2 more)",
    ]
    assert len(plot.label_boxes()) == 2


def test_zoom_around_the_cursor_keeps_the_date_under_it(seed):
    events, documents = seed
    plot = make_plot()
    plot.set_events(events, documents)
    draw(plot)
    x, _ = to_display(plot, 5)  # the 2011 bar's midpoint
    under = plot.position_of(5)[0]
    lo, hi = plot.ax.get_xlim()
    plot.zoom(4.0, x)
    new_lo, new_hi = plot.ax.get_xlim()
    assert new_hi - new_lo == pytest.approx((hi - lo) / 4)
    # The date under the cursor keeps its place across the view.
    assert (under - new_lo) / (new_hi - new_lo) == pytest.approx((under - lo) / (hi - lo))
    plot.zoom(0.25)
    assert np.diff(plot.ax.get_xlim())[0] == pytest.approx(hi - lo)


def test_scroll_to_brings_an_off_screen_event_into_view(seed):
    events, documents = seed
    plot = make_plot()
    plot.set_events(events, documents)
    plot.ax.set_xlim(day_number(D(2016, 4, 28)), day_number(D(2016, 5, 8)))
    assert 5 not in plot.visible_indices()
    plot.scroll_to(5)  # "early 2011"
    assert 5 in plot.visible_indices()
    lo, hi = plot.ax.get_xlim()
    assert hi - lo == pytest.approx(10)
    plot.scroll_to(5)  # already in view: nothing moves
    assert plot.ax.get_xlim() == (lo, hi)


def test_an_empty_timeline_draws_and_answers_nothing():
    plot = make_plot()
    plot.set_events([])
    draw(plot)
    assert plot.visible_indices() == []
    assert plot.event_at(100, 100) is None
    assert plot.label_boxes() == []
    assert plot.legend_labels() == []


def test_a_stray_far_date_does_not_squeeze_the_opening_view():
    # A year of reporting, plus "the battle of Karbala in 680" and "by 2099" in two articles.
    events = [
        make_event(
            i,
            D(2016, 1, 1) + dt.timedelta(days=3 * i),
            title=f"Report {i}",
            category="military_action",
        )
        for i in range(100)
    ]
    events.append(make_event(100, D(680, 10, 10), title="Battle of Karbala"))
    events.append(
        make_event(
            101, D(2099, 1, 1), D(2099, 12, 31), Precision.YEAR, title="Reconstruction completed"
        )
    )
    plot = make_plot()
    plot.set_events(events)
    draw(plot)
    assert sorted(plot.visible_indices()) == list(range(100))
    note = plot.ax.get_xlabel()
    assert "1 earlier" in note and "1 later" in note
    plot.fit_all()
    draw(plot)
    assert sorted(plot.visible_indices()) == list(range(102))
    assert plot.ax.get_xlabel().strip() == ""


def test_the_seed_opens_on_everything(seed):
    events, documents = seed
    plot = make_plot()
    plot.set_events(events, documents)
    opened = plot.ax.get_xlim()
    plot.fit_all()
    assert plot.ax.get_xlim() == opened
    assert plot.ax.get_xlabel().strip() == ""


def test_a_canvas_of_zero_size_draws_without_error(seed):
    # Qt shows a window at zero size before its first layout.
    events, documents = seed
    fig = Figure(figsize=(0.01, 0.01), dpi=100)
    FigureCanvasAgg(fig)
    plot = TimelinePlot(fig.add_subplot())
    plot.set_events(events, documents)
    draw(plot)
    assert plot.event_at(0, 0) is None
    assert plot.label_boxes() == []


def test_lanes_too_thin_for_text_go_unnamed_rather_than_overprinted():
    events = synthetic_events(600, n_documents=200)
    plot = make_plot(height_in=4)
    plot.set_events(events, synthetic_documents(200), lanes="document")
    draw(plot)
    assert len(plot.lane_names) > 150
    assert plot.lane_name_boxes() == []
    assert plot.label_boxes() == []  # no room for labels either; tooltips carry them


def test_every_frame_pastes_the_labels_of_its_own_layout():
    # Panning and zooming over dense data changes the labels on every frame, down to none
    # (an empty stretch of time) and back. Each Agg frame must draw exactly the labels its
    # layout placed. Panning from labelled days into 1990, where nothing happened, once
    # pasted the new layout's (no) texts at the old layout's positions and the draw died
    # with "zip() argument 2 is longer than argument 1".
    events = synthetic_events(3000, n_documents=6)
    plot = make_plot(width_in=9.4, height_in=4.1)
    plot.set_events(events, synthetic_documents(6))
    views = [
        (D(2011, 1, 1), D(2017, 6, 1)),
        (D(2015, 3, 1), D(2015, 3, 20)),
        (D(1990, 1, 1), D(1990, 2, 1)),  # nothing here at all
        (D(2015, 3, 5), D(2015, 3, 25)),
        (D(2016, 1, 1), D(2016, 12, 31)),
    ]
    seen = set()
    for lo, hi in views * 2:
        plot.ax.set_xlim(day_number(lo), day_number(hi))
        draw(plot)
        texts = plot.drawn_label_texts()
        assert len(plot.label_boxes()) == len(texts) == len(plot.labelled_indices())
        seen.add(tuple(texts))
        # Asking where things are between frames (the hover does) changes nothing drawn.
        plot.event_at(*plot.ax.transData.transform((day_number(lo), 0.5)))
        draw(plot)
        assert plot.drawn_label_texts() == texts
    assert () in seen and len(seen) >= 4


# ------------------------------------------------------------------- selection


def test_folded_at_answers_as_the_layout_does_without_laying_out():
    events = synthetic_events(2000)
    plot = make_plot()
    plot.set_events(events, synthetic_documents())
    draw(plot)
    rng = np.random.default_rng(3)
    sample = [int(i) for i in rng.choice(len(events), 25, replace=False)]
    checked = 0
    for days in (6 * 365.0, 365.0, 60.0, 14.0):
        for i in sample[:6]:
            centre = plot.position_of(i)[0]
            lo, hi = centre - days * 0.3, centre + days * 0.7
            before = plot.layout_count
            predicted = {j: plot.folded_at(j, lo, hi) for j in sample}
            assert plot.layout_count == before
            plot.ax.set_xlim(lo, hi)
            draw(plot)
            folded = {j for members in plot.clusters() for j in members}
            assert predicted == {j: j in folded for j in sample}, (days, i)
            checked += sum(predicted.values())
    assert checked  # the sample met clusters, not only events drawn on their own


def test_selecting_redraws_without_laying_out_and_labels_the_event():
    events = synthetic_events(2000)
    plot = make_plot()
    plot.set_events(events, synthetic_documents())
    centre = plot.position_of(0)[0]
    plot.ax.set_xlim(centre - 45, centre + 45)
    draw(plot)
    hidden = [i for i in plot.hidden_label_indices() if i in plot.visible_indices()]
    assert hidden, "a crowded quarter leaves some labels to the tooltip"
    target = hidden[len(hidden) // 2]
    assert plot.selected_label_box() is None
    canvas = plot.ax.figure.canvas
    unselected = np.asarray(canvas.buffer_rgba()).copy()

    layouts = plot.layout_count
    plot.select(target)
    draw(plot)
    assert plot.layout_count == layouts
    assert plot.selection_artist.get_visible()
    text, box = plot.selected_label_box()
    assert text == plot.label_of(target)
    assert target not in plot.labelled_indices()  # drawn over the others, not laid out
    height = canvas.get_width_height()[1]
    rows = slice(int(height - box.y1), int(height - box.y0) + 1)
    columns = slice(int(box.x0), int(box.x1) + 1)
    selected = np.asarray(canvas.buffer_rgba())
    assert (selected[rows, columns] != unselected[rows, columns]).any()

    plot.select(None)
    draw(plot)
    assert plot.layout_count == layouts
    assert plot.selected_label_box() is None
    assert (np.asarray(canvas.buffer_rgba()) == unselected).all()


@pytest.mark.parametrize(
    "day", [dt.date(1, 1, 1), dt.date(1969, 12, 31), dt.date(2016, 2, 29), dt.date(2099, 12, 31)]
)
def test_day_of_reads_a_date_number_back_as_matplotlib_does(day):
    number = date_number(day)
    for within in (0.0, 0.5, 0.999):
        assert day_of(number + within) == day
        assert day_of(number + within) == mdates.num2date(number + within).date()
