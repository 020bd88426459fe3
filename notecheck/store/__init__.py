"""The review store: SQLAlchemy models, migrations applied on open, and the queries the queue needs.

SQLite (WAL) in the user's data folder by default; PostgreSQL for a team, where each person connects with
their own login and the schema's grants, row-level security and triggers enforce the review workflow.
"""
