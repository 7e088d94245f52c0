"""The backends use indexes rather than scanning or re-matching per row, on both databases."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import ArticlePage
from tests.factories import ArticlePageFactory

# The expression search/migrations indexes, as the search's WHERE clause must spell it.
INDEXED_MATCH = (
    'search_indexed_text("wagtailsearch_indexentry"."title", "wagtailsearch_indexentry"."body") @@'
)

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL full-text search"
)
sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite FTS5")


def index_names():
    with connection.cursor() as cursor:
        return {
            name
            for constraints in [
                connection.introspection.get_constraints(cursor, "wagtailsearch_indexentry")
            ]
            for name in constraints
        }


@postgres_only
def test_postgres_match_is_answered_by_the_gin_index(section):
    for number in range(40):
        title = f"Tide tables {number}" if number < 3 else f"Council notes {number}"
        ArticlePageFactory(parent=section, title=title, slug=f"story-{number}")
    results = ArticlePage.objects.live().search("tide", operator="and")
    sql = results.query_compiler.search(
        results.query_compiler.get_config(results.backend), 0, 20, backend=results.backend
    ).query.sql_with_params()[0]
    # The search matches on exactly the indexed expression...
    assert INDEXED_MATCH in sql
    # ...which the GIN index answers. (Whether the planner takes the index for a whole
    # search depends on table statistics; on a table this small it is a coin toss.)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT 1 FROM wagtailsearch_indexentry "
            "WHERE search_indexed_text(title, body) @@ plainto_tsquery('tide')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_indexentry_indexed_text_gin" in plan
    assert len(list(results[:20])) == 3


@sqlite_only
def test_migration_adds_nothing_on_sqlite(db):
    assert not any("indexed_text" in name for name in index_names())


@sqlite_only
def test_sqlite_runs_each_full_text_match_once(section):
    for number in range(12):
        ArticlePageFactory(parent=section, title=f"Tide tables {number}", slug=f"tide-{number}")
    results = ArticlePage.objects.live().search("tide", operator="and")
    with CaptureQueriesContext(connection) as queries:
        assert len(list(results[:20])) == 12
    matches = [query["sql"] for query in queries if "MATCH" in query["sql"]]
    assert len(matches) == 1
    # Nested IN subqueries (materialised once), never a correlated per-row match.
    assert "OuterRef" not in matches[0]
    assert matches[0].count("wagtailsearch_indexentry_fts MATCH") == 2  # all text, headline


def test_headline_matches_rank_first_on_both_backends(section):
    body_only = ArticlePageFactory(
        parent=section,
        title="Weekend weather",
        slug="weather",
        body=[("paragraph", "<p>Gales close the tide gauge.</p>")],
    )
    headline = ArticlePageFactory(parent=section, title="Tide gauge repaired", slug="gauge")
    found = list(ArticlePage.objects.live().order_by("-publication_date").search("tide gauge"))
    assert found == [headline, body_only]
