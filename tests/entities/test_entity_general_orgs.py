"""Organisations in general news: foreign companies, media, clubs and international bodies.

Every sentence is invented; each case asserts the exact spans of the organisations in it.
"""

from __future__ import annotations

import pytest

from desktop_app.entities import extract


def _orgs(text: str) -> list[str]:
    return [e.text for e in extract(text).entities if e.type.value == "ORG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign name after a cue noun and lower-case descriptors is the organisation
        ("Hãng khảo sát quốc tế Kantora vừa công bố báo cáo mới.", ["Kantora"]),
        ("Theo công ty công nghệ Zentrix, doanh thu quý này tăng mạnh.", ["Zentrix"]),
        ("Nhóm phiến quân Harakat Zorba đã nhận trách nhiệm.", ["Harakat Zorba"]),
        # the source after "theo" in a byline, not "theo" itself
        ("Giá dầu tiếp tục giảm trong tuần qua.\nMinh Anh (theo Reuters)", ["Reuters"]),
        ("Giá vàng tăng nhẹ.\nHải Yến (dịch từ Daily Mail)", ["Daily Mail"]),
        # well-known international bodies, media and clubs
        ("Thủ lĩnh al-Qaeda đe dọa tấn công các nước phương Tây.", ["al-Qaeda"]),
        ("Quỹ Tiền tệ Quốc tế hạ dự báo tăng trưởng.", ["Quỹ Tiền tệ Quốc tế"]),
        ("Chelsea sẽ tiếp Burnley trên sân nhà vào cuối tuần.", ["Chelsea", "Burnley"]),
        ("Đài Tiếng nói Nhân dân TP.HCM tổ chức lễ trao giải.", ["Đài Tiếng nói Nhân dân TP.HCM"]),
        # a school keeps the name it bears, also a person's or a flower's
        ("Cháu học tại trường Mầm non Hoa Sen từ năm ngoái.", ["trường Mầm non Hoa Sen"]),
        ("Em là học sinh Trường THCS Trần Phú ở huyện bên.", ["Trường THCS Trần Phú"]),
        # a long well-known name is the body also when written in lower case
        ("Theo quỹ tiền tệ quốc tế, lạm phát sẽ giảm.", ["quỹ tiền tệ quốc tế"]),
        # "Writer, Theo Source" at the end: the source is the publisher
        ("Số ca nhiễm tiếp tục tăng ở châu Phi. Linh Chi, Theo Tiền Phong", ["Tiền Phong"]),
        # a club named after a place ends with the place ("Phòng" is no head inside "Hải Phòng")
        ("CLB Hải Phòng thắng SHB Đà Nẵng 2-0.", ["CLB Hải Phòng", "SHB Đà Nẵng"]),
        # a paper named with a suffix word stays whole
        ("Tờ Daily Telegraph dẫn nguồn tin riêng.", ["Daily Telegraph"]),
        # a photo source names the publisher
        ("Mẫu áo khoác được ưa chuộng mùa này. Nguồn ảnh: Vogue.", ["Vogue"]),
    ],
)
def test_general_news_organisations(text: str, expected: list[str]) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "trường" in "chiến trường", "thị trường" opens no school
        "Binh sĩ tiếp tục chiến đấu trên chiến trường Aleppo Daraya suốt nhiều tuần.",
        "Giá cổ phiếu trên thị trường Wall Ridge biến động mạnh.",
    ],
)
def test_common_compounds_open_no_organisation(text: str) -> None:
    assert _orgs(text) == []
