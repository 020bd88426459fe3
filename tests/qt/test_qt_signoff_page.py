"""The supervisor's page: decisions awaiting sign-off, four eyes, returning with a reason, filters."""

from __future__ import annotations

from conftest import WAIT, decide, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from notecheck.qt.dialogs import ReasonDialog


def select(qtbot, page, flag_id: int) -> None:
    qtbot.waitUntil(lambda: page.queue.model.row_of(flag_id) is not None, timeout=WAIT)
    page.queue.select_flag(flag_id)
    qtbot.waitUntil(lambda: page.queue.current_flag() is not None and page.queue.current_flag().id == flag_id,
                    timeout=WAIT)


def test_qt_signoff_page_four_eyes_disables_sign_off_with_the_reason(qtbot, signed_in, queue_db) -> None:
    (own,) = decide(queue_db, "bob", "confirm", 1)
    (other,) = decide(queue_db, "alice", "confirm", 1)
    window = signed_in("bob")
    page = window.signoff
    assert window.tabs.currentWidget() is page
    select(qtbot, page, own)
    qtbot.waitUntil(lambda: not page.sign_off_action.isEnabled(), timeout=WAIT)
    button = page.buttons[page.sign_off_action]
    assert not button.isEnabled()
    assert "four eyes: bob decided this flag and cannot also sign it off" in button.toolTip()
    assert not page.return_action.isEnabled()
    select(qtbot, page, other)
    qtbot.waitUntil(page.sign_off_action.isEnabled, timeout=WAIT)
    assert "four eyes" not in page.buttons[page.sign_off_action].toolTip()


def test_qt_signoff_page_return_asks_for_a_reason_and_sends_it_back(qtbot, signed_in, queue_db) -> None:
    (flag,) = decide(queue_db, "alice", "dismiss", 1)
    window = signed_in("bob")
    page = window.signoff
    select(qtbot, page, flag)
    assert "alice" in page.decision.text() and "because" in page.decision.text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    page.queue.table.setFocus()
    qtbot.keyClick(page.queue.table, Qt.Key.Key_R)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReasonDialog) and w.isVisible())
    dialog.details.setPlainText("the customer consented to the call at work")
    with qtbot.waitSignal(window.worker.changed, timeout=WAIT):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_idle(qtbot, window)
    assert page.queue.model.row_of(flag) is None
    review = window.review.queue
    review.status.setCurrentIndex(2)  # Returned
    qtbot.waitUntil(lambda: review.model.row_of(flag) is not None, timeout=WAIT)
    review.model.flag_row(review.model.row_of(flag))
    qtbot.waitUntil(lambda: review.model.cached(flag) is not None, timeout=WAIT)
    row = review.model.cached(flag)
    assert (row.status, row.reviewed_by, row.review_reason) == ("returned", "bob",
                                                               "the customer consented to the call at work")


def test_qt_signoff_page_filters_by_reviewer_and_agent(qtbot, signed_in, queue_db) -> None:
    by_alice = decide(queue_db, "alice", "confirm", 2, agents=("T. Brennan",))
    by_carol = decide(queue_db, "carol", "confirm", 2, agents=("R. Okafor",))
    window = signed_in("bob")
    queue = window.signoff.queue
    qtbot.waitUntil(lambda: queue.model.rowCount() == 4, timeout=WAIT)
    qtbot.waitUntil(lambda: queue.reviewer.findData("carol") > 0 and queue.agent.findData("R. Okafor") > 0,
                    timeout=WAIT)
    queue.reviewer.setCurrentIndex(queue.reviewer.findData("alice"))
    qtbot.waitUntil(lambda: sorted(queue.model.ids()) == sorted(by_alice), timeout=WAIT)
    queue.reviewer.setCurrentIndex(0)
    queue.agent.setCurrentIndex(queue.agent.findData("R. Okafor"))
    qtbot.waitUntil(lambda: sorted(queue.model.ids()) == sorted(by_carol), timeout=WAIT)
    assert queue.model.counts["confirmed"] == 2
