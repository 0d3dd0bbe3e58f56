"""The export dialog over the real export core: a DOCX read back with python-docx, cancel, errors."""

import threading
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _open_dialog(window, qtbot, doc_id: int | None = None):
    if doc_id is not None:
        with qtbot.waitSignal(window.reader.documentOpened, timeout=10_000):
            window.open_document(doc_id)
    with qtbot.waitSignal(window.libraryRefreshed, timeout=10_000):
        window.refresh_library()
    window.export_report()
    dialog = window.export_dialog
    qtbot.addWidget(dialog)
    return dialog


def test_export_the_current_document(window, qtbot, tmp_path: Path):
    doc = window.workspace.documents()[0]
    dialog = _open_dialog(window, qtbot, doc.id)
    assert dialog.scope_key() == "current"
    qtbot.waitUntil(lambda: "1" in dialog.summary_label.text(), timeout=10_000)
    out = tmp_path / "báo cáo.docx"
    dialog.path_edit.setText(str(out))
    dialog.title_edit.setText("Báo cáo thử")
    dialog.full_text.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = signal.args[0]
    assert result.documents == 1 and result.path == out
    assert not dialog.open_folder_button.isHidden()
    report = docx.Document(str(out))
    headings = [p.text for p in report.paragraphs if p.style.name.startswith("Heading")]
    assert any(doc.title in h for h in headings)
    body = "\n".join(p.text for p in report.paragraphs)
    assert "Báo cáo thử" in body
    assert window.workspace.document(doc.id).clean_text.split("\n")[-1][:40] in body


def test_summary_follows_the_scope(window, qtbot):
    ws = window.workspace
    docs = ws.documents()
    note = ws.new_annotation(docs[1].id, 0, 5, note="xem lại", tags=["quan trọng"])
    ws.create_annotation(note)
    dialog = _open_dialog(window, qtbot, docs[0].id)
    with qtbot.waitSignal(dialog.summaryShown, timeout=10_000) as signal:
        dialog.set_scope("all")
    assert signal.args[0].documents == len(docs)
    assert signal.args[0].annotations == 1
    assert dialog.tag_combo.findText("quan trọng") >= 0
    with qtbot.waitSignal(dialog.summaryShown, timeout=10_000) as signal:
        dialog.tag_combo.setCurrentIndex(dialog.tag_combo.findText("quan trọng"))
        dialog.set_scope("tag")
    assert signal.args[0].documents == 1
    assert dialog.tag_combo.isEnabled()
    assert dialog.summary_label.text().startswith("1")


def test_cancel_leaves_nothing_behind(window, qtbot, tmp_path: Path, monkeypatch):
    ws = window.workspace
    dialog = _open_dialog(window, qtbot)
    dialog.set_scope("all")
    out = tmp_path / "cancelled.docx"
    dialog.path_edit.setText(str(out))
    entered, release = threading.Event(), threading.Event()
    real_document = ws.document

    def slow_document(doc_id: int):  # holds the worker inside the export until we cancelled
        entered.set()
        release.wait(10)
        return real_document(doc_id)

    monkeypatch.setattr(ws, "document", slow_document)
    with qtbot.waitSignal(dialog.exportCancelled, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert entered.wait(10)
        assert not dialog.export_button.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        release.set()
    assert not out.exists()
    assert list(tmp_path.glob("*.docx")) == []
    assert dialog.isVisible()  # Cancel stopped the export, it did not close the dialog
    qtbot.waitUntil(lambda: dialog.task is None, timeout=5_000)
    assert dialog.export_button.isEnabled()


def test_unwritable_destination_is_reported(window, qtbot, tmp_path: Path):
    dialog = _open_dialog(window, qtbot)
    dialog.path_edit.setText(str(tmp_path / "missing-folder" / "r.docx"))
    with qtbot.waitSignal(dialog.exportFailed, timeout=30_000) as signal:
        dialog.start_export()
    assert "missing-folder" in signal.args[0]
    assert not dialog.message.isHidden()
    assert "missing-folder" in dialog.message.text()
