"""Reader search's own index: the entries, and the full-text index the database in use has.

PostgreSQL: a GIN index on each text vector, kept in the row. SQLite: two FTS5 tables of one shape, one for
what anyone may read and one for the whole text (search/fulltext.py writes and reads them).
"""

import django.contrib.postgres.search
from django.contrib.postgres.indexes import GinIndex
import django.db.models.deletion
from django.db import migrations, models


VECTORS = ["public_text", "full_text"]
FTS_TABLES = ["search_public_fts", "search_full_fts"]


def create_fulltext_indexes(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        entry = apps.get_model("search", "SearchEntry")
        for vector in VECTORS:
            schema_editor.add_index(entry, GinIndex(fields=[vector], name=f"search_entry_{vector}_gin"))
        # Keep the position-free vectors in the row rather than in TOAST, so
        # a search walking the newest entries reads one heap tuple per entry.
        schema_editor.execute(
            f"ALTER TABLE {schema_editor.quote_name(entry._meta.db_table)} "
            "SET (toast_tuple_target = 8160)"
        )
    elif vendor == "sqlite":
        for table in FTS_TABLES:
            # Porter stemming, as PostgreSQL's English configuration stems.
            schema_editor.execute(
                f"CREATE VIRTUAL TABLE {table} USING fts5"
                "(headline, text, tokenize = 'porter unicode61 remove_diacritics 2')"
            )


def drop_fulltext_indexes(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        entry = apps.get_model("search", "SearchEntry")
        for vector in VECTORS:
            schema_editor.remove_index(entry, GinIndex(fields=[vector], name=f"search_entry_{vector}_gin"))
    elif vendor == "sqlite":
        for table in FTS_TABLES:
            schema_editor.execute(f"DROP TABLE IF EXISTS {table}")


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0005_listing_columns'),
        ('search', '0003_restore_wagtail_search_index_table'),
    ]

    operations = [
        migrations.CreateModel(
            name='SearchEntry',
            fields=[
                ('page', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='+', serialize=False, to='news.articlepage')),
                ('publication_date', models.DateTimeField()),
                ('expire_at', models.DateTimeField(null=True)),
                ('headline', django.contrib.postgres.search.SearchVectorField(null=True)),
                ('public_text', django.contrib.postgres.search.SearchVectorField(null=True)),
                ('full_text', django.contrib.postgres.search.SearchVectorField(null=True)),
                ('section', models.ForeignKey(db_index=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='news.categoryindexpage')),
            ],
            options={
                'verbose_name_plural': 'search entries',
                'indexes': [models.Index(fields=['publication_date', 'page'], name='search_entry_date_idx'), models.Index(fields=['section', 'publication_date', 'page'], name='search_entry_section_date_idx')],
            },
        ),
        migrations.RunPython(create_fulltext_indexes, drop_fulltext_indexes),
    ]
