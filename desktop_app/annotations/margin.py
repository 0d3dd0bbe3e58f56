"""Margin layout, as pure geometry: note boxes beside their passages and coding stripes.

The Qt margin widget measures passages and note heights, calls these functions and paints the
result; keeping the arithmetic here means it is tested without a display.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NoteBox:
    """A note to place: its passage's y (``anchor_y``) and its full (expanded) height."""

    annotation_id: int
    anchor_y: float
    height: float


@dataclass(frozen=True, slots=True)
class PlacedNote:
    annotation_id: int
    top: float
    height: float
    anchor_y: float
    collapsed: bool

    @property
    def bottom(self) -> float:
        return self.top + self.height


def layout_notes(
    boxes: Sequence[NoteBox],
    *,
    spacing: float = 6.0,
    viewport_top: float | None = None,
    total_height: float | None = None,
    collapsed: frozenset[int] = frozenset(),
    collapsed_height: float = 22.0,
    focus: int | None = None,
) -> list[PlacedNote]:
    """Place notes beside their passages without overlap, moving each as little as needed.

    Notes are ordered by ``(anchor_y, annotation_id)`` and keep that order. Each starts at its
    anchor; a note that would overlap the one above is pushed down just enough (so a note never
    sits above its passage unless the bottom edge forces it). If the stack then runs past
    ``total_height``, notes are pulled up from the bottom, each only as far as needed, like Word's
    balloons. ``viewport_top`` (default 0) is the smallest allowed top; when the notes cannot fit
    between it and ``total_height`` the top wins and the stack overflows at the bottom.

    ``focus`` (an annotation id), as in Google Docs: that note sits exactly at its passage and the
    notes above it move up instead of pushing it down. Collapsed notes take ``collapsed_height``.
    The result is in layout order.
    """
    if spacing < 0 or collapsed_height < 0:
        raise ValueError("spacing and collapsed_height must be >= 0")
    for box in boxes:
        if box.height < 0 or not math.isfinite(box.anchor_y):
            raise ValueError(f"note {box.annotation_id}: height must be >= 0 and anchor finite")
    order = sorted(boxes, key=lambda b: (b.anchor_y, b.annotation_id))
    if not order:
        return []
    heights = [collapsed_height if b.annotation_id in collapsed else b.height for b in order]
    floor = 0.0 if viewport_top is None else viewport_top
    tops = [b.anchor_y for b in order]
    pivot = next((i for i, b in enumerate(order) if b.annotation_id == focus), None)

    if pivot is None:
        _push_down(tops, heights, spacing, 0, floor)
    else:
        _push_down(tops, heights, spacing, pivot, -math.inf)
        for i in range(pivot - 1, -1, -1):  # notes above the focused one make room upwards
            tops[i] = min(tops[i], tops[i + 1] - spacing - heights[i])
    if total_height is not None:
        tops[-1] = min(tops[-1], total_height - heights[-1])
        for i in range(len(tops) - 2, -1, -1):
            tops[i] = min(tops[i], tops[i + 1] - spacing - heights[i])
    _push_down(tops, heights, spacing, 0, floor)  # the floor wins over the bottom edge

    return [
        PlacedNote(b.annotation_id, top, h, b.anchor_y, b.annotation_id in collapsed)
        for b, top, h in zip(order, tops, heights, strict=True)
    ]


def _push_down(
    tops: list[float], heights: list[float], spacing: float, first: int, floor: float
) -> None:
    """From ``first`` on, move each note down just enough to clear the one above (and the floor)."""
    tops[first] = max(tops[first], floor)
    for i in range(first + 1, len(tops)):
        tops[i] = max(tops[i], tops[i - 1] + heights[i - 1] + spacing)


def total_displacement(placed: Sequence[PlacedNote]) -> float:
    """Sum of |top - anchor_y|: how far notes are from their passages (lower is better)."""
    return sum(abs(p.top - p.anchor_y) for p in placed)


# -- coding stripes ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stripe:
    """A vertical bar beside the text showing where passages carry ``tag`` (NVivo-style)."""

    tag: str
    colour: str
    top: float
    bottom: float
    column: int


def layout_stripes(spans: Sequence[tuple[str, str, float, float]]) -> list[Stripe]:
    """Coding stripes for ``(tag, colour, top, bottom)`` spans (passage line extents).

    Overlapping or touching spans of one tag merge into one stripe (colour of the first). Every
    tag keeps one column for the whole document so the eye can follow it; tags are assigned in
    order of first appearance (top, then name) to the leftmost column where none of their stripes
    overlaps a stripe already there, so two overlapping stripes never share a column and adding a
    passage lower down does not reshuffle the columns above it. Sorted by column, then top.
    """
    by_tag: dict[str, list[tuple[float, float, str]]] = {}
    for tag, colour, top, bottom in spans:
        if not (math.isfinite(top) and math.isfinite(bottom)) or bottom < top:
            raise ValueError(f"stripe for {tag!r}: bottom {bottom} is above top {top}")
        by_tag.setdefault(tag, []).append((top, bottom, colour))

    merged: dict[str, list[tuple[float, float, str]]] = {}
    for tag, items in by_tag.items():
        runs: list[tuple[float, float, str]] = []
        for top, bottom, colour in sorted(items, key=lambda item: (item[0], item[1])):
            if runs and top <= runs[-1][1]:
                last_top, last_bottom, last_colour = runs[-1]
                runs[-1] = (last_top, max(last_bottom, bottom), last_colour)
            else:
                runs.append((top, bottom, colour))
        merged[tag] = runs

    columns: list[list[tuple[float, float]]] = []
    stripes: list[Stripe] = []
    for tag in sorted(merged, key=lambda t: (merged[t][0][0], t)):
        runs = merged[tag]
        column = next(
            (
                c
                for c, used in enumerate(columns)
                if not any(_overlap(run[0], run[1], a, b) for run in runs for a, b in used)
            ),
            len(columns),
        )
        if column == len(columns):
            columns.append([])
        columns[column].extend((top, bottom) for top, bottom, _ in runs)
        stripes.extend(Stripe(tag, colour, top, bottom, column) for top, bottom, colour in runs)
    return sorted(stripes, key=lambda s: (s.column, s.top, s.tag))


def _overlap(top_a: float, bottom_a: float, top_b: float, bottom_b: float) -> bool:
    """Strict overlap: stripes that only touch end to end may share a column."""
    return top_a < bottom_b and top_b < bottom_a
