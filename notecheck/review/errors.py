"""What the workflow refuses, each naming the flag (or user) concerned."""

from __future__ import annotations


class ReviewError(Exception):
    """Base of every refusal the review layer reports to a user."""


class WorkflowError(ReviewError):
    """The action is not allowed: wrong role, wrong state, four eyes, or a missing reason."""

    def __init__(self, message: str, flag_id: int | None = None) -> None:
        self.flag_id = flag_id
        super().__init__(message)


class ConflictError(ReviewError):
    """Someone else changed the flag since it was read (optimistic version check)."""

    def __init__(self, flag_id: int, expected: int, actual: int | None, detail: str = "") -> None:
        self.flag_id = flag_id
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"flag {flag_id} was changed by someone else (version {expected} expected, now {actual})"
            + (f": {detail}" if detail else "") + "; reload it and decide again")


class NotFound(ReviewError):
    """No such flag, call or user."""


class SignInError(ReviewError):
    """Unknown user, wrong password, or no one signed in."""
