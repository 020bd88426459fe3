"""`notecheck scan PATH... [--rules PATH] [--format text|jsonl|csv]`: flag files like a linter.

Exit status: 0 no flags; 1 flags found; 2 usage or input error (named on stderr).
"""

from __future__ import annotations

import argparse
import sys

from notecheck.cli.output import FindingWriter
from notecheck.cli.rules_option import add_rules_option, load_rules_or_report


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("scan", help="flag prohibited practices in call files and folders")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="call files or folders (walked recursively)")
    add_rules_option(parser)
    parser.add_argument("--format", choices=("text", "jsonl", "csv"), default="text")
    parser.add_argument("--agent-speaker", action="append", default=[], metavar="SPEAKER",
                        help="the speaker label of the agent (repeatable), e.g. SPEAKER_01")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: automatic)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from notecheck.matching import Scanner
    from notecheck.matching.batch import scan_paths

    book = load_rules_or_report(args.rules)
    if book is None:
        return 2
    writer = FindingWriter(sys.stdout, args.format)
    flags = errors = 0
    for result in scan_paths(Scanner.of(book), args.paths, args.agent_speaker, args.jobs):
        if result.skipped:
            if "no such file" in result.skipped:
                print(f"{result.path}: error: {result.skipped}", file=sys.stderr)
                errors += 1
            else:
                print(f"{result.path}: skipped: {result.skipped}", file=sys.stderr)
            continue
        if result.error:
            print(f"{result.error}", file=sys.stderr)
            errors += 1
            continue
        for finding in result.findings:
            writer.write(finding)
            flags += 1
    sys.stdout.flush()
    if errors:
        return 2
    return 1 if flags else 0
