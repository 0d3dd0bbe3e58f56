"""The linear-time comment writer produces comments python-docx and Word read back."""

from __future__ import annotations

from pathlib import Path

import docx

from desktop_app.export.comments import CommentWriter

from .docx_read import anchored_texts, comment_texts


def test_ids_continue_after_existing_comments_and_read_back(tmp_path: Path) -> None:
    doc = docx.Document()
    first = doc.add_paragraph().add_run("đã có")
    doc.add_comment(first, text="của python-docx", author="X", initials="X")
    runs = [doc.add_paragraph().add_run(f"đoạn {i}") for i in range(3)]
    writer = CommentWriter(doc)
    ids = [writer.add(f"ghi chú {i}\ndòng hai", author="Lê Văn C", initials="LVC")
           for i in range(3)]
    for run, cid in zip(runs, ids, strict=True):
        CommentWriter.anchor(run._r, run._r, cid)
    # overlapping: one comment over runs 0..2, added last
    wide = writer.add("bao trùm", author="A")
    CommentWriter.anchor(runs[0]._r, runs[2]._r, wide)
    assert ids == [1, 2, 3] and wide == 4 and writer.count == 4
    out = tmp_path / "c.docx"
    doc.save(str(out))
    reread = docx.Document(str(out))
    comments = {c.comment_id: c for c in reread.comments}
    assert set(comments) == {0, 1, 2, 3, 4}
    assert comments[2].text == "ghi chú 1\ndòng hai"
    assert comments[2].author == "Lê Văn C" and comments[2].initials == "LVC"
    assert comments[2]._comment_elm.date is not None
    anchors = anchored_texts(out)
    assert anchors[1] == "đoạn 0" and anchors[3] == "đoạn 2"
    assert anchors[4] == "đoạn 0\nđoạn 1\nđoạn 2"
    assert comment_texts(out)[4] == "bao trùm"
