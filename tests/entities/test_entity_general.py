"""Generality: invented sentences of other political and general news, and API guarantees."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.entities import EXTRACTOR_VERSION, UserDictionary, apply_corrections, extract
from desktop_app.models import CorrectionAction, EntityCorrection, EntityType

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"


def _spans(text: str, **kwargs: object) -> list[tuple[str, str]]:
    return [(e.type.value, e.text) for e in extract(text, **kwargs).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chiều 15/6, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Ngoại giao Nga "
            "Sergei Lavrov.",
            [("DATE", "Chiều 15/6"), ("LOC", "Hà Nội"), ("TITLE", "Thủ tướng"),
             ("PERSON", "Phạm Minh Chính"), ("TITLE", "Bộ trưởng Ngoại giao"), ("LOC", "Nga"),
             ("PERSON", "Sergei Lavrov")],
        ),
        (
            "Tổng thống Mỹ Joe Biden và Chủ tịch Trung Quốc Tập Cận Bình điện đàm hôm 18/3/2022.",
            [("TITLE", "Tổng thống"), ("LOC", "Mỹ"), ("PERSON", "Joe Biden"),
             ("TITLE", "Chủ tịch"), ("LOC", "Trung Quốc"), ("PERSON", "Tập Cận Bình"),
             ("DATE", "hôm 18/3/2022")],
        ),
        (
            "Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn nhắc lại Thông tư số "
            "32/2020/TT-BGDĐT ngày 15/9/2020.",
            [("TITLE", "Bộ trưởng"), ("ORG", "Bộ Giáo dục và Đào tạo"),
             ("PERSON", "Nguyễn Kim Sơn"), ("LEGAL_DOC", "Thông tư số 32/2020/TT-BGDĐT"),
             ("DATE", "ngày 15/9/2020")],
        ),
        (
            "Thiếu tướng Đinh Văn Nơi, Giám đốc Công an tỉnh Quảng Ninh, đến phường Hồng Gai, "
            "thành phố Hạ Long.",
            [("TITLE", "Thiếu tướng"), ("PERSON", "Đinh Văn Nơi"), ("TITLE", "Giám đốc"),
             ("ORG", "Công an tỉnh Quảng Ninh"), ("LOC", "phường Hồng Gai"),
             ("LOC", "thành phố Hạ Long")],
        ),
        (
            "Bà Nguyễn Thị Thanh, Phó Chủ tịch Quốc hội, làm việc với Ban Tuyên giáo Tỉnh ủy "
            "Nghệ An.",
            [("PERSON", "Nguyễn Thị Thanh"), ("TITLE", "Phó Chủ tịch"), ("ORG", "Quốc hội"),
             ("ORG", "Ban Tuyên giáo Tỉnh ủy Nghệ An")],
        ),
        (
            "Ông Vladimir Putin tuyên bố Nga sẽ đáp trả, Nhà Trắng chưa bình luận.",
            [("PERSON", "Vladimir Putin"), ("LOC", "Nga"), ("LOC", "Nhà Trắng")],
        ),
        (
            "Theo Luật Đất đai và Nghị định 43/2014/NĐ-CP, UBND huyện Sóc Sơn giao đất.",
            [("LEGAL_DOC", "Luật Đất đai"), ("LEGAL_DOC", "Nghị định 43/2014/NĐ-CP"),
             ("ORG", "UBND huyện Sóc Sơn")],
        ),
    ],
)
def test_invented_news_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text, document_date="2023-05-01") == expected


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết áp thấp.",
         "Trung tâm Dự báo khí tượng thủy văn quốc gia"),
        ("Cục Quản lý dược thông báo thu hồi thuốc.", "Cục Quản lý dược"),
        ("Sinh viên Trường Đại học Bách khoa Hà Nội đoạt giải.", "Trường Đại học Bách khoa Hà Nội"),
        ("Viện Hàn lâm Khoa học xã hội Việt Nam vừa công bố.", "Viện Hàn lâm Khoa học xã hội Việt Nam"),
        ("Công ty TNHH Hòa Phát tăng vốn.", "Công ty TNHH Hòa Phát"),
    ],
)
def test_org_names_with_lower_case_words(text: str, org: str) -> None:
    assert [s for t, s in _spans(text) if t == "ORG"] == [org]


def test_common_words_are_not_entities() -> None:
    text = (
        "Hội nghị đã thông qua báo cáo. Bộ phận văn phòng và các cơ quan, đơn vị, chi bộ, "
        "đảng bộ huyện cùng tổ chức đảng tham dự. Trường hợp 3/4 số người đồng ý thì 5 năm "
        "sau mới ban hành Quyết định, Quy chế mới."
    )
    assert _spans(text) == []


def test_legal_ref_structure_for_state_documents() -> None:
    x = extract("Nghị định số 15/2020/NĐ-CP ngày 3/2/2020 của Chính phủ quy định xử phạt.")
    ref = x.legal_refs[0]
    assert (ref.kind, ref.number, ref.symbol, ref.issuer_code) == (
        "Nghị định", "15", "2020/NĐ-CP", "CP",
    )
    assert (ref.date, ref.issuer, ref.key) == ("2020-02-03", "Chính phủ", "Nghị định 15/2020/NĐ-CP")


@pytest.mark.parametrize(
    ("text", "date", "key"),
    [
        ("Sáng 24/10/2019, hội nghị khai mạc.", None, "2019-10-24"),
        ("Thứ tư - 13/09/2023 02:52 cập nhật", None, "2023-09-13T02:52"),
        ("ngày 5 tháng 8 năm 2022 ban hành", None, "2022-08-05"),
        ("Tối 2/9, pháo hoa.", "2021-09-03", "2021-09-02"),
        ("trong tháng 3 năm 2020 đó", None, "2020-03"),
        ("date 2022-10 x", None, "2022-10"),
    ],
)
def test_date_keys(text: str, date: str | None, key: str) -> None:
    dates = [e for e in extract(text, document_date=date).entities if e.type is EntityType.DATE]
    assert [d.key for d in dates] == [key]


def test_terms_and_invalid_dates_are_not_dates() -> None:
    text = "nhiệm kỳ 2020 - 2025, năm 2015 - 2020, 32/13/2020 và Covid-19 trong 5 năm."
    assert [e for e in extract(text).entities if e.type is EntityType.DATE] == []


def test_output_is_deterministic_and_overlap_free() -> None:
    for path in sorted(GOLD.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        first = extract(text, document_date="2023-01-01")
        assert extract(text, document_date="2023-01-01") == first
        end = 0
        for e in first.entities:
            assert e.start >= end and e.end > e.start
            assert text[e.start : e.end] == e.text
            end = e.end


def test_threads_give_the_same_result() -> None:
    text = (GOLD / "002_eef771c6f4b7a4c7.txt").read_text(encoding="utf-8")
    expected = extract(text)
    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(extract(text))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4
    assert EXTRACTOR_VERSION


def test_user_dictionary_always_and_never() -> None:
    text = "Ông Lê Văn Thắng dự Hội nghị Diên Hồng tại Hà Nội."
    corrections = [
        EntityCorrection(1, CorrectionAction.ADD, "Hội nghị Diên Hồng", EntityType.ORG),
        EntityCorrection(2, CorrectionAction.REMOVE, "hà nội", None),
        EntityCorrection(3, CorrectionAction.REMOVE, "Việt Nam", None, document_id=7),
    ]
    dictionary = UserDictionary.from_corrections(corrections)
    assert dictionary.never == frozenset({"hà nội"})
    spans = _spans(text, dictionary=dictionary)
    assert ("ORG", "Hội nghị Diên Hồng") in spans
    assert ("LOC", "Hà Nội") not in spans
    assert ("PERSON", "Lê Văn Thắng") in spans


def test_apply_corrections_for_one_document() -> None:
    text = "Ông Lê Văn Thắng dự họp tại Hà Nội cùng Bộ Công an."
    x = extract(text)
    start = text.index("Hà Nội")
    fixed = apply_corrections(
        x,
        [
            EntityCorrection(1, CorrectionAction.REMOVE, "Hà Nội", None, 5, start, start + 6),
            EntityCorrection(2, CorrectionAction.RETYPE, "Bộ Công an", EntityType.LOC, 5),
            EntityCorrection(3, CorrectionAction.ADD, "họp", EntityType.DATE, 5),
        ],
        text=text,
    )
    got = [(e.type.value, e.text) for e in fixed.entities]
    assert got == [("PERSON", "Lê Văn Thắng"), ("DATE", "họp"), ("LOC", "Bộ Công an")]


def test_cli_extract_and_eval(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = tmp_path / "a.txt"
    sample.write_bytes("Chiều 31/3, Bộ Công an họp.\r\n".encode())
    assert main(["extract", "--json", "--date", "2023-04-01", str(sample)]) == 0
    record = json.loads(capsys.readouterr().out.strip())
    assert record["text"] == "Chiều 31/3, Bộ Công an họp."
    assert record["entities"] == [
        {"start": 0, "end": 10, "type": "DATE", "text": "Chiều 31/3", "key": "2023-03-31"},
        {"start": 12, "end": 22, "type": "ORG", "text": "Bộ Công an", "key": "Bộ Công an"},
    ]
    assert main(["eval-entities", "--json", str(GOLD)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 5 and report["micro"]["f1"] >= 0.95
