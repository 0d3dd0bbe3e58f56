"""Page setup, styles, language and fields of a report, following Vietnamese office conventions.

Decree 30/2020/NĐ-CP style: A4, Times New Roman 13 pt, margins top/bottom 20 mm, left 30 mm,
right 15 mm, page numbers. Everything is expressed through real Word styles (Title, Heading 1–2,
Quote, a table style, comment styles) rather than direct formatting, so a user restyles the whole
report by editing a style. The language is Vietnamese in the document defaults and on every run we
write, so Word's proofing does not flag every syllable as misspelt English.
"""

from __future__ import annotations

from docx import Document as new_docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph
from lxml.etree import _Element as XmlElement

FONT = "Times New Roman"
LANG = "vi-VN"
BODY_PT = 13
TABLE_STYLE = "Table Grid"
TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'
TOC_PLACEHOLDER = (
    "Mục lục sẽ hiện khi cập nhật trường: nhấn chuột phải vào đây và chọn "
    "“Update Field” (Cập nhật trường), hoặc nhấn F9. (Right-click and choose Update Field.)"
)

# (style name, size pt, bold, italic, space before pt, space after pt, centred)
_PARAGRAPH_STYLES: tuple[tuple[str, float, bool, bool, float, float, bool], ...] = (
    ("Title", 18, True, False, 0, 12, True),
    ("Subtitle", 14, False, True, 0, 6, True),
    ("Heading 1", 15, True, False, 18, 6, False),
    ("Heading 2", 13.5, True, False, 12, 4, False),
    ("Heading 3", 13, True, True, 8, 2, False),
    ("Quote", 13, False, True, 4, 2, False),
    ("Caption", 11, False, True, 0, 6, False),
)


def set_fonts(rpr: XmlElement, font: str = FONT) -> None:
    """Name the font for every script slot, dropping theme references that would override it."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{slot}"), font)


def lang_element() -> XmlElement:
    """A ``w:lang`` marking text as Vietnamese for every script slot."""
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), LANG)
    lang.set(qn("w:eastAsia"), LANG)
    lang.set(qn("w:bidi"), "ar-SA")
    return lang


def set_lang(rpr: XmlElement) -> None:
    old = rpr.find(qn("w:lang"))
    if old is not None:
        rpr.remove(old)
    rpr.append(lang_element())


def _doc_defaults(doc: Document) -> None:
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    set_fonts(rpr)
    for tag in ("w:sz", "w:szCs"):
        old = rpr.find(qn(tag))
        if old is not None:
            rpr.remove(old)
        size = OxmlElement(tag)
        size.set(qn("w:val"), str(BODY_PT * 2))
        rpr.append(size)
    set_lang(rpr)


def _style_rpr(style: BaseStyle) -> XmlElement:
    return style.element.get_or_add_rPr()


def _paragraph_styles(doc: Document) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    set_fonts(_style_rpr(normal))
    set_lang(_style_rpr(normal))
    fmt = normal.paragraph_format
    fmt.space_after = Pt(6)
    fmt.line_spacing = 1.15
    for name, size, bold, italic, before, after, centred in _PARAGRAPH_STYLES:
        style = doc.styles[name]
        font = style.font
        font.name = FONT
        font.size = Pt(size)
        font.bold = bold
        font.italic = italic
        font.color.rgb = RGBColor(0, 0, 0)
        set_fonts(_style_rpr(style))
        set_lang(_style_rpr(style))
        pf = style.paragraph_format
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if centred:
            pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # Title: no coloured bottom border of the default template, keep it sober.
    title_ppr = doc.styles["Title"].element.pPr
    if title_ppr is not None:
        border = title_ppr.find(qn("w:pBdr"))
        if border is not None:
            title_ppr.remove(border)
    # Subtitle: the template spreads its letters apart; an office document does not.
    spacing = _style_rpr(doc.styles["Subtitle"]).find(qn("w:spacing"))
    if spacing is not None:
        spacing.getparent().remove(spacing)
    quote = doc.styles["Quote"].paragraph_format
    quote.left_indent = Mm(10)
    quote.right_indent = Mm(5)


def _comment_styles(doc: Document) -> None:
    """The styles Word itself uses for comments, so comment text looks native."""
    names = {s.name for s in doc.styles}
    if "annotation text" not in names:
        text = doc.styles.add_style("annotation text", WD_STYLE_TYPE.PARAGRAPH)
        text.element.set(qn("w:styleId"), "CommentText")
        text.base_style = doc.styles["Normal"]
        text.font.size = Pt(10)
    if "annotation reference" not in names:
        ref = doc.styles.add_style("annotation reference", WD_STYLE_TYPE.CHARACTER)
        ref.element.set(qn("w:styleId"), "CommentReference")
        ref.font.size = Pt(8)


def _page_setup(doc: Document) -> None:
    for section in doc.sections:
        section.page_width = Mm(210)
        section.page_height = Mm(297)
        section.top_margin = Mm(20)
        section.bottom_margin = Mm(20)
        section.left_margin = Mm(30)
        section.right_margin = Mm(15)
        section.header_distance = Mm(10)
        section.footer_distance = Mm(10)
        add_page_number_footer(section.footer.paragraphs[0])


def add_field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """A complex field (begin/instr/separate/result/end) that Word recomputes on update."""
    def run_with(child: XmlElement) -> None:
        run = paragraph.add_run()
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    result = paragraph.add_run(placeholder)
    set_lang(result._r.get_or_add_rPr())
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def add_page_number_footer(paragraph: Paragraph) -> None:
    """Centre a PAGE field in the footer (a simple field: every reader renders it)."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " PAGE ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def add_toc(doc: Document, heading: str = "Mục lục") -> None:
    """A TOC heading and a real TOC field over Heading 1–2, filled in by Word on update."""
    title = doc.add_paragraph(style="TOC Heading").add_run(heading)
    set_lang(title._r.get_or_add_rPr())
    add_field(doc.add_paragraph(), TOC_INSTRUCTION, TOC_PLACEHOLDER)


def request_field_update(doc: Document) -> None:
    """``w:updateFields`` makes Word offer to update the TOC and page fields on open."""
    settings = doc.settings.element
    old = settings.find(qn("w:updateFields"))
    if old is None:
        old = OxmlElement("w:updateFields")
        # Schema order: updateFields sits early in w:settings; after zoom is valid.
        zoom = settings.find(qn("w:zoom"))
        if zoom is not None:
            zoom.addnext(old)
        else:
            settings.insert(0, old)
    old.set(qn("w:val"), "true")


def _set_core_properties(doc: Document, title: str, author: str) -> None:
    core = doc.core_properties
    core.title = title
    core.author = author or "Chú Giải"
    core.language = LANG
    core.comments = "Báo cáo tạo bởi Chú Giải"


def new_report_document(title: str, author: str) -> Document:
    """A blank document with the report's page setup, styles, language and footer."""
    doc = new_docx()
    _doc_defaults(doc)
    _paragraph_styles(doc)
    _comment_styles(doc)
    toc_heading = doc.styles["TOC Heading"]
    toc_heading.font.name = FONT
    set_fonts(_style_rpr(toc_heading))
    toc_heading.font.color.rgb = RGBColor(0, 0, 0)
    _page_setup(doc)
    request_field_update(doc)
    _set_core_properties(doc, title, author)
    return doc
