"""What the window remembers between runs (QSettings): layout, last filters, language, last user."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


class Settings:
    """A thin, typed wrapper over QSettings; `path` keeps them in one INI file (tests, portable use)."""

    def __init__(self, path: str | Path | None = None) -> None:
        if path is not None:
            self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self.qsettings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "notecheck", "notecheck")

    def value(self, key: str, default: Any = None) -> Any:
        return self.qsettings.value(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self.qsettings.setValue(key, value)

    def bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def json(self, key: str, default: Any = None) -> Any:
        raw = self.qsettings.value(key)
        if not raw:
            return default
        try:
            return json.loads(str(raw))
        except ValueError:
            return default

    def set_json(self, key: str, value: Any) -> None:
        self.qsettings.setValue(key, json.dumps(value, ensure_ascii=False, sort_keys=True))

    @property
    def language(self) -> str:
        """`en`, `zh_CN`, or empty for the system's language."""
        return str(self.qsettings.value("ui/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("ui/language", value)

    @property
    def last_user(self) -> str:
        return str(self.qsettings.value("session/last_user", "") or "")

    @last_user.setter
    def last_user(self, value: str) -> None:
        self.qsettings.setValue("session/last_user", value)

    def sync(self) -> None:
        self.qsettings.sync()
