"""Margin layout: note balloons and coding stripes, tested as plain geometry."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.annotations.margin import (
    NoteBox,
    Stripe,
    layout_notes,
    layout_stripes,
    total_displacement,
)

EPS = 1e-6


def tops(placed):
    return [(p.annotation_id, p.top) for p in placed]


def test_no_notes():
    assert layout_notes([]) == []
    assert layout_stripes([]) == []


def test_isolated_notes_sit_at_their_passages():
    placed = layout_notes([NoteBox(2, 300, 40), NoteBox(1, 100, 50)])
    assert tops(placed) == [(1, 100), (2, 300)]
    assert total_displacement(placed) == 0


def test_close_notes_are_stacked_downwards():
    placed = layout_notes(
        [NoteBox(1, 100, 50), NoteBox(2, 120, 30), NoteBox(3, 150, 10)], spacing=4
    )
    assert tops(placed) == [(1, 100), (2, 154), (3, 188)]
    assert [p.anchor_y for p in placed] == [100, 120, 150]


def test_same_anchor_orders_by_id():
    placed = layout_notes([NoteBox(9, 50, 20), NoteBox(3, 50, 20)], spacing=0)
    assert tops(placed) == [(3, 50), (9, 70)]


def test_stack_past_the_bottom_shifts_up_only_as_needed():
    boxes = [NoteBox(1, 10, 30), NoteBox(2, 500, 60), NoteBox(3, 520, 60), NoteBox(4, 540, 60)]
    placed = layout_notes(boxes, spacing=5, total_height=600)
    assert tops(placed) == [(1, 10), (2, 410), (3, 475), (4, 540)]
    assert placed[-1].bottom == 600


def test_shift_up_moves_a_note_above_its_passage_only_when_forced():
    boxes = [NoteBox(1, 0, 100), NoteBox(2, 150, 100), NoteBox(3, 190, 100)]
    placed = layout_notes(boxes, spacing=10, total_height=330)
    assert tops(placed) == [(1, 0), (2, 120), (3, 230)]
    too_short = layout_notes(boxes, spacing=10, total_height=300)
    assert tops(too_short) == [(1, 0), (2, 110), (3, 220)]  # floor wins, overflow at the bottom


def test_floor_wins_when_notes_cannot_fit():
    boxes = [NoteBox(i, 10 * i, 100) for i in range(5)]
    placed = layout_notes(boxes, spacing=0, viewport_top=20, total_height=300)
    assert tops(placed) == [(0, 20), (1, 120), (2, 220), (3, 320), (4, 420)]


def test_viewport_top_lifts_notes_of_passages_above_it():
    placed = layout_notes([NoteBox(1, -40, 30), NoteBox(2, 200, 30)], viewport_top=0)
    assert tops(placed) == [(1, 0), (2, 200)]
    negative = layout_notes([NoteBox(1, -40, 30)], viewport_top=-100)
    assert tops(negative) == [(1, -40)]


def test_collapsed_notes_take_collapsed_height():
    boxes = [NoteBox(1, 100, 200), NoteBox(2, 110, 200)]
    placed = layout_notes(boxes, spacing=6, collapsed=frozenset({1}), collapsed_height=22)
    assert [(p.annotation_id, p.top, p.height, p.collapsed) for p in placed] == [
        (1, 100, 22, True),
        (2, 128, 200, False),
    ]


def test_focused_note_sits_at_its_passage_and_others_make_room_upwards():
    boxes = [NoteBox(1, 100, 50), NoteBox(2, 120, 50), NoteBox(3, 130, 50)]
    placed = layout_notes(boxes, spacing=0, focus=3)
    assert tops(placed) == [(1, 30), (2, 80), (3, 130)]
    unfocused = layout_notes(boxes, spacing=0)
    assert tops(unfocused) == [(1, 100), (2, 150), (3, 200)]


def test_focus_still_respects_the_floor():
    boxes = [NoteBox(1, 10, 50), NoteBox(2, 20, 50)]
    assert tops(layout_notes(boxes, spacing=0, focus=2)) == [(1, 0), (2, 50)]


@pytest.mark.parametrize("kwargs", [{"spacing": -1}, {"collapsed_height": -5}])
def test_bad_parameters_are_rejected(kwargs):
    with pytest.raises(ValueError, match=">= 0"):
        layout_notes([NoteBox(1, 0, 10)], **kwargs)


def test_bad_boxes_are_rejected():
    with pytest.raises(ValueError, match="note 7"):
        layout_notes([NoteBox(7, 0, -1)])
    with pytest.raises(ValueError, match="note 8"):
        layout_notes([NoteBox(8, math.nan, 1)])


BOXES = st.lists(st.tuples(st.floats(0, 2000), st.floats(0, 300)), min_size=1, max_size=25).map(
    lambda items: [NoteBox(i, y, h) for i, (y, h) in enumerate(items)]
)


@settings(max_examples=300, deadline=None)
@given(
    BOXES,
    st.floats(0, 20),
    st.one_of(st.none(), st.floats(0, 4000)),
    st.sets(st.integers(0, 24)).map(frozenset),
    st.one_of(st.none(), st.integers(0, 24)),
)
def test_notes_never_overlap_and_move_only_as_needed(boxes, spacing, total, folded, focus):
    placed = layout_notes(boxes, spacing=spacing, total_height=total, collapsed=folded, focus=focus)
    assert sorted(p.annotation_id for p in placed) == sorted(b.annotation_id for b in boxes)
    assert [(p.anchor_y, p.annotation_id) for p in placed] == sorted(
        (b.anchor_y, b.annotation_id) for b in boxes
    )
    assert placed[0].top >= -EPS
    for above, below in zip(placed, placed[1:], strict=False):
        assert below.top >= above.bottom + spacing - EPS
    needed = sum(p.height for p in placed) + spacing * (len(placed) - 1)
    if total is not None and needed <= total:
        assert placed[-1].bottom <= total + EPS
    for i, p in enumerate(placed):
        # Every note is where it belongs or held there by a neighbour or an edge.
        reasons = [
            abs(p.top - p.anchor_y) < EPS,
            abs(p.top) < EPS,
            i > 0 and abs(p.top - placed[i - 1].bottom - spacing) < EPS,
            i + 1 < len(placed) and abs(placed[i + 1].top - p.bottom - spacing) < EPS,
            total is not None and abs(p.bottom - total) < EPS,
        ]
        assert any(reasons), (i, p)
        if total is None and focus is None:
            assert p.top >= p.anchor_y - EPS


# -- stripes -------------------------------------------------------------------------------------


def test_single_tag_one_column_and_merged_overlaps():
    stripes = layout_stripes(
        [("kinh tế", "#f00", 0, 40), ("kinh tế", "#f00", 30, 60), ("kinh tế", "#f00", 100, 120)]
    )
    assert stripes == [
        Stripe("kinh tế", "#f00", 0, 60, 0),
        Stripe("kinh tế", "#f00", 100, 120, 0),
    ]


def test_overlapping_tags_get_separate_columns_and_disjoint_tags_share():
    stripes = layout_stripes(
        [
            ("A", "#a00", 0, 50),
            ("B", "#0b0", 20, 80),
            ("C", "#00c", 60, 90),  # overlaps B, not A → column 0
            ("D", "#ddd", 85, 95),  # overlaps C (column 0), not B → column 1
        ]
    )
    assert {s.tag: s.column for s in stripes} == {"A": 0, "B": 1, "C": 0, "D": 1}


def test_touching_stripes_may_share_a_column():
    stripes = layout_stripes([("A", "#a", 0, 10), ("B", "#b", 10, 20)])
    assert {s.tag: s.column for s in stripes} == {"A": 0, "B": 0}


def test_tag_keeps_one_column_even_if_only_one_of_its_stripes_conflicts():
    stripes = layout_stripes(
        [("A", "#a", 0, 10), ("B", "#b", 20, 30), ("A", "#a", 25, 28), ("C", "#c", 0, 5)]
    )
    columns = {s.tag: {x.column for x in stripes if x.tag == s.tag} for s in stripes}
    assert columns == {"A": {0}, "B": {1}, "C": {1}}


def test_bad_stripe_is_rejected():
    with pytest.raises(ValueError, match="above top"):
        layout_stripes([("A", "#a", 10, 5)])


SPANS = st.lists(
    st.tuples(
        st.sampled_from(["A", "B", "C", "D", "E", "F", "G"]),
        st.floats(0, 1000),
        st.floats(0, 200),
    ),
    max_size=40,
).map(lambda items: [(tag, f"#{tag}", top, top + h) for tag, top, h in items])


@settings(max_examples=300, deadline=None)
@given(SPANS, st.randoms(use_true_random=False))
def test_stripes_never_overlap_in_a_column(spans, rnd: random.Random):
    stripes = layout_stripes(spans)
    for a in stripes:
        for b in stripes:
            if a is not b and a.column == b.column:
                assert not (a.top < b.bottom and b.top < a.bottom), (a, b)
    tag_columns = {}
    for s in stripes:
        assert tag_columns.setdefault(s.tag, s.column) == s.column  # one column per tag
    assert len({s.column for s in stripes}) <= len(tag_columns)
    for tag, _, top, bottom in spans:  # every passage is covered by its tag's stripe
        assert any(s.tag == tag and s.top <= top and bottom <= s.bottom for s in stripes)
    shuffled = list(spans)
    rnd.shuffle(shuffled)
    assert layout_stripes(shuffled) == stripes  # independent of input order
