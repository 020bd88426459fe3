"""Review actions in the database, inside the caller's transaction: decide, sign off, undo, add a manual flag.

Each action checks the workflow rules, moves the flag on with an optimistic version check, records a
decision and appends an audit event.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from notecheck.review.errors import ConflictError, NotFound, WorkflowError
from notecheck.review.roles import Actor
from notecheck.review.workflow import UNDOABLE, check
from notecheck.store import audit
from notecheck.store.models import CallRecord, Decision, FlagRecord, SegmentRecord, User
from notecheck.store.queue import SEVERITY_RANK
from notecheck.store.rulesets import labels
from notecheck.store.types import naive_utc, utcnow

FLAGS = FlagRecord.__table__
STATE_FIELDS = ("status", "outcome", "decided_by_id", "decided_at", "decision_reason", "reviewed_by_id",
                "reviewed_at", "review_reason")
"""The review columns an undo restores."""


def _state_json(row: Any) -> str:
    state = {}
    for name in STATE_FIELDS:
        value = getattr(row, name)
        state[name] = naive_utc(value).isoformat() if isinstance(value, datetime) else value
    return json.dumps(state, sort_keys=True)


def _restore(prev_state: str) -> dict[str, Any]:
    state = json.loads(prev_state)
    for name in ("decided_at", "reviewed_at"):
        if state.get(name):
            state[name] = datetime.fromisoformat(state[name])
    return {name: state.get(name) for name in STATE_FIELDS}


def _summary(values: Mapping[str, Any], names: Mapping[int, str]) -> dict[str, Any]:
    """A flag's review state as the audit trail records it (user names, not ids)."""
    return {"status": values["status"], "outcome": values["outcome"], "version": values["version"],
            "decided_by": names.get(values["decided_by_id"]), "reviewed_by": names.get(values["reviewed_by_id"])}


def _names(session: Session, *ids: int | None) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return dict(session.execute(select(User.id, User.name).where(User.id.in_(wanted))).all())


def _load(session: Session, flag_id: int) -> Any:
    row = session.execute(select(FLAGS).where(FLAGS.c.id == flag_id)).first()
    if row is None:
        raise NotFound(f"flag {flag_id}: no such flag")
    return row


def _record(session: Session, actor: Actor, action: str, row: Any, new: Mapping[str, Any], reason: str | None,
            undoes: int | None = None) -> None:
    """Decision row and audit event for one flag whose update already went through."""
    now = new.get("decided_at") if action in ("confirm", "dismiss", "escalate") else utcnow()
    session.execute(insert(Decision).values(
        flag_id=row.id, action=action, from_status=row.status, to_status=new["status"], actor_id=actor.id,
        role=actor.role, reason=reason, at=now or utcnow(), ruleset_id=row.ruleset_id, undoes_id=undoes,
        before=_state_json(row)))
    old = dict(row._mapping)
    after = {**old, **new}
    names = _names(session, old["decided_by_id"], old["reviewed_by_id"], after["decided_by_id"],
                   after["reviewed_by_id"])
    label = labels(session, [row.ruleset_id]).get(row.ruleset_id) if row.ruleset_id else None
    audit.append(session, audit.NewEvent(
        actor=actor.name, role=actor.role, action=action, subject=f"flag:{row.id}", flag_id=row.id,
        before=_summary(old, names), after=_summary(after, names), reason=reason, ruleset=label))


def _update(session: Session, row: Any, values: dict[str, Any]) -> None:
    done = session.execute(update(FLAGS).where(FLAGS.c.id == row.id, FLAGS.c.version == row.version).values(**values))
    if done.rowcount != 1:
        now = session.execute(select(FLAGS.c.version, FLAGS.c.status).where(FLAGS.c.id == row.id)).first()
        raise ConflictError(row.id, row.version, now.version if now else None, f"it is now {now.status}" if now else "")


def act(session: Session, actor: Actor, action: str, flag_ids: Iterable[int], *, reason: str | None = None,
        expected: Mapping[int, int] | None = None) -> list[int]:
    """Apply one action to each flag, all or nothing; return the flag ids changed."""
    reason = (reason or "").strip() or None
    done = []
    for flag_id in dict.fromkeys(flag_ids):
        row = _load(session, flag_id)
        if expected is not None and flag_id in expected and expected[flag_id] != row.version:
            raise ConflictError(flag_id, expected[flag_id], row.version, f"it is now {row.status}")
        status = check(action, flag_id=flag_id, status=row.status, actor=actor, decided_by_id=row.decided_by_id,
                       reason=reason)
        now = utcnow()
        values: dict[str, Any] = {"status": status, "version": row.version + 1, "last_action": action,
                                  "last_actor_id": actor.id, "prev_state": _state_json(row)}
        if action in ("confirm", "dismiss", "escalate"):
            values.update(outcome=status if action != "escalate" else None, decided_by_id=actor.id, decided_at=now,
                          decision_reason=reason)
        else:
            values.update(reviewed_by_id=actor.id, reviewed_at=now, review_reason=reason)
        _update(session, row, values)
        _record(session, actor, action, row, values, reason)
        done.append(flag_id)
    return done


def last_undoable(session: Session, actor: Actor) -> Any:
    """The actor's newest decision that has not been undone yet."""
    undone = select(Decision.undoes_id).where(Decision.undoes_id.is_not(None))
    return session.execute(select(Decision.id, Decision.flag_id, Decision.action)
                           .where(Decision.actor_id == actor.id, Decision.action.in_(UNDOABLE),
                                  Decision.id.not_in(undone))
                           .order_by(Decision.id.desc()).limit(1)).first()


def undo_last(session: Session, actor: Actor) -> int:
    """Revert the actor's own last decision, as a new decision and audit event; return the flag id."""
    last = last_undoable(session, actor)
    if last is None:
        raise WorkflowError(f"{actor.name} has no decision to undo")
    row = _load(session, last.flag_id)
    if row.last_actor_id != actor.id or row.last_action != last.action or not row.prev_state:
        who = _names(session, row.last_actor_id).get(row.last_actor_id, "someone")
        raise WorkflowError(f"flag {row.id}: your last decision ({last.action}) cannot be undone: {who} has since "
                            f"acted on it ({row.last_action}, now {row.status})", row.id)
    values = {**_restore(row.prev_state), "version": row.version + 1, "last_action": "undo",
              "last_actor_id": actor.id, "prev_state": None}
    _update(session, row, values)
    _record(session, actor, "undo", row, values, f"undo of {last.action}", undoes=last.id)
    return row.id


def add_manual(session: Session, actor: Actor, call_id: int, segment: int, start: int, end: int, *, category: str,
               note: str, severity: str = "medium") -> int:
    """A flag the rules missed: confirmed by the person who adds it, ready for sign-off."""
    if not category.strip():
        raise WorkflowError("a manual flag needs a category")
    if severity not in SEVERITY_RANK:
        raise WorkflowError(f"unknown severity {severity!r}; one of {', '.join(SEVERITY_RANK)}")
    call = session.execute(select(CallRecord.agent, CallRecord.language, CallRecord.call_date)
                           .where(CallRecord.id == call_id)).first()
    seg = session.execute(select(SegmentRecord.text, SegmentRecord.line, SegmentRecord.col)
                          .where(SegmentRecord.call_id == call_id, SegmentRecord.idx == segment)).first()
    if call is None or seg is None:
        raise NotFound(f"call {call_id} has no segment {segment}")
    if not 0 <= start < end <= len(seg.text):
        raise WorkflowError(f"span {start}–{end} is outside segment {segment} (0–{len(seg.text)})")
    now = utcnow()
    rule = f"manual.{category.strip()}"
    clash = session.execute(select(FLAGS.c.id).where(
        FLAGS.c.call_id == call_id, FLAGS.c.segment_idx == segment, FLAGS.c.rule == rule,
        FLAGS.c.span_start == start, FLAGS.c.span_end == end)).scalar()
    if clash is not None:
        raise WorkflowError(f"flag {clash} already marks these words as {category}", clash)
    flag_id = session.execute(insert(FlagRecord).values(
        call_id=call_id, segment_idx=segment, rule=rule, span_start=start, span_end=end, source="manual",
        ruleset_id=None, category=category.strip(), severity=severity, severity_rank=SEVERITY_RANK[severity],
        text=seg.text[start:end], line=seg.line, col=seg.col + start, end_col=seg.col + end,
        message=note.strip() or f"Added by {actor.name}", citation="", explanation="{}", note=note.strip(),
        raised=True, status="confirmed", outcome="confirmed", version=1, created_at=now, created_by_id=actor.id,
        decided_by_id=actor.id, decided_at=now, decision_reason=note.strip() or None, last_action="manual",
        last_actor_id=actor.id, agent=call.agent, language=call.language, call_date=call.call_date,
    ).returning(FlagRecord.id)).scalar_one()
    session.execute(insert(Decision).values(
        flag_id=flag_id, action="manual", from_status="open", to_status="confirmed", actor_id=actor.id,
        role=actor.role, reason=note.strip() or None, at=now, before="{}"))
    audit.append(session, audit.NewEvent(
        actor=actor.name, role=actor.role, action="flag_add", subject=f"flag:{flag_id}", flag_id=flag_id,
        before=None, after={"status": "confirmed", "outcome": "confirmed", "version": 1, "decided_by": actor.name,
                            "category": category.strip(), "severity": severity, "segment": segment,
                            "span": [start, end], "text": seg.text[start:end]},
        reason=note.strip() or None))
    return flag_id
