"""textpos must agree with Python's own UTF-16 encoding at every offset."""

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.ui.textpos import TextPositions, utf16_len

_chars = st.sampled_from(["a", "ệ", "đ", "\n", "😀", "𝄞", "中", "𠀀"])
_texts = st.lists(_chars, max_size=40).map("".join)


def _u16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(_texts)
def test_round_trip_matches_utf16_encoding(text):
    pos = TextPositions(text)
    assert pos.u16_length == _u16(text) == utf16_len(text)
    for cp in range(len(text) + 1):
        u = pos.to_utf16(cp)
        assert u == _u16(text[:cp])
        assert pos.to_cp(u) == cp


@given(_texts)
def test_index_inside_surrogate_pair_rounds_to_character_start(text):
    pos = TextPositions(text)
    for cp, ch in enumerate(text):
        if ord(ch) > 0xFFFF:
            u = pos.to_utf16(cp)
            assert pos.to_cp(u + 1) == cp
            assert pos.span_to_cp(u, u + 1) == (cp, cp + 1)


def test_identity_for_bmp_text():
    text = "Nguyễn Văn A, Thủ tướng Chính phủ" * 1000
    pos = TextPositions(text)
    assert pos.identity
    assert pos.spans_to_utf16([(3, 9)]) == [(3, 9)]


def test_spans_after_astral_characters_shift():
    pos = TextPositions("😀😀 Hà Nội")
    assert pos.spans_to_utf16([(3, 5)]) == [(5, 7)]
