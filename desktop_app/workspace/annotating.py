"""Annotation operations of the workspace, each one an undoable command.

Every change is saved in the store at once (no save button). The ``UndoStack`` holds commands
whose ``do``/``undo`` call the plain operations below, so undo and redo also go straight to disk.
Entity corrections are commands on the same stack.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from desktop_app.models import Annotation, CorrectionAction, EntityCorrection, EntityType

if TYPE_CHECKING:
    from desktop_app.annotations.undo import UndoStack
    from desktop_app.store import Store
    from desktop_app.workspace import Workspace
    from desktop_app.workspace.events import WorkspaceEvents


class AnnotatingMixin:
    store: Store
    events: WorkspaceEvents

    def __init__(self) -> None:
        from desktop_app.annotations.undo import UndoStack

        self.undo_stack: UndoStack = UndoStack()

    # --- plain operations (no undo) -------------------------------------------------------
    def annotations(self, doc_id: int | None = None) -> list[Annotation]:
        if doc_id is None:
            return self.store.annotations.all()
        return self.store.annotations.for_document(doc_id)

    # A note is on disk when these return. The search index is not touched here: the change is
    # in the store's index queue (same transaction), drained before the next search or by the
    # GUI's background sync, so saving a note never waits for Whoosh.
    def _save(self, annotation: Annotation) -> Annotation:
        saved = self.store.annotations.save(annotation)
        self.events.annotations_changed.emit(saved.document_id)
        return saved

    def _delete(self, ann_id: int) -> Annotation | None:
        old = self.store.annotations.delete(ann_id)
        if old is not None:
            self.events.annotations_changed.emit(old.document_id)
        return old

    def new_annotation(self, doc_id: int, start: int, end: int, *, note: str = "",
                       tags: tuple[str, ...] = (), colour: str | None = None, author: str = ""
                       ) -> Annotation:
        """An unsaved annotation on ``[start, end)`` of the document's clean text."""
        from desktop_app.annotations.anchoring import make_selector

        text = self.store.documents.clean_text(doc_id)
        if text is None:
            raise ValueError(f"no document {doc_id}")
        if not 0 <= start < end <= len(text):
            raise ValueError(f"passage {start}-{end} is outside the document (0-{len(text)})")
        sel = make_selector(text, start, end)
        return Annotation(0, doc_id, sel.start, sel.end, sel.quote, sel.prefix, sel.suffix,
                          note=note, tags=tuple(tags), colour=colour, author=author)

    def locate_quote(self, doc_id: int, quote: str, occurrence: int = 1) -> tuple[int, int]:
        from desktop_app.annotations.anchoring import find_occurrence

        text = self.store.documents.clean_text(doc_id)
        if text is None:
            raise ValueError(f"no document {doc_id}")
        return find_occurrence(text, quote, occurrence)

    # --- undoable operations ---------------------------------------------------------------
    def create_annotation(self, annotation: Annotation) -> Annotation:
        cmd = _Create(self, annotation)  # type: ignore[arg-type]
        self.undo_stack.push(cmd)
        return cmd.saved

    def update_annotation(self, annotation: Annotation) -> Annotation:
        before = self.store.annotations.get(annotation.id)
        if before is None:
            raise ValueError(f"no annotation {annotation.id}")
        cmd = _Update(self, before, annotation)  # type: ignore[arg-type]
        self.undo_stack.push(cmd)
        return cmd.saved

    def delete_annotation(self, ann_id: int) -> None:
        before = self.store.annotations.get(ann_id)
        if before is None:
            raise ValueError(f"no annotation {ann_id}")
        self.undo_stack.push(_Delete(self, before))  # type: ignore[arg-type]

    def reattach_annotation(self, ann_id: int, start: int, end: int) -> Annotation:
        """Place an (orphaned) annotation on a new passage chosen by the user."""
        before = self.store.annotations.get(ann_id)
        if before is None:
            raise ValueError(f"no annotation {ann_id}")
        fresh = self.new_annotation(before.document_id, start, end)
        after = replace(before, start=fresh.start, end=fresh.end, quote=fresh.quote,
                        prefix=fresh.prefix, suffix=fresh.suffix, orphaned=False, modified="")
        return self.update_annotation(after)

    def correct_entity_undoable(self, action: CorrectionAction, text: str,
                                entity_type: EntityType | None = None, *,
                                document_id: int | None = None, start: int | None = None,
                                end: int | None = None) -> EntityCorrection:
        cmd = _Correct(self, action, text, entity_type, document_id, start, end)  # type: ignore[arg-type]
        self.undo_stack.push(cmd)
        assert cmd.correction is not None
        return cmd.correction


@dataclass
class _Create:
    ws: Workspace
    annotation: Annotation
    saved: Annotation = field(init=False)

    @property
    def label(self) -> str:
        return "create note"

    def do(self) -> None:
        self.saved = self.ws._save(self.annotation if not hasattr(self, "saved") else self.saved)

    def undo(self) -> None:
        self.ws._delete(self.saved.id)


@dataclass
class _Update:
    ws: Workspace
    before: Annotation
    after: Annotation
    saved: Annotation = field(init=False)

    @property
    def label(self) -> str:
        return "edit note"

    def do(self) -> None:
        self.saved = self.ws._save(replace(self.after, modified=""))

    def undo(self) -> None:
        self.ws._save(self.before)


@dataclass
class _Delete:
    ws: Workspace
    before: Annotation

    @property
    def label(self) -> str:
        return "delete note"

    def do(self) -> None:
        self.ws._delete(self.before.id)

    def undo(self) -> None:
        self.ws._save(self.before)


@dataclass
class _Correct:
    ws: Workspace
    action: CorrectionAction
    text: str
    entity_type: EntityType | None
    document_id: int | None
    start: int | None
    end: int | None
    correction: EntityCorrection | None = None

    @property
    def label(self) -> str:
        return "correct entity"

    def do(self) -> None:
        if self.correction is None:
            self.correction = self.ws.correct_entity(
                self.action, self.text, self.entity_type, document_id=self.document_id,
                start=self.start, end=self.end)
        else:
            self.ws.redo_correction(self.correction)

    def undo(self) -> None:
        if self.correction is not None:
            self.ws.undo_correction(self.correction.id)
