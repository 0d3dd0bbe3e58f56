"""Entity correction actions for the reader's context menu and the entity panel.

The menu only builds ``CorrectionRequest`` values; the main window runs them through
``ws.correct_entity_undoable`` on a worker (the correction re-extracts documents).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from desktop_app.entity_types import CorrectionAction, EntityType
from desktop_app.ui.theme import type_label

if TYPE_CHECKING:
    from desktop_app.models import Entity


@dataclass(frozen=True, slots=True)
class CorrectionRequest:
    """Arguments of ``Workspace.correct_entity_undoable``; ``document_id`` None = everywhere."""

    action: CorrectionAction
    text: str
    entity_type: EntityType | None
    document_id: int | None
    start: int | None = None
    end: int | None = None


class _Requester(Protocol):
    def request_correction(self, request: CorrectionRequest) -> None: ...



def add_entity_actions(menu: QMenu, target: _Requester, entity: Entity | None, text: str,
                       start: int, end: int, document_id: int, *, bind_span: bool = True
                       ) -> None:
    """Add "Mark as entity ▸", or for an entity "Change type ▸" and "Not an entity".

    With ``bind_span`` the document-level corrections concern this one mention; without it
    (the entity panel) every mention of the text in the document.
    """
    emit = target.request_correction
    clean = text.strip()
    if clean and end > start and (entity is None or (start, end) != (entity.start, entity.end)):
        menu.addSeparator()
        here = menu.addMenu(QCoreApplication.translate("EntityMenu", "Mark as entity"))
        everywhere = menu.addMenu(QCoreApplication.translate("EntityMenu", "Mark as entity in all documents"))
        lead = len(text) - len(text.lstrip())
        s, e = start + lead, start + lead + len(clean)
        for t in EntityType:
            here.addAction(type_label(t), lambda t=t: emit(CorrectionRequest(
                CorrectionAction.ADD, clean, t, document_id, s, e)))
            everywhere.addAction(type_label(t), lambda t=t: emit(CorrectionRequest(
                CorrectionAction.ADD, clean, t, None)))
    if entity is None:
        return
    es, ee = (entity.start, entity.end) if bind_span else (None, None)
    menu.addSeparator()
    header = menu.addAction(f"{type_label(entity.type)}: {entity.key}")
    header.setEnabled(False)
    retype = menu.addMenu(QCoreApplication.translate("EntityMenu", "Change type"))
    retype_all = menu.addMenu(QCoreApplication.translate("EntityMenu", "Change type in all documents"))
    for t in EntityType:
        if t == entity.type:
            continue
        retype.addAction(type_label(t), lambda t=t: emit(CorrectionRequest(
            CorrectionAction.RETYPE, entity.text, t, document_id, es, ee)))
        retype_all.addAction(type_label(t), lambda t=t: emit(CorrectionRequest(
            CorrectionAction.RETYPE, entity.text, t, None)))
    menu.addAction(QCoreApplication.translate("EntityMenu", "Not an entity"), lambda: emit(CorrectionRequest(
        CorrectionAction.REMOVE, entity.text, None, document_id, es, ee)))
    menu.addAction(QCoreApplication.translate("EntityMenu", "Not an entity in any document"), lambda: emit(CorrectionRequest(
        CorrectionAction.REMOVE, entity.text, None, None)))
