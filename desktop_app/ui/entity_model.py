"""Two-level tree models over plain lists: entity type → canonical key, facet → value.

``GroupedModel`` is the one QAbstractItemModel for both: a group row has children, a child
row has none. Child indexes store their group's number + 1 in ``internalId`` (0 marks a
group), so no Python object pointers cross into Qt. ``RowsModel`` is a flat table over
tuples (roles, legal references, mentions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.ui.list_table_model import ListTableModel

PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Item:
    label: str
    count: int
    payload: Any = None
    tooltip: str = ""


@dataclass(frozen=True)
class Group:
    label: str
    payload: Any = None
    items: list[Item] = field(default_factory=list)
    decoration: Any = None  # a QIcon for the group row, or None

    @property
    def count(self) -> int:
        return sum(i.count for i in self.items)


class GroupedModel(QAbstractItemModel):
    """Columns: name, count. Groups show the sum of their items' counts."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._groups: list[Group] = []

    def set_groups(self, groups: list[Group]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def groups(self) -> list[Group]:
        return list(self._groups)

    # --- structure --------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].items)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def node(self, index: _Index) -> Group | Item | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._groups[index.row()] if index.row() < len(self._groups) else None
        group = self._groups[index.internalId() - 1]
        return group.items[index.row()] if index.row() < len(group.items) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self.node(index)
        if node is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label if col == 0 else str(node.count)
        if role == PAYLOAD_ROLE:
            return node.payload
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(node, Item) and node.tooltip:
            return node.tooltip
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and isinstance(node, Group):
            return node.decoration
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RowsModel(ListTableModel[tuple[tuple[str, ...], Any]]):
    """A read-only table of string tuples, each row with an optional payload."""

    def set_rows(self, rows: list[tuple[tuple[str, ...], Any]]) -> None:
        self.replace_rows(rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.item(index)
        if row is None:
            return None
        cells, payload = row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == PAYLOAD_ROLE:
            return payload
        return None
