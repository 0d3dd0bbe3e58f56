"""Pre-Unicode Vietnamese font encodings: TCVN3 (ABC) and VNI-Windows, both ways.

No Python codec exists for these, so the tables are written here from the published charts.

* **TCVN3 (ABC)**, TCVN 5712:1993 "VN3": one byte per letter. Lower-case letters with a tone
  live in 0xB5-0xFE, the seven marked base letters in 0xA1-0xAE. VN3 has *no* code for an
  upper-case letter with a tone: ABC users set capitals in an upper-case font (.VnTimeH) that
  draws the lower-case codes as capitals, so the bytes of "HỘI" are ``H``, ``ộ``, ``I``. The
  decoder restores capitals where the context shows them: an all-capitals word or line, or a
  toned letter opening a line or a sentence. A toned capital starting a word in mid-sentence
  ("có Ủy viên") cannot be told apart and stays small.
  The "VN1" capitals in slots VN3 leaves free (0xAF, 0xBA, 0xBF-0xC5...) are decoded too;
  0x80-0x9F are read as Windows-1252 punctuation (“ ” – …), which is what Word wrote there.
* **VNI-Windows**: a Latin base letter followed by one byte drawn as its marks
  (``a`` + ``ù`` → ``á``, ``a`` + ``á`` → ``ấ``); ``ơ ư đ`` and ``i``/``ỵ`` with a tone have
  single bytes, and ``ơ``/``ư`` take a tone byte after them (``ôø`` → ``ờ``). Upper-case text
  uses the upper-case mark bytes; files that mix the two cases are decoded as well.

The encoders exist so tests can generate legacy files from Unicode text and check the round trip.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

__all__ = ["decode_tcvn3", "decode_vni", "encode_tcvn3", "encode_vni"]

# --- TCVN3 --------------------------------------------------------------------------------------

_TCVN3_LOWER = (
    # byte, letter: the VN3 chart, lower-case letters and the seven marked capitals.
    "A1Ă A2Â A3Ê A4Ô A5Ơ A6Ư A7Đ A8ă A9â AAê ABô ACơ ADư AEđ "
    "B5à B6ả B7ã B8á B9ạ BBằ BCẳ BDẵ BEắ C6ặ C7ầ C8ẩ C9ẫ CAấ CBậ "
    "CCè CEẻ CFẽ D0é D1ẹ D2ề D3ể D4ễ D5ế D6ệ D7ì D8ỉ DCĩ DDí DEị "
    "DFò E1ỏ E2õ E3ó E4ọ E5ồ E6ổ E7ỗ E8ố E9ộ EAờ EBở ECỡ EDớ EEợ "
    "EFù F1ủ F2ũ F3ú F4ụ F5ừ F6ử F7ữ F8ứ F9ự FAỳ FBỷ FCỹ FDý FEỵ"
)
_TCVN3_VN1_CAPITALS = (
    # Slots VN3 leaves free, holding capitals in the full VN1 table; seen in some files.
    "AFẰ BAẲ BFẴ C0Ắ C1Ầ C2Ẩ C3Ẫ C4Ấ C5Ề CDỂ D9Ễ DAẾ DBỒ E0Ổ F0Ỗ FFỐ"
)


def _parse(table: str) -> dict[int, str]:
    return {int(item[:2], 16): item[2:] for item in table.split()}


_TCVN3_DECODE: dict[int, str] = {
    **_parse(_TCVN3_VN1_CAPITALS),
    **_parse(_TCVN3_LOWER),
    # VN1 combining tone marks, used by some converters for letters the table lacks.
    0xB0: "\u0300",
    0xB1: "\u0309",
    0xB2: "\u0303",
    0xB3: "\u0301",
    0xB4: "\u0323",
    0xA0: "\u00a0",
}
_TCVN3_ENCODE: dict[str, int] = {letter: byte for byte, letter in _parse(_TCVN3_LOWER).items()}

_CP1252_HIGH = bytes(range(0x80, 0x100)).decode("cp1252", errors="replace")
_TCVN3_TRANSLATION = "".join(
    _TCVN3_DECODE.get(b, chr(b) if b < 0x80 else _CP1252_HIGH[b - 0x80]) for b in range(256)
)
# Small letters that only VN3 codes produce: seen next to capitals, they were capitals too.
_VN_LOWER_ONLY = frozenset(
    ch for ch in _TCVN3_ENCODE if ch.islower() and ch not in "ăâêôơưđ"
) | frozenset("ăâêôơưđ")
_ASCII_LOWER = re.compile(r"[a-z]")
_THREE_CAPITALS = re.compile(r"[A-Z].*[A-Z].*[A-Z]")
_LATE_CAPITAL_WORD = re.compile(
    r"(?<![^\W\d_])[^\W\d_][^\W\d_A-ZĂÂÊÔƠƯĐ]*[A-ZĂÂÊÔƠƯĐ][^\W\d_]*"
)
# A small toned letter opening a line or a sentence was a capital (Vietnamese capitalises there).
_SENTENCE_START = re.compile(
    r"(^\s*[\"“‘(\[-]*\s*|[.!?…]\s+[\"“‘(\[]*)([" + "".join(sorted(_VN_LOWER_ONLY)) + "])"
)


def _restore_capitals(text: str) -> str:
    """Upper-case words that were typed in capitals in an ABC upper-case font (see module doc).

    Regular expressions do the scanning so a 50 MB file stays fast: only words with a capital
    after their first letter reach Python code.
    """
    out_lines = []
    for line in text.split("\n"):
        if not _ASCII_LOWER.search(line) and _THREE_CAPITALS.search(line):
            out_lines.append(line.upper())
            continue
        line = _LATE_CAPITAL_WORD.sub(_restore_word, line)
        out_lines.append(_SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), line))
    return "\n".join(out_lines)


def _restore_word(match: re.Match[str]) -> str:
    """"HộI" → "HỘI": a word with a capital after its first letter and no ASCII small letter."""
    word = match.group()
    if _ASCII_LOWER.search(word) or not any(ch in _VN_LOWER_ONLY for ch in word):
        return word
    return word.upper()


def decode_tcvn3(data: bytes) -> str:
    """Decode TCVN3 (ABC) bytes to NFC text (bytes outside the chart decode as cp1252)."""
    text, _ = codecs.charmap_decode(data, "replace", _TCVN3_TRANSLATION)
    return unicodedata.normalize("NFC", _restore_capitals(text))


def encode_tcvn3(text: str) -> bytes:
    """Encode text the way an ABC user's file stores it (toned capitals as small letters)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out.append(ord(ch))
        elif ch in _TCVN3_ENCODE:
            out.append(_TCVN3_ENCODE[ch])
        elif ch.lower() in _TCVN3_ENCODE:
            out.append(_TCVN3_ENCODE[ch.lower()])
        else:
            out.extend(ch.encode("cp1252", errors="replace"))
    return bytes(out)


# --- VNI ----------------------------------------------------------------------------------------

_TONES = {"\u0301": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4}  # sắc huyền hỏi ngã nặng
# Mark bytes (lower-case font, upper-case font): tone alone; circumflex + tone; breve + tone.
_VNI_TONE = ("ùøûõï", "ÙØÛÕÏ")
_VNI_CIRCUMFLEX = ("â", "Â")
_VNI_CIRCUMFLEX_TONE = ("áàåãä", "ÁÀÅÃÄ")
_VNI_BREVE = ("ê", "Ê")
_VNI_BREVE_TONE = ("éèúüë", "ÉÈÚÜË")
# Single-byte letters: ơ ư đ, and i/y with a tone.
_VNI_SINGLE = {"ơ": "ô", "ư": "ö", "đ": "ñ", "Ơ": "Ô", "Ư": "Ö", "Đ": "Ñ"}
_VNI_I_TONE = ("íìæóò", "ÍÌÆÓÒ")
_VNI_Y_DOT = ("î", "Î")  # ỵ Ỵ


def _vni_encode_letter(ch: str) -> str | None:
    """The VNI spelling (as cp1252 characters) of one Vietnamese letter, or None if not one."""
    if ch in _VNI_SINGLE:
        return _VNI_SINGLE[ch]
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    if not base.isascii() or not marks:
        return None
    upper = 1 if base.isupper() else 0
    tone = next((_TONES[m] for m in marks if m in _TONES), None)
    quality = "".join(m for m in marks if m not in _TONES)
    if quality == "\u031b":  # horn: ơ ư, then the tone
        head = _VNI_SINGLE[
            "Ơ" if base in "Oo" and upper else "ơ" if base in "Oo" else "Ư" if upper else "ư"
        ]
        return head + ("" if tone is None else _VNI_TONE[upper][tone])
    if quality == "\u0302":
        return base + (
            _VNI_CIRCUMFLEX[upper] if tone is None else _VNI_CIRCUMFLEX_TONE[upper][tone]
        )
    if quality == "\u0306":
        return base + (_VNI_BREVE[upper] if tone is None else _VNI_BREVE_TONE[upper][tone])
    if quality or tone is None:
        return None
    if base in "Ii":
        return _VNI_I_TONE[upper][tone]
    if base in "Yy" and tone == 4:
        return _VNI_Y_DOT[upper]
    return base + _VNI_TONE[upper][tone]


def _vietnamese_letters() -> list[str]:
    letters = []
    for base in "aăâeêioôơuưy":
        for tone in ("", *_TONES):
            letters.append(unicodedata.normalize("NFC", base + tone))
    letters.append("đ")
    return letters + [ch.upper() for ch in letters]


VIETNAMESE_LETTERS: tuple[str, ...] = tuple(_vietnamese_letters())
_VNI_ENCODE: dict[str, str] = {}
for _letter in VIETNAMESE_LETTERS:
    _spelling = _vni_encode_letter(_letter)
    if _spelling is not None and _spelling != _letter:
        _VNI_ENCODE[_letter] = _spelling
# Decoding: a base letter followed by mark bytes of either font case (files mix them).
_VNI_DECODE: dict[str, str] = {}
for _letter, _spelling in _VNI_ENCODE.items():
    _VNI_DECODE[_spelling] = _letter
    if len(_spelling) > 1:
        head, tail = _spelling[0], _spelling[1:]
        _VNI_DECODE.setdefault(head + tail.swapcase(), _letter)
_VNI_PATTERN = re.compile(
    "|".join(re.escape(key) for key in sorted(_VNI_DECODE, key=len, reverse=True))
)


def decode_vni(data: bytes) -> str:
    """Decode VNI-Windows bytes to NFC text (unpaired mark bytes stay as cp1252 characters)."""
    text = data.decode("cp1252", errors="replace")
    return unicodedata.normalize("NFC", _VNI_PATTERN.sub(lambda m: _VNI_DECODE[m.group()], text))


def encode_vni(text: str) -> bytes:
    """Encode text as a VNI-Windows font user's file stores it."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        out.append(_VNI_ENCODE.get(ch, ch))
    return "".join(out).encode("cp1252", errors="replace")
