"""Generalisation, second round: 12 real news articles picked by a fixed rule, annotated by hand.

Selection: every 2,953rd file of the sorted bench corpus from index 1,000 (wrapping round), less
files already in dev/heldout and texts under 800 or over 6,000 characters. The annotations were
written before the extractor ran on them (it scored micro-F1 0.79 then); the rules were then
improved against the error *patterns* (never by listing these texts' names), so the thresholds
below sit slightly under the figures reached, and each pattern has a regression case here.
"""

from __future__ import annotations

import pytest
from entity_gold import spans


def _dev_spans(text: str) -> list[tuple[str, str]]:
    return spans(text, document_date="2017-05-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # organisation names that go on in lower case after the head noun
        ("Cục quản lý Cạnh tranh cho biết như vậy.", ("ORG", "Cục quản lý Cạnh tranh")),
        ("Ủy ban chống bán phá giá Canada (CBSA) điều tra.", ("ORG", "Ủy ban chống bán phá giá Canada")),
        ("Vốn vay của Ngân hàng Phát triển Việt Nam (VDB) đã giải ngân.",
         ("ORG", "Ngân hàng Phát triển Việt Nam")),
        ("Trung tâm Dự báo Khí tượng Thủy văn T.Ư cho biết trời rét.",
         ("ORG", "Trung tâm Dự báo Khí tượng Thủy văn T.Ư")),
        ("Quân đội nhân dân Lào tham gia diễn tập.", ("ORG", "Quân đội nhân dân Lào")),
        ("Sau đó Hải quân Pháp rút tàu về.", ("ORG", "Hải quân Pháp")),
        # a title before a qualified organisation head
        ("Ông Hồng, Trưởng Công an thị xã Dĩ An cho biết.", ("TITLE", "Trưởng")),
        ("Ông Hồng, Trưởng Công an thị xã Dĩ An cho biết.", ("ORG", "Công an thị xã Dĩ An")),
        # places: historic states, Chinese provinces, "tại X", ferries, a territory named "Đài ..."
        ("Liên Xô sản xuất máy bay này.", ("LOC", "Liên Xô")),
        ("Bà sinh ra tại Sơn Đông, Trung Quốc.", ("LOC", "Sơn Đông")),
        ("Có thêm một điểm bán tại Mễ Trì (Nam Từ Liêm).", ("LOC", "Mễ Trì")),
        ("Xe lao xuống sông khi lên phà Vàm Cống.", ("LOC", "Vàm Cống")),
        ("Australia điều tra hàng từ Đài Loan và Thổ Nhĩ Kỳ.", ("LOC", "Đài Loan")),
        ("Ở các tỉnh Bắc Bộ trời rét.", ("LOC", "Bắc Bộ")),
        ("Căng thẳng ở khu vực Trung Đông leo thang.", ("LOC", "Trung Đông")),
        # foreign names: Arabic particles, honorifics, myth, articles
        ("Ông điện đàm với quốc vương Qatar Sheikh Tamim bin Hamad al-Thani.",
         ("PERSON", "Tamim bin Hamad al-Thani")),
        ("Tổng thống Syria Bashar al-Assad phát biểu.", ("PERSON", "Bashar al-Assad")),
        ("Theo thần thoại, anh hùng Perseus chém nữ quỷ Medusa.", ("PERSON", "Medusa")),
        ("Dư luận xôn xao về tạp chí Đức Der Spiegel.", ("ORG", "Der Spiegel")),
        # dates
        ("Triều Tiên phóng thử tên lửa hôm 14.5.", ("DATE", "hôm 14.5")),
        ("Họ gặp nhau hôm 27-5 tại Hà Nội.", ("DATE", "hôm 27-5")),
        # bylines and sites
        ("Trao đổi với Zing.vn ngày 3/6, ông cho biết.", ("ORG", "Zing.vn")),
        ("Mọi việc đã xong. Theo Hiếu Công (Zing.vn)", ("PERSON", "Hiếu Công")),
    ],
)
def test_dev2_pattern_regressions(text: str, expected: tuple[str, str]) -> None:
    assert expected in _dev_spans(text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # vehicles, ship classes and acronyms of things are no names
        ("Tàu sân bay USS Ronald Reagan rời cảng.", ("PERSON", "Ronald Reagan")),
        ("Tàu sân bay USS Ronald Reagan rời cảng.", ("ORG", "USS")),
        ("Ba tàu lớp Kiev đã được bán.", ("LOC", "Kiev")),
        ("Chất nổ tự chế (IED) là mối đe dọa. Lính tuần tra tìm IED.", ("ORG", "IED")),
        # English phrases that are no person
        ("Bà được vinh danh với danh hiệu Golden Goddess vì đóng góp.", ("PERSON", "Golden Goddess")),
        ("Báo cáo gửi tới người có thẩm quyền (Parliamentary Secretary) trước.",
         ("PERSON", "Parliamentary Secretary")),
        ("Sau đó ông Sheikh Mohammed nói.", ("PERSON", "Sheikh Mohammed")),
        # capitalised common words
        ("Anh hùng Perseus cắt đầu quỷ.", ("LOC", "Anh")),
        ("Anh Trương Đạo Tiến cũng mua thịt.", ("LOC", "Anh")),
        ("Ở các tỉnh Bắc Bộ trời rét.", ("LOC", "tỉnh Bắc Bộ")),
        ("Căng thẳng ở khu vực Trung Đông leo thang.", ("LOC", "khu vực Trung Đông")),
        ("Phiên bản Yak-38 ra đời sau.", ("LOC", "bản Yak-38")),
        ("Từ những năm 1950, họ đã thử nghiệm.", ("DATE", "năm 1950")),
        ("Tượng Nữ thần Tự do ở New York.", ("PERSON", "Tự")),
    ],
)
def test_dev2_pattern_non_entities(text: str, not_expected: tuple[str, str]) -> None:
    assert not_expected not in _dev_spans(text)


def test_ship_named_after_a_country_keeps_the_country() -> None:
    spans = _dev_spans("Tàu Trung Quốc và tàu sân bay Mỹ cùng có mặt.")
    assert ("LOC", "Trung Quốc") in spans and ("LOC", "Mỹ") in spans


def test_acronym_of_a_named_body_stays() -> None:
    spans = _dev_spans("Tổ chức Y tế thế giới (WHO) và Ủy ban chống bán phá giá Australia (ADC) cảnh báo.")
    assert ("ORG", "WHO") in spans and ("ORG", "ADC") in spans
