"""The audit trail on SQLite and PostgreSQL: every action is an event, chained by hash; `verify` names the first
event that was edited, removed or reordered."""

from __future__ import annotations

import itertools

import pytest
from db_fixtures import Team, publish_v1
from sqlalchemy import text

from notecheck.store.database import writing
from notecheck.store.queue import QueueFilter


@pytest.fixture
def busy(team: Team, calls_dir) -> Team:
    """A database with imports, decisions, a sign-off, a return, an undo and a manual flag in its trail."""
    alice, bob = team.as_("alice"), team.as_("bob")
    publish_v1(alice)
    alice.import_paths([calls_dir(2)])
    ids = alice.queue_ids(QueueFilter())
    alice.confirm(ids[:2])
    alice.dismiss(ids[2:3], reason="quote")
    bob.sign_off(ids[:1])
    bob.return_to_reviewer(ids[1:2], reason="listen again")
    alice.escalate(ids[3:4])
    alice.undo_last()
    alice.add_manual_flag(alice.flag_rows(ids[:1])[0].call_id, 0, 0, 5, category="impersonation", note="fake name")
    return team


def _tamper(team: Team, *statements: str) -> None:
    """Change audit rows the way someone with file or superuser access could, past the append-only guards."""
    ws = team.owner()
    with writing(ws.engine) as session:
        if team.backend == "sqlite":
            session.execute(text("DROP TRIGGER audit_events_no_update"))
            session.execute(text("DROP TRIGGER audit_events_no_delete"))
        else:
            session.execute(text("SET LOCAL session_replication_role = replica"))
        for statement in statements:
            session.execute(text(statement))


def test_store_audit_every_action_is_an_event(busy: Team) -> None:
    ws = busy.as_("alice")
    events = ws.audit_events()
    actions = [e.action for e in events]
    assert actions[:6] == ["user_add"] * 6
    assert actions[6:] == ["publish", "import", "import", "confirm", "confirm", "dismiss", "sign_off", "return",
                           "escalate", "undo", "flag_add"]
    sign_off = next(e for e in events if e.action == "sign_off")
    assert (sign_off.actor, sign_off.role) == (busy.names["bob"], "supervisor")
    assert sign_off.before_value["status"] == "confirmed" and sign_off.after_value["status"] == "signed_off"
    assert sign_off.after_value["decided_by"] == busy.names["alice"]
    assert sign_off.ruleset.startswith("review-test@1 (")
    ret = next(e for e in events if e.action == "return")
    assert ret.reason == "listen again"
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(events))
    report = ws.verify_audit()
    assert report.ok and report.events == len(events) and report.head == events[-1].hash


def test_store_audit_detects_an_edited_event(busy: Team) -> None:
    ws = busy.as_("alice")
    target = next(e for e in ws.audit_events() if e.action == "dismiss")
    _tamper(busy, f"UPDATE audit_events SET reason = 'it was fine' WHERE id = {target.id}")
    report = ws.verify_audit()
    assert not report.ok and report.first_bad == target.id
    assert report.problem == f"event {target.id}: its contents were changed after it was written"


def test_store_audit_detects_a_removed_event(busy: Team) -> None:
    ws = busy.as_("alice")
    events = ws.audit_events()
    target = next(i for i, e in enumerate(events) if e.action == "return")
    _tamper(busy, f"DELETE FROM audit_events WHERE id = {events[target].id}")
    report = ws.verify_audit()
    assert not report.ok and report.first_bad == events[target + 1].id
    assert "does not follow the event before it" in report.problem


def test_store_audit_detects_reordered_events(busy: Team) -> None:
    ws = busy.as_("alice")
    events = ws.audit_events()
    a, b = events[3], events[4]
    big = 1_000_000
    _tamper(busy, f"UPDATE audit_events SET id = {big} WHERE id = {a.id}",
            f"UPDATE audit_events SET id = {a.id} WHERE id = {b.id}",
            f"UPDATE audit_events SET id = {b.id} WHERE id = {big}")
    report = ws.verify_audit()
    assert not report.ok and report.first_bad == a.id


def test_store_audit_detects_events_cut_off_the_end(busy: Team) -> None:
    ws = busy.as_("alice")
    events = ws.audit_events()
    noted = ws.verify_audit().head
    _tamper(busy, f"DELETE FROM audit_events WHERE id = {events[-1].id}")
    assert ws.verify_audit().ok  # the remaining chain is consistent…
    report = ws.verify_audit(expect_head=noted)
    assert not report.ok and "removed from its end" in report.problem  # …but not what was noted down


@pytest.mark.parametrize("statement", ["UPDATE audit_events SET reason = 'x'", "DELETE FROM audit_events",
                                       "UPDATE decisions SET reason = 'x'", "DELETE FROM decisions"])
def test_store_audit_rows_are_append_only(busy: Team, statement: str) -> None:
    ws = busy.owner()
    with pytest.raises(Exception, match="append-only"), writing(ws.engine) as session:
        session.execute(text(statement))
    assert ws.verify_audit().ok
