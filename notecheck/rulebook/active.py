"""The rule book in use: replaced only by one that loads cleanly, so a broken edit never takes over."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from notecheck.rulebook.errors import RulebookError, RuleError
from notecheck.rulebook.loader import default_rule_paths, load_rulebook
from notecheck.rulebook.model import Rulebook


@dataclass(frozen=True, slots=True)
class Reload:
    """The outcome of trying new rules: the book now in use, and the problems that kept a new one out."""

    book: Rulebook
    replaced: bool
    errors: tuple[RuleError, ...] = ()


class ActiveRules:
    """Holds the active rule book and its scanner for a running app; safe to use from several threads."""

    def __init__(self, paths: Sequence[str | os.PathLike[str]] | None = None) -> None:
        self._lock = threading.Lock()
        self.paths = [Path(p) for p in (paths or default_rule_paths())]
        self._book = load_rulebook(self.paths)

    @property
    def book(self) -> Rulebook:
        return self._book

    def scanner(self):  # type: ignore[no-untyped-def]
        """The scanner for the active book (built on first use)."""
        from notecheck.matching import Scanner

        with self._lock:
            return Scanner.of(self._book)

    def try_load(self, paths: Sequence[str | os.PathLike[str]] | None = None) -> Reload:
        """Load rule files; they become active only if they load without a single problem."""
        wanted = [Path(p) for p in paths] if paths is not None else self.paths
        try:
            book = load_rulebook(wanted)
        except RulebookError as exc:
            return Reload(self._book, replaced=False, errors=exc.errors)
        with self._lock:
            self._book, self.paths = book, wanted
        return Reload(book, replaced=True)
