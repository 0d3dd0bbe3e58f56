"""The report opens in LibreOffice: converted to PDF, its text and pages are what we wrote."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.export import ExportOptions, ExportScope, export_report
from desktop_app.workspace import Workspace

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _skeleton(text: str) -> str:
    return "".join(c for c in text if c.isascii() and c.isalnum())


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: "
                    "apt-get install libreoffice-writer-nogui to run this test")
def test_report_converts_to_pdf_with_vietnamese_text(library: Workspace, tmp_path: Path) -> None:
    assert SOFFICE is not None
    report = tmp_path / "report.docx"
    export_report(library, ExportScope("all"), ExportOptions(title="Báo cáo kiểm thử",
                                                             full_text=True), report)
    profile = tmp_path / "lo-profile"  # a private profile: no clash with a running instance
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(report)],
        check=True, capture_output=True, timeout=240,
    )
    pdf = PdfReader(str(tmp_path / "report.pdf"))
    text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    # pypdf emits a stacked Vietnamese vowel out of order ("kiểm" -> "ki m ể"), so compare the
    # ASCII skeleton for order and check the accented letters separately.
    flat = _skeleton(text)
    assert _skeleton("Báo cáo kiểm thử") in flat
    for summary in library.documents():
        assert _skeleton(" ".join(summary.title.split()[:6])) in flat
    assert _skeleton("Phụ lục") in flat and "39-CT/TW" in text
    assert set("ểửộệĐđạưởơ") <= set(text)
    # title page + contents + five documents with full text + appendix
    assert len(pdf.pages) >= 8
