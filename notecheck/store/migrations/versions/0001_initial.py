"""The first schema: users, rule set versions, calls, segments, flags, decisions, audit events.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Stamp = sa.DateTime(timezone=False)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(63), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("password_hash", sa.String(200)),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
        sa.CheckConstraint("role IN ('qa_reviewer','supervisor','compliance_officer','admin')", name="role"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "ruleset_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("version", sa.String(100), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("filename", sa.String(300), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
        sa.UniqueConstraint("sha256"),
    )
    op.create_table(
        "rulebooks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
        sa.UniqueConstraint("sha256"),
    )
    op.create_table(
        "rulebook_rulesets",
        sa.Column("rulebook_id", sa.Integer, sa.ForeignKey("rulebooks.id"), primary_key=True),
        sa.Column("ruleset_id", sa.Integer, sa.ForeignKey("ruleset_versions.id"), primary_key=True),
    )
    op.create_table(
        "publications",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("rulebook_id", sa.Integer, sa.ForeignKey("rulebooks.id"), nullable=False),
        sa.Column("published_by_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("published_at", Stamp, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_table(
        "scan_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("rulebook_id", sa.Integer, sa.ForeignKey("rulebooks.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("started_by_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("started_at", Stamp, nullable=False),
        sa.Column("finished_at", Stamp),
        sa.Column("calls", sa.Integer, nullable=False),
        sa.Column("flags_added", sa.Integer, nullable=False),
        sa.Column("flags_retired", sa.Integer, nullable=False),
    )
    op.create_table(
        "calls",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("external_id", sa.String(300), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("format", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("agent", sa.String(200)),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("started_at", Stamp),
        sa.Column("role_source", sa.String(16), nullable=False),
        sa.Column("speakers", sa.Text, nullable=False),
        sa.Column("imported_at", Stamp, nullable=False),
        sa.Column("imported_by_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("scan_run_id", sa.Integer, sa.ForeignKey("scan_runs.id")),
        sa.UniqueConstraint("sha256"),
    )
    op.create_table(
        "segments",
        sa.Column("call_id", sa.Integer, sa.ForeignKey("calls.id"), primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("line", sa.Integer, nullable=False),
        sa.Column("col", sa.Integer, nullable=False),
        sa.Column("speaker", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start_s", sa.Float),
        sa.Column("end_s", sa.Float),
        sa.Column("at", Stamp),
        sa.Column("account", sa.String(200)),
    )
    op.create_table(
        "flags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("call_id", sa.Integer, sa.ForeignKey("calls.id"), nullable=False),
        sa.Column("segment_idx", sa.Integer, nullable=False),
        sa.Column("rule", sa.String(200), nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("ruleset_id", sa.Integer, sa.ForeignKey("ruleset_versions.id")),
        sa.Column("category", sa.String(100), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("severity_rank", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("line", sa.Integer, nullable=False),
        sa.Column("col", sa.Integer, nullable=False),
        sa.Column("end_col", sa.Integer, nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("citation", sa.Text, nullable=False),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("raised", sa.Boolean, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("outcome", sa.String(16)),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
        sa.Column("created_by_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("first_run_id", sa.Integer, sa.ForeignKey("scan_runs.id")),
        sa.Column("last_run_id", sa.Integer, sa.ForeignKey("scan_runs.id")),
        sa.Column("retired_run_id", sa.Integer, sa.ForeignKey("scan_runs.id")),
        sa.Column("decided_by_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("decided_at", Stamp),
        sa.Column("decision_reason", sa.Text),
        sa.Column("reviewed_by_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("reviewed_at", Stamp),
        sa.Column("review_reason", sa.Text),
        sa.Column("last_action", sa.String(16)),
        sa.Column("last_actor_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("prev_state", sa.Text),
        sa.UniqueConstraint("call_id", "segment_idx", "rule", "span_start", "span_end", name="identity"),
        sa.ForeignKeyConstraint(["call_id", "segment_idx"], ["segments.call_id", "segments.idx"], name="segment"),
        sa.CheckConstraint(
            "status IN ('open','escalated','confirmed','dismissed','returned','signed_off')", name="status"
        ),
    )
    op.create_index("ix_flags_status_severity", "flags", ["status", "severity_rank", "id"])
    op.create_index("ix_flags_call_id", "flags", ["call_id"])
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("flag_id", sa.Integer, sa.ForeignKey("flags.id"), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("from_status", sa.String(16), nullable=False),
        sa.Column("to_status", sa.String(16), nullable=False),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("at", Stamp, nullable=False),
        sa.Column("ruleset_id", sa.Integer, sa.ForeignKey("ruleset_versions.id")),
        sa.Column("undoes_id", sa.Integer, sa.ForeignKey("decisions.id")),
        sa.Column("before", sa.Text, nullable=False),
    )
    op.create_index("ix_decisions_flag", "decisions", ["flag_id", "id"])
    op.create_index("ix_decisions_actor", "decisions", ["actor_id", "id"])
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", Stamp, nullable=False),
        sa.Column("actor", sa.String(63), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(100), nullable=False),
        sa.Column("flag_id", sa.Integer),
        sa.Column("before", sa.Text),
        sa.Column("after", sa.Text),
        sa.Column("reason", sa.Text),
        sa.Column("ruleset", sa.Text),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_events_flag", "audit_events", ["flag_id", "id"])


def downgrade() -> None:
    for table in ("audit_events", "decisions", "flags", "segments", "calls", "scan_runs", "publications",
                  "rulebook_rulesets", "rulebooks", "ruleset_versions", "users"):
        op.drop_table(table)
