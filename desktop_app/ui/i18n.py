"""Interface language: English strings in code, Vietnamese from resources/translations.

The app's own ``chugiai_vi.qm`` (compiled from ``chugiai_vi.ts`` with pyside6-lrelease) and,
when present, Qt's ``qtbase_vi.qm`` for standard dialogs and buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.paths import resources_dir

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install_language(lang: str) -> bool:
    """Install the translators for ``lang`` ("vi" or "en"); True when the app's .qm loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi"
                               else QLocale.Language.English))
    if lang != "vi":
        return True
    loaded = False
    own = QTranslator(app)
    if own.load("chugiai_vi", translations_dir()):
        app.installTranslator(own)
        _installed.append(own)
        loaded = True
    qt = QTranslator(app)
    if qt.load("qtbase_vi", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
