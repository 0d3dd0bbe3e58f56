"""Re-extraction of the whole library: worker processes, progress, cancel, corrections kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.models import CorrectionAction, EntityType, Extraction
from desktop_app.workspace import Cancelled, CancelToken, open_workspace
from desktop_app.workspace.extracting import _PARALLEL_MIN


def _library(tmp_path: Path, count: int):
    src = tmp_path / "src"
    src.mkdir()
    for i in range(count):
        (src / f"{i:03}.txt").write_text(
            f"Tin số {i}\n\nSáng {1 + i % 27}/5/2024, Bộ Y tế họp tại Hà Nội. Nhóm Hoa Sen {i} dự.",
            encoding="utf-8")
    ws = open_workspace(tmp_path / "lib", seed=False)
    ws.import_paths([src])
    return ws


def test_reextract_all_in_worker_processes_keeps_corrections(tmp_path: Path) -> None:
    ws = _library(tmp_path, _PARALLEL_MIN + 5)
    ids = ws.store.documents.ids()
    ws.correct_entity(CorrectionAction.ADD, "Hoa Sen", EntityType.ORG)
    for doc_id in ids:  # as if an older extractor had found nothing
        ws.store.entities.replace(doc_id, Extraction(), "old")
    seen: list[int] = []
    assert ws.reextract(progress=lambda done, total, what: seen.append(done)) == len(ids)
    assert seen[-1] == len(ids)
    for doc_id in ids:
        typed = {(e.text, e.type) for e in ws.extraction(doc_id).entities}
        assert ("Bộ Y tế", EntityType.ORG) in typed and ("Hoa Sen", EntityType.ORG) in typed
    assert set(ws.store.documents.extractor_versions().values()) != {"old"}
    ws.close()


def test_cancel_keeps_what_was_done(tmp_path: Path) -> None:
    ws = _library(tmp_path, _PARALLEL_MIN + 5)
    for doc_id in ws.store.documents.ids():
        ws.store.entities.replace(doc_id, Extraction(), "old")
    token = CancelToken()

    def progress(done: int, total: int, what: str) -> None:
        if done == 5:
            token.cancel()

    with pytest.raises(Cancelled):
        ws.reextract(progress=progress, cancel=token)
    versions = list(ws.store.documents.extractor_versions().values())
    assert 5 <= sum(v != "old" for v in versions) < len(versions)
    ws.close()
