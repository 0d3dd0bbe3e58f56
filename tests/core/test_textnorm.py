"""Normalisation: reading text keeps spelling; keys unify tone placement and accents."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.textnorm import fold_accents, has_diacritics, normalize_text, search_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("hoà", "hòa"), ("uỷ", "ủy"), ("thuỷ", "thủy"), ("quỳ", "qùy"), ("Tỉnh Uỷ", "tỉnh ủy"),
        ("khoẻ", "khỏe"), ("chuyển hoá", "chuyển hóa"), ("Hoàng", "hòang"), ("xoá", "xóa"),
    ],
)
def test_tone_placement_variants_share_a_key(a: str, b: str) -> None:
    assert search_key(a) == search_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("đá", "đã"), ("ma", "má"), ("mả", "mã"), ("tỉnh", "tình"), ("hòa", "hoa"), ("dân", "đân")],
)
def test_different_words_keep_different_keys(a: str, b: str) -> None:
    assert search_key(a) != search_key(b)


def test_keys_keep_words_that_need_no_change() -> None:
    assert search_key("người Việt giữ gìn") == "người việt giữ gìn"
    assert search_key("Chỉ thị số 39-CT/TW") == "chỉ thị số 39-ct/tw"


def test_fold_accents() -> None:
    assert fold_accents("Đà Nẵng") == "da nang"
    assert fold_accents("Tỉnh ủy Bình Thuận") == "tinh uy binh thuan"
    assert fold_accents("ƯƠNG ĂN Ấy") == "uong an ay"
    assert not has_diacritics("tinh uy") and has_diacritics("tỉnh")


def test_normalize_text_is_nfc_and_tidy() -> None:
    decomposed = unicodedata.normalize("NFD", "Tỉnh ủy")
    text = normalize_text(f"  {decomposed}\u200b  và\u00a0Hà Nội \r\n\r\n\r\n\r\nDòng\x07 hai\t ")
    assert text == "Tỉnh ủy và Hà Nội\n\nDòng hai"
    assert unicodedata.is_normalized("NFC", text)


def test_normalize_text_keeps_emoji_and_astral() -> None:
    assert normalize_text("😀 𝔘 𠀋 hoà") == "😀 𝔘 𠀋 hoà"


vietnamese = st.text(
    alphabet=st.sampled_from(list("aăâeêioôơuưyđbcdghklmnpqrstvx AĂÂÊÔƠƯĐ")
                             + ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "😀", "𝔘", "."]),
    max_size=40,
)


@given(vietnamese)
def test_keys_preserve_length_of_nfc_text(raw: str) -> None:
    text = unicodedata.normalize("NFC", raw)
    assert len(search_key(text)) == len(text)
    assert len(fold_accents(text)) == len(text)


@given(vietnamese)
def test_search_key_is_idempotent(raw: str) -> None:
    key = search_key(raw)
    assert search_key(key) == key
