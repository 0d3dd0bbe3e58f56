"""Word tokens of a text and the gazetteer phrases that start at each of them.

The grammar works on token indices; ``joined(i, j)`` says whether tokens ``i..j`` are separated by
single spaces only (a name never runs across punctuation or a line break).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.entities.lexicon import Lexicon
from desktop_app.textnorm import fold_accents

_VI_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?"
)


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` can be one Vietnamese syllable (Lukaku, Trump and Everton cannot)."""
    return bool(_VI_SYLLABLE.fullmatch(fold_accents(word.lower())))


# Letters/digits, with inner hyphens or apostrophes (Jean-Pierre, O'Brien, KT-XH, A03).
_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


@dataclass(slots=True)
class Tokens:
    """Token offsets of one text, its match-key text, and the phrase matches per token."""

    text: str
    kt: str
    starts: list[int]
    ends: list[int]
    # phrases[i] = [(last token index, categories, match key), ...], longest first
    phrases: list[list[tuple[int, frozenset[str], str]]]

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]

    def key(self, i: int) -> str:
        return self.kt[self.starts[i] : self.ends[i]]

    def gap(self, i: int) -> str:
        """Text between token ``i`` and token ``i + 1``."""
        return self.text[self.ends[i] : self.starts[i + 1]] if i + 1 < len(self.starts) else ""

    def spaced(self, i: int) -> bool:
        """Token ``i + 1`` follows token ``i`` after exactly one space."""
        return i + 1 < len(self.starts) and self.starts[i + 1] == self.ends[i] + 1 and (
            self.text[self.ends[i]] == " "
        )

    def is_cap(self, i: int) -> bool:
        """Title-case or all-caps word that starts with a letter."""
        w = self.text[self.starts[i]]
        return w.isupper()

    def is_title_word(self, i: int) -> bool:
        """A capitalised word with lower-case after its first letter (a name syllable)."""
        w = self.word(i)
        return w[0].isupper() and (len(w) == 1 or not w[1:].replace("-", "").isupper()) and (
            not any(ch.isdigit() for ch in w)
        )

    def is_abbr(self, i: int) -> bool:
        """All-caps word of two letters or more (UBND, VHTTDL, KT-XH), maybe with digits."""
        w = self.text[self.starts[i] : self.ends[i]]
        return len(w) >= 2 and w.isupper() and sum(ch.isalpha() for ch in w) >= 2

    def cats(self, i: int, j: int) -> frozenset[str]:
        """Categories of the gazetteer phrase spanning exactly tokens ``i..j`` (empty if none)."""
        for last, cats, _ in self.phrases[i]:
            if last == j:
                return cats
        return frozenset()

    def longest(self, i: int, category: str) -> int | None:
        """Last token of the longest phrase of ``category`` starting at token ``i``."""
        for last, cats, _ in self.phrases[i]:
            if category in cats:
                return last
        return None


def tokenize(text: str, kt: str, lex: Lexicon) -> Tokens:
    """Tokens of ``text`` with every gazetteer phrase that starts at each one."""
    starts: list[int] = []
    ends: list[int] = []
    for m in _TOKEN.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    n = len(starts)
    phrases: list[list[tuple[int, frozenset[str], str]]] = [[] for _ in range(n)]
    first_words, table = lex.first_words, lex.phrases
    for i in range(n):
        s = starts[i]
        width = first_words.get(kt[s : ends[i]])
        if width is None:
            continue
        found = phrases[i]
        for j in range(min(n - 1, i + width - 1), i - 1, -1):
            # a phrase never crosses a line break
            cand = kt[s : ends[j]]
            cats = table.get(cand)
            if cats is not None and "\n" not in cand:
                found.append((j, cats, cand))
    return Tokens(text, kt, starts, ends, phrases)


_WORD_CHAR = re.compile(r"\w")


def bounded(fast: re.Pattern[str], text: str, not_before: re.Pattern[str] = _WORD_CHAR) -> Iterator[re.Match[str]]:
    """``fast.finditer(text)`` without the matches that follow a character ``not_before`` matches:
    the same matches as a pattern opening on the look-behind ``(?<!\\w)``, which makes the engine
    try every position of the text (3-10x slower than letting it skip to a literal or a set)."""
    pos = 0
    while (m := fast.search(text, pos)) is not None:
        s = m.start()
        if s > 0 and not_before.match(text, s - 1):
            pos = s + 1
            continue
        yield m
        pos = m.end() if m.end() > s else s + 1
