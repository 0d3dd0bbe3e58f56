"""The .docx, .html and .pdf readers on documents generated here (nothing downloaded)."""

from __future__ import annotations

import io
import tracemalloc
import unicodedata
import zipfile

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from desktop_app.importing.docx_reader import read_docx
from desktop_app.importing.errors import UnreadableFileError
from desktop_app.importing.html_reader import read_html
from desktop_app.importing.pdf_reader import read_pdf

VIETNAMESE = "Đồng chí Nguyễn Thị Hằng phát biểu tại Hội nghị ở Thừa Thiên Huế, ngày 18/8/2014."

# --- .docx ---------------------------------------------------------------------------------------

_FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t>Chú thích về Chỉ thị 39.</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


def _docx_bytes(with_footnote: bool = False) -> bytes:
    document = docx.Document()
    document.core_properties.title = "Báo cáo sơ kết"
    document.core_properties.author = "Nguyễn Văn An"
    document.add_heading("Phần mở đầu", 1)
    document.add_paragraph(VIETNAMESE)
    document.add_paragraph("mục thứ nhất", style="List Bullet")
    document.add_paragraph("mục thứ hai", style="List Bullet")
    document.add_paragraph("bước một", style="List Number")
    document.add_paragraph("bước hai", style="List Number")
    table = document.add_table(rows=2, cols=2)
    for (row, col), text in {(0, 0): "Họ tên", (0, 1): "Chức vụ",
                             (1, 0): "Trần Văn Bình", (1, 1): "Bí thư"}.items():  # fmt: skip
        table.cell(row, col).text = text
    document.add_paragraph("Đoạn sau bảng.")
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    if with_footnote:
        data = _add_footnote(data)
    return data


def _add_footnote(data: bytes) -> bytes:
    """Add a footnotes part and a reference after "Đoạn sau bảng" (python-docx cannot)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "word/document.xml":
                content = content.replace(
                    b"<w:t>\xc4\x90o\xe1\xba\xa1n sau b\xe1\xba\xa3ng.</w:t></w:r>",
                    b"<w:t>\xc4\x90o\xe1\xba\xa1n sau b\xe1\xba\xa3ng.</w:t></w:r>"
                    b'<w:r><w:footnoteReference w:id="1"/></w:r>',
                )
            elif info.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b"</Relationships>",
                )
            elif info.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            target.writestr(info, content)
        target.writestr("word/footnotes.xml", _FOOTNOTES_XML)
    return out.getvalue()


def test_docx_text_in_reading_order_with_lists_and_table():
    result = read_docx(_docx_bytes())
    lines = [line for line in result.text.split("\n") if line]
    assert lines == [
        "Phần mở đầu", VIETNAMESE, "• mục thứ nhất", "• mục thứ hai", "1. bước một",
        "2. bước hai", "Họ tên | Chức vụ", "Trần Văn Bình | Bí thư", "Đoạn sau bảng.",
    ]  # fmt: skip
    assert unicodedata.is_normalized("NFC", result.text)


def test_docx_core_properties_become_metadata():
    result = read_docx(_docx_bytes())
    assert (result.title, result.author) == ("Báo cáo sơ kết", "Nguyễn Văn An")
    assert result.date is not None and len(result.date) == 10 and result.date[4] == "-"


def test_docx_footnote_is_marked_in_place_and_given_at_the_end():
    result = read_docx(_docx_bytes(with_footnote=True))
    assert "Đoạn sau bảng.[1]" in result.text
    assert result.text.rstrip().endswith("[1] Chú thích về Chỉ thị 39.")


def test_docx_that_is_not_a_zip_is_refused():
    with pytest.raises(UnreadableFileError, match=r"not a valid \.docx \(not a zip archive\)"):
        read_docx(b"This is plain text renamed to .docx")


def test_zip_without_word_document_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    with pytest.raises(UnreadableFileError, match="no word/document.xml"):
        read_docx(buffer.getvalue())


def _bomb(size: int) -> bytes:
    buffer = io.BytesIO()
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return buffer.getvalue()


def test_zip_bomb_docx_is_refused_from_its_directory_with_bounded_memory():
    data = _bomb(210 * 1024 * 1024)
    assert len(data) < 2 * 1024 * 1024  # small on disk, 210 MB declared
    tracemalloc.start()
    try:
        with pytest.raises(UnreadableFileError, match="would expand to 210 MB.*zip bomb"):
            read_docx(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024


def test_member_with_absurd_compression_ratio_is_refused():
    with pytest.raises(UnreadableFileError, match="compressed .* times"):
        read_docx(_bomb(20 * 1024 * 1024))


# --- .html ---------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Khánh thành cầu dân sinh | Báo Ví Dụ</title>
<meta property="og:title" content="Khánh thành cầu dân sinh">
<meta property="og:site_name" content="Báo Ví Dụ">
<meta property="article:published_time" content="2024-04-12T09:30:00+07:00">
<meta name="author" content="Ngọc Lan">
<style>p { color: red }</style>
<script>document.write("mã độc")</script>
</head><body>
<header><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a></header>
<nav><ul><li>Thời sự</li><li>Kinh tế</li></ul></nav>
<article>
  <h1>Khánh thành cầu dân sinh</h1>
  <p>Sáng 12/4, huyện tổ chức <b>khánh thành</b>
     cây cầu dân sinh bắc qua suối.</p>
  <figure><img src="http://example.invalid/anh.jpg"><figcaption>Toàn cảnh lễ khánh thành</figcaption></figure>
  <ul><li>Dài 60 mét</li><li>Rộng 3,5 mét</li></ul>
  <table><tr><td>Vốn</td><td>5 tỷ đồng</td></tr></table>
  <p>Người dân phấn khởi.<br>Trẻ em đến trường an toàn hơn.</p>
</article>
<aside><h3>Tin liên quan</h3><p>Khởi công đường liên xã</p></aside>
<form><input name="q"><button>Tìm</button></form>
<iframe src="http://example.invalid/quangcao"></iframe>
<footer>Bản quyền thuộc Báo Ví Dụ</footer>
</body></html>"""


def test_html_article_text_and_structure():
    page = read_html(PAGE.encode("utf-8"))
    lines = [line for line in page.article_text.split("\n") if line]
    assert lines == [
        "Khánh thành cầu dân sinh",
        "Sáng 12/4, huyện tổ chức khánh thành cây cầu dân sinh bắc qua suối.",
        "Toàn cảnh lễ khánh thành", "• Dài 60 mét", "• Rộng 3,5 mét", "Vốn | 5 tỷ đồng",
        "Người dân phấn khởi.", "Trẻ em đến trường an toàn hơn.",
    ]  # fmt: skip
    assert page.encoding == "utf-8"


def test_html_scripts_are_dropped_and_page_furniture_is_kept_aside():
    page = read_html(PAGE.encode("utf-8"))
    everything = page.page_text + page.article_text
    assert "mã độc" not in everything and "color: red" not in everything
    reasons = {block.reason: block.text for block in page.furniture}
    assert "Thời sự" in reasons["navigation"]
    assert "Khởi công đường liên xã" in reasons["sidebar"]
    assert reasons["page-footer"] == "Bản quyền thuộc Báo Ví Dụ"
    assert "Trang chủ" in reasons["page-header"]


def test_html_metadata_from_meta_tags():
    hints = read_html(PAGE.encode("utf-8")).hints
    assert hints.title == "Khánh thành cầu dân sinh"
    assert hints.date == "2024-04-12T09:30"
    assert hints.author == "Ngọc Lan"
    assert hints.source == "Báo Ví Dụ"


def test_html_without_article_picks_the_element_with_most_paragraph_text():
    html = (
        "<html><body><div class='menu'><p>Trang chủ</p><p>Liên hệ</p></div>"
        "<div class='noi-dung'><p>Đoạn thứ nhất của bài viết khá dài về hội nghị.</p>"
        "<p>Đoạn thứ hai cũng dài, kể lại các ý kiến phát biểu.</p></div>"
        "<div><time datetime='2023-03-31T20:40'>31/03</time>"
        "<span class='author'>Tác giả: Minh Phương</span></div></body></html>"
    )
    page = read_html(html.encode("utf-8"))
    assert page.article_text.startswith("Đoạn thứ nhất")
    assert "Trang chủ" not in page.article_text
    assert page.hints.date == "2023-03-31T20:40"
    assert page.hints.author == "Minh Phương"
    assert any(block.reason == "outside-article" for block in page.furniture)


def test_html_declared_windows_1258_charset_is_honoured():
    body = "Ti\u00ea\u0301ng Vi\u00ea\u0323t"  # tone marks apart, as Windows-1258 stores them
    html = f'<html><head><meta charset="windows-1258"></head><body><p>{body}</p></body></html>'
    page = read_html(html.encode("cp1258"))
    assert "Tiếng Việt" in page.article_text
    assert page.encoding == "windows-1258"


def test_html_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("BÍ MẬT", encoding="utf-8")
    html = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<html><body><p>Trước &xxe; sau.</p></body></html>"
    )
    page = read_html(html.encode("utf-8"))
    assert "BÍ MẬT" not in page.page_text
    assert "Trước" in page.article_text


def test_html_without_any_markup_text_is_refused():
    with pytest.raises(UnreadableFileError):
        read_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


# --- .pdf ----------------------------------------------------------------------------------------


def _pdf(lines: list[str], *, title: str | None = None) -> bytes:
    """A one-page PDF whose text layer maps single-byte codes to Unicode via a ToUnicode CMap."""
    chars = sorted({ch for line in lines for ch in line})
    assert len(chars) < 200
    codes = {ch: 0x21 + i for i, ch in enumerate(chars)}

    def literal(line: str) -> bytes:
        return b"(" + b"".join(b"\\%03o" % codes[ch] for ch in line) + b")"

    content = b"BT /F1 12 Tf 72 720 Td 16 TL " + b" ".join(
        literal(line) + b" Tj T*" for line in lines
    ) + b" ET"  # fmt: skip
    entries = [f"<{codes[ch]:02X}> <{ord(ch):04X}>" for ch in chars]
    blocks = "".join(
        f"{len(entries[i:i + 100])} beginbfchar\n" + "\n".join(entries[i:i + 100]) + "\nendbfchar\n"
        for i in range(0, len(entries), 100)
    )  # fmt: skip
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{blocks}endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode("ascii")
    info = f"<< /Title ({title}) >>".encode("latin-1") if title else b"<< >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        info,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_pdf_text_layer_with_vietnamese_is_extracted():
    result = read_pdf(_pdf(["Báo cáo tổng kết", VIETNAMESE], title="Bao cao"))
    lines = [line.strip() for line in result.text.split("\n") if line.strip()]
    assert lines == ["Báo cáo tổng kết", VIETNAMESE]
    assert result.title == "Bao cao"
    assert result.pages == 1


def test_pdf_without_text_layer_is_refused_with_ocr_advice():
    with pytest.raises(UnreadableFileError, match=r"no text layer \(scanned image\?\); run OCR"):
        read_pdf(_pdf([]))


def _encrypted(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf([VIETNAMESE]))))
    writer.encrypt(user_password=user_password, owner_password="chu-so-huu", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_password_protected_pdf_is_refused():
    with pytest.raises(UnreadableFileError, match="password-protected"):
        read_pdf(_encrypted("mat-khau"))


def test_pdf_encrypted_with_an_empty_user_password_opens():
    assert VIETNAMESE in read_pdf(_encrypted("")).text


def test_not_a_pdf_is_refused():
    with pytest.raises(UnreadableFileError, match="not a valid PDF"):
        read_pdf(b"<html>not a pdf</html>")


# --- path entry points (what read_document dispatches to) ------------------------------------


def test_file_entry_points_return_imported_text(tmp_path):
    from desktop_app.importing.docx_reader import read_docx_file
    from desktop_app.importing.html_reader import read_html_file
    from desktop_app.importing.pdf_reader import read_pdf_file

    (tmp_path / "a.docx").write_bytes(_docx_bytes())
    (tmp_path / "a.html").write_bytes(PAGE.encode("utf-8"))
    (tmp_path / "a.pdf").write_bytes(_pdf([VIETNAMESE]))
    word = read_docx_file(tmp_path / "a.docx")
    assert (word.format, word.title) == ("docx", "Báo cáo sơ kết")
    page = read_html_file(tmp_path / "a.html")
    assert page.format == "html" and page.clean_text.split("\n")[0] == "Khánh thành cầu dân sinh"
    assert (page.date, page.author, page.source) == ("2024-04-12T09:30", "Ngọc Lan", "Báo Ví Dụ")
    assert "Thời sự" not in page.clean_text
    assert {"navigation", "sidebar", "page-footer"} <= {b.reason for b in page.furniture}
    assert read_pdf_file(tmp_path / "a.pdf").clean_text == VIETNAMESE
    (tmp_path / "empty.pdf").write_bytes(b"")
    with pytest.raises(UnreadableFileError, match="empty file"):
        read_pdf_file(tmp_path / "empty.pdf")
