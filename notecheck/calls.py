"""Calls and their segments: what every loader produces and every later layer reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Role = Literal["agent", "customer", "unknown"]
Language = Literal["en", "zh", "mixed"]
RoleSource = Literal["label", "header", "user", "guess", "none"]
CallKind = Literal["transcript", "notes"]


@dataclass(frozen=True, slots=True)
class Segment:
    """One utterance (or one collector note) and where it sits in its source file."""

    index: int
    """0-based position within the call."""
    line: int
    """1-based line of the source file where the utterance starts."""
    speaker: str
    """The speaker label as written in the file (for notes: the agent code)."""
    role: Role
    text: str
    """The exact text, original characters kept."""
    column: int = 1
    """1-based column of the text's first character in its source line."""
    start: float | None = None
    end: float | None = None
    at: datetime | None = None
    """When the note was written (notes only)."""
    account: str | None = None
    """The account a note belongs to (notes only)."""


@dataclass(frozen=True, slots=True)
class CallInfo:
    """What is known about a call before its segments are read."""

    path: str
    sha256: str
    format: str
    kind: CallKind
    call_id: str
    agent: str | None
    language: Language
    started_at: datetime | None
    speakers: tuple[tuple[str, Role], ...] = ()
    """Each speaker label and the role given to it."""
    role_source: RoleSource = "label"
    """How roles were decided: from labels, a `# roles:` header, the user, or a guess."""

    @property
    def roles_guessed(self) -> bool:
        return self.role_source == "guess"

    def role_of(self, speaker: str) -> Role:
        return dict(self.speakers).get(speaker, "unknown")


@dataclass(frozen=True, slots=True)
class Call:
    """A loaded call: its description and all its segments."""

    info: CallInfo
    segments: tuple[Segment, ...] = field(default=())

    @property
    def path(self) -> str:
        return self.info.path

    def agent_segments(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.role == "agent")
