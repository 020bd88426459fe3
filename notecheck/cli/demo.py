"""`notecheck demo`: start on the built-in sample calls."""

from __future__ import annotations

import argparse

from notecheck.ingest import LoadError, Skipped, discover, load_call
from notecheck.paths import SAMPLES


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("demo", help="start on the built-in sample calls")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
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
