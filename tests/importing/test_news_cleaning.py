"""The news-page cleaner on the five scraped seeds and on invented pages of other layouts."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from seed_expectations import SEED_METADATA

from desktop_app.importing.furniture_rules import classify_line
from desktop_app.importing.metadata import parse_byline, parse_dateline, parse_iso_date
from desktop_app.importing.news_cleaning import PageHints, clean_news_text
from desktop_app.textnorm import normalize_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

EXPECTED = SEED_METADATA


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_metadata(prefix):
    title, date, author = EXPECTED[prefix]
    page = clean_news_text(_seed(prefix))
    assert (page.title, page.date, page.author) == (title, date, author)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_clean_text_starts_with_title_and_is_normalised(prefix):
    page = clean_news_text(_seed(prefix))
    assert _lines(page.clean_text)[0] == EXPECTED[prefix][0]
    assert normalize_text(page.clean_text) == page.clean_text
    assert unicodedata.is_normalized("NFC", page.clean_text)
    assert all(block.reason and block.text for block in page.furniture)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_no_text_is_lost_only_moved(prefix):
    """Every line of the page is either in the clean text or in a furniture block."""
    page = clean_news_text(_seed(prefix))
    kept = set(_lines(page.clean_text))
    removed = {line for block in page.furniture for line in block.text.split("\n")}
    for line in _lines(normalize_text(_seed(prefix))):
        title_line = line.endswith(page.title or "\0")  # "date 2022-10 <title>" became the title
        assert line in kept or line in removed or title_line, line


def test_seed_000_category_source_and_furniture():
    page = clean_news_text(_seed("000"))
    assert page.category == "Thời sự"
    assert page.source == "Tổ Quốc"
    text = page.clean_text
    assert "(Tổ Quốc) - Chiều 31/3" in text
    assert "Toàn cảnh Hội nghị" in _lines(text)  # a photo caption stays
    for furniture in ("Đường dây nóng", "0901.22.33.66", "toasoan@", "Liên hệ quảng cáo",
                      "091.358.6788", "NỔI BẬT TRANG CHỦ", "- Ảnh 1.", "31/03/2023 20:40"):  # fmt: skip
        assert furniture not in text
    reasons = {block.reason for block in page.furniture}
    assert {"hotline", "advertising", "dateline", "photo-placeholder"} <= reasons
    assert _lines(text)[-1] == "PV"  # the byline stays at the end


def test_seed_001_related_headlines_and_counter_are_removed():
    page = clean_news_text(_seed("001"))
    text = page.clean_text
    assert "24/10/2019 | 927" not in text
    assert "Các bài viết khác" not in text
    assert "ngày trước" not in text and "tháng trước" not in text
    assert "Ảnh: Đồng chí Sơn Minh Thắng" in text
    assert _lines(text)[-1] == "Minh Phương"


def test_seed_002_tail_widgets_go_captions_stay():
    page = clean_news_text(_seed("002"))
    lines = _lines(page.clean_text)
    for furniture in ("Phản hồi", "Các tin khác", "Mới nhất", "Xem nhiều nhất"):
        assert furniture not in lines
    assert "Toàn cảnh buổi kiểm tra" in lines
    assert lines[-1].startswith("Vì vậy, từ đầu nhiệm ký Đại hội XIII")


def test_seed_003_scraper_date_prefix_is_taken_off_the_title_line():
    page = clean_news_text(_seed("003"))
    assert "date 2022-10" not in page.clean_text
    assert _lines(page.clean_text)[-1] == "Thùy Dương"


def test_seed_004_lead_kept_once_and_all_furniture_removed():
    page = clean_news_text(_seed("004"))
    text = page.clean_text
    lead = _lines(normalize_text(_seed("004")))[3]
    assert lead.startswith("Bảo vệ chính trị nội bộ là một bộ phận trọng yếu")
    assert text.count(lead) == 1
    furniture_lines = [
        "Hưởng ứng “Ngày thế giới phòng, chống mua bán người”", "Thứ tư - 13/09/2023 02:52",
        "Tổng số điểm của bài viết là: 0 trong 0 đánh giá", "Click để đánh giá bài viết",
        "Góp ý dự thảo", "Những tin mới hơn", "Những tin cũ hơn", "Trực ban", "Hot line",
        "laichau.gov.vn", "dichvucong.bocongan.gov.vn", "TRANG ZALO CÔNG AN LAI CHÂU",
        "• Đang truy cập353", "• Tổng lượt truy cập14,748,573", "top", "down", "ảnh minh họa",
    ]  # fmt: skip
    lines = set(_lines(text))
    for line in furniture_lines:
        assert line not in lines, line
    assert "Bạn đã không sử dụng Site" not in text
    reasons = {block.reason for block in page.furniture}
    assert {"navigation", "dateline", "duplicate-lead", "visitor-counter", "rating-widget",
            "session-notice", "scroll-control"} <= reasons  # fmt: skip
    assert _lines(text)[-1] == "Tác giả: Phòng An ninh Chính trị nội bộ"


# --- invented pages of other layouts ---------------------------------------------------------

PAGE_DATE_FIRST = """Trang chủ » Kinh tế » Nông nghiệp
Cập nhật: 08:15 ngày 05/06/2024
Nông dân Đồng Tháp thu hoạch lúa Hè Thu sớm
Chia sẻ
Tỉnh Đồng Tháp cho biết đến nay nông dân đã thu hoạch hơn 20 nghìn héc-ta lúa Hè Thu, năng suất bình quân đạt khoảng 6 tấn mỗi héc-ta, cao hơn cùng kỳ năm trước.
Giá lúa tươi tại ruộng dao động từ 7.000 đến 7.500 đồng mỗi ki-lô-gam, giúp nông dân có lãi khá sau nhiều vụ khó khăn về giá vật tư.
Theo Báo Nhân Dân
Từ khóa: lúa gạo, Đồng Tháp
Tin liên quan
Xuất khẩu gạo tăng mạnh trong 5 tháng đầu năm
Giá phân bón giảm nhẹ
"""

PAGE_HOTLINE_BYLINE = """Hotline: 0912 345 678 - Email: toasoan@baovidu.vn
Lượt xem: 1.234
Khánh thành cầu dân sinh ở xã vùng cao
(Báo Ví Dụ) - Sáng 12/4, UBND huyện tổ chức khánh thành cây cầu dân sinh bắc qua suối, giúp hơn 300 hộ dân đi lại thuận tiện trong mùa mưa lũ.
Cây cầu dài 60 mét, rộng 3,5 mét, được xây dựng từ nguồn vốn xã hội hóa và ngân sách địa phương.
Toàn cảnh lễ khánh thành
Người dân phấn khởi khi không còn phải lội suối để đưa con đến trường.
Tin, ảnh: Ngọc Lan
Xem thêm
Khởi công đường liên xã
Trao quà cho học sinh nghèo
"""

PLAIN_LETTER = """Thư gửi các bạn học sinh

Các em thân mến,

Năm học mới đã bắt đầu. Thầy mong các em chăm chỉ học tập, rèn luyện sức khỏe và giúp đỡ lẫn nhau trong cuộc sống hằng ngày.

Chúc các em một năm học nhiều niềm vui.
"""


def test_page_with_dateline_before_title_breadcrumb_tags_and_source_byline():
    page = clean_news_text(PAGE_DATE_FIRST)
    assert page.title == "Nông dân Đồng Tháp thu hoạch lúa Hè Thu sớm"
    assert page.date == "2024-06-05T08:15"
    assert page.source == "Báo Nhân Dân"
    lines = _lines(page.clean_text)
    assert lines[0] == page.title
    assert lines[-1] == "Theo Báo Nhân Dân"
    for gone in ("Trang chủ » Kinh tế » Nông nghiệp", "Chia sẻ", "Từ khóa: lúa gạo, Đồng Tháp",
                 "Tin liên quan", "Giá phân bón giảm nhẹ"):  # fmt: skip
        assert gone not in lines
    assert {"breadcrumb", "share-and-feedback"} <= {b.reason for b in page.furniture}


def test_page_with_hotline_counter_and_labelled_byline():
    page = clean_news_text(PAGE_HOTLINE_BYLINE)
    assert page.title == "Khánh thành cầu dân sinh ở xã vùng cao"
    assert page.source == "Báo Ví Dụ"
    assert page.author == "Ngọc Lan"
    lines = _lines(page.clean_text)
    assert "Toàn cảnh lễ khánh thành" in lines
    assert lines[-1] == "Tin, ảnh: Ngọc Lan"
    for gone in ("Hotline: 0912 345 678 - Email: toasoan@baovidu.vn", "Lượt xem: 1.234",
                 "Xem thêm", "Khởi công đường liên xã"):  # fmt: skip
        assert gone not in lines


def test_plain_text_that_is_not_a_news_page_is_left_alone():
    page = clean_news_text(PLAIN_LETTER)
    assert page.clean_text == normalize_text(PLAIN_LETTER)
    assert page.title == "Thư gửi các bạn học sinh"
    assert page.date is None and page.furniture == ()


def test_hints_from_the_page_win_and_a_missing_title_is_put_first():
    page = clean_news_text(
        "Một đoạn văn đủ dài để được coi là nội dung bài viết, kết thúc bằng dấu chấm câu rõ ràng.",
        PageHints(title="Tiêu đề từ thẻ meta", date="2024-01-02", author="Lan Anh"),
    )
    assert _lines(page.clean_text)[0] == "Tiêu đề từ thẻ meta"
    assert (page.title, page.date, page.author) == ("Tiêu đề từ thẻ meta", "2024-01-02", "Lan Anh")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thời sự 31/03/2023 20:40", ("2023-03-31T20:40", "Thời sự")),
        ("Thứ tư - 13/09/2023 02:52", ("2023-09-13T02:52", None)),
        ("24/10/2019 | 927", ("2019-10-24", None)),
        ("Thứ Hai, 05/06/2024, 08:15 (GMT+7)", ("2024-06-05T08:15", None)),
        ("31/02/2023", None),  # no such day
        ("Sáng 24/10/2019, tại Hà Nội, Đảng ủy Khối đã tổ chức Hội nghị", None),  # a sentence
        ("Kỷ niệm ngày 30/4/1975", None),  # a headline joined to its date by "ngày"
        ("Hội nghị lần thứ 5 ngày 24/10/2019", None),  # "thứ 5" here is not a weekday
        ("Chính trị - 10:20 | 05/10/2022 | Lượt xem: 1.234", ("2022-10-05T10:20", "Chính trị")),
        ("Cập nhật: 08:15 ngày 05/10/2022", ("2022-10-05T08:15", None)),
        ("Hà Tĩnh, ngày 12 tháng 5 năm 2023", ("2023-05-12", None)),  # place, date in words
        ("Giáo dục 14:30 02/11/2022", ("2022-11-02T14:30", "Giáo dục")),
    ],
)
def test_parse_dateline(line, expected):
    found = parse_dateline(line)
    assert (None if found is None else (found.date, found.category)) == expected


def test_parse_iso_date_keeps_the_given_precision():
    assert parse_iso_date("2023-09-13T02:52:00+07:00") == "2023-09-13T02:52"
    assert parse_iso_date("2022-10") == "2022-10"
    assert parse_iso_date("2022-13") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tác giả: Phòng An ninh Chính trị nội bộ", ("author", "Phòng An ninh Chính trị nội bộ")),
        ("Theo TTXVN", ("source", "TTXVN")),
        ("Minh Phương", ("author", "Minh Phương")),
        ("Toàn cảnh Hội nghị", None),  # a caption: not every word capitalised
        ("Hội nghị kết thúc lúc 17 giờ.", None),
    ],
)
def test_parse_byline(line, expected):
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("0901.22.33.66 - toasoan@toquoc.gov.vn", "hotline"),
        ("• Hôm nay54,466", "visitor-counter"),
        ("10 ngày trước", "related-links"),
        ("• Hội nghị báo chí toàn quốc năm 2019 (3 tháng trước)", "related-links"),
        ("Hội nghị chuyên đề - Ảnh 2.", "photo-placeholder"),
        ("Ảnh: Toàn cảnh Hội nghị", None),
        ("Cục A03 (Bộ Công an) có Thượng tá Nguyễn Huy Khích - Phó Cục trưởng.", None),
        ("Hôm nay, trời mưa to ở Hà Nội.", None),
    ],
)
def test_classify_line(line, reason):
    assert classify_line(line) == reason


def test_a_byline_opens_on_capitals_not_on_lower_case_letters_with_diacritics() -> None:
    from desktop_app.importing.metadata import parse_byline

    assert parse_byline("Ngọc Lan") is not None
    # "đã", "ở" sort between "À" and "Ỹ" but are lower case: no writer's name
    assert parse_byline("đã xem xét") is None
    assert parse_byline("Ngọc ở đây") is None
