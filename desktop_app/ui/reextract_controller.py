"""Extracting entities again in the background, with progress and cancel.

When a library opens whose documents an older extractor read (a new version of the app), their
entities are brought up to date at once, in the background; the user can also ask for it for
the whole library (after editing the user dictionary, say). Each document's new entities are
stored as they arrive, so a cancel keeps what was done.

Signals:
    finished(int): documents re-extracted (-1 when cancelled or failed)
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStatusBar

from desktop_app.ui.status_progress import StatusTaskController
from desktop_app.ui.workers import Runner


class ReextractController(StatusTaskController):
    finished = Signal(int)

    def __init__(self, parent: QObject, runner: Runner, status_bar: QStatusBar) -> None:
        super().__init__(parent, runner, status_bar, "reextract")

    def update_outdated(self) -> None:
        """Re-extract, in the background, the documents an older extractor read."""
        ws = self.workspace
        if ws is not None and self.task is None:
            self._runner.run(ws.outdated_extractions, on_done=self._outdated_found)

    def _outdated_found(self, ids: list[int]) -> None:
        if ids and self.workspace is not None:
            self.start(ids, self.tr("Updating the entities of %n document(s) for the new extractor…",
                                    "", len(ids)))

    def start_all(self) -> bool:
        return self.start(None, self.tr("Extracting the entities of every document again…"))

    def start(self, ids: list[int] | None, message: str) -> bool:
        """Re-extract ``ids`` (every document when None); False when busy or no library."""
        if self.workspace is None or self.task is not None:
            return False
        self._launch(self.workspace.reextract, ids, message)
        return True

    def _done(self, count: int) -> None:
        self._end()
        self._status.showMessage(self.tr("Entities extracted again in %n document(s)", "", count), 8000)
        self.finished.emit(count)

    def _cancelled(self) -> None:
        self._end()
        self._status.showMessage(self.tr("Extraction cancelled; documents already done keep their new entities"),
                                 8000)
        self.finished.emit(-1)

    def _failed(self, message: str, _trace: str) -> None:
        self._end()
        self._status.showMessage(self.tr("Extracting entities failed: %1").replace("%1", message), 10000)
        self.finished.emit(-1)
