"""People: application users (with argon2 passwords in SQLite mode) and, in team mode, their database logins."""

from __future__ import annotations

import re

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from notecheck.records import UserInfo
from notecheck.store.models import TeamSetting, User
from notecheck.store.types import utcnow

LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")
USER_COLUMNS = (User.id, User.name, User.display_name, User.role, User.active)
"""Everything but the password hash, which team-mode logins may not read."""


def check_name(name: str) -> str:
    if not LOGIN_NAME.match(name):
        raise ValueError(f"user name {name!r}: use lower-case letters, digits, '_', '.', '-' (at most 63)")
    return name


def find(session: Session, name: str) -> UserInfo | None:
    row = session.execute(select(*USER_COLUMNS).where(User.name == name)).first()
    return UserInfo(*row) if row else None


def all_users(session: Session) -> list[UserInfo]:
    return [UserInfo(*r) for r in session.execute(select(*USER_COLUMNS).order_by(User.name))]


def count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(User)).scalar_one()


def password_hash(session: Session, name: str) -> str | None:
    return session.execute(select(User.password_hash).where(User.name == name)).scalar_one_or_none()


def insert_user(session: Session, name: str, role: str, display_name: str, password_hash: str | None) -> int:
    return session.execute(insert(User).values(
        name=check_name(name), role=role, display_name=display_name, password_hash=password_hash, active=True,
        created_at=utcnow()).returning(User.id)).scalar_one()


def team_roles(session: Session) -> tuple[str, str]:
    values = dict(session.execute(select(TeamSetting.key, TeamSetting.value)).all())
    return values["staff_role"], values["admin_role"]


def create_login(session: Session, name: str, role: str, password: str | None) -> None:
    """Team mode: create (or enrol) the person's own database login in this database's group roles."""
    from psycopg import sql

    staff, admins = team_roles(session)
    groups = [staff, admins] if role == "admin" else [staff]
    raw = session.connection().connection.driver_connection
    exists = session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    if exists is None:
        statement = sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name))
        if password:
            statement += sql.SQL(" PASSWORD {}").format(sql.Literal(password))
        if role == "admin":
            statement += sql.SQL(" CREATEROLE")
        raw.execute(statement)
    for group in groups:
        raw.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(name)))


def session_login(session: Session) -> str:
    return session.execute(text("SELECT session_user")).scalar_one()
