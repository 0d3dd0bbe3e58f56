"""Organisation-name grammar (dev4 round): invented sentences, exact spans for each rule."""

from __future__ import annotations

import pytest

from desktop_app.entities import extract


def _spans(text: str) -> list[tuple[str, str]]:
    return [(e.type.value, e.text) for e in extract(text).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Chủ tịch nước" is a title, never an organisation
        (
            "Sáng nay, Chủ tịch nước Lê Minh Hòa tiếp đoàn khách.",
            [("TITLE", "Chủ tịch nước"), ("PERSON", "Lê Minh Hòa")],
        ),
        # "VN" is the country, unless it opens a brand name
        (
            "Hàng dệt may của VN được ưa chuộng.",
            [("LOC", "VN")],
        ),
        (
            "Ông Hùng lập Công ty cổ phần VN Steel năm ngoái.",
            [("PERSON", "Hùng"), ("ORG", "Công ty cổ phần VN Steel")],
        ),
        # common abbreviations that name no organisation; a tournament's short name after "cúp"
        (
            "Các DNNN phải báo cáo về NSNN, còn CĐV theo dõi BXH và cúp FA.",
            [],
        ),
        # a club or a company after a title or a person cue is no person
        (
            "Các cầu thủ Norwich City thi đấu tốt.",
            [("ORG", "Norwich City")],
        ),
        (
            "Nguyên Chủ tịch SeaViewBank bị khởi tố.",
            [("TITLE", "Chủ tịch"), ("ORG", "SeaViewBank")],
        ),
        (
            "Ông là Tổng giám đốc Vinatrans Lines.",
            [("TITLE", "Tổng giám đốc"), ("ORG", "Vinatrans Lines")],
        ),
        # an abbreviated field after a head is the whole name; no lower-case tail after it
        (
            "Bộ TN-MT kiến nghị xử lý các vi phạm.",
            [("ORG", "Bộ TN-MT")],
        ),
        # a minister's title takes its ministry's field when "Bộ" is left out
        (
            "Thứ trưởng Khoa học và Công nghệ Trần Văn Tùng phát biểu.",
            [("TITLE", "Thứ trưởng Khoa học và Công nghệ"), ("PERSON", "Trần Văn Tùng")],
        ),
        # the central committee of a mass organisation
        (
            "Năm nay, Trung ương Hội Cựu chiến binh Việt Nam tặng bằng khen.",
            [("ORG", "Trung ương Hội Cựu chiến binh Việt Nam")],
        ),
        # a company: trade, lower-case words, then the country that ends the name
        (
            "Vụ việc xảy ra tại Tổng công ty Xây dựng cầu đường Việt Nam.",
            [("ORG", "Tổng công ty Xây dựng cầu đường Việt Nam")],
        ),
        # a bare abbreviated head noun is a common noun; "cũ" is no part of a name
        (
            "Ông về xem CLB cũ Barcelona thi đấu.",
            [("ORG", "Barcelona")],
        ),
        # two short country names joined by a dash end a name
        (
            "Đoàn thăm Hội Hữu nghị Việt - Lào tỉnh Nghệ An.",
            [("ORG", "Hội Hữu nghị Việt - Lào tỉnh Nghệ An")],
        ),
        (
            "Bộ Quốc phòng Mỹ - Nhật Bản họp bàn.",
            [("ORG", "Bộ Quốc phòng Mỹ"), ("LOC", "Nhật Bản")],
        ),
        # an initial and a foreign family name
        (
            "Tổng thống F.Hollande hội kiến bà A.Merkel.",
            [("TITLE", "Tổng thống"), ("PERSON", "F.Hollande"), ("PERSON", "A.Merkel")],
        ),
        # a second lower-case field after "và", up to a place or a parenthesis
        (
            "Ông là Giám đốc Trung tâm Nghiên cứu giống và bảo vệ thực vật (Sở Nông nghiệp Hà Nam).",
            [("TITLE", "Giám đốc"),
             ("ORG", "Trung tâm Nghiên cứu giống và bảo vệ thực vật"), ("ORG", "Sở Nông nghiệp Hà Nam")],
        ),
        (
            "Bộ Công an và lực lượng chức năng tỉnh Hà Nam vào cuộc.",
            [("ORG", "Bộ Công an"), ("LOC", "tỉnh Hà Nam")],
        ),
        # hyphenated place names
        (
            "Sở Y tế Thừa Thiên-Huế cho biết.",
            [("ORG", "Sở Y tế Thừa Thiên-Huế")],
        ),
    ],
)
def test_org_grammar(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected
