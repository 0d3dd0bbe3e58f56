"""Rules from dev12's errors (read once it stopped being the untouched set), tested on
invented sentences, with the over-reaches the corpus audit showed as counter-examples."""

from __future__ import annotations

from desktop_app.entities import extract


def _spans(text: str) -> list[tuple[str, str]]:
    return [(e.type.value, e.text) for e in extract(text).entities]


def test_sentence_case_name_ends_where_the_name_visibly_ends() -> None:
    spans = _spans("Gọi số nóng của Cục Quản lý lao động ngoài nước, Bộ Lao động - Thương binh và Xã hội.")
    assert ("ORG", "Cục Quản lý lao động ngoài nước") in spans
    assert ("ORG", "Ủy ban An toàn giao thông quốc gia") in _spans(
        "Theo Ủy ban An toàn giao thông quốc gia, số vụ tai nạn giảm."
    )
    # a long lower-case run to a full stop may be the sentence's verb phrase: the name stays short
    spans = _spans("Ông cho biết Hội đồng Hòa giải dân tộc nêu rõ quan điểm.")
    assert not any(t == "ORG" and s.endswith("nêu rõ quan điểm") for t, s in spans), spans


def test_fields_listed_with_a_comma_inside_a_name() -> None:
    spans = _spans("Chủ tịch Hội đồng Tư vấn chính sách tài chính, tiền tệ quốc gia đã chủ trì phiên họp.")
    assert ("ORG", "Hội đồng Tư vấn chính sách tài chính, tiền tệ quốc gia") in spans
    assert ("TITLE", "Chủ tịch") in spans


def test_embassy_is_no_envoy() -> None:
    spans = _spans("Đại sứ quán đã khẩn trương triển khai. Đại sứ Nguyễn Văn Nam cho biết thêm.")
    assert spans.count(("TITLE", "Đại sứ")) == 1
    assert ("PERSON", "Nguyễn Văn Nam") in spans
    assert not any(s == "Tổng lãnh sự" for _, s in _spans("Tổng lãnh sự quán Việt Nam tại Osaka thông báo."))


def test_force_after_luc_luong() -> None:
    assert ("ORG", "Bộ đội biên phòng Hà Tĩnh") in _spans("Lực lượng Bộ đội biên phòng Hà Tĩnh phối hợp.")
    assert ("ORG", "Công an tỉnh Hà Tĩnh") in _spans("Lực lượng Công an tỉnh Hà Tĩnh đã có mặt.")
    # a force whose own name starts with "Lực lượng" keeps it
    assert ("ORG", "Lực lượng Dân chủ Syria") in _spans("Lực lượng Dân chủ Syria tấn công thành phố.")


def test_agency_and_photographer_in_either_order() -> None:
    text = "Phiên họp của Hội đồng. Ảnh: VGP/Thành Chung Vào đầu năm, giá tăng. Ảnh: Quang Hiếu/VGP."
    spans = _spans(text)
    assert spans.count(("ORG", "VGP")) == 2, spans
    assert ("PERSON", "Thành Chung") in spans and ("PERSON", "Quang Hiếu") in spans


def test_people_introduced_with_their_age() -> None:
    spans = _spans("Công an bắt quả tang Nathammanha (26 tuổi) và Chaykeobani (25 tuổi) đang vận chuyển ma túy.")
    assert ("PERSON", "Nathammanha") in spans and ("PERSON", "Chaykeobani") in spans
    assert not any(t == "ORG" for t, _ in spans), spans  # "Công an bắt quả tang ...": a verb follows
    assert ("PERSON", "Thò Chá Lỳ") in _spans("Cô Thò Chá Lỳ (SN 1990, trú tại bản Sin Suối Hồ) cho biết.")
    # another rule's reading wins, and initials or foreign common words before an age are no name
    spans = _spans("Nữ sinh Nguyễn Thị T.A (SN 1999) mất tích. Ông Lê Văn Tám (60 tuổi) là bố.")
    assert ("PERSON", "A") not in spans and ("PERSON", "Lê Văn Tám") in spans
    assert not any(t == "PERSON" for t, _ in _spans("Anh ghi bàn ở Champions League, 31 tuổi vẫn sung sức."))


def test_streets_at_a_junction_are_places_not_people() -> None:
    spans = _spans("Khi đoàn xe đi qua nút giao Nguyễn Chánh - Trần Duy Hưng (quận Cầu Giấy), xe dừng lại.")
    assert ("LOC", "Nguyễn Chánh") in spans and ("LOC", "Trần Duy Hưng") in spans
    assert not any(t == "PERSON" for t, _ in spans), spans
    assert ("LOC", "Lê Văn Lương") in _spans("Tai nạn ở ngã tư Lê Văn Lương sáng nay.")


def test_national_assembly_committees_and_unspaced_dashes() -> None:
    assert ("ORG", "Ủy ban Tài chính - Ngân sách") in _spans("Ủy ban Tài chính - Ngân sách đã họp.")
    spans = _spans("Liên hệ Cục Quản lý lao động ngoài nước, Bộ Lao động-Thương binh và xã hội./.")
    assert ("ORG", "Bộ Lao động-Thương binh và xã hội") in spans


def test_fiscal_year_and_spaced_month_year() -> None:
    assert ("DATE", "năm 2015") in _spans("Nhìn cả về nền tài khóa năm 2015 thì bội chi tăng.")
    assert not any(t == "DATE" for t, _ in _spans("Học viên khóa năm 2016 đã tốt nghiệp."))
    assert ("DATE", "tháng 9- 2011") in _spans("Như đã thỏa thuận hồi tháng 9- 2011 trong bản ghi nhớ.")


def test_seat_of_government_is_a_place_and_formosa_a_company() -> None:
    spans = _spans("Chiều 24/5, tại Trụ sở Chính phủ, Thủ tướng tiếp Đại sứ Iran.")
    assert ("LOC", "Trụ sở Chính phủ") in spans and ("ORG", "Chính phủ") not in spans
    assert ("ORG", "Quốc hội Mỹ") in _spans("Trụ sở Quốc hội Mỹ bị phong tỏa.")  # the body, named further
    assert ("ORG", "Formosa") in _spans("Lãnh đạo tỉnh nói về vụ nổ lớn ở Formosa tối qua.")
    assert ("ORG", "Phòng Thương mại và Công nghiệp Việt Nam") in _spans(
        "Đoàn làm việc với Phòng Thương mại và Công nghiệp Việt Nam. Iran muốn mở rộng quan hệ."
    )


def test_credit_services_and_unknown_agencies() -> None:
    spans = _spans("Nơi xảy ra tai nạn (chấm đỏ). Ảnh: Google Maps. Google cho biết sẽ cập nhật.")
    assert ("ORG", "Google") in spans and spans.count(("ORG", "Google")) == 1, spans
    spans = _spans("Ông Thưởng dự. Ảnh: Quang Chinh/TGVN Công tác tuyên truyền được đẩy mạnh.")
    assert ("ORG", "TGVN") in spans and ("PERSON", "Quang Chinh") in spans


def test_leadership_of_a_body_is_no_body() -> None:
    spans = _spans("Về phía UBCKNN có Ban Lãnh đạo UBCKNN và Ban lãnh đạo Tập đoàn Dầu khí Việt Nam.")
    assert spans.count(("ORG", "UBCKNN")) == 2 and ("ORG", "Tập đoàn Dầu khí Việt Nam") in spans, spans
    assert ("ORG", "Vietlott") in _spans("Người trúng Vietlott hơn 37 tỷ đồng chưa nhận giải.")


def test_places_listed_after_a_plural_administrative_word() -> None:
    spans = _spans("Các xã Minh Xuân, Yên Thắng, Tân Lĩnh bị ngập nặng.")
    assert [s for t, s in spans if t == "LOC"] == ["Minh Xuân", "Yên Thắng", "Tân Lĩnh"], spans
    spans = _spans("Có 35 hộ ở 2 xã Nghĩa Hòa và Hòa Phú xây dựng trái phép.")
    assert ("LOC", "Hòa Phú") in spans and not any(t == "PERSON" for t, _ in spans), spans
    # channels, regions of the fatherland and the Party are no list of places
    assert not any(t == "LOC" for t, _ in _spans("Trao đổi qua các kênh Đảng, Nhà nước và nhân dân mọi miền Tổ quốc."))


def test_line_ups_papers_and_federal_bodies() -> None:
    spans = _spans("Đan Mạch (4-3-3): Ronnow; Larsen, Christensen, N. Jorgensen. Đức (3-5-2): Trapp; Sule.")
    people = [s for t, s in spans if t == "PERSON"]
    assert people == ["Ronnow", "Larsen", "Christensen", "N. Jorgensen", "Trapp", "Sule"], spans
    assert ("ORG", "Los Angeles Times") in _spans("Ảnh: Los Angeles Times Ngày 17/3, máy bay Mỹ thả bom.")
    assert ("ORG", "Sydney Morning Herald") in _spans("Theo tờ Sydney Morning Herald, cảnh sát đã bắt 6 người.")
    spans = _spans("Cảnh sát Liên bang Australia cho biết. Bộ trưởng Tư pháp liên bang Michael Keenan nói.")
    assert ("ORG", "Cảnh sát Liên bang Australia") in spans and ("PERSON", "Michael Keenan") in spans
    assert not any(t == "LOC" and s.startswith("bang") for t, s in spans), spans
    assert not any(t == "ORG" for t, _ in _spans("Trị giá 312 triệu AUD, ảnh GIF được chèn nhờ hệ thống CRISPR."))
    # a video or clip caption is no part of the name after it
    assert not any(s.startswith(("Video", "Clip")) for _, s in _spans("Video Putin cười lớn. Clip Mike Tyson tập."))


def test_withheld_initials_keep_their_stop_and_makers_before_models() -> None:
    spans = _spans("Phúc đột nhập vào nhà chị Nguyễn Thị S. (43 tuổi, trú cùng thôn). Nạn nhân là Dương Thị C. (SN 1969).")
    assert ("PERSON", "Nguyễn Thị S.") in spans and ("PERSON", "Dương Thị C.") in spans, spans
    assert ("PERSON", "Nguyễn Văn A") in _spans("Ông gặp anh Nguyễn Văn A. Sau đó về nhà.")  # the stop ends the sentence
    spans = _spans("Tàu Boeing X-37B sẽ được phóng bằng tên lửa của liên doanh Lockheed Martin và Boeing.")
    assert spans.count(("ORG", "Boeing")) == 1, spans


def test_national_teams_generals_initials_and_parts_of_places() -> None:
    spans = _spans("Sang hiệp 2, ĐT Đức kiểm soát thế trận. Theo Tướng Isler, 36 người khác bị thương.")
    assert ("ORG", "ĐT Đức") in spans and ("TITLE", "Tướng") in spans and ("PERSON", "Isler") in spans
    assert ("PERSON", "L.P.N.") in _spans("Linh còn bị phát hiện xâm hại L.P.N. (7 tuổi) ở ấp Rạch Tàu.")
    assert ("LOC", "Tây Mosul") in _spans("Máy bay thả bom vào một tòa nhà ở Tây Mosul nhằm tiêu diệt tay súng.")
    assert ("LOC", "Nam Thái Bình Dương") in _spans("Nhóm này tiếp cận một tàu ở Nam Thái Bình Dương để nhận hàng.")
    spans = _spans("Chính quyền vùng Catalonia, miền Đông Bắc Tây Ban Nha, thông báo. Anh Nam ở Tây Ban Nha.")
    assert ("LOC", "Tây Ban Nha") in spans and ("PERSON", "Nam") in spans, spans
    assert ("LOC", "Cupertino") in _spans("Khi Apple mở cửa trụ sở mới tại Cupertino, California, nhân viên vui.")


def test_papers_after_a_capitalised_to_and_virtual_assistants() -> None:
    assert ("ORG", "Chosun Biz") in _spans("Tờ Chosun Biz đưa tin, khi được hỏi về tổng thống mới.")
    spans = _spans("Trợ lý ảo Bixby rơi vào thế bí. Trợ lý Nguyễn Văn Nam nói. Chị Trang cho biết cô sẽ về.")
    assert spans.count(("TITLE", "Trợ lý")) == 1 and ("PERSON", "Trang") in spans, spans


def test_vietnamese_company_after_lower_case_cong_ty() -> None:
    spans = _spans("Việc công ty Trung Việt xây tường rào là trái phép. Giám đốc công ty Yakovlev cho biết.")
    assert ("ORG", "công ty Trung Việt") in spans and ("ORG", "Yakovlev") in spans, spans
    # a capitalised word that a lower-case one continues is no company name of its own
    assert not any(t == "ORG" for t, _ in _spans("Ông mở công ty Địa ốc ở quận 7."))


def test_ranks_in_lower_case_roads_and_the_two_halves() -> None:
    spans = _spans("Theo tướng Đỗ Kim Tuyến và thạc sĩ Nguyễn Đăng Thạch, các thành viên Đoàn Kiểm tra làm đúng.")
    assert ("TITLE", "tướng") in spans and ("TITLE", "thạc sĩ") in spans and ("TITLE", "thành viên") not in spans
    assert not any(s == "trưởng" for _, s in _spans("Con trưởng Nguyễn Văn An học giỏi."))  # no rank, a common word
    spans = _spans("Xe đi về Đại lộ Thăng Long, thuộc Vành đai 3. Heroin được đưa từ Bắc vào Nam.")
    assert ("LOC", "Đại lộ Thăng Long") in spans and ("LOC", "Vành đai 3") in spans, spans
    assert ("LOC", "Bắc") in spans and ("LOC", "Nam") in spans


def test_a_surname_that_ends_a_place_opens_no_name() -> None:
    spans = _spans("Thông số trận đấu: Đan Mạch Thông số Đức 15(5).")
    assert ("LOC", "Đan Mạch") in spans and not any(t == "PERSON" for t, _ in spans), spans
    assert not any(t == "LOC" and s == "quan Sơn" for t, s in _spans("Du khách tham quan Sơn Đoòng."))


def test_review_counter_examples() -> None:
    """Over-reaches a review of the session's rules found, each kept as a case."""
    assert ("ORG", "Công an quận") in _spans("Ở ngã tư Hàng Bài Công an quận đã có mặt.")
    assert ("LOC", "Hàng Xanh") in _spans("Giao lộ Hàng Xanh thường xuyên ùn tắc.")
    assert not any(s in ("Mông", "Dao") for _, s in _spans("Anh Páo, người Mông, 30 tuổi. Một phụ nữ người Dao (45 tuổi)."))
    assert not any(t == "LOC" for t, _ in _spans("Hai bên ký hai bản Ghi nhớ hợp tác."))
    assert _spans("EU phạt Google 500 triệu euro. Google cho biết sẽ kháng cáo.").count(("ORG", "Google")) == 2
    assert ("ORG", "Boston Globe") in _spans("Theo Boston Globe, thành phố bị mất điện.")
    assert ("ORG", "San Francisco Chronicle") in _spans("San Francisco Chronicle đưa tin hôm qua.")
    assert ("LOC", "đường Vành đai 4") in _spans("Dự án đường Vành đai 4, đoạn qua Hà Nội, sẽ khởi công.")
    assert not any(t == "LOC" for t, _ in _spans("Trong vành đai 2 km quanh khu dân cư."))
    assert not any(s == "ông ấy" for _, s in _spans("Đội hình (4-4-2): Đặng Văn Lâm, Quế Ngọc Hải, ông ấy ra sân."))
    assert not any(t == "TITLE" for t, _ in _spans("Các đại biểu Hoàng Mai, Đống Đa kiến nghị."))
    assert ("PERSON", "Nam Anh") in _spans("Nhận quà từ Nam Anh, bạn thân của cô.")
    assert ("LOC", "Nguyễn Văn An") not in _spans("Các xã Tân Lập, Tân Hòa, Nguyễn Văn An nói.")
    assert ("DATE", "năm 2015") in _spans("Tài khóa năm 2015 bội chi lớn.")
    # a sentence-final stop after initials is the sentence's, as after a withheld name
    assert ("PERSON", "L.P.N") in _spans("Công an bắt giữ L.P.N. Sau đó đưa về trụ sở.")


def test_steering_committees_named_by_their_subject() -> None:
    assert ("ORG", "Ban chỉ đạo điều hành giá") in _spans("Theo kế hoạch của Ban chỉ đạo điều hành giá. Thu ngân sách đạt.")
    assert ("ORG", "Ban chỉ đạo Phòng chống tham nhũng") in _spans("Ban chỉ đạo Phòng chống tham nhũng đã có yêu cầu.")
    assert not any(t == "ORG" for t, _ in _spans("Sau đó Ban chỉ đạo đã họp."))  # no subject, no name
    assert ("ORG", "Ủy ban Chỉ đạo") in _spans("Ủy ban Chỉ đạo hợp tác song phương họp.")  # "ban" is no head here
