"""Snippet windows: the array path for texts with many matches chooses what the loop chooses."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.search.snippets import _MANY_SPANS, _choose, _choose_many, make_snippets

WORDS = "Ban Chấp hành Trung ương Đảng bảo vệ chính trị nội bộ có cơ quan nay 😀 có".split()


@st.composite
def _text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, int]]]:
    """A text of words and sentences, and sorted non-overlapping word spans tagged with parts."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=400))
    text, offsets = "", []
    for k, word in enumerate(words):
        offsets.append((len(text), len(text) + len(word)))
        text += word + (". " if k % 11 == 10 else " ")
    picked = draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
    parts = draw(st.lists(st.integers(0, 4), min_size=len(words), max_size=len(words)))
    spans = [(s, e, u) for (s, e), keep, u in zip(offsets, picked, parts, strict=True) if keep]
    return text, spans


@settings(max_examples=200, deadline=None)
@given(_text_and_spans(), st.integers(20, 300), st.integers(1, 4))
def test_array_path_chooses_the_same_windows(case: tuple[str, list], width: int, limit: int) -> None:
    text, spans = case
    assert _choose_many(text, spans, width, limit) == _choose(text, spans, width, limit)


def test_many_matches_give_snippets_around_the_densest_cluster() -> None:
    filler = "có " * (_MANY_SPANS + 10)
    text = filler + "bảo vệ chính trị nội bộ. " + filler
    spans = [(k * 3, k * 3 + 2, 0) for k in range(_MANY_SPANS + 10)]
    base = len(filler)
    for u, word in enumerate(["bảo", "vệ", "chính", "trị"], start=1):
        at = text.index(word, base)
        spans.append((at, at + len(word), u))
    spans.sort()
    tail = len(filler) + len("bảo vệ chính trị nội bộ. ")
    spans += [(tail + k * 3, tail + k * 3 + 2, 0) for k in range(_MANY_SPANS + 10)]
    first = make_snippets(text, spans, limit=1)[0]
    assert "bảo vệ chính trị" in first.text
    assert all(text[m.start:m.end] in {"có", "bảo", "vệ", "chính", "trị"} for m in first.matches)
