"""The review workflow: roles, flag states and their transitions, decisions, sign-off and undo."""

from notecheck.review.errors import ConflictError, NotFound, ReviewError, SignInError, WorkflowError
from notecheck.review.roles import ROLES, Actor
from notecheck.review.workflow import ACTIONS, STATUSES, check

__all__ = ["ACTIONS", "ROLES", "STATUSES", "Actor", "ConflictError", "NotFound", "ReviewError", "SignInError",
           "WorkflowError", "check"]
