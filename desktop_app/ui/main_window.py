"""The main window: library and search on the left, the reader in the centre, entities on
the right. It paints first and gets its workspace later (``set_workspace``), opened by
``app.py`` on a worker; every slow call goes through ``self.runner``."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.entity_types import EntityType
from desktop_app.ui.icons import icon
from desktop_app.ui.import_controller import ImportController
from desktop_app.ui.library_view import LibraryView
from desktop_app.ui.menus import Actions
from desktop_app.ui.reader import CorrectionRequest, Reader
from desktop_app.ui.reextract_controller import ReextractController
from desktop_app.ui.search_pane import SearchPane
from desktop_app.ui.settings import Settings
from desktop_app.ui.theme import apply_theme
from desktop_app.ui.workers import Latest, Runner, WorkspaceBridge, connect_queued

ANNOTATIONS_INTEGRATION = "desktop_app.ui.annotations.integration"
SPLITTERS = ("mainSplit", "leftSplit", "searchSplit", "entitySplit")
INDEX_SYNC_DELAY_MS = 1000


def local_paths(urls: list[QUrl]) -> list[str]:
    return [u.toLocalFile() for u in urls if u.isLocalFile() and u.toLocalFile()]


class MainWindow(QMainWindow):
    workspaceReady = Signal()
    libraryRefreshed = Signal()
    languageChangeRequested = Signal(str)
    openLibraryRequested = Signal(str)
    undoStackChanged = Signal()  # emitted from any thread, delivered queued
    startupFinished = Signal()  # the deferred parts (entity panel, notes) are installed
    firstPainted = Signal()  # after the first paint and finish_startup: start slow work now

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        self._started = False  # first: Qt calls event() while the window is being built
        self._painted = False
        super().__init__(parent)
        self.settings = settings or Settings()
        self.workspace: Any = None
        self.runner = Runner(self)
        self.bridge = WorkspaceBridge(self)
        self.setWindowTitle("Chú Giải")
        self.setWindowIcon(icon("app"))
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)

        self.library = LibraryView()
        self.search = SearchPane(self.runner)
        self.reader = Reader()
        # Built after the first paint (finish_startup): its models, trees and menus are not
        # needed to show the window. The slot keeps its place (and saved size) in the splitter.
        self.entities: Any = None
        self.entity_slot = QWidget()
        self.entity_slot.setObjectName("entitySlot")
        slot_layout = QVBoxLayout(self.entity_slot)
        slot_layout.setContentsMargins(0, 0, 0, 0)
        self.margin_slot = self.reader.margin_slot  # the annotation margin goes here

        left = QSplitter(Qt.Orientation.Vertical)
        left.setObjectName("leftSplit")
        left.addWidget(self.search)
        left.addWidget(self.library)
        left.setStretchFactor(0, 1)
        left.setStretchFactor(1, 1)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.setObjectName("mainSplit")
        main.addWidget(left)
        main.addWidget(self.reader)
        main.addWidget(self.entity_slot)
        main.setStretchFactor(1, 1)
        main.setChildrenCollapsible(True)
        self.left_pane, self.main_split = left, main
        self.setCentralWidget(main)

        self.work_label = QLabel()
        self.work_label.setObjectName("workIndicator")
        self.statusBar().addPermanentWidget(self.work_label)
        self.imports = ImportController(self, self.runner, self.statusBar())
        self.imports.finished.connect(lambda _r: self.refresh_library())
        self.reextracts = ReextractController(self, self.runner, self.statusBar())
        self.actions_ = Actions(self)
        self.actions_.build_menus(self)
        self.toolbar = self.actions_.build_toolbar(self)
        self.runner.busyChanged.connect(self._busy_changed)
        self.undoStackChanged.connect(self._update_undo_actions)
        self._index_timer = QTimer(self, singleShot=True, interval=INDEX_SYNC_DELAY_MS)
        self._index_timer.timeout.connect(self._sync_index)

        self._doc_loader = Latest(self.runner, self._load_document)
        self._doc_loader.result.connect(self._document_loaded)
        self._pending_matches: dict[int, list[tuple[int, int]]] = {}
        self._library_timer = QTimer(self, singleShot=True, interval=250)
        self._library_timer.timeout.connect(self.refresh_library)

        self.library.documentActivated.connect(self.open_document)
        self.search.hitActivated.connect(self._open_hit)
        self.reader.entityActivated.connect(self._entity_activated)
        self.reader.correctionRequested.connect(self.correct_entity)
        self.reader.fontSizeChanged.connect(self._font_size_changed)
        self.reader.hiddenTypesChanged.connect(self._hidden_types_changed)
        # Workspace and undo observers fire on whichever thread changed something: queued.
        connect_queued(self.bridge.documentsChanged, self._documents_changed)
        connect_queued(self.bridge.entitiesChanged, self._entities_changed)
        connect_queued(self.bridge.annotationsChanged, self._annotations_changed)
        connect_queued(self.bridge.indexUpdated, self._index_updated)
        connect_queued(self.bridge.undoChanged, self.undoStackChanged)

        self.reader.set_font_size(self.settings.font_size)
        self.reader.set_hidden_types(
            {t for t in EntityType if t.value in self.settings.hidden_entity_types})
        self.actions_.themes[self.settings.theme].setChecked(True)
        self.actions_.languages[self.settings.language].setChecked(True)
        self._restore_state()
        self._update_recent_menu()
        self._update_undo_actions()
        self.work_label.setText(self.tr("Opening the library…"))

    # --- deferred start-up -------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if self.settings.geometry("mainSplit") is None and not self._started:
            # First run: library ~30% of the width, the reader half, the entities the rest.
            width = max(self.width(), 800)
            self.main_split.setSizes([width * 30 // 100, width * 50 // 100, width * 20 // 100])
        if self.settings.geometry("leftSplit") is None and not self._started:
            height = max(self.height(), 600)  # search results above get a little more room
            self.left_pane.setSizes([height * 55 // 100, height * 45 // 100])
        super().showEvent(event)

    def event(self, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)
        return super().event(event)

    def _after_first_paint(self) -> None:
        self.finish_startup()
        self.firstPainted.emit()

    def finish_startup(self) -> None:
        """Build what the first paint does not need: entity panel, annotation UI, dock state.

        Runs once, after the first paint, or earlier when something needs it (a workspace
        arriving first, tests). Dock and toolbar state is restored here, once every dock
        exists, so the notes dock keeps its place between runs.
        """
        if self._started:
            return
        self._started = True
        from desktop_app.ui.entity_panel import EntityPanel

        self.entities = EntityPanel()
        self.entity_slot.layout().addWidget(self.entities)
        self.entities.mentionRequested.connect(self.reader.select_cp)
        self.entities.openMentionRequested.connect(self._open_mention)
        self.entities.searchRequested.connect(self.search.set_query)
        self.entities.correctionRequested.connect(self.correct_entity)
        try:  # the annotation margin, notes editor and browser
            integration = importlib.import_module(ANNOTATIONS_INTEGRATION)
        except ModuleNotFoundError as exc:
            if exc.name != ANNOTATIONS_INTEGRATION:
                raise
        else:
            integration.install(self)
        state = self.settings.geometry("windowState")
        if state is not None:
            self.restoreState(state)
        if self.workspace is not None:
            self._attach_entities(self.workspace)
        self.startupFinished.emit()

    def _attach_entities(self, ws: Any) -> None:
        self.entities.mentions_fn = lambda t, k: [
            (m.document_id, m.start, m.end, m.text) for m in ws.mentions(t, k)]

    def _entity_activated(self, entity: Any) -> None:
        if self.entities is not None:
            self.entities.select_entity(entity.type, entity.key)

    # --- workspace ---------------------------------------------------------------------------
    def set_workspace(self, ws: Any) -> None:
        """Attach an open workspace (called on the GUI thread once it has loaded)."""
        self.workspace = ws
        self.finish_startup()
        self.bridge.attach(ws)
        self.imports.workspace = ws
        self.reextracts.workspace = ws
        self.search.set_search_function(lambda q: ws.search(q))
        self._attach_entities(ws)
        self.undoStackChanged.emit()
        folder = str(ws.folder)
        self.settings.add_recent_library(folder)
        self.settings.last_library = folder
        self._update_recent_menu()
        self.setWindowTitle(f"Chú Giải — {Path(folder).name}")
        self.work_label.setText("")
        self.refresh_library()
        self.reextracts.update_outdated()  # a new extractor version reads older documents again
        self.workspaceReady.emit()

    def take_workspace(self) -> Any:
        """Detach the workspace without closing it (the window is being rebuilt)."""
        self.runner.shutdown()
        ws, self.workspace = self.workspace, None
        self.reextracts.workspace = None
        self.bridge.detach()
        return ws

    def refresh_library(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        self.runner.run(ws.documents, on_done=self._library_loaded)

    def _library_loaded(self, docs: list[Any]) -> None:
        self.library.set_documents(docs)
        self.entities.titles = {d.id: d.title for d in docs}
        self.libraryRefreshed.emit()

    # --- documents ---------------------------------------------------------------------------
    def _load_document(self, doc_id: int) -> tuple[Any, Any] | None:
        ws = self.workspace
        if ws is None:
            return None
        doc = ws.document(doc_id)
        return (doc, ws.extraction(doc_id)) if doc is not None else None

    def open_document(self, doc_id: int, matches: list[tuple[int, int]] | None = None) -> None:
        """Open a document; ``matches`` (code points) are marked and scrolled to."""
        if matches is not None:
            self._pending_matches[doc_id] = matches
        if doc_id == self.reader.document_id and doc_id in self._pending_matches:
            self.reader.show_search_matches(self._pending_matches.pop(doc_id))
            return
        self._doc_loader.request(doc_id)

    def _document_loaded(self, doc_id: int, loaded: tuple[Any, Any] | None) -> None:
        if loaded is None:
            return
        doc, extraction = loaded
        self.reader.open_document(doc, extraction)
        self.entities.set_extraction(doc.id, extraction)
        self.library.mark_current(doc.id)
        matches = self._pending_matches.pop(doc_id, None)
        self.reader.show_search_matches(matches or [])

    def _open_hit(self, hit: Any, _query: str) -> None:
        self.open_document(hit.doc_id, [(m.start, m.end) for m in hit.matches])

    def _open_mention(self, doc_id: int, start: int, end: int) -> None:
        if doc_id == self.reader.document_id:
            self.reader.select_cp(start, end)
            return
        self._pending_matches[doc_id] = [(start, end)]
        self._doc_loader.request(doc_id)

    def step_document(self, step: int) -> None:
        target = self.library.neighbour(self.reader.document_id, step)
        if target is not None:
            self.open_document(target)

    def _documents_changed(self, _ids: Any) -> None:
        self._library_timer.start()

    def _annotations_changed(self, _doc_id: int) -> None:
        self._library_timer.start()  # note counts
        self._index_timer.start()

    def _sync_index(self) -> None:
        """Bring saved notes and corrections into the search index, off the GUI thread.

        Saving only queues the document for indexing; a burst of edits is indexed once, about a
        second after the last one, so search reflects notes soon without slowing typing.
        """
        if self.workspace is not None:
            self.runner.run(self.workspace.sync_index, on_failed=self._failed)

    def _entities_changed(self, doc_id: int) -> None:
        self._library_timer.start()
        self._index_timer.start()
        if doc_id == self.reader.document_id and self.workspace is not None:
            ws = self.workspace
            self.runner.run(ws.extraction, doc_id,
                            on_done=lambda ex, d=doc_id: self._extraction_reloaded(d, ex))

    def _extraction_reloaded(self, doc_id: int, extraction: Any) -> None:
        if doc_id == self.reader.document_id:
            self.reader.set_entities(extraction.entities)
            self.entities.set_extraction(doc_id, extraction)

    def _index_updated(self, ids: Any) -> None:
        self.statusBar().showMessage(self.tr("Search index updated (%n document(s))", "",
                                             len(ids)), 4000)
        if self.search.query_edit.text().strip():
            self.search.search_now()

    # --- corrections, undo -------------------------------------------------------------------
    def correct_entity(self, request: CorrectionRequest) -> None:
        ws = self.workspace
        if ws is None:
            return
        self.statusBar().showMessage(self.tr("Applying the correction…"))
        self.runner.run(
            lambda: ws.correct_entity_undoable(
                request.action, request.text, request.entity_type,
                document_id=request.document_id, start=request.start, end=request.end),
            on_done=lambda _c: self.statusBar().showMessage(self.tr("Correction applied"), 4000),
            on_failed=self._failed)

    def undo(self) -> None:
        if self.workspace is not None and self.workspace.undo_stack.can_undo:
            self.runner.run(self.workspace.undo_stack.undo, on_failed=self._failed)

    def redo(self) -> None:
        if self.workspace is not None and self.workspace.undo_stack.can_redo:
            self.runner.run(self.workspace.undo_stack.redo, on_failed=self._failed)

    def _update_undo_actions(self) -> None:
        stack = self.workspace.undo_stack if self.workspace is not None else None
        a = self.actions_
        # ``stack is not None``, not ``bool(stack)``: an UndoStack with an empty undo list is
        # falsy (it has __len__), which kept Redo disabled after undoing the only step.
        undo_label = stack.undo_label if stack is not None else None
        redo_label = stack.redo_label if stack is not None else None
        a.undo.setEnabled(undo_label is not None)
        a.redo.setEnabled(redo_label is not None)
        a.undo.setText(self.tr("Undo %1").replace("%1", undo_label)
                       if undo_label is not None else self.tr("Undo"))
        a.redo.setText(self.tr("Redo %1").replace("%1", redo_label)
                       if redo_label is not None else self.tr("Redo"))

    def _failed(self, message: str, trace: str) -> None:
        """Report a worker's failure without blocking (no nested event loop, no stuck tests)."""
        self.statusBar().showMessage(message, 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Something went wrong"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setDetailedText(trace)
        self.error_box = box
        box.open()

    def reextract_current(self) -> None:
        ws, doc_id = self.workspace, self.reader.document_id
        if ws is not None and doc_id is not None:
            self.runner.run(ws.reextract, [doc_id], on_failed=self._failed)

    def remove_selected(self) -> None:
        ids = self.library.selected_ids()
        if not ids or self.workspace is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove documents"),
            self.tr("Remove %n document(s) from the library, with their notes?", "", len(ids)))
        if answer == QMessageBox.StandardButton.Yes:
            if self.reader.document_id in ids:
                self.reader.clear()
                self.entities.set_extraction(None, _empty_extraction())
            self.runner.run(self.workspace.remove, ids, on_failed=self._failed)

    # --- libraries, export, about ---------------------------------------------------------------
    def choose_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open library"),
                                                  str(Path.home()))
        if folder:
            self.openLibraryRequested.emit(folder)

    def _update_recent_menu(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        for path in self.settings.recent_libraries:
            menu.addAction(path, lambda p=path: self.openLibraryRequested.emit(p))
        menu.setEnabled(not menu.isEmpty())

    def export_report(self) -> None:
        if self.workspace is None:
            return
        from desktop_app.ui.export_dialog import ExportDialog  # on first use: python-docx

        dialog = ExportDialog(self.workspace, self.runner, self.reader.document_id,
                              self.library.selected_ids(),
                              self.search.query_edit.text().strip(), self)
        self.export_dialog = dialog
        dialog.open()

    def about(self) -> None:
        from desktop_app.ui.about import show_about

        self.about_box = show_about(self)

    # --- view ----------------------------------------------------------------------------
    def toggle_left(self) -> None:
        self.left_pane.setVisible(not self.left_pane.isVisible())
        self.actions_.toggle_left.setChecked(self.left_pane.isVisible())

    def toggle_entities(self) -> None:
        self.entity_slot.setVisible(not self.entity_slot.isVisible())
        self.actions_.toggle_entities.setChecked(self.entity_slot.isVisible())

    def focus_library_filter(self) -> None:
        self.left_pane.show()
        self.library.filter_edit.setFocus()
        self.library.filter_edit.selectAll()

    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        apply_theme(theme)

    def set_language(self, lang: str) -> None:
        if lang != self.settings.language:
            self.settings.language = lang
            self.languageChangeRequested.emit(lang)

    def _font_size_changed(self, size: int) -> None:
        self.settings.font_size = size

    def _hidden_types_changed(self, hidden: set[EntityType]) -> None:
        self.settings.hidden_entity_types = sorted(t.value for t in hidden)

    def _busy_changed(self, busy: int) -> None:
        if self.workspace is None:
            return
        self.work_label.setText(self.tr("Working…") if busy else "")

    # --- state, drops, closing -------------------------------------------------------------
    def _splitters(self) -> dict[str, QSplitter]:
        return {s.objectName(): s for s in self.findChildren(QSplitter)
                if s.objectName() in SPLITTERS}

    def _restore_state(self) -> None:
        geometry = self.settings.geometry("window")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        for name, splitter in self._splitters().items():
            saved = self.settings.geometry(name)
            if saved is not None:
                splitter.restoreState(saved)
        self.actions_.toggle_left.setChecked(not self.left_pane.isHidden())
        self.actions_.toggle_entities.setChecked(not self.entity_slot.isHidden())

    def save_state(self) -> None:
        self.settings.set_geometry("window", self.saveGeometry())
        if self._started:  # before that the notes dock does not exist yet
            self.settings.set_geometry("windowState", self.saveState())
        for name, splitter in self._splitters().items():
            self.settings.set_geometry(name, QByteArray(splitter.saveState()))
        self.settings.sync()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and local_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if paths and self.imports.import_paths(paths):
            event.acceptProposedAction()
        else:
            event.ignore()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.imports.cancel()
        self.runner.shutdown()
        if self.workspace is not None:
            self.bridge.detach()
            self.workspace.close()
            self.workspace = None
        super().closeEvent(event)


def _empty_extraction() -> Any:
    from desktop_app.models import Extraction

    return Extraction()
