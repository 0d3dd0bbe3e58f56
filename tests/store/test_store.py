"""The SQLite store: schema, transactions, repositories, cascades, the index queue."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.models import (
    Annotation,
    CorrectionAction,
    Entity,
    EntityType,
    Extraction,
    ImportedText,
    LegalRef,
    RemovedBlock,
    Role,
)
from desktop_app.store import LibraryError, Store
from desktop_app.store.schema import SCHEMA_VERSION

TEXT = "Chiều 31/3, Bộ Công an 😀 họp tại Hà Nội."


def _doc(store: Store, text: str = TEXT, path: str = "/x/a.txt") -> int:
    imported = ImportedText(
        raw_text=text + "\nĐường dây nóng", clean_text=text, format="txt", encoding="utf-8",
        title="Họp", date="2023-03-31", source="Tổ Quốc", author="PV",
        furniture=(RemovedBlock("Đường dây nóng", "hotline"),),
    )
    return store.documents.add(imported, file_name=Path(path).name, source_path=path, title="Họp")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "lib")
    yield s
    s.close()


def test_document_round_trip_keeps_every_field(store: Store) -> None:
    doc_id = _doc(store)
    doc = store.documents.get(doc_id)
    assert doc is not None
    assert doc.clean_text == TEXT and doc.raw_text.endswith("Đường dây nóng")
    assert (doc.title, doc.date, doc.source, doc.author) == ("Họp", "2023-03-31", "Tổ Quốc", "PV")
    assert doc.furniture == (RemovedBlock("Đường dây nóng", "hotline"),)
    assert store.documents.find_by_path("/x/a.txt") == (doc_id, doc.content_hash)
    assert store.documents.find_by_hash(doc.content_hash) == doc_id


def test_reopening_keeps_data_and_schema_version(tmp_path: Path) -> None:
    s = Store(tmp_path)
    doc_id = _doc(s)
    s.close()
    s = Store(tmp_path)
    assert s.documents.get(doc_id) is not None
    assert s.db.query("SELECT version FROM schema_version")[0][0] == SCHEMA_VERSION
    assert s.db.query("PRAGMA journal_mode")[0][0] == "wal"
    s.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    Store(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "library.sqlite3")
    conn.execute("UPDATE schema_version SET version = 999")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="newer"):
        Store(tmp_path)


def test_failed_transaction_leaves_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        doc_id = _doc(store)
        store.entities.replace(doc_id, Extraction((Entity(0, 5, EntityType.DATE, "Chiều", "x"),)), "1")
        raise RuntimeError("crash in the middle")
    assert store.documents.count() == 0
    assert store.db.query("SELECT COUNT(*) FROM entities")[0][0] == 0


def test_extraction_replace_and_stats(store: Store) -> None:
    a, b = _doc(store), _doc(store, TEXT + " Thêm.", "/x/b.txt")
    ents = (Entity(12, 22, EntityType.ORG, "Bộ Công an", "Bộ Công an"),
            Entity(34, 40, EntityType.LOC, "Hà Nội", "Hà Nội"))
    ref = LegalRef(0, 5, "Chỉ thị 39-CT/TW", "Chỉ thị", "39", "CT/TW", "TW", "2014-08-18", "Bộ Chính trị")
    role = Role("Nguyễn Văn A", "Bộ trưởng", "Bộ Công an", "…")
    store.entities.replace(a, Extraction(ents, (ref,), (role,)), "v1")
    store.entities.replace(b, Extraction(ents[:1]), "v1")
    got = store.entities.get(a)
    assert got.entities == ents and got.legal_refs == (ref,) and got.roles == (role,)
    stats = {(s.type, s.key): (s.mentions, s.documents) for s in store.entities.stats()}
    assert stats[(EntityType.ORG, "Bộ Công an")] == (2, 2)
    assert [m.document_id for m in store.entities.mentions(EntityType.ORG, "Bộ Công an")] == [a, b]
    store.entities.replace(a, Extraction(), "v2")
    assert store.entities.get(a) == Extraction()
    assert store.documents.extractor_versions()[a] == "v2"


def test_annotations_tags_and_cascade(store: Store) -> None:
    doc_id = _doc(store)
    saved = store.annotations.save(Annotation(0, doc_id, 12, 22, "Bộ Công an", "31/3, ", " 😀",
                                              note="**quan trọng**", tags=("An ninh", "Cần theo dõi")))
    assert saved.id > 0 and saved.created and saved.tags == ("An ninh", "Cần theo dõi")
    assert [t.name for t in store.annotations.tags()] == ["An ninh", "Cần theo dõi"]
    assert store.annotations.get(saved.id) == saved
    store.annotations.rename_tag("An ninh", "An ninh nội bộ")
    assert store.annotations.get(saved.id).tags[0] == "An ninh nội bộ"
    deleted = store.annotations.delete(saved.id)
    assert deleted is not None and store.annotations.get(saved.id) is None
    restored = store.annotations.save(deleted)  # undo of a delete keeps the id
    assert restored.id == saved.id
    assert store.documents.summaries()[0].note_count == 1
    store.documents.remove([doc_id])
    assert store.annotations.all() == [] and store.documents.count() == 0


def test_every_write_queues_the_document_for_the_index(store: Store) -> None:
    doc_id = _doc(store)
    assert store.documents.queued_for_index() == [doc_id]
    store.documents.mark_indexed([doc_id])
    store.annotations.save(Annotation(0, doc_id, 0, 5, "Chiều", "", " 31/3"))
    assert store.documents.queued_for_index() == [doc_id]
    store.documents.mark_indexed([doc_id])
    store.documents.remove([doc_id])
    assert store.documents.queued_for_index() == [doc_id]


def test_corrections_round_trip(store: Store) -> None:
    doc_id = _doc(store)
    g = store.corrections.add(CorrectionAction.RETYPE, "Tổ Quốc", EntityType.ORG)
    d = store.corrections.add(CorrectionAction.REMOVE, "Chiều", None, document_id=doc_id, start=0, end=5)
    assert [c.id for c in store.corrections.list(doc_id)] == [g, d]
    assert [c.id for c in store.corrections.list(doc_id, include_global=False)] == [d]
    old = store.corrections.get(d)
    store.corrections.remove(d)
    assert store.corrections.get(d) is None
    store.corrections.restore(old)
    assert store.corrections.get(d) == old


def test_integrity_check_is_clean(store: Store) -> None:
    _doc(store)
    assert store.db.integrity_problems() == []
