"""Rules from dev16's and dev17's errors (read in the sixth session after both were scored once
blind: 0.899 and 0.900), tested on invented sentences, with the over-reaches the corpus audit
showed as counter-examples."""

from __future__ import annotations

from desktop_app.entities import extract


def _spans(text: str) -> list[tuple[str, str]]:
    return [(e.type.value, e.text) for e in extract(text).entities]


def test_laws_named_in_lower_case_or_short() -> None:
    spans = _spans(
        "Biểu quyết thông qua Luật thủy lợi; thông qua Luật du lịch (sửa đổi). Dự án Luật bảo vệ và phát "
        "triển rừng (sửa đổi) được thảo luận. Hướng dẫn Luật thuế GTGT và sửa đổi Luật BHYT theo hướng mới."
    )
    for name in ("Luật thủy lợi", "Luật du lịch", "Luật bảo vệ và phát triển rừng", "Luật thuế GTGT", "Luật BHYT"):
        assert ("LEGAL_DOC", name) in spans, (name, spans)
    spans = _spans("Trong Dự thảo Luật Du lịch trình Quốc hội lần tới. Theo Điều 242, Bộ Luật Hình sự.")
    assert ("LEGAL_DOC", "Luật Du lịch") in spans and ("LEGAL_DOC", "Bộ Luật Hình sự") in spans
    assert ("LEGAL_DOC", "Luật Nhà ở") in _spans("Theo Luật Nhà ở và Luật Giao thông đường bộ.")


def test_no_law_in_a_lawyer_a_newspaper_or_a_law_firm() -> None:
    spans = _spans(
        "Luật sư Nguyễn Văn A nói. Luật quy định rõ trách nhiệm. Theo báo Pháp Luật TP.HCM, "
        "Công ty Luật hợp danh Thiên Quang và Trường ĐH Luật TP.HCM cho biết."
    )
    assert not any(t == "LEGAL_DOC" for t, _ in spans), spans


def test_more_world_places() -> None:
    spans = _spans("Chủ tịch nước gặp Thống đốc Saint Petersburg Pontavchenko. Đoàn đã rời Hamburg, Đức để đi Hà Lan.")
    assert ("LOC", "Saint Petersburg") in spans and ("PERSON", "Pontavchenko") in spans
    assert ("LOC", "Hamburg") in spans
    # a player, a team named after a city keep their names
    assert ("PERSON", "Lucas Lima") in _spans("Tiền vệ Lucas Lima ghi bàn.")


def test_missions_stop_at_the_sentence_end_museums_and_monuments() -> None:
    spans = _spans("Ông nói chuyện với cán bộ Đại sứ quán Việt Nam tại Trung Quốc. Chủ tịch nước đánh giá cao ĐSQ Việt Nam tại Trung Quốc.")
    assert ("ORG", "Đại sứ quán Việt Nam tại Trung Quốc") in spans
    assert ("ORG", "ĐSQ Việt Nam tại Trung Quốc") in spans and ("TITLE", "Chủ tịch nước") in spans
    spans = _spans("Tại Bảo tàng Hồ Chí Minh, đoàn dâng hoa tại Công viên Tượng đài Chủ tịch Hồ Chí Minh.")
    assert ("ORG", "Bảo tàng Hồ Chí Minh") in spans
    assert ("LOC", "Công viên Tượng đài Chủ tịch Hồ Chí Minh") in spans


def test_units_named_in_lower_case_before_their_parent_and_more_offices() -> None:
    spans = _spans("Theo Cục quản lý cạnh tranh, Bộ Công Thương, hồ sơ đã được chuyển. Hội đồng xét xử, TAND tỉnh tuyên án.")
    assert ("ORG", "Cục quản lý cạnh tranh") in spans
    assert not any(s.startswith("Hội đồng") for _, s in spans), spans
    spans = _spans("Ông Nam, Cục phó Cục Quản lý cạnh tranh. Bộ trưởng Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng nói.")
    assert ("TITLE", "Cục phó") in spans and ("TITLE", "Bộ trưởng Chủ nhiệm") in spans
    spans = _spans("Phiên đấu thầu do Kho bạc Nhà nước (KBNN) phát hành. Ngày 29/6, Tổng hội Y học Việt Nam gửi văn bản.")
    assert ("ORG", "Kho bạc Nhà nước") in spans and ("ORG", "Tổng hội Y học Việt Nam") in spans


def test_languages_provincial_police_and_lower_case_schools() -> None:
    spans = _spans("Ông phân tích kinh tế bằng tiếng Anh, tiếng Việt Nam và tiếng Bồ Đào Nha. Ông sang Anh.")
    assert spans == [("LOC", "Anh")], spans
    spans = _spans("Bác sĩ Lương đã bị công an Hòa Bình bắt giữ. Giáo viên trường mầm non Sen Vàng bạo hành trẻ.")
    assert ("ORG", "công an Hòa Bình") in spans and ("ORG", "trường mầm non Sen Vàng") in spans
    assert ("LEGAL_DOC", "Luật du lịch") in _spans("Theo Bộ trưởng Nguyễn Ngọc Thiện, Luật du lịch khi được ban hành.")


def test_company_names_are_not_cut_inside_a_word() -> None:
    spans = _spans("Các đơn vị: Công ty cổ phần Tư vấn xây dựng điện 3; Tổng công ty Lương thực miền Nam.")
    assert not any(s.endswith(("Tư", "Lương")) for _, s in spans), spans
