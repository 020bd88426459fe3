"""A loaded rule book: rule sets, their rules, categories and context terms, all immutable."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

from notecheck.findings import RulesetRef

ContextKind = Literal["negation", "negation_after", "pseudo_negation", "conditional_after", "consent",
                      "consent_after", "quote", "terminator"]


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    speaker: str = "agent"
    span: str | None = None
    line: int = 0
    column: int = 0


@dataclass(frozen=True, slots=True)
class Clause:
    """A compiled match clause; `groups` holds the expanded phrases (one group unless `near`)."""

    kind: Literal["phrases", "near", "pattern", "regex"]
    index: int
    groups: tuple[tuple[str, ...], ...] = ()
    within_en: int = 6
    within_zh: int = 8
    ordered: bool = False
    pattern: tuple[tuple[tuple[str, object], ...], ...] = ()
    regex: str | None = None

    @property
    def label(self) -> str:
        return f"{self.kind}[{self.index}]" if self.kind != "phrases" else f"phrases[{self.index}]"


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    severity: str
    message: str
    citation: str
    kind: Literal["match", "required"]
    speaker: Literal["agent", "customer", "any"]
    applies_to: frozenset[str]
    clauses: tuple[Clause, ...]
    exceptions: tuple[str, ...]
    unless: frozenset[str]
    within_turns: int
    ruleset: RulesetRef
    languages: tuple[str, ...]
    path: str
    line: int
    column: int = 1
    description: str = ""
    flag_examples: tuple[Example, ...] = ()
    pass_examples: tuple[Example, ...] = ()
    todo_flag: tuple[Example, ...] = ()
    todo_pass: tuple[Example, ...] = ()

    def render(self, match: str) -> str:
        return self.message.replace("{match}", match)


@dataclass(frozen=True, slots=True)
class Ruleset:
    name: str
    version: str
    sha256: str
    path: str
    source: str
    languages: tuple[str, ...]
    jurisdiction: str = ""
    description: str = ""
    default: bool = True
    pipeline: str | None = None
    categories: tuple[tuple[str, str], ...] = ()
    context: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Context triggers this rule set adds, by kind."""

    @property
    def ref(self) -> RulesetRef:
        return RulesetRef(self.name, self.version, self.sha256)


@dataclass(frozen=True, slots=True)
class Rulebook:
    rulesets: tuple[Ruleset, ...]
    rules: tuple[Rule, ...]
    categories: tuple[tuple[str, str], ...]
    context: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(kind, phrases) pairs: built-in context triggers plus those the rule sets add."""
    sha256: str = field(default="")
    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False, hash=False)
    """Things derived from this book once (its compiled scanner)."""

    def __post_init__(self) -> None:
        if not self.sha256:
            digest = hashlib.sha256("\n".join(sorted(r.sha256 for r in self.rulesets)).encode()).hexdigest()
            object.__setattr__(self, "sha256", digest)

    def rule(self, rule_id: str) -> Rule:
        return next(r for r in self.rules if r.id == rule_id)

    @property
    def pipeline(self) -> str | None:
        return next((r.pipeline for r in self.rulesets if r.pipeline), None)

    def describe(self) -> str:
        return ", ".join(f"{r.name}@{r.version}" for r in self.rulesets)
