"""Fixtures for the annotation GUI tests: a real library, the real reader, temporary settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from annotation_samples import ASTRAL_TEXT
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop_app.ui.annotations.controller import AnnotationController
from desktop_app.ui.annotations.margin_widget import MarginWidget
from desktop_app.ui.reader import Reader
from desktop_app.workspace import Workspace, open_workspace


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path: Path) -> Iterator[None]:
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    yield


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A library holding two documents of our own (no seeds: fast and fully known)."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "bien-ban.txt").write_text(ASTRAL_TEXT, encoding="utf-8")
    (src / "bao-cao.txt").write_text(
        "Báo cáo tổng kết\n\nĐoạn mở đầu nói về công tác năm qua.\n\nKết quả kiểm tra 12 đơn vị.",
        encoding="utf-8")
    ws = open_workspace(tmp_path / "lib", seed=False)
    report = ws.import_paths([src])
    assert report.ok and len(report.added) == 2
    yield ws
    ws.close()


def doc_id_named(ws: Workspace, file_name: str) -> int:
    return next(d.id for d in ws.documents() if d.file_name == file_name)


class Harness(QWidget):
    """The real reader with the margin in its slot, as the main window arranges them."""

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self.reader = Reader()
        self.controller = AnnotationController(self.reader, self)
        self.margin = MarginWidget(self.controller)
        self.reader.margin_slot.layout().addWidget(self.margin)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reader)
        self.controller.set_workspace(ws)
        self.resize(1000, 700)

    def open(self, doc_id: int) -> None:
        self.reader.open_document(self.ws.document(doc_id), self.ws.extraction(doc_id))


@pytest.fixture
def harness(qtbot, workspace: Workspace) -> Iterator[Harness]:
    h = Harness(workspace)
    qtbot.addWidget(h)
    h.show()
    qtbot.waitExposed(h)
    h.open(doc_id_named(workspace, "bien-ban.txt"))
    yield h
    h.controller.set_workspace(None)
