"""The reviewer's page: the queue above, the current flag in its call below, decisions from the keyboard.

C confirms, D dismisses (with a reason), E escalates, M flags the words selected in the transcript,
J/K move to the next/previous flag, Ctrl+Z undoes one's own last decision (recorded as a new event).
A decision applies to every selected row, then the page moves on to the next flag.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QToolButton, QVBoxLayout, QWidget

from notecheck.qt import labels
from notecheck.qt import operations as ops
from notecheck.qt.action_gate import ActionGate
from notecheck.qt.call_view import CallView
from notecheck.qt.dialogs import ManualFlagDialog, ReasonDialog, ask_reason
from notecheck.qt.queue_view import QueueView
from notecheck.qt.worker import Worker
from notecheck.records import Changes, FlagRow, ReviewResult


class ReviewPage(QWidget):
    """Queue + call view + review actions for QA reviewers."""

    message = Signal(str)
    """Something to tell the person (shown in the status bar)."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.queue = QueueView(worker, [
            (self.tr("To review"), ("open", "returned")),
            (self.tr("Open"), ("open",)),
            (self.tr("Returned"), ("returned",)),
            (self.tr("Escalated"), ("escalated",)),
            (self.tr("Confirmed"), ("confirmed",)),
            (self.tr("Dismissed"), ("dismissed",)),
            (self.tr("Signed off"), ("signed_off",)),
            (self.tr("All"), ()),
        ])
        self.call = CallView(worker)

        self.confirm_action = self._action(self.tr("&Confirm"), "C", self.tr("Confirm: this is a violation"),
                                           lambda: self.decide("confirm"))
        self.dismiss_action = self._action(self.tr("&Dismiss…"), "D", self.tr("Dismiss with a reason"),
                                           lambda: self.decide("dismiss"))
        self.escalate_action = self._action(self.tr("&Escalate"), "E", self.tr("Escalate to compliance"),
                                            lambda: self.decide("escalate"))
        self.manual_action = self._action(self.tr("&Flag selected words…"), "M",
                                          self.tr("Add a flag for the words selected in the transcript"),
                                          self.add_manual_flag)
        self.undo_action = self._action(self.tr("&Undo my last decision"), QKeySequence.StandardKey.Undo,
                                        self.tr("Undo your own last decision (recorded as a new event)"), self.undo)
        self.next_action = self._action(self.tr("&Next flag"), "J", self.tr("Next flag"), lambda: self.queue.move(1))
        self.previous_action = self._action(self.tr("&Previous flag"), "K", self.tr("Previous flag"),
                                            lambda: self.queue.move(-1))
        self.actions_in_order = [self.confirm_action, self.dismiss_action, self.escalate_action, self.manual_action,
                                 self.undo_action, self.previous_action, self.next_action]

        bar = QHBoxLayout()
        for action in self.actions_in_order:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addStretch(1)

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

        self.gate = ActionGate(worker, {self.confirm_action: "confirm", self.dismiss_action: "dismiss",
                                        self.escalate_action: "escalate"}, self)
        self.queue.current_changed.connect(self.call.show_flag)
        self.queue.current_changed.connect(lambda _row: self._check_actions())
        self.queue.selection_changed.connect(self._check_actions)
        self.call.flag_chosen.connect(self._flag_chosen)

    def _action(self, text: str, key: Any, tip: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(f"{tip} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        return action

    def set_active(self, active: bool) -> None:
        """Shortcuts work only while the page is shown (and decisions only where the person may take them)."""
        for action in (self.manual_action, self.undo_action, self.next_action, self.previous_action):
            action.setEnabled(active)
        self.gate.set_active(active)
        if active:  # whoever is signed in now may differ from when the flags were last checked
            self._check_actions()

    def _check_actions(self) -> None:
        self.gate.update(self.queue.selected_flags())

    # -- decisions ----------------------------------------------------------------------------------
    def decide(self, action: str, reason: str | None = None) -> None:
        rows = self.queue.selected_flags()
        if rows is None:
            self.message.emit(self.tr("The selected flags are still loading; try again in a moment."))
            return
        if not rows:
            self.message.emit(self.tr("Choose a flag first."))
            return
        if action == "dismiss" and not reason:
            ask_reason(ReasonDialog.dismissal(self, len(rows)), lambda r: self.decide("dismiss", r))
            return
        selected = self.queue.selected_rows()
        after = selected[-1] + 1
        self.queue.keep_position(self.queue.model.flag_id(after) if after < self.queue.model.rowCount() else None)
        chosen: list[FlagRow] = rows

        def run(ws: Any, _task: Any) -> ReviewResult:
            return ops.decide(ws, action, chosen, reason)

        self.worker.run(run, done=lambda result: self._decided(action, result), failed=self._refused, origin=self)

    def _decided(self, action: str, result: ReviewResult) -> None:
        count = len(result.flags)
        self.message.emit(self.tr("%n flag(s) %1.", "", count).replace("%1", self._done_word(action)))

    def _done_word(self, action: str) -> str:
        words = {"confirm": self.tr("confirmed"), "dismiss": self.tr("dismissed"), "escalate": self.tr("escalated")}
        return words.get(action, action)

    def _refused(self, error: BaseException) -> None:
        self.queue.keep_position(None)
        self.message.emit(str(error))
        self.queue.model.reload()

    def undo(self) -> None:
        def run(ws: Any, _task: Any) -> ReviewResult:
            return ws.undo_last()

        def done(result: ReviewResult) -> None:
            if result.flags:
                self.queue.keep_position(result.flags[0].id)
                self.message.emit(self.tr("Undone: flag %1 is %2 again.").replace("%1", str(result.flags[0].id))
                                  .replace("%2", _status(result.flags[0].status)))

        self.worker.run(run, done=done, failed=lambda e: self.message.emit(str(e)), origin=self)

    def add_manual_flag(self) -> None:
        chosen = self.call.selection()
        if chosen is None:
            self.message.emit(self.tr("Select the words in one utterance of the transcript first."))
            return
        dialog = ManualFlagDialog(chosen.text, self)

        def accepted() -> None:
            category = dialog.category.currentData()
            severity = dialog.severity.currentData()
            note = dialog.note.text()

            def run(ws: Any, _task: Any) -> ReviewResult:
                return ws.add_manual_flag(chosen.call_id, chosen.segment, chosen.start, chosen.end,
                                          category=category, note=note, severity=severity)

            def done(result: ReviewResult) -> None:
                self.message.emit(self.tr("Flag added: “%1”.").replace("%1", chosen.text))

            self.worker.run(run, done=done, failed=lambda e: self.message.emit(str(e)), origin=self)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.manual_dialog = dialog

    def _flag_chosen(self, flag_id: int) -> None:
        if not self.queue.select_flag(flag_id):
            row = next((d.row for d in (self.call.call.flags if self.call.call else ()) if d.row.id == flag_id), None)
            if row is not None:
                self.call.show_flag(row)

    # -- redrawing ----------------------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        if changes.queue or changes.flags or changes.calls:
            self.queue.model.reload(changes.flags)
        current = self.call.flag
        if current is not None and (current.id in changes.flags or current.call_id in changes.calls):
            self.call.refresh()


def _status(status: str) -> str:
    return labels.status_label(status)

