"""Reader search's own index: what it stores, how it is matched, and how it is rebuilt."""

import importlib
import io
import re

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import fulltext
from search.models import SearchEntry
from tests.factories import ArticlePageFactory

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL full-text search"
)
sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite FTS5")


def headlines(response):
    return re.findall(
        r'class="search-result__headline"><a href="[^"]*">([^<]*)</a>', response.content.decode()
    )


@pytest.fixture
def locked_story(section):
    return ArticlePageFactory(
        parent=section,
        title="Tide tables",
        slug="tide",
        subscribers_only=True,
        body=[
            ("paragraph", "<p>The gauge was read at dawn.</p>"),
            ("paragraph", "<p>The harbour master confirmed it.</p>"),
            ("paragraph", "<p>A dredger named Osprey will come.</p>"),
        ],
    )


@postgres_only
@pytest.mark.parametrize("audience", fulltext.AUDIENCES, ids=lambda audience: audience.name)
def test_postgres_matches_are_answered_by_the_gin_index(locked_story, audience):
    matches = fulltext.matches(SearchEntry.objects.visible(), ["osprey"], audience)
    with connection.cursor() as cursor:
        # On a table this small the planner would rightly scan it: forbid that to see
        # that the index answers the very query a search runs.
        cursor.execute("SET LOCAL enable_seqscan = off")
    assert f"search_entry_{audience.vector}_gin" in matches.explain()
    assert [page for page, _score in matches] == (
        [locked_story.pk] if audience is fulltext.SUBSCRIBERS else []
    )


@sqlite_only
def test_sqlite_keeps_the_public_text_in_a_table_of_its_own(locked_story):
    def text_of(table):
        with connection.cursor() as cursor:
            query = f"SELECT headline, text FROM {table} WHERE rowid = %s"  # noqa: S608
            cursor.execute(query, [locked_story.pk])
            return " ".join(cursor.fetchone())

    assert "harbour master" in text_of("search_public_fts")
    assert "Osprey" not in text_of("search_public_fts")
    assert "Osprey" in text_of("search_full_fts")


def test_postgres_vectors_stay_empty_on_sqlite(locked_story):
    entry = SearchEntry.objects.get(page=locked_story)
    assert (entry.public_text is None) == (connection.vendor == "sqlite")


def test_a_search_matches_once_for_its_count_and_its_pages(client, section):
    for number in range(23):
        ArticlePageFactory(parent=section, title=f"Tide report {number}", slug=f"tide-{number}")
    client.get("/search/", {"q": "tide"})
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/search/", {"q": "tide", "page": "2"})
    assert "23 articles for" in response.content.decode() and len(headlines(response)) == 3
    matching = [query for query in queries if "@@" in query["sql"] or " MATCH " in query["sql"]]
    assert len(matching) == 1
    assert "LIMIT 500" in matching[0]["sql"]


def test_headlines_that_hold_the_words_rank_first(client, section):
    ArticlePageFactory(
        parent=section,
        title="Tide gauge repaired",
        slug="gauge",
        publication_date="2026-01-01T09:00Z",
    )
    ArticlePageFactory(
        parent=section,
        title="Weekend weather",
        slug="weather",
        publication_date="2026-01-02T09:00Z",
        body=[("paragraph", "<p>Gales close the tide gauge.</p>")],
    )
    by_relevance = headlines(client.get("/search/", {"q": "tide gauge"}))
    assert by_relevance == ["Tide gauge repaired", "Weekend weather"]
    newest = headlines(client.get("/search/", {"q": "tide gauge", "order": "newest"}))
    assert newest == ["Weekend weather", "Tide gauge repaired"]


def test_words_are_stemmed(client, section):
    ArticlePageFactory(parent=section, title="Elections at the café", slug="cafe")
    assert headlines(client.get("/search/", {"q": "election café"})) == ["Elections at the café"]


@sqlite_only
def test_sqlite_folds_accents(client, section):
    # PostgreSQL would need the unaccent extension, which the project does not require.
    ArticlePageFactory(parent=section, title="Elections at the café", slug="cafe")
    assert headlines(client.get("/search/", {"q": "cafe"})) == ["Elections at the café"]


def test_rebuilding_writes_every_readable_article_afresh(client, section, locked_story):
    draft = ArticlePageFactory(parent=section, title="Tide draft", slug="draft", publish=False)
    SearchEntry.objects.all().delete()
    SearchEntry.objects.create(page=draft, publication_date=locked_story.publication_date)
    output = io.StringIO()
    call_command("rebuild_search_index", stdout=output)
    assert "Reader search holds 1 articles." in output.getvalue()
    assert list(SearchEntry.objects.values_list("page", flat=True)) == [locked_story.pk]
    assert headlines(client.get("/search/", {"q": "tide"})) == ["Tide tables"]


@postgres_only
def test_the_upgrade_gives_wagtail_its_index_table_back(db):
    """What 0001 and 0002 once added to Wagtail's table goes; Wagtail's own columns stay."""
    table = "wagtailsearch_indexentry"
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE FUNCTION search_indexed_text(title tsvector, body tsvector) RETURNS tsvector "
            "LANGUAGE sql IMMUTABLE AS 'SELECT title || body'"
        )
        cursor.execute(
            f"ALTER TABLE {table} ADD COLUMN indexed_text tsvector "
            "GENERATED ALWAYS AS (title || body) STORED"
        )
        cursor.execute(
            f"CREATE INDEX search_indexentry_indexed_text_column_gin ON {table} "
            "USING gin (indexed_text)"
        )
    migration = importlib.import_module("search.migrations.0003_restore_wagtail_search_index_table")
    with connection.schema_editor() as schema_editor:
        migration.restore(apps, schema_editor)
    with connection.cursor() as cursor:
        columns = {
            column.name for column in connection.introspection.get_table_description(cursor, table)
        }
        indexes = connection.introspection.get_constraints(cursor, table)
        cursor.execute("SELECT count(*) FROM pg_proc WHERE proname = 'search_indexed_text'")
        functions = cursor.fetchone()[0]
    assert "indexed_text" not in columns and {"title", "body"} <= columns
    assert not any("indexed_text" in name for name in indexes)
    assert functions == 0
