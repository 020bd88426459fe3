"""The audit trail: append-only events chained by SHA-256, and the check that finds the first bad one.

Each event's hash covers its id, the previous event's hash, its time (microseconds since the epoch, UTC),
actor, role, action, subject, flag, before/after (canonical JSON), reason and rule set version, joined
by the unit separator. SQLite computes it here; PostgreSQL computes the same value in a trigger
(`notecheck_audit_append`) so no client can forge it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from notecheck.store.models import AuditEvent
from notecheck.store.types import EPOCH, naive_utc, utcnow

GENESIS = "0" * 64
SEPARATOR = "\x1f"
VERIFY_BATCH = 5000


def canonical_json(value: Any) -> str | None:
    """The one JSON spelling an event's before/after is hashed and stored in."""
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def micros(at: datetime) -> int:
    return (naive_utc(at) - EPOCH) // timedelta(microseconds=1)


def event_hash(*, id: int, prev_hash: str, at: datetime, actor: str, role: str, action: str, subject: str,
               flag_id: int | None, before: str | None, after: str | None, reason: str | None,
               ruleset: str | None) -> str:
    fields = (str(id), prev_hash, str(micros(at)), actor, role, action, subject,
              "" if flag_id is None else str(flag_id), before or "", after or "", reason or "", ruleset or "")
    return hashlib.sha256(SEPARATOR.join(fields).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class NewEvent:
    """What an action records; the store adds id, time and hashes."""

    actor: str
    role: str
    action: str
    subject: str
    flag_id: int | None = None
    before: Any = None
    after: Any = None
    reason: str | None = None
    ruleset: str | None = None


def append(session: Session, event: NewEvent) -> int:
    """Add one event at the end of the chain, inside the caller's transaction; return its id."""
    values = {
        "actor": event.actor, "role": event.role, "action": event.action, "subject": event.subject,
        "flag_id": event.flag_id, "before": canonical_json(event.before), "after": canonical_json(event.after),
        "reason": event.reason, "ruleset": event.ruleset,
    }
    if session.get_bind().dialect.name == "postgresql":
        # The trigger takes the chain lock and sets id, time, role and hashes.
        values.update(id=0, at=utcnow(), prev_hash="", hash="")
        return session.execute(insert(AuditEvent.__table__).values(**values)
                               .returning(AuditEvent.__table__.c.id)).scalar_one()
    # SQLite: the write transaction (BEGIN IMMEDIATE) already excludes other writers.
    last = session.execute(select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    new_id, prev = (last.id + 1, last.hash) if last else (1, GENESIS)
    at = datetime.now(UTC).replace(tzinfo=None)
    values.update(id=new_id, at=at, prev_hash=prev)
    values["hash"] = event_hash(**{k: values[k] for k in (
        "id", "prev_hash", "at", "actor", "role", "action", "subject", "flag_id", "before", "after", "reason",
        "ruleset")})
    session.execute(insert(AuditEvent.__table__).values(**values))
    return new_id


@dataclass(frozen=True, slots=True)
class ChainCheck:
    ok: bool
    events: int
    first_bad: int | None
    problem: str
    head: str
    """Hash of the last event: note it down, and a later check can show nothing was cut off the end."""


def verify(session: Session, expect_head: str | None = None) -> ChainCheck:
    """Walk the chain in id order and name the first event that was edited, removed or moved."""
    prev = GENESIS
    count = 0
    last_id = 0
    seen_expected = expect_head is None
    columns = [AuditEvent.id, AuditEvent.prev_hash, AuditEvent.at, AuditEvent.actor, AuditEvent.role,
               AuditEvent.action, AuditEvent.subject, AuditEvent.flag_id, AuditEvent.before, AuditEvent.after,
               AuditEvent.reason, AuditEvent.ruleset, AuditEvent.hash]
    while True:
        rows = session.execute(select(*columns).where(AuditEvent.id > last_id).order_by(AuditEvent.id)
                               .limit(VERIFY_BATCH)).all()
        if not rows:
            break
        for row in rows:
            count += 1
            last_id = row.id
            if row.prev_hash != prev:
                problem = ("an event before it was removed or the events were reordered"
                           if count > 1 or row.prev_hash != GENESIS else "it does not start the chain")
                return ChainCheck(False, count, row.id, f"event {row.id}: does not follow the event before it "
                                                         f"({problem})", prev)
            fields = row._asdict()
            stored = fields.pop("hash")
            if event_hash(**fields) != stored:
                return ChainCheck(False, count, row.id, f"event {row.id}: its contents were changed after it "
                                                         "was written", prev)
            prev = stored
            if stored == expect_head:
                seen_expected = True
    if not seen_expected:
        return ChainCheck(False, count, None, f"the chain no longer contains the expected head {expect_head[:12]}…; "
                                              "events were removed from its end", prev)
    return ChainCheck(True, count, None, "", prev)


def count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
