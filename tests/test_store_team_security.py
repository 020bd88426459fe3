"""Team mode on PostgreSQL: with `psql` and their own login, people are held to the workflow by the database
itself (grants, row-level security, triggers), whatever client they use."""

from __future__ import annotations

import glob
import shutil
import subprocess

import psycopg
import pytest
from db_fixtures import Team, publish_v1

from notecheck.review import SignInError, WorkflowError
from notecheck.store.queue import QueueFilter
from notecheck.workspace import Workspace


def psql_binary() -> str:
    found = shutil.which("psql") or next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"), reverse=True)), None)
    assert found, "psql is needed for the team-mode tests"
    return found


def psql(team: Team, who: str, statement: str) -> subprocess.CompletedProcess[str]:
    """Run one statement with psql, connected with that person's own login."""
    url = team.pg.login_url(team.names[who]).replace("postgresql+psycopg://", "postgresql://")
    return subprocess.run([psql_binary(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", statement],
                          capture_output=True, text=True, timeout=60)


def refused(team: Team, who: str, statement: str, message: str) -> None:
    result = psql(team, who, statement)
    assert result.returncode != 0, f"{who} was allowed: {statement}"
    assert message in result.stderr, result.stderr


@pytest.fixture
def decided(pg_team: Team, calls_dir) -> dict[str, int]:
    """Flags in each state: open, confirmed by alice, confirmed by bob (a supervisor)."""
    alice, bob = pg_team.as_("alice"), pg_team.as_("bob")
    publish_v1(alice)
    alice.import_paths([calls_dir(2)])
    ids = alice.queue_ids(QueueFilter())
    alice.confirm([ids[0]])
    bob.confirm([ids[1]])
    return {"open": ids[2], "by_alice": ids[0], "by_bob": ids[1], "user_bob": bob.actor.id,
            "user_alice": alice.actor.id}


def _sign_off_sql(flag: int, me: int, version: int = 2) -> str:
    return (f"UPDATE flags SET status = 'signed_off', last_action = 'sign_off', last_actor_id = {me}, "
            f"reviewed_by_id = {me}, reviewed_at = now(), version = {version + 1} WHERE id = {flag}")


def test_store_team_security_reviewer_cannot_sign_off(pg_team: Team, decided: dict[str, int]) -> None:
    carol = pg_team.as_("carol").actor.id
    refused(pg_team, "carol", _sign_off_sql(decided["by_alice"], carol),
            f"flag {decided['by_alice']}: a qa_reviewer cannot sign off or return decisions")
    assert pg_team.as_("alice").flag_rows([decided["by_alice"]])[0].status == "confirmed"
    # the same statement by a supervisor goes through: the refusal is about the role
    sam = pg_team.as_("sam").actor.id
    assert psql(pg_team, "sam", _sign_off_sql(decided["by_alice"], sam)).returncode == 0
    assert pg_team.as_("alice").flag_rows([decided["by_alice"]])[0].status == "signed_off"


def test_store_team_security_four_eyes_in_the_database(pg_team: Team, decided: dict[str, int]) -> None:
    refused(pg_team, "bob", _sign_off_sql(decided["by_bob"], decided["user_bob"]),
            f"flag {decided['by_bob']}: four eyes")


def test_store_team_security_nobody_acts_as_someone_else(pg_team: Team, decided: dict[str, int]) -> None:
    alice, bob = decided["user_alice"], decided["user_bob"]
    # a decision recorded under another person's id
    refused(pg_team, "carol", f"UPDATE flags SET status = 'confirmed', outcome = 'confirmed', last_action = 'confirm', "
                              f"last_actor_id = {alice}, decided_by_id = {alice}, decided_at = now(), version = 2 "
                              f"WHERE id = {decided['open']}", "recorded as the login that takes it")
    refused(pg_team, "carol", f"INSERT INTO decisions (flag_id, action, from_status, to_status, actor_id, role, at, "
                              f"before) VALUES ({decided['open']}, 'confirm', 'open', 'confirmed', {alice}, "
                              f"'qa_reviewer', now(), '{{}}')", "row-level security")
    refused(pg_team, "carol", "INSERT INTO audit_events (id, at, actor, role, action, subject, prev_hash, hash) "
                              f"VALUES (0, now(), '{pg_team.names['alice']}', 'qa_reviewer', 'confirm', 'flag:1', '', '')",
            "audit events are written as the connected login")
    # a supervisor signing off as a different supervisor
    refused(pg_team, "sam", _sign_off_sql(decided["by_alice"], bob), "recorded as the login that takes it")
    # …or making themselves an admin
    refused(pg_team, "alice", f"UPDATE users SET role = 'admin' WHERE id = {alice}", "permission denied")


@pytest.mark.parametrize("who", ["alice", "bob", "adam"])
@pytest.mark.parametrize("statement", ["UPDATE audit_events SET reason = 'edited'", "DELETE FROM audit_events",
                                       "TRUNCATE audit_events", "UPDATE decisions SET reason = 'edited'",
                                       "DELETE FROM flags"])
def test_store_team_security_history_cannot_be_rewritten(pg_team: Team, decided: dict[str, int], who: str,
                                                         statement: str) -> None:
    refused(pg_team, who, statement, "permission denied")
    assert pg_team.as_("alice").verify_audit().ok


def test_store_team_security_audit_written_by_the_database(pg_team: Team, decided: dict[str, int]) -> None:
    """An event inserted by hand is chained and stamped by the database, as the login that wrote it."""
    name = pg_team.names["carol"]
    result = psql(pg_team, "carol", "INSERT INTO audit_events (id, at, actor, role, action, subject, prev_hash, hash) "
                                    f"VALUES (1, '2000-01-01', '{name}', 'admin', 'note', 'flag:1', 'forged', 'forged')")
    assert result.returncode == 0, result.stderr
    last = pg_team.as_("alice").audit_events()[-1]
    assert (last.actor, last.role, last.action) == (name, "qa_reviewer", "note")
    assert last.at.year > 2000 and last.hash != "forged"
    assert pg_team.as_("alice").verify_audit().ok


def test_store_team_security_only_compliance_rescans(pg_team: Team, decided: dict[str, int]) -> None:
    """A reviewer cannot quietly retire, re-word or re-grade a flag; a compliance officer's re-scan can."""
    before = pg_team.as_("alice").flag_rows([decided["open"]])[0]
    for change in ("raised = false", "severity = 'low', severity_rank = 1", "message = 'nothing to see'"):
        refused(pg_team, "alice", f"UPDATE flags SET {change} WHERE id = {decided['open']}",
                f"flag {decided['open']}: only a compliance officer or admin re-scans flags")
    refused(pg_team, "bob", f"UPDATE flags SET raised = false WHERE id = {decided['open']}", "re-scans flags")
    assert pg_team.as_("alice").flag_rows([decided["open"]])[0] == before
    assert psql(pg_team, "cora", f"UPDATE flags SET raised = false WHERE id = {decided['open']}").returncode == 0
    # and a review action cannot smuggle such a change in
    refused(pg_team, "alice", f"UPDATE flags SET status = 'confirmed', outcome = 'confirmed', last_action = 'confirm', "
                              f"last_actor_id = {decided['user_alice']}, decided_by_id = {decided['user_alice']}, "
                              f"decided_at = now(), version = 2, severity = 'low' WHERE id = {decided['open']}",
            "a review action changes only the review state")


def test_store_team_security_reviewer_cannot_publish_or_add_users(pg_team: Team, decided: dict[str, int]) -> None:
    alice = decided["user_alice"]
    refused(pg_team, "alice", f"INSERT INTO publications (rulebook_id, published_by_id, published_at, note) "
                              f"VALUES (1, {alice}, now(), '')", "row-level security")
    refused(pg_team, "alice", "INSERT INTO users (name, display_name, role, active, created_at) "
                              "VALUES ('mallory', '', 'admin', true, now())", "permission denied")
    refused(pg_team, "alice", "CREATE ROLE mallory LOGIN", "permission denied")


def test_store_team_security_user_add_creates_a_login(pg_team: Team) -> None:
    adam = pg_team.as_("adam")
    login = f"{pg_team.pg.name}_dora"
    adam.add_user(login, "qa_reviewer", password="dora's secret")
    with psycopg.connect(pg_team.pg.url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        member = conn.execute("SELECT pg_has_role(%s, (SELECT value FROM team_settings WHERE key = 'staff_role'), "
                              "'MEMBER')", [login]).fetchone()[0]
    assert member
    dora = Workspace.open(pg_team.pg.login_url(login))
    pg_team.opened.append(dora)
    assert dora.sign_in().role == "qa_reviewer"
    with pytest.raises(SignInError, match="you are your database login"):
        dora.sign_in(pg_team.names["alice"])
    with pytest.raises(WorkflowError, match="cannot add users"):
        pg_team.as_("alice").add_user(f"{pg_team.pg.name}_eve", "admin")
    event = [e for e in adam.audit_events() if e.action == "user_add"][-1]
    assert (event.actor, event.subject) == (pg_team.names["adam"], f"user:{login}")


def test_store_team_security_unknown_login_cannot_act(pg_team: Team, decided: dict[str, int]) -> None:
    with psycopg.connect(pg_team.pg.server, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{pg_team.pg.name}_ghost" LOGIN')
    ghost = Workspace.open(pg_team.pg.login_url(f"{pg_team.pg.name}_ghost"), migrate=False)
    pg_team.opened.append(ghost)
    with pytest.raises(SignInError, match="is not a notecheck user"):
        ghost.sign_in()
    with pytest.raises(Exception, match="permission denied"):
        ghost.queue_ids()
