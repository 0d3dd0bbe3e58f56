"""Code point <-> UTF-16 index conversion for the Qt boundary.

The core counts offsets in Python code points; Qt (QString, QTextCursor, QTextBlock)
counts UTF-16 code units. They differ only after an astral character (U+10000 and up,
e.g. emoji or rare Han characters), which takes two units in Qt. Vietnamese text rarely
contains any, so the common case is an identity map; otherwise we precompute the code
point positions of astral characters once and bisect, which stays O(log n) per call on
megabyte texts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class TextPositions:
    """Converter for one text. Build it once per opened document, reuse for every span."""

    __slots__ = ("_astral_cp", "_astral_u16", "cp_length", "u16_length")

    def __init__(self, text: str) -> None:
        # Code point index of every astral character, ascending.
        self._astral_cp: list[int] = [m.start() for m in _ASTRAL.finditer(text)]
        # UTF-16 index of the *second* unit (low surrogate) of each astral character:
        # the i-th astral char starts at cp + i in UTF-16, its low surrogate is at cp + i + 1.
        self._astral_u16: list[int] = [cp + i + 1 for i, cp in enumerate(self._astral_cp)]
        self.cp_length = len(text)
        self.u16_length = len(text) + len(self._astral_cp)

    @property
    def identity(self) -> bool:
        """True when the text has no astral characters (both counts agree everywhere)."""
        return not self._astral_cp

    def to_utf16(self, cp: int) -> int:
        """UTF-16 index of code point offset ``cp`` (0..len(text) inclusive)."""
        if not self._astral_cp:
            return cp
        return cp + bisect_left(self._astral_cp, cp)

    def to_cp(self, u16: int) -> int:
        """Code point offset of UTF-16 index ``u16``.

        An index pointing at a low surrogate (the middle of an astral character) is
        rounded down to the start of that character, so a Qt position can never split
        a character on the way back.
        """
        if not self._astral_cp:
            return u16
        # Number of astral characters whose low surrogate lies at or before u16.
        # A low surrogate at exactly u16 is counted too, which maps it to the start
        # of its own character.
        return u16 - bisect_right(self._astral_u16, u16)

    def span_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        """Convert a half-open code point span."""
        return self.to_utf16(start), self.to_utf16(end)

    def span_to_cp(self, start: int, end: int) -> tuple[int, int]:
        """Convert a half-open UTF-16 span; an end inside a pair is rounded up."""
        cp_end = self.to_cp(end)
        if self.to_utf16(cp_end) < end:
            cp_end += 1
        return self.to_cp(start), cp_end

    def spans_to_utf16(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """Convert many spans at once (the common case when highlighting entities)."""
        if not self._astral_cp:
            return [(s, e) for s, e in spans]
        return [(self.to_utf16(s), self.to_utf16(e)) for s, e in spans]


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (what QString.length() reports)."""
    return len(text) + len(_ASTRAL.findall(text))
