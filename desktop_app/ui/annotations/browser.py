"""The annotations browser (a dock): every note of the library, filtered, one jump away.

Filters: free text (note, passage, tags, title, author; accent-insensitive), tag, document,
author and "to re-attach only" (orphans wait here too, so none is forgotten). Activating a row
asks the main window to open the document and select the passage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models import Annotation
from desktop_app.ui.annotations.browser_model import (
    ANNOTATION_ROLE,
    NoteFilter,
    NoteRow,
    NotesModel,
    NotesProxy,
)
from desktop_app.ui.annotations.controller import DEFAULT_COLOUR

if TYPE_CHECKING:
    from desktop_app.workspace import Workspace

ANY = None  # the "all" entry of a filter combo box


class AnnotationsBrowser(QWidget):
    """Table of all notes with filter fields; emits ``jumpRequested(doc_id, start, end)``."""

    jumpRequested = Signal(int, int, int)
    orphanActivated = Signal(int, int)  # document id, annotation id (nothing to select)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationsBrowser")
        self.model = NotesModel(self)
        self.proxy = NotesProxy(self)
        self.proxy.setSourceModel(self.model)

        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Filter notes…"))
        self.text_filter.setClearButtonEnabled(True)
        self.tag_filter = QComboBox()
        self.document_filter = QComboBox()
        self.author_filter = QComboBox()
        self.orphans_only = QCheckBox(self.tr("To re-attach only"))
        for combo in (self.tag_filter, self.document_filter, self.author_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self._apply_filter)
        self.orphans_only.toggled.connect(self._apply_filter)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._apply_filter)
        self.text_filter.textChanged.connect(lambda _t: self._debounce.start())

        self.table = QTableView()
        self.table.setObjectName("annotationsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NotesModel.DOCUMENT, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.count_label = QLabel()

        grid = QGridLayout()
        grid.addWidget(self.text_filter, 0, 0, 1, 2)
        grid.addWidget(self.orphans_only, 0, 2)
        grid.addWidget(self.tag_filter, 1, 0)
        grid.addWidget(self.document_filter, 1, 1)
        grid.addWidget(self.author_filter, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._fill_combos([], {}, [])

    # --- data ---------------------------------------------------------------------------------
    def reload(self, ws: Workspace | None) -> None:
        """Read every note and tag of the library again (notes are few compared to text)."""
        if ws is None:
            self.model.set_rows([])
            self._fill_combos([], {}, [])
            self._update_count()
            return
        titles = {d.id: d.title for d in ws.documents()}
        tags = {t.name: t.colour for t in ws.store.annotations.tags()}
        rows = [NoteRow(a, titles.get(a.document_id, f"#{a.document_id}"), _colour(a, tags))
                for a in ws.annotations()]
        self.model.set_rows(rows)
        authors = sorted({r.annotation.author for r in rows if r.annotation.author})
        self._fill_combos(sorted(tags, key=str.casefold), titles, authors)
        self._update_count()

    def _fill_combos(self, tags: list[str], titles: dict[int, str], authors: list[str]) -> None:
        def fill(combo: QComboBox, everything: str, entries: list[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, ANY)
            for label, value in entries:
                combo.addItem(label, value)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

        fill(self.tag_filter, self.tr("All tags"), [(t, t) for t in tags])
        with_notes = {r.annotation.document_id for r in self.model.rows()}
        fill(self.document_filter, self.tr("All documents"),
             [(title, doc_id) for doc_id, title in sorted(titles.items(), key=lambda kv: kv[1])
              if doc_id in with_notes])
        fill(self.author_filter, self.tr("All authors"), [(a, a) for a in authors])
        self._apply_filter()

    # --- filtering and jumping ----------------------------------------------------------------
    def current_filter(self) -> NoteFilter:
        return NoteFilter(
            text=self.text_filter.text(),
            tag=self.tag_filter.currentData(),
            document_id=self.document_filter.currentData(),
            author=self.author_filter.currentData(),
            orphans_only=self.orphans_only.isChecked(),
        )

    def _apply_filter(self) -> None:
        self._debounce.stop()
        self.proxy.set_note_filter(self.current_filter())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%1 of %2 notes").replace("%1", str(shown))
                                 .replace("%2", str(total)))

    def visible_annotations(self) -> list[Annotation]:
        return [self.proxy.index(r, 0).data(ANNOTATION_ROLE) for r in range(self.proxy.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        a = index.data(ANNOTATION_ROLE)
        if not isinstance(a, Annotation):
            return
        if a.orphaned:
            self.orphanActivated.emit(a.document_id, a.id)
        else:
            self.jumpRequested.emit(a.document_id, a.start, a.end)

    def activate_row(self, row: int) -> None:
        """Open the note on ``row`` of the filtered table (keyboard Enter does the same)."""
        self._activated(self.proxy.index(row, 0))


def _colour(a: Annotation, tags: dict[str, str]) -> str:
    if a.colour:
        return a.colour
    for name in a.tags:
        if name in tags:
            return tags[name]
    return DEFAULT_COLOUR
