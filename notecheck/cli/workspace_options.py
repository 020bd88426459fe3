"""Options every database command shares (`--db`, `--user`), signing in, and queue filters."""

from __future__ import annotations

import argparse
import functools
import getpass
import os
import sys
from collections.abc import Callable
from datetime import date

from notecheck.review import ReviewError
from notecheck.review.workflow import STATUSES
from notecheck.store.migrate import SchemaError
from notecheck.store.queue import SORT_KEYS, QueueFilter, Sort
from notecheck.workspace import ENV_PASSWORD, Workspace

ENV_USER = "NOTECHECK_USER"
REFUSED = 1
USAGE = 2


def add_db_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("database and identity")
    group.add_argument("--db", metavar="URL", default=None,
                       help="database URL or SQLite file (default: $NOTECHECK_DB, else the user data folder); "
                            "postgresql://LOGIN@HOST/DB for team mode")
    group.add_argument("--user", metavar="NAME", default=None,
                       help=f"sign in as NAME (default: ${ENV_USER}); the password comes from ${ENV_PASSWORD} or a "
                            "prompt. In team mode the database login is the user")


def password_for(name: str) -> str:
    password = os.environ.get(ENV_PASSWORD)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise ReviewError(f"no password for {name}: set {ENV_PASSWORD} or run in a terminal")
    return getpass.getpass(f"password for {name}: ")


def open_workspace(args: argparse.Namespace, *, sign_in: bool = True) -> Workspace:
    """Open the database named by --db and, unless told not to, sign in."""
    ws = Workspace.open(args.db)
    if sign_in:
        sign_in_as(ws, args)
    return ws


def sign_in_as(ws: Workspace, args: argparse.Namespace) -> None:
    name = getattr(args, "user", None) or os.environ.get(ENV_USER)
    if ws.team_mode:
        ws.sign_in(name)
        return
    if not name:
        raise ReviewError(f"sign in with --user NAME (or ${ENV_USER})")
    ws.sign_in(name, password_for(name))


def guarded(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Report refusals, conflicts and schema problems as one line on stderr, with an exit status."""
    @functools.wraps(run)
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except ReviewError as exc:
            print(f"notecheck {args.command}: {exc}", file=sys.stderr)
            return REFUSED
        except (SchemaError, ValueError) as exc:
            print(f"notecheck {args.command}: {exc}", file=sys.stderr)
            return USAGE
    return wrapper


def _listing(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def _extend(values: list[str] | None) -> tuple[str, ...]:
    return tuple(item for value in values or () for item in _listing(value))


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("which flags (repeat an option or separate values by commas)")
    group.add_argument("--status", action="append", metavar="STATUS", help=f"one of {', '.join(STATUSES)}")
    group.add_argument("--category", action="append", metavar="CATEGORY")
    group.add_argument("--severity", action="append", metavar="SEVERITY")
    group.add_argument("--agent", action="append", metavar="AGENT")
    group.add_argument("--language", action="append", metavar="LANG")
    group.add_argument("--rule", action="append", metavar="RULE", help="rule id; end with * for a prefix")
    group.add_argument("--from", dest="date_from", type=date.fromisoformat, metavar="YYYY-MM-DD")
    group.add_argument("--to", dest="date_to", type=date.fromisoformat, metavar="YYYY-MM-DD")
    group.add_argument("--decided-by", metavar="USER")
    group.add_argument("--source", choices=("rule", "manual"))
    group.add_argument("--call", type=int, metavar="CALL_ID", help="flags of one stored call")
    group.add_argument("--search", default="", metavar="WORDS", help="in the flagged words, message or call id")
    retired = group.add_mutually_exclusive_group()
    retired.add_argument("--with-retired", action="store_true", help="include flags the active rules no longer raise")
    retired.add_argument("--only-retired", action="store_true", help="only flags the active rules no longer raise")
    group.add_argument("--sort", choices=tuple(SORT_KEYS), default="severity")
    group.add_argument("--ascending", action="store_true")


def queue_filter(args: argparse.Namespace, *, default_raised: bool | None = True) -> QueueFilter:
    raised: bool | None = default_raised
    if args.with_retired:
        raised = None
    elif args.only_retired:
        raised = False
    return QueueFilter(
        statuses=_extend(args.status), categories=_extend(args.category), severities=_extend(args.severity),
        agents=_extend(args.agent), languages=_extend(args.language), rules=_extend(args.rule),
        date_from=args.date_from, date_to=args.date_to, decided_by=args.decided_by, source=args.source,
        raised=raised, call_id=args.call, search=args.search)


def queue_sort(args: argparse.Namespace) -> Sort:
    return Sort(args.sort, descending=not args.ascending)


def flag_ids(values: list[str]) -> list[int]:
    ids = []
    for value in values:
        for part in _listing(value):
            if "-" in part:
                low, high = part.split("-", 1)
                ids.extend(range(int(low), int(high) + 1))
            else:
                ids.append(int(part))
    return ids
