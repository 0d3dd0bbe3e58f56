"""General naming rules found while studying dev5's errors, tested on invented sentences."""

from __future__ import annotations

import pytest

from desktop_app.entities import extract


def _spans(text: str) -> list[tuple[str, str]]:
    return [(e.type.value, e.text) for e in extract(text).entities]


def _has(text: str, typ: str, span: str) -> bool:
    return (typ, span) in _spans(text)


@pytest.mark.parametrize(
    ("text", "typ", "span"),
    [
        ("Quân đội được hỗ trợ bởi lữ đoàn Sao Đỏ tiến vào.", "ORG", "lữ đoàn Sao Đỏ"),
        ("Lữ đoàn 105 Vệ binh Quốc gia tiến vào thị trấn.", "ORG", "Lữ đoàn 105 Vệ binh Quốc gia"),
        ("Lực lượng này thuộc sư đoàn dự bị số 9 đã đến.", "ORG", "sư đoàn dự bị số 9"),
        ("Binh sĩ trung đoàn 12 được điều động.", "ORG", "trung đoàn 12"),
        ("Người dân quanh thủy điện Sơn La 2 lo lắng.", "ORG", "Sơn La 2"),
        ("Người dân quanh thủy điện Bản Vẽ và Lai Châu lo lắng.", "ORG", "Lai Châu"),
        ("Nhà máy thuỷ điện Đắk mi 4 xả lũ.", "ORG", "Đắk mi 4"),
        ("Ngay phía dưới là sông Đà 5 đang thi công.", "ORG", "sông Đà 5"),
        ("Dịch bùng phát tại Cộng hòa Dân chủ Congo.", "LOC", "Cộng hòa Dân chủ Congo"),
        ("Ổ dịch gần biên giới cộng hòa Trung Phi.", "LOC", "cộng hòa Trung Phi"),
    ],
)
def test_units_and_republics(text: str, typ: str, span: str) -> None:
    assert _has(text, typ, span), _spans(text)


def test_no_spurious_units() -> None:
    assert not any(t == "ORG" for t, _ in _spans("Sông Hồng dài 1.100 km."))
    spans = _spans("Đảng Cộng hòa phản đối dự luật.")
    assert ("ORG", "Đảng Cộng hòa") in spans and not any(t == "LOC" for t, _ in spans)
    # the state's full name is one place (dev12), never a republic "Cộng hòa Xã hội" and a country
    spans = _spans("Nước Cộng hòa Xã hội chủ nghĩa Việt Nam.")
    assert [s for _, s in spans if s.startswith("Cộng hòa")] == ["Cộng hòa Xã hội chủ nghĩa Việt Nam"], spans


def test_verb_after_name_and_new_heads() -> None:
    assert _spans("Theo phản ánh, Báo Lao động nhận được đơn của người dân.") == [("ORG", "Báo Lao động")]
    assert ("ORG", "NXB Giáo dục") in _spans("Cuốn sách do NXB Giáo dục phát hành.")


def test_hyphenated_abbreviations_and_joined_bodies() -> None:
    spans = _spans("Bà Hoa đề nghị Bộ GD-ĐT và Sở VH-TT&DL xem xét.")
    assert ("ORG", "Bộ GD-ĐT") in spans and ("ORG", "Sở VH-TT&DL") in spans
    spans = _spans("Ông Bình đến Phòng Quản lý đô thị-Sở Xây dựng Hà Nội làm việc.")
    assert ("ORG", "Phòng Quản lý đô thị") in spans and ("ORG", "Sở Xây dựng Hà Nội") in spans
