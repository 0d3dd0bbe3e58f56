"""Match spans and snippets, computed on the clean text of a hit.

The index stores no positions, so spans are found in the hit's text by matching the query's
units (sequences of accepted token keys) with one regex per unit, built once per query. Offsets
are exact code points into the clean text, emoji and all.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from desktop_app.search.compile import Unit
from desktop_app.search.types import MatchSpan, Snippet
from desktop_app.textnorm import TONE_MARKS, search_key

__all__ = ["find_spans", "make_snippets", "surface_forms", "text_matches"]

SNIPPET_WIDTH = 200
MAX_SNIPPETS = 3
_SENTENCE_END = re.compile(r"[.!?…;:](?=\s)|\n")


_LETTER_END = r"(?![^\W\d_])"  # a token is a whole letter run ...
_DIGIT_END = r"(?!\d)"  # ... or a whole digit run, as in the tokenizer
_GAP = r"[\W_]*"  # what may separate consecutive tokens (the tokenizer's gap)
_VOWEL_BASES = frozenset("aeiouy")


@lru_cache(maxsize=100_000)
def surface_forms(key: str) -> tuple[str, ...]:
    """Lower-case spellings whose ``search_key`` is ``key``: the tone mark on any vowel.

    ``surface_forms("hoà") == ("hoà", "hòa")``. With these (and case-insensitive matching) a
    hit's text is searched as it is, without computing its search key word by word.
    """
    decomposed = unicodedata.normalize("NFD", key)
    tones = [ch for ch in decomposed if ch in TONE_MARKS]
    if len(tones) != 1:
        return (key,)
    letters: list[str] = []
    for ch in decomposed:
        if ch in TONE_MARKS:
            continue
        if unicodedata.combining(ch) and letters:
            letters[-1] += ch
        else:
            letters.append(ch)
    forms = {key}
    for i, unit in enumerate(letters):
        if unit[0] in _VOWEL_BASES:
            candidate = unicodedata.normalize(
                "NFC", "".join(u + tones[0] if j == i else u for j, u in enumerate(letters))
            )
            if len(candidate) == len(key) and search_key(candidate) == key:
                forms.add(candidate)
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


def _slot_pattern(keys: frozenset[str]) -> str:
    """Regex of one token slot: any accepted key, as a whole token, in any tone spelling.

    Only the token's right edge is asserted in the regex. The left edge of the first slot is
    checked by ``_unit_spans`` (a pattern that starts with literals is scanned for much faster
    by ``re``); later slots follow a gap or a token edge, so theirs holds by construction.
    """
    letters = sorted({f for k in keys if not k.isdigit() for f in surface_forms(k)}, key=lambda f: (-len(f), f))
    digits = sorted((k for k in keys if k.isdigit()), key=lambda f: (-len(f), f))
    parts = []
    if letters:
        parts.append("(?:" + "|".join(map(re.escape, letters)) + ")" + _LETTER_END)
    if digits:
        parts.append("(?:" + "|".join(digits) + ")" + _DIGIT_END)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=512)
def _unit_regex(unit: Unit) -> re.Pattern[str] | None:
    """``unit`` in lower-case text (the caller checks the first token's left edge)."""
    if not unit or not all(unit):
        return None
    return re.compile(_GAP.join(_slot_pattern(keys) for keys in unit))


@lru_cache(maxsize=512)
def _unit_regex_anycase(unit: Unit) -> re.Pattern[str] | None:
    """``unit`` matched case-insensitively, for the rare text whose lower case changes length."""
    pattern = _unit_regex(unit)
    return None if pattern is None else re.compile(pattern.pattern, re.IGNORECASE)


_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


def _starts_token(text: str, start: int) -> bool:
    """True if a token begins at ``start``: the previous character is not of the same kind."""
    if start == 0:
        return True
    kind = _LETTER if _LETTER.match(text, start) else _DIGIT
    return kind.match(text, start - 1) is None


def _unit_spans(text: str, units: Sequence[Unit]) -> list[tuple[int, int, int]]:
    """(start, end, unit index) of every occurrence of every unit in ``text``, overlaps included.

    One compiled regex per unit over the text itself (no re-tokenising of the hit): tokens are
    matched whole, in either case, in any tone-mark placement (``surface_forms``).
    """
    lowered = text.lower()
    same_length = len(lowered) == len(text)
    found: list[tuple[int, int, int]] = []
    for u, unit in enumerate(units):
        pattern = _unit_regex(unit) if same_length else _unit_regex_anycase(unit)
        if pattern is None:
            continue
        subject = lowered if same_length else text
        if len(unit) == 1:  # one token: its matches are letter or digit runs and never overlap
            found += [(m.start(), m.end(), u) for m in pattern.finditer(subject)
                      if _starts_token(subject, m.start())]
            continue
        search = pattern.search
        m = search(subject)
        while m is not None:
            start = m.start()
            if _starts_token(subject, start):
                found.append((start, m.end(), u))
            m = search(subject, start + 1)
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
    chosen = (_choose_many if len(spans) > _MANY_SPANS else _choose)(text, spans, width, limit)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(chosen):  # windows grown to sentence edges may touch: join them
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    snippets = []
    starts = [s for s, _, _ in spans]
    ordered = all(a <= b for a, b in zip(starts, starts[1:], strict=False))
    for start, end in merged:
        lo, hi = (bisect_left(starts, start), bisect_right(starts, end)) if ordered else (0, len(spans))
        inside = tuple(MatchSpan(s, e) for s, e, _ in spans[lo:hi] if s >= start and e <= end)
        snippets.append(Snippet(text[start:end], start, end, inside))
    return tuple(snippets)


# Above this many matches in one text (a common syllable typed accent-free matches hundreds),
# clusters are scored with array operations instead of a Python loop over the matches.
_MANY_SPANS = 150


def _choose(text: str, spans: Sequence[tuple[int, int, int]], width: int, limit: int
            ) -> list[tuple[int, int]]:
    """Windows of the best clusters, best first; each later one among the matches left."""
    remaining = list(spans)
    chosen: list[tuple[int, int]] = []
    while remaining and len(chosen) < limit:
        i, j = _best_cluster(remaining, width)
        chosen.append(_window(text, remaining[i][0], remaining[j][1], width))
        remaining = [s for s in remaining if not _overlaps(s, chosen)]
    return chosen


def _choose_many(text: str, spans: Sequence[tuple[int, int, int]], width: int, limit: int
                 ) -> list[tuple[int, int]]:
    """``_choose`` for many matches: the same windows, computed with NumPy."""
    if not spans:
        return []
    table = np.array(spans, dtype=np.int64)
    starts, ends, units = table[:, 0], table[:, 1], table[:, 2]
    if np.any(ends[1:] < ends[:-1]):  # not from find_spans: the general (quadratic) path
        return _choose(text, spans, width, limit)
    chosen: list[tuple[int, int]] = []
    while len(starts) and len(chosen) < limit:
        i, j = _best_cluster_arrays(starts, ends, units, width)
        window = _window(text, int(starts[i]), int(ends[j]), width)
        chosen.append(window)
        keep = (starts >= window[1]) | (ends <= window[0])
        starts, ends, units = starts[keep], ends[keep], units[keep]
    return chosen


def _best_cluster_arrays(starts: np.ndarray, ends: np.ndarray, units: np.ndarray, width: int
                         ) -> tuple[int, int]:
    """``_best_cluster`` over sorted, non-overlapping spans given as arrays.

    A run from span i ends at the last span ending within ``width`` of its start (at least i
    itself); distinct parts come from per-part prefix counts; ties go to the earliest run.
    """
    n = len(starts)
    last = np.maximum(np.searchsorted(ends, starts + width, side="right") - 1, np.arange(n))
    count = last - np.arange(n) + 1
    kinds, codes = np.unique(units, return_inverse=True)
    prefix = np.zeros((n + 1, len(kinds)), dtype=np.int32)
    np.add.at(prefix, (np.arange(1, n + 1), codes), 1)
    prefix = np.cumsum(prefix, axis=0)
    distinct = np.count_nonzero(prefix[last + 1] - prefix[:n], axis=1)
    best = int(np.argmax(distinct * (n + 1) + count))
    return best, int(last[best])


def _best_cluster(spans: Sequence[tuple[int, int, int]], width: int) -> tuple[int, int]:
    """First and last index of the best run of spans fitting in ``width`` (see make_snippets).

    For each first span the run extends while the next span still ends within ``width`` of its
    start. With spans sorted and not overlapping (``find_spans``) the run's end only moves
    forward, so one sliding window with per-unit counts does it in linear time.
    """
    n = len(spans)
    if any(spans[k + 1][1] < spans[k][1] for k in range(n - 1)):
        best_slow: tuple[int, int, int, int] | None = None  # arbitrary spans: quadratic scan
        for i in range(n):
            j = i
            while j + 1 < n and spans[j + 1][1] - spans[i][0] <= width:
                j += 1
            score = (len({u for _, _, u in spans[i : j + 1]}), j - i + 1)
            if best_slow is None or score > best_slow[:2]:
                best_slow = (*score, i, j)
        assert best_slow is not None
        return best_slow[2], best_slow[3]
    counts: dict[int, int] = {}
    best = (-1, -1, 0, 0)  # (distinct, count, i, j)
    j = -1
    for i in range(n):
        if j < i:
            j = i
            counts = {spans[i][2]: 1}
        while j + 1 < n and spans[j + 1][1] - spans[i][0] <= width:
            j += 1
            u = spans[j][2]
            counts[u] = counts.get(u, 0) + 1
        if (len(counts), j - i + 1) > best[:2]:
            best = (len(counts), j - i + 1, i, j)
        u = spans[i][2]
        if counts[u] == 1:
            del counts[u]
        else:
            counts[u] -= 1
    return best[2], best[3]


def _overlaps(span: tuple[int, int, int], windows: Sequence[tuple[int, int]]) -> bool:
    return any(span[0] < e and span[1] > s for s, e in windows)
