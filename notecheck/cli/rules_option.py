"""The `--rules` option every command that scans shares."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from notecheck.rulebook import Rulebook, RulebookError, default_rule_paths, load_rulebook


def add_rules_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", action="append", type=Path, metavar="PATH",
                        help="rule file or folder (repeatable; default: the shipped rules)")


def load_rules_or_report(paths: list[Path] | None) -> Rulebook | None:
    """The rule book, or None after printing every problem to stderr."""
    try:
        return load_rulebook(paths or default_rule_paths())
    except RulebookError as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        return None
