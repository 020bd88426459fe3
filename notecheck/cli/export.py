"""`notecheck export PATH`: flags to CSV, JSON Lines or XLSX, optionally with personal numbers masked."""

from __future__ import annotations

import argparse

from notecheck.cli.workspace_options import add_db_options, add_filter_options, guarded, open_workspace, queue_filter
from notecheck.export import FORMATS
from notecheck.store.queue import Sort


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("export", help="export flags and their review state")
    parser.add_argument("path", metavar="PATH", help="output file (.csv, .jsonl or .xlsx)")
    parser.add_argument("--format", choices=FORMATS, default=None, help="default: from the file suffix")
    parser.add_argument("--mask", action="store_true",
                        help="mask phone, account and ID numbers (身份证 too), keeping the last four digits")
    add_filter_options(parser)
    add_db_options(parser)
    parser.set_defaults(run=run)


@guarded
def run(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=False) as ws:
        f = queue_filter(args, default_raised=None)
        n = ws.export_flags(args.path, fmt=args.format, filter=f, sort=Sort(args.sort, not args.ascending),
                            mask=args.mask)
    print(f"{n} flags written to {args.path}")
    return 0
