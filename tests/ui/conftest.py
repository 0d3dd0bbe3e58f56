"""GUI test fixtures: temporary QSettings, a seeded temporary library, a real main window."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

_counter = itertools.count()


@pytest.fixture(autouse=True)
def temp_settings(tmp_path: Path, qapp) -> Iterator[Path]:
    """Every test gets its own QSettings file and never touches the user's."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName(f"ChuGiaiTest{next(_counter)}")
    yield folder


@pytest.fixture
def workspace(tmp_path: Path):
    from desktop_app.workspace import open_workspace

    ws = open_workspace(tmp_path / "library", seed=True)
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot, workspace):
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import Settings

    w = MainWindow(Settings())
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    with qtbot.waitSignal(w.libraryRefreshed, timeout=10_000):
        w.set_workspace(workspace)
    yield w
    w.runner.shutdown()
    w.bridge.detach()
    w.workspace = None  # the fixture closes it
