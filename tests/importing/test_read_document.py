"""``read_document`` end to end: seeds, invented pages, and every format through the one entry."""

from __future__ import annotations

import io
import multiprocessing
import tracemalloc
import unicodedata
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import docx
import pytest
from seed_expectations import SEED_METADATA

from desktop_app.importing import UnreadableFileError, read_document
from desktop_app.textnorm import normalize_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"



def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


# --- the five seed pages -------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", sorted(SEED_METADATA))
def test_seed_metadata(prefix):
    imported = read_document(_seed(prefix))
    title, date, author = SEED_METADATA[prefix]
    assert (imported.title, imported.date, imported.author) == (title, date, author)
    assert imported.format == "txt" and imported.encoding == "utf-8"


@pytest.mark.parametrize("prefix", sorted(SEED_METADATA))
def test_seed_clean_text_starts_with_title_and_is_normalised(prefix):
    imported = read_document(_seed(prefix))
    assert imported.clean_text.split("\n", 1)[0] == imported.title
    assert normalize_text(imported.clean_text) == imported.clean_text
    assert unicodedata.is_normalized("NFC", imported.raw_text)
    assert all(block.reason and block.text.strip() for block in imported.furniture)


def test_seed_000_category_source_and_head_furniture():
    imported = read_document(_seed("000"))
    assert imported.category == "Thời sự"
    assert imported.source == "Tổ Quốc"
    text = imported.clean_text
    assert "(Tổ Quốc) - Chiều 31/3" in text
    assert "Toàn cảnh Hội nghị" in text  # a photo caption is text
    for furniture in ("Đường dây nóng", "0901.22.33.66", "toasoan@toquoc.gov.vn",
                      "Liên hệ quảng cáo", "091.358.6788", "31/03/2023 20:40", "- Ảnh 1.",
                      "NỔI BẬT TRANG CHỦ"):
        assert furniture not in text
    assert text.rstrip().endswith("PV")


def test_seed_001_keeps_captions_drops_counter_and_related_list():
    text = read_document(_seed("001")).clean_text
    assert "Ảnh: Đồng chí Sơn Minh Thắng" in text
    assert "| 927" not in text
    for furniture in ("Các bài viết khác", "10 ngày trước", "(1 tháng trước)",
                      "Hội nghị báo chí toàn quốc năm 2019"):
        assert furniture not in text
    assert text.rstrip().endswith("Minh Phương")


def test_seed_002_tail_widgets_removed():
    imported = read_document(_seed("002"))
    for furniture in ("Phản hồi", "Các tin khác", "Mới nhất", "Xem nhiều nhất"):
        assert furniture not in imported.clean_text.splitlines()
    assert imported.clean_text.rstrip().endswith("trong thời gian tới.")


def test_seed_003_scraper_date_prefix_leaves_the_title_line():
    imported = read_document(_seed("003"))
    assert not imported.clean_text.startswith("date")
    assert "date 2022-10" not in imported.clean_text


def test_seed_004_lead_once_and_no_furniture_lines():
    imported = read_document(_seed("004"))
    text = imported.clean_text
    lead = "Bảo vệ chính trị nội bộ là một bộ phận trọng yếu trong công tác xây dựng Đảng;"
    assert text.count(lead) == 1
    lines = set(text.splitlines())
    for furniture in ("Hưởng ứng “Ngày thế giới phòng, chống mua bán người”",
                      "Thứ tư - 13/09/2023 02:52", "Click để đánh giá bài viết", "Góp ý dự thảo",
                      "Những tin mới hơn", "Những tin cũ hơn", "laichau.gov.vn", "top", "down",
                      "Trực ban", "Khai báo tạm trú"):
        assert furniture not in lines
    for fragment in ("Đang truy cập", "Tổng lượt truy cập", "Tổng số điểm của bài viết",
                     "Bạn đã không sử dụng Site"):
        assert fragment not in text
    assert "Tác giả: Phòng An ninh Chính trị nội bộ" in text  # the byline is text
    assert any(block.reason.startswith("duplicate") for block in imported.furniture)


# --- invented pages: other layouts, same rules ---------------------------------------------------

BODY_1 = ("Sáng 5/6, hơn 300 học sinh của trường tiểu học xã Yên Lạc đã trở lại lớp sau kỳ nghỉ "
          "hè kéo dài. Ban giám hiệu cho biết nhà trường đã sửa lại mái tôn, lát lại sân và bổ "
          "sung hai phòng học mới nhờ nguồn vốn xã hội hóa của phụ huynh.")
BODY_2 = ("Theo thầy Hoàng Minh Đức, hiệu trưởng nhà trường, năm học tới trường sẽ tổ chức thêm "
          "các lớp học bơi miễn phí và câu lạc bộ đọc sách cho học sinh vào mỗi chiều thứ bảy.")

PAGE_PORTAL = f"""Đăng nhập
Trang chủ
Trường làng đón học sinh sau kỳ nghỉ hè dài
Thứ Hai, 05/06/2023, 07:15 (GMT+7)
{BODY_1}
{BODY_2}
Lan Anh
Tin liên quan
• Học sinh vùng cao nhận sách mới (2 giờ trước)
• Sửa trường trước mùa mưa bão (3 ngày trước)
Chia sẻ
Hotline: 0912 345 678
"""

PAGE_NEWSPAPER = f"""Giáo dục 14:30 02/11/2022
Trường làng đón học sinh sau kỳ nghỉ hè dài

(Báo Sông Hồng) - {BODY_1}

{BODY_2}

Phạm Thu Hà

Bình luận
Tin mới nhất
Học sinh vùng cao nhận sách mới

Học sinh vùng cao nhận sách mới
5 ngày trước
Lượt truy cập: 1.234.567
"""

PAGE_PLAIN = f"""Trường làng đón học sinh sau kỳ nghỉ hè dài

{BODY_1}

{BODY_2}
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_invented_portal_page(tmp_path):
    imported = read_document(_write(tmp_path, "portal.txt", PAGE_PORTAL))
    assert imported.title == "Trường làng đón học sinh sau kỳ nghỉ hè dài"
    assert imported.date == "2023-06-05T07:15"
    assert imported.author == "Lan Anh"
    lines = imported.clean_text.splitlines()
    assert lines[0] == imported.title
    assert BODY_1 in lines and BODY_2 in lines
    for furniture in ("Đăng nhập", "Trang chủ", "Tin liên quan", "Chia sẻ", "Hotline: 0912 345 678"):
        assert furniture not in lines
    assert "trước)" not in imported.clean_text


def test_invented_newspaper_page(tmp_path):
    imported = read_document(_write(tmp_path, "paper.md", PAGE_NEWSPAPER))
    assert imported.format == "md"
    assert imported.title == "Trường làng đón học sinh sau kỳ nghỉ hè dài"
    assert imported.date == "2022-11-02T14:30"
    assert imported.category == "Giáo dục"
    assert imported.source == "Báo Sông Hồng"
    assert imported.author == "Phạm Thu Hà"
    text = imported.clean_text
    assert text.rstrip().endswith("Phạm Thu Hà")
    assert "Học sinh vùng cao" not in text and "1.234.567" not in text


PAGE_MID_ARTICLE_BOX = f"""Trường làng đón học sinh sau kỳ nghỉ hè dài
Thứ Sáu, 10/03/2023 - 09:05
{BODY_1}
Tin liên quan
Học sinh vùng cao nhận sách mới
Sửa trường trước mùa mưa bão
{BODY_2}
Học sinh trong giờ ra chơi
Theo Báo Sông Hồng
"""


def test_related_box_in_mid_article_loses_only_its_links(tmp_path):
    imported = read_document(_write(tmp_path, "box.txt", PAGE_MID_ARTICLE_BOX))
    lines = imported.clean_text.splitlines()
    assert BODY_1 in lines and BODY_2 in lines  # the paragraph after the box is not lost
    assert "Học sinh trong giờ ra chơi" in lines  # nor the caption
    for furniture in ("Tin liên quan", "Học sinh vùng cao nhận sách mới",
                      "Sửa trường trước mùa mưa bão"):
        assert furniture not in lines
    assert imported.source == "Báo Sông Hồng"
    assert lines[-1] == "Theo Báo Sông Hồng"


def test_plain_document_without_furniture_is_kept_whole(tmp_path):
    imported = read_document(_write(tmp_path, "plain.txt", PAGE_PLAIN))
    assert imported.clean_text == normalize_text(PAGE_PLAIN)
    assert imported.furniture == ()
    assert imported.title == "Trường làng đón học sinh sau kỳ nghỉ hè dài"
    assert imported.date is None and imported.author is None


# --- other formats through read_document ---------------------------------------------------------

HTML_PAGE = """<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="{charset}">
<title>Trường làng | Báo Sông Hồng</title>
<meta property="og:title" content="Trường làng đón học sinh sau kỳ nghỉ hè dài">
<meta property="article:published_time" content="2023-06-05T07:15:00+07:00">
<meta name="author" content="Lan Anh">
<script>document.write("MÃ ĐỘC chạy");</script>
<style>.x {{ color: red }}</style>
</head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/gd">Giáo dục</a></nav></header>
<aside><h3>Đọc nhiều</h3><p>Tin quảng cáo bên lề rất dài để thử xem có lọt vào bài không nhé.</p></aside>
<article>
<h1>Trường làng đón học sinh sau kỳ nghỉ hè dài</h1>
<p>{body1}</p>
<p>{body2}</p>
<img src="http://example.invalid/anh.jpg" alt="ảnh">
</article>
<form><input name="q"><button>Tìm kiếm</button></form>
<footer>Bản quyền thuộc về Báo Sông Hồng. Đường dây nóng: 0912 345 678</footer>
<iframe src="http://example.invalid/ads"></iframe>
</body></html>
"""


@pytest.mark.parametrize("charset", ["utf-8", "windows-1258"])
def test_html_page_article_and_meta(tmp_path, charset):
    html = HTML_PAGE.format(charset=charset, body1=BODY_1, body2=BODY_2)
    # Windows-1258 as Word/IE saved it: tone marks as combining characters.
    data = html.encode("utf-8") if charset == "utf-8" else _cp1258(html)
    path = tmp_path / "Page.HTM"
    path.write_bytes(data)
    imported = read_document(path)
    assert imported.format == "html"
    assert imported.title == "Trường làng đón học sinh sau kỳ nghỉ hè dài"
    assert imported.date == "2023-06-05T07:15"
    assert imported.author == "Lan Anh"
    text = imported.clean_text
    assert BODY_1 in text and BODY_2 in text
    for absent in ("MÃ ĐỘC", "color: red", "Trang chủ", "Tin quảng cáo", "Tìm kiếm",
                   "Bản quyền", "0912 345 678"):
        assert absent not in text


def _cp1258(text: str) -> bytes:
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out += (base + tones).encode("cp1258")
    return bytes(out)


def test_html_never_resolves_external_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("BÍ MẬT NỘI BỘ", encoding="utf-8")
    html = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
            f"<html><body><article><h1>Tiêu đề bài</h1><p>{BODY_1} &x;</p></article></body></html>")
    path = tmp_path / "xxe.html"
    path.write_text(html, encoding="utf-8")
    imported = read_document(path)
    assert "BÍ MẬT" not in imported.clean_text and "BÍ MẬT" not in imported.raw_text
    assert BODY_1 in imported.clean_text


def test_docx_through_read_document(tmp_path):
    document = docx.Document()
    document.core_properties.title = "Báo cáo sơ kết"
    document.core_properties.author = "Nguyễn Văn An"
    document.add_heading("Phần mở đầu", 1)
    document.add_paragraph(BODY_1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Đơn vị", "Số lớp"
    table.cell(1, 0).text, table.cell(1, 1).text = "Điểm trường Bản Mồ", "12"
    document.add_paragraph(BODY_2)
    path = tmp_path / "Report.DOCX"
    document.save(str(path))
    imported = read_document(path)
    assert imported.format == "docx"
    assert (imported.title, imported.author) == ("Báo cáo sơ kết", "Nguyễn Văn An")
    assert imported.date is not None and len(imported.date) >= 10
    text = imported.clean_text
    # Reading order: heading, paragraph, table rows, paragraph.
    positions = [text.index(s) for s in ("Phần mở đầu", BODY_1, "Đơn vị", "Điểm trường Bản Mồ",
                                         BODY_2)]
    assert positions == sorted(positions)


def test_docx_that_is_not_a_zip(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text("Tôi không phải tệp Word", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match=r"not a valid \.docx \(not a zip archive\)"):
        read_document(path)


def test_docx_zip_bomb_refused_with_bounded_memory(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(300):  # 300 MB of zeros, about 300 KB compressed
                member.write(chunk)
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 2 * 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(UnreadableFileError, match="zip bomb"):
            read_document(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024


def _minimal_pdf(content: bytes) -> bytes:
    """A one-page PDF whose page draws ``content`` (a content stream), with a valid xref."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def test_pdf_text_layer_through_read_document(tmp_path):
    path = tmp_path / "report.PDF"
    path.write_bytes(_minimal_pdf(b"BT /F1 12 Tf 20 100 Td (Quarterly report of the board) Tj ET"))
    imported = read_document(path)
    assert imported.format == "pdf"
    assert "Quarterly report of the board" in imported.clean_text


def test_pdf_without_text_layer_asks_for_ocr(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(_minimal_pdf(b"0 0 1 rg 10 10 100 100 re f"))
    with pytest.raises(UnreadableFileError, match="no text layer.*OCR"):
        read_document(path)


# --- determinism and worker processes ------------------------------------------------------------


def test_reading_is_deterministic_and_works_in_spawned_workers():
    paths = sorted(SEEDS.glob("*.txt"))
    here = [read_document(p) for p in paths]
    assert here == [read_document(p) for p in paths]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        there = list(pool.map(read_document, paths))
    assert there == here


DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 1234/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 12 tháng 5 năm 2023
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 56/TTr-SNV ngày 10/5/2023.
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác gồm các ông, bà có tên sau đây: Ông Nguyễn Văn An, Bà Trần Thị Bình.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Cường
"""


def test_administrative_document_keeps_its_header_and_gets_title_and_date(tmp_path):
    imported = read_document(_write(tmp_path, "qd.txt", DECISION))
    assert imported.title == "Quyết định về việc thành lập Tổ công tác"
    assert imported.date == "2023-05-12"
    assert imported.clean_text == normalize_text(DECISION)  # nothing is furniture here
    assert imported.furniture == ()


def test_official_letter_without_type_line_is_titled_by_its_summary(tmp_path):
    letter = DECISION.replace("QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n",
                              "V/v triển khai kế hoạch thực hiện THỰC HIỆN Chỉ thị 39\n")
    letter = letter.replace("QUYẾT ĐỊNH:\n", "")
    imported = read_document(_write(tmp_path, "cv.txt", letter))
    assert imported.title == "V/v triển khai kế hoạch thực hiện THỰC HIỆN Chỉ thị 39"
    assert "ỦY BAN NHÂN DÂN" in imported.clean_text.splitlines()


def test_official_header_type_line_with_more_capital_words_and_news_pages_are_not_headers():
    from desktop_app.importing.official_documents import official_header

    header = official_header(["ĐẢNG ỦY KHỐI", "Số: 12-KH/ĐUK", "KẾ HOẠCH THỰC HIỆN CHỈ THỊ 39"])
    assert header is not None and header.title == "KẾ HOẠCH THỰC HIỆN CHỈ THỊ 39"
    seed_head = read_document(_seed("000")).raw_text.splitlines()[:12]
    assert official_header(seed_head) is None


def test_html_without_article_tag_keeps_sapo_date_and_byline():
    """A div-only layout (hand-made page, invented text): headline, date and sapo sit beside
    the body block; they belong to the article, the menu, sidebar and footer do not."""
    page = Path(__file__).resolve().parents[1] / "data" / "importing" / "div_layout_page.html"
    imported = read_document(page)
    assert imported.title == "Trường làng đón học sinh sau kỳ nghỉ hè dài"
    assert imported.date == "2023-06-05T07:15"
    assert imported.author == "Lan Anh"
    lines = imported.clean_text.splitlines()
    assert lines[0] == imported.title
    assert lines[2].startswith("Hơn 300 học sinh trở lại lớp")  # the sapo
    assert "Học sinh trong giờ chào cờ. Ảnh: Lan Anh" in lines  # caption kept
    for absent in ("Trang chủ", "Tin mới nhất", "Học sinh vùng cao", "Chia sẻ", "Giấy phép",
                   "0912 345 678", "Thứ hai, 5/6/2023"):
        assert absent not in imported.clean_text


def test_html_article_tag_without_the_headline_is_widened_to_it():
    """``<article>`` holds only the body; headline, date line, sapo and byline are siblings."""
    page = (Path(__file__).resolve().parents[1] / "data" / "importing"
            / "article_without_headline_page.html")
    imported = read_document(page)
    assert (imported.title, imported.date, imported.author) == (
        "Khánh thành cầu dân sinh ở xã vùng cao", "2023-06-05T08:30", "Minh Quân")
    text = imported.clean_text
    assert "Cây cầu dài 60 m giúp hơn 500 hộ dân" in text  # the sapo outside <article>
    assert text.rstrip().endswith("Minh Quân")
    assert "Trang chủ" not in text and "Bản quyền" not in text and "Đăng ngày" not in text
