"""The About box, with the versions a bug report needs."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app import __version__


def _dist_version(name: str) -> str:
    from importlib import metadata  # ~30 ms: only when the About box opens

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "—"


def versions() -> dict[str, str]:
    """Versions of the app and what it runs on (read from metadata: nothing is imported)."""
    return {
        "Chú Giải": __version__,
        "Python": platform.python_version(),
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "Whoosh": _dist_version("whoosh-reloaded"),
        "python-docx": _dist_version("python-docx"),
        "lxml": _dist_version("lxml"),
        "pypdf": _dist_version("pypdf"),
        "RapidFuzz": _dist_version("rapidfuzz"),
    }


def about_html() -> str:
    rows = "".join(f"<tr><td>{k}</td><td>&nbsp;&nbsp;{v}</td></tr>" for k, v in versions().items())
    blurb = QCoreApplication.translate(
        "About", "An offline reader for Vietnamese documents: library, search, entities and "
        "notes. Nothing leaves your computer.")
    return f"<h3>Chú Giải {__version__}</h3><p>{blurb}</p><table>{rows}</table>"


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About Chú Giải"))
    box.setText(about_html())
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.open()
    return box
