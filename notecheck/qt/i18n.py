"""The window's language: English or simplified Chinese, from a setting or the system locale.

Translations are Qt `.ts` files compiled to `.qm` (shipped beside them in `notecheck/qt/i18n/`);
`python -m notecheck.qt.i18n` extracts new strings and compiles the catalogues again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

FOLDER = Path(__file__).resolve().parent / "i18n"
LANGUAGES = ("en", "zh_CN")
_installed: list[QTranslator] = []


def choose(setting: str = "", system: QLocale | None = None) -> str:
    """`en` or `zh_CN`: the setting if it names one, else from the system locale (any Chinese → zh_CN)."""
    if setting in LANGUAGES:
        return setting
    name = (system or QLocale.system()).name()
    return "zh_CN" if name.lower().startswith("zh") else "en"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load notecheck's and Qt's own translations for `language` into the application (replacing any
    loaded before)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    installed = _installed
    ours = QTranslator(app)
    if ours.load(str(FOLDER / f"notecheck_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if language != "en" and qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale("zh_CN" if language == "zh_CN" else "en_US"))
    return list(installed)


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def update() -> None:
    """Extract the window's strings into the `.ts` files and compile them to `.qm`."""
    sources = sorted(str(p) for p in Path(__file__).resolve().parent.glob("*.py"))
    for language in LANGUAGES:
        ts = FOLDER / f"notecheck_{language}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-source-language", "en",
                        "-target-language", language, "-ts", str(ts)], check=True)
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    update()
