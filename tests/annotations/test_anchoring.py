"""Re-anchoring of passages after the text changes (issue 6)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.annotations._textmap import collapse
from desktop_app.annotations.anchoring import (
    AnchorStatus,
    Selector,
    find_occurrence,
    make_selector,
    reanchor,
    reanchor_all,
)

TEXT = (
    "Sáng 31/3, tại Hà Nội, Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ "
    "tháng 3 năm 2023. Các bộ trưởng báo cáo tình hình kinh tế - xã hội quý I. "
    "Theo Tổng cục Thống kê, tăng trưởng GDP quý I ước đạt 3,32%, thấp hơn cùng kỳ năm trước. "
    "Thủ tướng yêu cầu các bộ, ngành tháo gỡ khó khăn cho doanh nghiệp và người lao động."
)
PASSAGE = "tăng trưởng GDP quý I ước đạt 3,32%"


def selector_for(text: str, quote: str, occurrence: int = 1) -> Selector:
    start, end = find_occurrence(text, quote, occurrence)
    return make_selector(text, start, end)


def assert_placed(result, text: str, quote: str) -> None:
    assert result.status is not AnchorStatus.ORPHANED, result
    sel = result.selector
    assert text[sel.start : sel.end] == sel.quote
    assert collapse(sel.quote) == collapse(quote)


# -- make_selector / find_occurrence ------------------------------------------------------------


def test_make_selector_takes_quote_and_context_in_code_points():
    text = "😀𝔘 abc " + "x" * 40 + " quote 𠀋 here " + "y" * 40
    start, end = find_occurrence(text, "quote 𠀋 here")
    sel = make_selector(text, start, end, context=5)
    assert sel.quote == "quote 𠀋 here"
    assert (sel.start, sel.end) == (start, end) == (text.index("quote"), text.index("quote") + 12)
    assert sel.prefix == "xxxx " and sel.suffix == " yyyy"
    at_start = make_selector(text, 0, 2, context=5)
    assert at_start.quote == "😀𝔘" and at_start.prefix == "" and at_start.suffix == " abc "


@pytest.mark.parametrize("span", [(3, 3), (5, 2), (-1, 2), (0, 999)])
def test_make_selector_rejects_empty_or_out_of_range(span):
    with pytest.raises(ValueError, match="outside the text"):
        make_selector("abcdef", *span)


def test_find_occurrence_counts_from_one_and_explains_failure():
    assert find_occurrence("a-b-a-b-a", "a", 3) == (8, 9)
    assert find_occurrence("xx😀yy😀", "😀", 2) == (5, 6)
    with pytest.raises(ValueError, match="occurs 2 time"):
        find_occurrence("abab", "ab", 3)
    with pytest.raises(ValueError, match="empty"):
        find_occurrence("abab", "")


# -- position, insertions -----------------------------------------------------------------------


def test_unchanged_text_is_exact():
    sel = selector_for(TEXT, PASSAGE)
    result = reanchor(sel, TEXT)
    assert result.status is AnchorStatus.EXACT and result.confidence == 1.0
    assert result.selector == sel


@pytest.mark.parametrize("with_old_text", [False, True])
def test_insertion_before_the_passage(with_old_text):
    sel = selector_for(TEXT, PASSAGE)
    insert = "Tin mới 😀: Chính phủ họp. "
    new = insert + TEXT
    result = reanchor(sel, new, TEXT if with_old_text else None)
    assert_placed(result, new, PASSAGE)
    assert result.selector.start == sel.start + len(insert)
    assert result.selector.quote == PASSAGE
    # With the old text the diff maps the position, so the passage is known not to have moved.
    expected = AnchorStatus.EXACT if with_old_text else AnchorStatus.MOVED
    assert result.status is expected


@pytest.mark.parametrize("with_old_text", [False, True])
def test_insertion_after_the_passage_keeps_position(with_old_text):
    sel = selector_for(TEXT, PASSAGE)
    new = TEXT.replace("thấp hơn", "thấp hơn nhiều 𠀋 so với dự báo, và thấp hơn")
    result = reanchor(sel, new, TEXT if with_old_text else None)
    assert result.status is AnchorStatus.EXACT
    assert (result.selector.start, result.selector.end) == (sel.start, sel.end)
    assert result.selector.suffix != sel.suffix  # context is refreshed from the new text


@pytest.mark.parametrize("with_old_text", [False, True])
def test_insertion_inside_the_passage_is_fuzzy(with_old_text):
    sel = selector_for(TEXT, PASSAGE)
    new = TEXT.replace("quý I ước đạt", "quý I năm nay 𝔘 ước đạt")
    result = reanchor(sel, new, TEXT if with_old_text else None)
    assert result.status is AnchorStatus.FUZZY
    assert result.selector.quote == "tăng trưởng GDP quý I năm nay 𝔘 ước đạt 3,32%"
    assert 0.7 <= result.confidence < 1.0


def test_small_edit_at_passage_edges_is_fuzzy():
    sel = selector_for(TEXT, PASSAGE)
    new = TEXT.replace(PASSAGE, "Tăng trưởng GDP quý I ước đạt 3,3%")
    result = reanchor(sel, new)
    assert result.status is AnchorStatus.FUZZY
    assert result.selector.quote == "Tăng trưởng GDP quý I ước đạt 3,3%"


def test_passage_deleted_is_orphaned_with_old_selector():
    sel = selector_for(TEXT, PASSAGE)
    new = TEXT.replace(PASSAGE + ", thấp hơn cùng kỳ năm trước", "số liệu sẽ công bố sau")
    result = reanchor(sel, new, TEXT)
    assert result.status is AnchorStatus.ORPHANED
    assert result.selector == sel  # old quote and offsets kept for the user to re-attach
    assert result.confidence < 0.7


def test_whole_text_replaced_orphans_everything():
    sels = [selector_for(TEXT, q) for q in (PASSAGE, "Phạm Minh Chính", "người lao động")]
    other = "Một văn bản hoàn toàn khác về thời tiết miền Bắc hôm nay. " * 20
    results = reanchor_all(sels, other, TEXT)
    assert [r.status for r in results] == [AnchorStatus.ORPHANED] * 3


def test_passage_that_moved_to_another_paragraph():
    sel = selector_for(TEXT, "Các bộ trưởng báo cáo tình hình kinh tế - xã hội quý I.")
    sentences = TEXT.split(". ")
    new = ". ".join(reversed(sentences))
    result = reanchor(sel, new, TEXT)
    assert_placed(result, new, sel.quote)
    assert result.status in (AnchorStatus.MOVED, AnchorStatus.FUZZY)


# -- whitespace reformatting -------------------------------------------------------------------


def rewrap(text: str, width: int) -> str:
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


@pytest.mark.parametrize("width", [20, 33, 50])
def test_whole_text_rewrap_and_double_spaces_still_anchor(width):
    quotes = [PASSAGE, "Phạm Minh Chính", "tháo gỡ khó khăn cho doanh nghiệp"]
    sels = [selector_for(TEXT, q) for q in quotes]
    new = rewrap(TEXT, width).replace(", ", ",  ").replace(" - ", "\t-\u00a0 ")
    for with_old in (None, TEXT):
        for sel, result in zip(sels, reanchor_all(sels, new, with_old), strict=True):
            assert_placed(result, new, sel.quote)
            assert result.confidence >= 0.9


def test_collapsed_spaces_in_new_text():
    spaced = TEXT.replace(" ", "  ")
    sel = selector_for(spaced, "Phạm  Minh  Chính")
    result = reanchor(sel, TEXT, spaced)
    assert result.status is AnchorStatus.MOVED
    assert result.selector.quote == "Phạm Minh Chính"


# -- repeated quotes ----------------------------------------------------------------------------


def test_repeated_quote_is_disambiguated_by_context():
    text = (
        "Ông Nguyễn Văn A giữ chức Bộ trưởng Bộ Tài chính từ năm 2016. "
        "Bà Trần Thị B giữ chức Bộ trưởng Bộ Y tế từ năm 2021. "
        "Ông Lê Văn C giữ chức Bộ trưởng Bộ Công an từ năm 2016."
    )
    sel = selector_for(text, "giữ chức Bộ trưởng", 2)
    new = "Danh sách (cập nhật):\n" + text.replace("Bà Trần Thị B", "Bà Trần Thị B (😀)")
    result = reanchor(sel, new)  # no old text: the stored start is wrong, context must decide
    assert result.status is AnchorStatus.MOVED
    assert new[: result.selector.start].endswith("Bà Trần Thị B (😀) ")
    assert result.selector.suffix.startswith(" Bộ Y tế")


def test_repeated_quote_with_context_destroyed_is_not_guessed():
    text = "lời mở đầu. " + " ".join(f"đoạn {i} có chữ ký xác nhận ở đây." for i in range(6))
    sel = selector_for(text, "chữ ký", 3)
    scrambled = " ".join(f"khác {i} chữ ký khác {i}" for i in range(6))
    result = reanchor(sel, scrambled)
    assert result.status is AnchorStatus.ORPHANED


def test_identical_repeats_prefer_nearest_to_expected_position():
    unit = "Điều khoản chung áp dụng. "
    text = unit * 10
    sel = selector_for(text, "Điều khoản chung", 6)
    new = "Lời nói đầu. " + text
    result = reanchor(sel, new, text)
    assert result.status is AnchorStatus.EXACT
    assert result.selector.start == sel.start + len("Lời nói đầu. ")


# -- astral characters --------------------------------------------------------------------------


@pytest.mark.parametrize("astral", ["😀", "𝔘", "𠀋", "👩‍👩‍👧"])
def test_astral_characters_before_inside_and_after(astral):
    text = f"{astral} mở đầu. Câu có {astral} bên trong đoạn trích dẫn này. Kết thúc {astral}."
    quote = f"Câu có {astral} bên trong"
    sel = selector_for(text, quote)
    new = f"{astral}{astral} thêm {astral} " + text + f" {astral} nữa"
    result = reanchor(sel, new)
    assert_placed(result, new, quote)
    assert result.selector.start == sel.start + len(f"{astral}{astral} thêm {astral} ")
    edited = new.replace(f"có {astral} bên", f"có {astral}{astral} ở bên")
    fuzzy = reanchor(sel, edited, new)
    assert fuzzy.status is AnchorStatus.FUZZY
    assert fuzzy.selector.quote == f"Câu có {astral}{astral} ở bên trong"


def test_reanchor_all_matches_reanchor_one_by_one():
    quotes = [PASSAGE, "Phạm Minh Chính", "Tổng cục Thống kê", "người lao động"]
    sels = [selector_for(TEXT, q) for q in quotes]
    new = "Mở đầu. " + TEXT.replace("quý I ước", "quý 1 ước").replace("Tổng cục", "Cục")
    assert reanchor_all(sels, new, TEXT) == [reanchor(s, new, TEXT) for s in sels]


def test_unknown_position_from_import_still_anchors():
    # An imported W3C annotation may carry only a TextQuoteSelector: start/end are unknown (-1).
    sel = Selector(-1, -1, "Phạm Minh Chính", "Thủ tướng ", " chủ trì")
    result = reanchor(sel, TEXT)
    assert_placed(result, TEXT, "Phạm Minh Chính")
    assert result.status is AnchorStatus.MOVED


# -- property: edits far from the passage never orphan it ---------------------------------------

WORDS = st.sampled_from(
    ["và", "của", "Hà Nội", "😀", "𝔘", "𠀋", "năm", "2023", "\n", "  ", ",", "Chính phủ", "x"]
)
EDIT = st.tuples(
    st.sampled_from(["insert", "delete", "replace"]),
    st.floats(0, 1),
    st.lists(WORDS, min_size=0, max_size=6).map(" ".join),
    st.integers(1, 30),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([PASSAGE, "Phạm Minh Chính", "Các bộ trưởng báo cáo", "người lao động"]),
    st.lists(EDIT, min_size=1, max_size=6),
    st.booleans(),
)
def test_edits_far_from_the_passage_never_orphan_it(quote, edits, with_old_text):
    sel = selector_for(TEXT, quote)
    text, start = TEXT, sel.start
    guard = 40  # beyond the 32-character context either side
    for kind, where, words, length in edits:
        before = range(0, max(0, start - guard - length))
        after = range(start + len(quote) + guard, len(text) + 1)
        choices = [*before, *after]
        if not choices:
            continue
        pos = choices[int(where * (len(choices) - 1))]
        cut = 0 if kind == "insert" else min(length, len(text) - pos)
        if pos < start and pos + cut > start - guard:
            cut = 0
        piece = "" if kind == "delete" else words
        text = text[:pos] + piece + text[pos + cut :]
        if pos < start:
            start += len(piece) - cut
    result = reanchor(sel, text, TEXT if with_old_text else None)
    assert result.status is not AnchorStatus.ORPHANED
    assert result.selector.quote == quote
    assert result.selector.start == start


@settings(max_examples=300, deadline=None)
@given(
    st.integers(0, len(TEXT) - 1),
    st.integers(1, 60),
    st.lists(st.tuples(st.integers(0, len(TEXT)), st.integers(0, 15), WORDS), max_size=5),
    st.booleans(),
)
def test_any_edit_gives_a_consistent_answer(start, length, edits, with_old_text):
    """Edits anywhere, even across the passage: never a crash, never a selector that lies."""
    end = min(len(TEXT), start + length)
    sel = make_selector(TEXT, start, end)
    text = TEXT
    for pos, cut, piece in edits:
        pos = min(pos, len(text))
        text = text[:pos] + piece + text[pos + cut :]
    result = reanchor(sel, text, TEXT if with_old_text else None)
    assert 0.0 <= result.confidence <= 1.0
    if result.status is AnchorStatus.ORPHANED:
        assert result.selector == sel
    else:
        new = result.selector
        assert 0 <= new.start < new.end <= len(text)
        assert text[new.start : new.end] == new.quote
        assert text[: new.start].endswith(new.prefix) and text[new.end :].startswith(new.suffix)
    if text == TEXT:
        assert result.status is AnchorStatus.EXACT


@pytest.mark.parametrize("quote", ["Sáng 31/3", "người lao động.", TEXT])
def test_passages_at_the_edges_and_the_whole_text(quote):
    sel = selector_for(TEXT, quote)
    new = "😀 " + TEXT + " 😀"
    result = reanchor(sel, new)
    assert_placed(result, new, quote)
    assert result.selector.quote == quote


def test_whitespace_only_or_empty_quote_is_orphaned_not_guessed():
    sel = make_selector("a  b", 1, 3)
    assert reanchor(sel, "xa  b").status is AnchorStatus.ORPHANED
    assert reanchor(Selector(0, 0, "", "", ""), "abc").status is AnchorStatus.ORPHANED
