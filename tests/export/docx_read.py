"""Read a written report back at the XML level: comments, their anchored text, run properties."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(name))


def part_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def comment_texts(path: Path) -> dict[int, str]:
    """Comment id -> its text (paragraphs joined by newlines)."""
    root = part(path, "word/comments.xml")
    result = {}
    for comment in root.iter(_q("comment")):
        paragraphs = ["".join(t.text or "" for t in p.iter(_q("t"))) for p in comment.iter(_q("p"))]
        result[int(comment.get(_q("id")))] = "\n".join(paragraphs)
    return result


def anchored_texts(path: Path) -> dict[int, str]:
    """Comment id -> the body text between its commentRangeStart and commentRangeEnd.

    A paragraph break inside a range reads as a newline.
    """
    root = part(path, "word/document.xml")
    open_ids: dict[int, list[str]] = {}
    done: dict[int, str] = {}
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "start" and element.tag == _q("commentRangeStart"):
            open_ids[int(element.get(_q("id")))] = []
        elif event == "start" and element.tag == _q("commentRangeEnd"):
            cid = int(element.get(_q("id")))
            done[cid] = "".join(open_ids.pop(cid)).rstrip("\n")
        elif event == "start" and element.tag == _q("t"):
            for buffer in open_ids.values():
                buffer.append(element.text or "")
        elif event == "end" and element.tag == _q("p"):
            for buffer in open_ids.values():
                buffer.append("\n")
    return done


def paragraph_styles(path: Path) -> list[tuple[str, str]]:
    """(style id, text) of each body paragraph."""
    root = part(path, "word/document.xml")
    out = []
    for p in root.iter(_q("p")):
        style = p.find("w:pPr/w:pStyle", NS)
        out.append((style.get(_q("val")) if style is not None else "Normal",
                    "".join(t.text or "" for t in p.iter(_q("t")))))
    return out
