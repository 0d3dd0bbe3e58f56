"""The reader: a document's clean text with entity highlights, find, zoom and corrections.

Offsets crossing this widget's API are Python code points (like the whole core); the
conversion to Qt's UTF-16 positions happens here and in the highlighter only, through
``textpos``. The annotation margin plugs in through ``margin_slot``, ``cp_rect``,
``set_extra_highlights`` and ``context_menu_providers``.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QHelpEvent,
    QMouseEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.entity_types import EntityType
from desktop_app.ui.find_bar import FindBar
from desktop_app.ui.finding import DocumentFinder
from desktop_app.ui.highlighter import SpanHighlighter
from desktop_app.ui.legend import Legend
from desktop_app.ui.library_model import display_date
from desktop_app.ui.reader_menu import CorrectionRequest, add_entity_actions
from desktop_app.ui.settings import DEFAULT_FONT_SIZE, MAX_FONT_SIZE, MIN_FONT_SIZE
from desktop_app.ui.theme import FIND_MATCH, SEARCH_MATCH, entity_colour, is_dark, type_label

if TYPE_CHECKING:
    from desktop_app.models import Document, Entity, Extraction

SERIF_PREFERENCE = ("Noto Serif", "Times New Roman", "DejaVu Serif", "Liberation Serif")
LINE_HEIGHT_PERCENT = 140
DOCUMENT_MARGIN = 28
Z_ENTITIES, Z_EXTRA, Z_SEARCH, Z_FIND = 0, 5, 10, 20
TITLE_SCALE = 1.3  # the text's own title line, shown as its heading


def title_starts_text(title: str, text: str) -> bool:
    """True when the importer kept the title as the text's first line (shown once, there)."""
    first_line = text.split("\n", 1)[0]
    return bool(title.strip()) and " ".join(first_line.split()) == " ".join(title.split())

__all__ = ["CorrectionRequest", "Reader", "reading_font_family"]


def reading_font_family() -> str:
    """The first installed serif with full Vietnamese coverage, in order of preference."""
    families = set(QFontDatabase.families())
    for family in SERIF_PREFERENCE:
        if family in families:
            return family
    return QFont().defaultFamily()


class ReaderTextEdit(QTextEdit):
    """The reader's text view; its viewport's events go to ``on_viewport_event`` first.

    An override of ``viewportEvent`` rather than an event filter on ``viewport()``: the first
    ``viewport()`` call from Python sets up ~50 Qt enum types (~9 ms) that the window's first
    paint should not wait for."""

    def __init__(self, on_viewport_event: Callable[[QEvent], bool]) -> None:
        super().__init__()
        self._on_viewport_event = on_viewport_event

    def viewportEvent(self, event: QEvent) -> bool:
        return self._on_viewport_event(event) or super().viewportEvent(event)


class Reader(QWidget):
    """Shows one document. Emits code point offsets; never edits the text."""

    documentOpened = Signal(int)
    selectionChangedCp = Signal(int, int)
    entityActivated = Signal(object)  # Entity
    correctionRequested = Signal(object)  # CorrectionRequest
    contextMenuRequested = Signal(object, int, int)  # QMenu, start, end (code points)
    fontSizeChanged = Signal(int)
    hiddenTypesChanged = Signal(object)  # set[EntityType]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document_id: int | None = None
        self.document: Document | None = None
        self.context_menu_providers: list[Callable[[QMenu, int, int], None]] = []
        self._entities: list[Entity] = []
        self._entity_starts: list[int] = []
        self._hidden: set[EntityType] = set()
        self._finder = DocumentFinder("")
        self._font_size = DEFAULT_FONT_SIZE
        self._title_in_text = False

        self.header = QLabel()
        self.header.setObjectName("readerHeader")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setContentsMargins(16, 10, 16, 4)

        self.legend = Legend(self)
        self.legend.toggled.connect(self._type_toggled)
        self.furniture_button = QToolButton()
        self.furniture_button.setCheckable(True)
        self.furniture_button.setAutoRaise(True)
        self.furniture_button.toggled.connect(self._show_furniture)
        self.legend.layout().addWidget(self.furniture_button)

        self.text_edit = ReaderTextEdit(self._viewport_event)
        self.text_edit.setObjectName("readerText")
        self.text_edit.setReadOnly(True)
        self.text_edit.setUndoRedoEnabled(False)
        self.text_edit.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text_edit.customContextMenuRequested.connect(self._context_menu)
        self.text_edit.selectionChanged.connect(self._selection_changed)
        self.text_edit.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.highlighter = SpanHighlighter(self.text_edit.document(), self._visible_blocks, self)
        self.text_edit.verticalScrollBar().valueChanged.connect(self.highlighter.apply_visible)

        # The annotation margin (written elsewhere) goes right of the text viewport.
        self.margin_slot = QWidget()
        self.margin_slot.setObjectName("marginSlot")
        margin_layout = QHBoxLayout(self.margin_slot)
        margin_layout.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.text_edit, 1)
        body_layout.addWidget(self.margin_slot)

        self.furniture_view = QPlainTextEdit()
        self.furniture_view.setReadOnly(True)
        self.furniture_view.setMaximumHeight(180)
        self.furniture_view.hide()

        self.find_bar = FindBar(self)
        self.find_bar.queryChanged.connect(self._find)
        self.find_bar.step.connect(self._find_step)
        self.find_bar.closed.connect(lambda: self.highlighter.remove_layer("find"))
        self.find_bar.hide()
        self._find_spans: list[tuple[int, int]] = []
        self._find_index = -1

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.legend)
        layout.addWidget(body, 1)
        layout.addWidget(self.furniture_view)
        layout.addWidget(self.find_bar)
        self._apply_font()
        self._build_formats()
        self.clear()

    # --- opening ------------------------------------------------------------------------
    def clear(self) -> None:
        self.document_id = None
        self.document = None
        self._title_in_text = False
        self._entities = []
        self._entity_starts = []
        self.text_edit.setPlainText("")
        self.highlighter.set_text("")
        self.header.setText(f"<p style='font-size:15pt'>{html.escape(self.tr('No document open'))}"
                            "</p>")
        self.furniture_button.setVisible(False)
        self.furniture_view.hide()

    def open_document(self, document: Document, extraction: Extraction) -> None:
        """Show ``document`` with its entities; the header carries its metadata."""
        self.document = document
        self.document_id = document.id
        text = document.clean_text
        doc = self._new_document(text)
        self._title_in_text = title_starts_text(document.title, text)
        if self._title_in_text:
            self._style_title_block(doc)
        self._set_header(document)
        self.highlighter.set_document(doc, detached=True)
        self.highlighter.set_text(text)
        self._finder = DocumentFinder(text)
        self.set_entities(extraction.entities)  # formatted before the first layout
        self._show_document(doc)
        self.highlighter.attached()
        count = len(document.furniture)
        self.furniture_button.setText(self.tr("Removed page furniture (%n)", "", count))
        self.furniture_button.setVisible(count > 0)
        self.furniture_view.setPlainText("\n\n".join(
            f"[{block.reason}]\n{block.text}" for block in document.furniture))
        if self.furniture_button.isChecked():
            self.furniture_view.setVisible(count > 0)
        self.text_edit.verticalScrollBar().setValue(0)
        if self.find_bar.isVisible() and self.find_bar.query():
            self._find(self.find_bar.query())
        self.documentOpened.emit(document.id)

    def _new_document(self, text: str) -> QTextDocument:
        """A fresh QTextDocument holding ``text``, not yet shown.

        Blocks created by inserting text inherit the cursor's block format, so the line
        height costs nothing when set first (merging it afterwards: ~400 ms per MB); and
        text and formats put into a document no view lays out yet are ~30x faster.
        """
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(DOCUMENT_MARGIN)
        doc.setDefaultFont(self.text_edit.font())
        cursor = QTextCursor(doc)
        block_format = QTextBlockFormat()
        block_format.setLineHeight(LINE_HEIGHT_PERCENT,
                                   QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setBlockFormat(block_format)
        cursor.insertText(text)
        return doc

    def _show_document(self, doc: QTextDocument) -> None:
        old = self.text_edit.document()
        ours = old.parent() is self  # the edit deletes its own first document itself
        self.text_edit.setDocument(doc)
        self.text_edit.setTextCursor(QTextCursor(doc))
        if ours:
            old.deleteLater()

    def _set_header(self, d: Document) -> None:
        """Metadata above the text; the title too unless the text already opens with it."""
        meta = [x for x in (display_date(d.date), d.source, d.author) if x]
        meta_html = " · ".join(html.escape(x) for x in meta)
        file_html = html.escape(d.file_name)
        title_html = ("" if self._title_in_text else
                      f"<div style='font-size:16pt; font-weight:600'>{html.escape(d.title)}</div>")
        self.header.setText(
            f"{title_html}<div style='margin-top:3px'>{meta_html}"
            f"{' · ' if meta_html else ''}<span style='opacity:0.7'>{file_html}</span></div>")
        self.header.setToolTip(d.title)

    def _style_title_block(self, doc: QTextDocument) -> None:
        """Make the text's first block (the title) a heading: formats only, text unchanged."""
        cursor = QTextCursor(doc.firstBlock())
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        block_format = cursor.blockFormat()
        block_format.setHeadingLevel(1)
        block_format.setBottomMargin(6)
        block_format.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setBlockFormat(block_format)
        char_format = QTextCharFormat()
        char_format.setFontWeight(QFont.Weight.DemiBold)
        char_format.setFontPointSize(round(self._font_size * TITLE_SCALE, 1))
        cursor.mergeCharFormat(char_format)

    def set_entities(self, entities: Iterable[Entity]) -> None:
        """Replace the entity highlights (after a correction re-extracted the document)."""
        self._entities = sorted(entities, key=lambda e: (e.start, e.end))
        self._entity_starts = [e.start for e in self._entities]
        self._apply_entity_layer()

    @property
    def entities(self) -> list[Entity]:
        return list(self._entities)

    # --- highlights ---------------------------------------------------------------------
    def _build_formats(self) -> None:
        dark = is_dark(self.palette())
        self._type_formats: dict[EntityType, QTextCharFormat] = {}
        for t in EntityType:
            fmt = QTextCharFormat()
            fmt.setBackground(entity_colour(t, dark))
            self._type_formats[t] = fmt
        self._search_format = QTextCharFormat()
        self._search_format.setBackground(QColor(SEARCH_MATCH[dark]))
        self._search_format.setFontWeight(QFont.Weight.Bold)
        self._find_format = QTextCharFormat()
        self._find_format.setBackground(QColor(FIND_MATCH[dark]))
        self.legend.set_colours({t: entity_colour(t, dark) for t in EntityType})

    def _apply_entity_layer(self) -> None:
        self.highlighter.set_layer_formats(
            "entities",
            ((e.start, e.end, self._type_formats[e.type]) for e in self._entities
             if e.type not in self._hidden),
            Z_ENTITIES)

    def entity_format(self, entity_type: EntityType) -> QTextCharFormat:
        return self._type_formats[entity_type]

    def set_hidden_types(self, hidden: Iterable[EntityType]) -> None:
        self._hidden = set(hidden)
        self.legend.set_checked({t: t not in self._hidden for t in EntityType})
        self._apply_entity_layer()

    @property
    def hidden_types(self) -> set[EntityType]:
        return set(self._hidden)

    def _type_toggled(self, entity_type: EntityType, visible: bool) -> None:
        if visible:
            self._hidden.discard(entity_type)
        else:
            self._hidden.add(entity_type)
        self._apply_entity_layer()
        self.hiddenTypesChanged.emit(set(self._hidden))

    def set_extra_highlights(self, name: str, spans_cp: Iterable[tuple[int, int]],
                             fmt: QTextCharFormat) -> None:
        """Layer other highlights (e.g. annotations) over the entities; empty spans remove."""
        spans = list(spans_cp)
        if spans:
            self.highlighter.set_layer(f"extra:{name}", spans, fmt, Z_EXTRA)
        else:
            self.highlighter.remove_layer(f"extra:{name}")

    def show_search_matches(self, spans_cp: Iterable[tuple[int, int]]) -> None:
        """Mark the matched terms of a search hit and scroll to the first one."""
        spans = sorted(spans_cp)
        self.highlighter.set_layer("search", spans, self._search_format, Z_SEARCH)
        if spans:
            self.scroll_to_cp(spans[0][0])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_type_formats"):
            self._build_formats()
            self._apply_entity_layer()
        super().changeEvent(event)

    # --- positions ----------------------------------------------------------------------
    def _cursor_at(self, cp: int) -> QTextCursor:
        cursor = QTextCursor(self.text_edit.document())
        cursor.setPosition(min(self.highlighter.positions.to_utf16(cp),
                               self.text_edit.document().characterCount() - 1))
        return cursor

    def cp_rect(self, start_cp: int) -> QRect:
        """Viewport rectangle of the cursor before code point ``start_cp``."""
        return self.text_edit.cursorRect(self._cursor_at(start_cp))

    def cp_at(self, viewport_pos: QPoint) -> int:
        return self.highlighter.positions.to_cp(
            self.text_edit.cursorForPosition(viewport_pos).position())

    def select_cp(self, start: int, end: int) -> None:
        to16 = self.highlighter.positions.to_utf16
        cursor = QTextCursor(self.text_edit.document())
        cursor.setPosition(to16(start))
        cursor.setPosition(to16(end), QTextCursor.MoveMode.KeepAnchor)
        self.text_edit.setTextCursor(cursor)
        self.scroll_to_cp(start)

    def selection_cp(self) -> tuple[int, int]:
        cursor = self.text_edit.textCursor()
        return self.highlighter.positions.span_to_cp(cursor.selectionStart(),
                                                     cursor.selectionEnd())

    def scroll_to_cp(self, cp: int) -> None:
        """Bring code point ``cp`` to a third of the viewport's height."""
        bar = self.text_edit.verticalScrollBar()
        rect = self.cp_rect(cp)
        bar.setValue(bar.value() + rect.top() - self.text_edit.viewport().height() // 3)
        self.highlighter.apply_visible()

    def _visible_blocks(self) -> tuple[int, int]:
        viewport = self.text_edit.viewport()
        first = self.text_edit.cursorForPosition(QPoint(0, 0)).blockNumber()
        last = self.text_edit.cursorForPosition(
            QPoint(viewport.width(), viewport.height())).blockNumber()
        return first, last

    def entity_at(self, cp: int) -> Entity | None:
        i = bisect_right(self._entity_starts, cp) - 1
        while i >= 0:
            e = self._entities[i]
            if e.start <= cp < e.end and e.type not in self._hidden:
                return e
            if e.end <= cp and i > 0 and self._entities[i - 1].end <= cp:
                break
            i -= 1
        return None

    def _selection_changed(self) -> None:
        start, end = self.selection_cp()
        self.selectionChangedCp.emit(start, end)

    # --- mouse: tooltips and clicks on entities ----------------------------------------------
    def _viewport_event(self, event: QEvent) -> bool:
        """Tooltips and clicks on entities; True when the event was consumed."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            entity = self.entity_at(self.cp_at(event.pos()))
            if entity is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(),
                                  f"{type_label(entity.type)}: {entity.key}", self.text_edit)
            return True
        if (event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton
                and not self.text_edit.textCursor().hasSelection()):
            entity = self.entity_at(self.cp_at(event.position().toPoint()))
            if entity is not None:
                self.entityActivated.emit(entity)
        return False

    # --- context menu ---------------------------------------------------------------------
    def build_context_menu(self, start: int, end: int) -> QMenu:
        """The reader's menu for the selection ``[start, end)`` (or the point ``start``)."""
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"), self.text_edit.copy)
        copy.setEnabled(end > start)
        menu.addAction(self.tr("Select all"), self.text_edit.selectAll)
        if self.document is not None:
            entity = self.entity_at(start)
            text = self.document.clean_text[start:end] if end > start else ""
            add_entity_actions(menu, self, entity, text, start, end, self.document.id)
        for provider in self.context_menu_providers:
            provider(menu, start, end)
        self.contextMenuRequested.emit(menu, start, end)
        return menu

    def request_correction(self, request: CorrectionRequest) -> None:
        self.correctionRequested.emit(request)

    def _context_menu(self, pos: QPoint) -> None:
        start, end = self.selection_cp()
        if end <= start:
            start = end = self.cp_at(pos)
        menu = self.build_context_menu(start, end)
        menu.exec(self.text_edit.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        event.accept()

    # --- furniture, zoom, find ------------------------------------------------------------
    def _show_furniture(self, on: bool) -> None:
        self.furniture_view.setVisible(on and self.document is not None
                                       and bool(self.document.furniture))

    def _apply_font(self) -> None:
        font = QFont(reading_font_family())
        font.setPointSize(self._font_size)
        self.text_edit.setFont(font)
        if self._title_in_text and self.document is not None:
            self._style_title_block(self.text_edit.document())  # the title scales too

    @property
    def font_size(self) -> int:
        return self._font_size

    def set_font_size(self, size: int) -> None:
        size = min(max(size, MIN_FONT_SIZE), MAX_FONT_SIZE)
        if size != self._font_size:
            self._font_size = size
            self._apply_font()
            self.fontSizeChanged.emit(size)

    def zoom_in(self) -> None:
        self.set_font_size(self._font_size + 1)

    def zoom_out(self) -> None:
        self.set_font_size(self._font_size - 1)

    def zoom_reset(self) -> None:
        self.set_font_size(DEFAULT_FONT_SIZE)

    def show_find(self) -> None:
        self.find_bar.show()
        self.find_bar.focus()

    def find_spans(self) -> list[tuple[int, int]]:
        return list(self._find_spans)

    def _find(self, query: str) -> None:
        self._find_spans = self._finder.find_all(query)
        self.highlighter.set_layer("find", self._find_spans, self._find_format, Z_FIND)
        self._find_index = -1
        self._find_step(1)

    def _find_step(self, direction: int) -> None:
        if not self._find_spans:
            self.find_bar.set_status(0, 0)
            return
        self._find_index = (self._find_index + direction) % len(self._find_spans)
        self.select_cp(*self._find_spans[self._find_index])
        self.find_bar.set_status(self._find_index + 1, len(self._find_spans))
