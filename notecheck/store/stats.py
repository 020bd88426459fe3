"""Dashboard figures in SQL: flags by category over time, by agent, and each rule's precision from reviews."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from notecheck.records import AgentCount, CategoryCount, RulePrecision
from notecheck.store.models import FlagRecord
from notecheck.store.queue import QueueFilter, _conditions

BUCKETS = ("day", "week", "month")
DECIDED = ("confirmed", "dismissed", "signed_off")
"""States in which a flag's outcome stands (returned and escalated ones are being reconsidered)."""


def period(day: date | None, bucket: str) -> str:
    if day is None:
        return "unknown"
    if bucket == "day":
        return day.isoformat()
    if bucket == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{day.year}-{day.month:02d}"


def by_category(session: Session, f: QueueFilter, bucket: str = "month") -> list[CategoryCount]:
    if bucket not in BUCKETS:
        raise ValueError(f"bucket must be one of {', '.join(BUCKETS)}")
    rows = session.execute(select(FlagRecord.call_date, FlagRecord.category, func.count())
                           .where(and_(True, *_conditions(f, session)))
                           .group_by(FlagRecord.call_date, FlagRecord.category)).all()
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for day, category, n in rows:
        totals[(period(day, bucket), category)] += n
    return [CategoryCount(p, c, n) for (p, c), n in sorted(totals.items())]


def by_agent(session: Session, f: QueueFilter) -> list[AgentCount]:
    outcome = FlagRecord.outcome
    in_force = FlagRecord.status.in_(DECIDED)
    rows = session.execute(select(
        FlagRecord.agent, func.count(),
        func.sum(case((FlagRecord.status.in_(("open", "escalated", "returned")), 1), else_=0)),
        func.sum(case((and_(in_force, outcome == "confirmed"), 1), else_=0)),
        func.sum(case((and_(in_force, outcome == "dismissed"), 1), else_=0)),
    ).where(and_(True, *_conditions(f, session))).group_by(FlagRecord.agent)).all()
    return sorted((AgentCount(a or "(unknown)", n, int(o or 0), int(c or 0), int(d or 0)) for a, n, o, c, d in rows),
                  key=lambda r: (-r.total, r.agent))


def rule_precision(session: Session, f: QueueFilter) -> list[RulePrecision]:
    in_force = FlagRecord.status.in_(DECIDED)
    rows = session.execute(select(
        FlagRecord.rule, FlagRecord.category, func.count(),
        func.sum(case((and_(in_force, FlagRecord.outcome == "confirmed"), 1), else_=0)),
        func.sum(case((and_(in_force, FlagRecord.outcome == "dismissed"), 1), else_=0)),
    ).where(and_(FlagRecord.source == "rule", *_conditions(f, session)))
        .group_by(FlagRecord.rule, FlagRecord.category)).all()
    result = [RulePrecision(r, c, n, int(conf or 0), int(dis or 0)) for r, c, n, conf, dis in rows]
    return sorted(result, key=lambda p: (p.precision if p.precision is not None else 2.0, -p.flags, p.rule))
