"""Import throughput: 1,000 articles into a fresh library (read, clean, extract, store, index).

``BENCH_CORPUS=DIR`` takes the first ``BENCH_IMPORT_DOCS`` (default 1,000) files of a real corpus;
without it the articles are generated from the seeds.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import real_corpus_files, write_generated
from desktop_app.workspace import open_workspace


def run() -> None:
    count = int(os.environ.get("BENCH_IMPORT_DOCS", "1000"))
    with tempfile.TemporaryDirectory() as tmp:
        files = real_corpus_files(count)
        label = f"real corpus {os.environ.get('BENCH_CORPUS')}"
        if files is None:
            files = write_generated(Path(tmp) / "src", count)
            label = "generated from the seeds"
        chars = sum(len(p.read_text(encoding="utf-8", errors="replace")) for p in files)
        with open_workspace(Path(tmp) / "lib", seed=False) as ws:
            started = time.perf_counter()
            report = ws.import_paths(files)
            seconds = time.perf_counter() - started
            stored = len(report.added)
        print(f"import: {len(files)} articles ({label}), {chars / 1e6:.1f} M characters")
        print(f"  {stored} added, {len(report.duplicates)} duplicates, {len(report.failed)} failed")
        print(f"  {seconds:.1f} s total → {len(files) / seconds:.0f} documents/s, "
              f"{chars / seconds / 1e3:.0f} k characters/s (read + clean + extract + store + index)")
