"""Queue columns: each call's day, and on flags the agent, language and call day filled from their calls;
the queue's indexes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("calls") as batch:
        batch.add_column(sa.Column("call_date", sa.Date))
    with op.batch_alter_table("flags") as batch:
        batch.add_column(sa.Column("agent", sa.String(200)))
        batch.add_column(sa.Column("language", sa.String(8)))
        batch.add_column(sa.Column("call_date", sa.Date))
    flags = sa.table("flags", sa.column("call_id", sa.Integer), sa.column("agent"), sa.column("language"),
                     sa.column("call_date", sa.Date))
    calls = sa.table("calls", sa.column("id", sa.Integer), sa.column("agent"), sa.column("language"),
                     sa.column("started_at", sa.DateTime), sa.column("call_date", sa.Date))
    bind = op.get_bind()
    for call_id, agent, language, started in bind.execute(
            sa.select(calls.c.id, calls.c.agent, calls.c.language, calls.c.started_at)).all():
        day = started.date() if started else None  # stored in UTC before this revision
        bind.execute(sa.update(calls).where(calls.c.id == call_id).values(call_date=day))
        bind.execute(sa.update(flags).where(flags.c.call_id == call_id).values(
            agent=agent, language=language, call_date=day))
    op.create_index("ix_flags_raised_severity", "flags", ["raised", "severity_rank", "id"])
    op.create_index("ix_flags_category", "flags", ["category", "id"])
    op.create_index("ix_flags_rule", "flags", ["rule", "id"])
    op.create_index("ix_flags_agent", "flags", ["agent", "id"])
    op.create_index("ix_flags_language", "flags", ["language", "id"])
    op.create_index("ix_flags_call_date", "flags", ["call_date", "id"])
    op.create_index("ix_flags_decided_by", "flags", ["decided_by_id"])


def downgrade() -> None:
    for name in ("ix_flags_decided_by", "ix_flags_call_date", "ix_flags_language", "ix_flags_agent", "ix_flags_rule",
                 "ix_flags_category", "ix_flags_raised_severity"):
        op.drop_index(name, "flags")
    with op.batch_alter_table("flags") as batch:
        batch.drop_column("call_date")
        batch.drop_column("language")
        batch.drop_column("agent")
    with op.batch_alter_table("calls") as batch:
        batch.drop_column("call_date")
