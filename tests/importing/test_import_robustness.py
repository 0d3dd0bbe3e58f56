"""Arbitrary and damaged input never escapes as anything but ``UnreadableFileError``.

The import pipeline runs readers in worker processes and only expects that one exception for a
bad file; anything else would be reported as a crash instead of a reason.
"""

from __future__ import annotations

import io
import random
import unicodedata
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.importing import UnreadableFileError, read_document
from desktop_app.importing.decoding import decode_bytes

_SETTINGS = settings(max_examples=150, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


@_SETTINGS
@given(st.binary(max_size=2000))
def test_decode_bytes_returns_nfc_text_or_a_reason(data):
    try:
        decoded = decode_bytes(data)
    except UnreadableFileError as exc:
        assert str(exc)
        return
    assert unicodedata.is_normalized("NFC", decoded.text)
    assert decoded.encoding


@_SETTINGS
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".html", ".htm", ".docx", ".pdf"]))
def test_read_document_on_random_bytes(tmp_path, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    try:
        imported = read_document(path)
    except UnreadableFileError as exc:
        assert str(exc)
        return
    assert imported.clean_text.strip()


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_heading("Báo cáo tổng kết", 1)
    for i in range(20):
        document.add_paragraph(f"Đoạn văn số {i}: công tác bảo vệ chính trị nội bộ năm 2023.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf_bytes() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


_HTML = ("<html><head><title>Tiêu đề</title></head><body><article><h1>Tiêu đề</h1>"
         + "".join(f"<p>Đoạn {i} của bài viết về hội nghị tổng kết.</p>" for i in range(30))
         + "</article></body></html>").encode()


@pytest.mark.parametrize(("suffix", "make"), [(".docx", _docx_bytes), (".pdf", _pdf_bytes),
                                              (".html", lambda: _HTML)])
def test_damaged_files_fail_with_a_reason(tmp_path, suffix, make):
    """Truncate and flip bytes of a valid file: each variant imports or gives a reason."""
    good = make()
    rnd = random.Random(1234)
    variants = [good[: len(good) * k // 10] for k in range(1, 10)]
    for _ in range(60):
        damaged = bytearray(good)
        for _ in range(rnd.randint(1, 20)):
            damaged[rnd.randrange(len(damaged))] = rnd.randrange(256)
        variants.append(bytes(damaged))
    for n, data in enumerate(variants):
        path = Path(tmp_path) / f"v{n}{suffix}"
        path.write_bytes(data)
        try:
            read_document(path)
        except UnreadableFileError as exc:
            assert str(exc)
