"""Opening the database: which URL, engine settings per backend, and short sessions."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from notecheck.paths import data_dir

ENV_DB = "NOTECHECK_DB"
DEFAULT_FILE = "notecheck.db"
BUSY_TIMEOUT_MS = 30_000


def resolve_url(url: str | None = None) -> str:
    """`url` if given, else `NOTECHECK_DB`, else a SQLite file in the user's data folder.

    A plain file path is taken as SQLite; `postgresql://` URLs use psycopg 3.
    """
    url = url or os.environ.get(ENV_DB) or str(data_dir() / DEFAULT_FILE)
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def create_db_engine(url: str) -> Engine:
    """An engine with notecheck's settings: WAL and foreign keys on SQLite, UTC on PostgreSQL."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # Pooled connections: closing the last connection to a WAL database checkpoints it, which would
        # otherwise happen after every short session.
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_recycle=1800, connect_args={"options": "-c timezone=UTC"})


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        # A writer takes the write lock up front, so two writers queue instead of failing mid-transaction.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("notecheck_write") else "BEGIN")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def optimize(engine: Engine) -> None:
    """After many writes: let SQLite refresh the statistics its query planner uses (PostgreSQL autovacuums)."""
    if is_sqlite(engine):
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA optimize")


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A short read-only session; nothing it loads outlives it."""
    with Session(engine, expire_on_commit=False) as session, session.begin():
        yield session


@contextmanager
def writing(engine: Engine) -> Iterator[Session]:
    """A short write transaction: committed on success, rolled back on any error."""
    with Session(engine.execution_options(notecheck_write=True), expire_on_commit=False) as session, \
            session.begin():
        yield session
