"""A process killed in the middle of importing a folder leaves a library with whole documents."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.textnorm import normalize_text
from desktop_app.workspace import open_workspace

pytestmark = pytest.mark.slow


def _article(i: int) -> str:
    body = " ".join(
        f"Đoạn {i}.{j}: Sáng {1 + j % 28}/3/2023, Ủy ban nhân dân tỉnh Quảng Nam họp về kế hoạch số {j}."
        for j in range(40)
    )
    return f"Bài số {i} về công tác của tỉnh Quảng Nam\n\n{body}\n"


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def test_kill_during_folder_import(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    expected = {}
    for i in range(400):
        path = src / f"{i:04}.txt"
        path.write_text(_article(i), encoding="utf-8")
        expected[str(path.resolve())] = normalize_text(_article(i))
    lib = tmp_path / "lib"
    env = {**os.environ, "CHUGIAI_HOME": str(lib)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "import", str(src)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while _count(lib / "library.sqlite3") < 20:
        assert proc.poll() is None, "the import finished before it could be killed"
        assert time.monotonic() < deadline, "import made no progress"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()

    with open_workspace(lib, seed=False) as ws:
        seeds = [d for d in ws.documents() if d.file_name[:3].isdigit() and "_" in d.file_name]
        docs = [d for d in ws.documents() if d not in seeds]
        assert 20 - len(seeds) <= len(docs) < 400
        assert ws.store.db.integrity_problems() == []
        for summary in docs:
            doc = ws.document(summary.id)
            assert doc.clean_text.strip() in expected[doc.source_path]
            assert ws.extraction(doc.id).entities, f"document {doc.id} stored without its entities"
        # The index is derived: whatever was committed is searchable after reopening.
        assert ws.search("Quảng Nam").total == len(docs)
        # Importing the folder again completes the library.
        report = ws.import_paths([src])
        assert len(report.added) + len(report.unchanged) == 400
        assert len(ws.documents()) == 400 + len(seeds)
