"""How Vietnamese a decoded text looks: the share of its accented words that are real syllables.

Decoding the same bytes as Windows-1258, TCVN3 and VNI gives three texts; only the right one is
made of well-formed Vietnamese syllables (initial consonant, vowel nucleus, final consonant, at
most one tone mark). Words without any non-ASCII letter read the same in every decoding, so
they are not counted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["VietnameseScore", "is_vietnamese_syllable", "score_vietnamese"]

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_INITIALS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_NUCLEI = (
    "uyê|uya|uyu|uây|uôi|ươi|ươu|oai|oay|oeo|oao|iêu|yêu|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ươ|ưa|ưi|ưu|uy|yê|"
    "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y"
)
_FINALS = "ng|nh|ch|c|m|n|p|t"
_SYLLABLE = re.compile(rf"(?:{_INITIALS})?(?:{_NUCLEI})(?:{_FINALS})?")
_TOKEN = re.compile(r"[^\s\-/.,;:!?\"'()\[\]{}“”‘’«»…–—]+")
_LETTERS_ONLY = re.compile(r"[^\W\d_]+")


def is_vietnamese_syllable(word: str) -> bool:
    """True for a well-formed syllable (``nghiêng``, ``Việt``), false for ``Vieät`` or ``Hé``."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(decomposed.count(mark) for mark in _TONE_MARKS)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(bare) is not None


@dataclass(frozen=True, slots=True)
class VietnameseScore:
    """``valid`` of ``counted`` accented tokens are syllables; ``odd`` counts junk characters."""

    counted: int
    valid: int
    odd: int

    @property
    def ratio(self) -> float:
        return self.valid / self.counted if self.counted else 0.0

    @property
    def value(self) -> float:
        """Ranking value: the syllable share, lowered by symbols that real text rarely has."""
        if not self.counted:
            return 0.0
        return (self.valid - self.odd) / self.counted


def score_vietnamese(text: str, max_tokens: int = 5000) -> VietnameseScore:
    """Score ``text`` (NFC); only the first ``max_tokens`` accented tokens are looked at.

    A few thousand tokens decide between encodings as well as a whole book would.
    """
    counted = valid = odd = 0
    verdicts: dict[str, int] = {}  # token → 1 valid, -1 odd, 0 neither (tokens repeat a lot)
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token.isascii():
            continue
        verdict = verdicts.get(token)
        if verdict is None:
            if _LETTERS_ONLY.fullmatch(token) and is_vietnamese_syllable(token):
                verdict = 1
            elif any(unicodedata.category(ch)[0] in "SC" for ch in token):
                verdict = -1
            else:
                verdict = 0
            verdicts[token] = verdict
        counted += 1
        valid += verdict == 1
        odd += verdict == -1
        if counted >= max_tokens:
            break
    return VietnameseScore(counted, valid, odd)
