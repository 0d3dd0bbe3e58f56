"""The reader widget on its own: highlights, legend toggles, find, offsets past emoji, menus."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QToolTip

from desktop_app.models import (
    CorrectionAction,
    Document,
    Entity,
    EntityType,
    Extraction,
    RemovedBlock,
)
from desktop_app.ui.reader import Reader
from desktop_app.ui.theme import type_label

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TEXT = ("😀 Thủ tướng Phạm Minh Chính đến Hà Nội.\n\n"
        "Ông Nguyễn Văn A làm việc tại Bộ Tài chính ở Hà Nội và hoà bình.")


def _entity(text, t, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return Entity(start, start + len(text), t, text, text)


ENTITIES = (_entity("Phạm Minh Chính", EntityType.PERSON), _entity("Hà Nội", EntityType.LOC),
            _entity("Nguyễn Văn A", EntityType.PERSON), _entity("Bộ Tài chính", EntityType.ORG),
            _entity("Hà Nội", EntityType.LOC, 1))


def _doc():
    return Document(1, "h", "a.txt", "/tmp/a.txt", "txt", "utf-8", "Tiêu đề", "2023-01-02",
                    "VnExpress", "PV", None, "", TEXT, TEXT, (RemovedBlock("Hotline 1900", "hotline"),))


@pytest.fixture
def reader(qtbot):
    r = Reader()
    qtbot.addWidget(r)
    r.resize(800, 500)
    r.show()
    r.open_document(_doc(), Extraction(ENTITIES))
    r.highlighter.flush()
    return r


def _backgrounds(reader, cp):
    return [f.background().color().name() for f in reader.highlighter.formats_at(cp)
            if f.background().style() != Qt.BrushStyle.NoBrush]


def test_entities_highlighted_at_code_point_offsets_after_an_emoji(reader):
    person = ENTITIES[0]
    expected = reader.entity_format(EntityType.PERSON).background().color().name()
    assert _backgrounds(reader, person.start) == [expected]
    assert _backgrounds(reader, person.end - 1) == [expected]
    assert _backgrounds(reader, person.end) == []  # the space after it
    assert _backgrounds(reader, person.start - 1) == []
    # Selecting by code points selects exactly that text in Qt's UTF-16 world.
    reader.select_cp(person.start, person.end)
    assert reader.text_edit.textCursor().selectedText() == "Phạm Minh Chính"
    assert reader.selection_cp() == (person.start, person.end)


def test_legend_toggles_a_type_off_and_on(reader, qtbot):
    loc = ENTITIES[1]
    assert _backgrounds(reader, loc.start)
    with qtbot.waitSignal(reader.hiddenTypesChanged):
        reader.legend.boxes[EntityType.LOC].setChecked(False)
    reader.highlighter.flush()
    assert _backgrounds(reader, loc.start) == []
    assert _backgrounds(reader, ENTITIES[0].start)  # people still shown
    assert reader.entity_at(loc.start) is None
    reader.legend.boxes[EntityType.LOC].setChecked(True)
    reader.highlighter.flush()
    assert _backgrounds(reader, loc.start)
    assert reader.entity_at(loc.start + 1) == loc


def test_find_without_accents_matches_every_variant(reader, qtbot):
    reader.show_find()
    qtbot.keyClicks(reader.find_bar.edit, "ha noi")
    qtbot.waitUntil(lambda: len(reader.find_spans()) == 2)
    assert [TEXT[s:e] for s, e in reader.find_spans()] == ["Hà Nội", "Hà Nội"]
    assert reader.text_edit.textCursor().selectedText() == "Hà Nội"
    qtbot.keyClick(reader.find_bar.edit, Qt.Key.Key_Return)
    assert reader.selection_cp() == reader.find_spans()[1]
    assert reader.find_bar.status.text() == "2 of 2"
    reader.find_bar.edit.setText("hòa bình")  # accented: compared by search key (hoà == hòa)
    qtbot.waitUntil(lambda: len(reader.find_spans()) == 1)
    assert TEXT[slice(*reader.find_spans()[0])] == "hoà bình"


def test_extra_highlights_layer_over_entities(reader):
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setBackground(QColor("#123456"))
    person = ENTITIES[0]
    reader.set_extra_highlights("notes", [(person.start, person.start + 4)], fmt)
    reader.highlighter.flush()
    assert _backgrounds(reader, person.start)[-1] == "#123456"
    reader.set_extra_highlights("notes", [], fmt)
    reader.highlighter.flush()
    assert "#123456" not in _backgrounds(reader, person.start)


def test_context_menu_offers_corrections(reader, qtbot):
    person = ENTITIES[0]
    seen = []
    reader.context_menu_providers.append(lambda menu, s, e: seen.append((s, e)))
    menu = reader.build_context_menu(person.start + 2, person.start + 2)
    titles = [a.text() for a in menu.actions()]
    assert "Change type" in titles and "Not an entity" in titles
    assert seen == [(person.start + 2, person.start + 2)]
    action = next(a for a in menu.actions() if a.text() == "Not an entity")
    with qtbot.waitSignal(reader.correctionRequested) as signal:
        action.trigger()
    request = signal.args[0]
    assert (request.action, request.text, request.document_id) == (
        CorrectionAction.REMOVE, "Phạm Minh Chính", 1)
    assert (request.start, request.end) == (person.start, person.end)
    # A selection that is not an entity can be marked as one, here or everywhere.
    start = TEXT.index("Thủ tướng")
    menu = reader.build_context_menu(start, start + len("Thủ tướng "))
    mark = next(a.menu() for a in menu.actions() if a.text() == "Mark as entity")
    title_action = next(a for a in mark.actions() if a.text() == "Title")
    with qtbot.waitSignal(reader.correctionRequested) as signal:
        title_action.trigger()
    request = signal.args[0]
    assert (request.action, request.text, request.entity_type) == (
        CorrectionAction.ADD, "Thủ tướng", EntityType.TITLE)
    assert (request.start, request.end) == (start, start + len("Thủ tướng"))


def test_click_on_entity_activates_it(reader, qtbot):
    org = ENTITIES[3]
    rect = reader.cp_rect(org.start + 2)
    with qtbot.waitSignal(reader.entityActivated) as signal:
        qtbot.mouseClick(reader.text_edit.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert signal.args[0] == org


@pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")  # offscreen tooltip
def test_hovering_an_entity_shows_its_type_and_key(reader, qtbot):
    org = ENTITIES[3]
    rect = reader.cp_rect(org.start + 2)
    viewport = reader.text_edit.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), viewport.mapToGlobal(rect.center()))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == f"{type_label(org.type)}: {org.key}"


def test_zoom_shortcuts_and_furniture(reader, qtbot):
    size = reader.font_size
    reader.zoom_in()
    assert reader.font_size == size + 1
    assert reader.text_edit.font().pointSize() == size + 1
    reader.zoom_reset()
    assert reader.font_size == size
    assert reader.furniture_button.isVisible()
    reader.furniture_button.click()
    assert reader.furniture_view.isVisible()
    assert "Hotline 1900" in reader.furniture_view.toPlainText()


def test_cp_rect_moves_down_the_page(reader):
    first = reader.cp_rect(0)
    later = reader.cp_rect(TEXT.index("Ông"))
    assert later.top() > first.top()


def test_title_opening_the_text_is_shown_once_as_a_heading(qtbot):
    from dataclasses import replace

    text = "Tiêu đề 😀 của bài\n\n" + TEXT
    doc = replace(_doc(), title="Tiêu đề 😀 của bài", raw_text=text, clean_text=text)
    r = Reader()
    qtbot.addWidget(r)
    r.open_document(doc, Extraction(()))
    assert "Tiêu đề 😀 của bài" not in r.header.text()
    assert "VnExpress" in r.header.text()
    first = r.text_edit.document().firstBlock()
    assert first.text() == "Tiêu đề 😀 của bài" and first.blockFormat().headingLevel() == 1
    assert r.text_edit.toPlainText() == text  # formats only: offsets unchanged
    size = first.charFormat().fontPointSize() or first.begin().fragment().charFormat().fontPointSize()
    r.zoom_in()
    first = r.text_edit.document().firstBlock()
    assert first.begin().fragment().charFormat().fontPointSize() > size
    assert first.next().blockFormat().headingLevel() == 0


def test_title_not_in_the_text_stays_in_the_header(reader):
    assert "Tiêu đề" in reader.header.text()
    assert reader.text_edit.document().firstBlock().blockFormat().headingLevel() == 0
