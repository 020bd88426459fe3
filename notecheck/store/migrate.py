"""Bringing a database's schema up to date with the migrations shipped inside the package."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

SCRIPT_LOCATION = "notecheck.store:migrations"


class SchemaError(Exception):
    """The database's schema cannot be used or brought up to date."""


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply every migration up to `revision` in one transaction."""
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def ensure_schema(engine: Engine) -> str:
    """Upgrade the database to the newest schema if it is behind; return the revision it is at."""
    head = head_revision()
    try:
        current = current_revision(engine)
    except Exception as exc:
        raise SchemaError(f"cannot read the database's schema version: {exc}") from exc
    if current == head:
        return head
    known = {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}
    if current is not None and current not in known:
        raise SchemaError(f"the database is at schema {current}, newer than this notecheck ({head}); upgrade notecheck")
    if current is None and inspect(engine).has_table("flags"):
        raise SchemaError("the database has notecheck tables but no schema version; it cannot be upgraded")
    try:
        upgrade(engine)
    except Exception as exc:
        raise SchemaError(f"cannot upgrade the database from schema {current or 'empty'} to {head} "
                          f"(in team mode an owner of the database runs the upgrade): {exc}") from exc
    return head
