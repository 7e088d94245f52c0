"""A GIN index over the text a search matches, so PostgreSQL stops scanning every entry.

The index is on `search_indexed_text(title, body)`, which is `title || body`, the text
Wagtail's backend matches, wrapped in a function the planner is told is expensive.
Written as a bare `title || body`, the planner prices the concatenation as trivial
and, for any common word, prefers reading every entry and concatenating its (large,
compressed) body vector over the index: the linear cost this index exists to remove.
search/backends/postgres.py matches on the same expression. SQLite needs nothing
here: FTS5 is an index already.
"""

from django.db import migrations

FUNCTION = "search_indexed_text"
INDEX = "search_indexentry_indexed_text_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
    schema_editor.execute(
        f"CREATE OR REPLACE FUNCTION {FUNCTION}(title tsvector, body tsvector) "
        "RETURNS tsvector LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000 "
        "AS $$ BEGIN RETURN title || body; END $$"
    )
    # CONCURRENTLY keeps the index table writable while a large archive is indexed.
    schema_editor.execute(
        f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {INDEX} "
        f"ON {table} USING gin ({FUNCTION}(title, body))"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {INDEX}")
    schema_editor.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(tsvector, tsvector)")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
