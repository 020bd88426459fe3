"""`notecheck signoff ID... [--return --reason TEXT]`: a supervisor signs decisions off or returns them."""

from __future__ import annotations

import argparse

from notecheck.cli.workspace_options import add_db_options, flag_ids, guarded, open_workspace


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("signoff", help="sign off reviewed flags, or return them to the reviewer")
    parser.add_argument("ids", nargs="+", metavar="ID", help="flag ids (ranges like 10-14 too)")
    parser.add_argument("--return", dest="return_", action="store_true", help="return to the reviewer instead")
    parser.add_argument("--reason", default=None, help="why (required to return)")
    add_db_options(parser)
    parser.set_defaults(run=run)


@guarded
def run(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        action = "return" if args.return_ else "sign_off"
        result = ws.review(action, flag_ids(args.ids), reason=args.reason)
    for row in result.flags:
        print(f"#{row.id} {row.status} (version {row.version})")
    return 0
