"""Give Wagtail its search index table back as Wagtail made it.

Installs that applied 0001 and 0002 before they were emptied have, on PostgreSQL, a
function, a GIN index on it and a generated `indexed_text` column on
wagtailsearch_indexentry. Nothing reads them any more. Dropping the column does not
rewrite the table; its space returns as rows are rewritten (or after VACUUM FULL).
Elsewhere, and on installs that never had them, this does nothing.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"


def restore(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS search_indexentry_indexed_text_column_gin")
    schema_editor.execute("DROP INDEX IF EXISTS search_indexentry_indexed_text_gin")
    schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS indexed_text")
    schema_editor.execute("DROP FUNCTION IF EXISTS search_indexed_text(tsvector, tsvector)")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_store_searchable_text_on_postgresql"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(restore, migrations.RunPython.noop)]
