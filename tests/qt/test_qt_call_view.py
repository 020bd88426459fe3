"""A flag in its call: every flagged span highlighted in the original characters, speakers and times, the
explanation, and a manual flag made from a selection."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import WAIT, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication

from notecheck.qt import labels
from notecheck.qt.dialogs import ManualFlagDialog

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Agent>Hello, this is Keystone Recovery, this is an attempt to collect a debt.

00:01:05.000 --> 00:01:09.000
<v Agent>If you do not pay I will call your boss.

00:01:10.000 --> 00:01:12.000
<v Customer>Please do not do that.
"""


def open_call(qtbot, window, call_ref: str):
    queue = window.review.queue
    queue.status.setCurrentIndex(queue.status.count() - 1)  # All
    queue.search.setText(call_ref)
    qtbot.waitUntil(lambda: queue.current_flag() is not None and queue.current_flag().call_ref == call_ref,
                    timeout=WAIT)
    view = window.review.call
    qtbot.waitUntil(lambda: view.history is not None and view.call is not None
                    and view.history.flag.row.id == queue.current_flag().id, timeout=WAIT)
    return view


@pytest.mark.parametrize(("call_ref", "expected"), [
    ("EN-1", ["call your boss", "deadbeat", "on your credit for life"]),
    ("ZHT-1", ["聯繫你單位", "一辈子都有记录"]),
])
def test_qt_call_view_highlights_every_flag_in_its_original_characters(qtbot, signed_in, call_ref: str,
                                                                       expected: list[str]) -> None:
    window = signed_in("alice")
    view = open_call(qtbot, window, call_ref)
    spans = view.flagged_spans()
    assert sorted(cursor.selectedText() for _, cursor in spans) == sorted(expected)
    assert all(cursor.selectedText() == detail.row.text for detail, cursor in spans)
    selections = view.transcript.extraSelections()
    assert sorted(s.cursor.selectedText() for s in selections) == sorted(expected)
    current = next(s for s in selections if s.format.fontUnderline())
    assert current.cursor.selectedText() == view.flag.text
    assert view.flags_list.count() == len(expected)


def test_qt_call_view_explains_the_flag(qtbot, signed_in) -> None:
    window = signed_in("alice")
    view = open_call(qtbot, window, "ZHT-1")
    text = view.detail.toPlainText()
    row = view.flag
    assert row.rule in text and row.message in text
    assert "Rule set: review-test@1" in text
    assert "Why it was raised" in text and "phrases" in text
    assert f"line {row.line}" in text
    assert "ZHT-1" in view.header.text() and "孫" in view.header.text()


def test_qt_call_view_colours_speakers_and_shows_times(qtbot, signed_in, tmp_path: Path) -> None:
    window = signed_in("alice")
    folder = tmp_path / "timed"
    folder.mkdir()
    (folder / "timed.vtt").write_text(VTT, encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=WAIT):
        window.import_paths([folder])
    view = open_call(qtbot, window, "timed")
    text = view.transcript.toPlainText()
    assert "[00:01]  Agent: Hello" in text and "[01:05]  Agent: If you do not pay" in text
    assert "[01:10]  Customer: Please do not do that." in text
    document = view.transcript.document()

    def colour_of(word: str) -> str:
        cursor = QTextCursor(document)
        cursor.setPosition(text.index(word) + 1)
        return cursor.charFormat().foreground().color().name()

    assert colour_of("Agent:") == QColor(labels.ROLE_COLORS["agent"]).name()
    assert colour_of("Customer:") == QColor(labels.ROLE_COLORS["customer"]).name()


def test_qt_call_view_adds_a_manual_flag_from_a_selection(qtbot, signed_in) -> None:
    window = signed_in("alice")
    view = open_call(qtbot, window, "ZHT-1")
    segment = next(s for s in view.call.segments if "妳再不還錢" in s.text)
    start = segment.text.index("妳再不還錢")
    view.select_words(segment.index, start, start + len("妳再不還錢"))
    chosen = view.selection()
    assert (chosen.segment, chosen.text) == (segment.index, "妳再不還錢")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    view.transcript.setFocus()
    qtbot.keyClick(view.transcript, Qt.Key.Key_M)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ManualFlagDialog) and w.isVisible())
    assert dialog.words.text() == "“妳再不還錢”"
    dialog.category.setCurrentIndex(dialog.category.findData("threat_legal"))
    dialog.note.setText("pressure to pay at once")
    with qtbot.waitSignal(window.worker.changed, timeout=WAIT):
        dialog.accept()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: any(d.row.source == "manual" for d in view.call.flags), timeout=WAIT)
    manual = next(d for d in view.call.flags if d.row.source == "manual")
    assert (manual.row.text, manual.row.category, manual.row.status) == ("妳再不還錢", "threat_legal", "confirmed")
    highlighted = {s.cursor.selectedText(): s.format.background().color().name()
                   for s in view.transcript.extraSelections()}
    assert highlighted["妳再不還錢"] == QColor(labels.MANUAL_HIGHLIGHT).name()
    assert view.flags_list.count() == 3
