"""The library table: a thin QAbstractTableModel over a list of DocumentSummary.

Sorting and filter-as-you-type live in ``LibraryProxy``; the filter folds accents the way
search does, so "ha noi" finds "Hà Nội" in titles and sources.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop_app.textnorm import fold_accents
from desktop_app.ui.list_table_model import ListTableModel

if TYPE_CHECKING:
    from desktop_app.models import DocumentSummary

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


def display_date(iso: str | None) -> str:
    """An ISO date of any precision the way Vietnamese write it: 31/03/2023, 10/2022, 2019."""
    if not iso:
        return ""
    parts = iso[:10].split("-")
    return "/".join(reversed(parts))


class LibraryModel(ListTableModel["DocumentSummary"]):
    TITLE, DATE, SOURCE, ENTITIES, NOTES = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self._headers = [self.tr("Title"), self.tr("Date"), self.tr("Source"),
                         self.tr("Entities"), self.tr("Notes")]

    def set_documents(self, rows: list[DocumentSummary]) -> None:
        self.replace_rows(rows)

    def documents(self) -> list[DocumentSummary]:
        return list(self._rows)

    def row_of(self, doc_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == doc_id:
                return i
        return -1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        doc = self.item(index)
        if doc is None:
            return None
        col = index.column()
        if role == DOC_ID_ROLE:
            return doc.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (doc.title, display_date(doc.date), doc.source or "",
                    str(doc.entity_count), str(doc.note_count))[col]
        if role == SORT_ROLE:
            return (doc.title.casefold(), doc.date or "", (doc.source or "").casefold(),
                    doc.entity_count, doc.note_count)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            details = " · ".join(x for x in (display_date(doc.date), doc.source, doc.file_name)
                                 if x)
            return f"{doc.title}\n{details}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= self.ENTITIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class LibraryProxy(QSortFilterProxyModel):
    """Sorts on raw values and keeps rows whose title, source or file name match every word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold_accents(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        doc = model.item(model.index(source_row, 0))
        if doc is None:
            return False
        hay = fold_accents(" ".join(x for x in (doc.title, doc.source, doc.file_name) if x))
        return all(w in hay for w in self._words)
