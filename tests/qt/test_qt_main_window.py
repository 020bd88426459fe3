"""Whole jobs through the real window: first run with the samples, review, sign-off, audit; sign-in; settings."""

from __future__ import annotations

from pathlib import Path

from conftest import WAIT, wait_idle
from db_fixtures import PASSWORD
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from notecheck.qt.main_window import MainWindow


def key(qtbot, window: MainWindow, widget, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    widget.setFocus()
    qtbot.keyClick(widget, k, modifier)


def sign_in_as(qtbot, window: MainWindow, name: str, password: str) -> None:
    window.show_sign_in()
    qtbot.waitUntil(lambda: window.sign_in_dialog is not None and window.sign_in_dialog.isVisible(), timeout=WAIT)
    dialog = window.sign_in_dialog
    dialog.user.setCurrentIndex(dialog.user.findData(name))
    dialog.password.setText(password)
    with qtbot.waitSignal(window.signed_in, timeout=WAIT) as blocker:
        dialog.sign_in_button.click()
    assert blocker.args[0].name == name


def test_qt_main_window_first_run_review_sign_off_and_audit(qtbot, make_window) -> None:
    window = make_window()
    # First run: no database yet, so the window welcomes and offers the built-in samples.
    qtbot.waitUntil(lambda: window.welcome_dialog is not None and window.welcome_dialog.isVisible(), timeout=WAIT)
    welcome = window.welcome_dialog
    assert welcome.samples.isChecked()
    welcome.name.setText("adam")
    welcome.password.setText(PASSWORD)
    welcome.repeat.setText(PASSWORD)
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as imported:
        welcome.create_button.click()
    report = imported.args[0]
    assert not isinstance(report, Exception), report
    assert report.count("imported") == 2 and report.count("failed") == 0
    assert any(Path(f.path).name == "seed_sun_zhang.txt" for f in report.files)

    # The administrator adds a reviewer and a supervisor.
    window.open_users()
    people = window.users_dialog
    for name, role in (("alice", "qa_reviewer"), ("bob", "supervisor")):
        people.name.setText(name)
        people.role.setCurrentIndex(people.role.findData(role))
        people.password.setText(PASSWORD)
        people.add_button.click()
        qtbot.waitUntil(lambda name=name: any(u.name == name for u in window.users), timeout=WAIT)
    people.close()

    # The reviewer confirms a flag of the seed call from the keyboard.
    sign_in_as(qtbot, window, "alice", PASSWORD)
    assert window.tabs.currentWidget() is window.review
    queue = window.review.queue
    queue.search.setText("SEED-孫-張")
    qtbot.waitUntil(lambda: queue.model.rowCount() > 0 and queue.current_flag() is not None
                    and queue.current_flag().call_ref == "SEED-孫-張", timeout=WAIT)
    flag = queue.current_flag()
    qtbot.waitUntil(lambda: window.review.call.history is not None
                    and window.review.call.history.flag.row.id == flag.id, timeout=WAIT)
    assert flag.text in window.review.call.transcript.toPlainText()
    with qtbot.waitSignal(window.worker.changed, timeout=WAIT):
        key(qtbot, window, queue.table, Qt.Key.Key_C)
    wait_idle(qtbot, window)

    # The supervisor signs it off.
    sign_in_as(qtbot, window, "bob", PASSWORD)
    assert window.tabs.currentWidget() is window.signoff
    signoff = window.signoff.queue
    qtbot.waitUntil(lambda: signoff.model.row_of(flag.id) is not None, timeout=WAIT)
    signoff.select_flag(flag.id)
    qtbot.waitUntil(lambda: signoff.current_flag() is not None and signoff.current_flag().id == flag.id,
                    timeout=WAIT)
    qtbot.waitUntil(lambda: window.signoff.sign_off_action.isEnabled(), timeout=WAIT)
    assert "alice" in window.signoff.decision.text()
    with qtbot.waitSignal(window.worker.changed, timeout=WAIT):
        key(qtbot, window, signoff.table, Qt.Key.Key_S)
    wait_idle(qtbot, window)

    # The audit shows both, and the chain is intact.
    window.tabs.setCurrentWidget(window.audit)
    window.audit.show_flag(flag.id)
    qtbot.waitUntil(lambda: len(window.audit.model.rows) == 2, timeout=WAIT)
    events = [(e.actor, e.role, e.action) for e in window.audit.model.rows]
    assert events == [("alice", "qa_reviewer", "confirm"), ("bob", "supervisor", "sign_off")]
    shown = [window.audit.model.index(r, 4).data() for r in range(2)]
    assert shown == ["confirmed", "signed off"]
    window.audit.verify()
    qtbot.waitUntil(lambda: "Intact" in window.audit.verdict.text(), timeout=WAIT)


def test_qt_main_window_demo_sets_up_accounts_and_the_samples(qtbot, make_window) -> None:
    window = make_window(demo=True)
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as imported:
        pass
    assert not isinstance(imported.args[0], Exception), imported.args[0]
    assert sorted(Path(f.path).name for f in imported.args[0].files if f.status == "imported") == [
        "seed_advice_notes.csv", "seed_sun_zhang.txt"]
    qtbot.waitUntil(lambda: window.sign_in_dialog is not None and window.sign_in_dialog.isVisible(), timeout=WAIT)
    dialog = window.sign_in_dialog
    assert [dialog.user.itemData(i) for i in range(dialog.user.count())] == ["adam", "alice", "bob", "cora"]
    assert "The password is “demo”" in dialog.findChildren(QLabel)[0].text()
    dialog.user.setCurrentIndex(dialog.user.findData("alice"))
    dialog.password.setText("demo")
    with qtbot.waitSignal(window.ready, timeout=WAIT):
        dialog.sign_in_button.click()
    assert window.review.queue.model.rowCount() > 0
    assert window.stack.currentWidget() is window.tabs


def test_qt_main_window_refuses_a_wrong_password_in_the_dialog(qtbot, make_window, queue_db) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.sign_in_dialog is not None and window.sign_in_dialog.isVisible(), timeout=WAIT)
    dialog = window.sign_in_dialog
    dialog.user.setCurrentIndex(dialog.user.findData("bob"))
    assert dialog.role.text() == "supervisor"
    dialog.password.setText("not the password")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: "wrong password" in dialog.error.text(), timeout=WAIT)
    assert dialog.isVisible() and window.user is None
    assert window.user_label.text() == "Not signed in"
    assert window.stack.currentWidget() is window.waiting  # nothing of the queue shows before signing in


def test_qt_main_window_remembers_filters_and_layout(qtbot, signed_in) -> None:
    window = signed_in("alice")
    queue = window.review.queue
    queue.category.setCurrentIndex(queue.category.findData("abusive_language"))
    qtbot.waitUntil(lambda: queue.model.rowCount() == 3, timeout=WAIT)
    queue.search.setText("deadbeat")
    window.tabs.setCurrentWidget(window.rules)
    window.resize(window.width(), 560)  # the offscreen screen is 800 pixels wide: only the height is free
    window.review.splitter.setSizes([120, 360])
    window.import_dock.show()
    wait_idle(qtbot, window)
    window.close()

    again = signed_in("alice")
    queue = again.review.queue
    assert queue.category.currentData() == "abusive_language"
    assert queue.search.text() == "deadbeat"
    assert queue.model.rowCount() == 3
    assert again.tabs.currentWidget() is again.rules
    assert again.height() == 560
    assert again.import_dock.isVisible()
    top, bottom = again.review.splitter.sizes()
    assert bottom > 2 * top


def test_qt_main_window_imports_files_dropped_on_it(qtbot, signed_in, tmp_path: Path) -> None:
    from db_fixtures import write_call

    window = signed_in("alice")
    dropped = write_call(tmp_path / "dropped", "drop1.txt", ["Agent: Pay up, deadbeat.", "Customer: No."],
                         call_id="DROP-1")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(dropped))])
    copy, left, plain = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), copy, data, left, plain)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(window.import_finished, timeout=WAIT) as done:
        QApplication.sendEvent(window, QDropEvent(QPointF(10, 10), copy, data, left, plain))
    assert [(Path(f.path).name, f.status, f.flags) for f in done.args[0].files] == [("drop1.txt", "imported", 1)]
    qtbot.waitUntil(lambda: window.review.queue.model.rowCount() == 12, timeout=WAIT)
