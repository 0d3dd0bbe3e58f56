"""A library with the five seed documents and notes that exercise every report feature."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.models import Annotation, EntityType
from desktop_app.workspace import Workspace, open_workspace


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def annotate(ws: Workspace) -> None:
    """Per document: a note on a person, two overlapping notes, one across two paragraphs,
    one starting inside an entity; and one orphaned note on the first document."""
    save = ws.store.annotations.save  # one index sync at the end instead of one per note
    for summary in ws.documents():
        doc = ws.document(summary.id)
        assert doc is not None
        text = doc.clean_text
        paras = [p for p in _paragraphs(text) if p[1] - p[0] > 120]
        assert len(paras) >= 3, "seed documents have several long paragraphs"
        people = [e for e in ws.extraction(doc.id).entities if e.type is EntityType.PERSON]
        if people:
            save(ws.new_annotation(
                doc.id, people[0].start, people[0].end, note="Người chủ trì",
                tags=("nhân sự",), author="Trần Thị B"))
        a, _ = paras[0]
        save(ws.new_annotation(doc.id, a + 10, a + 60, note="Ý chính",
                                               tags=("quan trọng",)))
        save(ws.new_annotation(doc.id, a + 30, a + 100, note="Chồng lấn\nhai dòng",
                                               tags=("theo dõi", "quan trọng")))
        _, end_first = paras[1]
        following = next(p for p in _paragraphs(text) if p[0] > end_first)
        save(ws.new_annotation(doc.id, end_first - 15, following[0] + 12,
                                               note="Qua hai đoạn"))
        entities = ws.extraction(doc.id).entities
        inner = next(e for e in entities if e.end - e.start > 6)
        save(ws.new_annotation(doc.id, inner.start + 3, inner.end + 8, note="",
                                               tags=("theo dõi",), colour="#85c1e9"))
    first = ws.documents()[0]
    ws.store.annotations.save(Annotation(
        0, first.id, 5, 20, "đoạn đã bị xoá khỏi văn bản", "", "", note="Mồ côi", orphaned=True))
    ws.sync_index()


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """Seeded and annotated once per test module; tests must not change it."""
    folder = tmp_path_factory.mktemp("library")
    with open_workspace(folder, seed=True) as ws:
        assert len(ws.documents()) == 5
        annotate(ws)
        yield ws


@pytest.fixture
def fresh_library(tmp_path: Path) -> Iterator[Workspace]:
    """A seeded, annotated library a test may change."""
    with open_workspace(tmp_path / "lib", seed=True) as ws:
        annotate(ws)
        yield ws
