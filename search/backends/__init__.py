"""Wagtail's database search backend, changed only where it does not scale.

Matching stays Wagtail's own (the same index tables, the same query parsing); what
changes is how a search finds and orders its rows:

- PostgreSQL (search/backends/postgres.py): the match is answered by the GIN expression
  index that search/migrations adds, and ranking reads only the short headline vector
  instead of every matching article's body.
- SQLite (search/backends/sqlite.py): the stock backend re-runs the full-text match once
  per candidate row; here each match runs once and headline matches come first, without
  scoring every match.
- Both rank and count only a search's newest matches (search/backends/window.py).

`SearchBackend` picks the backend for the default database, as Wagtail's does.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as WagtailDatabaseBackend


def SearchBackend(params):
    """Wagtail imports the module named in BACKEND and calls this, as for its own backends."""
    if connection.vendor == "postgresql":
        from search.backends.postgres import HeadlineRankedPostgresSearchBackend

        return HeadlineRankedPostgresSearchBackend(params)
    backend = WagtailDatabaseBackend(params)
    # Without FTS5 Wagtail falls back to its LIKE-based backend, which we leave alone.
    if connection.vendor == "sqlite" and backend.__class__.__name__ == "SQLiteSearchBackend":
        from search.backends.sqlite import HeadlineFirstSQLiteSearchBackend

        return HeadlineFirstSQLiteSearchBackend(params)
    return backend
