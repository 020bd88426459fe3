"""Who can do what: the four roles, and the signed-in person an action is recorded as."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

RoleName = Literal["qa_reviewer", "supervisor", "compliance_officer", "admin"]
ROLES: tuple[RoleName, ...] = ("qa_reviewer", "supervisor", "compliance_officer", "admin")
DECIDERS = frozenset({"qa_reviewer", "supervisor", "admin"})
"""Confirm, dismiss or escalate an open or returned flag."""
ESCALATION_DECIDERS = frozenset({"compliance_officer", "admin"})
"""Confirm or dismiss an escalated flag."""
SIGNERS = frozenset({"supervisor", "admin"})
"""Sign off or return a decided flag (never their own)."""
PUBLISHERS = frozenset({"compliance_officer", "admin"})
"""Publish a rule book as the active one."""
USER_ADMINS = frozenset({"admin"})


@dataclass(frozen=True, slots=True)
class Actor:
    """The signed-in person: every action is recorded under this id, name and role."""

    id: int
    name: str
    role: RoleName
