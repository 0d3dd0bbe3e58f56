"""Assemble the DOCX report: title page, contents, one section per document, appendix.

The whole document is built in memory and only then written through ``atomic_output``, so a
cancelled or failed export leaves the destination (and any older report there) untouched.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml.etree import _Element as XmlElement

from desktop_app.export.atomic import OutputError, atomic_output
from desktop_app.export.comments import CommentWriter
from desktop_app.export.docx_styles import TABLE_STYLE, add_toc, new_report_document
from desktop_app.export.fulltext import (
    ENTITY_FILLS,
    anchorable,
    paragraph_number,
    paragraph_spans,
    render_full_text,
)
from desktop_app.export.key_entities import ReportIndex, display_date, key_entities
from desktop_app.export.options import ExportOptions, ExportResult, ExportScope
from desktop_app.export.scope import annotations_in_scope, describe_scope, resolve_scope
from desktop_app.export.summary import summarise
from desktop_app.export.xmlbuild import BodyWriter, text_run
from desktop_app.models import Annotation, Document, EntityType, Extraction, Tag
from desktop_app.workspace.progress import CancelToken, ProgressFn, no_progress

if TYPE_CHECKING:
    from desktop_app.workspace import Workspace

UNTAGGED = "Không gắn thẻ"
ENTITY_LABELS: dict[EntityType, str] = {
    EntityType.PERSON: "người", EntityType.TITLE: "chức danh", EntityType.ORG: "tổ chức",
    EntityType.LOC: "địa danh", EntityType.DATE: "thời gian", EntityType.LEGAL_DOC: "văn bản",
}


def _lighten(colour: str, amount: float = 0.6) -> str:
    """``#rrggbb`` mixed with white, for a fill that keeps black text readable."""
    value = colour.lstrip("#")
    if len(value) != 6:
        return "FFF2CC"
    try:
        channels = [int(value[i:i + 2], 16) for i in (0, 2, 4)]
    except ValueError:
        return "FFF2CC"
    return "".join(f"{round(c + (255 - c) * amount):02X}" for c in channels)


def _shade_paragraph(paragraph: XmlElement, colour: str) -> None:
    """Fill in a tint of the tag colour, with a bar in the tag colour itself on the left."""
    ppr = paragraph.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    bar = colour.lstrip("#").upper()
    for key, value in (("val", "single"), ("sz", "24"), ("space", "6"),
                       ("color", bar if len(bar) == 6 else "F4D03F")):
        left.set(qn(f"w:{key}"), value)
    borders.append(left)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), _lighten(colour))
    # Schema order inside pPr: pStyle, ..., pBdr, shd, ..., spacing, ind, ..., jc.
    style = ppr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(borders)
    else:
        ppr.insert(0, borders)
    borders.addnext(shd)


def _title_page(body: BodyWriter, options: ExportOptions, scope_text: str, counts: str) -> None:
    for _ in range(4):
        body.paragraph()
    body.text(options.title, "Title")
    body.text(scope_text, "Subtitle")
    for _ in range(3):
        body.paragraph()
    today = dt.date.today()
    lines = [("Người lập: ", options.author)] if options.author else []
    lines += [("Ngày lập: ", f"{today.day:02d}/{today.month:02d}/{today.year}"),
              ("Phạm vi: ", scope_text), ("Nội dung: ", counts)]
    for label, value in lines:
        body.paragraph(None, [text_run(label, bold=True), text_run(value)], align="center")
    body.page_break()


def _metadata(body: BodyWriter, document: Document) -> None:
    rows = [("Tiêu đề", document.title), ("Ngày", display_date(document.date) or "—"),
            ("Nguồn", document.source or "—"), ("Tác giả", document.author or "—"),
            ("Tệp", document.file_name)]
    body.table(rows, (35, 130), style=TABLE_STYLE)
    body.paragraph()


def _comment_for(options: ExportOptions) -> Callable[[Annotation], tuple[str, str, str]]:
    def build(note: Annotation) -> tuple[str, str, str]:
        lines = [note.note.strip()] if note.note.strip() else []
        if note.tags:
            lines.append("Thẻ: " + ", ".join(note.tags))
        author = note.author or options.author or "Chú Giải"
        initials = "".join(w[0] for w in author.split() if w)[:4].upper()
        return "\n".join(lines) or "(đánh dấu)", author, initials
    return build


class _Builder:
    """Holds what the sections share: the document, the comment writer, the index, the counts."""

    def __init__(self, ws: Workspace, scope: ExportScope, options: ExportOptions) -> None:
        self.ws = ws
        self.scope = scope
        self.options = options
        self.doc = new_report_document(options.title, options.author)
        self.body = BodyWriter(self.doc)
        self.writer: CommentWriter | None = None
        self.index = ReportIndex()
        self.tag_colours = {t.name: t.colour for t in ws.store.annotations.tags()}
        self.annotations = 0
        self.comments = 0

    def colour_of(self, note: Annotation) -> str:
        if note.colour:
            return note.colour
        for tag in note.tags:
            if tag in self.tag_colours:
                return self.tag_colours[tag]
        return Tag("").colour

    def document_section(self, number: int, document: Document, extraction: Extraction) -> None:
        options = self.options
        body = self.body
        body.text(f"{number}. {document.title}", "Heading 1")
        if options.metadata:
            _metadata(body, document)
        if options.summary and options.summary_sentences > 0:
            sentences = summarise(document.clean_text, options.summary_sentences,
                                  [(e.start, e.end) for e in extraction.entities],
                                  exclude=[document.title])
            if sentences:
                body.text("Tóm tắt", "Heading 2")
                for sentence in sentences:
                    body.text(sentence.text, "List Bullet")
        if options.entities:
            rows = key_entities(extraction).rows()
            if rows:
                body.text("Thực thể chính", "Heading 2")
                for label, items in rows:
                    body.paragraph(None, [text_run(f"{label}: ", bold=True),
                                          text_run("; ".join(items) + ".")])
        notes = annotations_in_scope(self.ws, self.scope, document.id)
        if options.annotations and notes:
            self.annotation_list(document, notes)
        if options.full_text:
            body.text("Toàn văn", "Heading 2")
            if options.entity_highlights and extraction.entities:
                self.legend()
            if options.comments and self.writer is None:
                self.writer = CommentWriter(self.doc)
            self.comments += render_full_text(
                body, document.clean_text,
                entities=extraction.entities if options.entity_highlights else (),
                annotations=notes, writer=self.writer if options.comments else None,
                comment_for=_comment_for(options),
            )
        self.annotations += len(notes)
        self.index.add(number, extraction)

    def annotation_list(self, document: Document, notes: Sequence[Annotation]) -> None:
        body = self.body
        body.text("Chú giải", "Heading 2")
        groups: dict[str, list[Annotation]] = {}
        for note in notes:
            tag = sorted(note.tags)[0] if note.tags else UNTAGGED
            groups.setdefault(tag, []).append(note)
        spans = paragraph_spans(document.clean_text)
        for tag in sorted(groups, key=lambda t: (t == UNTAGGED, t.casefold())):
            body.text(tag, "Heading 3")
            for note in groups[tag]:
                _shade_paragraph(body.text(note.quote, "Quote"), self.colour_of(note))
                place = (f"đoạn {paragraph_number(spans, note.start)}"
                         if anchorable(document.clean_text, note) else
                         "không còn định vị được trong văn bản hiện tại")
                others = [t for t in note.tags if t != tag]
                if others:
                    place += f"; thẻ khác: {', '.join(others)}"
                runs = [text_run("Ghi chú: ", bold=True), text_run(note.note.strip() + " ")]
                if not note.note.strip():
                    runs = []
                body.paragraph(None, [*runs, text_run(f"({place})", italic=True)])

    def legend(self) -> None:
        runs = [text_run("Tô màu: ")]
        for kind, fill in ENTITY_FILLS.items():
            runs += [text_run(f" {ENTITY_LABELS[kind]} ", fill=fill), text_run(" ")]
        self.body.paragraph("Caption", runs)

    def appendix(self) -> None:
        body = self.body
        legal = self.index.sorted_legal()
        people = self.index.sorted_people()
        if not legal and not people:
            return
        body.page_break()
        body.text("Phụ lục: Chỉ mục văn bản và nhân vật", "Heading 1")
        if legal:
            body.text("Văn bản được nhắc đến", "Heading 2")
            rows = [("Văn bản", "Chi tiết · tài liệu số")]
            rows += [(e.key, _index_detail(e.details, e.documents)) for e in legal]
            body.table(rows, (55, 110), style=TABLE_STYLE, header=True)
            body.paragraph()
        if people:
            body.text("Nhân vật", "Heading 2")
            rows = [("Họ tên", "Chức danh · tài liệu số")]
            rows += [(e.key, _index_detail(e.details, e.documents)) for e in people]
            body.table(rows, (55, 110), style=TABLE_STYLE, header=True)


def _index_detail(details: dict[str, None], documents: dict[int, None]) -> str:
    numbers = ", ".join(str(n) for n in sorted(documents))
    text = "; ".join(details)
    return f"{text} · tài liệu {numbers}" if text else f"tài liệu {numbers}"


def _check_destination(out: Path) -> None:
    """Fail before the slow part when the destination plainly cannot be written."""
    if out.is_dir():
        raise OutputError(f"cannot write {out}: it is a folder")
    if not out.parent.is_dir():
        raise OutputError(f"cannot write {out}: the folder {out.parent} does not exist")


def export_report(ws: Workspace, scope: ExportScope, options: ExportOptions, out: Path, *,
                  progress: ProgressFn = no_progress, cancel: CancelToken | None = None
                  ) -> ExportResult:
    """Write the report of ``scope`` to ``out`` (replaced only once the new file is complete).

    Raises ``OutputError`` when ``out`` cannot be written and ``Cancelled`` when ``cancel`` is
    set; in both cases nothing is left behind and an existing ``out`` is untouched.
    """
    started = time.perf_counter()
    out = Path(out)
    _check_destination(out)
    ids = resolve_scope(ws, scope)
    total = len(ids) + 1
    progress(0, total, "prepare")
    builder = _Builder(ws, scope, options)
    doc = builder.doc
    if options.title_page:
        wanted = set(ids)
        notes = [a for a in ws.annotations() if a.document_id in wanted
                 and (scope.kind != "tag" or scope.tag in a.tags)]
        counts = f"{len(ids)} tài liệu, {len(notes)} chú giải"
        _title_page(builder.body, options, describe_scope(scope, len(ids)), counts)
    if options.toc:
        add_toc(doc)
        builder.body.page_break()
    for number, doc_id in enumerate(ids, start=1):
        if cancel is not None:
            cancel.check()
        document = ws.document(doc_id)
        if document is None:
            continue
        builder.document_section(number, document, ws.extraction(doc_id))
        progress(number, total, document.title)
    if options.appendix:
        builder.appendix()
    if cancel is not None:
        cancel.check()
    progress(len(ids), total, "save")
    try:
        with atomic_output(out) as handle:
            doc.save(handle)
    except OSError as exc:  # disk full, file too large, device gone: atomic_output cleaned up
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}") from exc
    progress(total, total, "done")
    return ExportResult(out, len(ids), builder.annotations, builder.comments,
                        time.perf_counter() - started)
