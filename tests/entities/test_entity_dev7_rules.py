"""General naming rules found while studying dev7's errors, tested on invented sentences."""

from __future__ import annotations

import pytest

from desktop_app.entities import extract


def _spans(text: str) -> list[tuple[str, str]]:
    return [(e.type.value, e.text) for e in extract(text).entities]


@pytest.mark.parametrize(
    ("text", "typ", "span"),
    [
        # a middle name is followed by a given name, even one that is also a family name
        ("Bộ trưởng Y tế Nguyễn Thị Kim Oanh đã đến thăm bệnh nhân.", "PERSON", "Nguyễn Thị Kim Oanh"),
        ("Hôm qua bà Trần Văn Lâm Hồng phát biểu.", "PERSON", "Trần Văn Lâm Hồng"),
        # a minister named by the first field of a ministry's name, with no "Bộ"
        ("Bộ trưởng Giáo dục Anna Smith đã từ chức.", "TITLE", "Bộ trưởng Giáo dục"),
        ("Bộ trưởng Nông nghiệp Lê Văn Tâm đi thăm ruộng.", "TITLE", "Bộ trưởng Nông nghiệp"),
        # "ĐBQH" is a deputy, a title; "Đoàn ĐBQH" is the delegation
        ("Theo ĐBQH Lê Văn Hùng, dự luật cần sửa.", "TITLE", "ĐBQH"),
        ("Đoàn ĐBQH tỉnh Quảng Trị đã họp.", "ORG", "Đoàn ĐBQH tỉnh Quảng Trị"),
        # "bà xã", "ông xã" are a wife and a husband, not a commune
        ("Nam ca sĩ cùng bà xã Mary Anne đi du lịch.", "PERSON", "Mary Anne"),
    ],
)
def test_rule(text: str, typ: str, span: str) -> None:
    assert (typ, span) in _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        # the sixty names of the sexagenary cycle are lunar years, never people
        "Tết Đinh Dậu năm nay đến sớm.",
        "Người sinh năm Giáp Tý và năm Quý Hợi đều hợp tuổi.",
        "Xuân Kỷ Hợi về trên mọi miền.",
        "Đón năm mới Canh Tý với nhiều hy vọng.",
        # show-business abbreviations are no organisations
        "Nữ ca sĩ vừa tung MV mới, FC của cô rất vui.",
    ],
)
def test_no_named_entity(text: str) -> None:
    assert [s for s in _spans(text) if s[0] in ("PERSON", "ORG", "LOC")] == []


def test_a_cycle_name_inside_a_full_name_stays_a_person() -> None:
    assert ("PERSON", "Lê Quý Dậu") in _spans("Ông Lê Quý Dậu về quê.")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a lower-case field, then the body's town or province written with its administrative word
        ("Trung tâm bồi dưỡng chính trị TP Vĩnh Yên tổ chức lớp học.", "Trung tâm bồi dưỡng chính trị TP Vĩnh Yên"),
        ("Hiệp hội du lịch TP Nha Trang cho biết.", "Hiệp hội du lịch TP Nha Trang"),
        # central bodies whose names hold commas or lower-case words
        ("Cục Quản lý Khám, chữa bệnh đã có văn bản.", "Cục Quản lý Khám, chữa bệnh"),
        ("Theo Cục Xuất bản, In và Phát hành, sách này bị thu hồi.", "Cục Xuất bản, In và Phát hành"),
        ("Tàu của Cảnh sát biển Việt Nam đã có mặt.", "Cảnh sát biển Việt Nam"),
        # a police team opens on "Đội"
        ("Đội CSGT huyện Hương Sơn đã lập biên bản.", "Đội CSGT huyện Hương Sơn"),
    ],
)
def test_org(text: str, span: str) -> None:
    assert ("ORG", span) in _spans(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a landmark's kind word belongs to its name; the words after it are no person
        ("Du khách đến Hoàng thành Thăng Long rất đông.", "Hoàng thành Thăng Long"),
        ("Lễ hội chùa Hương năm nay vắng khách.", "chùa Hương"),
        ("Buổi hòa nhạc diễn ra tại Nhà hát Hòa Bình.", "Nhà hát Hòa Bình"),
        ("Tàu cá cập Cảng cá Thanh Sơn lúc 5 giờ.", "Cảng cá Thanh Sơn"),
        ("Học sinh tham quan Văn Miếu - Quốc Tử Giám.", "Văn Miếu - Quốc Tử Giám"),
        # a gazetteer place in parentheses after a place, or listed after places
        ("Lễ hội tại chùa Hương (Mỹ Đức) rất đông.", "Mỹ Đức"),
        ("Các huyện Tam Nông, Thanh Bình được hưởng lợi.", "Thanh Bình"),
        ("Dự án thoát lũ cho Đồng Tháp Mười đã khởi công.", "Đồng Tháp Mười"),
    ],
)
def test_loc(text: str, span: str) -> None:
    assert ("LOC", span) in _spans(text)


def test_a_verb_before_a_foreign_name_is_no_temple() -> None:
    assert not any(s[0] == "LOC" for s in _spans("Công ty phải đền Sergio Alvarez một khoản tiền."))


@pytest.mark.parametrize(
    ("text", "typ", "span"),
    [
        # a tower word that ends a province's name opens no landmark
        ("Phó Chủ tịch UBND tỉnh Đồng Tháp Lê Văn Hai phát biểu.", "PERSON", "Lê Văn Hai"),
        ("Phó Chủ tịch UBND tỉnh Đồng Tháp Lê Văn Hai phát biểu.", "ORG", "UBND tỉnh Đồng Tháp"),
        # general hospitals and health centres written short
        ("Bệnh nhân được chuyển về BVĐK Phú Thọ cấp cứu.", "ORG", "BVĐK Phú Thọ"),
        ("TTYT huyện Ba Vì cho biết.", "ORG", "TTYT huyện Ba Vì"),
        # forest rangers: the station and its head
        ("Ông Lê Văn Ba, Phó Hạt trưởng Hạt Kiểm lâm huyện Krông Nô, cho biết.", "TITLE", "Phó Hạt trưởng"),
        ("Ông Lê Văn Ba, Phó Hạt trưởng Hạt Kiểm lâm huyện Krông Nô, cho biết.", "ORG",
         "Hạt Kiểm lâm huyện Krông Nô"),
        # a diplomatic mission with its host place
        ("Đại sứ quán Pháp tại Hà Nội đã gửi công hàm.", "ORG", "Đại sứ quán Pháp tại Hà Nội"),
        ("Tổng Lãnh sự quán Việt Nam tại San Francisco đã hỗ trợ.", "ORG",
         "Tổng Lãnh sự quán Việt Nam tại San Francisco"),
    ],
)
def test_more_rules(text: str, typ: str, span: str) -> None:
    assert (typ, span) in _spans(text)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a lower-case office with no name after it is still a title ("ghế Thủ tướng")
        ("Các nghị sĩ yêu cầu tổng thống rút lại đề cử.", "tổng thống", True),
        ("Anh ta nói mình mới là quản lý chứ không phải giám đốc.", "giám đốc", True),
        # but not when counted (people of a trade), nor inside a name
        ("Tổng thống và các cố vấn của ông vẫn nói vậy.", "cố vấn", False),
        # nor the office in several bodies at once
        ("Dự có bí thư (phó bí thư) các đảng ủy trực thuộc.", "bí thư", False),
        ("Dự có bí thư (phó bí thư) các đảng ủy trực thuộc.", "phó bí thư", False),
        ("Mời chủ tịch những xã ven biển tới họp.", "chủ tịch", False),
    ],
)
def test_bare_office(text: str, span: str, expected: bool) -> None:
    assert (("TITLE", span) in _spans(text)) is expected


def test_foreign_parties_named_by_their_idea() -> None:
    spans = _spans("Các nghị sĩ đảng Dân chủ phản đối, cả đảng Cộng hòa lẫn Dân chủ đều lo ngại, phe Cộng hòa im lặng.")
    assert ("ORG", "đảng Dân chủ") in spans
    assert ("ORG", "đảng Cộng hòa") in spans
    assert ("ORG", "Dân chủ") in spans
    assert ("ORG", "Cộng hòa") in spans
    assert not any(s[0] == "PERSON" for s in spans)


def test_a_republic_named_after_its_idea_is_left_to_the_grammar() -> None:
    assert ("ORG", "Cộng hòa") not in _spans("Đoàn đại biểu Cộng hòa Séc đã đến Hà Nội.")


def test_a_given_name_that_is_also_a_common_word_after_a_word_of_address() -> None:
    spans = _spans("Ông Trần Văn Khoa làm bảo vệ. Khi đó, ông Khoa nghe tiếng kêu cứu. Khoa Nội vẫn đông.")
    assert ("PERSON", "Khoa") in spans
    assert ("PERSON", "Khoa Nội") not in spans


def test_a_teammate_is_no_team() -> None:
    assert ("ORG", "Marco Polo") not in _spans("Tiền đạo này an ủi đồng đội Marco Polo sau trận thua.")


def test_a_police_force_written_short_is_no_body_alone() -> None:
    spans = _spans("Chiến sĩ CSGT bị hất văng. Sau đó Đội CSGT huyện Hương Khê vào cuộc.")
    assert ("ORG", "CSGT") not in spans
    assert ("ORG", "Đội CSGT huyện Hương Khê") in spans


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a place after a descriptor noun that stays outside the span
        ("Người dân sống gần bãi rác Nam Sơn phản đối.", "Nam Sơn"),
        # a street between a house number and its district
        ("Trụ sở đặt tại số 12 Trần Hưng Đạo, quận Hoàn Kiếm.", "Trần Hưng Đạo"),
    ],
)
def test_more_places(text: str, span: str) -> None:
    assert ("LOC", span) in _spans(text)


def test_a_range_of_years_at_the_head_of_a_clause_dates_events() -> None:
    spans = _spans("Hồi năm 2010-2012, dịch bùng phát. Hoàn thành kế hoạch ngành năm 2010-2012.")
    assert spans.count(("DATE", "năm 2010-2012")) == 1


def test_a_sentence_opening_anh_before_a_verb_is_he() -> None:
    spans = _spans("Cầu thủ này rất giỏi. Anh đã ghi 10 bàn mùa này.")
    assert ("LOC", "Anh") not in spans


def test_anh_stays_england_in_a_text_about_england() -> None:
    spans = _spans("Thủ tướng Anh phát biểu hôm qua. Anh đã rời EU từ năm 2020.")
    assert spans.count(("LOC", "Anh")) == 2


def test_a_lower_case_local_body_is_the_parent() -> None:
    assert ("ORG", "Phòng CSGT công an tỉnh") in _spans("Anh được điều về Phòng CSGT công an tỉnh làm việc.")


@pytest.mark.parametrize(
    ("text", "span", "key"),
    [
        ("Thực hiện Nghị quyết Trung ương 6, khóa XI về xây dựng Đảng.", "Nghị quyết Trung ương 6, khóa XI",
         "Nghị quyết Trung ương 6 (khóa XI)"),
        ("Quán triệt Nghị quyết TƯ 7 đến cán bộ.", "Nghị quyết TƯ 7", "Nghị quyết Trung ương 7"),
        ("Điều này trái với Hiến pháp Pháp hiện hành.", "Hiến pháp Pháp", "Hiến pháp Pháp"),
    ],
)
def test_legal_forms(text: str, span: str, key: str) -> None:
    docs = [(e.text, e.key) for e in extract(text).entities if e.type.value == "LEGAL_DOC"]
    assert (span, key) in docs


def test_a_byline_in_capitals() -> None:
    spans = _spans("Hội nghị kết thúc tốt đẹp. TRẦN MINH (tổng hợp)")
    assert ("PERSON", "TRẦN MINH") in spans
    assert not any(s[0] == "ORG" for s in spans)


def test_a_bare_head_noun_names_no_body() -> None:
    spans = _spans("Sở lập Hội đồng chuyên môn, lãnh đạo Sở làm Chủ tịch Hội đồng; thành viên Hội đồng họp.")
    assert ("ORG", "Hội đồng") not in spans
    assert ("TITLE", "Chủ tịch Hội đồng") in spans
    assert ("ORG", "Bộ Ngoại giao") in _spans("Ông Lê Văn Nam, Thứ trưởng Bộ Ngoại giao, cho biết.")


def test_a_name_ends_before_a_clause_opener() -> None:
    spans = _spans("Phó Chủ tịch UBND TP Lê Thanh Tùng Ngoài ra, TP cũng điều chỉnh.")
    assert ("PERSON", "Lê Thanh Tùng") in spans


def test_every_country_is_a_place() -> None:
    spans = _spans("Dịch bùng phát tại các nước như Guinea, Sierra Leone và Liberia, rồi lan sang Togo.")
    for country in ("Guinea", "Sierra Leone", "Liberia", "Togo"):
        assert ("LOC", country) in spans


def test_a_league_is_a_competition_not_a_body() -> None:
    spans = _spans("Tiền đạo này ghi 14 bàn tại La Liga mùa này, theo tờ Le Monde.")
    assert ("ORG", "La Liga") not in spans
    assert ("ORG", "Le Monde") in spans


def test_db_before_a_name_is_a_deputy() -> None:
    spans = _spans("Trích tranh luận của ĐB Trần Văn Hồng tại phiên họp. Lũ lớn ở ĐB sông Hồng.")
    assert ("TITLE", "ĐB") in spans
    assert spans.count(("TITLE", "ĐB")) == 1
    assert ("ORG", "ĐB") not in spans


def test_the_city_people_s_committee_without_the_city_s_name() -> None:
    spans = _spans("UBND TP cho biết, thông qua đấu giá thu được 10 tỷ đồng. Phó Chủ tịch UBND TP Lê Văn Tùng nói.")
    assert spans.count(("ORG", "UBND TP")) == 2


def test_pagodas_of_a_region_are_no_landmark() -> None:
    assert not any(s == ("LOC", "chùa Bắc Bộ") for s in _spans("Kiến trúc các ngôi chùa Bắc Bộ rất đặc sắc."))


def test_chinese_family_names_in_vietnamese_spelling() -> None:
    spans = _spans("Người phát ngôn Bộ Quốc phòng Trung Quốc Nhiệm Văn Hải cho hay. Tập đoàn Vingroup cho biết.")
    assert ("PERSON", "Nhiệm Văn Hải") in spans
    assert ("ORG", "Tập đoàn Vingroup") in spans
