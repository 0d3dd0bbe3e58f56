"""The notes browser: its models pass Qt's model checks and its filters find the right notes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.models import Annotation
from desktop_app.ui.annotations.browser import AnnotationsBrowser
from desktop_app.ui.annotations.browser_model import NoteFilter, NoteRow, NotesModel, NotesProxy


def _rows() -> list[NoteRow]:
    def note(i: int, doc: int, quote: str, text: str, tags: tuple[str, ...], author: str,
             orphaned: bool = False) -> Annotation:
        return Annotation(i, doc, i * 10, i * 10 + len(quote), quote, "", "", note=text,
                          tags=tags, author=author, modified=f"2024-01-0{i}T10:00:00",
                          orphaned=orphaned)

    return [
        NoteRow(note(1, 1, "Hà Nội", "thủ đô", ("địa danh",), "Lan"), "Báo cáo A", "#f4d03f"),
        NoteRow(note(2, 1, "Chỉ thị 39", "văn bản gốc", ("văn bản", "địa danh"), "Minh"),
                "Báo cáo A", "#85c1e9"),
        NoteRow(note(3, 2, "Ủy ban", "", (), "Lan", orphaned=True), "Biên bản B", "#82e0aa"),
    ]


def test_models_pass_qt_model_checks(qtmodeltester):
    model = NotesModel()
    model.set_rows(_rows())
    qtmodeltester.check(model)
    proxy = NotesProxy()
    proxy.setSourceModel(model)
    proxy.sort(NotesModel.DOCUMENT, Qt.SortOrder.DescendingOrder)
    proxy.set_note_filter(NoteFilter(text="lan"))
    qtmodeltester.check(proxy)
    empty = NotesModel()
    qtmodeltester.check(empty)


def test_filters_by_text_tag_document_author_and_orphans():
    rows = _rows()

    def ids(f: NoteFilter) -> list[int]:
        return [r.annotation.id for r in rows if f.matches(r)]

    assert ids(NoteFilter()) == [1, 2, 3]
    assert ids(NoteFilter(text="ha noi")) == [1]  # accents folded like search does
    assert ids(NoteFilter(text="VĂN bản")) == [2]
    assert ids(NoteFilter(text="bien ban")) == [3]  # document titles are searched too
    assert ids(NoteFilter(tag="địa danh")) == [1, 2]
    assert ids(NoteFilter(document_id=2)) == [3]
    assert ids(NoteFilter(author="Lan")) == [1, 3]
    assert ids(NoteFilter(orphans_only=True)) == [3]
    assert ids(NoteFilter(text="thủ đô", author="Minh")) == []


def test_browser_lists_library_notes_and_jumps(qtbot, workspace):
    docs = {d.file_name: d.id for d in workspace.documents()}
    a = workspace.create_annotation(workspace.new_annotation(
        docs["bao-cao.txt"], 0, 8, note="mở đầu", tags=("khung",), author="Lan"))
    workspace.create_annotation(workspace.new_annotation(
        docs["bien-ban.txt"], 0, 8, note="biên bản", author="Minh"))
    browser = AnnotationsBrowser()
    qtbot.addWidget(browser)
    browser.reload(workspace)
    assert browser.model.rowCount() == 2
    assert [browser.tag_filter.itemData(i) for i in range(browser.tag_filter.count())] == [
        None, "khung"]
    browser.tag_filter.setCurrentIndex(1)
    assert [n.id for n in browser.visible_annotations()] == [a.id]
    assert browser.count_label.text() == "1 of 2 notes"
    browser.tag_filter.setCurrentIndex(0)
    browser.text_filter.setText("bien ban")
    qtbot.waitUntil(lambda: browser.proxy.rowCount() == 1)
    browser.text_filter.clear()
    browser.author_filter.setCurrentIndex(browser.author_filter.findData("Lan"))
    with qtbot.waitSignal(browser.jumpRequested) as jumped:
        browser.activate_row(0)
    assert jumped.args == [a.document_id, a.start, a.end]
