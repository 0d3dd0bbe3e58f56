"""Qt signals for the Qt-free workspace events the annotation widgets follow.

The core calls its observers on whatever thread made the change (an entity correction runs in
a worker). Emitting a Qt signal from there lets Qt queue the call onto the GUI thread, so widgets
are only ever touched where they live.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from desktop_app.workspace import Workspace


class WorkspaceBridge(QObject):
    """Re-emits ``annotations_changed`` and ``documents_changed`` as Qt signals."""

    annotationsChanged = Signal(int)  # document id
    documentsChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws: Workspace | None = None

    @property
    def workspace(self) -> Workspace | None:
        return self._ws

    def attach(self, ws: Workspace | None) -> None:
        """Follow ``ws`` (None: follow nothing); detaches from the previous workspace first."""
        self.detach()
        self._ws = ws
        if ws is None:
            return
        ws.events.annotations_changed.connect(self._on_annotations)
        ws.events.documents_changed.connect(self._on_documents)

    def detach(self) -> None:
        ws, self._ws = self._ws, None
        if ws is None:
            return
        ws.events.annotations_changed.disconnect(self._on_annotations)
        ws.events.documents_changed.disconnect(self._on_documents)

    def _live(self) -> bool:
        """False once detached or deleted by Qt: the core may still hold our callback."""
        return self._ws is not None and shiboken6.isValid(self)

    # The callbacks only emit: safe from any thread.
    def _on_annotations(self, doc_id: int) -> None:
        if self._live():
            self.annotationsChanged.emit(int(doc_id))

    def _on_documents(self, _ids: object) -> None:
        if self._live():
            self.documentsChanged.emit()
