"""Vietnamese interface by default, English switchable; light/dark palettes; About versions."""

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop_app.paths import resources_dir
from desktop_app.ui.about import versions
from desktop_app.ui.i18n import install_language
from desktop_app.ui.theme import apply_theme, is_dark

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def english():
    yield
    install_language("en")


def test_every_ui_string_is_translated_to_vietnamese():
    tree = ET.parse(resources_dir() / "translations" / "chugiai_vi.ts")
    messages = list(tree.iter("message"))
    assert len(messages) > 100
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") in ("unfinished", "obsolete")]
    assert unfinished == []


def test_every_tr_string_in_the_code_is_in_the_vietnamese_file(tmp_path):
    """lupdate over desktop_app/ui finds every tr()/translate() string; each must be shipped."""
    import subprocess
    import sys
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *map(str, sorted(ui.rglob("*.py"))), "-ts", str(fresh)],
                   check=True, capture_output=True)
    shipped = {(c.findtext("name"), m.findtext("source")): m.find("translation")
               for c in ET.parse(resources_dir() / "translations" / "chugiai_vi.ts").iter("context")
               for m in c.iter("message")}
    found = {(c.findtext("name"), m.findtext("source"))
             for c in ET.parse(fresh).iter("context") for m in c.iter("message")}
    assert len(found) > 150
    missing = sorted(k for k in found if k not in shipped or shipped[k].get("type")
                     or not "".join(shipped[k].itertext()).strip())
    assert missing == []


def test_annotation_ui_is_in_vietnamese(qtbot, english):
    from desktop_app.ui.main_window import MainWindow

    install_language("vi")
    w = MainWindow()
    qtbot.addWidget(w)
    w.finish_startup()
    ui = w.annotations_ui
    assert ui.notes_menu.title() == "&Ghi chú"
    assert (ui.add_note_action.text(), ui.highlight_action.text()) == ("Thêm ghi chú…", "Tô sáng")
    assert ui.margin.count_label.text() == "0 ghi chú"
    assert not ui.add_note_action.icon().isNull() and not ui.highlight_action.icon().isNull()


def test_vietnamese_translator_loads_and_english_switches_back(english):
    assert install_language("vi")
    assert QCoreApplication.translate("MainWindow", "Quit") == "Thoát"
    assert QCoreApplication.translate("EntityType", "Place") == "Địa danh"
    install_language("en")
    assert QCoreApplication.translate("MainWindow", "Quit") == "Quit"


def test_window_is_built_in_the_chosen_language(qtbot, english):
    from desktop_app.ui.main_window import MainWindow

    install_language("vi")
    w = MainWindow()
    qtbot.addWidget(w)
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles[:2] == ["&Tệp", "&Sửa"]
    assert w.reader.legend.boxes
    assert w.search.query_edit.placeholderText().startswith("Tìm")


def test_light_and_dark_palettes():
    assert apply_theme("dark") is True
    assert is_dark(QApplication.instance().palette())
    assert apply_theme("light") is False
    assert not is_dark(QApplication.instance().palette())


def test_about_lists_versions():
    v = versions()
    assert set(v) >= {"Chú Giải", "Python", "Qt", "PySide6", "Whoosh", "python-docx", "pypdf"}
    assert all(value != "—" for value in v.values()), v
    assert v["Qt"].startswith("6.")
