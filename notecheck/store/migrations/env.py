"""Alembic environment: migrations run on the connection notecheck hands over (see notecheck.store.migrate)."""

from __future__ import annotations

from alembic import context

from notecheck.store.models import Base


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("notecheck migrations run through notecheck.store.migrate, which supplies the connection")
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if getattr(context, "config", None) is not None:  # only when Alembic runs this file, not on a plain import
    run_migrations()
