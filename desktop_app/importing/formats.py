"""From a path to an ``ImportedText`` for each supported format: the glue around the readers.

Each function reads the file's bytes with a size limit (``fileio``), hands them to the
format's parser and turns the result into the shared record. Web pages (.txt/.md/.html) go
through the news-page cleaner; .docx and .pdf are authored documents and keep their text as
written (only normalised). Metadata stated by the file itself (HTML meta tags, DOCX core
properties, PDF info) wins over what the cleaner guesses from the text.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from desktop_app.importing.errors import (
    MAX_BINARY_FILE_BYTES,
    MAX_TEXT_FILE_BYTES,
    UnreadableFileError,
)
from desktop_app.importing.fileio import read_bytes_limited
from desktop_app.importing.text_reader import imported_from_text, read_text_file
from desktop_app.models import ImportedText
from desktop_app.textnorm import normalize_text

__all__ = ["read_docx_file", "read_html_file", "read_md_file", "read_pdf_file", "read_txt_file"]


def read_txt_file(path: Path) -> ImportedText:
    return read_text_file(path, "txt")


def read_md_file(path: Path) -> ImportedText:
    return read_text_file(path, "md")


def read_html_file(path: Path) -> ImportedText:
    """A saved web page: article text cleaned like a scraped page, meta tags as metadata."""
    from desktop_app.importing.html_reader import read_html
    from desktop_app.importing.news_cleaning import PageHints

    data = read_bytes_limited(path, MAX_TEXT_FILE_BYTES, "web page")
    if not data.strip():
        raise UnreadableFileError("empty file (only whitespace)")
    page = read_html(data)
    hints = PageHints(
        title=page.hints.title,
        date=page.hints.date,
        author=page.hints.author,
        source=page.hints.source,
        category=page.hints.category,
    )
    if not normalize_text(page.article_text):
        raise UnreadableFileError("no readable text: the web page has no article text")
    imported = imported_from_text(page.page_text, "html", page.encoding,
                                  reading_text=page.article_text, hints=hints)
    return ImportedText(
        raw_text=imported.raw_text,
        clean_text=imported.clean_text,
        format="html",
        encoding=page.encoding,
        title=hints.title or imported.title,
        date=hints.date or imported.date,
        source=hints.source or imported.source,
        author=hints.author or imported.author,
        category=hints.category or imported.category,
        furniture=(*page.furniture, *imported.furniture),
    )


def _authored(text: str, fmt: str, title: str | None, author: str | None,
              date: str | None) -> ImportedText:
    raw = unicodedata.normalize("NFC", text)
    clean = normalize_text(raw)
    if not clean:
        raise UnreadableFileError(f"the {fmt} document is empty (no text)")
    return ImportedText(
        raw_text=raw,
        clean_text=clean,
        format=fmt,
        encoding=None,
        title=normalize_text(title) if title else None,
        date=date,
        author=normalize_text(author) if author else None,
    )


def read_docx_file(path: Path) -> ImportedText:
    """A Word document: body in reading order, core properties as metadata."""
    from desktop_app.importing.docx_reader import read_docx

    parsed = read_docx(read_bytes_limited(path, MAX_BINARY_FILE_BYTES, ".docx"))
    return _authored(parsed.text, "docx", parsed.title, parsed.author, parsed.date)


def read_pdf_file(path: Path) -> ImportedText:
    """A PDF: its text layer page by page, document information as metadata."""
    from desktop_app.importing.pdf_reader import read_pdf

    parsed = read_pdf(read_bytes_limited(path, MAX_BINARY_FILE_BYTES, ".pdf"))
    return _authored(parsed.text, "pdf", parsed.title, parsed.author, parsed.date)
