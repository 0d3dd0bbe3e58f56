"""Encoding detection: generated files in every supported encoding import to the same text."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.importing import UnreadableFileError, read_document
from desktop_app.importing.decoding import Decoded, decode_bytes
from desktop_app.importing.legacy_vn import (
    VIETNAMESE_LETTERS,
    decode_tcvn3,
    decode_vni,
    encode_tcvn3,
    encode_vni,
)

# Every tone on every vowel, đ/ư/ơ/ă/â/ê/ô, in lower and upper case, in real sentences.
SAMPLE = (
    "Cộng hòa xã hội chủ nghĩa Việt Nam\n"
    "Độc lập - Tự do - Hạnh phúc\n\n"
    "Sáng 24/10, tại Hà Nội, Đảng ủy Khối đã tổ chức hội nghị sơ kết. Ông Nguyễn Văn Đức, "
    "Phó Bí thư Thường trực, phát biểu: “Chúng ta phải nắm vững tình hình, giữ gìn kỷ cương, "
    "bảo đảm an toàn thông tin; những người lợi dụng mạng xã hội để xuyên tạc sẽ bị xử lý.”\n"
    "Thửa ruộng ở ven sông Hồng được tưới nước; mưa rơi trên lá, gió thổi qua rặng tre.\n"
    "Ấn Độ và Ưu tiên là hai từ viết hoa. Quỳnh, Thủy, Khuê, Nguyệt đều có mặt.\n"
    "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\n"
)
ALL_LETTERS_LOWER = " ".join(ch for ch in VIETNAMESE_LETTERS if ch.islower())
ALL_LETTERS_UPPER = " ".join(ch for ch in VIETNAMESE_LETTERS if ch.isupper())


def encode_cp1258_decomposed(text: str) -> bytes:
    """Encode as Word does in Windows-1258: base letter (with ă/â/ơ...) + combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out += (base + tones).encode("cp1258")
    return bytes(out)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("encoder", "expected_encoding"),
    [
        (lambda t: t.encode("utf-8"), "utf-8"),
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
        (lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16-le"),
        (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16-be"),
        (lambda t: t.encode("utf-16-le"), "utf-16-le"),
        (lambda t: t.encode("utf-16-be"), "utf-16-be"),
        (lambda t: codecs.BOM_UTF32_LE + t.encode("utf-32-le"), "utf-32-le"),
        (lambda t: codecs.BOM_UTF32_BE + t.encode("utf-32-be"), "utf-32-be"),
        (encode_cp1258_decomposed, "windows-1258"),
        (encode_vni, "vni"),
        # ABC has no toned capitals; they come back here because they open a sentence or sit
        # in an all-capitals line (see the TCVN3 tests below for the one case that cannot).
        (encode_tcvn3, "tcvn3"),
    ],
)
def test_every_encoding_imports_to_the_same_nfc_text(tmp_path, encoder, expected_encoding):
    text = SAMPLE + ALL_LETTERS_LOWER + "\n" + ALL_LETTERS_UPPER + "\n"
    path = _write(tmp_path, "doc.txt", encoder(text))
    imported = read_document(path)
    assert imported.encoding == expected_encoding
    assert imported.raw_text.strip("\n") == unicodedata.normalize("NFC", text).strip("\n")


def test_tcvn3_toned_capital_inside_a_sentence_is_the_one_known_loss(tmp_path):
    # ABC stores "Ủy" as "ủy"; mid-sentence nothing tells it was a capital. Documented limit.
    text = "Dự hội nghị có Ủy viên Ban Thường vụ và ÔNG NGUYỄN VĂN ĐỨC.\n"
    path = _write(tmp_path, "abc.txt", encode_tcvn3(text))
    imported = read_document(path)
    assert imported.encoding == "tcvn3"
    assert imported.raw_text == text.replace("Ủy viên", "ủy viên")


def test_cp1258_output_is_nfc_not_decomposed(tmp_path):
    path = _write(tmp_path, "w.txt", encode_cp1258_decomposed("Việt Nam mến yêu, hội nghị"))
    imported = read_document(path)
    assert imported.raw_text == "Việt Nam mến yêu, hội nghị"
    assert unicodedata.is_normalized("NFC", imported.clean_text)


def test_vni_round_trip_covers_every_vietnamese_letter():
    letters = "".join(VIETNAMESE_LETTERS)
    assert len(letters) == 146  # 12 vowels x 6 tones + đ, both cases
    assert decode_vni(encode_vni(letters)) == letters
    # Each letter on its own, so a table entry cannot hide behind a neighbour.
    for letter in VIETNAMESE_LETTERS:
        assert decode_vni(encode_vni(letter)) == letter


def test_tcvn3_round_trip_covers_every_vietnamese_letter():
    lower = [ch for ch in VIETNAMESE_LETTERS if ch.islower()]
    for letter in lower + ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]:
        # Inside a word: a small letter opening a line is taken for a capital (see next test).
        assert decode_tcvn3(encode_tcvn3(f"x{letter}")) == f"x{letter}"
    assert decode_tcvn3(encode_tcvn3("ấn định. ủy ban")) == "Ấn định. Ủy ban"
    # Toned capitals are stored as small letters; inside an all-capitals word they come back.
    for letter in (ch for ch in VIETNAMESE_LETTERS if ch.isupper()):
        word = f"X{letter}N"
        assert decode_tcvn3(encode_tcvn3(word)) == word


def test_tcvn3_bytes_match_the_published_chart():
    assert encode_tcvn3("á ă đ ư ệ ỵ Đ") == bytes([0xB8, 0x20, 0xA8, 0x20, 0xAE, 0x20, 0xAD, 0x20,
                                                  0xD6, 0x20, 0xFE, 0x20, 0xA7])
    assert encode_vni("Việt ấ Ơ ừ ỵ đ") == "Vieät aá Ô öø î ñ".encode("cp1252")


def test_mixed_utf8_and_cp1258_lines_are_decoded_line_by_line(tmp_path):
    utf8_part = "Dòng này được lưu bằng UTF-8 đúng chuẩn.\n".encode()
    legacy_part = encode_cp1258_decomposed("Dòng này lại dán từ tệp Windows cũ, có dấu tiếng Việt.\n")
    path = _write(tmp_path, "mixed.txt", utf8_part + legacy_part + utf8_part)
    imported = read_document(path)
    assert imported.encoding is not None and "mixed" in imported.encoding
    assert imported.raw_text.splitlines() == [
        "Dòng này được lưu bằng UTF-8 đúng chuẩn.",
        "Dòng này lại dán từ tệp Windows cũ, có dấu tiếng Việt.",
        "Dòng này được lưu bằng UTF-8 đúng chuẩn.",
    ]


def test_a_few_corrupt_bytes_are_replaced_and_reported():
    body = ("Văn bản tiếng Việt có dấu, đủ dài để vài byte hỏng là rất nhỏ. " * 200).encode()
    data = body[:5000] + b"\xff\xfe\xff" + body[5000:]
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8 (3 bytes replaced)"
    assert decoded.text.count("\ufffd") == 3


def test_undecodable_high_bytes_are_refused_not_silently_replaced():
    with pytest.raises(UnreadableFileError, match="unknown text encoding"):
        decode_bytes(bytes(range(0x80, 0x100)) * 50)


def test_ascii_only_file_is_utf8(tmp_path):
    imported = read_document(_write(tmp_path, "a.TXT", b"Plain ASCII text.\r\nSecond line.\r\n"))
    assert imported.encoding == "utf-8"
    assert imported.clean_text == "Plain ASCII text.\nSecond line."


SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_every_seed_survives_every_legacy_encoding(seed):
    text = unicodedata.normalize("NFC", (SEEDS / seed).read_text(encoding="utf-8"))
    for encoder, name in ((encode_cp1258_decomposed, "windows-1258"), (encode_vni, "vni"),
                          (lambda t: t.encode("utf-16-le"), "utf-16-le")):
        decoded = decode_bytes(encoder(text))
        assert (decoded.encoding, decoded.text) == (name, text)
    decoded = decode_bytes(encode_tcvn3(text))
    assert decoded.encoding == "tcvn3"
    # ABC cannot store a toned capital inside running text ("có Ủy viên"): only case may differ.
    assert decoded.text.lower() == text.lower()


@pytest.mark.parametrize(("encoder", "name"), [(encode_tcvn3, "tcvn3"), (encode_vni, "vni")])
def test_legacy_font_glyphs_saved_as_utf8_are_reread(encoder, name):
    text = "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập, tự do, hạnh phúc cho mọi người dân."
    glyphs = encoder(text).decode("cp1252")  # what the screen showed: "Céng hßa x· héi ..."
    decoded = decode_bytes(glyphs.encode("utf-8"))
    assert decoded.text == text
    assert decoded.encoding == f"{name} (legacy font text saved as UTF-8)"


def test_other_languages_in_utf8_are_left_alone():
    text = "Le café est très bon, déjà vu à Paris. Voilà, ça marche très bien. Größe, Ærø, ñandú."
    assert decode_bytes(text.encode("utf-8")) == Decoded(text, "utf-8")


def test_broken_utf16_is_a_clear_error():
    data = codecs.BOM_UTF16_LE + "Việt Nam".encode("utf-16-le") + b"\x00\xd8"  # lone surrogate
    with pytest.raises(UnreadableFileError, match="broken UTF-16-LE text"):
        decode_bytes(data)


_VIETNAMESE_TEXT = st.text(
    alphabet=st.sampled_from(list(VIETNAMESE_LETTERS) + list("bcdghklmnpqrstvx .,;\n")),
    max_size=200,
)


@given(_VIETNAMESE_TEXT)
def test_vni_round_trip_of_any_vietnamese_text(text):
    assert decode_vni(encode_vni(text)) == text


@given(_VIETNAMESE_TEXT.map(str.lower))
def test_tcvn3_round_trip_of_any_lower_case_text(text):
    decoded = decode_tcvn3(encode_tcvn3(text))
    # Only capitalisation may be restored (sentence starts); the letters are the same.
    assert decoded.lower() == text


@pytest.mark.parametrize(("encoder", "name"), [(encode_cp1258_decomposed, "windows-1258"),
                                               (encode_tcvn3, "tcvn3"), (encode_vni, "vni")])
def test_legacy_text_after_a_long_ascii_preamble_is_found(encoder, name):
    preamble = "Plain ASCII header line, repeated to push the Vietnamese far down.\n" * 3000
    text = preamble + "Hội nghị tổng kết công tác năm, đồng chí Bí thư phát biểu chỉ đạo.\n"
    decoded = decode_bytes(encoder(text))
    assert (decoded.encoding, decoded.text) == (name, text)


@pytest.mark.parametrize(("encoder", "name"), [(encode_tcvn3, "tcvn3"), (encode_vni, "vni")])
def test_mixed_utf8_and_font_encoded_lines(encoder, name):
    utf8_line = "Dòng này được lưu bằng UTF-8 đúng chuẩn.\n".encode()
    legacy_line = encoder("Dòng này lại dán từ tài liệu cũ, có dấu tiếng Việt.\n")
    decoded = decode_bytes(utf8_line + legacy_line)
    assert decoded.encoding.startswith(f"utf-8 + {name} (mixed")
    assert decoded.text.splitlines()[1] == "Dòng này lại dán từ tài liệu cũ, có dấu tiếng Việt."


def test_western_single_byte_text_is_not_mangled_into_replacement_characters():
    text = "Le café de la gare ouvre à sept heures. " * 40
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded == Decoded(text, "windows-1252")


def test_one_corrupt_byte_is_reported_in_the_singular():
    body = ("Văn bản tiếng Việt có dấu, đủ dài. " * 100).encode()
    decoded = decode_bytes(body[:300] + b"\xff" + body[300:])
    assert decoded.encoding == "utf-8 (1 byte replaced)"
