"""The Vietnamese tokenizer: every syllable kept, dots split, symbols whole and by parts."""

from __future__ import annotations

from desktop_app.search.analysis import index_terms, tokenize


def keys(text: str) -> list[str]:
    return [t.key for t in tokenize(text).tokens]


def test_keeps_every_syllable_and_folds_case_and_tone_placement():
    assert keys("Nghệ An ở ý to Tỉnh Uỷ hoà") == ["nghệ", "an", "ở", "ý", "to", "tỉnh", "uỷ", "hoà"]
    assert keys("Tỉnh ủy") == keys("tỉnh uỷ")


def test_dot_without_space_splits_sentences_but_not_symbols():
    analysis = tokenize("Hà Nội.Ông TP.HCM")
    assert [t.key for t in analysis.tokens] == ["hà", "nội", "ông", "tp", "hcm"]
    assert analysis.wholes == ("tp.hcm",)
    assert "nội_ông" not in analysis.bigrams()
    assert "tp_hcm" in analysis.bigrams()


def test_symbols_whole_and_parts():
    analysis = tokenize("Chỉ thị 39-CT/TW, 58-QĐ/TW, 01-HD/BTCTW và Cục A03")
    assert set(analysis.wholes) == {"39-ct/tw", "58-qđ/tw", "01-hd/btctw", "a03"}
    assert {"39_ct", "ct_tw", "qđ_tw", "hd_btctw", "a_03"} <= set(analysis.bigrams())


def test_offsets_are_code_points_into_the_text():
    text = "😀 Đà Nẵng, “tự chuyển hóa”"
    for token in tokenize(text).tokens:
        assert text[token.start : token.end].lower() in {"đà", "nẵng", "tự", "chuyển", "hóa"}


def test_punctuation_breaks_bigrams():
    bigrams = tokenize("kiên quyết, kiên trì - đấu tranh").bigrams()
    assert bigrams == ["kiên_quyết", "kiên_trì", "đấu_tranh"]


def test_index_terms_agree_with_tokenize():
    text = "Hà Nội.Ông 39-CT/TW, A03 😀 x-y a - b TP.HCM toasoan@toquoc.gov.vn"
    analysis = tokenize(text)
    assert index_terms(text) == (analysis.unigrams(), analysis.bigrams())
