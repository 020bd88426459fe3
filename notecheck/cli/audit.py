"""`notecheck audit verify` checks the hash chain of the audit trail; `notecheck audit log` lists events."""

from __future__ import annotations

import argparse

from notecheck.cli.workspace_options import add_db_options, guarded, open_workspace


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("audit", help="check or list the audit trail")
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check that no event was edited, removed or reordered")
    verify.add_argument("--expect-head", metavar="HASH",
                        help="a head hash noted earlier: also detects events cut off the end")
    add_db_options(verify)
    verify.set_defaults(run=run_verify)
    log = actions.add_parser("log", help="list audit events")
    log.add_argument("--flag", type=int, metavar="ID", help="only the events of one flag")
    log.add_argument("--after", type=int, default=0, metavar="EVENT_ID")
    log.add_argument("--limit", type=int, default=None)
    add_db_options(log)
    log.set_defaults(run=run_log)


@guarded
def run_verify(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=False) as ws:
        report = ws.verify_audit(args.expect_head)
    if report.ok:
        print(f"audit trail intact: {report.events} events, head {report.head}")
        return 0
    print(f"audit trail broken: {report.problem}")
    return 1


@guarded
def run_log(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=False) as ws:
        events = ws.audit_events(flag_id=args.flag, after_id=args.after, limit=args.limit)
    for e in events:
        change = f" {e.before or '-'} → {e.after or '-'}" if (e.before or e.after) else ""
        reason = f" reason: {e.reason}" if e.reason else ""
        print(f"{e.id} {e.at.isoformat(timespec='seconds')} {e.actor} ({e.role}) {e.action} {e.subject}"
              f"{change}{reason}")
    return 0
