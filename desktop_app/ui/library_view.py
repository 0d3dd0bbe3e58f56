"""The library list: documents with date, source and counts; sort, filter as you type,
multi-select, keyboard navigation, and the current document kept selected across refreshes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.library_model import DOC_ID_ROLE, LibraryModel, LibraryProxy

if TYPE_CHECKING:
    from desktop_app.models import DocumentSummary

SOURCE_WIDTH = 96
SOURCE_MIN_PANE = 460  # below this width the Source column is hidden (the tooltip has it)


class LibraryView(QWidget):
    documentActivated = Signal(int)
    removeRequested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(self)
        self.proxy = LibraryProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("libraryFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter documents"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        self.table = QTableView()
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LibraryModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        # The title takes what is left; the other columns are as wide as their contents
        # (the source is capped: a long outlet name must not squeeze the titles).
        header.setSectionResizeMode(LibraryModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (LibraryModel.DATE, LibraryModel.ENTITIES, LibraryModel.NOTES):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LibraryModel.SOURCE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(LibraryModel.SOURCE, SOURCE_WIDTH)
        header.setMinimumSectionSize(32)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        self._current: int | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.setColumnHidden(LibraryModel.SOURCE, self.width() < SOURCE_MIN_PANE)

    def set_documents(self, docs: list[DocumentSummary]) -> None:
        selected = self.selected_ids()
        self.model.set_documents(docs)
        for doc_id in selected:
            self._select(doc_id, QItemSelectionModel.SelectionFlag.Select)
        if self._current is not None:
            self._select(self._current, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _proxy_index(self, doc_id: int) -> QModelIndex:
        row = self.model.row_of(doc_id)
        if row < 0:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))

    def _select(self, doc_id: int, flag: QItemSelectionModel.SelectionFlag) -> None:
        index = self._proxy_index(doc_id)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, flag | QItemSelectionModel.SelectionFlag.Rows)

    def mark_current(self, doc_id: int) -> None:
        """Show ``doc_id`` as the open document (selected, scrolled into view)."""
        self._current = doc_id
        index = self._proxy_index(doc_id)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def selected_ids(self) -> list[int]:
        model = self.table.selectionModel()
        if model is None:
            return []
        return [int(i.data(DOC_ID_ROLE)) for i in model.selectedRows()]

    def visible_ids(self) -> list[int]:
        """Document ids in display order (sorted and filtered)."""
        return [int(self.proxy.index(r, 0).data(DOC_ID_ROLE)) for r in range(self.proxy.rowCount())]

    def neighbour(self, doc_id: int | None, step: int) -> int | None:
        """The document ``step`` rows away from ``doc_id`` in display order."""
        ids = self.visible_ids()
        if not ids:
            return None
        if doc_id not in ids:
            return ids[0] if step > 0 else ids[-1]
        i = ids.index(doc_id) + step
        return ids[i] if 0 <= i < len(ids) else None

    def _activated(self, index: QModelIndex) -> None:
        doc_id = index.data(DOC_ID_ROLE)
        if doc_id is not None and len(self.selected_ids()) <= 1:
            self.documentActivated.emit(int(doc_id))
