"""One note in the margin: its tags, its text (simple Markdown) and its buttons.

A card only displays and reports; the controller decides what a click means.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QEnterEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop_app.annotations.markdown import note_to_html
from desktop_app.models import Annotation, Tag


def tags_html(tags: tuple[str, ...], known: dict[str, Tag]) -> str:
    """Tag names as small coloured chips (rich text keeps the card a single cheap QLabel)."""
    chips = []
    for name in tags:
        colour = known[name].colour if name in known else "#d7dbdd"
        chips.append(f'<span style="background-color:{colour}; color:#1b1b1b">&nbsp;'
                     f"{escape(name)}&nbsp;</span>")
    return " ".join(chips)


class NoteCard(QFrame):
    """A note beside its passage; collapsible to its header line."""

    hovered = Signal(int, bool)  # annotation id, entered
    clicked = Signal(int)
    editRequested = Signal(int)
    deleteRequested = Signal(int)
    collapseToggled = Signal(int, bool)

    def __init__(self, annotation: Annotation, colour: str, known_tags: dict[str, Tag],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.annotation = annotation
        self.colour = colour
        self.active = False
        self.collapsed = False
        self.setObjectName(f"noteCard{annotation.id}")
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

        self.tags_label = QLabel(tags_html(annotation.tags, known_tags))
        self.tags_label.setTextFormat(Qt.TextFormat.RichText)
        self.tags_label.setWordWrap(True)
        self.collapse_button = self._tool_button("▾", self.tr("Collapse or expand this note"))
        self.collapse_button.clicked.connect(self.toggle_collapsed)
        self.edit_button = self._tool_button("✎", self.tr("Edit note (tags, colour, text)"))
        self.edit_button.clicked.connect(lambda: self.editRequested.emit(self.annotation.id))
        self.delete_button = self._tool_button("✕", self.tr("Delete note"))
        self.delete_button.clicked.connect(lambda: self.deleteRequested.emit(self.annotation.id))

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(2)
        header.addWidget(self.tags_label, 1)
        header.addWidget(self.edit_button)
        header.addWidget(self.delete_button)
        header.addWidget(self.collapse_button)

        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setOpenExternalLinks(False)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.body.setText(self._body_html())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 6, 5)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.body)

    def _tool_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.ArrowCursor)
        button.setFixedSize(18, 18)
        return button

    def _body_html(self) -> str:
        if self.annotation.note.strip():
            return note_to_html(self.annotation.note)
        quote = self.annotation.quote.replace("\n", " ")
        short = quote if len(quote) <= 60 else quote[:57] + "…"
        return f'<i>“{escape(short)}”</i>'

    # --- state ------------------------------------------------------------------------------
    def set_collapsed(self, collapsed: bool) -> None:
        if collapsed == self.collapsed:
            return
        self.collapsed = collapsed
        self.body.setVisible(not collapsed)
        self.collapse_button.setText("▸" if collapsed else "▾")
        self.updateGeometry()

    def toggle_collapsed(self) -> None:
        self.set_collapsed(not self.collapsed)
        self.collapseToggled.emit(self.annotation.id, self.collapsed)

    def set_active(self, active: bool) -> None:
        if active != self.active:
            self.active = active
            self.update()

    def height_for(self, width: int) -> int:
        """Height this card needs at ``width`` (word-wrapped text grows downwards)."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            return max(layout.heightForWidth(width), layout.minimumSize().height())
        return self.sizeHint().height()

    # --- events -------------------------------------------------------------------------------
    def enterEvent(self, event: QEnterEvent) -> None:
        self.hovered.emit(self.annotation.id, True)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.hovered.emit(self.annotation.id, False)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.annotation.id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.editRequested.emit(self.annotation.id)
        super().mouseDoubleClickEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        colour = QColor(self.colour)
        base = self.palette().color(QPalette.ColorRole.Base)
        fill = QColor(colour)
        fill.setAlpha(70 if self.active else 35)
        painter.setBrush(base)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setBrush(fill)
        border = colour.darker(150) if self.active else self.palette().color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if self.active else 1))
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRectF(rect.left(), rect.top() + 3, 3, rect.height() - 6), colour)
        painter.end()
