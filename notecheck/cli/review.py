"""`notecheck review ID... --confirm|--dismiss|--escalate [--reason TEXT]`: a reviewer's decision."""

from __future__ import annotations

import argparse

from notecheck.cli.workspace_options import add_db_options, flag_ids, guarded, open_workspace


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("review", help="confirm, dismiss or escalate flags")
    parser.add_argument("ids", nargs="*", metavar="ID", help="flag ids (ranges like 10-14 too)")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--confirm", dest="action", action="store_const", const="confirm")
    action.add_argument("--dismiss", dest="action", action="store_const", const="dismiss")
    action.add_argument("--escalate", dest="action", action="store_const", const="escalate",
                        help="send to a compliance officer")
    action.add_argument("--undo", dest="action", action="store_const", const="undo",
                        help="undo your own last decision")
    parser.add_argument("--reason", default=None, help="why (required to dismiss)")
    add_db_options(parser)
    parser.set_defaults(run=run)


@guarded
def run(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        if args.action == "undo":
            result = ws.undo_last()
        else:
            if not args.ids:
                raise ValueError("give the ids of the flags to review")
            result = ws.review(args.action, flag_ids(args.ids), reason=args.reason)
    for row in result.flags:
        print(f"#{row.id} {row.status} (version {row.version})")
    return 0
