"""Undo/redo run on a worker, yet every widget update happens on the GUI thread."""

import threading

import pytest

from desktop_app.models import CorrectionAction
from desktop_app.ui.reader import CorrectionRequest

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _record_threads(action, seen: list[threading.Thread]) -> None:
    real = action.setEnabled

    def recording(on: bool) -> None:
        seen.append(threading.current_thread())
        real(on)

    action.setEnabled = recording  # the window's Python code calls this attribute


def test_undo_and_redo_in_a_worker_update_actions_on_the_gui_thread(window, qtbot):
    with qtbot.waitSignal(window.reader.documentOpened, timeout=10_000):
        window.open_document(window.workspace.documents()[0].id)
    doc_id = window.reader.document_id
    entity = window.reader.entities[0]
    seen: list[threading.Thread] = []
    _record_threads(window.actions_.undo, seen)
    _record_threads(window.actions_.redo, seen)
    window.correct_entity(CorrectionRequest(CorrectionAction.REMOVE, entity.text, None, doc_id,
                                            entity.start, entity.end))
    undo, redo = window.actions_.undo, window.actions_.redo
    qtbot.waitUntil(lambda: undo.isEnabled(), timeout=20_000)
    assert not redo.isEnabled()
    window.undo()  # the only step: the undo list becomes empty
    qtbot.waitUntil(lambda: redo.isEnabled(), timeout=20_000)
    assert not undo.isEnabled()
    assert redo.text() != window.tr("Redo")  # carries the step's label
    window.redo()
    qtbot.waitUntil(lambda: undo.isEnabled() and not redo.isEnabled(), timeout=20_000)
    window.runner.wait(20_000)
    qtbot.wait(50)  # let queued deliveries drain
    assert seen and all(t is threading.main_thread() for t in seen)


def test_a_saved_note_becomes_searchable_without_a_search_first(window, qtbot):
    ws = window.workspace
    doc = ws.documents()[0]
    before = ws.store.documents.queued_for_index()
    assert doc.id not in before
    ws.create_annotation(ws.new_annotation(doc.id, 0, 4, note="xylophonequanh"))
    assert doc.id in ws.store.documents.queued_for_index()  # saving did not index
    with qtbot.waitSignal(window.bridge.indexUpdated, timeout=10_000) as signal:
        pass  # the window's debounced background sync (~1 s)
    assert doc.id in signal.args[0]
    assert doc.id not in ws.store.documents.queued_for_index()
    results = ws.search("xylophonequanh")
    assert [h.doc_id for h in results.hits] == [doc.id]
