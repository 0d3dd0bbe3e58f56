"""Match spans and snippets, computed on the clean text of a hit.

The index stores no positions, so spans are found by re-tokenising the hit's text and matching
the query's units (sequences of accepted token keys). This also keeps offsets exact code points
into the clean text, emoji and all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from desktop_app.search.analysis import part_spans
from desktop_app.search.compile import Unit
from desktop_app.search.types import MatchSpan, Snippet

__all__ = ["find_spans", "make_snippets", "text_matches"]

SNIPPET_WIDTH = 200
MAX_SNIPPETS = 3
_SENTENCE_END = re.compile(r"[.!?…;:](?=\s)|\n")


def _unit_spans(text: str, units: Sequence[Unit]) -> list[tuple[int, int, int]]:
    """(start, end, unit index) of every occurrence of every unit in ``text``."""
    keys, spans = part_spans(text)
    wanted = frozenset().union(*(unit[0] for unit in units if unit))
    by_key: defaultdict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        if key in wanted:
            by_key[key].append(i)
    found: list[tuple[int, int, int]] = []
    for u, unit in enumerate(units):
        if not unit:
            continue
        starts = sorted(i for key in unit[0] for i in by_key.get(key, ()))
        length = len(unit)
        for i in starts:
            if i + length > len(keys):
                continue
            if all(keys[i + k] in unit[k] for k in range(1, length)):
                found.append((spans[i][0], spans[i + length - 1][1], u))
    found.sort()
    return found


def find_spans(text: str, units: Sequence[Unit]) -> list[tuple[int, int, int]]:
    """Non-overlapping matches of ``units`` in ``text`` as (start, end, unit index)."""
    merged: list[tuple[int, int, int]] = []
    for start, end, u in _unit_spans(text, units):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, u))
    return merged


def text_matches(text: str, units: Sequence[Unit]) -> bool:
    """True if any unit occurs in ``text`` (used for notes)."""
    return bool(_unit_spans(text, units))


def _snap_start(text: str, start: int, first_match: int) -> int:
    """Move ``start`` to a sentence start if one is near, else to the next word start."""
    window = text[start:first_match]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        start += ends[-1].end()
    elif start > 0 and not text[start - 1].isspace():
        space = text.find(" ", start, first_match)
        start = space + 1 if space != -1 else start
    while start < first_match and text[start].isspace():
        start += 1
    return start


def _snap_end(text: str, end: int, last_match: int) -> int:
    """Move ``end`` back to a sentence end if one is near, else to the previous word end."""
    if end >= len(text):
        return len(text)
    window = text[last_match:end]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        return last_match + ends[-1].start() + (0 if window[ends[-1].start()] == "\n" else 1)
    space = text.rfind(" ", last_match, end)
    return space if space != -1 else end


def _window(text: str, first: int, last: int, width: int) -> tuple[int, int]:
    extra = max(0, width - (last - first))
    start = max(0, first - extra // 3)
    end = min(len(text), max(last, start + width))
    return _snap_start(text, start, first), _snap_end(text, end, last)


def make_snippets(
    text: str,
    spans: Sequence[tuple[int, int, int]],
    *,
    width: int = SNIPPET_WIDTH,
    limit: int = MAX_SNIPPETS,
) -> tuple[Snippet, ...]:
    """Up to ``limit`` passages of about ``width`` code points around the best clusters.

    A cluster is scored by how many different query parts it contains, then how many matches.
    """
    if not text:
        return ()
    if not spans:
        start, end = _window(text, 0, 0, width)
        return (Snippet(text[start:end], start, end, ()),)
    remaining = list(spans)
    chosen: list[tuple[int, int]] = []
    while remaining and len(chosen) < limit:
        best: tuple[int, int, int, int] | None = None  # (distinct, count, i, j)
        for i in range(len(remaining)):
            j = i
            while j + 1 < len(remaining) and remaining[j + 1][1] - remaining[i][0] <= width:
                j += 1
            cluster = remaining[i : j + 1]
            score = (len({u for _, _, u in cluster}), len(cluster))
            if best is None or score > best[:2]:
                best = (*score, i, j)
        assert best is not None
        _, _, i, j = best
        first, last = remaining[i][0], remaining[j][1]
        start, end = _window(text, first, last, width)
        chosen.append((start, end))
        remaining = [s for s in remaining if not _overlaps(s, chosen)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(chosen):  # windows grown to sentence edges may touch: join them
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    snippets = []
    for start, end in merged:
        inside = tuple(MatchSpan(s, e) for s, e, _ in spans if s >= start and e <= end)
        snippets.append(Snippet(text[start:end], start, end, inside))
    return tuple(snippets)


def _overlaps(span: tuple[int, int, int], windows: Sequence[tuple[int, int]]) -> bool:
    return any(span[0] < e and span[1] > s for s, e in windows)
