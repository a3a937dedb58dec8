"""The placement rules on plain pixel arrays: levels for labels, bins for clusters."""

from __future__ import annotations

import numpy as np

from viewer.plot.layout import Obstacles, find_clusters, place_labels


def levels(left, right, lanes=None, n_levels=3, gap=4.0, **kw):
    left = np.array(left, dtype=float)
    right = np.array(right, dtype=float)
    lanes = np.zeros(len(left), dtype=np.int64) if lanes is None else np.array(lanes)
    return place_labels(left, right, lanes, n_levels, gap, **kw)[0].tolist()


def test_labels_far_apart_share_the_first_level():
    assert levels([0, 200, 400], [150, 350, 550]) == [0, 0, 0]


def test_overlapping_labels_climb_and_the_one_that_fits_nowhere_is_hidden():
    # Four reports of one day: three levels, so the fourth label stays hidden.
    assert levels([10, 10, 10, 10], [120, 110, 130, 90]) == [0, 1, 2, -1]


def test_a_label_needs_the_gap_before_reusing_a_level():
    assert levels([0, 152], [150, 300]) == [0, 1]
    assert levels([0, 154], [150, 300]) == [0, 0]


def test_lanes_do_not_compete_for_levels():
    assert levels([0, 0], [100, 100], lanes=[0, 1]) == [0, 0]


def test_a_stem_never_cuts_through_a_lower_label():
    # The second event's stem at x=60 would cross the first label (0-150) to reach level 1.
    assert levels([0, 62], [150, 200], stems=np.array([-2.0, 60.0]), stem_slack=3.0) == [0, -1]
    # Right beside the first stem it runs along the label's edge and may stack.
    assert levels([0, 2], [150, 200], stems=np.array([-2.0, 0.0]), stem_slack=3.0) == [0, 1]


def test_a_reserved_top_level_keeps_labels_off_the_lane_name():
    got = levels([0, 0, 0], [50, 50, 50], reserved={0: 120.0})
    assert got == [0, 1, -1]


def test_a_label_over_a_cluster_circle_climbs_above_it_or_is_hidden():
    # A circle spans x 100-130 in lane 0 and reaches into level 0; lane 1 is free.
    circle = Obstacles(np.array([0]), np.array([100.0]), np.array([130.0]), np.array([1]))
    got = levels(
        [0, 90, 140, 90], [80, 120, 200, 120], lanes=[0, 0, 0, 1], n_levels=2, obstacles=circle
    )
    assert got == [0, 1, 0, 0]
    # With one level only, the label over the circle has nowhere to go.
    got = levels([0, 90], [80, 120], lanes=[0, 0], n_levels=1, obstacles=circle)
    assert got == [0, -1]


def test_a_label_blocked_on_the_right_takes_the_left_of_its_stem():
    # One level; a circle at 200-230 blocks the right of the stem at x=150 (label 152-302).
    circle = Obstacles(np.array([0]), np.array([200.0]), np.array([230.0]), np.array([1]))
    left, right = np.array([2.0, 152.0]), np.array([100.0, 302.0])
    other = (np.array([np.nan, 40.0]), np.array([np.nan, 148.0]))
    stems = np.array([0.0, 150.0])
    got, moved = place_labels(
        left,
        right,
        np.zeros(2, dtype=np.int64),
        1,
        4.0,
        stems=stems,
        obstacles=circle,
        other_side=other,
    )
    # The first label (2-100) is in the way of the left side too: the second stays hidden.
    assert got.tolist() == [0, -1] and not moved.any()
    # Without the first label it moves to the left of its stem.
    got, moved = place_labels(
        left[1:],
        right[1:],
        np.zeros(1, dtype=np.int64),
        1,
        4.0,
        stems=stems[1:],
        obstacles=circle,
        other_side=(other[0][1:], other[1][1:]),
    )
    assert got.tolist() == [0] and moved.tolist() == [True]


def test_crowded_bins_become_clusters_with_their_members():
    x = np.array([0.1, 0.2, 0.3, 0.4, 5.5, 9.1, 9.2])
    lanes = np.array([0, 0, 0, 0, 0, 1, 1])
    clustered, clusters = find_clusters(x, lanes, bin_width=1.0, max_members=2)
    assert clustered.tolist() == [True, True, True, True, False, False, False]
    (cluster,) = clusters
    assert sorted(cluster.members.tolist()) == [0, 1, 2, 3]
    assert cluster.lane == 0
    assert cluster.x == np.float64(0.25)


def test_bins_are_anchored_so_panning_does_not_reshuffle_them():
    x = np.array([0.9, 1.1, 1.2, 1.3])
    lanes = np.zeros(4, dtype=np.int64)
    _, clusters = find_clusters(x, lanes, bin_width=1.0, max_members=2)
    assert [sorted(c.members.tolist()) for c in clusters] == [[1, 2, 3]]
    _, shifted = find_clusters(x + 10.0, lanes, bin_width=1.0, max_members=2)
    assert [sorted(c.members.tolist()) for c in shifted] == [[1, 2, 3]]
