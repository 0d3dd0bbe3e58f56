"""Export benchmark: DOCX reports with full text and one Word comment per annotation.

A temporary library of generated articles (``benchmarks.corpus``) is imported through the
workspace; annotations are stored through the store (what ``ws.create_annotation`` does, without
a search-index sync per note). Reports: 100 documents × 10 notes (target ≤ 2 s) and 100 × 40
(4,000 comments). For reference, python-docx's own ``add_comment`` on 4,000 comments (quadratic
id lookup) beside the linear ``CommentWriter``.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

import docx

from benchmarks.corpus import write_generated
from desktop_app.export import ExportOptions, ExportScope, export_report
from desktop_app.export.comments import CommentWriter
from desktop_app.workspace import Workspace, open_workspace


def _annotate(ws: Workspace, per_document: int, seed: int = 3) -> int:
    rng = random.Random(seed)
    tags = ("quan trọng", "theo dõi", "nhân sự", "pháp lý")
    count = 0
    for summary in ws.documents():
        text = ws.store.documents.clean_text(summary.id) or ""
        for i in range(per_document):
            start = rng.randrange(0, max(len(text) - 200, 1))
            end = start + rng.randint(15, 150)  # some notes overlap, some span paragraphs
            note = ws.new_annotation(summary.id, start, min(end, len(text)),
                                     note=f"Ghi chú số {i}: cần đối chiếu với văn bản gốc.",
                                     tags=(tags[i % len(tags)],))
            ws.store.annotations.save(note)
            count += 1
    return count


def _export(ws: Workspace, folder: Path, name: str) -> None:
    out = folder / f"{name}.docx"
    best = None
    for _ in range(3):
        result = export_report(ws, ExportScope("all"), ExportOptions(full_text=True), out)
        best = result if best is None or result.seconds < best.seconds else best
    assert best is not None
    print(f"{name}: {best.documents} documents, {best.annotations} notes, {best.comments} "
          f"comments, full text: {best.seconds:.2f} s (best of 3), {out.stat().st_size / 1e6:.1f} MB")


def _comment_ids(count: int) -> None:
    doc = docx.Document()
    runs = [doc.add_paragraph().add_run(f"đoạn {i}") for i in range(count)]
    started = time.perf_counter()
    for run in runs:
        doc.add_comment(run, text="ghi chú", author="A")
    stock = time.perf_counter() - started
    doc = docx.Document()
    runs = [doc.add_paragraph().add_run(f"đoạn {i}") for i in range(count)]
    started = time.perf_counter()
    writer = CommentWriter(doc)
    for run in runs:
        CommentWriter.anchor(run._r, run._r, writer.add("ghi chú", author="A"))
    ours = time.perf_counter() - started
    print(f"{count} comments: python-docx add_comment {stock:.2f} s, CommentWriter {ours:.3f} s")


def run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = write_generated(folder / "corpus", 100)
        with open_workspace(folder / "library", seed=False) as ws:
            started = time.perf_counter()
            ws.import_paths(files)
            chars = sum(len(ws.store.documents.clean_text(d.id) or "") for d in ws.documents())
            print(f"setup: imported {len(ws.documents())} documents ({chars / 1e3:.0f}k chars) "
                  f"in {time.perf_counter() - started:.1f} s")
            _annotate(ws, 10)
            _export(ws, folder, "100x10")
            _annotate(ws, 30, seed=4)
            _export(ws, folder, "100x40")
        _comment_ids(4000)


if __name__ == "__main__":
    run()
