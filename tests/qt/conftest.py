"""Fixtures for the desktop app's tests: windows on temporary databases and settings, never the user's own.

`make_window` opens the real main window (offscreen) on a copy of a prepared database; `signed_in`
waits until the window has signed a person in and shown the queue.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from db_fixtures import PASSWORD, REVIEW_RULES, write_call

from notecheck.qt.app import launch
from notecheck.qt.main_window import AppConfig, MainWindow
from notecheck.workspace import Workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

WAIT = 30_000
"""Milliseconds to wait for background work (generous: scanning loads spaCy the first time)."""
CHINESE_TRADITIONAL = [
    "催收員: 您好，這裡是恆信資產管理公司。",
    "客戶: 你好。",
    "催收員: 𠮷先生，妳再不還錢，我們就聯繫你單位。",
    "催收員: 這個記錄會在你的征信上一辈子都有记录。",
]


def english_call(n: int) -> list[str]:
    return [
        "Agent: Hello, this is Tyler with Keystone Recovery, this is an attempt to collect a debt.",
        "Customer: Hi.",
        "Agent: If you do not pay I will call your boss, you deadbeat.",
        "Agent: This stays on your credit for life.",
        f"Customer: That is not right, reference {n}.",
    ]


def write_calls(folder: Path) -> Path:
    """Three English calls by two agents (three flags each) and one traditional Chinese call (two flags)."""
    write_call(folder, "en1.txt", english_call(1), call_id="EN-1", agent="T. Brennan")
    write_call(folder, "en2.txt", english_call(2), call_id="EN-2", agent="T. Brennan")
    write_call(folder, "en3.txt", english_call(3), call_id="EN-3", agent="R. Okafor")
    write_call(folder, "zht1.txt", CHINESE_TRADITIONAL, call_id="ZHT-1", agent="孫", language="zh",
               started="2026-03-03T10:00:00+08:00")
    return folder


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may reach the user's data or settings folders."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("NOTECHECK_DB", f"sqlite:///{tmp_path / 'unused-default.db'}")


@pytest.fixture(scope="session")
def queue_template(sqlite_team_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test people, the test rules published, and four calls imported by alice: eleven open flags."""
    folder = tmp_path_factory.mktemp("queue-template")
    path = folder / "notecheck.db"
    shutil.copyfile(sqlite_team_template, path)
    ws = Workspace.open(f"sqlite:///{path}")
    ws.sign_in("alice", PASSWORD)
    ws.publish_rulebook([REVIEW_RULES / "v1"], rescan=False, note="test rules v1")
    report = ws.import_paths([write_calls(folder / "calls")])
    assert report.count("imported") == 4, report
    ws.close()
    return path


@pytest.fixture
def app_config(tmp_path: Path) -> AppConfig:
    return AppConfig(db_url=f"sqlite:///{tmp_path / 'notecheck.db'}", settings_path=str(tmp_path / "settings.ini"),
                     language="en")


@pytest.fixture
def queue_db(queue_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "notecheck.db"
    shutil.copyfile(queue_template, path)
    return path


@pytest.fixture
def make_window(qtbot, app_config: AppConfig) -> Iterator[Callable[..., MainWindow]]:
    """Open the main window (offscreen) with the test config, changed by keyword arguments."""
    windows: list[MainWindow] = []

    def make(**changes: object) -> MainWindow:
        _app, window = launch(replace(app_config, **changes))
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def signed_in(qtbot, make_window, queue_db: Path) -> Callable[..., MainWindow]:
    """A window on the prepared queue, signed in as `who`, with the queue's first rows on screen."""
    def make(who: str = "alice", **changes: object) -> MainWindow:
        window = make_window(user=who, password=PASSWORD, **changes)
        with qtbot.waitSignal(window.ready, timeout=WAIT):
            pass
        return window
    return make


def decide(db: Path, who: str, action: str, count: int | None = None, **filters: object) -> list[int]:
    """Let `who` decide open flags outside the window (as a colleague would); return their ids."""
    from notecheck.store.queue import QueueFilter

    ws = Workspace.open(f"sqlite:///{db}")
    ws.sign_in(who, PASSWORD)
    ids = ws.queue_ids(QueueFilter(statuses=("open",), **filters))[:count]  # type: ignore[arg-type]
    ws.review(action, ids, reason="because")
    ws.close()
    return ids


def wait_idle(qtbot, window: MainWindow) -> None:
    """Until every submitted operation has delivered its result."""
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT)
