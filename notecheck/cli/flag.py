"""`notecheck flag add`: a flag the rules missed, with category and note."""

from __future__ import annotations

import argparse

from notecheck.cli.workspace_options import add_db_options, guarded, open_workspace
from notecheck.store.queue import SEVERITY_RANK


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("flag", help="add a flag by hand")
    actions = parser.add_subparsers(dest="flag_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="flag words in a stored call that the rules missed")
    add.add_argument("--call", type=int, required=True, metavar="CALL_ID", help="stored call id")
    add.add_argument("--segment", type=int, metavar="N", help="segment index (0-based); or give --line")
    add.add_argument("--line", type=int, metavar="LINE", help="line of the call file where the segment starts")
    where = add.add_mutually_exclusive_group(required=True)
    where.add_argument("--text", metavar="WORDS", help="the words to flag (their first occurrence in the segment)")
    where.add_argument("--span", metavar="START:END", help="character offsets in the segment text")
    add.add_argument("--category", required=True)
    add.add_argument("--severity", choices=tuple(SEVERITY_RANK), default="medium")
    add.add_argument("--note", default="", help="why it is a violation")
    add_db_options(add)
    add.set_defaults(run=run)


@guarded
def run(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        view = ws.call_view(args.call)
        if args.segment is not None:
            segment = next((s for s in view.segments if s.index == args.segment), None)
        elif args.line is not None:
            segment = next((s for s in view.segments if s.line == args.line), None)
        else:
            raise ValueError("say which segment: --segment N or --line LINE")
        if segment is None:
            raise ValueError(f"call {args.call} has no such segment")
        if args.text is not None:
            start = segment.text.find(args.text)
            if start < 0:
                raise ValueError(f"“{args.text}” is not in segment {segment.index}: {segment.text}")
            end = start + len(args.text)
        else:
            start, end = (int(x) for x in args.span.split(":", 1))
        result = ws.add_manual_flag(args.call, segment.index, start, end, category=args.category, note=args.note,
                                    severity=args.severity)
    row = result.flags[0]
    print(f"#{row.id} {row.status} {row.category} “{row.text}” ({row.path}:{row.line})")
    return 0
