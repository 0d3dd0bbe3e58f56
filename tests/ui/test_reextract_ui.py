"""Entities read by an older extractor are brought up to date in the background on opening."""

from __future__ import annotations

import pytest

from desktop_app.entities import EXTRACTOR_VERSION
from desktop_app.models import Extraction

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _open(qtbot, workspace):
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import Settings

    w = MainWindow(Settings())
    qtbot.addWidget(w)
    w.show()
    return w


def _close(w) -> None:
    w.runner.shutdown()
    w.bridge.detach()
    w.workspace = None


def test_documents_of_an_older_extractor_are_extracted_again_on_opening(qtbot, workspace):
    ids = workspace.store.documents.ids()
    for doc_id in ids:  # as if version "old" of the extractor had found nothing
        workspace.store.entities.replace(doc_id, Extraction(), "old")
    w = _open(qtbot, workspace)
    with qtbot.waitSignal(w.reextracts.finished, timeout=60_000) as signal:
        w.set_workspace(workspace)
    assert signal.args == [len(ids)]
    assert set(workspace.store.documents.extractor_versions().values()) == {EXTRACTOR_VERSION}
    assert all(workspace.extraction(doc_id).entities for doc_id in ids)
    assert not w.reextracts.progress.isVisible()
    # the library list catches up with the new entity counts
    model = w.library.proxy
    qtbot.waitUntil(lambda: model.rowCount() == len(ids) and all(
        str(model.index(r, 3).data()) not in ("0", "") for r in range(model.rowCount())), timeout=10_000)
    _close(w)


def test_an_up_to_date_library_is_left_alone_and_all_can_be_asked_for(qtbot, workspace):
    w = _open(qtbot, workspace)
    started: list[str] = []
    w.statusBar().messageChanged.connect(started.append)
    w.reextracts.finished.connect(lambda n: started.append(f"finished {n}"))
    with qtbot.waitSignal(w.libraryRefreshed, timeout=10_000):
        w.set_workspace(workspace)
    qtbot.wait(500)  # the look for outdated documents has run on the pool by now
    assert not w.reextracts.busy and not any("finished" in m or "…" in m for m in started)
    with qtbot.waitSignal(w.reextracts.finished, timeout=60_000) as signal:
        w.actions_.reextract_all.trigger()
    assert signal.args == [len(workspace.store.documents.ids())]
    _close(w)
