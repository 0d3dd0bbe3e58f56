"""Extractive summary of a Vietnamese text: a few key sentences, in their original order.

Pure functions, no I/O. Offsets are code points into the text given, so the report can show the
sentences verbatim and a test can check they come from the document.

Sentences end at ``.``, ``!``, ``?`` or ``…`` followed by white space and a plausible sentence
start, or at a line break. A full stop inside a token never ends a sentence, so "TP.HCM",
"39-CT/TW", "1.234" and "31.3.2023" stay whole; a full stop after a known abbreviation ("TP.",
"PGS.", "TS.") or a lone capital initial ("Nguyễn V. An") does not end one either.

Scoring is deliberately simple and explainable: the mean document frequency of a sentence's
content syllables (``search_key`` form, a small stop-syllable list removed), a bonus for early
position (news and administrative texts put the gist first) and for entity density (sentences
naming people, bodies, documents and dates carry the facts). Very short lines (datelines, captions)
and very long run-ons are damped.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_app.textnorm import search_key

# Function syllables that say nothing about the topic. Written NFC; compared in search_key form.
_STOP_WORDS = """
và của là có các những được cho với trong này đã không để một khi thì mà đến từ theo về tại
ra vào lại cũng như nhiều hơn rất đó nào còn nên sẽ đang bị do vì nếu tuy nhưng hay hoặc
trên dưới sau trước giữa ngày tháng năm người việc đây kia ấy thế vậy cả mỗi mọi qua bằng
đồng thời cùng chỉ vẫn đều chưa phải nhằm tới ông bà anh chị họ chúng ta tôi mình
""".split()
STOP_SYLLABLES: frozenset[str] = frozenset(search_key(w) for w in _STOP_WORDS)

# Abbreviations that take a full stop and are followed by more of the same sentence.
_ABBREVIATIONS: frozenset[str] = frozenset(
    search_key(a)
    for a in (
        "TP", "Tp", "TT", "Q", "P", "H", "X", "GS", "PGS", "TS", "ThS", "Th.S", "BS", "KS", "CN",
        "NXB", "Nxb", "tr", "St", "Dr", "Mr", "Mrs", "Ms", "No", "Số", "v.v", "vv", "ĐT", "Tel",
        "TS.BS", "PGS.TS", "GS.TS", "Ths", "Đ/c", "đ/c", "Tr",
    )
)

_WORD = re.compile(r"\w+")
# textnorm's word pattern: search_key works word by word, so keys of distinct words can be cached.
_LETTERS = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
_KEY_CACHE: dict[str, str] = {}
_KEY_CACHE_LIMIT = 200_000
# Sentence-final punctuation, optional closing quotes/brackets, then the white space after it.
_END = re.compile(r"[.!?…]+[\"”’»)\]]*(?=\s)")
_OPENERS = "\"“‘«([-–—•"
_FINAL = (".", "!", "?", "…")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


def _lines(text: str) -> Iterable[tuple[int, int]]:
    """Spans of the non-empty lines of ``text`` (a line break always ends a sentence)."""
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            yield pos, end
        pos = end + 1


def _token_before(text: str, dot: int, lo: int) -> str:
    """The token (no white space) that ends right before ``text[dot]``."""
    i = dot
    while i > lo and not text[i - 1].isspace():
        i -= 1
    return text[i:dot]


def _is_boundary(text: str, match: re.Match[str], hi: int) -> bool:
    """Whether the punctuation at ``match`` ends a sentence, judging by its neighbours."""
    punct = match.group()
    nxt = match.end()
    while nxt < hi and text[nxt].isspace():
        nxt += 1
    if nxt >= hi:
        return True
    following = text[nxt]
    if not (following.isupper() or following.isdigit() or following in _OPENERS):
        return False
    if punct.startswith(".") and len(punct.rstrip("\"”’»)]")) == 1:
        token = _token_before(text, match.start(), 0)
        if search_key(token) in _ABBREVIATIONS:
            return False
        if len(token) == 1 and token.isupper():  # an initial: "Nguyễn V. An"
            return False
    return True


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their offsets, leading/trailing white space trimmed."""
    sentences: list[Sentence] = []
    for lo, hi in _lines(text):
        start = lo
        for match in _END.finditer(text, lo, hi):
            if _is_boundary(text, match, hi):
                _add(sentences, text, start, match.end())
                start = match.end()
        _add(sentences, text, start, hi)
    return sentences


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, text[start:end]))


def fast_search_key(text: str) -> str:
    """``search_key(text)``, computing each distinct word once (a report has few of them)."""
    def one(match: re.Match[str]) -> str:
        word = match.group()
        key = _KEY_CACHE.get(word)
        if key is None:
            if len(_KEY_CACHE) > _KEY_CACHE_LIMIT:
                _KEY_CACHE.clear()
            key = _KEY_CACHE[word] = search_key(word)
        return key

    return _LETTERS.sub(one, unicodedata.normalize("NFC", text).lower())


def content_syllables(text: str) -> list[str]:
    """Syllables of ``text`` in search_key form without stop syllables, numbers and punctuation."""
    return _content(fast_search_key(text))


def _content(key: str) -> list[str]:
    return [s for s in _WORD.findall(key)
            if s not in STOP_SYLLABLES and not s.isdigit() and len(s) > 1]


def _length_factor(syllables: int) -> float:
    """Damp datelines and captions (few syllables) and run-ons (very many)."""
    if syllables < 6:
        return 0.2
    if syllables < 10:
        return 0.6
    if syllables > 80:
        return 0.7
    return 1.0


def score_sentences(text: str, sentences: Sequence[Sentence],
                    entity_spans: Sequence[tuple[int, int]] = ()) -> list[float]:
    """A score for each sentence (higher is more central); see the module docstring."""
    key = fast_search_key(text)  # once for the whole text: it preserves length for NFC text
    if len(key) == len(text):
        bags = [_content(key[s.start:s.end]) for s in sentences]
    else:
        bags = [content_syllables(s.text) for s in sentences]
    frequency = Counter(syl for bag in bags for syl in bag)
    starts = sorted(entity_spans)
    scores: list[float] = []
    count = max(len(sentences), 1)
    for index, (sentence, bag) in enumerate(zip(sentences, bags, strict=True)):
        if not bag:
            scores.append(0.0)
            continue
        tf = sum(math.log1p(frequency[s]) for s in bag) / len(bag)
        position = 1.0 + 0.2 * (1.0 - index / count) + (0.1 if index < 3 else 0.0)
        inside = sum(1 for a, b in starts if a >= sentence.start and b <= sentence.end)
        density = 1.0 + min(inside / max(len(bag), 1) * 3.0, 1.0)
        finished = 1.0 if sentence.text.rstrip("\"”’»)]").endswith(_FINAL) else 0.4
        scores.append(tf * position * density * finished
                      * _length_factor(len(_WORD.findall(sentence.text))))
    return scores


def summarise(text: str, count: int = 3, entity_spans: Sequence[tuple[int, int]] = (),
              exclude: Iterable[str] = ()) -> list[Sentence]:
    """The ``count`` best sentences of ``text``, in the order they appear, without repeats.

    ``exclude`` holds texts not worth repeating (the document's title, already in the heading).
    """
    if count <= 0:
        return []
    sentences = split_sentences(text)
    scores = score_sentences(text, sentences, entity_spans)
    ranked = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    chosen: list[int] = []
    seen: set[str] = {" ".join(_WORD.findall(search_key(e))) for e in exclude}
    for i in ranked:
        if scores[i] <= 0.0:
            break
        key = " ".join(_WORD.findall(fast_search_key(sentences[i].text)))
        if key in seen:
            continue
        seen.add(key)
        chosen.append(i)
        if len(chosen) == count:
            break
    return [sentences[i] for i in sorted(chosen)]
