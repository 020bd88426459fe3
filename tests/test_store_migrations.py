"""Schema migrations: applied on open, an old database upgrades in place with its data, and the models match."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from notecheck.review.identity import hash_password
from notecheck.store.audit import GENESIS, canonical_json, event_hash
from notecheck.store.database import create_db_engine, resolve_url
from notecheck.store.migrate import current_revision, head_revision, upgrade
from notecheck.store.models import Base
from notecheck.store.queue import QueueFilter
from notecheck.workspace import Workspace

FIRST = "0001"


@pytest.fixture(params=["sqlite", "postgres"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'old.db'}"
    return request.getfixturevalue("pg_database").url


def _old_events() -> list[dict]:
    events, prev = [], GENESIS
    for i, (action, subject, after) in enumerate([("import", "call:1", {"flags": 1}),
                                                 ("confirm", "flag:1", {"status": "confirmed"})], start=1):
        row = {"id": i, "prev_hash": prev, "at": datetime(2026, 3, 2, 12, 0, i, 123456), "actor": "alice",
               "role": "qa_reviewer", "action": action, "subject": subject, "flag_id": 1 if i == 2 else None,
               "before": None, "after": canonical_json(after), "reason": None, "ruleset": "old@1 (abc)"}
        row["hash"] = event_hash(**row)
        prev = row["hash"]
        events.append(row)
    return events


def _fill_first_schema(url: str) -> None:
    engine = create_db_engine(resolve_url(url))
    upgrade(engine, FIRST)
    now = datetime(2026, 3, 2, 12, 0, 0)
    statements = [
        ("INSERT INTO users (id, name, display_name, role, password_hash, active, created_at) VALUES "
         "(1, 'alice', 'Alice', 'qa_reviewer', :pw, true, :now)", {"pw": hash_password("pw"), "now": now}),
        ("INSERT INTO ruleset_versions (id, name, version, sha256, filename, source, created_at) VALUES "
         "(1, 'old', '1', :sha, 'old.yaml', 'ruleset: old', :now)", {"sha": "a" * 64, "now": now}),
        ("INSERT INTO rulebooks (id, sha256, created_at) VALUES (1, :sha, :now)", {"sha": "b" * 64, "now": now}),
        ("INSERT INTO rulebook_rulesets (rulebook_id, ruleset_id) VALUES (1, 1)", {}),
        ("INSERT INTO publications (id, rulebook_id, published_by_id, published_at, note) VALUES "
         "(1, 1, 1, :now, '')", {"now": now}),
        ("INSERT INTO scan_runs (id, rulebook_id, kind, started_by_id, started_at, calls, flags_added, flags_retired) "
         "VALUES (1, 1, 'import', 1, :now, 1, 1, 0)", {"now": now}),
        ("INSERT INTO calls (id, external_id, path, sha256, format, kind, agent, language, started_at, role_source, "
         "speakers, imported_at, imported_by_id, scan_run_id) VALUES (1, 'OLD-1', 'old.txt', :sha, 'text', "
         "'transcript', 'T. Brennan', 'en', :started, 'label', :speakers, :now, 1, 1)",
         {"sha": "c" * 64, "started": datetime(2026, 3, 2, 9, 30), "now": now,
          "speakers": json.dumps([["Agent", "agent"]])}),
        ("INSERT INTO segments (call_id, idx, line, col, speaker, role, text) VALUES "
         "(1, 0, 3, 8, 'Agent', 'agent', 'I will call your boss today.')", {}),
        ("INSERT INTO flags (id, call_id, segment_idx, rule, span_start, span_end, source, ruleset_id, category, "
         "severity, severity_rank, text, line, col, end_col, message, citation, explanation, note, raised, status, "
         "outcome, version, created_at, first_run_id, last_run_id, decided_by_id, decided_at, last_action, "
         "last_actor_id, prev_state) VALUES (1, 1, 0, 'third-party.employer', 7, 21, 'rule', 1, "
         "'third_party_pressure', 'high', 3, 'call your boss', 3, 15, 29, 'Threatens the employer.', '', '{}', '', "
         "true, 'confirmed', 'confirmed', 2, :now, 1, 1, 1, :now, 'confirm', 1, :prev)",
         {"now": now, "prev": json.dumps({"status": "open"})}),
        ("INSERT INTO decisions (id, flag_id, action, from_status, to_status, actor_id, role, at, ruleset_id, before) "
         "VALUES (1, 1, 'confirm', 'open', 'confirmed', 1, 'qa_reviewer', :now, 1, '{}')", {"now": now}),
    ]
    with engine.begin() as conn:
        for statement, params in statements:
            conn.execute(text(statement), params)
        for event in _old_events():
            conn.execute(text("INSERT INTO audit_events (id, at, actor, role, action, subject, flag_id, before, after, "
                              "reason, ruleset, prev_hash, hash) VALUES (:id, :at, :actor, :role, :action, :subject, "
                              ":flag_id, :before, :after, :reason, :ruleset, :prev_hash, :hash)"), event)
        if engine.dialect.name == "postgresql":  # rows were given ids: move the id sequences past them
            for table in ("users", "ruleset_versions", "rulebooks", "publications", "scan_runs", "calls", "flags",
                          "decisions"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 1)"))
    assert current_revision(engine) == FIRST
    engine.dispose()


def test_store_migrations_upgrade_from_first_schema_keeps_data(empty_url: str, tmp_path: Path) -> None:
    _fill_first_schema(empty_url)
    ws = Workspace.open(empty_url)  # upgrades on open
    assert current_revision(ws.engine) == head_revision()
    row = ws.flag_rows([1])[0]
    assert (row.call_ref, row.text, row.status, row.decided_by, row.ruleset) == (
        "OLD-1", "call your boss", "confirmed", "alice", "old@1")
    assert (row.agent, row.language, row.call_date.isoformat()) == ("T. Brennan", "en", "2026-03-02")  # filled in
    assert ws.queue_ids(QueueFilter(agents=("T. Brennan",))) == [1]
    assert ws.call_view(1).segments[0].text == "I will call your boss today."
    assert ws.verify_audit().ok and ws.verify_audit().events == 2
    # the old data works with the new schema: sign-off appends to the old chain
    if ws.team_mode:
        name = f"{empty_url.rsplit('/', 1)[1]}_boss"
        ws.add_user(name, "supervisor")
        boss = Workspace.open(empty_url.replace("://postgres@", f"://{name}@"))
        boss.sign_in()
    else:
        assert ws.sign_in("alice", "pw").role == "qa_reviewer"  # the old argon2 hash still signs in
        _add_sqlite_supervisor(ws)
        boss = ws
        boss.sign_in("boss", "pw2")
    assert boss.sign_off([1], expected={1: 2}).flags[0].status == "signed_off"
    report = boss.verify_audit()
    assert report.ok and report.events == (4 if ws.team_mode else 3)  # team mode: + the user_add event
    boss.close()
    ws.close()


def _add_sqlite_supervisor(ws: Workspace) -> None:
    from notecheck.store import users
    from notecheck.store.database import writing

    with writing(ws.engine) as session:
        users.insert_user(session, "boss", "supervisor", "", hash_password("pw2"))


def test_store_migrations_models_match_the_migrated_schema(empty_url: str) -> None:
    ws = Workspace.open(empty_url)
    with ws.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    ws.close()
    assert diffs == []


def test_store_migrations_sqlite_uses_wal_in_the_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("NOTECHECK_DB", raising=False)
    url = resolve_url(None)
    assert url == f"sqlite:///{tmp_path / 'data' / 'notecheck' / 'notecheck.db'}"
    ws = Workspace.open()
    with ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    ws.close()
    assert (tmp_path / "data" / "notecheck" / "notecheck.db").exists()


def test_store_migrations_url_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NOTECHECK_DB", str(tmp_path / "team.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'team.db'}"
    assert resolve_url("postgresql://alice@db.example/notecheck") == "postgresql+psycopg://alice@db.example/notecheck"
    assert resolve_url("sqlite:///x.db") == "sqlite:///x.db"
