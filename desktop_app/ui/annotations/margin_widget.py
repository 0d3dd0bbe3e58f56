"""The margin beside the reader: notes at the height of their passages, and coding stripes.

Geometry is measured in the reader (``cp_rect``) and handed to the pure layout functions of
``desktop_app.annotations.margin``. Layout happens in *document space* (y relative to the top of
the first character), so scrolling is a translation and the layout's floor and bottom edge are
those of the text, not of the window; each relayout converts back to this widget's coordinates.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.annotations.margin import NoteBox, PlacedNote, Stripe, layout_notes, layout_stripes
from desktop_app.ui.annotations.controller import AnnotationController
from desktop_app.ui.annotations.note_card import NoteCard

STRIPE_WIDTH = 4
STRIPE_GAP = 2
NOTE_SPACING = 6.0
COLLAPSED_HEIGHT = 26.0


def reading_order(start: int, text_length: int) -> float:
    """A fraction of a pixel (< 0.4) that orders notes of one line by where their passage starts.

    The layout breaks ties of equal ``anchor_y`` by id; readers expect left-to-right order. Kept
    under half a pixel so rounding never moves a note off its line.
    """
    return 0.4 * start / (text_length + 1)


NOTES_WIDTH = 280
MIN_NOTES_WIDTH = 200
EMPTY_WIDTH = 110  # just the "0 notes" header

class MarginCanvas(QWidget):
    """The area holding the note cards; paints the stripes and the note-to-passage connectors."""

    def __init__(self, margin: MarginWidget) -> None:
        super().__init__(margin)
        self.margin = margin
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.margin.schedule_relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = self.margin.base_y
        for stripe in self.margin.stripes:
            x = STRIPE_GAP + stripe.column * (STRIPE_WIDTH + STRIPE_GAP)
            top, bottom = round(stripe.top + base), round(stripe.bottom + base)
            painter.fillRect(QRect(x, top, STRIPE_WIDTH, max(2, bottom - top)), QColor(stripe.colour))
        gutter = self.margin.gutter_width()
        for placed in self.margin.placements:
            card = self.margin.cards.get(placed.annotation_id)
            if card is None:
                continue
            anchor = round(placed.anchor_y + base) + 2
            top = round(placed.top + base) + 8
            colour = QColor(card.colour).darker(130)
            painter.setPen(QPen(colour, 2 if card.active else 1))
            painter.drawLine(QPoint(gutter - 2, anchor), QPoint(gutter + 4, anchor))
            if abs(top - anchor) > 6:  # displaced by the stacking: show where it belongs
                painter.drawLine(QPoint(gutter + 4, anchor), QPoint(gutter + 8, top))
        painter.end()


class MarginWidget(QWidget):
    """Notes of the open document beside the reader, with a header for counts and orphans."""

    def __init__(self, controller: AnnotationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationMargin")
        self.controller = controller
        self.reader: Any = controller.reader
        self.cards: dict[int, NoteCard] = {}
        self.collapsed: set[int] = set()
        self.placements: list[PlacedNote] = []
        self.stripes: list[Stripe] = []
        self.base_y = 0.0  # canvas y of document-space 0
        self._heights: dict[int, tuple[int, int]] = {}  # id -> (width, expanded height)
        self._hover_from_reader = False
        self._watched_layout: QObject | None = None

        self.count_label = QLabel()
        self.collapse_all_button = QToolButton()
        self.collapse_all_button.setCheckable(True)
        self.collapse_all_button.setAutoRaise(True)
        self.collapse_all_button.setToolTip(self.tr("Collapse or expand all notes"))
        self.collapse_all_button.toggled.connect(self.set_all_collapsed)
        self.orphans_button = QToolButton()
        self.orphans_button.setAutoRaise(True)
        self.orphans_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.orphans_menu = QMenu(self.orphans_button)
        self.orphans_menu.aboutToShow.connect(self._fill_orphans_menu)
        self.orphans_button.setMenu(self.orphans_menu)
        header = QHBoxLayout()
        header.setContentsMargins(4, 2, 2, 2)
        header.addWidget(self.count_label, 1)
        header.addWidget(self.orphans_button)
        header.addWidget(self.collapse_all_button)

        self.canvas = MarginCanvas(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.canvas, 1)
        self._empty = False  # no notes: stay narrow and leave the width to the text (rebuild)
        self.setMinimumWidth(MIN_NOTES_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.relayout)

        controller.annotationsReloaded.connect(self.rebuild)
        controller.activeChanged.connect(self._on_active_changed)
        self.reader.documentOpened.connect(self._on_document_opened)
        self._watch_reader()
        self.rebuild()

    def sizeHint(self) -> Any:  # type: ignore[override]
        hint = super().sizeHint()
        hint.setWidth(EMPTY_WIDTH if self._empty else NOTES_WIDTH)
        return hint

    # --- following the reader -----------------------------------------------------------------
    def _watch_reader(self) -> None:
        edit = self.reader.text_edit
        edit.verticalScrollBar().valueChanged.connect(self.schedule_relayout)
        viewport = edit.viewport()
        viewport.installEventFilter(self)
        viewport.setMouseTracking(True)
        self._watch_document()

    def _watch_document(self) -> None:
        """The reader may swap its QTextDocument when it opens another file: follow the new one."""
        layout = self.reader.text_edit.document().documentLayout()
        if layout is self._watched_layout:
            return
        self._watched_layout = layout
        layout.documentSizeChanged.connect(self.schedule_relayout)

    def _on_document_opened(self, _doc_id: int) -> None:
        self._watch_document()
        self.schedule_relayout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self.schedule_relayout()
        elif kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            self._hover_passage(event.position().toPoint())
        elif kind == QEvent.Type.Leave and self._hover_from_reader:
            self._hover_from_reader = False
            self.controller.set_hovered(None)
        return False

    def _hover_passage(self, point: QPoint) -> None:
        """Hovering a highlighted passage marks its note (and the passage itself)."""
        hit = self.annotation_at_point(point)
        if hit is not None or self._hover_from_reader:
            self._hover_from_reader = hit is not None
            self.controller.set_hovered(hit)

    def annotation_at_point(self, point: QPoint) -> int | None:
        """The shortest note whose passage covers ``point`` (reader viewport coordinates)."""
        best: tuple[int, int] | None = None
        for a in self.controller.annotations:
            first, last = self.reader.cp_rect(a.start), self.reader.cp_rect(a.end)
            if not first.top() <= point.y() <= last.bottom():
                continue
            if point.y() < first.bottom() and point.x() < first.left():
                continue
            if point.y() >= last.top() and point.x() > last.left():
                continue
            if best is None or a.end - a.start < best[0]:
                best = (a.end - a.start, a.id)
        return best[1] if best else None

    # --- cards --------------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Recreate the cards after the notes changed (cheap: a document has tens of notes)."""
        for card in self.cards.values():
            card.hide()
            card.deleteLater()
        self.cards = {}
        self._heights = {}
        known = self.controller.tags
        for a in self.controller.annotations:
            card = NoteCard(a, self.controller.colour_of(a), known, self.canvas)
            card.set_collapsed(a.id in self.collapsed)
            card.set_active(a.id == self.controller.active_id)
            card.hovered.connect(self._on_card_hovered)
            card.clicked.connect(self.controller.reveal)
            card.editRequested.connect(self.controller.request_edit)
            card.deleteRequested.connect(self.controller.delete_note)
            card.collapseToggled.connect(self._on_card_collapsed)
            self.cards[a.id] = card
        self.collapsed &= set(self.cards)
        notes, orphans = len(self.controller.annotations), len(self.controller.orphans)
        self.count_label.setText(self.tr("%n note(s)", "", notes))
        self.orphans_button.setText(self.tr("⚠ %n to re-attach", "", orphans))
        self.orphans_button.setToolTip(self.tr(
            "Notes whose passage changed and could not be found again: re-attach or delete them"))
        self.orphans_button.setVisible(orphans > 0)
        empty = notes == 0 and orphans == 0
        if empty != self._empty:
            self._empty = empty
            self.setMinimumWidth(EMPTY_WIDTH if empty else MIN_NOTES_WIDTH)
            self.collapse_all_button.setVisible(not empty)
            self.updateGeometry()
        self._sync_collapse_all_button()
        self.relayout()

    def _on_card_hovered(self, ann_id: int, entered: bool) -> None:
        self._hover_from_reader = False
        if entered:
            self.controller.set_hovered(ann_id)
        elif self.controller.hovered_id == ann_id:
            self.controller.set_hovered(None)

    def _on_active_changed(self) -> None:
        active = self.controller.active_id
        for ann_id, card in self.cards.items():
            card.set_active(ann_id == active)
        self.schedule_relayout()  # the selected note is laid out exactly at its passage

    def _on_card_collapsed(self, ann_id: int, collapsed: bool) -> None:
        if collapsed:
            self.collapsed.add(ann_id)
        else:
            self.collapsed.discard(ann_id)
        self._sync_collapse_all_button()
        self.relayout()

    def set_collapsed(self, ann_id: int, collapsed: bool) -> None:
        card = self.cards.get(ann_id)
        if card is not None and card.collapsed != collapsed:
            card.toggle_collapsed()

    def set_all_collapsed(self, collapsed: bool) -> None:
        self.collapsed = set(self.cards) if collapsed else set()
        for card in self.cards.values():
            card.set_collapsed(collapsed)
        self._sync_collapse_all_button()
        self.relayout()

    def _sync_collapse_all_button(self) -> None:
        everything = bool(self.cards) and self.collapsed >= set(self.cards)
        self.collapse_all_button.blockSignals(True)
        self.collapse_all_button.setChecked(everything)
        self.collapse_all_button.blockSignals(False)
        self.collapse_all_button.setText("⊞" if everything else "⊟")

    # --- orphans ------------------------------------------------------------------------------
    def _fill_orphans_menu(self) -> None:
        self.orphans_menu.clear()
        for a in self.controller.orphans:
            quote = a.quote.replace("\n", " ")
            title = quote if len(quote) <= 40 else quote[:37] + "…"
            sub = self.orphans_menu.addMenu(f"“{title}”")
            if a.note:
                sub.setToolTip(a.note)
            attach = sub.addAction(self.tr("Re-attach to the selected passage"))
            attach.setEnabled(self.controller.has_selection())
            attach.triggered.connect(lambda _=False, i=a.id: self.controller.reattach_to_selection(i))
            edit = sub.addAction(self.tr("Edit note…"))
            edit.triggered.connect(lambda _=False, i=a.id: self.controller.request_edit(i))
            delete = sub.addAction(self.tr("Delete note"))
            delete.triggered.connect(lambda _=False, i=a.id: self.controller.delete_note(i))

    # --- geometry -----------------------------------------------------------------------------
    def schedule_relayout(self) -> None:
        self._timer.start()

    def gutter_width(self) -> int:
        columns = 1 + max((s.column for s in self.stripes), default=-1)
        return STRIPE_GAP + max(columns, 1) * (STRIPE_WIDTH + STRIPE_GAP) + 4

    def card_width(self) -> int:
        return max(60, self.canvas.width() - self.gutter_width() - 10)

    def _viewport_to_canvas(self) -> int:
        viewport = self.reader.text_edit.viewport()
        return self.canvas.mapFromGlobal(viewport.mapToGlobal(QPoint(0, 0))).y()

    def anchor_boxes(self) -> tuple[list[NoteBox], float, float]:
        """Note boxes in document space, the canvas y of document space 0, and the text bottom."""
        origin = self.reader.cp_rect(0).top()
        delta = self._viewport_to_canvas()
        width = self.card_width()
        boxes = []
        for a in self.controller.annotations:
            card = self.cards.get(a.id)
            if card is None:
                continue
            cached = self._heights.get(a.id)
            if cached is None or cached[0] != width:
                was = card.collapsed
                card.set_collapsed(False)
                cached = (width, card.height_for(width))
                card.set_collapsed(was)
                self._heights[a.id] = cached
            boxes.append(NoteBox(a.id, self.reader.cp_rect(a.start).top() - origin
                                 + reading_order(a.start, self.controller.text_length),
                                 float(cached[1])))
        base = float(origin + delta)
        end = max(0, self.controller.text_length - 1)
        text_bottom = float(self.reader.cp_rect(end).bottom() - origin)
        return boxes, base, max(text_bottom, self.canvas.height() - base)

    def relayout(self) -> None:
        """Place cards and stripes for the reader's current scroll position, font and width."""
        self._timer.stop()
        if not self.cards:
            self.placements, self.stripes = [], []
            self.canvas.update()
            return
        boxes, self.base_y, total = self.anchor_boxes()
        self.stripes = layout_stripes(self._stripe_spans())
        self.placements = layout_notes(
            boxes, spacing=NOTE_SPACING, total_height=total, collapsed=frozenset(self.collapsed),
            collapsed_height=COLLAPSED_HEIGHT, focus=self.controller.selected_id,
        )
        x, width = self.gutter_width() + 8, self.card_width()
        for placed in self.placements:
            card = self.cards[placed.annotation_id]
            card.setGeometry(x, round(placed.top + self.base_y), width, round(placed.height))
            card.show()
        self.canvas.update()

    def _stripe_spans(self) -> list[tuple[str, str, float, float]]:
        origin = self.reader.cp_rect(0).top()
        spans = []
        for a in self.controller.annotations:
            if not a.tags:
                continue
            top = float(self.reader.cp_rect(a.start).top() - origin)
            bottom = float(self.reader.cp_rect(max(a.start, a.end - 1)).bottom() - origin)
            for name in a.tags:
                tag = self.controller.tags.get(name)
                spans.append((name, tag.colour if tag else self.controller.colour_of(a),
                              top, max(top, bottom)))
        return spans

    def card_rect(self, ann_id: int) -> QRect | None:
        """Where a note's card is, in canvas coordinates (for tests and screenshots)."""
        card = self.cards.get(ann_id)
        return card.geometry() if card is not None else None
