"""The import pipeline over a real library: seeds, failures, duplicates, updates in place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.workspace import Workspace, open_workspace


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = open_workspace(tmp_path / "lib", seed=False)
    yield workspace
    workspace.close()


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


ARTICLE = (
    "Hội nghị tổng kết công tác năm 2023 của Tỉnh ủy Nghệ An\n\n"
    "Sáng 12/1/2024, tại thành phố Vinh, Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết.\n\n"
    "Đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy chủ trì hội nghị.\n"
)


def test_first_run_imports_the_seeds_once(tmp_path: Path) -> None:
    with open_workspace(tmp_path / "lib") as ws:
        assert len(ws.documents()) == 5
        ws.remove([ws.documents()[0].id])
    with open_workspace(tmp_path / "lib") as ws:
        assert len(ws.documents()) == 4  # a removed seed does not come back


def test_folder_import_with_a_broken_file_fails_alone(ws: Workspace, tmp_path: Path) -> None:
    src = tmp_path / "src"
    _write(src / "a.txt", ARTICLE)
    _write(src / "sub" / "b.md", ARTICLE.replace("Nghệ An", "Hà Tĩnh"))
    (src / "empty.txt").write_bytes(b"")
    (src / "broken.docx").write_bytes(b"this is not a zip archive")
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    (src / "notes.xyz").write_text("ignored: unsupported types in folders are skipped")
    report = ws.import_paths([src, tmp_path / "missing.txt"])
    assert len(report.added) == 2
    failed = dict(report.failed)
    assert set(failed) == {str(src / "empty.txt"), str(src / "broken.docx"),
                           str(src / "image.txt"), str(tmp_path / "missing.txt")}
    assert all(reason for reason in failed.values())
    assert not report.ok
    assert ws.store.db.integrity_problems() == []
    hits = ws.search("nghe an")
    assert hits.total >= 1


def test_duplicates_unchanged_and_update_in_place(ws: Workspace, tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", ARTICLE)
    first = ws.import_paths([a])
    (doc_id,) = [i for _, i in first.added]
    copy = shutil.copy(a, tmp_path / "copy.txt")
    again = ws.import_paths([a, copy])
    assert again.unchanged == [(str(a), doc_id)]
    assert again.duplicates == [(str(Path(copy).resolve()), doc_id)]

    note = ws.create_annotation(ws.new_annotation(doc_id, *ws.locate_quote(doc_id, "Nguyễn Văn Bình"),
                                                  note="người chủ trì", tags=("nhân sự",)))
    _write(a, ARTICLE.replace("Sáng 12/1/2024", "Sáng thứ Sáu 12/1/2024, trời mưa"))
    updated = ws.import_paths([a])
    assert updated.updated == [(str(a), doc_id)]
    assert len(ws.documents()) == 1
    doc = ws.document(doc_id)
    assert "trời mưa" in doc.clean_text
    moved = ws.annotations(doc_id)[0]
    assert moved.id == note.id and not moved.orphaned
    assert doc.clean_text[moved.start:moved.end] == "Nguyễn Văn Bình"
    assert ws.extraction(doc_id).entities, "entities follow the new text"
    assert ws.search("trời mưa").total == 1


def test_update_that_deletes_the_passage_orphans_the_note(ws: Workspace, tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", ARTICLE)
    (doc_id,) = [i for _, i in ws.import_paths([a]).added]
    ws.create_annotation(ws.new_annotation(doc_id, *ws.locate_quote(doc_id, "Bí thư Tỉnh ủy chủ trì"),
                                           note="x"))
    _write(a, ARTICLE.replace("Đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy chủ trì hội nghị.", ""))
    ws.import_paths([a])
    (ann,) = ws.annotations(doc_id)
    assert ann.orphaned and ann.quote == "Bí thư Tỉnh ủy chủ trì"


def test_removed_documents_leave_search(ws: Workspace, tmp_path: Path) -> None:
    (doc_id,) = [i for _, i in ws.import_paths([_write(tmp_path / "a.txt", ARTICLE)]).added]
    assert ws.search("Nghệ An").total == 1
    assert ws.remove([doc_id, 999]) == [doc_id]
    assert ws.search("Nghệ An").total == 0


def test_check_rebuilds_a_deleted_index(ws: Workspace, tmp_path: Path) -> None:
    ws.import_paths([_write(tmp_path / "a.txt", ARTICLE)])
    folder = ws.folder
    ws.close()
    shutil.rmtree(folder / "index")
    with open_workspace(folder, seed=False) as again:
        assert again.search("Nghệ An").total == 1
        report = again.check()
        assert report.ok and report.documents == 1


def test_index_catches_up_after_a_crash_between_store_and_index(tmp_path: Path) -> None:
    from desktop_app.models import ImportedText

    with open_workspace(tmp_path, seed=False) as ws:
        ws.import_paths([_write(tmp_path / "a.txt", ARTICLE)])
        # A write committed to SQLite whose index update never ran (process died in between).
        ws.store.documents.add(ImportedText("Quảng Trị", "Quảng Trị", "txt"), file_name="b.txt",
                               source_path="/b.txt", title="Quảng Trị")
    with open_workspace(tmp_path, seed=False) as ws:
        assert ws.search("quang tri").total == 1
