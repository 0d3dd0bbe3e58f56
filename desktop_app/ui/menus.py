"""The main window's actions, menus and toolbar, with their shortcuts, in one table-like place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from desktop_app.ui.i18n import LANGUAGES
from desktop_app.ui.icons import icon

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class Actions:
    """Every QAction of the window, created once and shared by menus, toolbar and tests."""

    def __init__(self, w: MainWindow) -> None:
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
        self.open_library = act(QCoreApplication.translate("MainWindow", "Open library…"), w.choose_library, SK.Open, "library")
        self.import_files = act(QCoreApplication.translate("MainWindow", "Import files…"), w.imports.choose_files, "Ctrl+I", "import")
        self.import_folder = act(QCoreApplication.translate("MainWindow", "Import folder…"), w.imports.choose_folder, "Ctrl+Shift+I",
                                 "folder")
        self.export_report = act(QCoreApplication.translate("MainWindow", "Export report…"), w.export_report, "Ctrl+E", "export")
        self.quit = act(QCoreApplication.translate("MainWindow", "Quit"), w.close, SK.Quit)
        # Edit
        self.undo = act(QCoreApplication.translate("MainWindow", "Undo"), w.undo, SK.Undo)
        self.redo = act(QCoreApplication.translate("MainWindow", "Redo"), w.redo, SK.Redo)
        self.find = act(QCoreApplication.translate("MainWindow", "Find in document…"), w.reader.show_find, SK.Find, "find")
        self.search = act(QCoreApplication.translate("MainWindow", "Search the library"), w.search.focus_query, ["Ctrl+K", "Ctrl+L"],
                          "search")
        self.filter_library = act(QCoreApplication.translate("MainWindow", "Filter the library"), w.focus_library_filter,
                                  "Ctrl+Shift+F")
        # View
        self.zoom_in = act(QCoreApplication.translate("MainWindow", "Larger text"), w.reader.zoom_in, ["Ctrl+=", "Ctrl++"], "zoom-in")
        self.zoom_out = act(QCoreApplication.translate("MainWindow", "Smaller text"), w.reader.zoom_out, "Ctrl+-", "zoom-out")
        self.zoom_reset = act(QCoreApplication.translate("MainWindow", "Actual size"), w.reader.zoom_reset, "Ctrl+0")
        self.toggle_left = act(QCoreApplication.translate("MainWindow", "Library and search"), w.toggle_left, "Ctrl+1", checkable=True)
        self.toggle_entities = act(QCoreApplication.translate("MainWindow", "Entity panel"), w.toggle_entities, "Ctrl+2",
                                   "entities", checkable=True)
        self.toggle_furniture = act(QCoreApplication.translate("MainWindow", "Removed page furniture"),
                                    w.reader.furniture_button.toggle, "Ctrl+3", checkable=True)
        w.reader.furniture_button.toggled.connect(self.toggle_furniture.setChecked)
        self.theme_group = QActionGroup(w)
        self.themes = {}
        for key, label in (("system", QCoreApplication.translate("MainWindow", "Follow the system")), ("light", QCoreApplication.translate("MainWindow", "Light")),
                           ("dark", QCoreApplication.translate("MainWindow", "Dark"))):
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
        self.previous_document = act(QCoreApplication.translate("MainWindow", "Previous document"), lambda: w.step_document(-1),
                                     ["Alt+Up", "Ctrl+PgUp"], "previous")
        self.next_document = act(QCoreApplication.translate("MainWindow", "Next document"), lambda: w.step_document(1),
                                 ["Alt+Down", "Ctrl+PgDown"], "next")
        self.remove_documents = act(QCoreApplication.translate("MainWindow", "Remove from library…"), w.remove_selected, SK.Delete)
        self.remove_documents.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        w.library.table.addAction(self.remove_documents)
        self.reextract = act(QCoreApplication.translate("MainWindow", "Extract entities again"), w.reextract_current)
        self.reextract_all = act(QCoreApplication.translate("MainWindow", "Extract entities again in every document"),
                                 w.reextracts.start_all)
        # Help
        self.about = act(QCoreApplication.translate("MainWindow", "About Chú Giải"), w.about)

    def build_menus(self, w: MainWindow) -> None:
        bar = w.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        file_menu.addAction(self.open_library)
        self.recent_menu = QMenu(QCoreApplication.translate("MainWindow", "Recent libraries"), w)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        for a in (self.import_files, self.import_folder, self.export_report):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        for a in (self.undo, self.redo):
            edit.addAction(a)
        edit.addSeparator()
        for a in (self.find, self.search, self.filter_library):
            edit.addAction(a)
        view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        for a in (self.toggle_left, self.toggle_entities, self.toggle_furniture):
            view.addAction(a)
        view.addSeparator()
        for a in (self.zoom_in, self.zoom_out, self.zoom_reset):
            view.addAction(a)
        view.addSeparator()
        theme = view.addMenu(QCoreApplication.translate("MainWindow", "Theme"))
        for a in self.themes.values():
            theme.addAction(a)
        language = view.addMenu(QCoreApplication.translate("MainWindow", "Language"))
        for a in self.languages.values():
            language.addAction(a)
        document = bar.addMenu(QCoreApplication.translate("MainWindow", "&Document"))
        for a in (self.previous_document, self.next_document):
            document.addAction(a)
        document.addSeparator()
        document.addAction(self.reextract)
        document.addAction(self.reextract_all)
        document.addAction(self.remove_documents)
        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(self.about)

    def build_toolbar(self, w: MainWindow) -> QToolBar:
        bar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), w)
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
