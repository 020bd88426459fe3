"""`notecheck user add NAME --role ROLE`: a new person (and, in team mode, their own database login)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from notecheck.cli.workspace_options import add_db_options, guarded, open_workspace, sign_in_as
from notecheck.review import ROLES, ReviewError

ENV_NEW_PASSWORD = "NOTECHECK_NEW_PASSWORD"


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("user", help="manage users")
    actions = parser.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a user (the first user of a new SQLite database needs no sign-in)")
    add.add_argument("name", metavar="NAME", help="user name; in team mode also the database login")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--display-name", default="")
    add_db_options(add)
    add.set_defaults(run=run_add)
    listing = actions.add_parser("list", help="list users")
    add_db_options(listing)
    listing.set_defaults(run=run_list)


def _new_password(name: str, required: bool) -> str | None:
    password = os.environ.get(ENV_NEW_PASSWORD)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        if required:
            raise ReviewError(f"no password for the new user {name}: set {ENV_NEW_PASSWORD} or run in a terminal")
        return None
    first = getpass.getpass(f"new password for {name}: ")
    if first != getpass.getpass("again: "):
        raise ReviewError("the passwords differ")
    return first or None


@guarded
def run_add(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=False) as ws:
        if ws.team_mode:
            if ws.current_user() is not None:
                sign_in_as(ws, args)
        elif ws.users():
            sign_in_as(ws, args)
        user = ws.add_user(args.name, args.role, _new_password(args.name, not ws.team_mode), args.display_name)
    print(f"added {user.name} ({user.role})" + (" with a database login" if ws.team_mode else ""))
    return 0


@guarded
def run_list(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=False) as ws:
        for user in ws.users():
            print(f"{user.name}\t{user.role}\t{'active' if user.active else 'inactive'}\t{user.display_name}")
    return 0
