"""Entity corrections and undoable annotation commands against a real library."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.models import CorrectionAction, EntityType
from desktop_app.workspace import Workspace, open_workspace

TEXT_A = (
    "Tin Quảng Bình\n\nSáng 3/4/2024, Hội Nông dân tỉnh Quảng Bình tổ chức hội nghị tại Đồng Hới. "
    "Ông Trần Văn Tám phát biểu. Nhóm Sao Mai tham dự.\n"
)
TEXT_B = "Tin thứ hai\n\nNhóm Sao Mai biểu diễn tại Huế ngày 5/4/2024.\n"


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    (tmp_path / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT_B, encoding="utf-8")
    workspace = open_workspace(tmp_path / "lib", seed=False)
    workspace.import_paths([tmp_path / "a.txt", tmp_path / "b.txt"])
    yield workspace
    workspace.close()


def _ids(ws: Workspace) -> tuple[int, int]:
    by_name = {d.file_name: d.id for d in ws.documents()}
    return by_name["a.txt"], by_name["b.txt"]


def _typed(ws: Workspace, doc_id: int) -> set[tuple[str, str]]:
    return {(e.text, str(e.type)) for e in ws.extraction(doc_id).entities}


def test_add_for_all_documents_survives_reextraction_and_feeds_imports(
        ws: Workspace, tmp_path: Path) -> None:
    a, b = _ids(ws)
    ws.correct_entity_undoable(CorrectionAction.ADD, "Sao Mai", EntityType.ORG)
    assert ("Sao Mai", "ORG") in _typed(ws, a) and ("Sao Mai", "ORG") in _typed(ws, b)
    ws.reextract()
    assert ("Sao Mai", "ORG") in _typed(ws, b)
    (tmp_path / "c.txt").write_text("Bài ba\n\nSao Mai về Hà Nội.", encoding="utf-8")
    report = ws.import_paths([tmp_path / "c.txt"])
    assert ("Sao Mai", "ORG") in _typed(ws, report.added[0][1])
    assert ws.search('org:"Sao Mai"').total == 3
    ws.undo_stack.undo()
    assert ("Sao Mai", "ORG") not in _typed(ws, a)


def test_remove_in_one_document_only(ws: Workspace) -> None:
    a, _ = _ids(ws)
    before = _typed(ws, a)
    assert ("Trần Văn Tám", "PERSON") in before
    start = ws.document(a).clean_text.index("Trần Văn Tám")
    ws.correct_entity_undoable(CorrectionAction.REMOVE, "Trần Văn Tám", None, document_id=a,
                               start=start, end=start + len("Trần Văn Tám"))
    assert ("Trần Văn Tám", "PERSON") not in _typed(ws, a)
    ws.undo_stack.undo()
    assert ("Trần Văn Tám", "PERSON") in _typed(ws, a)
    ws.undo_stack.redo()
    assert ("Trần Văn Tám", "PERSON") not in _typed(ws, a)


def test_corrections_file_round_trip(ws: Workspace, tmp_path: Path) -> None:
    ws.correct_entity(CorrectionAction.ADD, "Sao Mai", EntityType.ORG)
    out = tmp_path / "corr.json"
    assert ws.export_corrections(out) == 1
    with open_workspace(tmp_path / "other", seed=False) as other:
        (tmp_path / "d.txt").write_text(TEXT_B, encoding="utf-8")
        other.import_paths([tmp_path / "d.txt"])
        assert other.import_corrections(out) == 1
        (doc,) = other.documents()
        assert ("Sao Mai", "ORG") in _typed(other, doc.id)
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="not a Chú Giải corrections file"):
        ws.import_corrections(tmp_path / "bad.json")


def test_twenty_mixed_operations_undo_and_redo(ws: Workspace) -> None:
    a, b = _ids(ws)
    states = [ws.annotations()]
    text_a = ws.document(a).clean_text
    created = []
    for i in range(20):
        kind = i % 5
        if kind in (0, 1) or not created:
            doc = a if i % 2 else b
            quote = "Sao Mai"
            start, end = ws.locate_quote(doc, quote)
            ann = ws.create_annotation(ws.new_annotation(doc, start, end, note=f"ghi chú {i}",
                                                         tags=(f"thẻ {i % 3}",)))
            created.append(ann.id)
        elif kind == 2:
            current = ws.store.annotations.get(created[-1])
            ws.update_annotation(replace(current, note=current.note + " (sửa)"))
        elif kind == 3:
            current = ws.store.annotations.get(created[-1])
            ws.update_annotation(replace(current, tags=(*current.tags, "quan trọng")))
        else:
            ws.delete_annotation(created.pop())
        states.append(ws.annotations())
    assert text_a == ws.document(a).clean_text

    def comparable(anns: list) -> list:
        return [(x.id, x.document_id, x.start, x.end, x.note, x.tags) for x in anns]

    for expected in reversed(states[:-1]):
        ws.undo_stack.undo()
        assert comparable(ws.annotations()) == comparable(expected)
    assert not ws.undo_stack.can_undo
    for expected in states[1:]:
        ws.undo_stack.redo()
        assert comparable(ws.annotations()) == comparable(expected)


def test_notes_are_searchable_and_reported_as_note_hits(ws: Workspace) -> None:
    a, _ = _ids(ws)
    ann = ws.create_annotation(ws.new_annotation(a, *ws.locate_quote(a, "Trần Văn Tám"),
                                                 note="cần xác minh lý lịch", tags=("nhân sự",)))
    results = ws.search("xác minh lý lịch")
    assert [h.doc_id for h in results.hits] == [a]
    assert results.hits[0].note_hits == (ann.id,)
    assert ws.search('tag:"nhân sự"').total == 1
    ws.delete_annotation(ann.id)
    assert ws.search("xác minh lý lịch").total == 0
