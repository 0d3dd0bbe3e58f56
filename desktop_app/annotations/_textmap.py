"""Offset bookkeeping for re-anchoring: whitespace-collapsed views and old→new offset maps.

Both helpers exist so that matching can happen on a simplified text while every answer is still
given as real code-point offsets into the text the user sees.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher

_WHITESPACE_RUN = re.compile(r"\s+")
_TOKEN = re.compile(r"\S+\s*|\s+")
# Above this many tokens in one changed group of lines the word diff is skipped (it is quadratic
# at worst); passages there are found by searching instead.
MAX_DIFF_TOKENS = 4_000


def collapse(text: str) -> str:
    """Every run of whitespace (spaces, tabs, newlines, NBSP) becomes one space."""
    return _WHITESPACE_RUN.sub(" ", text)


@dataclass(frozen=True, slots=True)
class CollapsedText:
    """``text`` with whitespace runs collapsed, plus where each of its characters came from.

    ``starts[i]``/``ends[i]`` are the original half-open span of collapsed character ``i`` (a
    whitespace run maps to the whole run), so a match on the collapsed text maps back exactly.
    """

    text: str
    starts: list[int]
    ends: list[int]
    original_length: int

    @classmethod
    def of(cls, original: str) -> CollapsedText:
        starts: list[int] = []
        ends: list[int] = []
        pieces: list[str] = []
        pos = 0
        for run in _WHITESPACE_RUN.finditer(original):
            a, b = run.span()
            if a > pos:
                pieces.append(original[pos:a])
                starts.extend(range(pos, a))
                ends.extend(range(pos + 1, a + 1))
            pieces.append(" ")
            starts.append(a)
            ends.append(b)
            pos = b
        if pos < len(original):
            pieces.append(original[pos:])
            starts.extend(range(pos, len(original)))
            ends.extend(range(pos + 1, len(original) + 1))
        return cls("".join(pieces), starts, ends, len(original))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the collapsed span ``[start, end)`` (``start < end``)."""
        return self.starts[start], self.ends[end - 1]

    def from_original(self, offset: int) -> int:
        """Collapsed index of the character at original ``offset`` (or the one after it)."""
        return (
            max(0, bisect_right(self.starts, offset) - 1)
            if offset < self.original_length
            else len(self.text)
        )


def _common_prefix_length(a: str, b: str) -> int:
    """Binary search with slice comparisons: C-speed even for megabyte texts."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix_length(a: str, b: str, limit: int) -> int:
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return lo


class OffsetMap:
    """Maps offsets of ``old`` to ``new`` through the blocks the two texts have in common.

    The unchanged head and tail are found exactly; the changed middle is diffed line by line (fast
    even for long documents), and each changed group of lines is diffed again word by word (a word
    plus its trailing whitespace), which is precise enough to carry a passage across edits
    elsewhere, even in the same paragraph.
    """

    def __init__(self, old: str, new: str) -> None:
        head = _common_prefix_length(old, new)
        tail = _common_suffix_length(old, new, min(len(old), len(new)) - head)
        blocks: list[tuple[int, int, int]] = [(0, 0, head)] if head else []
        old_lines = old[head : len(old) - tail].splitlines(keepends=True)
        new_lines = new[head : len(new) - tail].splitlines(keepends=True)
        old_pos, new_pos = _cumulative(old_lines, head), _cumulative(new_lines, head)
        lines = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
        for tag, i1, i2, j1, j2 in lines.get_opcodes():
            if tag == "equal":
                blocks.append((old_pos[i1], new_pos[j1], old_pos[i2] - old_pos[i1]))
            elif tag == "replace":
                blocks.extend(
                    _word_blocks(
                        "".join(old_lines[i1:i2]),
                        "".join(new_lines[j1:j2]),
                        old_pos[i1],
                        new_pos[j1],
                    )
                )
        if tail:
            blocks.append((len(old) - tail, len(new) - tail, tail))
        self._blocks = blocks
        self._block_starts = [b[0] for b in blocks]
        self._new_length = len(new)

    def map(self, offset: int) -> tuple[int, bool]:
        """``(new_offset, exact)``: exact when ``offset`` lies in an unchanged block.

        Otherwise the answer is the nearest plausible position (just after the preceding unchanged
        block), good as the centre of a search but not as an answer.
        """
        index = bisect_right(self._block_starts, offset) - 1
        if index < 0:
            return 0, False
        old_start, new_start, size = self._blocks[index]
        if offset < old_start + size:
            return new_start + offset - old_start, True
        guess = new_start + size + (offset - old_start - size)
        if index + 1 < len(self._blocks):
            guess = min(guess, self._blocks[index + 1][1])
        return min(guess, self._new_length), False


def _word_blocks(old: str, new: str, old_base: int, new_base: int) -> list[tuple[int, int, int]]:
    """Unchanged runs of words between two changed groups of lines (skipped when huge)."""
    old_tokens, new_tokens = _TOKEN.findall(old), _TOKEN.findall(new)
    if len(old_tokens) + len(new_tokens) > MAX_DIFF_TOKENS:
        return []
    old_pos, new_pos = _cumulative(old_tokens, old_base), _cumulative(new_tokens, new_base)
    matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    return [
        (old_pos[i], new_pos[j], old_pos[i + size] - old_pos[i])
        for i, j, size in matcher.get_matching_blocks()
        if size
    ]


def _cumulative(tokens: list[str], base: int) -> list[int]:
    """Start offset of every token, plus the end of the last one."""
    positions = [base]
    for token in tokens:
        positions.append(positions[-1] + len(token))
    return positions
