"""Incremental updates and the automatic rebuild of a broken index (real files on disk)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from desktop_app.search import IndexRecord, SearchIndex
from desktop_app.search.index import DIRTY_FILE, VERSION_FILE, WRITELOCK

from .conftest import EXTRA, ids, seed_records


def _records() -> list[IndexRecord]:
    return seed_records() + EXTRA


def _built(path: Path) -> SearchIndex:
    index = SearchIndex(path)
    records = _records()
    assert index.ensure(lambda: records, len(records)) is True
    return index


def test_reopening_a_good_index_does_not_rebuild(tmp_path: Path):
    _built(tmp_path / "ix").close()
    again = SearchIndex(tmp_path / "ix")
    assert again.ensure(lambda: iter(()), 0) is False
    assert again.doc_count() == 8
    again.close()


def test_upsert_and_delete(tmp_path: Path):
    index = _built(tmp_path / "ix")
    assert ids(index.search("Mỹ Đình")) == [102]
    index.upsert([IndexRecord(102, "Bóng đá", "Trận đấu ở sân Hàng Đẫy.", date="2021-11-02")])
    assert ids(index.search("Mỹ Đình")) == []
    assert ids(index.search("Hàng Đẫy")) == [102]
    assert ids(index.search("hang day")) == [102]  # the accent-free map learns new words
    index.upsert([IndexRecord(200, "Mới", "Xuất hiện từ mới toanh: khủng long.")])
    assert ids(index.search("khung long")) == [200]
    assert index.doc_count() == 9
    index.delete([200, 0])
    assert ids(index.search("khủng long")) == []
    assert index.doc_count() == 7
    assert 0 not in ids(index.search('"bảo vệ chính trị nội bộ"'))
    facets = index.search("trận").facets
    assert ("2021", 1) in facets.years
    index.close()


def test_search_does_not_wait_for_a_writer(tmp_path: Path):
    index = _built(tmp_path / "ix")
    started, release = threading.Event(), threading.Event()

    def slow_records():
        started.set()
        release.wait(10)
        yield IndexRecord(300, "x", "chậm chạp")

    writer = threading.Thread(target=lambda: index.upsert(slow_records()))
    writer.start()
    assert started.wait(10)
    assert ids(index.search("Mỹ Đình")) == [102]  # answered while the writer holds the lock
    release.set()
    writer.join(10)
    assert ids(index.search("chậm chạp")) == [300]
    index.close()


def _rebuilds(path: Path) -> bool:
    index = SearchIndex(path)
    records = _records()
    progress: list[tuple[int, int]] = []
    rebuilt = index.ensure(lambda: records, len(records), lambda d, t: progress.append((d, t)))
    assert index.doc_count() == len(records)
    assert ids(index.search("58-QĐ/TW"))
    if rebuilt:
        assert progress[-1] == (len(records), len(records))
    index.close()
    return rebuilt


def test_missing_index_is_built(tmp_path: Path):
    assert _rebuilds(tmp_path / "nothing-here")


def test_corrupt_index_is_rebuilt(tmp_path: Path):
    _built(tmp_path / "ix").close()
    for f in (tmp_path / "ix").iterdir():
        if f.name != VERSION_FILE:
            f.write_bytes(os.urandom(200))
    assert _rebuilds(tmp_path / "ix")


def test_older_schema_is_rebuilt(tmp_path: Path):
    _built(tmp_path / "ix").close()
    (tmp_path / "ix" / VERSION_FILE).write_text(json.dumps({"schema_version": 0}))
    assert _rebuilds(tmp_path / "ix")
    assert json.loads((tmp_path / "ix" / VERSION_FILE).read_text())["schema_version"] >= 1


def test_index_left_by_a_killed_writer_is_rebuilt(tmp_path: Path):
    _built(tmp_path / "ix").close()
    # A real process takes the write lock, starts writing, and is killed mid-write.
    script = f"""
import os, signal
from pathlib import Path
from desktop_app.search import IndexRecord, SearchIndex
ix = SearchIndex(Path({str(tmp_path / "ix")!r}))
def records():
    yield IndexRecord(500, "half", "nửa chừng")
    os.kill(os.getpid(), signal.SIGKILL)
ix.upsert(records())
"""
    proc = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).resolve().parents[2])
    assert proc.returncode != 0
    assert (tmp_path / "ix" / DIRTY_FILE).exists()
    assert (tmp_path / "ix" / WRITELOCK).exists()
    assert _rebuilds(tmp_path / "ix")
    assert not (tmp_path / "ix" / DIRTY_FILE).exists()


def test_cancelled_rebuild_keeps_the_old_index(tmp_path: Path):
    index = _built(tmp_path / "ix")
    index.rebuild(iter([IndexRecord(1, "x", "y")] * 200), 200, cancel=lambda: True)
    assert index.doc_count() == 8
    index.close()
