"""Wire the annotation widgets into the main window (called at the end of its ``__init__``).

Adds: the margin in ``window.margin_slot``; a Notes menu and toolbar buttons (Add note Ctrl+M,
Highlight Ctrl+Shift+M, edit, delete, collapse all, browser); reader context-menu entries;
File → Export/Import notes (W3C JSON-LD); the notes browser dock. Undo/redo are the window's own
Edit actions on the same ``ws.undo_stack``, so note changes and entity corrections share them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMenu, QMessageBox, QWidget

from desktop_app.ui.annotations.browser import AnnotationsBrowser
from desktop_app.ui.annotations.controller import AnnotationController
from desktop_app.ui.annotations.margin_widget import MarginWidget
from desktop_app.ui.icons import icon
from desktop_app.ui.workers import connect_queued


class AnnotationsUi(QObject):
    """Everything ``install`` adds, kept on ``window.annotations_ui`` for menus and tests."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        reader = window.reader
        self.controller = AnnotationController(reader, self)
        self.margin = MarginWidget(self.controller)
        window.margin_slot.layout().addWidget(self.margin)
        self.browser = AnnotationsBrowser()
        self.dock = QDockWidget(self.tr("Notes"), window)
        self.dock.setObjectName("annotationsDock")
        self.dock.setWidget(self.browser)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self._pending_jump: tuple[int, int, int] | None = None
        self._browser_stale = True
        self.dock.visibilityChanged.connect(self._dock_visibility)

        self._build_actions()
        reader.context_menu_providers.append(self.add_context_actions)
        self.controller.message.connect(lambda text: window.statusBar().showMessage(text, 5000))
        self.controller.selectionChanged.connect(self._update_actions)
        self.controller.activeChanged.connect(self._update_actions)
        connect_queued(self.controller.bridge.annotationsChanged, self._schedule_browser_reload)
        connect_queued(self.controller.bridge.documentsChanged, self._schedule_browser_reload)
        self.browser.jumpRequested.connect(self.jump_to)
        self.browser.orphanActivated.connect(self._open_orphan)
        reader.documentOpened.connect(self._document_opened)
        self._browser_timer = QTimer(self)
        self._browser_timer.setSingleShot(True)
        self._browser_timer.setInterval(100)
        self._browser_timer.timeout.connect(self.reload_browser)

        if hasattr(window, "workspaceReady"):
            window.workspaceReady.connect(self.workspace_changed)
        window.installEventFilter(self)
        if getattr(window, "workspace", None) is not None:
            self.workspace_changed()
        self._update_actions()

    # --- actions --------------------------------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: str | None = None,
                icon_name: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if icon_name:
            action.setIcon(icon(icon_name))  # empty until resources/icons has the SVG
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_actions(self) -> None:
        c, w = self.controller, self.window
        self.add_note_action = self._action(self.tr("Add note…"), lambda: c.request_add_note(),
                                            "Ctrl+M", "note")
        self.add_note_action.setObjectName("actionAddNote")
        self.highlight_action = self._action(
            self.tr("Highlight"), lambda: c.request_add_note(highlight_only=True), "Ctrl+Shift+M",
            "highlight")
        self.edit_note_action = self._action(self.tr("Edit note…"), self._edit_active)
        self.delete_note_action = self._action(self.tr("Delete note"), self._delete_active)
        self.collapse_action = self._action(self.tr("Collapse all notes"),
                                            self.margin.set_all_collapsed)
        self.collapse_action.setCheckable(True)
        self.margin.collapse_all_button.toggled.connect(self.collapse_action.setChecked)
        self.browser_action = self.dock.toggleViewAction()
        self.browser_action.setText(self.tr("Notes browser"))
        self.browser_action.setShortcut(QKeySequence("Ctrl+4"))
        w.addAction(self.browser_action)
        self.export_action = self._action(self.tr("Export notes (W3C JSON-LD)…"), self.export_notes)
        self.import_action = self._action(self.tr("Import notes (W3C JSON-LD)…"), self.import_notes)

        menu = QMenu(self.tr("&Notes"), w)
        menu.setObjectName("notesMenu")
        for a in (self.add_note_action, self.highlight_action, self.edit_note_action,
                  self.delete_note_action):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.collapse_action)
        menu.addAction(self.browser_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.import_action)
        bar = w.menuBar()
        help_menu = next((a for a in bar.actions() if a.menu() is not None
                          and a.text().replace("&", "") in ("Help", "Trợ giúp")), None)
        if help_menu is not None:
            bar.insertMenu(help_menu, menu)
        else:
            bar.addMenu(menu)
        self.notes_menu = menu
        self._add_to_file_menu()
        toolbar = getattr(w, "toolbar", None)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.add_note_action)
            toolbar.addAction(self.highlight_action)

    def _add_to_file_menu(self) -> None:
        """After the window's own export entry when it has one, so File keeps its order."""
        actions = getattr(self.window, "actions_", None)
        anchor = getattr(actions, "export_report", None)
        for owner in (anchor.associatedObjects() if anchor is not None else []):
            if isinstance(owner, QMenu):
                position = owner.actions().index(anchor) + 1
                following = owner.actions()[position] if position < len(owner.actions()) else None
                owner.insertActions(following, [self.export_action, self.import_action])
                return

    def _update_actions(self, *_args: object) -> None:
        c = self.controller
        ready = c.workspace is not None and c.document_id is not None
        self.add_note_action.setEnabled(ready)
        self.highlight_action.setEnabled(ready)
        has_active = c.active_id is not None
        self.edit_note_action.setEnabled(has_active)
        self.delete_note_action.setEnabled(has_active)
        self.export_action.setEnabled(c.workspace is not None)
        self.import_action.setEnabled(c.workspace is not None)

    def _edit_active(self) -> None:
        if self.controller.active_id is not None:
            self.controller.request_edit(self.controller.active_id)

    def _delete_active(self) -> None:
        if self.controller.active_id is not None:
            self.controller.delete_note(self.controller.active_id)

    def add_context_actions(self, menu: QMenu, start: int, end: int) -> None:
        """Reader context menu: add for a selection; edit/delete for the note under the click."""
        menu.addSeparator()
        add = menu.addAction(self.tr("Add note…"), lambda: self.controller.request_add_note())
        add.setShortcut(self.add_note_action.shortcut())
        add.setEnabled(end > start)
        highlight = menu.addAction(
            self.tr("Highlight"), lambda: self.controller.request_add_note(highlight_only=True))
        highlight.setEnabled(end > start)
        hit = self.controller.at(start)
        if hit is not None:
            menu.addAction(self.tr("Edit note…"), lambda: self.controller.request_edit(hit.id))
            menu.addAction(self.tr("Delete note"), lambda: self.controller.delete_note(hit.id))

    # --- workspace and documents --------------------------------------------------------------
    def workspace_changed(self) -> None:
        self.controller.set_workspace(getattr(self.window, "workspace", None))
        self.reload_browser()
        self._update_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.controller.bridge.detach()  # the window closes the workspace next
        return False

    def _schedule_browser_reload(self, *_args: object) -> None:
        if self.dock.isVisible():
            self._browser_timer.start()
        else:
            self._browser_stale = True

    def _dock_visibility(self, visible: bool) -> None:
        if visible and self._browser_stale:
            self.reload_browser()

    def reload_browser(self) -> None:
        self._browser_stale = False
        self.browser.reload(self.controller.workspace)

    def _document_opened(self, doc_id: int) -> None:
        self._update_actions()
        jump, self._pending_jump = self._pending_jump, None
        if jump is not None and jump[0] == doc_id:
            # After the window finished its own opening work (search marks, scrolling).
            QTimer.singleShot(0, lambda: self.window.reader.select_cp(jump[1], jump[2]))

    def jump_to(self, doc_id: int, start: int, end: int) -> None:
        """Open ``doc_id`` (if needed) and select the passage ``[start, end)``."""
        reader = self.window.reader
        if reader.document_id == doc_id:
            reader.select_cp(start, end)
            return
        self._pending_jump = (doc_id, start, end)
        self.window.open_document(doc_id)

    def _open_orphan(self, doc_id: int, _ann_id: int) -> None:
        if self.window.reader.document_id != doc_id:
            self.window.open_document(doc_id)
        self.window.statusBar().showMessage(self.tr(
            "This note's passage was not found: select the new passage, then use ⚠ above the "
            "margin to re-attach it."), 8000)

    # --- interchange ----------------------------------------------------------------------------
    def export_notes(self, path: str | None = None) -> int | None:
        from desktop_app.cli.cmd_annotations import export_annotation_file
        from desktop_app.export.atomic import OutputError

        ws = self.controller.workspace
        if ws is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export notes"), str(Path.home() / "chugiai-notes.jsonld"),
                self.tr("W3C Web Annotation (*.jsonld *.json)"))
            if not path:
                return None
        try:
            count = export_annotation_file(ws, Path(path))
        except (OutputError, ValueError) as exc:
            self._warn(self.tr("Export notes"), str(exc))
            return None
        self.window.statusBar().showMessage(
            self.tr("Exported %n note(s)", "", count) + f" → {path}", 6000)
        return count

    def import_notes(self, path: str | None = None) -> Any:
        from desktop_app.cli.cmd_annotations import import_annotation_file

        ws = self.controller.workspace
        if ws is None:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Import notes"), str(Path.home()),
                self.tr("W3C Web Annotation (*.jsonld *.json)"))
            if not path:
                return None
        try:
            outcome = import_annotation_file(ws, Path(path))
        except (ValueError, OSError, sqlite3.Error) as exc:
            self._warn(self.tr("Import notes"), str(exc))
            return None
        summary = self.tr("%1 imported, %2 to re-attach, %3 without a matching document, "
                          "%4 already present")
        for i, n in enumerate((outcome.imported, outcome.orphaned, outcome.unmatched,
                               outcome.already_present), start=1):
            summary = summary.replace(f"%{i}", str(len(n)))
        self.last_import_summary = summary
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import notes"), summary,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("importNotesSummary")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.reload_browser()
        return outcome

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def install(window: QWidget) -> AnnotationsUi:
    """Add the annotation margin, menus, actions and browser to ``window``."""
    ui = AnnotationsUi(window)
    window.annotations_ui = ui  # type: ignore[attr-defined]
    return ui
