"""Problems found in rule files, reported as `file:line:col: message`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class RuleError:
    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class RulebookError(Exception):
    """A rule book did not load; `errors` lists every problem found, in file order."""

    def __init__(self, errors: Iterable[RuleError]) -> None:
        self.errors = tuple(sorted(set(errors)))
        super().__init__("\n".join(map(str, self.errors)) or "rule book did not load")
