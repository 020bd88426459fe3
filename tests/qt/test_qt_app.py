"""Starting the app: the window is usable before spaCy is ever imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from db_fixtures import PASSWORD

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from notecheck.qt.app import launch
from notecheck.qt.main_window import AppConfig

app, window = launch(AppConfig(db_url=sys.argv[1], settings_path=sys.argv[2], user="alice", password=sys.argv[3],
                               language="en"))

def check():
    if window.worker.busy:
        QTimer.singleShot(50, check)
        return
    rows = window.review.queue.model.rowCount()
    print("rows", rows, "spacy", "spacy" in sys.modules, "rules", window.rules.current)
    window.close()

window.ready.connect(lambda: QTimer.singleShot(0, check))
QTimer.singleShot(60000, app.quit)
app.exec()
"""


def test_qt_app_starts_without_importing_spacy(queue_db: Path, tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT, f"sqlite:///{queue_db}", str(tmp_path / "s.ini"), PASSWORD],
                            capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                 "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    assert "rows 11 spacy False rules collections.yaml" in result.stdout
