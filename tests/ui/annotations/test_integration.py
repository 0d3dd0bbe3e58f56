"""The annotation parts inside the real main window: menus, Ctrl+M, undo/redo, browser, JSON-LD."""

from __future__ import annotations

import json

import pytest
from annotation_samples import ASTRAL_TEXT
from conftest import doc_id_named
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, workspace):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.set_workspace(workspace)
    yield w
    w.runner.shutdown()
    w.annotations_ui.controller.set_workspace(None)


def settle(qtbot, window) -> None:
    """Wait for the window's worker (it runs undo/redo off the GUI thread) to finish.

    The undo stack is locked, but the test's next step expects the previous one's outcome.
    """
    qtbot.waitUntil(lambda: window.runner.busy == 0)


def open_doc(qtbot, window, doc_id: int) -> None:
    window.open_document(doc_id)
    qtbot.waitUntil(lambda: window.reader.document_id == doc_id)


def test_installed_into_the_window(window):
    ui = window.annotations_ui
    assert window.margin_slot.layout().indexOf(ui.margin) >= 0
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions() if a.menu()}
    assert ui.add_note_action in menus["Notes"].actions()
    file_actions = menus["File"].actions()
    assert ui.export_action in file_actions and ui.import_action in file_actions
    assert ui.add_note_action.shortcut().toString() == "Ctrl+M"


def test_add_note_with_ctrl_m_then_undo_and_redo_with_the_edit_actions(qtbot, window, workspace):
    ui = window.annotations_ui
    doc_id = doc_id_named(workspace, "bien-ban.txt")
    open_doc(qtbot, window, doc_id)
    start = ASTRAL_TEXT.index("kế hoạch 𝔘 số 4-KH")
    end = start + len("kế hoạch 𝔘 số 4-KH")
    window.reader.select_cp(start, end)
    assert ui.add_note_action.isEnabled()
    ui.add_note_action.trigger()
    editor = ui.controller.editor
    assert editor is not None
    editor.note_edit.setPlainText("Kế hoạch số 4")
    editor.accept()
    (note,) = workspace.annotations(doc_id)
    assert note.quote == ASTRAL_TEXT[start:end]
    assert list(ui.margin.cards) == [note.id]
    undo, redo = window.actions_.undo, window.actions_.redo
    qtbot.waitUntil(lambda: undo.isEnabled() and undo.text() == "Undo create note")

    undo.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: workspace.annotations(doc_id) == [] and not ui.margin.cards)
    qtbot.waitUntil(lambda: redo.isEnabled() and redo.text() == "Redo create note")
    redo.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: list(ui.margin.cards) == [note.id])

    ui.controller.update_note(note.id, note="Sửa lại")
    qtbot.waitUntil(lambda: undo.text() == "Undo edit note")
    undo.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: workspace.annotations(doc_id)[0].note == "Kế hoạch số 4")
    qtbot.waitUntil(lambda: "Kế hoạch số 4" in ui.margin.cards[note.id].body.text())


def test_context_menu_offers_notes(qtbot, window, workspace):
    ui = window.annotations_ui
    doc_id = doc_id_named(workspace, "bien-ban.txt")
    open_doc(qtbot, window, doc_id)
    start = ASTRAL_TEXT.index("Đoạn 2:")
    menu = window.reader.build_context_menu(start, start + 7)
    texts = {a.text(): a for a in menu.actions()}
    assert texts["Add note…"].isEnabled() and texts["Highlight"].isEnabled()
    window.reader.select_cp(start, start + 7)
    texts["Highlight"].trigger()
    (note,) = workspace.annotations(doc_id)
    menu = window.reader.build_context_menu(start + 1, start + 1)
    texts = {a.text(): a for a in menu.actions()}
    assert not texts["Add note…"].isEnabled()
    texts["Delete note"].trigger()
    assert workspace.annotations(doc_id) == []
    assert ui.margin.cards == {}


def test_browser_jumps_to_a_note_in_another_document(qtbot, window, workspace):
    ui = window.annotations_ui
    other = doc_id_named(workspace, "bao-cao.txt")
    text = workspace.document(other).clean_text
    start = text.index("Kết quả kiểm tra")
    workspace.create_annotation(workspace.new_annotation(other, start, start + 16, note="x"))
    open_doc(qtbot, window, doc_id_named(workspace, "bien-ban.txt"))
    ui.browser_action.trigger()
    qtbot.waitUntil(lambda: ui.browser.model.rowCount() == 1)
    ui.browser.activate_row(0)
    qtbot.waitUntil(lambda: window.reader.document_id == other)
    qtbot.waitUntil(lambda: window.reader.selection_cp() == (start, start + 16))
    assert ui.controller.selected_id is not None


def test_export_and_import_through_the_file_menu_functions(qtbot, window, workspace, tmp_path):
    ui = window.annotations_ui
    doc_id = doc_id_named(workspace, "bien-ban.txt")
    start = ASTRAL_TEXT.index("Văn phòng 𠀋")
    workspace.create_annotation(workspace.new_annotation(
        doc_id, start, start + 11, note="ghi chú", tags=("t",), colour="#112233"))
    path = tmp_path / "notes.jsonld"
    assert ui.export_notes(str(path)) == 1
    assert json.loads(path.read_text(encoding="utf-8"))["total"] == 1
    (before,) = workspace.annotations(doc_id)
    workspace.delete_annotation(before.id)
    outcome = ui.import_notes(str(path))
    assert len(outcome.imported) == 1
    (after,) = workspace.annotations(doc_id)
    assert (after.start, after.end, after.quote, after.note, after.tags, after.colour) == (
        before.start, before.end, before.quote, before.note, before.tags, before.colour)
    box = window.findChild(QMessageBox, "importNotesSummary")
    assert box is not None and box.text().startswith("1 imported, 0 to re-attach")
    box.close()
