"""Team mode: only compliance officers and admins change what the rules raised on a flag (re-scans).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SQL = Path(__file__).with_suffix(".sql")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    if "'" in schema or '"' in schema:
        raise ValueError(f"team mode needs a schema name without quotes: {schema!r}")
    bind.connection.driver_connection.execute(SQL.read_text(encoding="utf-8").replace("@schema@", schema))


def downgrade() -> None:
    raise NotImplementedError("the re-scan guard is not removed by a downgrade")
