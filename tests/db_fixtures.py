"""Database fixtures: every store test runs on SQLite and on a real PostgreSQL (team mode, one login per person).

Each PostgreSQL test gets its own database (and its own logins), named after this test session, and
drops them afterwards, so runs never collide.
"""

from __future__ import annotations

import itertools
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from notecheck.workspace import Workspace

PASSWORD = "correct horse battery staple"
SESSION_TAG = f"nct{os.getpid()}{secrets.token_hex(2)}"
PEOPLE = {"alice": "qa_reviewer", "carol": "qa_reviewer", "bob": "supervisor", "sam": "supervisor",
          "cora": "compliance_officer", "adam": "admin"}
REVIEW_RULES = Path(__file__).parent / "data" / "review_rules"
_counter = itertools.count(1)


def _with_db(url: str, database: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{database}"


def _with_user(url: str, user: str) -> str:
    scheme, _, rest = url.partition("://")
    hostpart = rest.split("@", 1)[-1]
    return f"{scheme}://{user}@{hostpart}"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Superuser URL of the test PostgreSQL server; every database and login this session made is dropped after."""
    from pg_server import server_url

    url, cluster = server_url()
    try:
        yield url
    finally:
        try:
            _drop_tagged(url)
        finally:
            if cluster is not None:
                cluster.stop()


def _drop_tagged(server: str) -> None:
    with psycopg.connect(server, autocommit=True) as conn:
        for (name,) in conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [f"{SESSION_TAG}%"]):
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        roles = [r for (r,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                                            [f"{SESSION_TAG}%"])]
        for role in sorted(roles, key=lambda r: (r.endswith("_staff"), r.endswith("_admins"))):  # members first
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


@dataclass
class PgDatabase:
    server: str
    name: str

    @property
    def url(self) -> str:
        return _with_db(self.server, self.name)

    def login_url(self, login: str) -> str:
        return _with_user(self.url, login)


def _create_database(server: str, template: str | None = None) -> PgDatabase:
    db = PgDatabase(server, f"{SESSION_TAG}_{next(_counter)}")
    statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(db.name))
    if template:
        statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(statement)
    return db


def _drop_database(db: PgDatabase) -> None:
    with psycopg.connect(db.server, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(db.name)))


@pytest.fixture
def pg_database(pg_server: str) -> Iterator[PgDatabase]:
    """A new, empty PostgreSQL database for one test."""
    db = _create_database(pg_server)
    try:
        yield db
    finally:
        _drop_database(db)


@dataclass
class Team:
    """A database with the test people in it; `as_(name)` opens a workspace signed in as that person."""

    backend: str
    url: str
    names: dict[str, str]
    """Short name → user (and, in team mode, login) name."""
    pg: PgDatabase | None = None
    opened: list[Workspace] = field(default_factory=list)

    def as_(self, who: str) -> Workspace:
        name = self.names[who]
        if self.pg is not None:
            ws = Workspace.open(self.pg.login_url(name))
            ws.sign_in()
        else:
            ws = Workspace.open(self.url)
            ws.sign_in(name, PASSWORD)
        self.opened.append(ws)
        return ws

    def owner(self) -> Workspace:
        """The database owner (PostgreSQL superuser) or, on SQLite, the admin."""
        if self.pg is None:
            return self.as_("adam")
        ws = Workspace.open(self.pg.url)
        self.opened.append(ws)
        return ws

    def close(self) -> None:
        for ws in self.opened:
            ws.close()


@pytest.fixture(scope="session")
def sqlite_team_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database with the test people (argon2 hashing is slow on purpose: done once, then copied)."""
    path = tmp_path_factory.mktemp("template") / "notecheck.db"
    ws = Workspace.open(f"sqlite:///{path}")
    ws.add_user("adam", "admin", PASSWORD)
    ws.sign_in("adam", PASSWORD)
    for who, role in PEOPLE.items():
        if who != "adam":
            ws.add_user(who, role, PASSWORD)
    ws.close()
    return path


@pytest.fixture(scope="session")
def pg_team_template(pg_server: str) -> PgDatabase:
    """A PostgreSQL database with the test people, each with their own login; tests get copies of it."""
    db = _create_database(pg_server)
    owner = Workspace.open(db.url)
    for who, role in PEOPLE.items():
        owner.add_user(f"{SESSION_TAG}_{who}", role)
    owner.close()
    return db


def _make_team(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Team:
    if backend == "sqlite":
        path = tmp_path / "notecheck.db"
        shutil.copyfile(request.getfixturevalue("sqlite_team_template"), path)
        return Team(backend, f"sqlite:///{path}", {who: who for who in PEOPLE})
    template: PgDatabase = request.getfixturevalue("pg_team_template")
    db = _create_database(template.server, template.name)
    request.addfinalizer(lambda: _drop_database(db))
    return Team(backend, db.url, {who: f"{SESSION_TAG}_{who}" for who in PEOPLE}, db)


@pytest.fixture(params=["sqlite", "postgres"])
def team(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Team]:
    """The test people in a new database, on each backend."""
    t = _make_team(request.param, request, tmp_path)
    try:
        yield t
    finally:
        t.close()


@pytest.fixture
def pg_team(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Team]:
    """The test people in a new PostgreSQL database (team mode only)."""
    t = _make_team("postgres", request, tmp_path)
    try:
        yield t
    finally:
        t.close()


def write_call(folder: Path, name: str, lines: list[str], *, call_id: str | None = None, agent: str = "T. Brennan",
               started: str = "2026-03-02T19:40:00-05:00", language: str = "en") -> Path:
    """A transcript file in the plain text format."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    header = [f"# call_id: {call_id or Path(name).stem}", f"# agent: {agent}", f"# started_at: {started}",
              f"# language: {language}", ""]
    path.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    return path


THREAT_CALL = [
    "Agent: Hello, this is Tyler with Keystone Recovery, this is an attempt to collect a debt.",
    "Customer: Hi.",
    "Agent: If you do not pay I will call your boss, you deadbeat.",
    "Agent: This stays on your credit for life.",
    "Customer: That is not right.",
]


@pytest.fixture
def calls_dir(tmp_path: Path) -> Callable[..., Path]:
    """Write `n` transcripts with three v1-rule flags each (distinct content, so distinct calls)."""
    def make(n: int = 3, folder: str = "calls", agent: str = "T. Brennan") -> Path:
        target = tmp_path / folder
        for i in range(n):
            write_call(target, f"call{i:03d}.txt", [*THREAT_CALL, f"Agent: Reference number {i}."],
                       call_id=f"C{i:03d}", agent=agent)
        return target
    return make


def publish_v1(ws: Workspace) -> None:
    ws.publish_rulebook([REVIEW_RULES / "v1"], rescan=False, note="test rules v1")
