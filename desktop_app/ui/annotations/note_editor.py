"""The dialog for writing a note: text (simple Markdown, previewed), tags and colour."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.annotations.markdown import note_to_html
from desktop_app.models import Tag
from desktop_app.ui.annotations.tag_picker import TagPicker, swatch


class NoteEditor(QDialog):
    """Create or edit one note. Opened with ``open()`` so the reader stays usable around it."""

    def __init__(self, *, quote: str, note: str, tags: Iterable[str], colour: str | None,
                 all_tags: Iterable[Tag], create_tag: Callable[[str, str | None], Tag],
                 recolour_tag: Callable[[str, str], None], editing: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setWindowTitle(self.tr("Edit note") if editing else self.tr("Add note"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        short = quote.replace("\n", " ")
        short = short if len(short) <= 160 else short[:157] + "…"
        self.quote_label = QLabel(f"<i>“{escape(short)}”</i>")
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextFormat(Qt.TextFormat.RichText)

        self.note_edit = QPlainTextEdit(note)
        self.note_edit.setObjectName("noteText")
        self.note_edit.setPlaceholderText(self.tr(
            "Your note (**bold**, *italic*, `code`, - lists). Leave empty for a plain highlight."))
        self.note_edit.setTabChangesFocus(True)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setWordWrap(True)
        self.preview.setOpenExternalLinks(False)
        self.note_edit.textChanged.connect(self._update_preview)
        self._update_preview()

        self.tag_picker = TagPicker(all_tags, tags, create_tag, recolour_tag)

        self.own_colour = QCheckBox(self.tr("Own colour (instead of the first tag's)"))
        self.colour = QColor(colour or "#f4d03f")
        self.own_colour.setChecked(colour is not None)
        self.colour_button = QToolButton()
        self.colour_button.clicked.connect(self._pick_colour)
        self._show_colour()
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.own_colour, 1)
        colour_row.addWidget(self.colour_button)

        form = QFormLayout()
        form.addRow(self.tr("Passage"), self.quote_label)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow(self.tr("Preview"), self.preview)
        form.addRow(self.tr("Tags"), self.tag_picker)
        form.addRow(self.tr("Colour"), colour_row)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 460)
        self.note_edit.setFocus()

    def _update_preview(self) -> None:
        text = self.note_edit.toPlainText()
        self.preview.setText(note_to_html(text) if text.strip() else
                             f"<i>{escape(self.tr('(highlight only)'))}</i>")

    def _show_colour(self) -> None:
        self.colour_button.setIcon(swatch(self.colour.name()))

    def _pick_colour(self) -> None:
        chosen = self.tag_picker.choose_colour(self.colour, self)
        if chosen is not None:
            self.colour = chosen
            self.own_colour.setChecked(True)
            self._show_colour()

    # --- results ------------------------------------------------------------------------------
    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def tags(self) -> tuple[str, ...]:
        return self.tag_picker.checked_tags()

    def chosen_colour(self) -> str | None:
        return self.colour.name() if self.own_colour.isChecked() else None
