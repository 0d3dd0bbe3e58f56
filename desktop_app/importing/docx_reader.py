"""Text of a .docx in reading order: paragraphs, headings, lists, tables and footnotes.

The body XML is walked in document order (python-docx's ``paragraphs`` and ``tables`` lists
lose the interleaving). Before python-docx sees the file, the zip directory is checked so a
zip bomb is refused from its declared sizes without inflating anything: Python's zipfile never
returns more than a member's declared size, so declared sizes bound the memory used.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..models import ImportedText
from ..textnorm import normalize_text
from .errors import MAX_BINARY_FILE_BYTES, UnreadableFileError
from .fileio import read_bytes_limited

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = ["DocxText", "check_zip_container", "read_docx", "read_docx_file"]

MB = 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * MB
MAX_COMPRESSION_RATIO = 100  # XML compresses ~10x; 100x on a large member is a bomb
_RATIO_CHECK_MIN_BYTES = 1 * MB
MAX_MEMBERS = 10_000
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_NUMBERING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
_STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
_TEXT_TAGS = (
    f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen", f"{_W}footnoteReference",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class DocxText:
    """Text of a document in reading order plus its core properties."""

    text: str
    title: str | None
    author: str | None
    date: str | None


def check_zip_container(data: bytes, kind: str = ".docx") -> None:
    """Refuse a file that is not a zip, or whose members would inflate beyond the limits."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnreadableFileError(f"not a valid {kind} (not a zip archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise UnreadableFileError(f"not a valid {kind} (damaged zip archive)") from exc
    if len(infos) > MAX_MEMBERS:
        raise UnreadableFileError(f"refused: the {kind} has {len(infos)} parts (possible zip bomb)")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise UnreadableFileError(
            f"refused: the {kind} would expand to {total / MB:.0f} MB "
            f"(limit {MAX_UNCOMPRESSED_BYTES // MB} MB); it may be a zip bomb"
        )
    for info in infos:
        if info.file_size < _RATIO_CHECK_MIN_BYTES:
            continue
        if info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise UnreadableFileError(
                f"refused: a part of the {kind} is compressed {info.file_size // max(info.compress_size, 1)}"
                " times (possible zip bomb)"
            )
    if kind == ".docx" and "word/document.xml" not in {info.filename for info in infos}:
        raise UnreadableFileError("not a valid .docx (no word/document.xml; another kind of zip?)")


def _run_text(element: _Element, footnote_marks: dict[str, int]) -> str:
    parts: list[str] = []
    for node in element.iter(*_TEXT_TAGS):
        tag = node.tag
        if tag == f"{_W}t":
            parts.append(node.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("\u2011")
        else:
            note_id = node.get(f"{_W}id", "")
            footnote_marks.setdefault(note_id, len(footnote_marks) + 1)
            parts.append(f"[{footnote_marks[note_id]}]")
    return "".join(parts)


class _Numbering:
    """Tells bullets from numbered lists and keeps the running numbers."""

    def __init__(self, root: _Element | None, styles: dict[str, _Element]) -> None:
        self.styles = styles
        self._formats: dict[tuple[str, str], str] = {}
        self._counters: dict[tuple[str, str], int] = {}
        if root is None:
            return
        abstract: dict[str, dict[str, str]] = {}
        for node in root.iterchildren(f"{_W}abstractNum"):
            levels: dict[str, str] = {}
            for lvl in node.iterchildren(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                levels[lvl.get(f"{_W}ilvl", "0")] = (
                    fmt.get(f"{_W}val", "bullet") if fmt is not None else "bullet"
                )
            abstract[node.get(f"{_W}abstractNumId", "")] = levels
        for num in root.iterchildren(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            levels = abstract.get(ref.get(f"{_W}val", "") if ref is not None else "", {})
            for level, fmt in levels.items():
                self._formats[(num.get(f"{_W}numId", ""), level)] = fmt

    def prefix(self, num_id: str, level: str) -> str:
        fmt = self._formats.get((num_id, level), "bullet")
        indent = "  " * int(level) if level.isdigit() else ""
        if fmt in ("bullet", "none"):
            return f"{indent}• "
        key = (num_id, level)
        self._counters[key] = self._counters.get(key, 0) + 1
        return f"{indent}{self._counters[key]}. "


def _style_numbering(root: _Element | None) -> dict[str, _Element]:
    """Style id -> its numPr: "List Bullet"/"List Number" styles number their paragraphs."""
    found: dict[str, _Element] = {}
    if root is None:
        return found
    for style in root.iterchildren(f"{_W}style"):
        num_pr = style.find(f"{_W}pPr/{_W}numPr")
        if num_pr is not None and num_pr.find(f"{_W}numId") is not None:
            found[style.get(f"{_W}styleId", "")] = num_pr
    return found


def _paragraph(element: _Element, numbering: _Numbering, marks: dict[str, int]) -> str:
    text = _run_text(element, marks)
    num_pr = element.find(f"{_W}pPr/{_W}numPr")
    if num_pr is None:
        style = element.find(f"{_W}pPr/{_W}pStyle")
        if style is not None:
            num_pr = numbering.styles.get(style.get(f"{_W}val", ""))
    if num_pr is not None and text.strip():
        num_id = num_pr.find(f"{_W}numId")
        level = num_pr.find(f"{_W}ilvl")
        text = (
            numbering.prefix(
                num_id.get(f"{_W}val", "") if num_id is not None else "",
                level.get(f"{_W}val", "0") if level is not None else "0",
            )
            + text.strip()
        )
    return text


def _table(element: _Element, numbering: _Numbering, marks: dict[str, int]) -> str:
    rows: list[str] = []
    for row in element.iterchildren(f"{_W}tr"):
        cells = []
        for cell in row.iterchildren(f"{_W}tc"):
            paragraphs = [_run_text(p, marks).strip() for p in cell.iter(f"{_W}p")]
            cells.append(" ".join(p for p in paragraphs if p))
        if any(cells):
            rows.append(" | ".join(cells))
    return "\n".join(rows)


def _blocks(container: _Element, numbering: _Numbering, marks: dict[str, int]) -> list[str]:
    blocks: list[str] = []
    for child in container.iterchildren():
        if child.tag == f"{_W}p":
            blocks.append(_paragraph(child, numbering, marks))
        elif child.tag == f"{_W}tbl":
            blocks.append(_table(child, numbering, marks))
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                blocks.extend(_blocks(content, numbering, marks))
    return blocks


def _related_xml(document: object, reltype: str) -> _Element | None:
    from lxml import etree

    for rel in document.part.rels.values():  # type: ignore[attr-defined]
        if rel.reltype == reltype and not rel.is_external:
            parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
            try:
                return etree.fromstring(rel.target_part.blob, parser)
            except etree.XMLSyntaxError:
                return None
    return None


def _footnotes(document: object, marks: dict[str, int]) -> list[str]:
    root = _related_xml(document, _FOOTNOTES_REL)
    if root is None or not marks:
        return []
    texts: dict[str, str] = {}
    for note in root.iterchildren(f"{_W}footnote"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        paragraphs = [_run_text(p, {}).strip() for p in note.iter(f"{_W}p")]
        texts[note.get(f"{_W}id", "")] = " ".join(p for p in paragraphs if p)
    return [f"[{number}] {texts[note_id]}" for note_id, number in marks.items() if note_id in texts]


def _first_heading(body: _Element) -> str | None:
    """Text of the first Title/Heading paragraph: the title when core properties lack one."""
    for paragraph in body.iter(f"{_W}p"):
        style = paragraph.find(f"{_W}pPr/{_W}pStyle")
        if style is not None and style.get(f"{_W}val", "").lower().startswith(("title", "heading")):
            text = _run_text(paragraph, {}).strip()
            if text:
                return text
    return None


def read_docx(data: bytes) -> DocxText:
    """Parse .docx bytes; raises ``UnreadableFileError`` for non-zip, bomb or damaged files."""
    check_zip_container(data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        document = docx.Document(io.BytesIO(data))
    except (
        PackageNotFoundError,
        KeyError,
        ValueError,
        zipfile.BadZipFile,
        etree.XMLSyntaxError,
    ) as exc:
        raise UnreadableFileError(
            f"not a valid .docx (damaged document: {type(exc).__name__})"
        ) from exc
    numbering = _Numbering(
        _related_xml(document, _NUMBERING_REL),
        _style_numbering(_related_xml(document, _STYLES_REL)),
    )
    marks: dict[str, int] = {}
    blocks = _blocks(document.element.body, numbering, marks)
    notes = _footnotes(document, marks)
    text = "\n\n".join(block for block in blocks if block.strip())
    if notes:
        text += "\n\n" + "\n".join(notes)
    props = document.core_properties
    created = props.created
    return DocxText(
        text=text,
        title=(props.title or "").strip() or _first_heading(document.element.body),
        author=(props.author or "").strip() or None,
        date=created.strftime("%Y-%m-%d") if created is not None else None,
    )


def read_docx_file(path: Path) -> ImportedText:
    """Read a .docx file; Word documents are authored text, so no web-furniture cleaning."""
    doc = read_docx(read_bytes_limited(path, MAX_BINARY_FILE_BYTES, ".docx"))
    clean = normalize_text(doc.text)
    if not clean:
        raise UnreadableFileError("the .docx document contains no text")
    return ImportedText(
        raw_text=unicodedata.normalize("NFC", doc.text),
        clean_text=clean,
        format="docx",
        title=doc.title,
        date=doc.date,
        author=doc.author,
    )
