"""The main window's actions, menus and toolbar, with their shortcuts, in one table-like place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from desktop_app.ui.i18n import LANGUAGES
from desktop_app.ui.icons import icon

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class Actions:
    """Every QAction of the window, created once and shared by menus, toolbar and tests."""

    def __init__(self, w: MainWindow) -> None:
        tr = w.tr
        SK = QKeySequence.StandardKey

        def act(text: str, slot: object, shortcut: object = None, icon_name: str | None = None,
                checkable: bool = False) -> QAction:
            a = QAction(text, w)
            if icon_name:
                a.setIcon(icon(icon_name))
            if shortcut is not None:
                if isinstance(shortcut, list):
                    a.setShortcuts([QKeySequence(s) for s in shortcut])
                else:
                    a.setShortcut(QKeySequence(shortcut))
            a.setCheckable(checkable)
            a.triggered.connect(slot)
            w.addAction(a)  # shortcuts work even when a menu bar is hidden
            return a

        # File
        self.open_library = act(tr("Open library…"), w.choose_library, SK.Open, "library")
        self.import_files = act(tr("Import files…"), w.imports.choose_files, "Ctrl+I", "import")
        self.import_folder = act(tr("Import folder…"), w.imports.choose_folder, "Ctrl+Shift+I",
                                 "folder")
        self.export_report = act(tr("Export report…"), w.export_report, "Ctrl+E", "export")
        self.quit = act(tr("Quit"), w.close, SK.Quit)
        # Edit
        self.undo = act(tr("Undo"), w.undo, SK.Undo)
        self.redo = act(tr("Redo"), w.redo, SK.Redo)
        self.find = act(tr("Find in document…"), w.reader.show_find, SK.Find, "find")
        self.search = act(tr("Search the library"), w.search.focus_query, ["Ctrl+K", "Ctrl+L"],
                          "search")
        self.filter_library = act(tr("Filter the library"), w.focus_library_filter,
                                  "Ctrl+Shift+F")
        # View
        self.zoom_in = act(tr("Larger text"), w.reader.zoom_in, ["Ctrl+=", "Ctrl++"], "zoom-in")
        self.zoom_out = act(tr("Smaller text"), w.reader.zoom_out, "Ctrl+-", "zoom-out")
        self.zoom_reset = act(tr("Actual size"), w.reader.zoom_reset, "Ctrl+0")
        self.toggle_left = act(tr("Library and search"), w.toggle_left, "Ctrl+1", checkable=True)
        self.toggle_entities = act(tr("Entity panel"), w.toggle_entities, "Ctrl+2",
                                   "entities", checkable=True)
        self.toggle_furniture = act(tr("Removed page furniture"),
                                    w.reader.furniture_button.toggle, "Ctrl+3", checkable=True)
        w.reader.furniture_button.toggled.connect(self.toggle_furniture.setChecked)
        self.theme_group = QActionGroup(w)
        self.themes = {}
        for key, label in (("system", tr("Follow the system")), ("light", tr("Light")),
                           ("dark", tr("Dark"))):
            a = act(label, lambda _c=False, k=key: w.set_theme(k), checkable=True)
            self.theme_group.addAction(a)
            self.themes[key] = a
        self.language_group = QActionGroup(w)
        self.languages = {}
        for key, label in LANGUAGES.items():
            a = act(label, lambda _c=False, k=key: w.set_language(k), checkable=True)
            self.language_group.addAction(a)
            self.languages[key] = a
        # Document
        self.previous_document = act(tr("Previous document"), lambda: w.step_document(-1),
                                     ["Alt+Up", "Ctrl+PgUp"], "previous")
        self.next_document = act(tr("Next document"), lambda: w.step_document(1),
                                 ["Alt+Down", "Ctrl+PgDown"], "next")
        self.remove_documents = act(tr("Remove from library…"), w.remove_selected, SK.Delete)
        self.remove_documents.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        w.library.table.addAction(self.remove_documents)
        self.reextract = act(tr("Extract entities again"), w.reextract_current)
        # Help
        self.about = act(tr("About Chú Giải"), w.about)

    def build_menus(self, w: MainWindow) -> None:
        bar = w.menuBar()
        file_menu = bar.addMenu(w.tr("&File"))
        file_menu.addAction(self.open_library)
        self.recent_menu = QMenu(w.tr("Recent libraries"), w)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        for a in (self.import_files, self.import_folder, self.export_report):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit = bar.addMenu(w.tr("&Edit"))
        for a in (self.undo, self.redo):
            edit.addAction(a)
        edit.addSeparator()
        for a in (self.find, self.search, self.filter_library):
            edit.addAction(a)
        view = bar.addMenu(w.tr("&View"))
        for a in (self.toggle_left, self.toggle_entities, self.toggle_furniture):
            view.addAction(a)
        view.addSeparator()
        for a in (self.zoom_in, self.zoom_out, self.zoom_reset):
            view.addAction(a)
        view.addSeparator()
        theme = view.addMenu(w.tr("Theme"))
        for a in self.themes.values():
            theme.addAction(a)
        language = view.addMenu(w.tr("Language"))
        for a in self.languages.values():
            language.addAction(a)
        document = bar.addMenu(w.tr("&Document"))
        for a in (self.previous_document, self.next_document):
            document.addAction(a)
        document.addSeparator()
        document.addAction(self.reextract)
        document.addAction(self.remove_documents)
        help_menu = bar.addMenu(w.tr("&Help"))
        help_menu.addAction(self.about)

    def build_toolbar(self, w: MainWindow) -> QToolBar:
        bar = QToolBar(w.tr("Main toolbar"), w)
        bar.setObjectName("mainToolbar")
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.import_files, self.import_folder, self.export_report):
            bar.addAction(a)
        bar.addSeparator()
        for a in (self.previous_document, self.next_document):
            bar.addAction(a)
        bar.addSeparator()
        for a in (self.zoom_out, self.zoom_in, self.toggle_entities):
            bar.addAction(a)
        for a in (self.previous_document, self.next_document, self.zoom_out, self.zoom_in,
                  self.toggle_entities):
            bar.widgetForAction(a).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        w.addToolBar(bar)
        return bar
