"""Turning the bytes of a text file into text without asking the user which encoding it is.

Order of the checks, each cheap and decisive before the next:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. UTF-16 without a mark, recognised by NUL bytes in every other position;
3. binary data (NUL bytes or many control characters) is refused;
4. strict UTF-8;
5. otherwise the legacy Vietnamese encodings (Windows-1258, TCVN3, VNI) are all tried and the
   one whose result reads most like Vietnamese syllables wins (``vietnamese_score``); a file
   with no Vietnamese in any of them is read as Windows-1252 when that gives only letters and
   ordinary punctuation, else as charset-normalizer guesses;
6. a file that is mostly UTF-8 with a few lines in another encoding (pasted together) is
   decoded line by line; a file with a few corrupt bytes gets U+FFFD for them, and says so;
7. valid UTF-8 that spells legacy-font glyphs ("Céng hßa x· héi", text copied from a .VnTime
   document) is re-read through the TCVN3/VNI table when that makes it Vietnamese.

The result is NFC (Windows-1258 stores tone marks as separate combining characters).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.importing.errors import UnreadableFileError
from desktop_app.importing.legacy_vn import decode_tcvn3, decode_vni
from desktop_app.importing.vietnamese_score import score_vietnamese

__all__ = ["Decoded", "decode_bytes", "looks_binary"]

_SNIFF_BYTES = 64 * 1024
# Below this syllable share no legacy decoding is believed to be Vietnamese.
_MIN_VIETNAMESE = 0.6
# At most this share of bytes may be replaced by U+FFFD in a "mostly UTF-8" file.
_MAX_REPLACED_SHARE = 0.001
_CONTROL_BYTES = (
    frozenset(range(0x00, 0x09))
    | {0x0B}
    | frozenset(range(0x0E, 0x1B))
    | {0x1C, 0x1D, 0x1E, 0x1F, 0x7F}
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded NFC text and the name of the encoding it was read with."""

    text: str
    encoding: str


def _cp1258(data: bytes) -> str:
    return data.decode("cp1258")


_LEGACY: dict[str, Callable[[bytes], str]] = {
    "windows-1258": _cp1258,
    "tcvn3": decode_tcvn3,
    "vni": decode_vni,
}


def looks_binary(head: bytes) -> bool:
    """True when ``head`` (the first bytes of a file that is not UTF-16) cannot be text."""
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b in _CONTROL_BYTES)
    return controls / len(head) > 0.01


def _utf16_without_bom(head: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the NUL pattern of ``head`` shows UTF-16 text."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even_nul = sum(1 for i in range(0, pairs * 2, 2) if head[i] == 0)
    odd_nul = sum(1 for i in range(1, pairs * 2, 2) if head[i] == 0)
    if odd_nul / pairs > 0.3 and even_nul / pairs < 0.02:
        return "utf-16-le"
    if even_nul / pairs > 0.3 and odd_nul / pairs < 0.02:
        return "utf-16-be"
    return None


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _decode_wide(data: bytes, encoding: str, skip: int) -> Decoded:
    try:
        text = data[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(
            f"broken {encoding.upper()} text (invalid data at byte {exc.start + skip})"
        ) from exc
    return Decoded(_nfc(text), encoding)


_NON_ASCII_LINE = re.compile(rb"[^\n]*[\x80-\xff][^\n]*")


def _non_ascii_sample(data: bytes, limit: int = _SNIFF_BYTES) -> bytes:
    """Up to ``limit`` bytes of the lines that have non-ASCII bytes, wherever they are.

    The head of a file is not enough: a long English preamble would hide the Vietnamese.
    """
    if len(data) <= limit:
        return data
    lines: list[bytes] = []
    size = 0
    for match in _NON_ASCII_LINE.finditer(data):
        lines.append(match.group())
        size += len(lines[-1]) + 1
        if size >= limit:
            break
    return b"\n".join(lines)[:limit] if lines else data[:limit]


def _best_legacy(data: bytes) -> tuple[str, str, float] | None:
    """(encoding, text, score) of the legacy decoding that reads most like Vietnamese."""
    best: tuple[str, str, float] | None = None
    sample = _non_ascii_sample(data)
    for name, decode in _LEGACY.items():
        try:
            decoded = _nfc(decode(sample))
        except UnicodeDecodeError:
            continue
        score = score_vietnamese(decoded)
        if score.counted and (best is None or score.value > best[2]):
            best = (name, decoded, score.value)
    return best


def _decode_whole_legacy(data: bytes, name: str) -> str:
    return _nfc(_LEGACY[name](data))


def _fallback_guess(data: bytes) -> Decoded:
    """Not Vietnamese in any legacy encoding: let charset-normalizer name the encoding."""
    from charset_normalizer import from_bytes

    # Western European text is by far the most common single-byte file besides Vietnamese, and
    # guessers confuse the code pages on short texts (cp1250 turns "à" into "ŕ"). Windows-1252
    # wins when it reads every non-ASCII byte as a letter or ordinary punctuation.
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and all(
        ch.isalpha() or ch in _WESTERN_PUNCTUATION for ch in western if not ch.isascii()
    ):
        return Decoded(_nfc(western), "windows-1252")

    match = from_bytes(_non_ascii_sample(data, 4 * _SNIFF_BYTES)).best()
    if match is None:
        raise UnreadableFileError(
            "unknown text encoding: the file is not valid UTF-8 and no other encoding fits it"
        )
    try:
        text = data.decode(match.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UnreadableFileError(
            f"unknown text encoding (best guess {match.encoding} does not decode the whole file)"
        ) from exc
    return Decoded(_nfc(text), codecs.lookup(match.encoding).name)


_WESTERN_PUNCTUATION = frozenset("“”‘’–—…«»°€£§©®·•\u00a0½¼¾±×÷¿¡")
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _bytes(n: int) -> str:
    return "1 byte" if n == 1 else f"{n} bytes"


def _replaced(data: bytes) -> tuple[str, int]:
    text = data.decode("utf-8", errors="replace")
    return text, text.count("\ufffd") - data.count("\ufffd".encode())


def _decode_mixed(data: bytes) -> Decoded | None:
    """Mostly UTF-8 with some lines in a legacy encoding: decode each line on its own."""
    lines = data.split(b"\n")
    bad: list[int] = []
    good_non_ascii = 0
    for i, line in enumerate(lines):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(i)
        else:
            good_non_ascii += not line.isascii()
    if not good_non_ascii or not bad:
        return None
    best = _best_legacy(b"\n".join(lines[i] for i in bad))
    if best is None or best[2] < _MIN_VIETNAMESE:
        return None
    name = best[0]
    bad_set = set(bad)
    text = "\n".join(
        _decode_whole_legacy(line, name) if i in bad_set else line.decode("utf-8")
        for i, line in enumerate(lines)
    )
    lines_in = "1 line" if len(bad) == 1 else f"{len(bad)} lines"
    return Decoded(_nfc(text), f"utf-8 + {name} (mixed: {lines_in} in {name})")


# Characters a single-byte legacy font's text can show: Latin-1 plus the Windows-1252 extras.
_BEYOND_LEGACY_GLYPHS = re.compile(
    "[^\x00-\xff" + re.escape(bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")) + "]"
)


def _as_single_bytes(text: str) -> bytes | None:
    """The Windows-1252/Latin-1 bytes a legacy-font text was shown as, or None if it has others."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x100:
            out.append(code)
            continue
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(out)


def _legacy_glyphs_saved_as_unicode(text: str) -> Decoded | None:
    """Valid UTF-8 that spells TCVN3/VNI glyphs ("Céng hßa"): text copied out of a document
    set in a .VnTime/VNI font and saved as Unicode. Re-read its bytes in the legacy table when
    that turns gibberish into Vietnamese syllables."""
    sample = text[: 4 * _SNIFF_BYTES]
    if _BEYOND_LEGACY_GLYPHS.search(sample):
        return None  # real Unicode letters (ệ, ư, đ...): not glyphs of a single-byte font
    current = score_vietnamese(sample)
    if current.counted < 5 or current.ratio >= 0.5:
        return None
    raw = _as_single_bytes(sample)
    if raw is None:
        return None
    best = _best_legacy(raw)
    if best is None or best[2] < 0.8 or best[0] == "windows-1258":
        return None
    whole = _as_single_bytes(text)
    if whole is None:
        return None
    return Decoded(_decode_whole_legacy(whole, best[0]),
                   f"{best[0]} (legacy font text saved as UTF-8)")


def decode_bytes(data: bytes) -> Decoded:
    """Decode a text file's bytes (see module doc); raise ``UnreadableFileError`` if not text."""
    if not data:
        raise UnreadableFileError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(_nfc(data[3:].decode("utf-8")), "utf-8-sig")
        except UnicodeDecodeError:
            text, count = _replaced(data[3:])
            if count <= max(3, len(data) * _MAX_REPLACED_SHARE):
                return Decoded(_nfc(text), f"utf-8-sig ({_bytes(count)} replaced)")
            raise UnreadableFileError("broken UTF-8 text despite its UTF-8 mark") from None
    # UTF-32 first: its little-endian mark begins with the UTF-16 one.
    if data.startswith(codecs.BOM_UTF32_LE):
        return _decode_wide(data, "utf-32-le", 4)
    if data.startswith(codecs.BOM_UTF32_BE):
        return _decode_wide(data, "utf-32-be", 4)
    if data.startswith(codecs.BOM_UTF16_LE):
        return _decode_wide(data, "utf-16-le", 2)
    if data.startswith(codecs.BOM_UTF16_BE):
        return _decode_wide(data, "utf-16-be", 2)
    head = data[:_SNIFF_BYTES]
    utf16 = _utf16_without_bom(head)
    if utf16 is not None:
        return _decode_wide(data, utf16, 0)
    if looks_binary(head):
        raise UnreadableFileError("binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _legacy_glyphs_saved_as_unicode(text) or Decoded(_nfc(text), "utf-8")
    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed
    best = _best_legacy(data)
    if best is not None and best[2] >= _MIN_VIETNAMESE:
        return Decoded(_decode_whole_legacy(data, best[0]), best[0])
    text, replaced = _replaced(data)
    # Corrupt UTF-8 has many good multi-byte sequences around a few bad bytes; a Western
    # single-byte file ("café" in Windows-1252) has none and is left to the guesser.
    if (replaced <= max(3, len(data) * _MAX_REPLACED_SHARE)
            and len(_UTF8_MULTIBYTE.findall(data, 0, 4 * _SNIFF_BYTES)) >= 10 * replaced):
        return Decoded(_nfc(text), f"utf-8 ({_bytes(replaced)} replaced)")
    return _fallback_guess(data)
