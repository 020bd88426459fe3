"""Alembic migrations of the notecheck schema, applied when a database is opened."""
