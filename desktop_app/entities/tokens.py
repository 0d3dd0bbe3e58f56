"""Word tokens of a text and the gazetteer phrases that start at each of them.

The grammar works on token indices; ``joined(i, j)`` says whether tokens ``i..j`` are separated by
single spaces only (a name never runs across punctuation or a line break).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import InitVar, dataclass, field
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter

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
_TOKEN_SPLIT = re.compile(r"([^\W_]+(?:['’\-][^\W_]+)*)")


@dataclass(slots=True)
class Tokens:
    """Token offsets of one text, its match-key text, and the phrase matches per token.

    ``word(i)`` (the token as written), ``key(i)`` (its match key), ``is_cap(i)`` (title-case or
    all-caps word that starts with a letter) and ``is_abbr(i)`` (all-caps word of two letters or
    more, maybe with digits: UBND, VHTTDL, KT-XH, A03) are precomputed lists' ``__getitem__``: the
    grammar asks them millions of times, and a C-level lookup costs a fraction of a method call.
    """

    text: str
    kt: str
    starts: list[int]
    ends: list[int]
    # phrases[i] = [(last token index, categories, match key), ...], longest first
    phrases: list[Sequence[tuple[int, frozenset[str], str]]]
    pieces: InitVar[list[str] | None] = None  # ``_TOKEN_SPLIT.split(text)``, when at hand
    words: list[str] = field(init=False, repr=False)
    keys: list[str] = field(init=False, repr=False)
    caps: list[bool] = field(init=False, repr=False)
    abbrs: list[bool] = field(init=False, repr=False)
    word: Callable[[int], str] = field(init=False, repr=False)
    key: Callable[[int], str] = field(init=False, repr=False)
    is_cap: Callable[[int], bool] = field(init=False, repr=False)
    is_abbr: Callable[[int], bool] = field(init=False, repr=False)
    _gaps: list[str] = field(init=False, repr=False)
    # spaced_after[i]: ``spaced(i)`` for a token index (False for the last token), a list to read
    # in loops that know ``i + 1 < len(tokens)``
    spaced_after: list[bool] = field(init=False, repr=False)
    _last: int = field(init=False, repr=False)  # index of the last token
    # per token, filled by ``tokenize``: the union of its phrases' categories, and for each
    # category the last token of its longest phrase (the grammar asks these ~10 times a token)
    cat_union: list[frozenset[str]] = field(init=False, repr=False)
    cat_last: list[dict[str, int]] = field(init=False, repr=False)

    def __post_init__(self, pieces: list[str] | None) -> None:
        text, starts, ends = self.text, self.starts, self.ends
        n = len(starts)
        if pieces is None:
            self.words = words = [text[s:e] for s, e in zip(starts, ends, strict=True)]
            # _gaps[i]: text between token i and i + 1 ("" after the last one)
            self._gaps = [text[ends[i] : starts[i + 1]] for i in range(n - 1)] + [""]
        else:
            # the split's pieces are gap, token, gap, ..., gap: slices, no per-token Python code
            self.words = words = pieces[1::2]
            self._gaps = pieces[2:-1:2] + [""]
        self.word = words.__getitem__
        self.keys = keys = list(map(self.kt.__getitem__, map(slice, starts, ends)))
        self.key = keys.__getitem__
        self.caps = list(map(str.isupper, map(itemgetter(0), words)))
        self.is_cap = self.caps.__getitem__
        # all-caps words are few: test the rest of the abbreviation shape on them only
        self.abbrs = abbrs = list(map(str.isupper, words))
        for i in compress(range(n), abbrs):
            w = words[i]
            abbrs[i] = len(w) >= 2 and sum(ch.isalpha() for ch in w) >= 2
        self.is_abbr = abbrs.__getitem__
        self.spaced_after = list(map(" ".__eq__, self._gaps))
        self._last = n - 1
        self.cat_union = [_NO_CATS] * n
        self.cat_last = [_NO_LAST] * n

    def __len__(self) -> int:
        return len(self.starts)

    def gap(self, i: int) -> str:
        """Text between token ``i`` and token ``i + 1``."""
        return self._gaps[i] if i + 1 < len(self.starts) else ""

    def spaced(self, i: int) -> bool:
        """Token ``i + 1`` follows token ``i`` after exactly one space."""
        return i < self._last and self.spaced_after[i]

    def is_title_word(self, i: int) -> bool:
        """A capitalised word with lower-case after its first letter (a name syllable)."""
        w = self.word(i)
        return w[0].isupper() and (len(w) == 1 or not w[1:].replace("-", "").isupper()) and (
            not any(map(str.isdigit, w))
        )

    def cats(self, i: int, j: int) -> frozenset[str]:
        """Categories of the gazetteer phrase spanning exactly tokens ``i..j`` (empty if none)."""
        for last, cats, _ in self.phrases[i]:
            if last == j:
                return cats
        return frozenset()

    def longest(self, i: int, category: str) -> int | None:
        """Last token of the longest phrase of ``category`` starting at token ``i``."""
        return self.cat_last[i].get(category)


def tokenize(text: str, kt: str, lex: Lexicon) -> Tokens:
    """Tokens of ``text`` with every gazetteer phrase that starts at each one."""
    # offsets from the lengths of split's pieces (gap, token, gap, ...): no match objects
    pieces = _TOKEN_SPLIT.split(text)
    bounds = list(accumulate(map(len, pieces)))
    n = len(bounds) // 2
    # one shared empty tuple for the tokens no phrase starts at (two in three)
    phrases: list[Sequence[tuple[int, frozenset[str], str]]] = [()] * n
    tokens = Tokens(text, kt, bounds[0:-1:2], bounds[1::2], phrases, pieces)
    starts, ends = tokens.starts, tokens.ends
    first_words, get, caps_heads = lex.first_words, lex.phrase_prefixes.get, lex.caps_heads
    keys, cat_union, cat_last = tokens.keys, tokens.cat_union, tokens.cat_last
    for i in compress(range(n), map(first_words.__contains__, keys)):
        key = keys[i]
        # the token alone: its key is the text's (a token never holds a line break); a phrase's
        # first word is always one of ``phrase_prefixes``
        cats = get(key)
        s = starts[i]
        if cats is not None and key in caps_heads and not text[s : ends[i]].isupper():
            cats = (cats - {"head"}) or None  # "Ca sĩ": the head "CA" (Công an) is written in capitals
        found = [] if cats is None else [(i, cats, key)]
        # widen the span while some phrase begins with it (shortest first, then longest first);
        # the slice of ``ends`` stops at the text's last token
        for j, e in enumerate(ends[i + 1 : i + first_words[key]], i + 1):
            cand = kt[s:e]
            cats = get(cand, _NO_PREFIX)
            if cats is _NO_PREFIX:
                break  # no phrase begins with this text, so none with a longer one
            # a phrase never crosses a line break
            if cats is not None and "\n" not in cand:
                found.append((j, cats, cand))
        if not found:
            continue
        if len(found) == 1:
            cat_last[i] = dict.fromkeys(found[0][1], found[0][0])
            cat_union[i] = found[0][1]
        else:
            last: dict[str, int] = {}
            for j, cats, _ in found:  # shortest first: a longer phrase overwrites
                last.update(dict.fromkeys(cats, j))
            cat_last[i] = last
            cat_union[i] = found[0][1].union(*[c for _, c, _ in found[1:]])
            found.reverse()
        phrases[i] = found
    return tokens


# a token no phrase starts at (shared, never mutated)
_NO_CATS: frozenset[str] = frozenset()
_NO_LAST: dict[str, int] = {}

# ``phrase_prefixes.get`` default: the text begins no phrase (an object no entry is)
_NO_PREFIX: frozenset[str] = frozenset({"\0"})


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


# Letters a case-insensitive pattern matches though their lower case is another letter (or two)
# ("ſ" matches "s"): a text with one has no lower-case copy to look for such words in.
_FOLD_TRAPS = ("İ", "ı", "ſ")


@lru_cache(maxsize=4)
def lower_copy(text: str) -> str | None:
    """``text.lower()`` when each of its letters lowers to one letter that a case-insensitive
    pattern matches like the original, else None. Cached: every pass of one text asks for it."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in _FOLD_TRAPS):
        return None
    return low


def opening_on(
    pattern: re.Pattern[str],
    text: str,
    openers: Iterable[str],
    *,
    fold: bool = False,
    extra: Iterable[int] = (),
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts with one of the strings
    ``openers``: the pattern is tried only where ``str.find`` sees one. A pattern that opens on a
    look-behind or on an alternation of words makes the engine try it at every position instead
    (5-20x slower on a text where the openers are rare). Matches must not be empty.

    With ``fold`` the openers are lower case and looked for in ``lower_copy(text)``: one search
    finds every way of writing them, for a case-insensitive pattern or one like ``[Tt]àu`` (a
    text without that copy gets ``finditer``). ``extra``: more places to try, found otherwise."""
    where = text
    if fold:
        low = lower_copy(text)
        if low is None:
            return pattern.finditer(text)
        where = low
    found = set(extra)
    for opener in openers:
        pos = where.find(opener)
        while pos >= 0:
            found.add(pos)
            pos = where.find(opener, pos + 1)
    return _tried_at(pattern, text, sorted(found))


def _tried_at(pattern: re.Pattern[str], text: str, places: list[int]) -> Iterator[re.Match[str]]:
    end = 0
    for pos in places:
        if pos >= end and (m := pattern.match(text, pos)) is not None:
            yield m
            end = m.end()
