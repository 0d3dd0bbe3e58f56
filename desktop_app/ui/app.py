"""Application start-up: QApplication, language, theme, the window — then the library.

The window paints before anything slow happens. The workspace (SQLite, and on a new library
the seed import) opens on a worker after the first paint; Whoosh, python-docx and
python-docx are imported by the core only when first needed.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.ui import settings as settings_mod
from desktop_app.ui.i18n import install_language
from desktop_app.ui.icons import icon
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import Settings
from desktop_app.ui.theme import apply_theme


@dataclass
class LaunchOptions:
    library: str | None = None
    open_id: int | None = None
    query: str | None = None
    screenshot: str | None = None
    dark: bool = False
    lang: str | None = None
    size: tuple[int, int] = (1440, 900)


def _open_workspace(library: str | None) -> Any:
    from desktop_app.workspace import open_workspace

    return open_workspace(library, seed=True)


def ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # The style is chosen on the command line: setStyle() hands back a QStyle wrapper, and
        # creating QStyle's Python enums costs ~15 ms before the first paint.
        app = QApplication([*(argv if argv is not None else sys.argv[:1]), "-style", "Fusion"])
    elif app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    QCoreApplication.setOrganizationName(settings_mod.ORGANISATION)
    QCoreApplication.setApplicationName(settings_mod.APPLICATION)
    QGuiApplication.setApplicationDisplayName("Chú Giải")
    QGuiApplication.setDesktopFileName("chugiai")
    app.setWindowIcon(icon("app"))
    return app


class AppController(QObject):
    """Owns the window and its workspace across language switches and library changes."""

    workspaceFailed = Signal(str)
    screenshotSaved = Signal(str)

    def __init__(self, options: LaunchOptions, settings: Settings | None = None) -> None:
        super().__init__()
        self.options = options
        self.settings = settings or Settings()
        self.window: MainWindow | None = None
        self.theme = "dark" if options.dark else self.settings.theme
        install_language(options.lang or self.settings.language)
        apply_theme(self.theme)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def _scheme_changed(self) -> None:
        if self.settings.theme == "system" and not self.options.dark:
            apply_theme("system")

    def start(self) -> MainWindow:
        self.window = self._new_window()
        self.window.resize(*self.options.size)
        self.window.show()
        # After the first paint: open the library on a worker (even queueing that task imports
        # the workspace package, ~50 ms, which the first paint must not wait for).
        self._initial_opened = False
        self.window.firstPainted.connect(self._open_initial_library)
        QTimer.singleShot(1000, self._open_initial_library)  # a window never painted (minimised)
        return self.window

    def _open_initial_library(self) -> None:
        if not self._initial_opened and self.window is not None:
            self._initial_opened = True
            self.open_library(self.options.library or self.settings.last_library)

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.settings)
        window.languageChangeRequested.connect(self.change_language)
        window.openLibraryRequested.connect(self.open_library)
        return window

    def open_library(self, folder: str | None) -> None:
        window = self.window
        assert window is not None
        old = window.take_workspace() if window.workspace is not None else None
        if old is not None:
            old.close()
        window.work_label.setText(QCoreApplication.translate("MainWindow", "Opening the library…"))
        window.runner.run(_open_workspace, folder, on_done=self._opened,
                          on_failed=self._open_failed)

    def _opened(self, ws: Any) -> None:
        assert self.window is not None
        self.window.set_workspace(ws)

    def _open_failed(self, message: str, _trace: str) -> None:
        self.workspaceFailed.emit(message)
        if self.options.screenshot is None and self.window is not None:
            QMessageBox.critical(self.window, QCoreApplication.translate("MainWindow", "Cannot open the library"), message)

    def change_language(self, lang: str) -> None:
        """Rebuild the window in the new language, keeping the open library and document."""
        old = self.window
        assert old is not None
        doc_id = old.reader.document_id
        old.save_state()
        ws = old.take_workspace()
        install_language(lang)
        self.window = self._new_window()
        self.window.show()
        old.workspace = None
        old.close()
        old.deleteLater()
        if ws is not None:
            self.window.set_workspace(ws)
            if doc_id is not None:
                self.window.open_document(doc_id)


def run_gui(options: LaunchOptions) -> int:
    """Run the app until the window closes (or, with ``screenshot``, until it is saved)."""
    app = ensure_app()
    if options.screenshot:  # pictures must not depend on (or change) the user's window state
        import tempfile

        from PySide6.QtCore import QSettings

        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          tempfile.mkdtemp(prefix="chugiai-shot-"))
    controller = AppController(options)
    window = controller.start()
    if options.screenshot:
        from desktop_app.ui.screenshot import Screenshooter

        shooter = Screenshooter(window, options, controller)
        shooter.done.connect(lambda ok: app.exit(0 if ok else 1))
    code = app.exec()
    if options.screenshot and window is not None:
        window.close()  # background work (a re-extraction after an upgrade) stops before exit
    return code
