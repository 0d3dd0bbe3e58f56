"""The extractive summariser: Vietnamese sentence splitting and sentence choice."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.export.summary import STOP_SYLLABLES, content_syllables, split_sentences, summarise
from desktop_app.textnorm import search_key


def texts(sample: str) -> list[str]:
    return [s.text for s in split_sentences(sample)]


def test_tokens_with_full_stops_do_not_end_sentences() -> None:
    sample = ("Ông Nguyễn V. An, Chủ tịch UBND TP.HCM, ký Chỉ thị 39-CT/TW. Kinh phí 1.234 tỷ "
              "đồng, tăng 2,5% so với 31.3.2023! PGS. TS. Lê Văn Bình phát biểu. Tại TP. Hồ Chí "
              "Minh thì sao? Còn Hà Nội… Đúng vậy.")
    assert texts(sample) == [
        "Ông Nguyễn V. An, Chủ tịch UBND TP.HCM, ký Chỉ thị 39-CT/TW.",
        "Kinh phí 1.234 tỷ đồng, tăng 2,5% so với 31.3.2023!",
        "PGS. TS. Lê Văn Bình phát biểu.",
        "Tại TP. Hồ Chí Minh thì sao?",
        "Còn Hà Nội…",
        "Đúng vậy.",
    ]


def test_line_breaks_end_sentences_and_lower_case_continues() -> None:
    sample = "Tiêu đề không dấu chấm\n\nCâu một có chữ v.v. và tiếp tục. “Câu hai.” Hết."
    assert texts(sample) == ["Tiêu đề không dấu chấm", "Câu một có chữ v.v. và tiếp tục.",
                             "“Câu hai.”", "Hết."]


@given(st.text(alphabet="aăâbcdđeêoôơuưy ÀÁẠẢÃàáạảã.!?…\n\"“”TPHCM0123456789/-", max_size=200))
def test_offsets_always_point_at_the_sentence(sample: str) -> None:
    for sentence in split_sentences(sample):
        assert sample[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text


def test_stop_syllables_are_in_search_key_form() -> None:
    assert search_key("của") in STOP_SYLLABLES
    assert content_syllables("Của các cơ quan Trung ương và 2023") == ["cơ", "quan", "trung",
                                                                         "ương"]
    # tone placement variants fold together: hoà == hòa
    assert content_syllables("hoà") == content_syllables("hòa")


def test_summary_prefers_central_sentences_in_original_order() -> None:
    text = ("Hôm nay trời nắng đẹp và gió nhẹ thổi qua những cánh đồng lúa chín vàng.\n"
            "Bộ Chính trị ban hành Chỉ thị 39-CT/TW về công tác bảo vệ chính trị nội bộ.\n"
            "Công tác bảo vệ chính trị nội bộ là nhiệm vụ trọng yếu của toàn Đảng hiện nay.\n"
            "Một con mèo ngủ trên mái nhà cả buổi chiều mà không ai để ý đến nó.\n"
            "Các cấp ủy cần tăng cường kiểm tra công tác bảo vệ chính trị nội bộ thường xuyên.\n")
    chosen = summarise(text, 3)
    assert [s.text for s in chosen] == [
        "Bộ Chính trị ban hành Chỉ thị 39-CT/TW về công tác bảo vệ chính trị nội bộ.",
        "Công tác bảo vệ chính trị nội bộ là nhiệm vụ trọng yếu của toàn Đảng hiện nay.",
        "Các cấp ủy cần tăng cường kiểm tra công tác bảo vệ chính trị nội bộ thường xuyên.",
    ]
    assert [s.start for s in chosen] == sorted(s.start for s in chosen)


def test_entity_density_breaks_ties() -> None:
    first = "Đoàn công tác làm việc với lãnh đạo địa phương về kế hoạch năm nay."
    second = "Đoàn công tác làm việc với lãnh đạo địa phương về kế hoạch năm sau."
    text = f"{first}\n{second}\n"
    start = len(first) + 1
    entity = (start + text[start:].index("lãnh đạo"), start + text[start:].index(" về"))
    assert [s.text for s in summarise(text, 1)] == [first]  # position wins without entities
    assert [s.text for s in summarise(text, 1, [entity, (start, start + 8)])] == [second]


def test_title_excluded_duplicates_dropped_and_edge_counts() -> None:
    title = "Hội nghị sơ kết công tác bảo vệ chính trị nội bộ năm 2023 của tỉnh."
    text = f"{title}\n{title}\nCác đại biểu thảo luận về công tác bảo vệ chính trị nội bộ tỉnh.\n"
    assert [s.text for s in summarise(text, 3, exclude=[title])] == [
        "Các đại biểu thảo luận về công tác bảo vệ chính trị nội bộ tỉnh."]
    assert len(summarise(text, 3)) == 2
    assert summarise(text, 0) == []
    assert summarise("", 3) == []


@pytest.mark.parametrize("index", range(5))
def test_seed_summaries_are_real_sentences(seeds_path: Path, index: int) -> None:
    text = sorted(seeds_path.glob("*.txt"))[index].read_text(encoding="utf-8")
    chosen = summarise(text, 3)
    assert len(chosen) == 3
    for sentence in chosen:
        assert text[sentence.start:sentence.end] == sentence.text
        assert len(sentence.text.split()) >= 6
