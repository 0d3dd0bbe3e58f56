"""Search results for the search pane: ranked hits (list model) and facets (grouped model)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.entity_types import EntityType
from desktop_app.ui.entity_model import Group, Item

if TYPE_CHECKING:  # importing desktop_app.search loads Whoosh: not before the first search
    from desktop_app.search import Facets, Hit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex
_OPEN, _CLOSE = "\x01", "\x02"

# Facet group payloads are (field, value) pairs that become `field:"value"` in the query.
ENTITY_FIELDS = {EntityType.PERSON: "person", EntityType.ORG: "org", EntityType.LOC: "loc",
                 EntityType.LEGAL_DOC: "doc"}


def hit_html(hit: Hit) -> str:
    """Title, metadata and snippets of a hit, with the matched terms in bold."""
    from desktop_app.search.render import mark_snippet

    meta = " · ".join(html.escape(x) for x in (hit.date, hit.source) if x)
    parts = [f"<b>{html.escape(hit.title)}</b>"]
    if meta:
        parts.append(f"<br><small>{meta}</small>")
    if hit.note_hits:
        marker = QCoreApplication.translate(
            "SearchModel", "✎ matched in %n note(s)", "", len(hit.note_hits))
        parts.append(f"<br><i>{html.escape(marker)}</i>")
    for snippet in hit.snippets[:2]:
        marked = html.escape(mark_snippet(snippet, _OPEN, _CLOSE))
        marked = marked.replace(_OPEN, "<b><u>").replace(_CLOSE, "</u></b>")
        parts.append(f"<br>{marked}")
    return "".join(parts)


def field_filter(field: str, value: str) -> str:
    """The query-language filter for a facet value (quoted unless it is a plain year)."""
    if field == "year":
        return f"year:{value}"
    return f'{field}:"{value.replace(chr(34), "")}"'


def facet_groups(facets: Facets, labels: dict[str, str]) -> list[Group]:
    """Facets as groups whose items carry ``(field, value)`` payloads."""
    groups: list[Group] = []
    for type_name, values in facets.entities.items():
        try:
            field = ENTITY_FIELDS.get(EntityType(type_name))
        except ValueError:
            continue
        if field is None or not values:
            continue
        groups.append(Group(labels.get(field, field), field,
                            [Item(v, n, (field, v)) for v, n in values]))
    for field, values in (("year", facets.years), ("source", facets.sources),
                          ("tag", facets.tags)):
        if values:
            groups.append(Group(labels.get(field, field), field,
                                [Item(v, n, (field, v)) for v, n in values]))
    return groups


class HitsModel(QAbstractListModel):
    """One page of ranked hits."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._html: list[str] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._html = [hit_html(h) for h in self._hits]
        self.endResetModel()

    def hits(self) -> list[Hit]:
        return list(self._hits)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == HTML_ROLE:
            return self._html[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(x for x in (hit.title, hit.date, hit.source) if x)
        return None
