"""The window in Chinese and English: Qt translation catalogues, complete and compiled, chosen by locale."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import WAIT
from PySide6.QtCore import QLocale, Qt

from notecheck.qt import i18n


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), m.findtext("source")): m for context in root.iter("context")
            for m in context.iter("message")}


def test_qt_i18n_chinese_window_shows_chinese(qtbot, signed_in) -> None:
    window = signed_in("alice", language="zh_CN")
    assert window.file_menu.title() == "文件(&F)"
    assert [window.tabs.tabText(i) for i in range(5)] == ["审核", "签核", "规则", "仪表盘", "审计"]
    queue = window.review.queue
    assert queue.model.headerData(0, Qt.Orientation.Horizontal) == "严重程度"
    assert queue.status.currentText() == "待审核"
    assert "待审" in queue.counts_label.text()
    categories = {queue.model.index(r, 1).data() for r in range(queue.model.rowCount())}
    assert categories == {"辱骂性语言", "虚假征信陈述", "向第三方施压"}
    assert window.review.confirm_action.text() == "确认(&C)"
    qtbot.waitUntil(lambda: window.review.call.history is not None, timeout=WAIT)
    assert "触发原因" in window.review.call.detail.toPlainText()


def test_qt_i18n_english_window_uses_plural_forms(qtbot, signed_in) -> None:
    window = signed_in("alice", language="en")
    assert window.file_menu.title() == "&File"
    assert window.review.tr("%n flag(s) %1.", "", 1) == "1 flag %1."
    assert window.review.tr("%n flag(s) %1.", "", 3) == "3 flags %1."


def test_qt_i18n_every_message_is_translated_and_compiled(tmp_path: Path) -> None:
    zh = i18n.FOLDER / "notecheck_zh_CN.ts"
    en = i18n.FOLDER / "notecheck_en.ts"
    shipped = messages(zh)
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in i18n.FOLDER.parent.glob("*.py"))
    subprocess.run([i18n._tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(fresh)], check=True,
                   capture_output=True)
    assert set(messages(fresh)) == set(shipped), "run `python -m notecheck.qt.i18n` and translate the new strings"
    assert set(messages(en)) == set(shipped)
    for key, message in shipped.items():
        translation = message.find("translation")
        assert translation.get("type") is None, f"{key} is not translated"
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        assert all(forms), f"{key} has an empty translation"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in "".join(forms)) or key[1] in ("#",), key
        for placeholder in ("%1", "%2", "%3", "%4", "%5", "%n"):
            assert (placeholder in key[1]) == (placeholder in "".join(forms)), (key, placeholder)
    for ts in (zh, en):
        compiled = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([i18n._tool("pyside6-lrelease"), str(ts), "-qm", str(compiled)], check=True,
                       capture_output=True)
        assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"{ts.name} is not compiled"


@pytest.mark.parametrize(("setting", "system", "expected"), [
    ("", "zh_CN", "zh_CN"), ("", "zh_TW", "zh_CN"), ("", "de_DE", "en"), ("en", "zh_CN", "en"),
    ("zh_CN", "en_US", "zh_CN"), ("fr", "en_GB", "en"),
])
def test_qt_i18n_language_comes_from_the_setting_or_the_system(setting: str, system: str, expected: str) -> None:
    assert i18n.choose(setting, QLocale(system)) == expected
