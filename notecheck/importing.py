"""Import, re-scan and preview: load calls, scan them with a rule book, and store what changed.

Each file is stored in its own transaction, so a file that fails leaves nothing behind and a process
killed mid-import keeps every file committed before it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select, update
from sqlalchemy.exc import IntegrityError

from notecheck.findings import Finding
from notecheck.ingest import LoadError, Skipped, discover, open_call
from notecheck.records import (
    Changes,
    FileOutcome,
    ImportProgress,
    ImportReport,
    PreviewItem,
    RescanReport,
    RulebookPreview,
)
from notecheck.review.roles import Actor
from notecheck.store import audit
from notecheck.store.calls import apply_scan, call_by_sha, call_ids, insert_call, load_stored_call, rule_flags
from notecheck.store.database import optimize, reading, writing
from notecheck.store.models import CallRecord, FlagRecord, ScanRun, SegmentRecord
from notecheck.store.types import utcnow

Progress = Callable[[ImportProgress], None]
Cancel = Callable[[], bool]


@dataclass
class ActiveBook:
    """A loaded rule book, its stored id, and its scanner (used by one thread at a time)."""

    rulebook_id: int
    rulebook: Any
    scanner: Any
    ruleset_ids: dict[str, int]
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def label(self) -> str:
        return f"rulebook {self.rulebook.sha256[:12]}: {self.rulebook.describe()}"

    def scan(self, call: Any) -> list[Finding]:
        with self.lock:
            return self.scanner.scan_call(call)


def _start_run(engine: Engine, book: ActiveBook, kind: str, actor: Actor) -> int:
    with writing(engine) as session:
        run = ScanRun(rulebook_id=book.rulebook_id, kind=kind, started_by_id=actor.id, started_at=utcnow(),
                      calls=0, flags_added=0, flags_retired=0)
        session.add(run)
        session.flush()
        return run.id


def _finish_run(engine: Engine, run_id: int, calls: int, added: int, retired: int) -> None:
    with writing(engine) as session:
        session.execute(update(ScanRun).where(ScanRun.id == run_id).values(
            finished_at=utcnow(), calls=calls, flags_added=added, flags_retired=retired))


def import_files(engine: Engine, actor: Actor, book: ActiveBook, paths: Iterable[str | os.PathLike[str]], *,
                 agent_speakers: Sequence[str] = (), progress: Progress | None = None,
                 cancel: Cancel | None = None) -> ImportReport:
    """Load, scan and store each call file (one transaction per file); the same content is stored once."""
    items = list(discover(paths))
    outcomes: list[FileOutcome] = []
    run_id: int | None = None
    flags_added = 0
    changed_calls: set[int] = set()
    cancelled = False
    for done, item in enumerate(items, start=1):
        if cancel is not None and cancel():
            cancelled = True
            break
        if isinstance(item, Skipped):
            outcome = FileOutcome(item.path, "skipped", message=item.reason)
        else:
            outcome, run_id = _import_one(engine, actor, book, item, agent_speakers, run_id)
            if outcome.status == "imported" and outcome.call_id is not None:
                changed_calls.add(outcome.call_id)
                flags_added += outcome.flags
        outcomes.append(outcome)
        if progress is not None:
            progress(ImportProgress(done, len(items), outcome))
    if run_id is not None:
        _finish_run(engine, run_id, len(changed_calls), flags_added, 0)
        optimize(engine)
    changes = Changes(calls=frozenset(changed_calls), queue=bool(changed_calls), audit=bool(changed_calls))
    return ImportReport(tuple(outcomes), cancelled, run_id, changes)


def _import_one(engine: Engine, actor: Actor, book: ActiveBook, path: Path, agent_speakers: Sequence[str],
                run_id: int | None) -> tuple[FileOutcome, int | None]:
    name = str(path)
    try:
        stream = open_call(path, agent_speakers)
        with reading(engine) as session:
            existing = call_by_sha(session, stream.info.sha256)
        if existing is not None:
            return FileOutcome(name, "duplicate", existing, message=f"already imported as call {existing}"), run_id
        call = stream.load()
        findings = book.scan(call)
    except LoadError as exc:
        return FileOutcome(name, "failed", message=str(exc)), run_id
    except Exception as exc:  # a scan that breaks on one file must not stop the others
        return FileOutcome(name, "failed", message=f"{name}: cannot scan: {type(exc).__name__}: {exc}"), run_id
    if run_id is None:
        run_id = _start_run(engine, book, "import", actor)
    try:
        with writing(engine) as session:
            stored = insert_call(session, call, findings, ruleset_ids=book.ruleset_ids, run_id=run_id,
                                 actor_id=actor.id)
            audit.append(session, audit.NewEvent(
                actor=actor.name, role=actor.role, action="import", subject=f"call:{stored.call_id}",
                after={"call": call.info.call_id, "path": name, "sha256": call.info.sha256,
                       "segments": len(call.segments), "flags": stored.flags, "scan_run": run_id},
                ruleset=book.label))
    except IntegrityError:
        with reading(engine) as session:
            existing = call_by_sha(session, call.info.sha256)
        if existing is not None:  # imported by someone else at the same moment
            return FileOutcome(name, "duplicate", existing, message=f"already imported as call {existing}"), run_id
        raise
    return FileOutcome(name, "imported", stored.call_id, stored.flags), run_id


def rescan_calls(engine: Engine, actor: Actor, book: ActiveBook, *, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> RescanReport:
    """Scan every stored call again: add new flags, mark flags no longer raised, keep all decisions."""
    with reading(engine) as session:
        ids = call_ids(session)
    run_id = _start_run(engine, book, "rescan", actor)
    added = retired = revived = 0
    flags: set[int] = set()
    calls: set[int] = set()
    cancelled = False
    for done, call_id in enumerate(ids, start=1):
        if cancel is not None and cancel():
            cancelled = True
            break
        with reading(engine) as session:
            call = load_stored_call(session, call_id)
        findings = book.scan(call)
        with writing(engine) as session:
            change = apply_scan(session, call_id, findings, ruleset_ids=book.ruleset_ids, run_id=run_id)
            if change.added or change.retired or change.revived:
                audit.append(session, audit.NewEvent(
                    actor=actor.name, role=actor.role, action="rescan", subject=f"call:{call_id}",
                    after={"added": list(change.added), "retired": list(change.retired),
                           "revived": list(change.revived), "scan_run": run_id},
                    ruleset=book.label))
                calls.add(call_id)
        added += len(change.added)
        retired += len(change.retired)
        revived += len(change.revived)
        flags.update(change.added, change.retired, change.revived)
        if progress is not None:
            progress(ImportProgress(done, len(ids), FileOutcome(call.info.path, "imported", call_id,
                                                                len(change.added))))
    _finish_run(engine, run_id, len(ids), added, retired)
    optimize(engine)
    changes = Changes(flags=frozenset(flags), calls=frozenset(calls), queue=bool(flags), audit=bool(flags))
    return RescanReport(run_id, len(ids), added, retired, revived, cancelled, changes)


def preview_book(engine: Engine, scanner: Any, *, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> RulebookPreview:
    """What a candidate rule book would change on the stored calls, without storing anything."""
    with reading(engine) as session:
        ids = call_ids(session)
    added: list[PreviewItem] = []
    removed: list[PreviewItem] = []
    unchanged = 0
    cancelled = False
    for done, call_id in enumerate(ids, start=1):
        if cancel is not None and cancel():
            cancelled = True
            break
        with reading(engine) as session:
            call = load_stored_call(session, call_id)
            current = {k: v for k, v in rule_flags(session, call_id).items() if v[1]}
        findings = {f.key: f for f in scanner.scan_call(call)}
        with reading(engine) as session:
            removed.extend(_removed_items(session, call_id, call.info.call_id, current, set(findings)))
        texts = {s.index: s.text for s in call.segments}
        for key, f in findings.items():
            if key in current:
                unchanged += 1
            else:
                added.append(PreviewItem(call_id, call.info.call_id, f.segment, f.line, f.rule, f.category,
                                         f.severity, f.text, texts.get(f.segment, "")))
        if progress is not None:
            progress(ImportProgress(done, len(ids), FileOutcome(call.info.path, "imported", call_id, len(findings))))
    return RulebookPreview(len(ids), tuple(added), tuple(removed), unchanged, cancelled)


def _removed_items(session: Any, call_id: int, call_ref: str, current: dict, new_keys: set) -> list[PreviewItem]:
    gone = [v[0] for k, v in current.items() if k not in new_keys]
    if not gone:
        return []
    rows = session.execute(select(FlagRecord.id, FlagRecord.segment_idx, FlagRecord.line, FlagRecord.rule,
                                  FlagRecord.category, FlagRecord.severity, FlagRecord.text, FlagRecord.status,
                                  SegmentRecord.text.label("excerpt"))
                           .join(SegmentRecord, (SegmentRecord.call_id == FlagRecord.call_id)
                                 & (SegmentRecord.idx == FlagRecord.segment_idx))
                           .where(FlagRecord.id.in_(gone)).order_by(FlagRecord.id)).all()
    return [PreviewItem(call_id, call_ref, r.segment_idx, r.line, r.rule, r.category, r.severity, r.text, r.excerpt,
                        r.id, r.status) for r in rows]


def stored_call_count(engine: Engine) -> int:
    with reading(engine) as session:
        return session.execute(select(func.count()).select_from(CallRecord)).scalar_one()
