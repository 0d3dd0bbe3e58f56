"""The search pane: search as you type (debounced, in a worker, stale results dropped),
ranked hits with highlighted snippets, facets that add field filters, and repair hints."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStyledItemDelegate,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.entity_model import PAYLOAD_ROLE, GroupedModel
from desktop_app.ui.search_model import HIT_ROLE, HTML_ROLE, HitsModel, facet_groups, field_filter
from desktop_app.ui.workers import Latest, Runner

if TYPE_CHECKING:  # desktop_app.search loads Whoosh; the window paints before that
    from PySide6.QtWidgets import QStyleOptionViewItem

    from desktop_app.search import SearchResults

DEBOUNCE_MS = 200


class HtmlDelegate(QStyledItemDelegate):
    """Paints a model's HTML_ROLE (snippets with bold matches) in a list view."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                  ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(6)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(option.rect.width(), 120))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        # QStyle's enums cost ~15 ms to create; import it when the first hit is painted,
        # not before the window's first paint.
        from PySide6.QtWidgets import QStyle

        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        doc = self._document(option, index)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.initStyleOption(option, index)
        width = option.widget.viewport().width() if isinstance(option.widget, QListView) else 300
        option.rect.setWidth(width)
        doc = self._document(option, index)
        return QSize(width, int(doc.size().height()) + 2)


class SearchPane(QWidget):
    hitActivated = Signal(object, str)  # Hit, query
    resultsShown = Signal(object)  # SearchResults (after the models were updated)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search_fn: Callable[[str], SearchResults] | None = None
        # One long-lived search thread: the index keeps a searcher per thread, and a warm one
        # answers several times faster than a fresh one on a pool thread seen for the first time.
        self._latest = Latest(runner.child(max_threads=1, keep_threads=True), self._run)
        self._latest.result.connect(self._show)
        self._latest.failed.connect(self._failed)
        self.results: SearchResults | None = None

        self.query_edit = QLineEdit()
        self.query_edit.setObjectName("searchQuery")
        self.query_edit.setPlaceholderText(self.tr("Search the library (Ctrl+K)"))
        self.query_edit.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.repairs = QLabel()
        self.repairs.setObjectName("searchRepairs")
        self.repairs.setWordWrap(True)
        self.repairs.hide()

        self.hits_model = HitsModel(self)
        self.hits_view = QListView()
        self.hits_view.setModel(self.hits_model)
        self.hits_view.setItemDelegate(HtmlDelegate(self.hits_view))
        self.hits_view.setWordWrap(True)
        self.hits_view.setUniformItemSizes(False)
        self.hits_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.hits_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.hits_view.activated.connect(self._hit_activated)
        self.hits_view.clicked.connect(self._hit_activated)

        self.facet_labels = {"person": self.tr("People"), "org": self.tr("Organisations"),
                             "loc": self.tr("Places"), "doc": self.tr("Legal documents"),
                             "year": self.tr("Year"), "source": self.tr("Source"),
                             "tag": self.tr("Tags")}
        self.facets_model = GroupedModel([self.tr("Narrow by"), self.tr("Hits")], self)
        self.facets_view = QTreeView()
        self.facets_view.setModel(self.facets_model)
        self.facets_view.setUniformRowHeights(True)
        self.facets_view.header().setStretchLastSection(False)
        self.facets_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.facets_view.setToolTip(self.tr("Click a value to add it to the query"))
        self.facets_view.activated.connect(self._facet_activated)
        self.facets_view.clicked.connect(self._facet_activated)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("searchSplit")
        split.addWidget(self.hits_view)
        split.addWidget(self.facets_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.splitter = split

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.repairs)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self.hint = QLabel(self._hint_html())
        self.hint.setObjectName("searchHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hint.setContentsMargins(4, 2, 4, 4)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.hint, 1)
        self._show_hint(True)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self.query_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.query_edit.returnPressed.connect(self.search_now)

    def _hint_html(self) -> str:
        """The query syntax in a few lines, where the results will appear."""
        rows = [
            (self.tr("Type to search every document; accents are optional:"),
             "bao ve → bảo vệ"),
            (self.tr("Exact phrase:"), '"chính trị nội bộ"'),
            (self.tr("Either word, or leave a word out:"), 'Huế OR "Hà Nội" · -"thể thao"'),
            (self.tr("Beginning of a word:"), "kiểm*"),
            (self.tr("People, organisations, places, legal documents:"),
             'person:"Hồ Chí Minh" org:… loc:… doc:…'),
            (self.tr("Year, date range, source, tag:"),
             'year:2022 · date:2023-01..2023-06 · source:"…" · tag:"…"'),
        ]
        items = "".join(f"<li>{html.escape(label)}<br><code>{html.escape(example)}</code></li>"
                        for label, example in rows)
        return f"<ul style='margin-left:-20px'>{items}</ul>"

    def _show_hint(self, on: bool) -> None:
        self.hint.setVisible(on)
        self.splitter.setVisible(not on)

    def set_search_function(self, fn: Callable[[str], SearchResults] | None) -> None:
        """Where queries go (``ws.search``); None while no library is open."""
        self._search_fn = fn
        if fn is not None and self.query_edit.text().strip():
            self.search_now()

    def _run(self, query: str) -> SearchResults | None:
        fn = self._search_fn
        return fn(query) if fn is not None else None

    def set_query(self, query: str) -> None:
        self.query_edit.setText(query)
        self.search_now()

    def add_filter(self, field: str, value: str) -> None:
        """Append ``field:"value"`` to the query (clicking a facet or "documents mentioning")."""
        clause = field_filter(field, value)
        current = self.query_edit.text().strip()
        if clause not in current:
            self.set_query(f"{current} {clause}".strip())

    def search_now(self) -> None:
        self._debounce.stop()
        query = self.query_edit.text().strip()
        if not query:
            self.results = None
            self.hits_model.set_hits([])
            self.facets_model.set_groups([])
            self.status.setText("")
            self.repairs.hide()
            self._show_hint(True)
            return
        if self._search_fn is None:
            self.status.setText(self.tr("Opening the library…"))
            return
        self.status.setText(self.tr("Searching…"))
        self._latest.request(query)

    def _show(self, query: str, results: SearchResults | None) -> None:
        if results is None or query != self.query_edit.text().strip():
            return  # typed on since; the newer query's results are coming
        self.results = results
        self._show_hint(False)
        self.hits_model.set_hits(list(results.hits))
        self.facets_model.set_groups(facet_groups(results.facets, self.facet_labels))
        self.facets_view.expandAll()
        self.facets_view.resizeColumnToContents(1)
        self.status.setText(self.tr("%n document(s) found", "", results.total))
        if results.repairs:
            text = "; ".join(results.repairs)
            searched = self.tr("Searched for: %1").replace("%1", results.effective_query)
            self.repairs.setText(f"<i>{html.escape(text)}</i><br>{html.escape(searched)}")
            self.repairs.show()
        else:
            self.repairs.hide()
        self.resultsShown.emit(results)

    def _failed(self, _query: str, message: str) -> None:
        self.status.setText(self.tr("Search failed: %1").replace("%1", message))

    def _hit_activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.hitActivated.emit(hit, self.query_edit.text().strip())

    def _facet_activated(self, index: QModelIndex) -> None:
        payload = index.data(PAYLOAD_ROLE)
        if isinstance(payload, tuple):
            self.add_filter(*payload)

    def focus_query(self) -> None:
        self.query_edit.setFocus()
        self.query_edit.selectAll()
