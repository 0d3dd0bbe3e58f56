"""General naming rules found while studying dev6's errors, tested on invented sentences."""

from __future__ import annotations

import pytest

from desktop_app.entities import extract


def _spans(text: str) -> list[tuple[str, str]]:
    return [(e.type.value, e.text) for e in extract(text).entities]


@pytest.mark.parametrize(
    ("text", "typ", "span"),
    [
        # a name in sentence case vouched for by its acronym in parentheses
        ("Ông cho biết Cục cảnh sát môi trường và phòng chống buôn lậu (C99) đang điều tra.", "ORG",
         "Cục cảnh sát môi trường và phòng chống buôn lậu"),
        ("Ông cho biết Cục cảnh sát môi trường và phòng chống buôn lậu (C99) đang điều tra.", "ORG", "C99"),
        ("Họp của Tiểu ban về hải quan và thủ tục (SCCP) diễn ra hôm nay.", "ORG",
         "Tiểu ban về hải quan và thủ tục"),
        ("Ông là Giám đốc Công ty cổ phần sữa và thực phẩm miền núi (MFX). Sau đó MFX phá sản.", "ORG",
         "Công ty cổ phần sữa và thực phẩm miền núi"),
        # a National Assembly delegation is a body with its province; deputies of the nation's
        # assembly come from a province that is not part of its name
        ("Ông được bầu làm Trưởng đoàn đại biểu Quốc hội tỉnh Nghệ An.", "ORG",
         "đoàn đại biểu Quốc hội tỉnh Nghệ An"),
        ("Ông được bầu làm Trưởng đoàn đại biểu Quốc hội tỉnh Nghệ An.", "TITLE", "Trưởng"),
        ("Hôm nay đại biểu Quốc hội Thành phố Hà Nội đã họp.", "ORG", "Quốc hội"),
        ("Hôm nay đại biểu Quốc hội Thành phố Hà Nội đã họp.", "LOC", "Thành phố Hà Nội"),
        ("Ông Lâm, Bí thư Tỉnh ủy, đại biểu Quốc hội khóa XV, phát biểu.", "TITLE", "đại biểu"),
        # a foreign name after a head noun takes no lower-case words after it
        ("Bộ Công an đã đề nghị Tổ chức Interpol bắt giữ bị can.", "ORG", "Tổ chức Interpol"),
        # verbs and adverbs end a lower-case name tail
        ("Thông tư 12 của Bộ Giao thông lần đầu tiên đưa ra các quy định.", "ORG", "Bộ Giao thông"),
        ("Báo chí chính thống đưa tin Tổng cục Thống kê ra thông báo.", "ORG", "Tổng cục Thống kê"),
        # names withheld as initials
        ("Hắn quen chị L.T.H (30 tuổi) từ năm ngoái.", "PERSON", "L.T.H"),
        ("Lúc này anh T. đang ngồi cạnh chị H. thì bị đâm.", "PERSON", "T."),
        ("Anh T. được đưa vào viện cấp cứu.", "PERSON", "T."),
        # after a rank, a single word is a name even when it is a country's
        ("Thượng úy Nga đã bị thương khi làm nhiệm vụ.", "PERSON", "Nga"),
        # after a title, a family name and a place's syllables are a full name
        ("Phó Thủ tướng Trương Hòa Bình yêu cầu các bộ phối hợp.", "PERSON", "Trương Hòa Bình"),
        # a village's name may open on a head noun
        ("Nhà văn hóa của xã Phòng Lợi đã xuống cấp.", "LOC", "xã Phòng Lợi"),
        # two places joined by a hyphen, and world cities in Vietnamese spelling
        ("Cơ chế tham vấn Nhật Bản-Philippines sẽ họp.", "LOC", "Nhật Bản"),
        ("Cơ chế tham vấn Nhật Bản-Philippines sẽ họp.", "LOC", "Philippines"),
        ("Phán quyết của tòa ở La Hay đã rõ.", "LOC", "La Hay"),
        # clubs named after their city, in a football report; broadcasters
        ("HLV của Roma hài lòng sau trận đấu. Tiền vệ này chia sẻ trên Sky Italia.", "ORG", "Roma"),
        ("HLV của Roma hài lòng sau trận đấu. Tiền vệ này chia sẻ trên Sky Italia.", "ORG", "Sky Italia"),
    ],
)
def test_dev6_rule(text: str, typ: str, span: str) -> None:
    assert (typ, span) in _spans(text)



def test_city_stays_a_place_outside_football() -> None:
    assert ("LOC", "Milan") in _spans("Du khách đến thăm Milan vào mùa thu.")


def test_a_god_is_no_person() -> None:
    assert not any(t == "PERSON" for t, _ in _spans("Hàng chục ông bà Thần Tài chào khách mua vàng."))
