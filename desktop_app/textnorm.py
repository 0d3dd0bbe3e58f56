"""Vietnamese text normalisation: the one place where text entering the app is made canonical.

Three forms exist and must not be mixed up:

* the *reading text* (``normalize_text``): NFC, no zero-width or control characters, tidy
  whitespace, but the author's own spelling (``hòa`` stays ``hòa``, ``hoà`` stays ``hoà``);
* the *search key* (``search_key``): lower case, and every syllable's tone mark moved to one
  canonical vowel, so that ``hòa``/``hoà``, ``ủy``/``uỷ`` and ``qùy``/``quỳ`` compare equal;
* the *accent-free* form (``fold_accents``): lower case without any diacritic, ``đ`` → ``d``, the
  way people type on a keyboard without a Vietnamese input method.

All offsets in the app are Python code points over the reading text, so ``normalize_text`` is
applied once, at import, and never again to stored text.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "fold_accents",
    "has_diacritics",
    "normalize_text",
    "search_key",
    "strip_invisible",
]

# Zero-width and bidi formatting characters that creep in from web pages and Word files, and
# C0/C1 controls except tab and newline (carriage returns are handled as line ends). One regex:
# str.translate with a dict is ~50x slower on large texts.
_INVISIBLE = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e"
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")

TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng
_VOWELS = frozenset("aăâeêioôơuưy")
_MARKED_VOWELS = frozenset("ăâêôơư")
_NEW_STYLE_PAIRS = frozenset({"oa", "oe", "uy"})
_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")


def strip_invisible(text: str) -> str:
    """Remove zero-width, bidi-control and C0/C1 control characters (tabs and newlines stay)."""
    return _INVISIBLE.sub("", text)


def normalize_text(text: str) -> str:
    """Return the canonical reading form of ``text``: NFC, visible characters, tidy whitespace.

    Line structure is kept (paragraphs are separated by one blank line at most); runs of spaces
    collapse to one and lines lose trailing spaces. Spelling is never changed.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", strip_invisible(text))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return _MANY_BLANK_LINES.sub("\n\n", text).strip("\n")


def _tone_position(letters: list[str]) -> int | None:
    """Index in ``letters`` (lower-case, toneless NFC letters) that carries the tone mark.

    Follows the "new style" placement (``hoà``, ``thuỷ``): a vowel with a quality mark wins
    (the last one, so ``ươ`` → ``ơ``); of three vowels the middle one; of two, the second when a
    consonant follows or the pair is ``oa``/``oe``/``uy``, else the first.
    """
    n = len(letters)
    i = 0
    while i < n and letters[i] not in _VOWELS:
        i += 1
    if i == n:
        return None
    word_start = "".join(letters[:i])
    # "qu" and "gi" before another vowel: the u/i belongs to the initial consonant.
    if (
        i + 1 < n
        and letters[i + 1] in _VOWELS
        and ((word_start == "q" and letters[i] == "u") or (word_start == "g" and letters[i] == "i"))
    ):
        i += 1
    j = i
    while j < n and letters[j] in _VOWELS:
        j += 1
    cluster = letters[i:j]
    marked = [k for k, ch in enumerate(cluster) if ch in _MARKED_VOWELS]
    if marked:
        return i + marked[-1]
    if len(cluster) == 1:
        return i
    if len(cluster) >= 3:
        return i + 1
    has_final = j < n
    if has_final or "".join(cluster) in _NEW_STYLE_PAIRS:
        return i + 1
    return i


def _canonical_word(word: str) -> str:
    """Move the tone mark of one lower-case word to its canonical vowel."""
    decomposed = unicodedata.normalize("NFD", word)
    if sum(ch in TONE_MARKS for ch in decomposed) != 1:
        return word  # no tone, or not a Vietnamese syllable (several tones): leave it alone
    tone = ""
    letters: list[str] = []
    for ch in decomposed:
        if ch in TONE_MARKS:
            tone = ch
        elif unicodedata.combining(ch) and letters:
            letters[-1] += ch
        else:
            letters.append(ch)
    letters = [unicodedata.normalize("NFC", unit) for unit in letters]
    pos = _tone_position(letters)
    if pos is None:
        return word
    letters[pos] = unicodedata.normalize("NFC", letters[pos] + tone)
    result = "".join(letters)
    # Offsets computed on keys must hold for the text: never change a word's length.
    return result if len(result) == len(word) else word


def search_key(text: str) -> str:
    """Lower-case ``text`` and give every word the canonical tone-mark placement.

    ``search_key("Tỉnh Uỷ") == search_key("tỉnh ủy") == "tỉnh uỷ"``. Length in code points is
    preserved for NFC input, so offsets computed on the key also hold for the original.
    """
    lowered = unicodedata.normalize("NFC", text).lower()
    return _WORD.sub(lambda m: _canonical_word(m.group()), lowered)


def fold_accents(text: str) -> str:
    """Lower-case ``text`` without any diacritic: ``"Đà Nẵng"`` → ``"da nang"``.

    Length in code points is preserved for NFC input.
    """
    lowered = unicodedata.normalize("NFC", text).lower().replace("đ", "d")
    out = []
    for ch in lowered:
        base = unicodedata.normalize("NFD", ch)[0] if ord(ch) > 0x7F else ch
        out.append(base)
    return "".join(out)


def has_diacritics(text: str) -> bool:
    """True when ``text`` has any Vietnamese diacritic (so the user typed them on purpose)."""
    return fold_accents(text) != unicodedata.normalize("NFC", text).lower()
