"""A progress bar and a Cancel button in the status bar, for one background task at a time.

Shared by the import and the re-extraction controllers, which show the same two widgets.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar


class StatusProgress(QObject):
    def __init__(self, parent: QObject, status_bar: QStatusBar, name: str, on_cancel: Callable[[], None]) -> None:
        super().__init__(parent)
        self.progress = QProgressBar()
        self.progress.setObjectName(f"{name}Progress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName(f"{name}Cancel")
        self.cancel_button.clicked.connect(on_cancel)
        status_bar.addPermanentWidget(self.progress)
        status_bar.addPermanentWidget(self.cancel_button)
        self.show(False)

    def show(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)

    def begin(self) -> None:
        """A task has started: busy bar until its first progress report, Cancel enabled."""
        self.progress.setRange(0, 0)
        self.show(True)
        self.cancel_button.setEnabled(True)

    def report(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done}/{total}")
