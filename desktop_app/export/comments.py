"""Word comments written directly, with ids from a counter.

python-docx 1.2's ``Document.add_comment`` asks ``CT_Comments._next_available_comment_id`` for
an id, which runs an XPath over every comment already added: quadratic, 7.5 s for 4,000 comments.
Here the writer reads the existing ids once, then counts. The XML is the same as python-docx
writes (``w:comment`` with a ``CommentText`` paragraph starting with an ``annotationRef`` run, and
``commentRangeStart``/``commentRangeEnd`` plus a ``commentReference`` run in the body), so Word,
LibreOffice and python-docx's own ``doc.comments`` read it back.
"""

from __future__ import annotations

import copy
import datetime as dt

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml.etree import _Element as XmlElement

from desktop_app.export.xmlbuild import text_run
from desktop_app.export.xmltext import xml_safe


class CommentWriter:
    """Adds comments to one document's comments part in linear time."""

    def __init__(self, doc: Document) -> None:
        part = doc.part._comments_part  # created on first use, as python-docx does
        self._root: XmlElement = part.element
        used = [int(v) for v in self._root.xpath("./w:comment/@w:id")]
        self._next = max(used, default=-1) + 1
        self.count = 0

    def add(self, text: str, *, author: str = "", initials: str = "",
            date: dt.datetime | None = None) -> int:
        """Append a comment whose paragraphs are the lines of ``text``; return its id."""
        comment_id = self._next
        self._next += 1
        self.count += 1
        comment = OxmlElement("w:comment")
        comment.set(qn("w:id"), str(comment_id))
        comment.set(qn("w:author"), xml_safe(author))
        if initials:
            comment.set(qn("w:initials"), xml_safe(initials))
        stamp = (date or dt.datetime.now(dt.UTC)).replace(microsecond=0)
        comment.set(qn("w:date"), stamp.strftime("%Y-%m-%dT%H:%M:%SZ"))
        for index, line in enumerate(text.split("\n")):
            paragraph = copy.deepcopy(_FIRST_PARAGRAPH if index == 0 else _PARAGRAPH)
            if line:
                paragraph.append(text_run(line))
            comment.append(paragraph)
        self._root.append(comment)
        return comment_id

    @staticmethod
    def anchor(first_run: XmlElement, last_run: XmlElement, comment_id: int) -> None:
        """Mark runs ``first_run`` .. ``last_run`` (inclusive, in document order) as commented."""
        value = str(comment_id)
        start = copy.deepcopy(_RANGE_START)
        start.set(_ID, value)
        first_run.addprevious(start)
        end = copy.deepcopy(_RANGE_END)
        end.set(_ID, value)
        reference = copy.deepcopy(_REFERENCE_RUN)
        reference[-1].set(_ID, value)
        last_run.addnext(reference)
        last_run.addnext(end)


def _element(tag: str, children: tuple[XmlElement, ...] = (), **attrs: str) -> XmlElement:
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    for child in children:
        element.append(child)
    return element


# Prototypes copied for each comment (lxml copies a subtree in C, much faster than building it).
_ID = qn("w:id")
_RANGE_START = _element("w:commentRangeStart", id="0")
_RANGE_END = _element("w:commentRangeEnd", id="0")
_REFERENCE_RUN = _element("w:r", (
    _element("w:rPr", (_element("w:rStyle", val="CommentReference"),)),
    _element("w:commentReference", id="0"),
))
_PARAGRAPH = _element("w:p", (_element("w:pPr", (_element("w:pStyle", val="CommentText"),)),))
_FIRST_PARAGRAPH = _element("w:p", (
    _element("w:pPr", (_element("w:pStyle", val="CommentText"),)),
    _element("w:r", (_element("w:rPr", (_element("w:rStyle", val="CommentReference"),)),
                     _element("w:annotationRef"))),
))
