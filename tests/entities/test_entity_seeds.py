"""Behaviour on the seed pages: roles, abbreviation linking, keys and legal structure."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.entities import extract
from desktop_app.models import EntityType, Extraction

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"


def _doc(prefix: str) -> tuple[str, Extraction]:
    path = next(GOLD.glob(f"{prefix}_*.txt"))
    date_file = path.with_suffix(".date")
    date = date_file.read_text().strip() if date_file.exists() else None
    text = path.read_text(encoding="utf-8")
    return text, extract(text, document_date=date)


def _roles(x: Extraction) -> set[tuple[str, str, str | None]]:
    return {(r.person, r.title, r.organisation) for r in x.roles}


@pytest.mark.parametrize(
    ("prefix", "role"),
    [
        ("000", ("Nguyễn Huy Khích", "Phó Cục trưởng", "Cục An ninh chính trị nội bộ A03")),
        ("002", ("Phan Thăng An", "Phó Trưởng", "Ban Tổ chức Trung ương")),
        ("003", ("Trần Thế Dũng", "Phó Bí thư Thường trực", "Tỉnh ủy Hà Tĩnh")),
        ("003", ("Võ Trọng Hải", "Chủ tịch", "Ủy ban nhân dân tỉnh")),
        ("001", ("Sơn Minh Thắng", "Bí thư", "Đảng ủy Khối")),
    ],
)
def test_roles_on_seeds(prefix: str, role: tuple[str, str, str]) -> None:
    _, x = _doc(prefix)
    assert role in _roles(x)
    found = next(r for r in x.roles if (r.person, r.title, r.organisation) == role)
    assert role[0] in found.sentence


def test_rank_and_title_without_org_nearby() -> None:
    _, x = _doc("000")
    roles = _roles(x)
    assert ("Nguyễn Việt Anh", "Trưởng phòng", None) in roles
    # "Về phía Bộ VHTTDL có ... Thứ trưởng Tạ Quang Đông": a deputy minister of that ministry
    assert ("Tạ Quang Đông", "Thứ trưởng", "Bộ Văn hóa, Thể thao và Du lịch") in roles


def test_abbreviation_defined_in_parentheses_links_to_full_name() -> None:
    text, x = _doc("000")
    full = "Bộ Văn hóa, Thể thao và Du lịch"
    abbr = [e for e in x.entities if e.text == "VHTTDL"]
    assert abbr and all(e.type is EntityType.ORG and e.key == full for e in abbr)
    later = [e for e in x.entities if e.text == "Bộ VHTTDL"]
    assert later and all(e.key == full for e in later)
    party = next(e for e in x.entities if e.text == "Đảng ủy Bộ VHTTDL")
    assert party.key == "Đảng ủy " + full
    assert text.count("Bộ VHTTDL") == len(later) + 2  # two more inside "Đảng ủy Bộ VHTTDL"


def test_well_known_abbreviations_expand() -> None:
    _, x = _doc("003")
    keys = {e.text: e.key for e in x.entities if e.type is EntityType.ORG}
    assert keys["UBND tỉnh"] == "Ủy ban nhân dân tỉnh"
    assert keys["BTV Tỉnh ủy"] == "Ban Thường vụ Tỉnh ủy"
    assert keys["Ủy ban MTTQ"] == "Ủy ban Mặt trận Tổ quốc"
    assert keys["CAND"] == "Công an nhân dân"


def test_spelling_variants_share_the_first_written_key() -> None:
    _, x = _doc("003")
    tinh_uy = {e.key for e in x.entities if e.text in ("Tỉnh ủy", "Tỉnh uỷ")}
    assert tinh_uy == {"Tỉnh ủy"} or tinh_uy == {"Tỉnh uỷ"}
    assert len(tinh_uy) == 1


def test_short_legal_references_link_to_the_full_one() -> None:
    _, x = _doc("003")
    keys = {e.text: e.key for e in x.entities if e.type is EntityType.LEGAL_DOC}
    assert keys["Quy định số 58"] == "Quy định 58-QĐ/TW"
    assert keys["Quy định 58"] == "Quy định 58-QĐ/TW"
    assert keys["Nghị quyết 12"] == "Nghị quyết 12-NQ/TW"
    assert keys["Nghị quyết số 12"] == "Nghị quyết 12-NQ/TW"
    assert keys["Hướng dẫn 01"] == "Hướng dẫn 01-HD/BTCTW"


def test_legal_ref_structure_with_date_and_issuer() -> None:
    _, x = _doc("001")
    ref = next(r for r in x.legal_refs if r.date is not None)
    assert (ref.key, ref.kind, ref.number, ref.symbol, ref.issuer_code) == (
        "Chỉ thị 39-CT/TW", "Chỉ thị", "39", "CT/TW", "TW",
    )
    assert (ref.date, ref.issuer) == ("2014-08-18", "Bộ Chính trị")
    _, x2 = _doc("002")
    guide = next(r for r in x2.legal_refs if r.kind == "Hướng dẫn")
    assert (guide.symbol, guide.issuer_code, guide.date, guide.issuer) == (
        "HD/BTCTW", "BTCTW", "2022-08-05", "Ban Tổ chức Trung ương",
    )


def test_partial_dates_take_the_document_year() -> None:
    _, x = _doc("000")
    keys = {e.text: e.key for e in x.entities if e.type is EntityType.DATE}
    assert keys["Chiều 31/3"] == "2023-03-31"
    assert keys["31/03/2023 20:40"] == "2023-03-31T20:40"  # the time is kept
    assert keys["năm 2023"] == "2023"
    _, x3 = _doc("003")
    assert {e.text: e.key for e in x3.entities}["Sáng 5/10"] == "2022-10-05"
    _, x1 = _doc("001")
    months = {e.text: e.key for e in x1.entities if e.type is EntityType.DATE}
    assert months["tháng 3-2020"] == "2020-03"
    assert months["tháng 02/2020"] == "2020-02"


def test_given_name_mentions_link_to_full_name() -> None:
    text = "Ông Lê Văn Thắng, Chủ tịch UBND huyện, cho biết ông Thắng sẽ chỉ đạo."
    x = extract(text)
    people = [(e.text, e.key) for e in x.entities if e.type is EntityType.PERSON]
    assert people == [("Lê Văn Thắng", "Lê Văn Thắng"), ("Thắng", "Lê Văn Thắng")]
