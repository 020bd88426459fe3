"""The frozen values the workspace hands to its callers (CLI, desktop shell): rows, views, reports, changes."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from notecheck.findings import Explanation, RulesetRef


@dataclass(frozen=True, slots=True)
class Changes:
    """What an operation changed, so a view redraws only what it must (like Anki's OpChanges)."""

    flags: frozenset[int] = frozenset()
    """Flags whose row changed (status, version, raised …)."""
    calls: frozenset[int] = frozenset()
    """Calls added or re-scanned."""
    queue: bool = False
    """Queue membership or counts may differ: re-run `queue_ids`."""
    rules: bool = False
    users: bool = False
    audit: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.flags | other.flags, self.calls | other.calls, self.queue or other.queue,
                       self.rules or other.rules, self.users or other.users, self.audit or other.audit)

    @property
    def empty(self) -> bool:
        return not (self.flags or self.calls or self.queue or self.rules or self.users or self.audit)


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    name: str
    display_name: str
    role: str
    active: bool


@dataclass(frozen=True, slots=True)
class FlagRow:
    """One line of the queue: everything a table row shows, and the version to decide against."""

    id: int
    call_id: int
    call_ref: str
    """The call's own id (from its file), e.g. `KRS-20260302-0147`."""
    path: str
    line: int
    column: int
    segment: int
    speaker: str
    role: str
    rule: str
    source: str
    """`rule` or `manual`."""
    ruleset: str
    """`name@version` of the rule set that raised it (empty for a manual flag)."""
    category: str
    severity: str
    status: str
    outcome: str | None
    raised: bool
    """False once the active rules no longer raise it."""
    text: str
    """The matched words."""
    excerpt: str
    """The whole segment text."""
    message: str
    agent: str | None
    language: str | None
    call_date: date | None
    decided_by: str | None
    decided_at: datetime | None
    decision_reason: str | None
    reviewed_by: str | None
    reviewed_at: datetime | None
    review_reason: str | None
    version: int


@dataclass(frozen=True, slots=True)
class FlagDetail:
    """A flag with what the call view shows beside it."""

    row: FlagRow
    start: int
    end: int
    """Character offsets of the flagged words in the segment text."""
    citation: str
    explanation: Explanation
    ruleset: RulesetRef | None
    note: str
    """A manual flag's note."""


@dataclass(frozen=True, slots=True)
class SegmentView:
    index: int
    line: int
    column: int
    speaker: str
    role: str
    text: str
    start: float | None
    end: float | None
    at: datetime | None
    account: str | None


@dataclass(frozen=True, slots=True)
class CallSummary:
    id: int
    call_ref: str
    path: str
    sha256: str
    format: str
    kind: str
    agent: str | None
    language: str
    started_at: datetime | None
    role_source: str
    speakers: tuple[tuple[str, str], ...]
    imported_at: datetime
    imported_by: str | None


@dataclass(frozen=True, slots=True)
class CallView:
    """A call with its segments and every flag on it (raised, retired and manual)."""

    call: CallSummary
    segments: tuple[SegmentView, ...]
    flags: tuple[FlagDetail, ...]


@dataclass(frozen=True, slots=True)
class DecisionView:
    id: int
    flag_id: int
    action: str
    from_status: str
    to_status: str
    actor: str
    role: str
    reason: str | None
    at: datetime
    ruleset: str
    undoes: int | None


@dataclass(frozen=True, slots=True)
class AuditEventView:
    id: int
    at: datetime
    actor: str
    role: str
    action: str
    subject: str
    flag_id: int | None
    before: str | None
    after: str | None
    """Canonical JSON (or None); see `before_value` / `after_value`."""
    reason: str | None
    ruleset: str | None
    prev_hash: str
    hash: str

    @property
    def before_value(self) -> Any:
        return None if self.before is None else json.loads(self.before)

    @property
    def after_value(self) -> Any:
        return None if self.after is None else json.loads(self.after)


@dataclass(frozen=True, slots=True)
class FlagHistory:
    flag: FlagDetail
    decisions: tuple[DecisionView, ...]
    events: tuple[AuditEventView, ...]


@dataclass(frozen=True, slots=True)
class ReviewResult:
    """A review action (possibly on many flags): the flags as they now are, and what changed."""

    flags: tuple[FlagRow, ...]
    changes: Changes


FileStatus = Literal["imported", "duplicate", "failed", "skipped"]


@dataclass(frozen=True, slots=True)
class FileOutcome:
    path: str
    status: FileStatus
    call_id: int | None = None
    flags: int = 0
    message: str = ""


@dataclass(frozen=True, slots=True)
class ImportProgress:
    done: int
    total: int
    outcome: FileOutcome


@dataclass(frozen=True, slots=True)
class ImportReport:
    files: tuple[FileOutcome, ...]
    cancelled: bool
    scan_run_id: int | None
    changes: Changes

    def count(self, status: FileStatus) -> int:
        return sum(1 for f in self.files if f.status == status)


@dataclass(frozen=True, slots=True)
class RescanReport:
    scan_run_id: int | None
    calls: int
    added: int
    retired: int
    revived: int
    cancelled: bool
    changes: Changes


@dataclass(frozen=True, slots=True)
class PreviewItem:
    """A flag a candidate rule book would add or no longer raise."""

    call_id: int
    call_ref: str
    segment: int
    line: int
    rule: str
    category: str
    severity: str
    text: str
    excerpt: str
    flag_id: int | None = None
    status: str | None = None
    """For a flag that would go: its id and where its review stands."""


@dataclass(frozen=True, slots=True)
class RulebookPreview:
    calls: int
    added: tuple[PreviewItem, ...]
    removed: tuple[PreviewItem, ...]
    unchanged: int
    cancelled: bool


@dataclass(frozen=True, slots=True)
class RulesetInfo:
    id: int
    name: str
    version: str
    sha256: str
    filename: str

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"


@dataclass(frozen=True, slots=True)
class RulebookInfo:
    id: int
    sha256: str
    rulesets: tuple[RulesetInfo, ...]
    published_at: datetime | None = None
    published_by: str | None = None


@dataclass(frozen=True, slots=True)
class PublishResult:
    rulebook: RulebookInfo
    rescan: RescanReport | None
    changes: Changes


@dataclass(frozen=True, slots=True)
class AuditReport:
    ok: bool
    events: int
    first_bad: int | None
    problem: str
    head: str


@dataclass(frozen=True, slots=True)
class CategoryCount:
    period: str
    """`YYYY-MM-DD`, `YYYY-Www` or `YYYY-MM` by the bucket asked for; `unknown` without a call date."""
    category: str
    count: int


@dataclass(frozen=True, slots=True)
class AgentCount:
    agent: str
    total: int
    open: int
    confirmed: int
    dismissed: int


@dataclass(frozen=True, slots=True)
class RulePrecision:
    rule: str
    category: str
    flags: int
    confirmed: int
    dismissed: int

    @property
    def precision(self) -> float | None:
        decided = self.confirmed + self.dismissed
        return self.confirmed / decided if decided else None


@dataclass(frozen=True, slots=True)
class DashboardStats:
    by_category: tuple[CategoryCount, ...]
    by_agent: tuple[AgentCount, ...]
    rule_precision: tuple[RulePrecision, ...]
    status_counts: dict[str, int] = field(default_factory=dict, hash=False, compare=True)
