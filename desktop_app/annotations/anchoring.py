"""Anchors that survive edits of the text they point into.

An annotation remembers its passage as a :class:`Selector`: the position plus the quoted text and
a little context on each side (the W3C TextQuoteSelector idea). When the document's text changes
(re-import, cleaner improvements, the user editing a Markdown file), :func:`reanchor` finds the
passage again, trying in order:

1. **Position** — the quote is still at its old position, mapped through the diff of the old and
   new texts when the old text is known (so insertions elsewhere do not matter), else at the
   stored ``start``. Status ``EXACT``, confidence 1.
2. **Exact quote with context** — on whitespace-collapsed texts (so a rewrap or collapsed double
   spaces still match) every occurrence of the quote is scored by how well the text around it
   matches the stored prefix/suffix. A unique occurrence is accepted; among several the best
   context wins (ties go to the occurrence nearest the expected position) if its context
   similarity is at least ``MIN_CONTEXT_FOR_REPEATED_QUOTE``. Status ``MOVED``.
3. **Fuzzy** — ``rapidfuzz`` aligns prefix+quote+suffix near the expected position (then over the
   whole text), the quote is aligned inside that region and its boundaries refined. Accepted when
   the quote similarity is ≥ ``FUZZY_MIN_QUOTE_SIMILARITY`` (0.75) and the combined confidence
   ``0.6·quote + 0.4·context`` is ≥ ``FUZZY_MIN_CONFIDENCE`` (0.7). Status ``FUZZY``.
4. Otherwise ``ORPHANED``: the selector is returned unchanged (old quote, old offsets) with the
   best confidence seen, so the caller can show it to the user. Nothing is dropped silently.

Offsets are Python code points (astral characters count as one), like the W3C selectors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from desktop_app.annotations._textmap import CollapsedText, OffsetMap, collapse

DEFAULT_CONTEXT = 32
MIN_CONTEXT_FOR_REPEATED_QUOTE = 0.5
FUZZY_MIN_QUOTE_SIMILARITY = 0.75
FUZZY_MIN_CONFIDENCE = 0.7
MAX_OCCURRENCES_SCORED = 10_000
_FUZZY_WINDOW = 4_000  # code points searched either side of the expected position first
_BOUNDARY_SLACK = 6  # how far a fuzzy match's ends may move to improve its similarity


@dataclass(frozen=True, slots=True)
class Selector:
    """A passage: half-open ``[start, end)`` plus its quote and surrounding context."""

    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


class AnchorStatus(StrEnum):
    EXACT = "exact"  # the quote is where the (diff-mapped) position says
    MOVED = "moved"  # the exact quote was found elsewhere, chosen by its context
    FUZZY = "fuzzy"  # the passage was edited; a close match was found
    ORPHANED = "orphaned"  # could not be placed with confidence; selector unchanged


@dataclass(frozen=True, slots=True)
class Reanchored:
    selector: Selector
    status: AnchorStatus
    confidence: float


def make_selector(text: str, start: int, end: int, context: int = DEFAULT_CONTEXT) -> Selector:
    """The selector of ``text[start:end]`` with up to ``context`` code points either side."""
    if not 0 <= start < end <= len(text):
        raise ValueError(
            f"passage [{start}, {end}) is empty or outside the text (length {len(text)})"
        )
    if context < 0:
        raise ValueError(f"context must be >= 0, got {context}")
    return Selector(
        start=start,
        end=end,
        quote=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def find_occurrence(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """``(start, end)`` of the ``occurrence``-th (1-based, non-overlapping) ``quote`` in ``text``."""
    if not quote:
        raise ValueError("cannot look for an empty quote")
    if occurrence < 1:
        raise ValueError(f"occurrence counts from 1, got {occurrence}")
    found, position = 0, 0
    while True:
        index = text.find(quote, position)
        if index < 0:
            raise ValueError(
                f"{quote!r} occurs {found} time(s) in the text; occurrence {occurrence} not found"
            )
        found += 1
        if found == occurrence:
            return index, index + len(quote)
        position = index + len(quote)


def reanchor(old: Selector, new_text: str, old_text: str | None = None) -> Reanchored:
    """Place ``old`` in ``new_text`` (see the module docstring for the order of attempts).

    Callers placing many selectors in one text in a loop get the diff and the collapsed text
    computed once: the last few :class:`Reanchorer` objects are cached by text.
    """
    return _reanchorer_for(new_text, old_text).place(old)


@lru_cache(maxsize=4)
def _reanchorer_for(new_text: str, old_text: str | None) -> Reanchorer:
    return Reanchorer(new_text, old_text)


def reanchor_all(
    selectors: Sequence[Selector], new_text: str, old_text: str | None = None
) -> list[Reanchored]:
    """Like :func:`reanchor` for many selectors of one document, sharing the diff work."""
    reanchorer = Reanchorer(new_text, old_text)
    return [reanchorer.place(selector) for selector in selectors]


class Reanchorer:
    """Holds the per-text work (collapsed text, diff) so many selectors can be placed cheaply."""

    def __init__(self, new_text: str, old_text: str | None = None) -> None:
        self.text = new_text
        self._collapsed: CollapsedText | None = None
        self._offsets = OffsetMap(old_text, new_text) if old_text is not None else None

    @property
    def collapsed(self) -> CollapsedText:
        if self._collapsed is None:
            self._collapsed = CollapsedText.of(self.text)
        return self._collapsed

    def place(self, old: Selector) -> Reanchored:
        if not old.quote:
            return Reanchored(old, AnchorStatus.ORPHANED, 0.0)
        expected, mapped = self._expected_start(old.start)
        if mapped and self.text.startswith(old.quote, expected):
            return self._result(old, expected, expected + len(old.quote), AnchorStatus.EXACT, 1.0)
        quote = collapse(old.quote)
        if not quote.strip():
            return Reanchored(old, AnchorStatus.ORPHANED, 0.0)
        prefix, suffix = collapse(old.prefix), collapse(old.suffix)
        centre = self.collapsed.from_original(expected)
        found = self._by_quote(quote, prefix, suffix, centre)
        if found is not None:
            start, end, confidence = found
            return self._accept(old, start, end, AnchorStatus.MOVED, confidence)
        best = 0.0
        for window in (_FUZZY_WINDOW, None):
            start, end, quote_sim, confidence = self._fuzzy(quote, prefix, suffix, centre, window)
            best = max(best, confidence)
            if quote_sim >= FUZZY_MIN_QUOTE_SIMILARITY and confidence >= FUZZY_MIN_CONFIDENCE:
                return self._accept(old, start, end, AnchorStatus.FUZZY, confidence)
            if len(self.collapsed.text) <= 2 * _FUZZY_WINDOW:
                break
        return Reanchored(old, AnchorStatus.ORPHANED, round(best, 4))

    # -- steps -------------------------------------------------------------------------------

    def _expected_start(self, start: int) -> tuple[int, bool]:
        if self._offsets is not None:
            return self._offsets.map(start)
        if 0 <= start <= len(self.text):
            return start, True
        return min(max(start, 0), len(self.text)), False

    def _by_quote(
        self, quote: str, prefix: str, suffix: str, centre: int
    ) -> tuple[int, int, float] | None:
        """Best exact occurrence of ``quote`` in the collapsed text, chosen by context."""
        text = self.collapsed.text
        occurrences: list[int] = []
        index = text.find(quote)
        while index >= 0 and len(occurrences) < MAX_OCCURRENCES_SCORED:
            occurrences.append(index)
            index = text.find(quote, index + 1)
        if not occurrences:
            return None
        scored = sorted(
            ((self._context_similarity(i, i + len(quote), prefix, suffix), i) for i in occurrences),
            key=lambda item: (-round(item[0], 6), abs(item[1] - centre)),
        )
        context, start = scored[0]
        if len(scored) == 1:
            return start, start + len(quote), 0.7 + 0.3 * context
        if context < MIN_CONTEXT_FOR_REPEATED_QUOTE:
            return None
        ambiguous = scored[1][0] >= context - 0.02
        confidence = (0.5 + 0.3 * context) if ambiguous else (0.6 + 0.4 * context)
        return start, start + len(quote), confidence

    def _fuzzy(
        self, quote: str, prefix: str, suffix: str, centre: int, window: int | None
    ) -> tuple[int, int, float, float]:
        """``(start, end, quote similarity, confidence)`` of the best fuzzy placement."""
        text = self.collapsed.text
        lo, hi = 0, len(text)
        if window is not None:
            lo, hi = max(0, centre - window), min(len(text), centre + window)
        needle = prefix + quote + suffix
        haystack = text[lo:hi]
        if not haystack:
            return 0, 0, 0.0, 0.0
        if len(needle) < len(haystack):
            region = fuzz.partial_ratio_alignment(needle, haystack)
            r_lo, r_hi = lo + region.dest_start, lo + region.dest_end
        else:
            r_lo, r_hi = lo, hi
        slack = len(quote) // 2 + 8
        r_lo, r_hi = max(0, r_lo - slack), min(len(text), r_hi + slack)
        area = text[r_lo:r_hi]
        if len(quote) < len(area):
            spot = fuzz.partial_ratio_alignment(quote, area)
            s_lo = max(0, spot.dest_start - slack)
            s_hi = min(len(area), spot.dest_end + slack)
        else:
            s_lo, s_hi = 0, len(area)
        start, end = _refine(quote, area[s_lo:s_hi])
        start, end = r_lo + s_lo + start, r_lo + s_lo + end
        if start >= end:
            return 0, 0, 0.0, 0.0
        quote_sim = Indel.normalized_similarity(quote, text[start:end])
        context_weight = 0.4 if prefix or suffix else 0.0
        context = self._context_similarity(start, end, prefix, suffix)
        confidence = (1 - context_weight) * quote_sim + context_weight * context
        return start, end, quote_sim, confidence

    def _context_similarity(self, start: int, end: int, prefix: str, suffix: str) -> float:
        """Length-weighted similarity of the stored prefix/suffix to the text around a match."""
        if not prefix and not suffix:
            return 1.0
        text = self.collapsed.text
        before = text[max(0, start - len(prefix)) : start]
        after = text[end : end + len(suffix)]
        total = len(prefix) * Indel.normalized_similarity(prefix, before) + len(
            suffix
        ) * Indel.normalized_similarity(suffix, after)
        return total / (len(prefix) + len(suffix))

    # -- results -----------------------------------------------------------------------------

    def _accept(
        self, old: Selector, start: int, end: int, status: AnchorStatus, confidence: float
    ) -> Reanchored:
        """Map a collapsed-text span back to real offsets and build the new selector."""
        real_start, real_end = self.collapsed.to_original(start, end)
        if not old.quote[:1].isspace():
            while real_start < real_end and self.text[real_start].isspace():
                real_start += 1
        if not old.quote[-1:].isspace():
            while real_end > real_start and self.text[real_end - 1].isspace():
                real_end -= 1
        if real_start >= real_end:
            return Reanchored(old, AnchorStatus.ORPHANED, round(confidence, 4))
        if status is AnchorStatus.MOVED and real_start == old.start and real_end == old.end:
            status = AnchorStatus.EXACT if self.text[real_start:real_end] == old.quote else status
        return self._result(old, real_start, real_end, status, min(confidence, 1.0))

    def _result(
        self, old: Selector, start: int, end: int, status: AnchorStatus, confidence: float
    ) -> Reanchored:
        context = max(DEFAULT_CONTEXT, len(old.prefix), len(old.suffix))
        selector = make_selector(self.text, start, end, context)
        return Reanchored(selector, status, round(confidence, 4))


def _refine(quote: str, area: str) -> tuple[int, int]:
    """Span of ``area`` that best matches ``quote``.

    The longest-common-subsequence alignment gives a first span (stretched by unmatched quote
    characters at either end, so edited ends still count); each boundary is then moved by up to
    ``_BOUNDARY_SLACK`` characters if that strictly improves the edit-distance similarity, which
    trims stray punctuation or a far-away matching letter that the alignment picked up.
    """
    equal = [op for op in Indel.opcodes(quote, area) if op.tag == "equal"]
    if not equal:
        return 0, 0
    start = max(0, equal[0].dest_start - equal[0].src_start)
    end = min(len(area), equal[-1].dest_end + (len(quote) - equal[-1].src_end))
    best = (Levenshtein.normalized_similarity(quote, area[start:end]), start, end)
    for s in range(max(0, start - _BOUNDARY_SLACK), min(end, start + _BOUNDARY_SLACK + 1)):
        for e in range(max(s + 1, end - _BOUNDARY_SLACK), min(len(area), end + _BOUNDARY_SLACK) + 1):
            score = Levenshtein.normalized_similarity(quote, area[s:e])
            if score > best[0]:
                best = (score, s, e)
    return best[1], best[2]
