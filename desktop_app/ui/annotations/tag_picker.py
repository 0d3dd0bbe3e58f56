"""Choosing a note's tags: tick existing ones, create one on the fly with a colour, recolour.

Tags live in the library (``ensure_tag``/``set_tag_colour``), so a tag created here exists even
if the note is then cancelled: the user named it, and it costs nothing to keep.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models import Tag

ColourChooser = Callable[[QColor, QWidget], "QColor | None"]
NEW_TAG_COLOUR = "#85c1e9"


def ask_colour(initial: QColor, parent: QWidget) -> QColor | None:
    """The platform colour dialog; None when the user cancels."""
    title = QCoreApplication.translate("TagPicker", "Tag colour")
    chosen = QColorDialog.getColor(initial, parent, title)
    return chosen if chosen.isValid() else None


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class TagPicker(QWidget):
    """Checkable list of the library's tags plus a row to create a new coloured tag."""

    tagsChanged = Signal()

    def __init__(self, tags: Iterable[Tag], checked: Iterable[str],
                 create_tag: Callable[[str, str | None], Tag],
                 recolour_tag: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._create_tag = create_tag
        self._recolour_tag = recolour_tag
        self.choose_colour: ColourChooser = ask_colour  # replaceable: tests answer without a dialog
        self.new_colour = QColor(NEW_TAG_COLOUR)

        self.list = QListWidget()
        self.list.setObjectName("tagList")
        self.list.itemChanged.connect(lambda _item: self.tagsChanged.emit())
        wanted = list(dict.fromkeys(checked))
        known = {t.name: t for t in tags}
        for name in wanted:  # tags of the note that were deleted meanwhile come back
            known.setdefault(name, Tag(name))
        for tag in sorted(known.values(), key=lambda t: t.name.casefold()):
            self._add_item(tag, tag.name in wanted)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("New tag…"))
        self.name_edit.returnPressed.connect(self.create_from_fields)
        self.colour_button = QToolButton()
        self.colour_button.setToolTip(self.tr("Colour of the new tag"))
        self.colour_button.clicked.connect(self._pick_new_colour)
        self.add_button = QPushButton(self.tr("Add tag"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.create_from_fields)
        self.recolour_button = QPushButton(self.tr("Colour…"))
        self.recolour_button.setAutoDefault(False)
        self.recolour_button.setToolTip(self.tr("Change the colour of the selected tag"))
        self.recolour_button.clicked.connect(self._recolour_current)
        self._show_new_colour()

        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.colour_button)
        row.addWidget(self.add_button)
        row.addWidget(self.recolour_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def _add_item(self, tag: Tag, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(swatch(tag.colour), tag.name)
        item.setData(Qt.ItemDataRole.UserRole, tag.name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def _item(self, name: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                return item
        return None

    def checked_tags(self) -> tuple[str, ...]:
        return tuple(
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, name: str, checked: bool) -> None:
        item = self._item(name)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # --- creating and recolouring -------------------------------------------------------------
    def _show_new_colour(self) -> None:
        self.colour_button.setIcon(swatch(self.new_colour.name()))

    def _pick_new_colour(self) -> None:
        chosen = self.choose_colour(self.new_colour, self)
        if chosen is not None:
            self.new_colour = chosen
            self._show_new_colour()

    def create_from_fields(self) -> Tag | None:
        name = self.name_edit.text().strip()
        if not name:
            return None
        tag = self.add_tag(name, self.new_colour.name())
        self.name_edit.clear()
        return tag

    def add_tag(self, name: str, colour: str | None) -> Tag:
        """Create (or find) the tag in the library, list it and tick it."""
        tag = self._create_tag(name, colour)
        item = self._item(tag.name) or self._add_item(tag, True)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.setCurrentItem(item)
        return tag

    def _recolour_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        chosen = self.choose_colour(item.icon().pixmap(14, 14).toImage().pixelColor(7, 7), self)
        if chosen is not None:
            self.recolour(name, chosen.name())

    def recolour(self, name: str, colour: str) -> None:
        self._recolour_tag(name, colour)
        item = self._item(name)
        if item is not None:
            item.setIcon(swatch(colour))
        self.tagsChanged.emit()
