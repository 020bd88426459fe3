"""Flag states and the transitions between them, as pure rules (the database enforces the same in team mode).

```
open ─┬─ confirm ──▶ confirmed ─┬─ sign_off ──▶ signed_off
      ├─ dismiss ──▶ dismissed ─┘
      └─ escalate ─▶ escalated ── confirm/dismiss (compliance) ──▶ confirmed/dismissed
confirmed/dismissed ── return (reason) ──▶ returned ── confirm/dismiss/escalate (reviewer) ──▶ …
```
A supervisor never signs off or returns a decision they made (four eyes). Dismissing and returning need a
reason. `undo` reverts the last action on a flag, by whoever took it, as a new event.
"""

from __future__ import annotations

from typing import Literal

from notecheck.review.errors import WorkflowError
from notecheck.review.roles import DECIDERS, ESCALATION_DECIDERS, SIGNERS, Actor

Status = Literal["open", "escalated", "confirmed", "dismissed", "returned", "signed_off"]
Action = Literal["confirm", "dismiss", "escalate", "sign_off", "return"]
STATUSES: tuple[Status, ...] = ("open", "escalated", "confirmed", "dismissed", "returned", "signed_off")
ACTIONS: tuple[Action, ...] = ("confirm", "dismiss", "escalate", "sign_off", "return")
RESULT: dict[str, Status] = {"confirm": "confirmed", "dismiss": "dismissed", "escalate": "escalated",
                             "sign_off": "signed_off", "return": "returned"}
NEEDS_REASON = frozenset({"dismiss", "return"})
UNDOABLE = frozenset(ACTIONS)


def check(action: str, *, flag_id: int, status: str, actor: Actor, decided_by_id: int | None,
          reason: str | None) -> Status:
    """The status `action` leads to, or WorkflowError saying why it is refused."""
    if action not in RESULT:
        raise WorkflowError(f"flag {flag_id}: unknown action {action!r}", flag_id)
    if action in NEEDS_REASON and not (reason or "").strip():
        raise WorkflowError(f"flag {flag_id}: {'dismissing' if action == 'dismiss' else 'returning'} needs a reason",
                            flag_id)
    role = actor.role
    if action in ("confirm", "dismiss", "escalate"):
        allowed = (status in ("open", "returned") and role in DECIDERS) or (
            status == "escalated" and action != "escalate" and role in ESCALATION_DECIDERS)
        if not allowed:
            raise WorkflowError(f"flag {flag_id}: a {role} cannot {action} a flag that is {status}", flag_id)
    else:
        if role not in SIGNERS:
            raise WorkflowError(f"flag {flag_id}: a {role} cannot sign off or return decisions", flag_id)
        if status not in ("confirmed", "dismissed"):
            raise WorkflowError(f"flag {flag_id}: only a decided flag can be signed off or returned (it is {status})",
                                flag_id)
        if decided_by_id == actor.id:
            raise WorkflowError(f"flag {flag_id}: four eyes: {actor.name} decided this flag and cannot also "
                                f"{'sign it off' if action == 'sign_off' else 'return it'}", flag_id)
    return RESULT[action]
