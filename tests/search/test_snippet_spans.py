"""Match spans are found in the hit's own text: whole tokens, any case, any tone placement."""

from __future__ import annotations

from desktop_app.search.snippets import find_spans, surface_forms, text_matches

TEXT = "Tỉnh Uỷ Nghệ An, tỉnh ủy A03 và HÒA BÌNH; thuở ấy TP.HCM 39-CT/TW, tỉnh tỉnh uỷ."


def _found(*slots: set[str]) -> list[str]:
    return [TEXT[s:e] for s, e, _ in find_spans(TEXT, [tuple(frozenset(k) for k in slots)])]


def test_surface_forms_cover_both_tone_placements() -> None:
    assert set(surface_forms("hoà")) == {"hoà", "hòa"}
    assert set(surface_forms("uỷ")) == {"uỷ", "ủy"}
    assert surface_forms("an") == ("an",)


def test_phrases_match_whole_tokens_in_any_spelling() -> None:
    assert _found({"tỉnh"}, {"uỷ"}) == ["Tỉnh Uỷ", "tỉnh ủy", "tỉnh uỷ"]
    assert _found({"hoà"}, {"bình"}) == ["HÒA BÌNH"]
    assert _found({"39"}, {"ct"}, {"tw"}) == ["39-CT/TW"]
    assert _found({"a"}, {"03"}) == ["A03"]
    assert _found({"an"}) == ["An"]  # not inside "thanh" or "ấy"
    assert _found({"ấy", "ay"}) == ["ấy"]
    assert _found({"0"}) == []  # digits match whole numbers only


def test_overlapping_occurrences_are_merged() -> None:
    text = "tỉnh tỉnh tỉnh"
    assert find_spans(text, [(frozenset({"tỉnh"}), frozenset({"tỉnh"}))]) == [(0, 14, 0)]
    assert text_matches(text, [(frozenset({"tỉnh"}),)])
    assert not text_matches(text, [(frozenset({"huyện"}),)])
