"""The database tables, as SQLAlchemy 2 typed models (the schema at the newest migration)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from notecheck.store.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
ROLES = ("qa_reviewer", "supervisor", "compliance_officer", "admin")
STATUSES = ("open", "escalated", "confirmed", "dismissed", "returned", "signed_off")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    """A person who signs in; in team mode `name` is their database login."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("role IN ('qa_reviewer','supervisor','compliance_officer','admin')", name="role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(63), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RulesetVersion(Base):
    """One version of one rule file: its name, version, content hash and YAML source."""

    __tablename__ = "ruleset_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    filename: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Rulebook(Base):
    """A set of rule file versions scanned together, identified by the whole book's hash."""

    __tablename__ = "rulebooks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RulebookMember(Base):
    __tablename__ = "rulebook_rulesets"

    rulebook_id: Mapped[int] = mapped_column(ForeignKey("rulebooks.id"), primary_key=True)
    ruleset_id: Mapped[int] = mapped_column(ForeignKey("ruleset_versions.id"), primary_key=True)


class Publication(Base):
    """A rule book made the active one; the newest publication is in force."""

    __tablename__ = "publications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rulebook_id: Mapped[int] = mapped_column(ForeignKey("rulebooks.id"))
    published_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    published_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class ScanRun(Base):
    """One import or re-scan: which rule book, who, when, and what it changed."""

    __tablename__ = "scan_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rulebook_id: Mapped[int] = mapped_column(ForeignKey("rulebooks.id"))
    kind: Mapped[str] = mapped_column(String(16))
    started_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    calls: Mapped[int] = mapped_column(Integer, default=0)
    flags_added: Mapped[int] = mapped_column(Integer, default=0)
    flags_retired: Mapped[int] = mapped_column(Integer, default=0)


class CallRecord(Base):
    """An imported call or note file, identified by its content hash."""

    __tablename__ = "calls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str] = mapped_column(String(300))
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    format: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    agent: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8))
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    call_date: Mapped[date | None] = mapped_column(Date)
    """The day the call started, in its own time zone."""
    role_source: Mapped[str] = mapped_column(String(16))
    speakers: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of [speaker, role] pairs."""
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    scan_run_id: Mapped[int | None] = mapped_column(ForeignKey("scan_runs.id"))


class SegmentRecord(Base):
    """One utterance or note of a call, with its place in the source file."""

    __tablename__ = "segments"

    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"), primary_key=True)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    line: Mapped[int] = mapped_column(Integer)
    col: Mapped[int] = mapped_column(Integer, default=1)
    speaker: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    start_s: Mapped[float | None] = mapped_column(Float)
    end_s: Mapped[float | None] = mapped_column(Float)
    at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    account: Mapped[str | None] = mapped_column(String(200))


class FlagRecord(Base):
    """A flag on a segment: raised by a rule or added by hand, and where its review stands."""

    __tablename__ = "flags"
    __table_args__ = (
        UniqueConstraint("call_id", "segment_idx", "rule", "span_start", "span_end", name="identity"),
        ForeignKeyConstraint(["call_id", "segment_idx"], ["segments.call_id", "segments.idx"], name="segment"),
        CheckConstraint(
            "status IN ('open','escalated','confirmed','dismissed','returned','signed_off')", name="status"
        ),
        Index("ix_flags_status_severity", "status", "severity_rank", "id"),
        Index("ix_flags_raised_severity", "raised", "severity_rank", "id"),
        Index("ix_flags_raised_status", "raised", "status"),
        Index("ix_flags_category_status", "category", "raised", "status"),
        Index("ix_flags_rule", "rule", "id"),
        Index("ix_flags_agent", "agent", "id"),
        Index("ix_flags_language", "language", "id"),
        Index("ix_flags_call_date", "call_date", "id"),
        Index("ix_flags_call_id", "call_id"),
        Index("ix_flags_decided_by", "decided_by_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"))
    segment_idx: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(200))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(8))
    """`rule` or `manual`."""
    ruleset_id: Mapped[int | None] = mapped_column(ForeignKey("ruleset_versions.id"))
    category: Mapped[str] = mapped_column(String(100))
    severity: Mapped[str] = mapped_column(String(16))
    severity_rank: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    line: Mapped[int] = mapped_column(Integer)
    col: Mapped[int] = mapped_column(Integer)
    end_col: Mapped[int] = mapped_column(Integer)
    message: Mapped[str] = mapped_column(Text)
    citation: Mapped[str] = mapped_column(Text, default="")
    explanation: Mapped[str] = mapped_column(Text, default="{}")
    note: Mapped[str] = mapped_column(Text, default="")
    raised: Mapped[bool] = mapped_column(Boolean, default=True)
    """False once a re-scan no longer raises the flag (it is kept, with its history)."""
    status: Mapped[str] = mapped_column(String(16), default="open")
    outcome: Mapped[str | None] = mapped_column(String(16))
    """The reviewer's verdict, `confirmed` or `dismissed`, kept through sign-off."""
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    first_run_id: Mapped[int | None] = mapped_column(ForeignKey("scan_runs.id"))
    last_run_id: Mapped[int | None] = mapped_column(ForeignKey("scan_runs.id"))
    retired_run_id: Mapped[int | None] = mapped_column(ForeignKey("scan_runs.id"))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    review_reason: Mapped[str | None] = mapped_column(Text)
    last_action: Mapped[str | None] = mapped_column(String(16))
    last_actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    prev_state: Mapped[str | None] = mapped_column(Text)
    """JSON of the review columns before the last action: what an undo restores."""
    agent: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(8))
    call_date: Mapped[date | None] = mapped_column(Date)


class Decision(Base):
    """One review action on one flag, with the states before and after."""

    __tablename__ = "decisions"
    __table_args__ = (Index("ix_decisions_flag", "flag_id", "id"), Index("ix_decisions_actor", "actor_id", "id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    flag_id: Mapped[int] = mapped_column(ForeignKey("flags.id"))
    action: Mapped[str] = mapped_column(String(16))
    from_status: Mapped[str] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    role: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    ruleset_id: Mapped[int | None] = mapped_column(ForeignKey("ruleset_versions.id"))
    undoes_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))
    before: Mapped[str] = mapped_column(Text, default="{}")
    """JSON of the flag's review columns before the action (what an undo restores)."""


class AuditEvent(Base):
    """An append-only record of one action, chained to the one before by hash."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_flag", "flag_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(63))
    role: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(100))
    flag_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    ruleset: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class TeamSetting(Base):
    """Team mode (PostgreSQL): the group roles this database grants to its people."""

    __tablename__ = "team_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
