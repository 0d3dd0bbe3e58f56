"""Every note of the library as a table: a thin QAbstractTableModel over a list of rows.

Filtering (tag, document, author, text, orphans only) is a plain function, ``NoteFilter``, used
by the proxy; text matching folds accents the way search does, so "ha noi" finds "Hà Nội".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from desktop_app.models import Annotation
from desktop_app.textnorm import fold_accents
from desktop_app.ui.list_table_model import ListTableModel

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


def _fold(text: str) -> str:
    return fold_accents(text).casefold()


@dataclass(frozen=True, slots=True)
class NoteRow:
    """One note with the title of its document (the table shows both)."""

    annotation: Annotation
    document_title: str
    colour: str


@dataclass(frozen=True, slots=True)
class NoteFilter:
    """What the browser's filter fields ask for; empty fields match everything."""

    text: str = ""
    tag: str | None = None
    document_id: int | None = None
    author: str | None = None
    orphans_only: bool = False

    def matches(self, row: NoteRow) -> bool:
        a = row.annotation
        if self.tag is not None and self.tag not in a.tags:
            return False
        if self.document_id is not None and a.document_id != self.document_id:
            return False
        if self.author is not None and a.author != self.author:
            return False
        if self.orphans_only and not a.orphaned:
            return False
        words = _fold(self.text).split()
        if words:
            haystack = _fold(" ".join((a.note, a.quote, " ".join(a.tags), row.document_title,
                                       a.author)))
            return all(word in haystack for word in words)
        return True


class NotesModel(ListTableModel[NoteRow]):
    DOCUMENT, QUOTE, NOTE, TAGS, AUTHOR, MODIFIED, STATUS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self._headers = [self.tr("Document"), self.tr("Passage"), self.tr("Note"),
                         self.tr("Tags"), self.tr("Author"), self.tr("Modified"),
                         self.tr("Status")]

    def set_rows(self, rows: list[NoteRow]) -> None:
        self.replace_rows(rows)

    def rows(self) -> list[NoteRow]:
        return list(self._rows)

    def row(self, index: int) -> NoteRow:
        return self._rows[index]

    def _status(self, a: Annotation) -> str:
        return self.tr("to re-attach") if a.orphaned else ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.item(index)
        if row is None:
            return None
        a, col = row.annotation, index.column()
        if role == ANNOTATION_ROLE:
            return a
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.document_title, " ".join(a.quote.split()), " ".join(a.note.split()),
                    ", ".join(a.tags), a.author, a.modified[:16].replace("T", " "),
                    self._status(a))[col]
        if role == SORT_ROLE:
            return (row.document_title.casefold(), a.quote.casefold(), a.note.casefold(),
                    ", ".join(a.tags).casefold(), a.author.casefold(), a.modified,
                    int(a.orphaned))[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.QUOTE, self.NOTE):
            return a.quote if col == self.QUOTE else a.note or None
        if role == Qt.ItemDataRole.DecorationRole and col == self.QUOTE:
            return QColor(row.colour)
        return None


class NotesProxy(QSortFilterProxyModel):
    """Sorting by the raw values and filtering by a ``NoteFilter``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = NoteFilter()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def note_filter(self) -> NoteFilter:
        return self._filter

    def set_note_filter(self, note_filter: NoteFilter) -> None:
        if note_filter != self._filter:
            self.beginFilterChange()
            self._filter = note_filter
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, NotesModel) or not 0 <= source_row < model.rowCount():
            return False
        return self._filter.matches(model.row(source_row))
