"""`notecheck import PATH...`: load, scan and store call files, one transaction per file."""

from __future__ import annotations

import argparse
import sys

from notecheck.cli.workspace_options import add_db_options, guarded, open_workspace
from notecheck.records import ImportProgress


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("import", help="import call files into the review queue")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="call files or folders (walked recursively)")
    parser.add_argument("--agent-speaker", action="append", default=[], metavar="SPEAKER",
                        help="the speaker label that is the agent, where files do not say")
    parser.add_argument("--quiet", action="store_true", help="print only failures and the summary")
    add_db_options(parser)
    parser.set_defaults(run=run)


@guarded
def run(args: argparse.Namespace) -> int:
    from notecheck.rulebook import RulebookError

    with open_workspace(args) as ws:
        def progress(p: ImportProgress) -> None:
            o = p.outcome
            if o.status == "failed":
                print(f"error: {o.message}", file=sys.stderr)
            elif not args.quiet:
                detail = f"call {o.call_id}, {o.flags} flags" if o.status == "imported" else o.message
                print(f"[{p.done}/{p.total}] {o.status}: {o.path} ({detail})", flush=True)

        try:
            report = ws.import_paths(args.paths, agent_speakers=args.agent_speaker, progress=progress)
        except RulebookError as exc:
            print("\n".join(str(e) for e in exc.errors), file=sys.stderr)
            return 2
    counts = {s: report.count(s) for s in ("imported", "duplicate", "failed", "skipped")}
    print(", ".join(f"{n} {s}" for s, n in counts.items()))
    return 1 if counts["failed"] else 0
