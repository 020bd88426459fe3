"""Reviewing from the keyboard: confirm, dismiss with a reason, escalate, bulk actions, undo, J/K."""

from __future__ import annotations

from conftest import WAIT, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from notecheck.qt.dialogs import ReasonDialog


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    window.review.queue.table.setFocus()
    qtbot.keyClick(window.review.queue.table, key, modifier)


def current(window):
    return window.review.queue.current_flag()


def test_qt_review_page_confirm_key_decides_and_moves_on(qtbot, signed_in) -> None:
    window = signed_in("alice")
    first = current(window)
    assert first is not None and first.status == "open"
    second_id = window.review.queue.model.flag_id(1)
    with qtbot.waitSignal(window.worker.changed, timeout=WAIT):
        press(qtbot, window, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: window.review.queue.current_id() == second_id, timeout=WAIT)
    assert window.review.queue.model.row_of(first.id) is None  # it left the "to review" queue
    assert window.review.queue.model.counts["confirmed"] == 1
    assert "1 flag confirmed" in window.statusBar().currentMessage()


def test_qt_review_page_dismiss_asks_for_a_reason(qtbot, signed_in) -> None:
    window = signed_in("alice")
    first = current(window)
    press(qtbot, window, Qt.Key.Key_D)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReasonDialog) and w.isVisible())
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason, no dismissal
    dialog.picker.setCurrentIndex(3)
    dialog.details.setPlainText("the agent repeats what the customer said")
    assert ok.isEnabled()
    with qtbot.waitSignal(window.worker.changed, timeout=WAIT):
        ok.click()
    wait_idle(qtbot, window)
    window.review.queue.status.setCurrentIndex(5)  # Dismissed
    qtbot.waitUntil(lambda: window.review.queue.model.row_of(first.id) is not None, timeout=WAIT)
    window.review.queue.select_flag(first.id)
    qtbot.waitUntil(lambda: current(window) is not None and current(window).id == first.id, timeout=WAIT)
    row = current(window)
    assert row.status == "dismissed"
    assert row.decision_reason == "The agent was quoting the customer: the agent repeats what the customer said"


def test_qt_review_page_bulk_escalate_applies_to_every_selected_flag(qtbot, signed_in) -> None:
    window = signed_in("alice")
    queue = window.review.queue
    chosen = [queue.model.flag_id(r) for r in range(3)]
    queue.table.selectRow(0)
    queue.table.selectionModel().select(queue.model.index(2, 0), queue.table.selectionModel().SelectionFlag.Select
                                        | queue.table.selectionModel().SelectionFlag.Rows)
    queue.table.selectionModel().select(queue.model.index(1, 0), queue.table.selectionModel().SelectionFlag.Select
                                        | queue.table.selectionModel().SelectionFlag.Rows)
    assert queue.selected_rows() == [0, 1, 2]
    qtbot.waitUntil(lambda: window.review.escalate_action.isEnabled(), timeout=WAIT)
    with qtbot.waitSignal(window.worker.changed, timeout=WAIT):
        press(qtbot, window, Qt.Key.Key_E)
    wait_idle(qtbot, window)
    assert queue.model.counts["escalated"] == 3
    assert all(queue.model.row_of(i) is None for i in chosen)
    assert queue.model.rowCount() == 11 - 3


def test_qt_review_page_undo_restores_the_flag_as_a_new_event(qtbot, signed_in) -> None:
    window = signed_in("alice")
    first = current(window)
    with qtbot.waitSignal(window.worker.changed, timeout=WAIT):
        press(qtbot, window, Qt.Key.Key_C)
    wait_idle(qtbot, window)
    assert window.review.queue.model.row_of(first.id) is None
    with qtbot.waitSignal(window.worker.changed, timeout=WAIT):
        press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: current(window) is not None and current(window).id == first.id, timeout=WAIT)
    assert current(window).status == "open"
    qtbot.waitUntil(lambda: window.review.call.history is not None
                    and window.review.call.history.flag.row.id == first.id
                    and [d.action for d in window.review.call.history.decisions] == ["confirm", "undo"],
                    timeout=WAIT)
    assert "undid" in window.review.call.detail.toPlainText()


def test_qt_review_page_j_and_k_move_through_the_queue(qtbot, signed_in) -> None:
    window = signed_in("alice")
    queue = window.review.queue
    ids = [queue.model.flag_id(r) for r in range(3)]
    assert queue.current_id() == ids[0]
    press(qtbot, window, Qt.Key.Key_J)
    press(qtbot, window, Qt.Key.Key_J)
    assert queue.current_id() == ids[2]
    press(qtbot, window, Qt.Key.Key_K)
    assert queue.current_id() == ids[1]
    qtbot.waitUntil(lambda: window.review.call.flag is not None and window.review.call.flag.id == ids[1]
                    and window.review.call.history is not None and window.review.call.history.flag.row.id == ids[1],
                    timeout=WAIT)
