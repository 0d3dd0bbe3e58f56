"""The find-in-document bar under the reader (Ctrl+F; Enter/Shift+Enter step; Esc closes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class _FindEdit(QLineEdit):
    stepRequested = Signal(int)
    escape = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.stepRequested.emit(-1 if shift else 1)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    queryChanged = Signal(str)
    step = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _FindEdit()
        self.edit.setPlaceholderText(self.tr("Find in document (accents optional)"))
        self.edit.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setMinimumWidth(90)
        prev_button = QToolButton(text="▲", toolTip=self.tr("Previous match (Shift+Enter)"))
        next_button = QToolButton(text="▼", toolTip=self.tr("Next match (Enter)"))
        close_button = QToolButton(text="✕", toolTip=self.tr("Close (Esc)"))
        for b in (prev_button, next_button, close_button):
            b.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.status)
        layout.addWidget(prev_button)
        layout.addWidget(next_button)
        layout.addWidget(close_button)
        # A short debounce: the first search folds the whole text once.
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(lambda: self.queryChanged.emit(self.edit.text()))
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.stepRequested.connect(self._step)
        self.edit.escape.connect(self.close_bar)
        prev_button.clicked.connect(lambda: self._step(-1))
        next_button.clicked.connect(lambda: self._step(1))
        close_button.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, lambda: self._step(1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious), self,
                  lambda: self._step(-1))

    def _step(self, direction: int) -> None:
        if self._timer.isActive():  # typed and pressed Enter at once: search first
            self._timer.stop()
            self.queryChanged.emit(self.edit.text())
            return
        self.step.emit(direction)

    def query(self) -> str:
        return self.edit.text()

    def focus(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def set_status(self, current: int, total: int) -> None:
        if not self.edit.text().strip():
            self.status.setText("")
        elif total == 0:
            self.status.setText(self.tr("No match"))
        else:
            self.status.setText(self.tr("%1 of %2").replace("%1", str(current))
                                .replace("%2", str(total)))

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()
