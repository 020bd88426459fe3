"""`notecheck queue`: list flags in the review queue, filtered and sorted in the database."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import asdict
from datetime import date, datetime

from notecheck.cli.workspace_options import (
    add_db_options,
    add_filter_options,
    guarded,
    open_workspace,
    queue_filter,
    queue_sort,
)
from notecheck.export.writers import COLUMNS


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("queue", help="list flags in the review queue")
    add_filter_options(parser)
    parser.add_argument("--format", choices=("text", "jsonl", "csv"), default="text")
    parser.add_argument("--limit", type=int, default=50, help="at most this many (0: all)")
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--counts", action="store_true", help="also print how many flags are in each status")
    add_db_options(parser)
    parser.set_defaults(run=run)


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, datetime | date) else value


@guarded
def run(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=False) as ws:
        f = queue_filter(args)
        rows = ws.queue_page(f, queue_sort(args), args.offset, args.limit or None)  # type: ignore[arg-type]
        counts = ws.status_counts(f) if args.counts else None
    out = sys.stdout
    if args.format == "jsonl":
        for row in rows:
            out.write(json.dumps({k: _plain(v) for k, v in asdict(row).items()}, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _plain(v) for k, v in asdict(row).items()})
    else:
        for r in rows:
            retired = "" if r.raised else " (no longer raised)"
            out.write(f"#{r.id:<6} {r.status:<10} {r.severity:<8} {r.category:<22} {r.rule:<28} "
                      f"{r.call_ref} {r.path}:{r.line}:{r.column} “{r.text}”{retired}\n")
    if counts is not None:
        print(" ".join(f"{s}={n}" for s, n in sorted(counts.items())), file=sys.stderr if args.format != "text"
              else sys.stdout)
    return 0
