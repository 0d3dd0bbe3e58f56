"""Text layer of a PDF, page by page, with pypdf. Scanned PDFs have none and are refused."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..models import ImportedText
from ..textnorm import normalize_text
from .errors import MAX_BINARY_FILE_BYTES, UnreadableFileError
from .fileio import read_bytes_limited

__all__ = ["PdfText", "read_pdf", "read_pdf_file"]


@dataclass(frozen=True, slots=True)
class PdfText:
    """Text of all pages (separated by a blank line) and the document information."""

    text: str
    title: str | None
    author: str | None
    date: str | None
    pages: int


def _info(reader: object) -> tuple[str | None, str | None, str | None]:
    from pypdf.errors import PdfReadError

    try:
        info = reader.metadata  # type: ignore[attr-defined]
    except (PdfReadError, KeyError, ValueError, TypeError):
        return None, None, None
    if info is None:
        return None, None, None
    title = (str(info.title).strip() or None) if info.title else None
    author = (str(info.author).strip() or None) if info.author else None
    try:
        created: datetime | None = info.creation_date
    except (ValueError, TypeError):
        created = None
    return title, author, created.strftime("%Y-%m-%d") if created else None


def read_pdf(data: bytes) -> PdfText:
    """Extract the text layer; raises ``UnreadableFileError`` for damaged, locked or scanned PDFs."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PdfStreamError

    if not data.lstrip()[:1024].startswith(b"%PDF"):
        raise UnreadableFileError("not a valid PDF file (no PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:
                raise UnreadableFileError(
                    "this PDF is encrypted with a method that cannot be opened here"
                ) from exc
            if not unlocked:
                raise UnreadableFileError(
                    "this PDF is password-protected; remove the password and import it again"
                )
        pages: list[str] = []
        for page in reader.pages:
            pages.append(page.extract_text() or "")
    except FileNotDecryptedError as exc:
        raise UnreadableFileError("this PDF is password-protected") from exc
    except (PdfReadError, PdfStreamError, KeyError, ValueError, TypeError, AttributeError) as exc:
        raise UnreadableFileError(f"damaged PDF file ({type(exc).__name__})") from exc
    text = "\n\n".join(page.strip() for page in pages)
    if not normalize_text(text):
        raise UnreadableFileError("this PDF has no text layer (scanned image?); run OCR first")
    title, author, date = _info(reader)
    return PdfText(text=text, title=title, author=author, date=date, pages=len(pages))


def read_pdf_file(path: Path) -> ImportedText:
    """Read a PDF's text layer into an ``ImportedText`` (no web-furniture cleaning)."""
    doc = read_pdf(read_bytes_limited(path, MAX_BINARY_FILE_BYTES, "PDF"))
    return ImportedText(
        raw_text=unicodedata.normalize("NFC", doc.text),
        clean_text=normalize_text(doc.text),
        format="pdf",
        title=doc.title,
        date=doc.date,
        author=doc.author,
    )
