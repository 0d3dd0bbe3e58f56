"""The margin and note editor driven as a user would, against the real reader's geometry."""

from __future__ import annotations

import pytest
from annotation_samples import ASTRAL_TEXT
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCursor

from desktop_app.annotations.margin import NoteBox, layout_notes
from desktop_app.ui.annotations.controller import ACTIVE_HIGHLIGHT
from desktop_app.ui.annotations.margin_widget import (
    COLLAPSED_HEIGHT,
    NOTE_SPACING,
    reading_order,
)

# The offscreen platform cannot resize native windows; that is not a defect of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def u16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def user_selects(harness, start: int, end: int) -> str:
    """Select code points [start, end) with a Qt cursor in UTF-16 units, as the mouse would."""
    text = harness.reader.document.clean_text
    edit = harness.reader.text_edit
    cursor = QTextCursor(edit.document())
    cursor.setPosition(u16(text[:start]))
    cursor.setPosition(u16(text[:end]), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    return cursor.selectedText()


def add_note(qtbot, harness, start: int, end: int, note: str = "", tags=()) -> int:
    user_selects(harness, start, end)
    editor = harness.controller.request_add_note()
    assert editor is not None and editor.isVisible()
    editor.note_edit.setPlainText(note)
    for tag in tags:
        editor.tag_picker.add_tag(tag, None)
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    harness.margin.relayout()
    return harness.controller.selected_id


def expected_layout(harness):
    """What the pure layout gives for the passages' current ``cp_rect`` and the cards' heights."""
    m, reader = harness.margin, harness.reader
    origin = reader.cp_rect(0).top()
    width = m.card_width()
    boxes = []
    for a in harness.controller.annotations:
        card = m.cards[a.id]
        was = card.collapsed
        card.set_collapsed(False)
        height = card.height_for(width)
        card.set_collapsed(was)
        boxes.append(NoteBox(a.id, reader.cp_rect(a.start).top() - origin
                             + reading_order(a.start, len(reader.document.clean_text)), height))
    viewport = reader.text_edit.viewport()
    base = origin + m.canvas.mapFromGlobal(viewport.mapToGlobal(QPoint(0, 0))).y()
    text_bottom = reader.cp_rect(len(reader.document.clean_text) - 1).bottom() - origin
    placed = layout_notes(boxes, spacing=NOTE_SPACING,
                          total_height=max(text_bottom, m.canvas.height() - base),
                          collapsed=frozenset(m.collapsed), collapsed_height=COLLAPSED_HEIGHT,
                          focus=harness.controller.selected_id)
    return {p.annotation_id: (round(p.top + base), round(p.height)) for p in placed}


def assert_margin_matches_reader(harness):
    expected = expected_layout(harness)
    got = {i: (c.geometry().top(), c.geometry().height()) for i, c in harness.margin.cards.items()}
    assert got == expected
    rects = sorted((c.geometry().top(), c.geometry().bottom())
                   for c in harness.margin.cards.values())
    for (_, bottom), (top, _) in zip(rects, rects[1:], strict=False):
        assert top > bottom, "note cards overlap"


def test_note_on_astral_text_stores_the_selected_text(qtbot, harness):
    text = ASTRAL_TEXT
    start = text.index("Nguyễn Văn An 😀 phát biểu về kế hoạch 𝔘")
    end = start + len("Nguyễn Văn An 😀 phát biểu về kế hoạch 𝔘")
    assert text[:start].count("😀") and text[:start].count("𠀋")  # astral before the passage
    selected = user_selects(harness, start, end)
    assert harness.controller.selection == (start, end)
    editor = harness.controller.request_add_note()
    editor.note_edit.setPlainText("Ý kiến **quan trọng**")
    assert "<b>quan trọng</b>" in editor.preview.text() or "<strong>" in editor.preview.text()
    editor.tag_picker.add_tag("phát biểu", "#82e0aa")
    editor.accept()
    (note,) = harness.ws.annotations(harness.reader.document_id)
    assert note.quote == selected == text[start:end]
    assert (note.start, note.end) == (start, end)
    assert note.note == "Ý kiến **quan trọng**" and note.tags == ("phát biểu",)
    assert [t.colour for t in harness.ws.store.annotations.tags()] == ["#82e0aa"]
    harness.margin.relayout()
    card = harness.margin.cards[note.id]
    assert "quan trọng" in card.body.text()
    # The highlight covers exactly the passage, in the note's colour.
    colours = {f.background().color().name() for f in harness.reader.highlighter.formats_at(start)}
    assert QColor("#82e0aa").name() in colours
    assert not any(f.background().color().name() == "#82e0aa"
                   for f in harness.reader.highlighter.formats_at(end))


def test_cards_sit_at_their_passages_and_never_overlap(qtbot, harness):
    text = ASTRAL_TEXT
    first = text.index("Đoạn 3:")
    lone = add_note(qtbot, harness, first, first + 7, "một mình")
    harness.controller.set_selected(None)
    harness.margin.relayout()
    # A lone note is level with its passage, to the pixel.
    card = harness.margin.cards[lone]
    passage_y = harness.reader.text_edit.viewport().mapToGlobal(
        harness.reader.cp_rect(first).topLeft()).y()
    assert card.mapToGlobal(QPoint(0, 0)).y() == passage_y
    # Three notes on one line must stack below each other.
    line = text.index("Đoạn 5:")
    for offset, words in ((0, "Đoạn 5"), (9, "Đồng chí"), (18, "Nguyễn")):
        add_note(qtbot, harness, line + offset, line + offset + len(words),
                 f"ghi chú dài hơn một dòng để thẻ cao hơn {words} " * 3)
    harness.margin.relayout()
    assert_margin_matches_reader(harness)
    same_line = [a for a in harness.controller.annotations if line <= a.start < line + 30]
    tops = [harness.margin.cards[a.id].geometry().top() for a in same_line]
    assert len(tops) == 3 and tops == sorted(tops)  # left-to-right passages, top-to-bottom notes


def test_scrolling_resizing_and_zoom_keep_notes_aligned(qtbot, harness):
    text = ASTRAL_TEXT
    for i in (2, 10, 20, 30):
        start = text.index(f"Đoạn {i}:")
        add_note(qtbot, harness, start, start + 8, f"đoạn {i}", tags=("mốc",))
    harness.controller.set_selected(None)
    harness.margin.relayout()
    assert_margin_matches_reader(harness)
    bar = harness.reader.text_edit.verticalScrollBar()
    before = {i: c.geometry().top() for i, c in harness.margin.cards.items()}
    bar.setValue(bar.value() + 300)
    qtbot.waitUntil(lambda: all(c.geometry().top() == before[i] - 300
                                for i, c in harness.margin.cards.items()))
    assert_margin_matches_reader(harness)
    harness.reader.set_font_size(harness.reader.font_size + 6)
    qtbot.waitUntil(lambda: expected_layout(harness) == {
        i: (c.geometry().top(), c.geometry().height()) for i, c in harness.margin.cards.items()})
    harness.resize(800, 600)
    qtbot.waitUntil(lambda: expected_layout(harness) == {
        i: (c.geometry().top(), c.geometry().height()) for i, c in harness.margin.cards.items()})
    # Coding stripes: one column for the tag, spanning each passage's lines.
    assert {s.tag for s in harness.margin.stripes} == {"mốc"}
    assert {s.column for s in harness.margin.stripes} == {0}


def test_edit_retag_and_delete_from_the_card(qtbot, harness):
    start = ASTRAL_TEXT.index("Văn phòng 𠀋")
    ann_id = add_note(qtbot, harness, start, start + len("Văn phòng 𠀋"), "cũ", tags=("a",))
    card = harness.margin.cards[ann_id]
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    editor = harness.controller.editor
    assert editor is not None and editor.note_edit.toPlainText() == "cũ"
    assert editor.tags() == ("a",)
    editor.note_edit.setPlainText("mới")
    editor.tag_picker.set_checked("a", False)
    editor.tag_picker.add_tag("b", "#123456")
    editor.own_colour.setChecked(True)
    editor.accept()
    (note,) = harness.ws.annotations(harness.reader.document_id)
    assert (note.note, note.tags, note.colour) == ("mới", ("b",), editor.chosen_colour())
    assert "mới" in harness.margin.cards[ann_id].body.text()
    qtbot.mouseClick(harness.margin.cards[ann_id].delete_button, Qt.MouseButton.LeftButton)
    assert harness.ws.annotations(harness.reader.document_id) == []
    assert harness.margin.cards == {}
    assert not any(name.startswith("extra:annotations")
                   for name in harness.reader.highlighter.layer_names())
    # Undo brings the note back with the same id, and the margin follows.
    harness.ws.undo_stack.undo()  # workspace events reach the widgets queued, via the loop
    qtbot.waitUntil(lambda: list(harness.margin.cards) == [ann_id], timeout=5_000)


def test_highlight_only_and_tag_recolour(qtbot, harness):
    start = ASTRAL_TEXT.index("chi bộ 𝔘")
    harness.controller.create_tag("đỏ", "#ff0000")
    user_selects(harness, start, start + len("chi bộ 𝔘"))
    harness.controller.request_add_note(highlight_only=True)
    (note,) = harness.ws.annotations(harness.reader.document_id)
    assert note.note == "" and note.quote == "chi bộ 𝔘"
    harness.controller.update_note(note.id, tags=("đỏ",))
    assert harness.margin.cards[note.id].colour == "#ff0000"
    harness.controller.set_tag_colour("đỏ", "#00aa00")
    assert harness.margin.cards[note.id].colour == "#00aa00"
    assert harness.ws.store.annotations.tags()[0].colour == "#00aa00"


def test_collapse_one_and_all(qtbot, harness):
    text = ASTRAL_TEXT
    ids = [add_note(qtbot, harness, text.index(f"Đoạn {i}:"), text.index(f"Đoạn {i}:") + 6,
                    "nội dung khá dài " * 8) for i in (1, 2)]
    harness.controller.set_selected(None)
    card = harness.margin.cards[ids[0]]
    qtbot.mouseClick(card.collapse_button, Qt.MouseButton.LeftButton)
    assert card.collapsed and not card.body.isVisible()
    assert card.geometry().height() == round(COLLAPSED_HEIGHT)
    assert_margin_matches_reader(harness)
    qtbot.mouseClick(harness.margin.collapse_all_button, Qt.MouseButton.LeftButton)
    assert all(c.collapsed for c in harness.margin.cards.values())
    assert_margin_matches_reader(harness)
    qtbot.mouseClick(harness.margin.collapse_all_button, Qt.MouseButton.LeftButton)
    assert not any(c.collapsed for c in harness.margin.cards.values())
    assert harness.margin.cards[ids[1]].geometry().height() > COLLAPSED_HEIGHT


def test_hovering_links_note_and_passage(qtbot, harness):
    start = ASTRAL_TEXT.index("Đoạn 2:")
    ann_id = add_note(qtbot, harness, start, start + 7, "liên kết")
    harness.controller.set_selected(None)
    card = harness.margin.cards[ann_id]
    card.hovered.emit(ann_id, True)
    assert harness.controller.active_id == ann_id and card.active
    assert ACTIVE_HIGHLIGHT in {n.removeprefix("extra:")
                                for n in harness.reader.highlighter.layer_names()}
    card.hovered.emit(ann_id, False)
    assert harness.controller.active_id is None and not card.active
    # Pointing at the passage in the reader marks the note.
    inside = harness.reader.cp_rect(start + 3).center()
    assert harness.margin.annotation_at_point(inside) == ann_id
    far = harness.reader.cp_rect(ASTRAL_TEXT.index("Đoạn 4:")).center()
    assert harness.margin.annotation_at_point(far) is None
    # Putting the cursor in the passage selects its note.
    user_selects(harness, start + 2, start + 2)
    assert harness.controller.selected_id == ann_id and card.active


def test_orphans_are_listed_and_reattached(qtbot, harness):
    ws, doc_id = harness.ws, harness.reader.document_id
    lost = ws.new_annotation(doc_id, 0, 5, note="mất chỗ")
    ws.store.annotations.save(lost.__class__(**{
        **{f: getattr(lost, f) for f in lost.__slots__}, "quote": "đoạn không còn", "orphaned": True}))
    harness.controller.reload()
    assert harness.margin.orphans_button.isVisibleTo(harness.margin)
    assert [a.note for a in harness.controller.orphans] == ["mất chỗ"]
    assert harness.margin.cards == {}  # an orphan has no place in the margin
    target = ASTRAL_TEXT.index("Đoạn 7:")
    user_selects(harness, target, target + 7)
    harness.margin._fill_orphans_menu()
    (sub,) = [a.menu() for a in harness.margin.orphans_menu.actions() if a.menu()]
    attach = sub.actions()[0]
    assert attach.isEnabled()
    attach.trigger()
    (note,) = ws.annotations(doc_id)
    assert not note.orphaned and note.quote == "Đoạn 7:" and note.start == target
    assert not harness.margin.orphans_button.isVisibleTo(harness.margin)
    assert list(harness.margin.cards) == [note.id]
