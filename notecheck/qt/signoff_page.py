"""The supervisor's page: decisions awaiting sign-off, filtered by reviewer and agent; sign off or return.

S signs off, R returns with a reason, J/K move. Four eyes: a decision one made oneself cannot be
signed off or returned, and the buttons say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QToolButton, QVBoxLayout, QWidget

from notecheck.qt import labels
from notecheck.qt import operations as ops
from notecheck.qt.action_gate import ActionGate
from notecheck.qt.call_view import CallView
from notecheck.qt.dialogs import ReasonDialog, ask_reason
from notecheck.qt.queue_view import QueueView
from notecheck.qt.worker import Worker
from notecheck.records import Changes, FlagRow, ReviewResult, UserInfo


class SignOffPage(QWidget):
    """Decided flags for supervisors to sign off or return."""

    message = Signal(str)

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.queue = QueueView(worker, [
            (self.tr("Awaiting sign-off"), ("confirmed", "dismissed")),
            (self.tr("Signed off"), ("signed_off",)),
            (self.tr("Returned"), ("returned",)),
            (self.tr("All decided"), ("confirmed", "dismissed", "signed_off", "returned")),
        ], with_reviewer=True)
        self.call = CallView(worker)
        self.decision = QLabel()
        self.decision.setWordWrap(True)
        self.decision.setTextFormat(Qt.TextFormat.RichText)

        self.sign_off_action = self._action(self.tr("&Sign off"), "S", self.tr("Sign off the decision"),
                                            lambda: self.act("sign_off"))
        self.return_action = self._action(self.tr("&Return…"), "R", self.tr("Return to the reviewer with a reason"),
                                          lambda: self.act("return"))
        self.next_action = self._action(self.tr("&Next flag"), "J", self.tr("Next flag"), lambda: self.queue.move(1))
        self.previous_action = self._action(self.tr("&Previous flag"), "K", self.tr("Previous flag"),
                                            lambda: self.queue.move(-1))
        self.actions_in_order = [self.sign_off_action, self.return_action, self.previous_action, self.next_action]
        self.buttons: dict[QAction, QToolButton] = {}
        bar = QHBoxLayout()
        for action in self.actions_in_order:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons[action] = button
            bar.addWidget(button)
        bar.addWidget(self.decision, 1)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(bar)
        lower_layout.addWidget(self.call, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self.gate = ActionGate(worker, {self.sign_off_action: "sign_off", self.return_action: "return"}, self)
        self.queue.current_changed.connect(self._current_changed)
        self.queue.selection_changed.connect(lambda: self.gate.update(self.queue.selected_flags()))
        self.call.flag_chosen.connect(self.queue.select_flag)

    def _action(self, text: str, key: str, tip: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(f"{tip} ({key})")
        action.triggered.connect(slot)
        return action

    def set_active(self, active: bool) -> None:
        self.next_action.setEnabled(active)
        self.previous_action.setEnabled(active)
        self.gate.set_active(active)
        if active:  # whoever is signed in now may differ from when the flags were last checked
            self.gate.update(self.queue.selected_flags())

    def set_people(self, users: Sequence[UserInfo]) -> None:
        """Fill the reviewer filter with the people who decide flags."""
        self.queue.set_reviewers([(u.name, f"{u.display_name or u.name} ({labels.role_label(u.role)})")
                                  for u in users if u.role in ("qa_reviewer", "supervisor", "admin",
                                                               "compliance_officer")])

    def _current_changed(self, row: FlagRow | None) -> None:
        self.call.show_flag(row)
        self.gate.update(self.queue.selected_flags())
        if row is None or not row.decided_by:
            self.decision.clear()
            return
        when = labels.local_time(row.decided_at)
        text = self.tr("%1 by <b>%2</b> %3").replace("%1", labels.status_label(row.outcome or row.status)) \
            .replace("%2", row.decided_by).replace("%3", when)
        if row.decision_reason:
            text += f" — {row.decision_reason}"
        self.decision.setText(text)

    def act(self, action: str, reason: str | None = None) -> None:
        rows = self.queue.selected_flags()
        if not rows:
            self.message.emit(self.tr("Choose a flag first."))
            return
        if action == "return" and not reason:
            ask_reason(ReasonDialog.returning(self, len(rows)), lambda r: self.act("return", r))
            return
        selected = self.queue.selected_rows()
        after = selected[-1] + 1
        self.queue.keep_position(self.queue.model.flag_id(after) if after < self.queue.model.rowCount() else None)
        chosen = list(rows)

        def run(ws: Any, _task: Any) -> ReviewResult:
            return ops.decide(ws, action, chosen, reason)

        def done(result: ReviewResult) -> None:
            word = self.tr("signed off") if action == "sign_off" else self.tr("returned")
            self.message.emit(self.tr("%n flag(s) %1.", "", len(result.flags)).replace("%1", word))

        def refused(error: BaseException) -> None:
            self.queue.keep_position(None)
            self.message.emit(str(error))

        self.worker.run(run, done=done, failed=refused, origin=self)

    def apply_changes(self, changes: Changes) -> None:
        if changes.queue or changes.flags or changes.calls:
            self.queue.model.reload(changes.flags)
        current = self.call.flag
        if current is not None and (current.id in changes.flags or current.call_id in changes.calls):
            self.call.refresh()
