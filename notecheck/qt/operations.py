"""Workspace operations the window submits to its worker: each runs off the UI thread and returns values.

Keyword-only functions of the workspace (and the task, for long jobs), like Anki's `operations/`.
None of them touches a widget.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from notecheck.paths import SAMPLES

if TYPE_CHECKING:
    from notecheck.qt.worker import Task
    from notecheck.records import (
        FlagRow,
        ImportReport,
        PublishResult,
        ReviewResult,
        RulebookInfo,
        RulebookPreview,
        UserInfo,
    )
    from notecheck.workspace import Workspace

DEMO_PASSWORD = "demo"
DEMO_PEOPLE = (("adam", "admin", "Adam (admin)"), ("alice", "qa_reviewer", "Alice (QA)"),
               ("bob", "supervisor", "Bob (supervisor)"), ("cora", "compliance_officer", "Cora (compliance)"))


def sample_paths() -> list[Path]:
    """The built-in sample calls (including the seed call)."""
    return [SAMPLES]


@dataclass(frozen=True, slots=True)
class Opened:
    """What the window needs right after the database opens."""

    url: str
    users: tuple[UserInfo, ...]
    team_mode: bool


def opened(ws: Workspace) -> Opened:
    return Opened(ws.url, tuple(ws.users()), ws.team_mode)


def ensure_rules(ws: Workspace, rule_paths: Sequence[str | os.PathLike[str]] | None) -> None:
    """Publish the configured rule files when no rule book is active yet (else the shipped ones are used)."""
    if rule_paths and ws.active_rulebook() is None:
        ws.publish_rulebook(list(rule_paths), rescan=False, note="rules in use when the database was created")


def create_first_account(ws: Workspace, *, name: str, password: str, display_name: str = "") -> UserInfo:
    """The first person in a new database: an administrator, signed in."""
    ws.add_user(name, "admin", password, display_name)
    return ws.sign_in(name, password)


def create_demo_team(ws: Workspace) -> tuple[UserInfo, ...]:
    """Demo accounts (one per role, password `demo`) in an empty database."""
    if ws.users():
        return tuple(ws.users())
    first, *others = DEMO_PEOPLE
    ws.add_user(first[0], first[1], DEMO_PASSWORD, first[2])
    ws.sign_in(first[0], DEMO_PASSWORD)
    for name, role, display in others:
        ws.add_user(name, role, DEMO_PASSWORD, display)
    return tuple(ws.users())


def import_paths(ws: Workspace, task: Task, paths: Sequence[str | os.PathLike[str]],
                 rule_paths: Sequence[str | os.PathLike[str]] | None = None) -> ImportReport:
    """Import files and folders, reporting each file as it is done; stops between files when cancelled."""
    ensure_rules(ws, rule_paths)
    return ws.import_paths(list(paths), progress=task.progress, cancel=lambda: task.cancelled)


def decide(ws: Workspace, action: str, rows: Sequence[FlagRow], reason: str | None = None) -> ReviewResult:
    """Apply a review action to the flags as the person saw them (a flag changed since is a conflict)."""
    return ws.review(action, [r.id for r in rows], reason=reason, expected={r.id: r.version for r in rows})


def why_not(ws: Workspace, action: str, rows: Sequence[FlagRow]) -> str | None:
    """Why the signed-in person cannot take `action` on these flags (None if they can)."""
    if not rows:
        return None
    for row in rows[:200]:
        reason = ws.why_not(action, row)
        if reason:
            return reason
    return None


@dataclass(frozen=True, slots=True)
class RuleProblem:
    """A problem in a candidate rule file: the file's name, 1-based line and column, and the message."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


@dataclass(frozen=True, slots=True)
class RuleCheck:
    """What loading candidate rule files found: problems, or how many rules and examples there are."""

    problems: tuple[RuleProblem, ...]
    rules: int = 0
    examples: int = 0
    rulesets: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def write_sources(folder: str | os.PathLike[str], sources: dict[str, str]) -> list[Path]:
    """Rule files with these names and texts in a folder (each named, so each is loaded)."""
    paths = []
    for name, text in sources.items():
        path = Path(folder, Path(name).name)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def check_rules(sources: dict[str, str], *, examples: bool) -> RuleCheck:
    """Load candidate rule files as the loader would (with or without running their examples)."""
    import tempfile

    from notecheck.rulebook import RulebookError, load_rulebook

    with tempfile.TemporaryDirectory(prefix="notecheck-check-") as folder:
        paths = write_sources(folder, sources)
        try:
            book = load_rulebook(paths, check_examples=examples)
        except RulebookError as exc:
            return RuleCheck(tuple(RuleProblem(_name_in(folder, e.path), e.line, e.column, e.message)
                                   for e in exc.errors))
    count = sum(len(r.flag_examples) + len(r.pass_examples) for r in book.rules)
    return RuleCheck((), len(book.rules), count, tuple(f"{r.name}@{r.version}" for r in book.rulesets))


def _name_in(folder: str, path: str) -> str:
    try:
        return str(Path(path).relative_to(folder))
    except ValueError:
        return path


def stored_rules(ws: Workspace) -> tuple[RulebookInfo | None, dict[str, str]]:
    """The active rule book and the text of each of its files, exactly as published."""
    import tempfile

    info = ws.active_rulebook()
    if info is None:
        return None, {}
    with tempfile.TemporaryDirectory(prefix="notecheck-rules-") as folder:
        paths = ws.restore_rulebook(folder, info.id)
        return info, {p.name: p.read_text(encoding="utf-8") for p in paths}


def preview_rules(ws: Workspace, task: Task, sources: dict[str, str]) -> RulebookPreview:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="notecheck-preview-") as folder:
        return ws.preview_rulebook(write_sources(folder, sources), progress=task.progress,
                                   cancel=lambda: task.cancelled)


def publish_rules(ws: Workspace, task: Task, sources: dict[str, str], note: str) -> PublishResult:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="notecheck-publish-") as folder:
        return ws.publish_rulebook(write_sources(folder, sources), note=note, progress=task.progress,
                                   cancel=lambda: task.cancelled)
