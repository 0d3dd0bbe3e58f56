"""The entity panel: a document's entities by type with counts, roles and legal references;
rows jump to their mentions (cycling), search the library for them, or correct them."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models import Entity, EntityType, Extraction
from desktop_app.ui.entity_model import PAYLOAD_ROLE, Group, GroupedModel, Item, RowsModel
from desktop_app.ui.legend import swatch
from desktop_app.ui.reader_menu import CorrectionRequest, add_entity_actions
from desktop_app.ui.search_model import ENTITY_FIELDS, field_filter
from desktop_app.ui.theme import entity_colour, is_dark, type_label

# (type, key) -> list of (document_id, start, end, text) across the library
MentionsFn = Callable[[EntityType, str], list[tuple[int, int, int, str]]]


def library_query(entity_type: EntityType, key: str) -> str:
    """The search for documents mentioning an entity: a field filter where one exists."""
    field = ENTITY_FIELDS.get(entity_type)
    return field_filter(field, key) if field else f'"{key.replace(chr(34), "")}"'


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


class EntityPanel(QWidget):
    mentionRequested = Signal(int, int)  # start, end in the open document
    openMentionRequested = Signal(int, int, int)  # document id, start, end
    searchRequested = Signal(str)  # a query
    correctionRequested = Signal(object)  # CorrectionRequest

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document_id: int | None = None
        self.mentions_fn: MentionsFn | None = None
        self.titles: dict[int, str] = {}
        self._entities: dict[tuple[EntityType, str], list[Entity]] = {}
        self._cycle: dict[tuple[EntityType, str], int] = {}

        self.model = GroupedModel([self.tr("Entity"), self.tr("Mentions")], self)
        self.tree = QTreeView()
        self.tree.setObjectName("entityTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)

        self.roles_model = RowsModel([self.tr("Person"), self.tr("Title"),
                                      self.tr("Organisation")], self)
        self.roles_view = _table(self.roles_model)
        self.legal_model = RowsModel([self.tr("Document"), self.tr("Date"), self.tr("Issuer")],
                                     self)
        self.legal_view = _table(self.legal_model)
        self.legal_view.activated.connect(self._legal_activated)
        self.legal_view.clicked.connect(self._legal_activated)
        self.others_label = QLabel(self.tr("Select an entity to see where else it is mentioned"))
        self.others_label.setWordWrap(True)
        self.others_model = RowsModel([self.tr("Document"), self.tr("Text")], self)
        self.others_view = _table(self.others_model)
        self.others_view.activated.connect(self._other_activated)
        self.others_view.clicked.connect(self._other_activated)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("entitySplit")
        for title, widget in ((self.tr("Entities in this document"), self.tree),
                              (self.tr("Roles"), self.roles_view),
                              (self.tr("Legal references"), self.legal_view),
                              (None, self.others_view)):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 4, 0, 0)
            box_layout.setSpacing(2)
            label = QLabel(f"<b>{title}</b>") if title else self.others_label
            box_layout.addWidget(label)
            box_layout.addWidget(widget, 1)
            split.addWidget(box)
        split.setSizes([420, 110, 150, 200])
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)

    def set_extraction(self, document_id: int | None, extraction: Extraction) -> None:
        self.document_id = document_id
        grouped: dict[tuple[EntityType, str], list[Entity]] = defaultdict(list)
        for e in sorted(extraction.entities, key=lambda e: e.start):
            grouped[(e.type, e.key)].append(e)
        self._entities = dict(grouped)
        self._cycle = {}
        dark = is_dark(self.palette())
        per_type: dict[EntityType, Counter[str]] = defaultdict(Counter)
        for (t, key), mentions in grouped.items():
            per_type[t][key] = len(mentions)
        groups = []
        for t in EntityType:
            if t not in per_type:
                continue
            items = [Item(key, n, (t, key), f"{type_label(t)}: {key}")
                     for key, n in sorted(per_type[t].items(), key=lambda kv: (-kv[1], kv[0]))]
            groups.append(Group(type_label(t), t, items, swatch(entity_colour(t, dark))))
        self.model.set_groups(groups)
        self.tree.expandAll()
        self.roles_model.set_rows([((r.person, r.title, r.organisation or ""), r)
                                   for r in extraction.roles])
        self.legal_model.set_rows([((ref.key, ref.date or "", ref.issuer or ""),
                                    (ref.start, ref.end)) for ref in extraction.legal_refs])
        self.others_model.set_rows([])

    def mentions_in_document(self, entity_type: EntityType, key: str) -> list[Entity]:
        return list(self._entities.get((entity_type, key), []))

    def select_entity(self, entity_type: EntityType, key: str) -> None:
        """Select the row of an entity (e.g. clicked in the reader) and list its mentions."""
        for gi, group in enumerate(self.model.groups()):
            if group.payload != entity_type:
                continue
            for ii, item in enumerate(group.items):
                if item.payload == (entity_type, key):
                    index = self.model.index(ii, 0, self.model.index(gi, 0))
                    self.tree.setCurrentIndex(index)
                    self.tree.scrollTo(index)
        self.show_library_mentions(entity_type, key)

    def show_library_mentions(self, entity_type: EntityType, key: str) -> None:
        mentions = self.mentions_fn(entity_type, key) if self.mentions_fn else []
        docs = {m[0] for m in mentions}
        self.others_label.setText(self.tr("“%1” in the library: %2 mention(s) in %3 document(s)")
                                  .replace("%1", key).replace("%2", str(len(mentions)))
                                  .replace("%3", str(len(docs))))
        rows = []
        for doc_id, start, end, text in mentions:
            title = self.titles.get(doc_id, f"#{doc_id}")
            if doc_id == self.document_id:
                title = "▸ " + title
            rows.append(((title, text), (doc_id, start, end)))
        self.others_model.set_rows(rows)

    def _activated(self, index: QModelIndex) -> None:
        payload = index.data(PAYLOAD_ROLE)
        if isinstance(payload, tuple):
            self.next_mention(*payload)
            self.show_library_mentions(*payload)

    def next_mention(self, entity_type: EntityType, key: str) -> None:
        """Jump to the next mention of the entity in the open document, cycling."""
        mentions = self._entities.get((entity_type, key), [])
        if not mentions:
            return
        i = self._cycle.get((entity_type, key), -1) + 1
        i %= len(mentions)
        self._cycle[(entity_type, key)] = i
        self.mentionRequested.emit(mentions[i].start, mentions[i].end)

    def _legal_activated(self, index: QModelIndex) -> None:
        span = index.data(PAYLOAD_ROLE)
        if isinstance(span, tuple):
            self.mentionRequested.emit(*span)

    def _other_activated(self, index: QModelIndex) -> None:
        where = index.data(PAYLOAD_ROLE)
        if isinstance(where, tuple):
            self.openMentionRequested.emit(*where)

    def request_correction(self, request: CorrectionRequest) -> None:
        self.correctionRequested.emit(request)

    def build_menu(self, entity_type: EntityType, key: str) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Next mention"), lambda: self.next_mention(entity_type, key))
        menu.addAction(self.tr("Documents mentioning this"),
                       lambda: self.searchRequested.emit(library_query(entity_type, key)))
        mentions = self._entities.get((entity_type, key), [])
        if mentions and self.document_id is not None:
            first = mentions[0]
            add_entity_actions(menu, self, first, "", first.start, first.start,
                               self.document_id, bind_span=False)
        return menu

    def _tree_menu(self, pos: QPoint) -> None:
        payload = self.tree.indexAt(pos).data(PAYLOAD_ROLE)
        if isinstance(payload, tuple):
            menu = self.build_menu(*payload)
            menu.exec(self.tree.viewport().mapToGlobal(pos))
            menu.deleteLater()
