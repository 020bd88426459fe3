"""Starting the desktop app: the QApplication, its language, and the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from notecheck.qt import i18n
from notecheck.qt.main_window import AppConfig, MainWindow
from notecheck.qt.settings import Settings

GIL_SWITCH_SECONDS = 0.001
"""How soon a worker thread busy in Python hands the interpreter to the UI thread (default 5 ms): every
cell a view paints is a call into Python, so a shorter switch keeps scrolling smooth during background work."""
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC")


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The running QApplication, created if there is none yet."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("notecheck")
    app.setOrganizationName("notecheck")
    font = app.font()
    font.setFamilies([font.family(), *CJK_FONTS])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    return app


def launch(config: AppConfig | None = None, argv: Sequence[str] | None = None) -> tuple[QApplication, MainWindow]:
    """Create the application and the window in the configured language, show it and start opening the
    database."""
    config = config or AppConfig()
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    app = application(argv)
    settings = Settings(config.settings_path)
    language = i18n.choose(config.language or settings.language)
    app._notecheck_translators = i18n.install(app, language)  # type: ignore[attr-defined]
    window = MainWindow(config, settings)
    window.show()
    window.start()
    return app, window


def run(config: AppConfig | None = None) -> int:
    """Open the window and run until it closes."""
    app, window = launch(config)
    code = app.exec()
    del window
    return code
