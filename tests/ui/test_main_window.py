"""The real main window on a real seeded library (SQLite + Whoosh), driven like a user."""

import html
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import QApplication, QHBoxLayout

from desktop_app.models import CorrectionAction, EntityType
from desktop_app.ui.reader import CorrectionRequest

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _open_first(window, qtbot):
    index = window.library.proxy.index(0, 0)
    with qtbot.waitSignal(window.reader.documentOpened, timeout=10_000) as signal:
        qtbot.mouseClick(window.library.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=window.library.table.visualRect(index).center())
    return signal.args[0]


def test_library_lists_the_seeds_and_opens_a_document(window, qtbot):
    assert window.library.proxy.rowCount() == 5
    doc_id = _open_first(window, qtbot)
    assert window.reader.document_id == doc_id
    doc = window.workspace.document(doc_id)
    assert window.reader.text_edit.toPlainText() == doc.clean_text
    # The seeds open with their title: shown once, as the text's heading, not in the header.
    assert doc.clean_text.startswith(doc.title)
    assert doc.title not in window.reader.header.text()
    assert window.reader.text_edit.document().firstBlock().blockFormat().headingLevel() == 1
    extraction = window.workspace.extraction(doc_id)
    assert len(window.reader.entities) == len(extraction.entities) > 0
    groups = window.entities.model.groups()
    assert sum(g.count for g in groups) == len(extraction.entities)


def test_type_a_query_and_open_a_hit(window, qtbot):
    with qtbot.waitSignal(window.search.resultsShown, timeout=15_000) as signal:
        qtbot.keyClicks(window.search.query_edit, "chinh tri")
    results = signal.args[0]
    assert results.total > 0
    assert window.search.hits_model.rowCount() == len(results.hits)
    assert "document" in window.search.status.text()
    hit = results.hits[0]
    index = window.search.hits_model.index(0)
    with qtbot.waitSignal(window.reader.documentOpened, timeout=10_000):
        qtbot.mouseClick(window.search.hits_view.viewport(), Qt.MouseButton.LeftButton,
                         pos=window.search.hits_view.visualRect(index).center())
    assert window.reader.document_id == hit.doc_id
    window.reader.highlighter.flush()
    first = min(hit.matches, key=lambda m: m.start)
    weights = [f.fontWeight() for f in window.reader.highlighter.formats_at(first.start)]
    assert QFont.Weight.Bold in weights  # the matched term is marked
    assert window.reader.text_edit.verticalScrollBar().value() > 0 or first.start < 400


def test_clicking_a_facet_adds_a_field_filter(window, qtbot):
    with qtbot.waitSignal(window.search.resultsShown, timeout=15_000):
        window.search.set_query("bảo vệ")
    model = window.search.facets_model
    year_group = next(i for i in range(model.rowCount())
                      if model.groups()[i].payload == "year")
    value = model.index(0, 0, model.index(year_group, 0))
    year = value.data()
    with qtbot.waitSignal(window.search.resultsShown, timeout=15_000) as signal:
        window.search._facet_activated(value)
    assert f"year:{year}" in window.search.query_edit.text()
    assert signal.args[0].total >= 1


def test_repaired_query_shows_a_hint(window, qtbot):
    with qtbot.waitSignal(window.search.resultsShown, timeout=15_000) as signal:
        window.search.set_query('"bảo vệ')
    results = signal.args[0]
    assert results.repairs  # an unbalanced quote is repaired, not an error
    assert not window.search.repairs.isHidden()
    assert html.escape(results.effective_query) in window.search.repairs.text()
    with qtbot.waitSignal(window.search.resultsShown, timeout=15_000):
        window.search.set_query("bảo vệ")
    assert window.search.repairs.isHidden()


def test_drop_files_to_import(window, qtbot, tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "tin.txt").write_text(
        "Hội nghị tại Đà Nẵng\n\nSáng nay, Bộ Nội vụ tổ chức hội nghị tại Đà Nẵng.",
        encoding="utf-8")
    (folder / "rong.txt").write_bytes(b"")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in sorted(folder.iterdir())])
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)  # as a real drag: enter, then drop
    assert enter.isAccepted()
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.imports.finished, timeout=30_000) as signal:
        QApplication.sendEvent(window, event)
    report = signal.args[0]
    assert len(report.added) == 1
    assert [Path(p).name for p, _ in report.failed] == ["rong.txt"]
    assert window.imports.summary_box is not None  # the failure is explained
    qtbot.waitUntil(lambda: window.library.proxy.rowCount() == 6, timeout=10_000)
    window.imports.summary_box.close()


def test_correct_an_entity_and_undo(window, qtbot):
    doc_id = _open_first(window, qtbot)
    entity = window.reader.entities[0]
    request = CorrectionRequest(CorrectionAction.REMOVE, entity.text, None, doc_id,
                                entity.start, entity.end)
    window.correct_entity(request)
    qtbot.waitUntil(lambda: all((e.start, e.end) != (entity.start, entity.end)
                                for e in window.reader.entities), timeout=20_000)
    qtbot.waitUntil(lambda: window.actions_.undo.isEnabled(), timeout=5_000)
    window.undo()
    qtbot.waitUntil(lambda: any((e.start, e.end) == (entity.start, entity.end)
                                for e in window.reader.entities), timeout=20_000)


def test_entity_panel_cycles_mentions_and_searches_the_library(window, qtbot):
    _open_first(window, qtbot)
    counts = {}
    for e in window.reader.entities:
        counts[(e.type, e.key)] = counts.get((e.type, e.key), 0) + 1
    (etype, key), n = max(counts.items(), key=lambda kv: kv[1])
    window.entities.next_mention(etype, key)
    first = window.reader.selection_cp()
    window.entities.next_mention(etype, key)
    second = window.reader.selection_cp()
    assert n == 1 or first != second
    window.entities.show_library_mentions(etype, key)
    assert window.entities.others_model.rowCount() >= n
    if etype in (EntityType.PERSON, EntityType.ORG, EntityType.LOC, EntityType.LEGAL_DOC):
        with qtbot.waitSignal(window.search.resultsShown, timeout=15_000) as signal:
            window.entities.build_menu(etype, key).actions()[1].trigger()
        assert ":" in window.search.query_edit.text()
        assert signal.args[0].total >= 1


def test_keyboard_navigation(window, qtbot):
    window.activateWindow()
    first = _open_first(window, qtbot)
    order = window.library.visible_ids()
    with qtbot.waitSignal(window.reader.documentOpened, timeout=10_000) as signal:
        window.actions_.next_document.trigger()
    assert signal.args[0] == order[order.index(first) + 1]
    with qtbot.waitSignal(window.reader.documentOpened, timeout=10_000) as signal:
        window.actions_.previous_document.trigger()
    assert signal.args[0] == first
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+K", "Ctrl+F", "Ctrl+I", "Ctrl+=", "Ctrl+-", "Ctrl+0", "Alt+Down"} <= shortcuts
    window.actions_.search.trigger()
    assert window.search.query_edit.hasFocus() or QApplication.focusWidget() is None


def test_margin_slot_sits_right_of_the_reader_text(window):
    slot = window.margin_slot
    assert isinstance(slot.layout(), QHBoxLayout)
    parent_layout = slot.parentWidget().layout()
    assert parent_layout.indexOf(window.reader.text_edit) + 1 == parent_layout.indexOf(slot)


def test_window_and_splitter_state_are_remembered(window, qtbot):
    from desktop_app.ui.main_window import MainWindow

    window.main_split.setSizes([300, 700, 300])
    sizes = window.main_split.sizes()
    window.reader.zoom_in()
    window.save_state()
    again = MainWindow(window.settings)
    qtbot.addWidget(again)
    again.resize(window.size())
    again.show()
    assert again.main_split.sizes() == sizes
    assert again.reader.font_size == window.reader.font_size


def test_library_titles_get_the_room_and_the_search_area_explains_the_syntax(window, qtbot):
    from desktop_app.ui.library_model import LibraryModel
    from desktop_app.ui.library_view import SOURCE_MIN_PANE

    table = window.library.table
    widths = {c: table.columnWidth(c) for c in range(5) if not table.isColumnHidden(c)}
    assert max(widths, key=widths.get) == LibraryModel.TITLE
    assert table.isColumnHidden(LibraryModel.SOURCE) == (window.library.width() < SOURCE_MIN_PANE)
    tip = window.library.proxy.index(0, LibraryModel.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(window.library.proxy.index(0, 0).data())
    sizes = window.main_split.sizes()
    assert 0.25 <= sizes[0] / sum(sizes) <= 0.35
    pane = window.search
    assert pane.hint.isVisible() and not pane.splitter.isVisible()
    assert "person:" in pane.hint.text()
    with qtbot.waitSignal(pane.resultsShown, timeout=15_000):
        pane.set_query("bảo vệ")
    assert pane.splitter.isVisible() and not pane.hint.isVisible()
    pane.set_query("")
    assert pane.hint.isVisible()
