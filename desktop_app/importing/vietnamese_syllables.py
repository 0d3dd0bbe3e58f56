"""Is a word a well-formed Vietnamese syllable? Used to judge candidate decodings of a file.

A wrong legacy decoding (TCVN3 read as Windows-1258, VNI read as TCVN3, ...) turns most words
into impossible letter sequences (``c«ng``, ``Viờũt``), so the share of valid syllables tells
the right decoding from the wrong ones without asking the user.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["is_vietnamese_syllable", "vietnamese_score"]

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_STOP_TONES = frozenset("\u0301\u0323")  # a syllable ending in c/ch/p/t takes sắc or nặng only
_INITIALS = sorted(
    "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split() + [""],
    key=len,
    reverse=True,
)
_FINALS = sorted(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"], key=len, reverse=True)
_STOP_FINALS = frozenset({"c", "ch", "p", "t"})
# Nuclei that may end a syllable or take a final consonant.
_NUCLEI_ANY = frozenset("a e ê i o ô ơ u ư y oa oe uê uy".split())
# Nuclei that need a final consonant (ăn, ân, tiên, uyên, muốn, người, xoăn, khuân).
_NUCLEI_CLOSED = frozenset("ă â iê yê uô ươ uyê oă uâ".split())
# Nuclei that end the syllable (their last vowel is the final glide).
_NUCLEI_OPEN = frozenset(
    (
        "ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ua ưa uơ oai oay oao oeo uôi ươi ươu "
        "iêu yêu uya uyu uây ueo"
    ).split()
)
_WORD = re.compile(r"[^\W\d_]+")


def _split_tone(word: str) -> tuple[str, str | None] | None:
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [ch for ch in decomposed if ch in _TONES]
    if len(tones) > 1:
        return None
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return base, (tones[0] if tones else None)


def _nucleus_ok(nucleus: str, final: str) -> bool:
    if final:
        return nucleus in _NUCLEI_ANY or nucleus in _NUCLEI_CLOSED
    return nucleus in _NUCLEI_ANY or nucleus in _NUCLEI_OPEN


def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` (one token, any case, NFC or NFD) is a possible Vietnamese syllable."""
    split = _split_tone(word)
    if split is None:
        return False
    base, tone = split
    for initial in _INITIALS:
        if not base.startswith(initial):
            continue
        rest = base[len(initial) :]
        if initial == "qu" and rest.startswith("u"):
            continue
        for final in _FINALS:
            if final and not rest.endswith(final):
                continue
            nucleus = rest[: len(rest) - len(final)] if final else rest
            if not nucleus or not _nucleus_ok(nucleus, final):
                continue
            if final in _STOP_FINALS and tone not in _STOP_TONES:
                continue
            return True
    return False


def vietnamese_score(text: str, max_words: int = 5000) -> float:
    """Share of the first ``max_words`` words of ``text`` that are valid Vietnamese syllables.

    Words of one letter count too, so stray symbols that split a mis-decoded word (``c«ng``)
    lower the score. Returns 0.0 for text without words.
    """
    total = valid = 0
    for match in _WORD.finditer(text):
        total += 1
        valid += is_vietnamese_syllable(match.group())
        if total >= max_words:
            break
    return valid / total if total else 0.0
