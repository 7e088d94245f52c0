"""Wagtail's database search backend, changed only where it does not scale.

Matching stays Wagtail's own (the same index tables, the same query parsing); what
changes is how a search finds and orders its rows:

- PostgreSQL: the search condition `(title || body) @@ query` is served by the GIN
  expression index that search/migrations adds, instead of scanning the whole index.
- SQLite: the stock backend ranks by re-running the full-text match once per candidate
  row; search/backends/sqlite.py scores every match once, in a single FTS5 pass.

`SearchBackend` picks the backend for the default database, as Wagtail's does.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as WagtailDatabaseBackend


def SearchBackend(params):
    """Wagtail imports the module named in BACKEND and calls this, as for its own backends."""
    backend = WagtailDatabaseBackend(params)
    # Without FTS5 Wagtail falls back to its LIKE-based backend, which we leave alone.
    if connection.vendor == "sqlite" and backend.__class__.__name__ == "SQLiteSearchBackend":
        from search.backends.sqlite import SinglePassSQLiteSearchBackend

        return SinglePassSQLiteSearchBackend(params)
    return backend
