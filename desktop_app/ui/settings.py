"""Typed access to the user's preferences (QSettings, INI format, per user).

One place lists every key with its default and type, so widgets never spell keys or
parse QSettings' loosely typed values themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "ChuGiai"
APPLICATION = "ChuGiai"
MAX_RECENT = 8
DEFAULT_FONT_SIZE = 13
MIN_FONT_SIZE = 8
MAX_FONT_SIZE = 40


class Settings:
    """The preferences of the app; every getter returns a value of the documented type."""

    def __init__(self) -> None:
        self._q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                            ORGANISATION, APPLICATION)

    def sync(self) -> None:
        self._q.sync()

    # --- generic typed helpers -------------------------------------------------------------
    def _str(self, key: str, default: str) -> str:
        value = self._q.value(key, default)
        return value if isinstance(value, str) else default

    def _int(self, key: str, default: int) -> int:
        value = self._q.value(key, default)
        try:
            return int(value)
        except (TypeError, ValueError):
            return default

    def _list(self, key: str) -> list[str]:
        value = self._q.value(key, [])
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, list):
            return [str(v) for v in value]
        return []

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # --- preferences ------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """"vi" (the default: the app is for Vietnamese offices) or "en"."""
        lang = self._str("ui/language", "vi")
        return lang if lang in ("vi", "en") else "vi"

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("ui/language", value)

    @property
    def theme(self) -> str:
        """"system", "light" or "dark"."""
        theme = self._str("ui/theme", "system")
        return theme if theme in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._q.setValue("ui/theme", value)

    @property
    def font_size(self) -> int:
        size = self._int("reader/font_size", DEFAULT_FONT_SIZE)
        return min(max(size, MIN_FONT_SIZE), MAX_FONT_SIZE)

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._q.setValue("reader/font_size", int(value))

    @property
    def hidden_entity_types(self) -> list[str]:
        return self._list("reader/hidden_types")

    @hidden_entity_types.setter
    def hidden_entity_types(self, value: list[str]) -> None:
        self._q.setValue("reader/hidden_types", list(value))

    @property
    def recent_libraries(self) -> list[str]:
        return self._list("library/recent")

    def add_recent_library(self, path: str) -> None:
        recent = [p for p in self.recent_libraries if p != path]
        self._q.setValue("library/recent", [path, *recent][:MAX_RECENT])

    @property
    def last_library(self) -> str | None:
        value = self._str("library/last", "")
        return value or None

    @last_library.setter
    def last_library(self, value: str) -> None:
        self._q.setValue("library/last", value)

    def geometry(self, name: str) -> QByteArray | None:
        """Saved window geometry, window state or splitter state called ``name``."""
        return self._bytes(f"state/{name}")

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._q.setValue(f"state/{name}", value)
