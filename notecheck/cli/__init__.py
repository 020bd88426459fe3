"""The `notecheck` command line: one sub-command module per job, all on the headless core."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from notecheck import __version__
from notecheck.cli import app, audit, demo, export, flag, imports, publish, queue, review, rules, scan, signoff, user

COMMAND_MODULES = (app, demo, scan, rules, imports, publish, queue, review, signoff, flag, audit, export, user)
USAGE_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="notecheck",
        description="Audit debt-collection calls and collector notes for prohibited practices.",
    )
    parser.add_argument("--version", action="version", version=f"notecheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    given = list(sys.argv[1:] if argv is None else argv)
    if not given or (given[0].startswith("-") and given[0] not in ("-h", "--help", "--version")):
        given = ["app", *given]  # plain `notecheck` (with window options) opens the window
    args = parser.parse_args(given)
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
