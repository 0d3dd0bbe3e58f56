"""The entity-type legend above the reader: a coloured checkbox per type toggles it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from desktop_app.entity_types import EntityType
from desktop_app.ui.theme import type_label


def swatch(colour: QColor, size: int = 14) -> QIcon:
    """A small rounded square of ``colour`` (drawn, so it scales with the device ratio)."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(colour.darker(130))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


class Legend(QWidget):
    toggled = Signal(object, bool)  # EntityType, visible

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 2, 8, 4)
        layout.setSpacing(10)
        self.boxes: dict[EntityType, QCheckBox] = {}
        for t in EntityType:
            box = QCheckBox(type_label(t))
            box.setChecked(True)
            box.setToolTip(self.tr("Show or hide the highlights of this type"))
            box.toggled.connect(lambda on, t=t: self.toggled.emit(t, on))
            layout.addWidget(box)
            self.boxes[t] = box
        layout.addStretch(1)

    def set_colours(self, colours: dict[EntityType, QColor]) -> None:
        for t, box in self.boxes.items():
            box.setIcon(swatch(colours[t]))

    def set_checked(self, checked: dict[EntityType, bool]) -> None:
        for t, on in checked.items():
            box = self.boxes[t]
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
