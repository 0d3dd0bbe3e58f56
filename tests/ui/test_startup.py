"""Start-up order: the window paints before the entity panel and notes UI are built, and the
notes dock keeps its place because dock state is restored only once every dock exists."""

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_deferred_parts_are_installed_after_the_first_paint(qtbot):
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    assert w.entities is None and not hasattr(w, "annotations_ui")
    with qtbot.waitSignal(w.startupFinished, timeout=5_000):
        w.show()
    assert w.entities is not None and w.entities.parent() is w.entity_slot
    assert w.margin_slot.layout().indexOf(w.annotations_ui.margin) >= 0
    w.close()


def test_notes_dock_position_is_remembered(qtbot):
    first = MainWindow(Settings())
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.startupFinished, timeout=5_000):
        first.show()
    dock = first.annotations_ui.dock
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    dock.show()
    first.close()  # saves the state

    again = MainWindow(Settings())
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.startupFinished, timeout=5_000):
        again.show()
    dock = again.annotations_ui.dock
    assert again.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert dock.isVisible()
    again.close()
