"""The review queue in SQL: filters, sort orders, ids, rows by id, and counts per status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from notecheck.records import FlagRow
from notecheck.store.models import CallRecord, FlagRecord, RulesetVersion, SegmentRecord, User

SEVERITY_RANK = {"low": 1, "medium": 2, "high": 3, "critical": 4}
SORT_KEYS = {
    "id": FlagRecord.id,
    "severity": FlagRecord.severity_rank,
    "category": FlagRecord.category,
    "rule": FlagRecord.rule,
    "agent": FlagRecord.agent,
    "language": FlagRecord.language,
    "date": FlagRecord.call_date,
    "status": FlagRecord.status,
    "call": FlagRecord.call_id,
}
ROW_CHUNK = 500


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Which flags the queue shows. Empty tuples mean "any"."""

    statuses: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    severities: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    """Rule ids; one ending in `*` matches by prefix (`third-party.*`)."""
    date_from: date | None = None
    date_to: date | None = None
    """Call date range, both ends included."""
    decided_by: str | None = None
    """User name of the reviewer who decided the flag."""
    source: str | None = None
    """`rule` or `manual`."""
    raised: bool | None = True
    """True: flags the active rules raise (and manual flags); False: retired only; None: all."""
    call_id: int | None = None
    search: str = ""
    """Words in the flagged text, the message or the call id."""

    def without_statuses(self) -> QueueFilter:
        return replace(self, statuses=())


@dataclass(frozen=True, slots=True)
class Sort:
    key: str = "severity"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.key not in SORT_KEYS:
            raise ValueError(f"unknown sort key {self.key!r}; one of {', '.join(SORT_KEYS)}")


def _conditions(f: QueueFilter, session: Session) -> list[Any]:
    conds: list[Any] = []
    if f.statuses:
        conds.append(FlagRecord.status.in_(f.statuses))
    if f.categories:
        conds.append(FlagRecord.category.in_(f.categories))
    if f.severities:
        conds.append(FlagRecord.severity_rank.in_([SEVERITY_RANK.get(s, 0) for s in f.severities]))
    if f.agents:
        conds.append(FlagRecord.agent.in_(f.agents))
    if f.languages:
        conds.append(FlagRecord.language.in_(f.languages))
    if f.rules:
        exact = [r for r in f.rules if not r.endswith("*")]
        prefixes = [r[:-1] for r in f.rules if r.endswith("*")]
        parts = ([FlagRecord.rule.in_(exact)] if exact else []) + [FlagRecord.rule.startswith(p, autoescape=True)
                                                                  for p in prefixes]
        conds.append(or_(*parts))
    if f.date_from:
        conds.append(FlagRecord.call_date >= f.date_from)
    if f.date_to:
        conds.append(FlagRecord.call_date <= f.date_to)
    if f.decided_by:
        conds.append(FlagRecord.decided_by_id == select(User.id).where(User.name == f.decided_by).scalar_subquery())
    if f.source:
        conds.append(FlagRecord.source == f.source)
    if f.raised is not None:
        conds.append(FlagRecord.raised == f.raised)
    if f.call_id is not None:
        conds.append(FlagRecord.call_id == f.call_id)
    if f.search.strip():
        like = f"%{f.search.strip().lower()}%"
        ext = select(CallRecord.id).where(func.lower(CallRecord.external_id).like(like))
        conds.append(or_(func.lower(FlagRecord.text).like(like), func.lower(FlagRecord.message).like(like),
                         FlagRecord.call_id.in_(ext)))
    return conds


def ids_query(f: QueueFilter, sort: Sort, session: Session) -> Select[tuple[int]]:
    column = SORT_KEYS[sort.key]
    order = [column.desc(), FlagRecord.id.desc()] if sort.descending else [column.asc(), FlagRecord.id.asc()]
    if sort.key == "id":
        order = order[:1]
    return select(FlagRecord.id).where(and_(True, *_conditions(f, session))).order_by(*order)


def queue_ids(session: Session, f: QueueFilter, sort: Sort, offset: int = 0, limit: int | None = None) -> list[int]:
    query = ids_query(f, sort, session)
    if offset:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return list(session.execute(query).scalars())


def status_counts(session: Session, f: QueueFilter) -> dict[str, int]:
    """How many flags in each status match the filter (its own status choice aside)."""
    conds = _conditions(f.without_statuses(), session)
    rows = session.execute(select(FlagRecord.status, func.count()).where(and_(True, *conds))
                           .group_by(FlagRecord.status)).all()
    return {status: n for status, n in rows}


def _rows_query() -> Select[Any]:
    decider, reviewer = aliased(User), aliased(User)
    return (
        select(FlagRecord, CallRecord.external_id, CallRecord.path, SegmentRecord.speaker, SegmentRecord.role,
               SegmentRecord.text.label("excerpt"), RulesetVersion.name, RulesetVersion.version,
               decider.name.label("decider"), reviewer.name.label("reviewer"))
        .join(CallRecord, CallRecord.id == FlagRecord.call_id)
        .join(SegmentRecord, and_(SegmentRecord.call_id == FlagRecord.call_id,
                                  SegmentRecord.idx == FlagRecord.segment_idx))
        .outerjoin(RulesetVersion, RulesetVersion.id == FlagRecord.ruleset_id)
        .outerjoin(decider, decider.id == FlagRecord.decided_by_id)
        .outerjoin(reviewer, reviewer.id == FlagRecord.reviewed_by_id)
    )


def to_row(r: Any) -> FlagRow:
    f: FlagRecord = r[0]
    return FlagRow(
        id=f.id, call_id=f.call_id, call_ref=r.external_id, path=r.path, line=f.line, column=f.col,
        segment=f.segment_idx, speaker=r.speaker, role=r.role, rule=f.rule, source=f.source,
        ruleset=f"{r.name}@{r.version}" if r.name else "", category=f.category, severity=f.severity,
        status=f.status, outcome=f.outcome, raised=f.raised, text=f.text, excerpt=r.excerpt, message=f.message,
        agent=f.agent, language=f.language, call_date=f.call_date, decided_by=r.decider, decided_at=f.decided_at,
        decision_reason=f.decision_reason, reviewed_by=r.reviewer, reviewed_at=f.reviewed_at,
        review_reason=f.review_reason, version=f.version,
    )


def flag_rows(session: Session, ids: Sequence[int]) -> list[FlagRow]:
    """The rows of these flags, in the order given (ids that do not exist are left out)."""
    found: dict[int, FlagRow] = {}
    for start in range(0, len(ids), ROW_CHUNK):
        chunk = list(ids[start:start + ROW_CHUNK])
        for r in session.execute(_rows_query().where(FlagRecord.id.in_(chunk))):
            found[r[0].id] = to_row(r)
    return [found[i] for i in ids if i in found]


def flag_records(session: Session, where: Any) -> list[Any]:
    """Raw joined rows (flag record first) for views that need more than a FlagRow."""
    return list(session.execute(_rows_query().where(where).order_by(FlagRecord.segment_idx, FlagRecord.span_start,
                                                                      FlagRecord.id)))
