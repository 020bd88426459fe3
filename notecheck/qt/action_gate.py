"""Review actions enabled only when the signed-in person may take them, with a tooltip saying why not."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from notecheck.qt import operations as ops
from notecheck.qt.worker import Worker
from notecheck.records import FlagRow


class ActionGate(QObject):
    """Asks the workspace (on the worker) whether each action is allowed on the selected flags."""

    def __init__(self, worker: Worker, gated: dict[QAction, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._gated = gated
        self._tips = {action: action.toolTip() for action in gated}
        self._allowed: dict[QAction, bool] = dict.fromkeys(gated, True)
        """Until a check says otherwise an action stays usable (the workspace refuses what is not allowed)."""
        self._active = False
        self._request = 0
        self.reasons: dict[QAction, str | None] = dict.fromkeys(gated)

    def set_active(self, active: bool) -> None:
        self._active = active
        self._apply()

    def update(self, rows: Sequence[FlagRow] | None) -> None:
        """Check again for these flags (None or empty: nothing to act on)."""
        self._request += 1
        request = self._request
        if not rows:
            for action in self._gated:
                self._allowed[action] = False
                self.reasons[action] = self.tr("Choose a flag first")
            self._apply()
            return
        chosen = list(rows)
        names = dict(self._gated)
        for action in self._gated:  # usable at once; the check (and the workspace itself) may still refuse
            self._allowed[action] = True
            self.reasons[action] = None
        self._apply()

        def check(ws: Any, _task: Any) -> dict[QAction, str | None]:
            return {action: ops.why_not(ws, name, chosen) for action, name in names.items()}

        self._worker.run(check, done=lambda result: self._checked(request, result))

    def _checked(self, request: int, result: dict[QAction, str | None]) -> None:
        if request != self._request:
            return
        for action, reason in result.items():
            self._allowed[action] = reason is None
            self.reasons[action] = reason
        self._apply()

    def _apply(self) -> None:
        for action in self._gated:
            action.setEnabled(self._active and self._allowed[action])
            reason = self.reasons.get(action)
            action.setToolTip(self._tips[action] if reason is None else f"{self._tips[action]}\n{reason}")
