"""Vietnamese tokenisation for the search index.

Whoosh's StandardAnalyzer drops real syllables ("an", "ở", "ý" are stop words or too short for
it) and glues "Hà Nội.Ông" into one token, so the index uses this tokenizer instead:

* every syllable is kept, case and tone-mark placement are folded with ``textnorm.search_key``;
* a dot splits words unless both sides are upper case or digits (``TP.HCM``, ``0901.22.33``);
* document symbols (``39-CT/TW``, ``58-QĐ/TW``, ``A03``) are indexed whole *and* by parts, the
  parts taking the syllable positions so phrases and bigrams run through them;
* adjacent syllables separated only by white space (or inside one symbol) also give a bigram
  term ``a_b``: a two-syllable word, the usual Vietnamese word, then costs one term lookup.

Offsets are code points into the analysed text, so snippets map straight back onto it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.textnorm import fold_accents, search_key

__all__ = [
    "BIGRAM_JOIN",
    "Analysis",
    "Token",
    "analyze",
    "fold_key",
    "index_terms",
    "part_spans",
    "term_key",
    "tokenize",
]

BIGRAM_JOIN = "_"  # never inside a token: "_" is a separator for the tokenizer
# A part (syllable, number, or letter run of a symbol) with the gap text before it.
_PART_WITH_GAP = re.compile(r"([\W_]*)(\d+|[^\W\d_]+)")
_JOINERS = frozenset("-/&")


def _linked(gap: str, prev: str, word: str) -> bool:
    """Whether two neighbouring parts form a bigram, given the text between them.

    White space or a symbol joiner links them; a dot only inside an upper-case/digit symbol
    (``TP.HCM`` yes, ``Hà Nội.Ông`` no); any other punctuation breaks the chain.
    """
    if not gap or gap.isspace() or gap in _JOINERS:
        return True
    return gap == "." and prev == prev.upper() and word == word.upper()


@lru_cache(maxsize=300_000)
def term_key(word: str) -> str:
    """Search key of one token (cached: the syllable vocabulary is small)."""
    return search_key(word)


@lru_cache(maxsize=300_000)
def fold_key(word: str) -> str:
    """Accent-free form of one token key (cached)."""
    return fold_accents(word)


@dataclass(frozen=True, slots=True)
class Token:
    """One syllable or symbol part: its key and where it sits in the analysed text.

    ``linked`` says that this token forms a bigram with the previous one (only white space, or
    a symbol joiner, in between).
    """

    key: str
    start: int
    end: int
    linked: bool


@dataclass(frozen=True, slots=True)
class Analysis:
    """Tokens of a text plus the whole-symbol terms that are indexed beside the parts."""

    tokens: tuple[Token, ...]
    wholes: tuple[str, ...]

    def unigrams(self) -> list[str]:
        return [t.key for t in self.tokens] + list(self.wholes)

    def bigrams(self) -> list[str]:
        toks = self.tokens
        return [
            toks[i - 1].key + BIGRAM_JOIN + toks[i].key
            for i in range(1, len(toks))
            if toks[i].linked
        ]


# How the gap text between two parts links them, computed once per distinct gap (few exist):
# bit 1 = the parts form a bigram, bit 2 = the gap may sit inside a symbol, bit 4 = a dot
# (links only between upper-case/digit neighbours, and splits a symbol otherwise).
_LINK, _IN_SYMBOL, _DOT = 1, 2, 4


@lru_cache(maxsize=4096)
def _gap_kind(gap: str) -> int:
    if gap == ".":
        return _IN_SYMBOL | _DOT
    if not gap or gap in _JOINERS:
        return _LINK | _IN_SYMBOL
    return _LINK if gap.isspace() else 0


def _split_dots(symbol: str) -> list[str]:
    """Split a symbol at dots unless both sides are upper case (``TP.HCM`` stays whole)."""
    pieces, current = [], ""
    for chunk in _DOT_SPLIT.split(symbol):
        if current and (current != current.upper() or chunk != chunk.upper()):
            pieces.append(current)
            current = chunk
        else:
            current = f"{current}.{chunk}" if current else chunk
    pieces.append(current)
    return pieces


_DOT_SPLIT = re.compile(r"(?<=[^\W_])\.(?=[^\W_])")


def _wholes(gaps: Sequence[str], words: Sequence[str], kinds: Sequence[int]) -> list[str]:
    """Keys of the whole symbols: runs of two or more parts joined by symbol gaps."""
    out: list[str] = []
    n = len(words)
    starts = [i for i, k in enumerate(kinds) if k & _IN_SYMBOL]
    end = 0
    for i in starts:
        if i < end:
            continue
        first = i - 1
        end = i
        while end < n and kinds[end] & _IN_SYMBOL:
            end += 1
        text = words[first] + "".join(gaps[j] + words[j] for j in range(first + 1, end))
        pieces = _split_dots(text) if "." in text else [text]
        out.extend(term_key(p) for p in pieces if len(_PART_WITH_GAP.findall(p)) > 1)
    return out


def _kinds(gaps: Sequence[str], words: Sequence[str]) -> list[int]:
    """Gap kind of every part (index 0 never links); dots resolved against their neighbours."""
    kinds = list(map(_gap_kind, gaps))
    if kinds:
        kinds[0] = 0
    if "." in gaps:
        for i in range(1, len(kinds)):
            if kinds[i] & _DOT:
                a, b = words[i - 1], words[i]
                if a == a.upper() and b == b.upper():
                    kinds[i] |= _LINK
    return kinds


def tokenize(text: str) -> Analysis:
    """Tokenise ``text`` with offsets; see the module docstring for the rules."""
    matches = list(_PART_WITH_GAP.finditer(text))
    gaps = [m.group(1) for m in matches]
    words = [m.group(2) for m in matches]
    kinds = _kinds(gaps, words)
    tokens = tuple(
        Token(term_key(w), m.start(2), m.end(2), bool(k & _LINK))
        for m, w, k in zip(matches, words, kinds, strict=True)
    )
    return Analysis(tokens, tuple(_wholes(gaps, words, kinds)))


def index_terms(text: str) -> tuple[list[str], list[str]]:
    """Unigram terms (parts and whole symbols) and bigram terms of ``text``, without offsets.

    Same rules as ``tokenize`` with the per-token work in C (regex, cached maps, one
    comprehension): this is the indexing hot path.
    """
    pairs = _PART_WITH_GAP.findall(text)
    if not pairs:
        return [], []
    gaps, words = zip(*pairs, strict=True)
    keys = list(map(term_key, words))
    kinds = _kinds(gaps, words)
    bigrams = [a + BIGRAM_JOIN + b for a, b, k in zip(keys, keys[1:], kinds[1:], strict=False) if k & _LINK]
    return keys + _wholes(gaps, words, kinds), bigrams


def part_spans(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Keys and offsets of the parts of ``text`` (for marking matches in a hit)."""
    spans = [m.span(2) for m in _PART_WITH_GAP.finditer(text)]
    keys = list(map(term_key, [text[s:e] for s, e in spans]))
    return keys, spans


_memo: tuple[str, tuple[list[str], list[str]]] = ("", ([], []))


def analyze(text: str) -> tuple[list[str], list[str]]:
    """``index_terms`` with a one-entry memo: the unigram and bigram fields analyse the same text.

    The memo is one tuple, swapped atomically, so concurrent writers cannot mix text and result.
    """
    global _memo
    memo = _memo
    if text is memo[0] or text == memo[0]:
        return memo[1]
    result = index_terms(text)
    _memo = (text, result)
    return result
