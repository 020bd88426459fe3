"""`notecheck app` (also plain `notecheck`): open the desktop window."""

from __future__ import annotations

import argparse
import os
import sys

from notecheck.cli.workspace_options import ENV_USER
from notecheck.workspace import ENV_PASSWORD


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("app", help="open the desktop window (the default command)")
    add_window_options(parser)
    parser.set_defaults(run=run)


def add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", default=None,
                        help="database URL or SQLite file (default: $NOTECHECK_DB, else the user data folder)")
    parser.add_argument("--user", metavar="NAME", default=None,
                        help=f"sign in as NAME without asking (password from ${ENV_PASSWORD})")
    parser.add_argument("--rules", metavar="PATH", action="append", default=[],
                        help="rule files published when a new database gets its first calls (default: the shipped "
                             "rules)")
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="",
                        help="language of the window (default: the saved choice, else the system's)")


def has_display() -> bool:
    """Whether Qt can open a window here (always on Windows and macOS; on Linux a display or a platform)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_window(args: argparse.Namespace, *, demo: bool = False, db: str | None = None) -> int:
    if not has_display():
        print("notecheck: no display to open the window on (set DISPLAY, or QT_QPA_PLATFORM=offscreen); "
              "the other commands work without one, see `notecheck --help`", file=sys.stderr)
        return 2
    from notecheck.qt.app import run as run_window
    from notecheck.qt.main_window import AppConfig

    user = args.user or os.environ.get(ENV_USER)
    config = AppConfig(db_url=db or args.db, rules=list(args.rules), demo=demo, user=user,
                       password=os.environ.get(ENV_PASSWORD) if user else None, language=args.lang)
    return run_window(config)


def run(args: argparse.Namespace) -> int:
    return open_window(args)
