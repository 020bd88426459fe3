"""What the matching engine reports: one Finding per flag, with the reasons it was raised."""

from __future__ import annotations

from dataclasses import dataclass, field

from notecheck.calls import Role

SEVERITIES = ("low", "medium", "high", "critical")


@dataclass(frozen=True, slots=True)
class RulesetRef:
    """Which rule set raised a flag: name, the author's version, and the content hash."""

    name: str
    version: str
    sha256: str

    def __str__(self) -> str:
        return f"{self.name}@{self.version} ({self.sha256[:12]})"


@dataclass(frozen=True, slots=True)
class ClauseMatch:
    """One match clause of a rule and the words it matched."""

    clause: str
    """The clause kind and its place in the rule, e.g. `near[0]`, `phrases`, `regex[1]`, `required`."""
    words: str
    """The matched words, original characters."""
    start: int
    end: int
    """Character offsets in the segment text."""
    terms: tuple[str, ...] = ()
    """Which terms or term lists matched (`$FAMILY: wife`)."""


@dataclass(frozen=True, slots=True)
class ContextDecision:
    """A context check made on a hit, and what it did."""

    kind: str
    """negated, pseudo-negation, consent, question, quoted, exception, speaker, hypothetical …"""
    trigger: str
    """The words that triggered it (may be empty)."""
    effect: str
    """`suppressed` (the hit was dropped) or `kept` (checked, and the hit stands)."""
    reason: str


@dataclass(frozen=True, slots=True)
class Explanation:
    clauses: tuple[ClauseMatch, ...] = ()
    context: tuple[ContextDecision, ...] = ()

    def render(self) -> str:
        parts = [f"{c.clause} matched “{c.words}”" + (f" ({', '.join(c.terms)})" if c.terms else "")
                 for c in self.clauses]
        parts += [f"{d.kind}: {d.effect}" + (f" by “{d.trigger}”" if d.trigger else "") + f" — {d.reason}"
                  for d in self.context]
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class Finding:
    """One flag: where it is, which rule raised it, and why."""

    path: str
    line: int
    """1-based line of the source file (the segment's line)."""
    column: int
    """1-based column of the first matched character in that line."""
    end_column: int
    """1-based column just past the last matched character (same line)."""
    segment: int
    """Index of the segment within its call."""
    speaker: str
    role: Role
    rule: str
    ruleset: RulesetRef
    category: str
    severity: str
    text: str
    """The matched words, original characters."""
    start: int
    end: int
    """Character offsets of the match within the segment text."""
    message: str
    citation: str = ""
    explanation: Explanation = field(default_factory=Explanation)

    @property
    def key(self) -> tuple[int, str, int, int]:
        """Identity within a call, stable across rule set versions: segment, rule, span."""
        return (self.segment, self.rule, self.start, self.end)
