"""`notecheck publish RULES...`: preview candidate rule files on the stored calls, or publish them as the active
rule book and re-scan (compliance officers and admins)."""

from __future__ import annotations

import argparse
import sys

from notecheck.cli.workspace_options import add_db_options, guarded, open_workspace

SAMPLE = 5


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("publish", help="preview or publish rule files as the active rule book")
    parser.add_argument("paths", nargs="+", metavar="RULES", help="rule files or folders")
    parser.add_argument("--preview", action="store_true", help="only report the flags they would add and remove")
    parser.add_argument("--note", default="", help="what changed, for the audit trail")
    parser.add_argument("--no-rescan", action="store_true", help="publish without re-scanning the stored calls")
    add_db_options(parser)
    parser.set_defaults(run=run)


@guarded
def run(args: argparse.Namespace) -> int:
    from notecheck.rulebook import RulebookError

    try:
        with open_workspace(args) as ws:
            if args.preview:
                preview = ws.preview_rulebook(args.paths)
                print(f"{preview.calls} calls: {len(preview.added)} flags added, {len(preview.removed)} removed, "
                      f"{preview.unchanged} unchanged")
                for sign, items in (("+", preview.added), ("-", preview.removed)):
                    for item in items[:SAMPLE]:
                        print(f"  {sign} {item.call_ref}:{item.line} {item.rule} “{item.text}”")
                return 0
            result = ws.publish_rulebook(args.paths, note=args.note, rescan=not args.no_rescan)
    except RulebookError as exc:
        print("\n".join(str(e) for e in exc.errors), file=sys.stderr)
        return 2
    book = result.rulebook
    print(f"published rule book {book.sha256[:12]}: " + ", ".join(r.label for r in book.rulesets))
    if result.rescan:
        r = result.rescan
        print(f"re-scanned {r.calls} calls: {r.added} flags added, {r.retired} no longer raised, {r.revived} raised "
              "again")
    return 0
