"""The annotation state of the open document and every change the user makes to it.

Widgets (margin, editor, browser, actions) talk to this one object; it talks to the workspace
(which saves at once and records undoable commands) and paints highlights into the reader.
The reader is used only through the small interface below, so it can be any widget offering it:

* ``text_edit`` (QTextEdit or QPlainTextEdit), ``document_id`` (int | None)
* signals ``documentOpened(int)`` and ``selectionChangedCp(int, int)`` (code points)
* ``cp_rect(cp) -> QRect`` (viewport coordinates), ``select_cp(start, end)``, ``scroll_to_cp(cp)``
* ``set_extra_highlights(name, spans_cp, QTextCharFormat)``
"""

from __future__ import annotations

import getpass
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QTextCharFormat

from desktop_app.models import Annotation, Tag
from desktop_app.ui.annotations.bridge import WorkspaceBridge
from desktop_app.ui.workers import connect_queued

if TYPE_CHECKING:
    from desktop_app.ui.annotations.note_editor import NoteEditor
    from desktop_app.workspace import Workspace

DEFAULT_COLOUR = "#f4d03f"
HIGHLIGHT_PREFIX = "annotations"
ACTIVE_HIGHLIGHT = "annotations:active"
KEEP = "\x00keep"  # "leave the colour as it is" (None already means "no colour of its own")


def default_author() -> str:
    """The login name: who wrote a note matters once notes are exchanged."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


class AnnotationController(QObject):
    """Notes of the document open in ``reader``; create/edit/delete go through the workspace."""

    annotationsReloaded = Signal()
    activeChanged = Signal()  # hovered or selected annotation changed
    selectionChanged = Signal(bool)  # whether a passage is selected in the reader
    message = Signal(str)  # something to tell the user (status bar)

    def __init__(self, reader: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.bridge = WorkspaceBridge(self)
        self.author = default_author()
        self.annotations: list[Annotation] = []  # placed notes of the open document, by start
        self.orphans: list[Annotation] = []  # notes of the open document waiting for review
        self.tags: dict[str, Tag] = {}
        self.text_length = 0
        self.hovered_id: int | None = None
        self.selected_id: int | None = None
        self.selection: tuple[int, int] = (0, 0)
        self._loaded: list[Annotation] = []  # what reload() last read, by id
        self._highlight_names: set[str] = set()
        self.editor: NoteEditor | None = None  # the open note editor, if any
        # The workspace may report from a worker (undo, corrections): always via the event loop.
        connect_queued(self.bridge.annotationsChanged, self._on_annotations_changed)
        reader.documentOpened.connect(self._on_document_opened)
        reader.selectionChangedCp.connect(self._on_selection)

    # --- workspace and document -------------------------------------------------------------
    @property
    def workspace(self) -> Workspace | None:
        return self.bridge.workspace

    def set_workspace(self, ws: Workspace | None) -> None:
        self.bridge.attach(ws)
        self.reload()

    @property
    def document_id(self) -> int | None:
        return getattr(self.reader, "document_id", None)

    def _on_document_opened(self, _doc_id: int) -> None:
        self.hovered_id = self.selected_id = None
        self.selection = (0, 0)
        self.selectionChanged.emit(False)
        self.reload()

    def _on_annotations_changed(self, doc_id: int) -> None:
        """A (queued) change report: reload unless it is the echo of our own change."""
        ws = self.workspace
        if doc_id != self.document_id or ws is None:
            return
        if sorted(ws.annotations(doc_id), key=lambda a: a.id) != self._loaded:
            self.reload()

    def reload(self) -> None:
        """Re-read the open document's notes and tags, repaint highlights, tell the widgets."""
        ws, doc_id = self.workspace, self.document_id
        notes: list[Annotation] = []
        self.text_length = 0
        if ws is not None:
            self.tags = {t.name: t for t in ws.store.annotations.tags()}
            if doc_id is not None:
                notes = ws.annotations(doc_id)
                self.text_length = len(ws.store.documents.clean_text(doc_id) or "")
        self._loaded = sorted(notes, key=lambda a: a.id)
        self.annotations = sorted((a for a in notes if not a.orphaned), key=lambda a: (a.start, a.id))
        self.orphans = [a for a in notes if a.orphaned]
        known = {a.id for a in notes}
        if self.hovered_id not in known:
            self.hovered_id = None
        if self.selected_id not in known:
            self.selected_id = None
        self._paint_highlights()
        self.annotationsReloaded.emit()

    # --- lookup -----------------------------------------------------------------------------
    def annotation(self, ann_id: int) -> Annotation | None:
        for a in (*self.annotations, *self.orphans):
            if a.id == ann_id:
                return a
        return None

    def at(self, cp: int) -> Annotation | None:
        """The shortest placed note covering code point ``cp`` (the most specific one)."""
        covering = [a for a in self.annotations if a.start <= cp < a.end]
        return min(covering, key=lambda a: (a.end - a.start, a.id)) if covering else None

    def colour_of(self, a: Annotation) -> str:
        """The note's own colour, else its first tag's, else the default highlighter yellow."""
        if a.colour:
            return a.colour
        for name in a.tags:
            tag = self.tags.get(name)
            if tag is not None:
                return tag.colour
        return DEFAULT_COLOUR

    @property
    def active_id(self) -> int | None:
        return self.hovered_id if self.hovered_id is not None else self.selected_id

    # --- selection and focus ------------------------------------------------------------------
    def _on_selection(self, start: int, end: int) -> None:
        self.selection = (min(start, end), max(start, end))
        self.selectionChanged.emit(self.has_selection())
        hit = self.at(self.selection[0])
        self.set_selected(hit.id if hit else None)

    def has_selection(self) -> bool:
        return self.selection[1] > self.selection[0]

    def set_hovered(self, ann_id: int | None) -> None:
        if ann_id != self.hovered_id:
            self.hovered_id = ann_id
            self._paint_active()
            self.activeChanged.emit()

    def set_selected(self, ann_id: int | None) -> None:
        if ann_id != self.selected_id:
            self.selected_id = ann_id
            self._paint_active()
            self.activeChanged.emit()

    def reveal(self, ann_id: int) -> None:
        """Select a note from the margin or browser: mark it and bring its passage into view."""
        a = self.annotation(ann_id)
        if a is None:
            return
        self.set_selected(ann_id)
        if not a.orphaned:
            self.reader.scroll_to_cp(a.start)

    # --- changes (each saved at once and undoable) ---------------------------------------------
    def add_note(self, note: str = "", tags: tuple[str, ...] = (), colour: str | None = None,
                 span: tuple[int, int] | None = None) -> Annotation | None:
        """Annotate ``span`` (default: the reader's selection); no text makes a plain highlight."""
        ws, doc_id = self.workspace, self.document_id
        if ws is None or doc_id is None:
            self.message.emit(self.tr("Open a document first."))
            return None
        if span is None and not self.has_selection():
            self.message.emit(self.tr("Select a passage first."))
            return None
        start, end = span or self.selection
        fresh = ws.new_annotation(doc_id, start, end, note=note, tags=tuple(tags), colour=colour,
                                  author=self.author)
        saved = ws.create_annotation(fresh)
        self.reload()  # now, not when the queued annotations_changed arrives
        self.set_selected(saved.id)
        return saved

    def update_note(self, ann_id: int, *, note: str | None = None,
                    tags: tuple[str, ...] | None = None, colour: str | None = KEEP
                    ) -> Annotation | None:
        """Change text, tags or colour (``colour=None`` clears it; ``KEEP`` leaves it)."""
        ws, current = self.workspace, self.annotation(ann_id)
        if ws is None or current is None:
            return None
        changed = replace(
            current,
            note=current.note if note is None else note,
            tags=current.tags if tags is None else tuple(tags),
            colour=current.colour if colour is KEEP else colour,
        )
        if changed == current:
            return current
        saved = ws.update_annotation(changed)
        self.reload()
        return saved

    def delete_note(self, ann_id: int) -> None:
        ws = self.workspace
        if ws is None or self.annotation(ann_id) is None:
            return
        ws.delete_annotation(ann_id)
        self.reload()

    def reattach_to_selection(self, ann_id: int) -> Annotation | None:
        """Place an orphaned note on the passage the user selected now."""
        ws = self.workspace
        if ws is None or self.annotation(ann_id) is None:
            return None
        if not self.has_selection():
            self.message.emit(self.tr("Select the passage to attach the note to first."))
            return None
        saved = ws.reattach_annotation(ann_id, *self.selection)
        self.reload()
        self.set_selected(saved.id)
        return saved

    def create_tag(self, name: str, colour: str | None = None) -> Tag:
        ws = self.workspace
        if ws is None:
            raise RuntimeError("no library is open")
        tag = ws.store.annotations.ensure_tag(name, colour)
        self.tags[tag.name] = tag
        return tag

    def set_tag_colour(self, name: str, colour: str) -> None:
        ws = self.workspace
        if ws is None:
            return
        ws.store.annotations.set_tag_colour(name, colour)
        self.reload()

    # --- the note editor ------------------------------------------------------------------------
    def request_add_note(self, *, highlight_only: bool = False) -> NoteEditor | None:
        """Ctrl+M / context menu / toolbar: open the editor for the selected passage."""
        if self.workspace is None or self.document_id is None:
            self.message.emit(self.tr("Open a document first."))
            return None
        if not self.has_selection():
            self.message.emit(self.tr("Select a passage first."))
            return None
        if highlight_only:
            self.add_note()
            return None
        start, end = self.selection
        text = self.workspace.store.documents.clean_text(self.document_id) or ""
        editor = self._open_editor(text[start:end], "", (), None, editing=False)
        editor.accepted.connect(lambda: self.add_note(
            editor.note(), editor.tags(), editor.chosen_colour(), span=(start, end)))
        return editor

    def request_edit(self, ann_id: int) -> NoteEditor | None:
        a = self.annotation(ann_id)
        if a is None or self.workspace is None:
            return None
        self.set_selected(ann_id)
        editor = self._open_editor(a.quote, a.note, a.tags, a.colour, editing=True)
        editor.accepted.connect(lambda: self.update_note(
            ann_id, note=editor.note(), tags=editor.tags(), colour=editor.chosen_colour()))
        return editor

    def _open_editor(self, quote: str, note: str, tags: tuple[str, ...], colour: str | None, *,
                     editing: bool) -> NoteEditor:
        from desktop_app.ui.annotations.note_editor import NoteEditor

        if self.editor is not None:
            self.editor.reject()
        editor = NoteEditor(
            quote=quote, note=note, tags=tags, colour=colour, all_tags=self.tags.values(),
            create_tag=self.create_tag, recolour_tag=self.set_tag_colour, editing=editing,
            parent=self.reader.text_edit.window(),
        )
        editor.finished.connect(lambda _code: self._editor_closed(editor))
        self.editor = editor
        editor.open()
        return editor

    def _editor_closed(self, editor: NoteEditor) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()

    # --- highlights in the reader ---------------------------------------------------------------
    def _paint_highlights(self) -> None:
        groups: dict[str, list[tuple[int, int]]] = {}
        for a in self.annotations:
            groups.setdefault(self.colour_of(a), []).append((a.start, a.end))
        names: set[str] = set()
        for colour, spans in groups.items():
            name = f"{HIGHLIGHT_PREFIX}:{colour}"
            names.add(name)
            self.reader.set_extra_highlights(name, spans, highlight_format(colour, active=False))
        for stale in self._highlight_names - names:
            self.reader.set_extra_highlights(stale, [], QTextCharFormat())
        self._highlight_names = names
        self._paint_active()

    def _paint_active(self) -> None:
        a = self.annotation(self.active_id) if self.active_id is not None else None
        if a is None or a.orphaned:
            self.reader.set_extra_highlights(ACTIVE_HIGHLIGHT, [], QTextCharFormat())
            return
        self.reader.set_extra_highlights(ACTIVE_HIGHLIGHT, [(a.start, a.end)],
                                         highlight_format(self.colour_of(a), active=True))


def highlight_format(colour: str, *, active: bool) -> QTextCharFormat:
    """Translucent background plus an underline in the note's colour.

    The underline tells a note from an entity highlight (entities are pastel backgrounds too);
    neither changes glyph widths, so adding a note never reflows the text under the margin.
    """
    fmt = QTextCharFormat()
    background = QColor(colour)
    background.setAlpha(200 if active else 120)
    fmt.setBackground(background)
    fmt.setFontUnderline(True)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(QColor(colour).darker(190 if active else 150))
    return fmt
