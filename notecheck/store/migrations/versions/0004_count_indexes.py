"""Indexes that answer the queue's counts per status (overall and per category) without reading the table.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_flags_raised_status", "flags", ["raised", "status"])
    op.create_index("ix_flags_category_status", "flags", ["category", "raised", "status"])
    op.drop_index("ix_flags_category", "flags")


def downgrade() -> None:
    op.create_index("ix_flags_category", "flags", ["category", "id"])
    op.drop_index("ix_flags_category_status", "flags")
    op.drop_index("ix_flags_raised_status", "flags")
