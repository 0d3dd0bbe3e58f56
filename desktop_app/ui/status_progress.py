"""A progress bar and a Cancel button in the status bar, for one background task at a time, and
the controller base that drives such a task.

Shared by the import and the re-extraction controllers, which show the same two widgets and
run their work the same way; each says in its own words what happened (their strings are
translated in their own contexts, so this module has none of its own but "Cancel").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar

from desktop_app.ui.workers import Runner, Task


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


class StatusTaskController(QObject):
    """One cancellable background task on the open workspace, shown in the status bar.

    Subclasses start it with ``_launch`` and answer ``_progress``, ``_done``, ``_cancelled``
    and ``_failed`` (the worker's outcomes); ``cancel`` asks the task to stop at its next step.
    """

    def __init__(self, parent: QObject, runner: Runner, status_bar: QStatusBar, name: str) -> None:
        super().__init__(parent)
        self._runner = runner
        self._status = status_bar
        self.workspace: Any = None
        self.task: Task | None = None
        self.bar = StatusProgress(self, status_bar, name, self.cancel)
        self.progress, self.cancel_button = self.bar.progress, self.bar.cancel_button

    @property
    def busy(self) -> bool:
        return self.task is not None

    def _launch(self, fn: Callable[..., Any], arg: Any, message: str) -> None:
        """Run ``fn(arg)`` in a worker with progress and cancel, ``message`` in the status bar."""
        task = Task(fn, arg, with_progress=True, with_cancel=True)
        task.signals.progress.connect(self._progress)
        task.signals.cancelled.connect(self._cancelled)
        self.task = task
        self.bar.begin()
        self._status.showMessage(message)
        self._runner.start(task, self._done, self._failed)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _end(self) -> None:
        self.task = None
        self.bar.show(False)

    def _progress(self, done: int, total: int, _what: str) -> None:
        self.bar.report(done, total)

    if TYPE_CHECKING:  # each controller reports the outcomes in its own words

        def _done(self, result: Any) -> None: ...
        def _cancelled(self) -> None: ...
        def _failed(self, message: str, trace: str) -> None: ...
