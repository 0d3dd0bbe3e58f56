"""Light and dark palettes, following the system unless the user chose one.

Fusion with explicit palettes looks the same on every platform; Qt 6.5+ tells us the
system's colour scheme (QStyleHints.colorScheme), which we follow live when the theme is
"system". Entity colours are chosen per palette so highlights stay readable in both.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop_app.entity_types import EntityType

_LIGHT_ENTITY = {
    EntityType.PERSON: "#fbe3a6",
    EntityType.TITLE: "#e4d7f7",
    EntityType.ORG: "#cde2fa",
    EntityType.LOC: "#d2efd2",
    EntityType.DATE: "#f9d6d2",
    EntityType.LEGAL_DOC: "#cfeeed",
}
_DARK_ENTITY = {
    EntityType.PERSON: "#6a5218",
    EntityType.TITLE: "#4d3d6e",
    EntityType.ORG: "#1f4a70",
    EntityType.LOC: "#275f32",
    EntityType.DATE: "#6e302b",
    EntityType.LEGAL_DOC: "#1c5c59",
}
SEARCH_MATCH = {False: "#ffe14d", True: "#8a6d00"}
FIND_MATCH = {False: "#ffb870", True: "#8f4a12"}


def entity_colour(entity_type: EntityType, dark: bool) -> QColor:
    return QColor((_DARK_ENTITY if dark else _LIGHT_ENTITY)[entity_type])


def type_label(entity_type: EntityType) -> str:
    """The user-facing (translated) name of an entity type."""
    labels = {
        EntityType.PERSON: QCoreApplication.translate("EntityType", "Person"),
        EntityType.TITLE: QCoreApplication.translate("EntityType", "Title"),
        EntityType.ORG: QCoreApplication.translate("EntityType", "Organisation"),
        EntityType.LOC: QCoreApplication.translate("EntityType", "Place"),
        EntityType.DATE: QCoreApplication.translate("EntityType", "Date"),
        EntityType.LEGAL_DOC: QCoreApplication.translate("EntityType", "Legal document"),
    }
    return labels[entity_type]


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def light_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#f3f3f1",
        QPalette.ColorRole.WindowText: "#1d1d1f",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f6f6f4",
        QPalette.ColorRole.ToolTipBase: "#fffbe6",
        QPalette.ColorRole.ToolTipText: "#1d1d1f",
        QPalette.ColorRole.PlaceholderText: "#8a8a8e",
        QPalette.ColorRole.Text: "#1d1d1f",
        QPalette.ColorRole.Button: "#ececea",
        QPalette.ColorRole.ButtonText: "#1d1d1f",
        QPalette.ColorRole.BrightText: "#c62828",
        QPalette.ColorRole.Highlight: "#2f6fb3",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#1f5fa8",
        QPalette.ColorRole.Mid: "#c8c8c4",
        QPalette.ColorRole.Midlight: "#e2e2de",
        QPalette.ColorRole.Dark: "#a0a09c",
        QPalette.ColorRole.Shadow: "#6e6e6a",
        QPalette.ColorRole.Light: "#ffffff",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    _disabled(p, "#9a9a9a")
    return p


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#242528",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1b1c1e",
        QPalette.ColorRole.AlternateBase: "#26272a",
        QPalette.ColorRole.ToolTipBase: "#33352f",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#8d8d92",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#303135",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff7b72",
        QPalette.ColorRole.Highlight: "#3d7bc4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7fb5f5",
        QPalette.ColorRole.Mid: "#45474c",
        QPalette.ColorRole.Midlight: "#3a3c40",
        QPalette.ColorRole.Dark: "#151617",
        QPalette.ColorRole.Shadow: "#0b0b0c",
        QPalette.ColorRole.Light: "#505257",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    _disabled(p, "#6c6c6c")
    return p


def _disabled(p: QPalette, colour: str) -> None:
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))


def apply_theme(theme: str) -> bool:
    """Apply "light", "dark" or "system" to the application; returns True when dark."""
    app = QGuiApplication.instance()
    dark = system_is_dark() if theme == "system" else theme == "dark"
    if isinstance(app, QGuiApplication):
        app.setPalette(dark_palette() if dark else light_palette())
    return dark
