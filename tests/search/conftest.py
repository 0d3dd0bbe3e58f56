"""Fixtures: the five seeds as index records, and a few synthetic documents with metadata."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.search import IndexedEntity, IndexedNote, IndexRecord, SearchIndex
from desktop_app.textnorm import normalize_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_records() -> list[IndexRecord]:
    """Seed files as UTF-8 through normalize_text, first line as title; doc_id = seed number."""
    records = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = normalize_text(path.read_bytes().decode("utf-8"))
        records.append(IndexRecord(doc_id=int(path.name[:3]), title=text.split("\n", 1)[0], text=text))
    return records


EXTRA = [
    IndexRecord(
        doc_id=100,
        title="Tin Nghệ An",
        text="Hôm nay Tỉnh uỷ Nghệ An họp bàn.Ông Nguyễn Văn A phát biểu ở TP.HCM 😀 về Đà Nẵng.",
        date="2023-03-15",
        source="Báo Nghệ An",
        entities=(
            IndexedEntity("LOC", "Nghệ An", "Nghệ An"),
            IndexedEntity("PERSON", "Nguyễn Văn A", "Ông Nguyễn Văn A"),
            IndexedEntity("ORG", "Tỉnh ủy Nghệ An", "Tỉnh uỷ Nghệ An"),
        ),
        tags=("quan trọng",),
        notes=(IndexedNote(7, "cần kiểm tra số liệu hạ tầng", ("xác minh",)),),
    ),
    IndexRecord(
        doc_id=101,
        title="Quyết định 58-QĐ/TW",
        text="Bộ Công an triển khai Quyết định số 58-QĐ/TW và Hướng dẫn 01-HD/BTCTW tại Hà Nội.",
        date="2022-07",
        source="Báo Công an",
        entities=(
            IndexedEntity("ORG", "Bộ Công an", "Bộ Công an"),
            IndexedEntity("LEGAL_DOC", "Quyết định 58-QĐ/TW", "Quyết định số 58-QĐ/TW"),
            IndexedEntity("LOC", "Hà Nội", "Hà Nội"),
        ),
        tags=("pháp luật",),
    ),
    IndexRecord(
        doc_id=102,
        title="Bóng đá",
        text="Đội tuyển đã thắng trận bóng đá tại sân Mỹ Đình, Hà Nội. Trời đẹp.",
        date="2021-11-02",
        source="Báo Thể thao",
        entities=(IndexedEntity("LOC", "Hà Nội", "Hà Nội"),),
    ),
]


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    index = SearchIndex(tmp_path_factory.mktemp("seedix") / "index")
    records = seed_records()
    assert index.ensure(lambda: records, len(records)) is True
    yield index
    index.close()


@pytest.fixture(scope="module")
def mixed_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    index = SearchIndex(tmp_path_factory.mktemp("mixedix") / "index")
    records = seed_records() + EXTRA
    index.ensure(lambda: records, len(records))
    yield index
    index.close()


def ids(results: object) -> list[int]:
    return [h.doc_id for h in results.hits]  # type: ignore[attr-defined]
