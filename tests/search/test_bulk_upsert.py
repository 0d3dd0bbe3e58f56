"""Large upserts (imports) are written in bulk as a fresh segment; replacements stay exact."""

from __future__ import annotations

from pathlib import Path

from desktop_app.search import IndexRecord, SearchIndex
from desktop_app.search.index import BULK_UPSERT_MIN


def _records(start: int, count: int, word: str) -> list[IndexRecord]:
    return [
        IndexRecord(doc_id=i, title=f"Bài {i}", text=f"Bài {i}. Hội nghị tỉnh Quảng Ngãi {word}.")
        for i in range(start, start + count)
    ]


def test_bulk_upsert_adds_and_replaces(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "index")
    index.ensure(lambda: iter(()), 0)
    n = BULK_UPSERT_MIN + 10
    index.upsert(_records(1, n, "mưa"))
    assert index.doc_count() == n
    index.upsert(_records(1, n, "nắng"))  # every document replaced in one bulk segment
    assert index.doc_count() == n
    assert index.search("mưa").total == 0
    assert index.search("nang").total == n
    index.upsert(_records(1, 3, "gió"))  # a small edit through Whoosh's own writer
    assert index.search("gió").total == 3 and index.search("nắng").total == n - 3
    index.delete([1, 2])
    assert index.doc_count() == n - 2
    index.close()
    reopened = SearchIndex(tmp_path / "index")
    assert reopened.ensure(lambda: iter(()), n - 2) is False
    assert reopened.search('"quảng ngãi"').total == n - 2
    reopened.close()
