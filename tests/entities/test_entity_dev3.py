"""Generalisation, third round: 18 fresh articles annotated by three people before any tuning.

``tests/data/dev3/README.md`` gives the fixed selection rule. The extractor scored micro-F1 0.730
on them before the rules were improved against their error *patterns* (grammar of organisation
names, abbreviated administrative words, titles before a head noun, name syllables, date lists,
legal symbols with stray spaces); every rule has a short invented sentence here.
"""

from __future__ import annotations

import pytest
from entity_gold import spans

from desktop_app.entities import extract


def _dev_spans(text: str) -> list[tuple[str, str]]:
    return spans(text, document_date="2017-05-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviated administrative words glued to the name, numbered wards and villages
        ("Kỷ luật cán bộ Q.Bình Tân vì sai phạm.", [("LOC", "Q.Bình Tân")]),
        ("Vụ việc xảy ra ở H.Đầm Dơi (Cà Mau).", [("LOC", "H.Đầm Dơi"), ("LOC", "Cà Mau")]),
        ("Xe đi qua phường 5, quận 10 thì gặp nạn.", [("LOC", "phường 5"), ("LOC", "quận 10")]),
        ("Nhà anh ở thôn Đông Hà 2, xã Tân Lập.", [("LOC", "thôn Đông Hà 2"), ("LOC", "xã Tân Lập")]),
        ("Cán bộ TP. Cũng trong ngày, trời mưa.", []),
        # organisations: lower-case head nouns, parents, abbreviated heads, dash-joined fields
        ("Ông Lâm, Giám đốc sở Xây dựng Đà Nẵng, cho biết.",
         [("PERSON", "Lâm"), ("TITLE", "Giám đốc"), ("ORG", "sở Xây dựng Đà Nẵng")]),
        ("Bà Hoa làm việc ở khoa Nội tiết.", [("PERSON", "Hoa"), ("ORG", "khoa Nội tiết")]),
        ("Sau đó công an tỉnh Nghệ An có mặt.", [("ORG", "công an tỉnh Nghệ An")]),
        ("Bệnh nhân được đưa vào BV Đa khoa Nghệ An.", [("ORG", "BV Đa khoa Nghệ An")]),
        ("Sai phạm ở Ban quản lý dự án Q.Gò Vấp kéo dài.", [("ORG", "Ban quản lý dự án Q.Gò Vấp")]),
        ("Hội nghị lần thứ 12 Ban chấp hành Đảng bộ tỉnh Nghệ An bế mạc.",
         [("ORG", "Ban chấp hành Đảng bộ tỉnh Nghệ An")]),
        ("Sự cố ở Đơn nguyên lọc máu Bệnh viện Bạch Mai được báo cáo.",
         [("ORG", "Đơn nguyên lọc máu Bệnh viện Bạch Mai")]),
        ("Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn Bộ Xây dựng họp.",
         [("ORG", "Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn Bộ Xây dựng")]),
        ("Tập đoàn Dầu khí - Khí đốt Việt Nam công bố.", [("ORG", "Tập đoàn Dầu khí - Khí đốt Việt Nam")]),
        ("Các Tập đoàn, Tổng công ty phải báo cáo.", []),
        # titles before an organisation's head noun; a head noun naming no body joins the title
        ("Ông Bình, Chánh thanh tra H.Cái Nước, bị kỷ luật.",
         [("PERSON", "Bình"), ("TITLE", "Chánh"), ("ORG", "thanh tra H.Cái Nước")]),
        ("Bà Lan, nguyên trưởng ban Tuyên giáo Huyện ủy, bị khiển trách.",
         [("PERSON", "Lan"), ("TITLE", "trưởng"), ("ORG", "ban Tuyên giáo Huyện ủy")]),
        ("Ông Sơn, Trưởng phòng Tài chính - kế hoạch Q.Bình Tân, nghỉ hưu.",
         [("PERSON", "Sơn"), ("TITLE", "Trưởng"), ("ORG", "phòng Tài chính - kế hoạch Q.Bình Tân")]),
        ("Giám đốc bệnh viện có bị cách chức?", [("TITLE", "Giám đốc bệnh viện")]),
        ("Ông Phan Văn Tấn, nguyên kế toán trưởng Công ty Minh Phát, bị bắt.",
         [("PERSON", "Phan Văn Tấn"), ("TITLE", "kế toán trưởng"), ("ORG", "Công ty Minh Phát")]),
        # people: last syllables that are common words, places after cues, Vietnamese syllables
        ("Bà Trịnh Thị Thu Đang, Phó Chủ tịch phường, bị phê bình.",
         [("PERSON", "Trịnh Thị Thu Đang"), ("TITLE", "Phó Chủ tịch")]),
        ("Các ông Lê Văn Trường và Đỗ Văn Khoa bị khiển trách.",
         [("PERSON", "Lê Văn Trường"), ("PERSON", "Đỗ Văn Khoa")]),
        ("Các cầu thủ Việt Nam di chuyển tới sân tập.", [("LOC", "Việt Nam")]),
        ("Anh Trương cho biết đã chuẩn bị quà.", [("PERSON", "Trương")]),
        ("Cửa hàng La Perla mở thêm chi nhánh.", [("ORG", "La Perla")]),
        ("Chưa Valentine, chị em đã xôn xao.", []),
        ("Đảng ủy xã Tân Lập Nguyễn Văn Hùng cho biết.",
         [("ORG", "Đảng ủy xã Tân Lập"), ("PERSON", "Nguyễn Văn Hùng")]),
        ("Ông là người tỉnh Tô Châu. Tô Châu nổi tiếng với lụa.",
         [("LOC", "tỉnh Tô Châu"), ("LOC", "Tô Châu")]),
        ("Ngôi sao dự Met Gala cùng bạn.", []),
        # short forms of common nouns and identifiers are no organisations
        ("Các DN NK hàng hóa và CBCC hải quan; giá 5 NDT.", []),
        ("Email: PCLB_BCT@moit.gov.vn.", []),
        # dates: lists, a month alone, time ranges and minutes
        ("Bắn pháo hoa các ngày 29/4, 20/5 và 3/6.",
         [("DATE", "ngày 29/4"), ("DATE", "20/5"), ("DATE", "3/6")]),
        ("Chương trình diễn ra vào tháng 10 tới.", [("DATE", "tháng 10")]),
        ("Lễ hội diễn ra từ 16h00 – 23h30 ngày 19.1.2018.", [("DATE", "16h00 – 23h30 ngày 19.1.2018")]),
        ("Khoảng 8h15 phút ngày 29.5 xảy ra sự cố.", [("DATE", "8h15 phút ngày 29.5")]),
        # legal symbols with stray spaces, laws named before their number
        ("Chính phủ ban hành Nghị định 134/2016/NĐ- CP.", [("ORG", "Chính phủ"), ("LEGAL_DOC", "Nghị định 134/2016/NĐ- CP")]),
        ("Bộ có Công điện số 5360 CĐ/BCT-PCTT gửi các tỉnh.",
         [("LEGAL_DOC", "Công điện số 5360 CĐ/BCT-PCTT")]),
        ("Quốc hội ban hành Luật thuế XNK số 107/2016/QH13.",
         [("ORG", "Quốc hội"), ("LEGAL_DOC", "Luật thuế XNK số 107/2016/QH13")]),
        # credits and bylines
        ("Nước dâng cao. Tin, ảnh: Công Thử (TTXVN)", [("PERSON", "Công Thử"), ("ORG", "TTXVN")]),
        ("Cán bộ hướng dẫn DN. Ảnh: H.Nụ", [("PERSON", "H.Nụ")]),
    ],
)
def test_dev3_patterns(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dev_spans(text) == expected


def test_dev3_keys() -> None:
    """Stray spaces leave the canonical key clean; a month alone takes the document's year."""
    ents = extract(
        "Nghị định 134/2016/NĐ- CP và Công điện số 5360 CĐ/BCT-PCTT, ban hành tháng 10.",
        document_date="2017-05-01",
    ).entities
    assert [e.key for e in ents] == ["Nghị định 134/2016/NĐ-CP", "Công điện 5360-CĐ/BCT-PCTT", "2017-10"]
