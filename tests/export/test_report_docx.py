"""The written report read back with python-docx and at the XML level."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.shared import Mm

from desktop_app.export import ExportOptions, ExportScope, export_report
from desktop_app.export.docx_styles import TOC_INSTRUCTION
from desktop_app.export.fulltext import anchorable
from desktop_app.workspace import Workspace

from .docx_read import W, anchored_texts, comment_texts, paragraph_styles, part, part_names

NS = {"w": W}


def _visible(quote: str) -> str:
    """A quote as the report shows it: one paragraph per non-blank line."""
    return "\n".join(line for line in quote.split("\n") if line.strip())


@pytest.fixture(scope="module")
def full_report(library: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out") / "báo cáo.docx"
    result = export_report(library, ExportScope("all"),
                           ExportOptions(title="Báo cáo thử", author="Nguyễn Văn A",
                                         full_text=True), out)
    assert result.path == out and out.is_file()
    return out


def test_headings_one_per_document_and_styles_used(library: Workspace, full_report: Path) -> None:
    document = docx.Document(str(full_report))
    by_style: dict[str, list[str]] = {}
    for paragraph in document.paragraphs:
        by_style.setdefault(paragraph.style.name, []).append(paragraph.text)
    titles = [d.title for d in library.documents()]
    doc_headings = [h for h in by_style["Heading 1"] if not h.startswith("Phụ lục")]
    assert len(doc_headings) == len(titles)
    for title in titles:
        assert any(h.endswith(title) for h in doc_headings)
    assert by_style["Title"] == ["Báo cáo thử"]
    assert {"Tóm tắt", "Chú giải", "Toàn văn"} <= set(by_style["Heading 2"])
    assert "Người chủ trì" not in by_style.get("Quote", [])
    assert by_style["Quote"], "quoted passages use the Quote style"


def test_metadata_table_with_style(library: Workspace, full_report: Path) -> None:
    document = docx.Document(str(full_report))
    meta = [t for t in document.tables if t.rows[0].cells[0].text == "Tiêu đề"]
    assert len(meta) == len(library.documents())
    first = library.documents()
    assert {t.rows[0].cells[1].text for t in meta} == {d.title for d in first}
    assert all(t.style is not None and t.style.name == "Table Grid" for t in meta)
    labels = [row.cells[0].text for row in meta[0].rows]
    assert labels == ["Tiêu đề", "Ngày", "Nguồn", "Tác giả", "Tệp"]


def test_one_comment_per_anchorable_annotation_on_its_quote(library: Workspace,
                                                            full_report: Path) -> None:
    notes = library.annotations()
    texts = {d.id: library.document(d.id).clean_text for d in library.documents()}
    expected = [a for a in notes if anchorable(texts[a.document_id], a)]
    assert len(expected) == len(notes) - 1  # the orphaned one has no place to anchor
    comments = comment_texts(full_report)
    anchors = anchored_texts(full_report)
    assert len(comments) == len(expected) == len(anchors)
    assert len(docx.Document(str(full_report)).comments) == len(expected)
    remaining = [(_visible(a.quote), a) for a in expected]
    for cid, anchored in anchors.items():
        match = next((pair for pair in remaining if pair[0] == anchored), None)
        assert match is not None, f"comment {cid} anchored on {anchored!r}, no such quote"
        remaining.remove(match)
        note = match[1]
        if note.note:
            assert comments[cid].startswith(note.note)
    assert not remaining
    # overlapping notes (+30..+60 shared) and a note spanning two paragraphs are among them
    assert any("\n" in text for text in anchors.values())


def test_comment_author_and_initials(full_report: Path) -> None:
    root = part(full_report, "word/comments.xml")
    authors = {c.get(f"{{{W}}}author"): c.get(f"{{{W}}}initials")
               for c in root.iter(f"{{{W}}}comment")}
    assert authors["Trần Thị B"] == "TTB"
    assert authors["Nguyễn Văn A"] == "NVA"  # notes without an author take the report's


def test_entity_highlights_and_tag_shading(full_report: Path) -> None:
    body = part(full_report, "word/document.xml")
    shaded_runs = body.xpath("//w:r[w:rPr/w:shd]", namespaces=NS)
    assert len(shaded_runs) > 50
    quote_shading = body.xpath("//w:p[w:pPr/w:pStyle/@w:val='Quote']/w:pPr/w:shd/@w:fill",
                               namespaces=NS)
    assert quote_shading and all(len(f) == 6 for f in quote_shading)
    assert len(set(quote_shading)) >= 2  # tag colours differ


def test_page_setup_a4_margins_and_page_number(full_report: Path) -> None:
    section = docx.Document(str(full_report)).sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1)
    assert abs(section.page_height - Mm(297)) < Mm(1)
    slack = Mm(0.05)  # margins are stored in whole twips (1/1440 in)
    assert Mm(20) - slack <= section.top_margin <= Mm(25) + slack
    assert Mm(20) - slack <= section.bottom_margin <= Mm(25) + slack
    assert Mm(30) - slack <= section.left_margin <= Mm(35) + slack
    assert Mm(15) - slack <= section.right_margin <= Mm(20) + slack
    footers = [n for n in part_names(full_report) if n.startswith("word/footer")]
    assert footers
    footer = part(full_report, footers[0])
    assert footer.xpath("//w:fldSimple[contains(@w:instr, 'PAGE')]", namespaces=NS)


def test_language_and_fonts(full_report: Path) -> None:
    styles = part(full_report, "word/styles.xml")
    default = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert default.find("w:lang", NS).get(f"{{{W}}}val") == "vi-VN"
    fonts = default.find("w:rFonts", NS)
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        assert fonts.get(f"{{{W}}}{slot}") == "Times New Roman"
    assert default.find("w:sz", NS).get(f"{{{W}}}val") in {"26", "27", "28"}
    body = part(full_report, "word/document.xml")
    text_runs = body.xpath("//w:body//w:r[w:t]", namespaces=NS)
    with_lang = body.xpath("//w:body//w:r[w:t][w:rPr/w:lang/@w:val='vi-VN']", namespaces=NS)
    assert len(with_lang) == len(text_runs)
    heading = styles.xpath("//w:style[@w:styleId='Heading1']/w:rPr/w:rFonts", namespaces=NS)[0]
    assert heading.get(f"{{{W}}}eastAsia") == "Times New Roman"
    assert heading.get(f"{{{W}}}asciiTheme") is None


def test_toc_field_and_update_on_open(full_report: Path) -> None:
    body = part(full_report, "word/document.xml")
    instructions = [t.text for t in body.iter(f"{{{W}}}instrText")]
    assert any(TOC_INSTRUCTION in (i or "") for i in instructions)
    settings = part(full_report, "word/settings.xml")
    update = settings.find("w:updateFields", NS)
    assert update is not None and update.get(f"{{{W}}}val") == "true"


def test_appendix_lists_legal_references_and_people(library: Workspace,
                                                    full_report: Path) -> None:
    document = docx.Document(str(full_report))
    refs = {r.key for d in library.documents() for r in library.extraction(d.id).legal_refs}
    assert "Chỉ thị 39-CT/TW" in refs
    index = [t for t in document.tables if t.rows[0].cells[0].text == "Văn bản"]
    assert len(index) == 1
    listed = [row.cells[0].text for row in index[0].rows[1:]]
    assert refs <= set(listed)
    people = [t for t in document.tables if t.rows[0].cells[0].text == "Họ tên"]
    assert people and len(people[0].rows) > 3


def test_summary_sentences_come_from_the_text(library: Workspace, full_report: Path) -> None:
    styles = paragraph_styles(full_report)
    bullets = [text for style, text in styles if style == "ListBullet"]
    assert len(bullets) == 3 * len(library.documents())
    corpus = [library.document(d.id).clean_text for d in library.documents()]
    for sentence in bullets:
        assert any(sentence in text for text in corpus)


def test_parts_can_be_switched_off(library: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "lean.docx"
    options = ExportOptions(title_page=False, toc=False, metadata=False, summary=False,
                            entities=False, appendix=False, annotations=False, full_text=False)
    result = export_report(library, ExportScope("documents", doc_ids=(2,)), options, out)
    assert result.documents == 1 and result.comments == 0
    document = docx.Document(str(out))
    assert [p.style.name for p in document.paragraphs] == ["Heading 1"]
    assert not document.tables
    assert "word/comments.xml" not in part_names(out)


def test_full_text_without_comments(library: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "plain.docx"
    result = export_report(library, ExportScope("documents", doc_ids=(1,)),
                           ExportOptions(full_text=True, comments=False), out)
    assert result.comments == 0
    assert not anchored_texts(out)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    first_line = next(line for line in library.document(1).clean_text.split("\n") if line.strip())
    assert first_line in text


def test_notes_grouped_by_tag_with_paragraph_numbers(library: Workspace,
                                                     full_report: Path) -> None:
    styles = paragraph_styles(full_report)
    tags = [text for style, text in styles if style == "Heading3"]
    assert {"nhân sự", "quan trọng", "theo dõi", "Không gắn thẻ"} <= set(tags)
    texts = [text for _, text in styles]
    note = next(a for a in library.annotations() if a.note == "Qua hai đoạn")
    text = library.document(note.document_id).clean_text
    lines = [line for line in text.split("\n") if line.strip()]
    number = next(i for i, line in enumerate(lines, 1) if note.quote.split("\n")[0] in line)
    assert f"Ghi chú: Qua hai đoạn (đoạn {number})" in texts
    assert any(t.startswith("Ghi chú: Mồ côi (không còn định vị") for t in texts)
