"""The workspace: the one object the command line and the desktop shell use (like Anki's `Collection`).

Every method opens one short database session and returns frozen values, so any method can run on a
worker thread; write operations also return a `Changes` value saying what to redraw. Nothing here
imports Qt, and the matching engine (spaCy) is imported only when a scan needs it.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from notecheck.findings import RulesetRef
from notecheck.records import (
    AuditEventView,
    AuditReport,
    CallSummary,
    CallView,
    Changes,
    DashboardStats,
    DecisionView,
    FlagDetail,
    FlagHistory,
    FlagRow,
    ImportProgress,
    ImportReport,
    PublishResult,
    RescanReport,
    ReviewResult,
    RulebookInfo,
    RulebookPreview,
    SegmentView,
    UserInfo,
)
from notecheck.review import actions
from notecheck.review.errors import NotFound, SignInError, WorkflowError
from notecheck.review.identity import hash_password, verify_password
from notecheck.review.roles import PUBLISHERS, ROLES, USER_ADMINS, Actor
from notecheck.review.workflow import check
from notecheck.store import audit, rulesets, stats, users
from notecheck.store.calls import explanation_from_json
from notecheck.store.database import create_db_engine, reading, resolve_url, writing
from notecheck.store.migrate import ensure_schema
from notecheck.store.models import AuditEvent, CallRecord, Decision, FlagRecord, RulesetVersion, SegmentRecord, User
from notecheck.store.queue import QueueFilter, Sort, flag_records, to_row
from notecheck.store.queue import flag_rows as _flag_rows
from notecheck.store.queue import queue_ids as _queue_ids
from notecheck.store.queue import status_counts as _status_counts

ENV_PASSWORD = "NOTECHECK_PASSWORD"
Progress = Callable[[ImportProgress], None]
Cancel = Callable[[], bool]

__all__ = ["QueueFilter", "Sort", "Workspace"]


class Workspace:
    """A notecheck database opened for one person: SQLite on this computer, or a team's PostgreSQL."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self.team_mode = engine.dialect.name == "postgresql"
        self._actor: Actor | None = None
        self._login: str | None = None
        self._books: dict[int, Any] = {}
        self._books_lock = threading.Lock()

    # -- opening and signing in ---------------------------------------------------------------------
    @classmethod
    def open(cls, url: str | None = None, *, password: str | None = None, migrate: bool = True) -> Workspace:
        """Open (creating and upgrading as needed) the database at `url`, `NOTECHECK_DB` or the data folder.

        In team mode `password` (or `NOTECHECK_PASSWORD`) is the person's database password.
        """
        resolved = resolve_url(url)
        parsed = make_url(resolved)
        if parsed.get_backend_name() == "postgresql":
            password = password or os.environ.get(ENV_PASSWORD)
            if password and not parsed.password:
                parsed = parsed.set(password=password)
        engine = create_db_engine(parsed.render_as_string(hide_password=False))
        if migrate:
            ensure_schema(engine)
        workspace = cls(engine, parsed.render_as_string(hide_password=True))
        if workspace.team_mode:
            workspace._sign_in_login()
        return workspace

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _sign_in_login(self) -> None:
        with reading(self.engine) as session:
            self._login = users.session_login(session)
        try:
            with reading(self.engine) as session:
                user = users.find(session, self._login)
        except DBAPIError:  # a login this database does not admit
            user = None
        if user is not None and user.active:
            self._actor = Actor(user.id, user.name, user.role)  # type: ignore[arg-type]

    def sign_in(self, name: str | None = None, password: str | None = None) -> UserInfo:
        """SQLite: check the user's argon2 password. Team mode: the database login is the user."""
        if self.team_mode:
            if name and name != self._login:
                raise SignInError(f"in team mode you are your database login ({self._login}), not {name}")
            if self._actor is None:
                raise SignInError(f"database login {self._login} is not a notecheck user (an admin adds it with "
                                  "`notecheck user add`)")
            return self.current_user()  # type: ignore[return-value]
        if not name:
            raise SignInError("sign in with a user name")
        with reading(self.engine) as session:
            user = users.find(session, name)
            stored = users.password_hash(session, name)
        if user is None or not user.active or not verify_password(stored, password or ""):
            raise SignInError(f"unknown user or wrong password for {name!r}")
        self._actor = Actor(user.id, user.name, user.role)  # type: ignore[arg-type]
        return user

    def current_user(self) -> UserInfo | None:
        if self._actor is None:
            return None
        with reading(self.engine) as session:
            return users.find(session, self._actor.name)

    @property
    def actor(self) -> Actor:
        if self._actor is None:
            raise SignInError("sign in first")
        return self._actor

    # -- users --------------------------------------------------------------------------------------
    def users(self) -> list[UserInfo]:
        with reading(self.engine) as session:
            return users.all_users(session)

    def add_user(self, name: str, role: str, password: str | None = None, display_name: str = "") -> UserInfo:
        """Add a person. SQLite: with an argon2 password; the first user needs no sign-in. Team mode: also
        their own database login in this database's group roles (run by an admin or the database owner)."""
        if role not in ROLES:
            raise WorkflowError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
        users.check_name(name)
        with self._writing() as session:
            first = users.count(session) == 0
            if self.team_mode:
                by = self._actor
                if by is not None and by.role not in USER_ADMINS:
                    raise WorkflowError(f"a {by.role} cannot add users")
                users.create_login(session, name, role, password)
                actor_name, actor_role = self._login or "", by.role if by else "owner"
                new_id = users.insert_user(session, name, role, display_name, None)
            else:
                if not first and (self._actor is None or self._actor.role not in USER_ADMINS):
                    raise WorkflowError("only an admin can add users")
                if not password:
                    raise WorkflowError("a user needs a password")
                new_id = users.insert_user(session, name, role, display_name, hash_password(password))
                actor_name, actor_role = (self._actor.name, self._actor.role) if self._actor else (name, role)
            audit.append(session, audit.NewEvent(
                actor=actor_name, role=actor_role, action="user_add", subject=f"user:{name}",
                after={"name": name, "role": role, "id": new_id}, reason="first user" if first else None))
        return UserInfo(new_id, name, display_name, role, True)

    # -- the queue ----------------------------------------------------------------------------------
    def queue_ids(self, filter: QueueFilter | None = None, sort: Sort | None = None) -> list[int]:
        """Ids of the flags the filter selects, in sort order (fetch rows for the visible ones with flag_rows)."""
        with reading(self.engine) as session:
            return _queue_ids(session, filter or QueueFilter(), sort or Sort())

    def queue_page(self, filter: QueueFilter | None = None, sort: Sort | None = None, offset: int = 0,
                   limit: int = 100) -> list[FlagRow]:
        with reading(self.engine) as session:
            ids = _queue_ids(session, filter or QueueFilter(), sort or Sort(), offset, limit)
            return _flag_rows(session, ids)

    def flag_rows(self, ids: Sequence[int]) -> list[FlagRow]:
        """Rows for these flag ids, in the order given."""
        with reading(self.engine) as session:
            return _flag_rows(session, ids)

    def status_counts(self, filter: QueueFilter | None = None) -> dict[str, int]:
        with reading(self.engine) as session:
            return _status_counts(session, filter or QueueFilter())

    # -- calls and flags ----------------------------------------------------------------------------
    def call_view(self, call_id: int) -> CallView:
        """A call's segments and all its flags with rule, message, citation, rule set version and explanation."""
        with reading(self.engine) as session:
            c = session.get(CallRecord, call_id)
            if c is None:
                raise NotFound(f"call {call_id}: no such call")
            importer = session.execute(select(User.name).where(User.id == c.imported_by_id)).scalar()
            summary = CallSummary(c.id, c.external_id, c.path, c.sha256, c.format, c.kind, c.agent, c.language,
                                  c.started_at, c.role_source, tuple((s, r) for s, r in json.loads(c.speakers)),
                                  c.imported_at, importer)
            segments = tuple(SegmentView(s.idx, s.line, s.col, s.speaker, s.role, s.text, s.start_s, s.end_s, s.at,
                                         s.account)
                             for s in session.execute(select(SegmentRecord).where(SegmentRecord.call_id == call_id)
                                                      .order_by(SegmentRecord.idx)).scalars())
            flags = tuple(self._detail(session, r) for r in flag_records(session, FlagRecord.call_id == call_id))
        return CallView(summary, segments, flags)

    @staticmethod
    def _detail(session: Any, r: Any) -> FlagDetail:
        f: FlagRecord = r[0]
        ref = None
        if f.ruleset_id is not None:
            name, version, sha = session.execute(select(RulesetVersion.name, RulesetVersion.version,
                                                        RulesetVersion.sha256)
                                                 .where(RulesetVersion.id == f.ruleset_id)).one()
            ref = RulesetRef(name, version, sha)
        return FlagDetail(to_row(r), f.span_start, f.span_end, f.citation, explanation_from_json(f.explanation), ref,
                          f.note)

    def flag(self, flag_id: int) -> FlagDetail:
        with reading(self.engine) as session:
            rows = flag_records(session, FlagRecord.id == flag_id)
            if not rows:
                raise NotFound(f"flag {flag_id}: no such flag")
            return self._detail(session, rows[0])

    def flag_history(self, flag_id: int) -> FlagHistory:
        """The flag, every decision on it, and its audit events, oldest first."""
        detail = self.flag(flag_id)
        with reading(self.engine) as session:
            labels = {}
            decisions = []
            for d, actor in session.execute(select(Decision, User.name).join(User, User.id == Decision.actor_id)
                                            .where(Decision.flag_id == flag_id).order_by(Decision.id)):
                if d.ruleset_id is not None and d.ruleset_id not in labels:
                    labels.update(rulesets.labels(session, [d.ruleset_id]))
                decisions.append(DecisionView(d.id, d.flag_id, d.action, d.from_status, d.to_status, actor, d.role,
                                              d.reason, d.at, labels.get(d.ruleset_id, ""), d.undoes_id))
            events = self._events(session, AuditEvent.flag_id == flag_id)
        return FlagHistory(detail, tuple(decisions), tuple(events))

    @staticmethod
    def _events(session: Any, where: Any, limit: int | None = None) -> list[AuditEventView]:
        query = select(AuditEvent).where(where).order_by(AuditEvent.id)
        if limit is not None:
            query = query.limit(limit)
        return [AuditEventView(e.id, e.at, e.actor, e.role, e.action, e.subject, e.flag_id, e.before, e.after,
                               e.reason, e.ruleset, e.prev_hash, e.hash) for e in session.execute(query).scalars()]

    def audit_events(self, *, flag_id: int | None = None, after_id: int = 0,
                     limit: int | None = None) -> list[AuditEventView]:
        with reading(self.engine) as session:
            where = and_(AuditEvent.id > after_id, True if flag_id is None else AuditEvent.flag_id == flag_id)
            return self._events(session, where, limit)

    def verify_audit(self, expect_head: str | None = None) -> AuditReport:
        """Check the audit chain; name the first event that was edited, removed or reordered."""
        with reading(self.engine) as session:
            result = audit.verify(session, expect_head)
        return AuditReport(result.ok, result.events, result.first_bad, result.problem, result.head)

    def dashboard(self, filter: QueueFilter | None = None, bucket: str = "month") -> DashboardStats:
        f = filter or QueueFilter(raised=None)
        with reading(self.engine) as session:
            return DashboardStats(tuple(stats.by_category(session, f, bucket)), tuple(stats.by_agent(session, f)),
                                  tuple(stats.rule_precision(session, f)), _status_counts(session, f))

    # -- review -------------------------------------------------------------------------------------
    def review(self, action: str, ids: Iterable[int], *, reason: str | None = None,
               expected: Mapping[int, int] | None = None) -> ReviewResult:
        """Apply `confirm`, `dismiss`, `escalate`, `sign_off` or `return` to every flag, all or nothing.

        `expected` maps flag id → the version the caller saw; a flag changed since raises ConflictError.
        """
        actor = self.actor
        ids = list(dict.fromkeys(ids))
        with self._writing() as session:
            changed = actions.act(session, actor, action, ids, reason=reason, expected=expected)
        return self._result(changed)

    def confirm(self, ids: Iterable[int], *, reason: str | None = None,
                expected: Mapping[int, int] | None = None) -> ReviewResult:
        return self.review("confirm", ids, reason=reason, expected=expected)

    def dismiss(self, ids: Iterable[int], *, reason: str, expected: Mapping[int, int] | None = None) -> ReviewResult:
        return self.review("dismiss", ids, reason=reason, expected=expected)

    def escalate(self, ids: Iterable[int], *, reason: str | None = None,
                 expected: Mapping[int, int] | None = None) -> ReviewResult:
        return self.review("escalate", ids, reason=reason, expected=expected)

    def sign_off(self, ids: Iterable[int], *, reason: str | None = None,
                 expected: Mapping[int, int] | None = None) -> ReviewResult:
        return self.review("sign_off", ids, reason=reason, expected=expected)

    def return_to_reviewer(self, ids: Iterable[int], *, reason: str,
                           expected: Mapping[int, int] | None = None) -> ReviewResult:
        return self.review("return", ids, reason=reason, expected=expected)

    def why_not(self, action: str, row: FlagRow) -> str | None:
        """Why the signed-in person cannot take `action` on this flag (None if they can): for disabled buttons."""
        if self._actor is None:
            return "sign in first"
        decided_by = None
        if row.decided_by:
            with reading(self.engine) as session:
                found = users.find(session, row.decided_by)
                decided_by = found.id if found else None
        try:
            check(action, flag_id=row.id, status=row.status, actor=self._actor, decided_by_id=decided_by,
                  reason="(given)")
        except WorkflowError as exc:
            return str(exc)
        return None

    def undo_last(self) -> ReviewResult:
        """Undo the signed-in person's own last decision, recorded as a new decision and audit event."""
        actor = self.actor
        with self._writing() as session:
            flag_id = actions.undo_last(session, actor)
        return self._result([flag_id])

    def add_manual_flag(self, call_id: int, segment: int, start: int, end: int, *, category: str, note: str = "",
                        severity: str = "medium") -> ReviewResult:
        """Flag words the rules missed (characters start–end of a segment's text); it starts confirmed."""
        actor = self.actor
        with self._writing() as session:
            flag_id = actions.add_manual(session, actor, call_id, segment, start, end, category=category, note=note,
                                         severity=severity)
        return self._result([flag_id], calls=frozenset({call_id}))

    def _result(self, flag_ids: Sequence[int], calls: frozenset[int] = frozenset()) -> ReviewResult:
        rows = self.flag_rows(flag_ids)
        return ReviewResult(tuple(rows), Changes(flags=frozenset(flag_ids), calls=calls, queue=True, audit=True))

    # -- import, rules, re-scan ---------------------------------------------------------------------
    def import_paths(self, paths: Iterable[str | os.PathLike[str]], *, agent_speakers: Sequence[str] = (),
                     progress: Progress | None = None, cancel: Cancel | None = None) -> ImportReport:
        """Import call files and folders with the active rule book (the shipped rules on first use)."""
        from notecheck.importing import import_files

        actor = self.actor
        return import_files(self.engine, actor, self._active_book(), paths, agent_speakers=agent_speakers,
                            progress=progress, cancel=cancel)

    def rescan(self, *, progress: Progress | None = None, cancel: Cancel | None = None) -> RescanReport:
        """Scan every stored call with the active rule book; flags no longer raised are marked, never deleted."""
        from notecheck.importing import rescan_calls

        actor = self.actor
        if actor.role not in PUBLISHERS:
            raise WorkflowError(f"a {actor.role} cannot re-scan; compliance officers and admins do, when they publish")
        return rescan_calls(self.engine, actor, self._active_book(), progress=progress, cancel=cancel)

    def active_rulebook(self) -> RulebookInfo | None:
        with reading(self.engine) as session:
            rulebook_id = rulesets.active_rulebook_id(session)
            return rulesets.info(session, rulebook_id) if rulebook_id is not None else None

    def preview_rulebook(self, rule_paths: Sequence[str | os.PathLike[str]], *, progress: Progress | None = None,
                         cancel: Cancel | None = None) -> RulebookPreview:
        """Scan the stored calls with candidate rule files and report the flags they would add and remove.

        Raises `notecheck.rulebook.RulebookError` (with `file:line:col: message` errors) for broken files."""
        from notecheck.importing import preview_book
        from notecheck.matching import Scanner
        from notecheck.rulebook import load_rulebook

        scanner = Scanner(load_rulebook(rule_paths))
        return preview_book(self.engine, scanner, progress=progress, cancel=cancel)

    def publish_rulebook(self, rule_paths: Sequence[str | os.PathLike[str]], *, note: str = "", rescan: bool = True,
                         progress: Progress | None = None, cancel: Cancel | None = None) -> PublishResult:
        """Store candidate rule files (their YAML kept) as the active rule book, then re-scan the stored calls."""
        from notecheck.rulebook import load_rulebook

        book = load_rulebook(rule_paths)
        rulebook_id = self._publish(book, note)
        self._remember(rulebook_id, book)
        from notecheck.importing import stored_call_count

        report = self.rescan(progress=progress, cancel=cancel) if rescan and stored_call_count(self.engine) else None
        changes = Changes(rules=True, audit=True) | (report.changes if report else Changes())
        return PublishResult(self.active_rulebook() or self._info(rulebook_id), report, changes)

    def restore_rulebook(self, folder: str | os.PathLike[str], rulebook_id: int | None = None) -> list[Path]:
        """Write the active (or a given) stored rule book's files into a folder, exactly as published."""
        with reading(self.engine) as session:
            rulebook_id = rulebook_id or rulesets.active_rulebook_id(session)
            if rulebook_id is None:
                raise NotFound("no rule book has been published yet")
            book = rulesets.sources(session, rulebook_id)
        return rulesets.write_sources(book, Path(folder))

    def _info(self, rulebook_id: int) -> RulebookInfo:
        with reading(self.engine) as session:
            return rulesets.info(session, rulebook_id)

    def _publish(self, book: Any, note: str) -> int:
        actor = self.actor
        source = rulesets.RulebookSource.of(book)
        with self._writing() as session:
            first = rulesets.active_rulebook_id(session) is None
            if not first and actor.role not in PUBLISHERS:
                raise WorkflowError(f"a {actor.role} cannot publish rule books")
            rulebook_id = rulesets.store_rulebook(session, source)
            rulesets.publish(session, rulebook_id, actor.id, note)
            audit.append(session, audit.NewEvent(
                actor=actor.name, role=actor.role, action="publish", subject=f"rulebook:{rulebook_id}",
                after={"sha256": source.sha256, "rulesets": [f"{r.name}@{r.version}" for r in source.rulesets]},
                reason=note or None, ruleset=f"rulebook {source.sha256[:12]}"))
        return rulebook_id

    def _active_book(self) -> Any:
        """The active rule book, loaded and cached; on first use the shipped rules are published."""
        from notecheck.rulebook import default_rule_paths, load_rulebook

        with reading(self.engine) as session:
            rulebook_id = rulesets.active_rulebook_id(session)
        if rulebook_id is None:
            shipped = load_rulebook(default_rule_paths())
            rulebook_id = self._publish(shipped, "the rules shipped with notecheck")
            return self._remember(rulebook_id, shipped)
        with self._books_lock:
            cached = self._books.get(rulebook_id)
        if cached is not None:
            return cached
        with reading(self.engine) as session:
            source = rulesets.sources(session, rulebook_id)
        with tempfile.TemporaryDirectory(prefix="notecheck-rules-") as folder:
            book = load_rulebook(rulesets.write_sources(source, Path(folder)), check_examples=False)
        return self._remember(rulebook_id, book)

    def _remember(self, rulebook_id: int, book: Any) -> Any:
        """Keep a loaded rule book and its scanner for the scans that follow."""
        from notecheck.importing import ActiveBook
        from notecheck.matching import Scanner

        with reading(self.engine) as session:
            ids = rulesets.ruleset_ids(session, rulebook_id)
        with self._books_lock:
            if rulebook_id not in self._books:
                self._books[rulebook_id] = ActiveBook(rulebook_id, book, Scanner(book), ids)
            return self._books[rulebook_id]

    # -- export -------------------------------------------------------------------------------------
    def export_flags(self, path: str | os.PathLike[str], *, fmt: str | None = None, filter: QueueFilter | None = None,
                     sort: Sort | None = None, mask: bool = False) -> int:
        """Write the flags the filter selects to CSV, JSONL or XLSX (by `fmt` or the file suffix); return the
        count. `mask` hides phone, account and ID numbers (身份证 too)."""
        from notecheck.export import export_rows

        ids = self.queue_ids(filter or QueueFilter(raised=None), sort or Sort("id", descending=False))
        pages = (self.flag_rows(ids[i:i + 1000]) for i in range(0, len(ids), 1000))
        return export_rows(Path(path), (row for page in pages for row in page), fmt=fmt, mask=mask)

    # -- plumbing -----------------------------------------------------------------------------------
    def _writing(self) -> Any:
        return _translated(writing(self.engine))


class _translated:
    """A write session whose database refusals (team-mode policies, triggers) become WorkflowErrors."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __enter__(self) -> Any:
        return self.inner.__enter__()

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> bool:
        try:
            handled = self.inner.__exit__(kind, exc, tb)
        except DBAPIError as error:
            refusal = _refusal(error)
            if refusal is None:
                raise
            raise refusal from error
        if isinstance(exc, DBAPIError) and (refusal := _refusal(exc)) is not None:
            raise refusal from exc
        return bool(handled)


def _refusal(error: DBAPIError) -> WorkflowError | None:
    orig = error.orig
    if getattr(orig, "sqlstate", None) not in ("42501", "23514", "P0001"):
        return None
    diag = getattr(orig, "diag", None)
    message = getattr(diag, "message_primary", None) or str(orig)
    return WorkflowError(f"refused by the database: {message}")
