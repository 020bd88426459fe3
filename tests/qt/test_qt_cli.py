"""`notecheck` with no command opens the window; `notecheck demo` opens it on the samples in a demo database."""

from __future__ import annotations

from pathlib import Path

import pytest

from notecheck import cli
from notecheck.qt import app
from notecheck.qt.main_window import AppConfig


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[AppConfig]:
    configs: list[AppConfig] = []
    monkeypatch.setattr(app, "run", lambda config: configs.append(config) or 0)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return configs


@pytest.mark.parametrize(("argv", "db", "demo"), [
    ([], None, False),
    (["--db", "team.db"], "team.db", False),
    (["app", "--lang", "zh_CN"], None, False),
    (["demo"], "demo.db", True),
])
def test_qt_cli_opens_the_window(opened: list[AppConfig], tmp_path: Path, argv: list[str], db: str | None,
                                 demo: bool) -> None:
    assert cli.main(argv) == 0
    (config,) = opened
    assert config.demo is demo
    if db == "demo.db":
        assert config.db_url == str(tmp_path / "xdg-data" / "notecheck" / "demo.db")
    else:
        assert config.db_url == db
    assert config.language == ("zh_CN" if "zh_CN" in argv else "")


def test_qt_cli_demo_list_prints_the_samples_without_a_window(opened: list[AppConfig], capsys) -> None:
    assert cli.main(["demo", "--list"]) == 0
    assert opened == []
    assert "seed_sun_zhang.txt: text, zh" in capsys.readouterr().out


def test_qt_cli_says_when_there_is_no_display(opened: list[AppConfig], monkeypatch: pytest.MonkeyPatch,
                                              capsys) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert cli.main([]) == 2
    assert opened == []
    assert "no display" in capsys.readouterr().err
