"""`notecheck demo`: open the window on the built-in sample calls, in a demo database of its own."""

from __future__ import annotations

import argparse

from notecheck.cli.app import add_window_options, open_window
from notecheck.ingest import LoadError, Skipped, discover, load_call
from notecheck.paths import SAMPLES, data_dir

DEMO_DB = "demo.db"


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "demo", help="open the window on the built-in sample calls (demo accounts, password `demo`)",
        description="Open the window on a demo database (in the data folder, apart from your own) holding the "
                    "built-in sample calls and one demo account per role; the password is `demo`.")
    add_window_options(parser)
    parser.add_argument("--list", action="store_true", help="only list the sample calls, without a window")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.list:
        return list_samples()
    return open_window(args, demo=True, db=args.db or str(data_dir() / DEMO_DB))


def list_samples() -> int:
    for found in discover([SAMPLES]):
        if isinstance(found, Skipped):
            continue
        try:
            call = load_call(found)
        except LoadError as exc:
            print(f"error: {exc}")
            continue
        info = call.info
        print(f"{found.relative_to(SAMPLES)}: {info.format}, {info.language}, {len(call.segments)} segments, "
              f"agent {info.agent or '-'}, roles from {info.role_source}")
    return 0
