"""Calls, their segments and their rule flags in the database: insert one call, read it back, re-scan it."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from notecheck.calls import Call, CallInfo, Segment
from notecheck.findings import ClauseMatch, ContextDecision, Explanation, Finding
from notecheck.store.models import CallRecord, FlagRecord, SegmentRecord
from notecheck.store.queue import SEVERITY_RANK
from notecheck.store.types import utcnow

FlagKey = tuple[int, str, int, int]
"""Segment index, rule id, span start, span end: a flag's identity within its call."""


def explanation_json(explanation: Explanation) -> str:
    return json.dumps(asdict(explanation), ensure_ascii=False, separators=(",", ":"))


def explanation_from_json(text: str) -> Explanation:
    data = json.loads(text or "{}")
    return Explanation(
        clauses=tuple(ClauseMatch(**{**c, "terms": tuple(c.get("terms", ()))}) for c in data.get("clauses", ())),
        context=tuple(ContextDecision(**d) for d in data.get("context", ())),
    )


def call_by_sha(session: Session, sha256: str) -> int | None:
    return session.execute(select(CallRecord.id).where(CallRecord.sha256 == sha256)).scalar_one_or_none()


def _finding_values(f: Finding, ruleset_ids: Mapping[str, int], run_id: int | None) -> dict[str, Any]:
    return {
        "ruleset_id": ruleset_ids.get(f.ruleset.sha256), "category": f.category, "severity": f.severity,
        "severity_rank": SEVERITY_RANK.get(f.severity, 0), "text": f.text, "line": f.line, "col": f.column,
        "end_col": f.end_column, "message": f.message, "citation": f.citation,
        "explanation": explanation_json(f.explanation), "last_run_id": run_id,
    }


def unique_findings(findings: Sequence[Finding]) -> dict[FlagKey, Finding]:
    """One finding per flag identity (the first, if the engine reports a span twice)."""
    out: dict[FlagKey, Finding] = {}
    for f in findings:
        out.setdefault(f.key, f)
    return out


@dataclass(frozen=True, slots=True)
class StoredCall:
    call_id: int
    flags: int


def insert_call(session: Session, call: Call, findings: Sequence[Finding], *, ruleset_ids: Mapping[str, int],
                run_id: int | None, actor_id: int | None) -> StoredCall:
    """Add a call, its segments and its flags in the caller's transaction."""
    info = call.info
    now = utcnow()
    call_id = session.execute(insert(CallRecord.__table__).values(
        external_id=info.call_id, path=info.path, sha256=info.sha256, format=info.format, kind=info.kind,
        agent=info.agent, language=info.language, started_at=info.started_at,
        call_date=info.started_at.date() if info.started_at else None, role_source=info.role_source,
        speakers=json.dumps([list(s) for s in info.speakers], ensure_ascii=False), imported_at=now,
        imported_by_id=actor_id, scan_run_id=run_id,
    ).returning(CallRecord.__table__.c.id)).scalar_one()
    if call.segments:
        session.execute(insert(SegmentRecord.__table__), [
            {"call_id": call_id, "idx": s.index, "line": s.line, "col": s.column, "speaker": s.speaker, "role": s.role,
             "text": s.text, "start_s": s.start, "end_s": s.end, "at": s.at, "account": s.account}
            for s in call.segments])
    unique = unique_findings(findings)
    if unique:
        call_date = info.started_at.date() if info.started_at else None  # the call's own day, not UTC's
        session.execute(insert(FlagRecord.__table__), [
            {"call_id": call_id, "segment_idx": key[0], "rule": key[1], "span_start": key[2], "span_end": key[3],
             "source": "rule", "note": "", "raised": True, "status": "open", "version": 1, "created_at": now,
             "first_run_id": run_id, "agent": info.agent, "language": info.language, "call_date": call_date,
             **_finding_values(f, ruleset_ids, run_id)}
            for key, f in unique.items()])
    return StoredCall(call_id, len(unique))


def load_stored_call(session: Session, call_id: int) -> Call:
    """Rebuild the Call a stored call was imported from (for re-scans and previews)."""
    c = session.get_one(CallRecord, call_id)
    info = CallInfo(
        path=c.path, sha256=c.sha256, format=c.format, kind=c.kind, call_id=c.external_id,  # type: ignore[arg-type]
        agent=c.agent, language=c.language, started_at=c.started_at,  # type: ignore[arg-type]
        speakers=tuple((s, r) for s, r in json.loads(c.speakers)), role_source=c.role_source,  # type: ignore[arg-type]
    )
    segments = tuple(
        Segment(index=s.idx, line=s.line, speaker=s.speaker, role=s.role, text=s.text,  # type: ignore[arg-type]
                column=s.col, start=s.start_s, end=s.end_s, at=s.at, account=s.account)
        for s in session.execute(select(SegmentRecord).where(SegmentRecord.call_id == call_id)
                                 .order_by(SegmentRecord.idx)).scalars())
    return Call(info, segments)


def call_ids(session: Session) -> list[int]:
    return list(session.execute(select(CallRecord.id).order_by(CallRecord.id)).scalars())


def rule_flags(session: Session, call_id: int) -> dict[FlagKey, tuple[int, bool, str]]:
    """The call's rule flags by identity: id, whether still raised, status."""
    rows = session.execute(select(FlagRecord.id, FlagRecord.segment_idx, FlagRecord.rule, FlagRecord.span_start,
                                  FlagRecord.span_end, FlagRecord.raised, FlagRecord.status)
                           .where(FlagRecord.call_id == call_id, FlagRecord.source == "rule")).all()
    return {(r.segment_idx, r.rule, r.span_start, r.span_end): (r.id, r.raised, r.status) for r in rows}


@dataclass(frozen=True, slots=True)
class RescanChange:
    added: tuple[int, ...]
    retired: tuple[int, ...]
    revived: tuple[int, ...]
    kept: tuple[int, ...]


def apply_scan(session: Session, call_id: int, findings: Sequence[Finding], *, ruleset_ids: Mapping[str, int],
               run_id: int) -> RescanChange:
    """Bring a stored call's rule flags in line with a new scan: add new ones, mark ones no longer raised,
    never delete; decisions stay with their flags."""
    existing = rule_flags(session, call_id)
    unique = unique_findings(findings)
    added: list[int] = []
    revived: list[int] = []
    kept: list[int] = []
    new_rows = []
    for key, f in unique.items():
        values = _finding_values(f, ruleset_ids, run_id)
        if key in existing:
            flag_id, raised, _ = existing[key]
            if not raised:
                values.update(raised=True, retired_run_id=None)
                revived.append(flag_id)
            else:
                kept.append(flag_id)
            session.execute(update(FlagRecord).where(FlagRecord.id == flag_id).values(**values))
        else:
            new_rows.append((key, values))
    if new_rows:
        c = session.get_one(CallRecord, call_id)
        now = utcnow()
        call_date = c.call_date
        for key, values in new_rows:
            added.append(session.execute(insert(FlagRecord).values(
                call_id=call_id, segment_idx=key[0], rule=key[1], span_start=key[2], span_end=key[3], source="rule",
                note="", raised=True, status="open", version=1, created_at=now, first_run_id=run_id,
                agent=c.agent, language=c.language, call_date=call_date, **values,
            ).returning(FlagRecord.id)).scalar_one())
    retired = [fid for key, (fid, raised, _) in existing.items() if raised and key not in unique]
    if retired:
        session.execute(update(FlagRecord).where(FlagRecord.id.in_(retired))
                        .values(raised=False, retired_run_id=run_id))
    return RescanChange(tuple(added), tuple(retired), tuple(revived), tuple(kept))
