"""Importing files and folders in the background, with progress, cancel and a summary.

Documents appear in the library as they are stored (the workspace emits documents_changed
per document); this controller only drives the worker and reports the outcome.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QStatusBar,
    QWidget,
)

from desktop_app.ui.status_progress import StatusTaskController
from desktop_app.ui.workers import Runner

if TYPE_CHECKING:
    from desktop_app.models import ImportReport

FILE_FILTER = "*.txt *.md *.docx *.html *.htm *.pdf"


def summary_text(report: ImportReport) -> str:
    """One line of counts, in the interface language."""
    parts = [QCoreApplication.translate("ImportController", "%n added", "", len(report.added)), QCoreApplication.translate("ImportController", "%n updated", "", len(report.updated)),
             QCoreApplication.translate("ImportController", "%n duplicate(s)", "", len(report.duplicates)),
             QCoreApplication.translate("ImportController", "%n unchanged", "", len(report.unchanged)),
             QCoreApplication.translate("ImportController", "%n failed", "", len(report.failed))]
    return ", ".join(parts)


class ImportController(StatusTaskController):
    started = Signal()
    finished = Signal(object)  # ImportReport, or None when cancelled or failed

    def __init__(self, window: QWidget, runner: Runner, status_bar: QStatusBar) -> None:
        super().__init__(window, runner, status_bar, "import")
        self._window = window
        self.last_report: ImportReport | None = None
        self.summary_box: QMessageBox | None = None

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self._window, self.tr("Import files"), str(Path.home()),
            self.tr("Documents (%1);;All files (*)").replace("%1", FILE_FILTER))
        if paths:
            self.import_paths(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Import folder"),
                                                  str(Path.home()))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> bool:
        """Start importing ``paths``; False when no library is open or an import runs."""
        if self.workspace is None or self.task is not None or not paths:
            return False
        self.started.emit()
        self._launch(self.workspace.import_paths, list(paths), self.tr("Importing…"))
        return True

    def cancel(self) -> None:
        if self.task is not None:
            super().cancel()
            self._status.showMessage(self.tr("Cancelling the import…"))

    def _progress(self, done: int, total: int, what: str) -> None:
        self.bar.report(done, total)
        self._status.showMessage(self.tr("Importing %1").replace("%1", Path(what).name))

    def _cancelled(self) -> None:
        self._end()
        self._status.showMessage(self.tr("Import cancelled; documents already imported are kept"),
                                 8000)
        self.finished.emit(None)

    def _failed(self, message: str, _trace: str) -> None:
        self._end()
        self._status.showMessage(self.tr("Import failed"), 8000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import failed"), message,
                          QMessageBox.StandardButton.Ok, self._window)
        self.summary_box = box
        box.open()
        self.finished.emit(None)

    def _done(self, report: ImportReport) -> None:
        self._end()
        self.last_report = report
        self._status.showMessage(self.tr("Import finished: %1").replace("%1", summary_text(report)),
                                 10000)
        if report.failed:
            self._show_failures(report)
        self.finished.emit(report)

    def _show_failures(self, report: ImportReport) -> None:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Import finished with problems"))
        box.setText(html.escape(summary_text(report)))
        box.setInformativeText(self.tr("These files could not be imported:"))
        box.setDetailedText("\n".join(f"{Path(p).name}: {why}" for p, why in report.failed))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.summary_box = box
        box.open()  # not exec(): the window stays responsive and tests are not blocked
