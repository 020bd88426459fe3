"""Team security: group roles, grants, row-level security and guard triggers (PostgreSQL); append-only
guards (SQLite).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SQL = Path(__file__).with_suffix(".sql")
SQLITE_GUARDS = (
    "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit_events rows are append-only: UPDATE refused'); END",
    "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit_events rows are append-only: DELETE refused'); END",
    "CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions "
    "BEGIN SELECT RAISE(ABORT, 'decisions rows are append-only: UPDATE refused'); END",
    "CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions "
    "BEGIN SELECT RAISE(ABORT, 'decisions rows are append-only: DELETE refused'); END",
    "CREATE TRIGGER flags_no_delete BEFORE DELETE ON flags "
    "BEGIN SELECT RAISE(ABORT, 'flags are never deleted'); END",
)


def group_roles(database: str) -> tuple[str, str]:
    """The staff and admin group roles of a database (PostgreSQL names are at most 63 bytes)."""
    base = database[:56]
    return f"{base}_staff", f"{base}_admins"


def upgrade() -> None:
    op.create_table(
        "team_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_GUARDS:
            op.execute(statement)
        return
    database, schema = bind.execute(sa.text("SELECT current_database(), current_schema()")).one()
    staff, admins = group_roles(database)
    script = SQL.read_text(encoding="utf-8")
    for key, value in (("@schema@", schema), ("@database@", database), ("@staff@", staff), ("@admins@", admins)):
        if "'" in value or '"' in value:
            raise ValueError(f"team mode needs database and schema names without quotes: {value!r}")
        script = script.replace(key, value)
    bind.connection.driver_connection.execute(script)


def downgrade() -> None:
    raise NotImplementedError("team security is not removed by a downgrade")
