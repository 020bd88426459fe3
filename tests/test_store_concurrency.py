"""Two reviewers deciding the same flag at once, each on their own connection: the second gets a conflict naming
the flag, and nothing is lost or counted twice."""

from __future__ import annotations

import threading
import time

import pytest
from db_fixtures import Team, publish_v1
from sqlalchemy import func, select

from notecheck.review import ConflictError, ReviewError, actions
from notecheck.store.database import reading, writing
from notecheck.store.models import AuditEvent, Decision
from notecheck.store.queue import QueueFilter


def _decisions(team: Team, flag_id: int) -> tuple[int, int]:
    ws = team.as_("adam")
    with reading(ws.engine) as session:
        decisions = session.execute(select(func.count()).select_from(Decision)
                                    .where(Decision.flag_id == flag_id)).scalar_one()
        events = session.execute(select(func.count()).select_from(AuditEvent)
                                 .where(AuditEvent.flag_id == flag_id)).scalar_one()
    return decisions, events


@pytest.fixture
def flag(team: Team, calls_dir) -> int:
    alice = team.as_("alice")
    publish_v1(alice)
    alice.import_paths([calls_dir(1)])
    return alice.queue_ids(QueueFilter())[0]


def test_store_concurrency_second_decision_conflicts(team: Team, flag: int) -> None:
    """Carol's decision waits on alice's open transaction, then finds the flag moved on."""
    alice, carol = team.as_("alice"), team.as_("carol")
    seen = carol.flag_rows([flag])[0].version
    outcome: list[object] = []

    def carol_decides() -> None:
        try:
            outcome.append(carol.dismiss([flag], reason="looks fine", expected={flag: seen}))
        except ReviewError as exc:
            outcome.append(exc)

    with writing(alice.engine) as session:
        actions.act(session, alice.actor, "confirm", [flag], expected={flag: seen})
        racer = threading.Thread(target=carol_decides)
        racer.start()
        time.sleep(0.5)  # carol is now blocked on alice's row lock (PostgreSQL) or write lock (SQLite)
        assert racer.is_alive()
    racer.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], ConflictError)
    assert str(outcome[0]) == (f"flag {flag} was changed by someone else (version {seen} expected, now {seen + 1}): "
                               "it is now confirmed; reload it and decide again")
    row = alice.flag_rows([flag])[0]
    assert (row.status, row.version, row.decided_by) == ("confirmed", seen + 1, team.names["alice"])
    assert _decisions(team, flag) == (1, 1)
    assert alice.verify_audit().ok


def test_store_concurrency_simultaneous_decisions_one_wins(team: Team, flag: int) -> None:
    people = [team.as_("alice"), team.as_("carol"), team.as_("bob")]
    seen = people[0].flag_rows([flag])[0].version
    barrier = threading.Barrier(len(people))
    results: list[object] = []
    lock = threading.Lock()

    def decide(ws) -> None:
        barrier.wait()
        try:
            result: object = ws.confirm([flag], expected={flag: seen})
        except ReviewError as exc:
            result = exc
        with lock:
            results.append(result)

    threads = [threading.Thread(target=decide, args=(ws,)) for ws in people]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    conflicts = [r for r in results if isinstance(r, ConflictError)]
    assert len(results) == 3 and len(conflicts) == 2
    assert all(c.flag_id == flag for c in conflicts)
    assert people[0].flag_rows([flag])[0].version == seen + 1
    assert _decisions(team, flag) == (1, 1)
    assert people[0].verify_audit().ok


def test_store_concurrency_stale_version_refused(team: Team, flag: int) -> None:
    alice, bob = team.as_("alice"), team.as_("bob")
    alice.confirm([flag])
    with pytest.raises(ConflictError, match=f"flag {flag} was changed by someone else"):
        bob.sign_off([flag], expected={flag: 1})
    assert bob.sign_off([flag], expected={flag: 2}).flags[0].version == 3
