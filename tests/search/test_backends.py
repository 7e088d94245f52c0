"""The backends use indexes rather than scanning or re-matching per row, on both databases."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import ArticlePage
from tests.factories import ArticlePageFactory

# The column search/migrations stores and indexes, as the search's WHERE clause must spell it.
INDEXED_MATCH = '"wagtailsearch_indexentry"."indexed_text" @@'

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
def test_postgres_stores_what_a_search_matches(section):
    article = ArticlePageFactory(parent=section, title="Tide tables", slug="tide")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexed_text = title || body, indexed_text @@ plainto_tsquery('tide') "
            "FROM wagtailsearch_indexentry WHERE object_id = %s",
            [str(article.pk)],
        )
        assert set(cursor.fetchall()) == {(True, True)}
    # The expression index it replaced, and its function, are gone.
    assert "search_indexentry_indexed_text_gin" not in index_names()


@postgres_only
def test_postgres_match_is_answered_by_the_gin_index(section):
    for number in range(40):
        title = f"Tide tables {number}" if number < 3 else f"Council notes {number}"
        ArticlePageFactory(parent=section, title=title, slug=f"story-{number}")
    results = ArticlePage.objects.live().search("tide", operator="and")
    compiler = results.query_compiler
    sql = compiler.match_window(compiler.get_config(results.backend)).query.sql_with_params()[0]
    # The search matches on exactly the indexed column...
    assert INDEXED_MATCH in sql
    # ...which the GIN index answers. (Whether the planner takes the index for a whole
    # search depends on table statistics; on a table this small it is a coin toss.)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT 1 FROM wagtailsearch_indexentry "
            "WHERE indexed_text @@ plainto_tsquery('tide')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_indexentry_indexed_text_column_gin" in plan
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
        assert results.count() == 12
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


def full_text_matches(queries):
    """The queries that ran a full-text match, on either database."""
    return [query for query in queries if " MATCH " in query["sql"] or "@@" in query["sql"]]


def test_count_and_every_page_share_one_match(section):
    for number in range(5):
        ArticlePageFactory(parent=section, title=f"Tide tables {number}", slug=f"tide-{number}")
    results = ArticlePage.objects.live().order_by("-publication_date").search("tide")
    with CaptureQueriesContext(connection) as queries:
        assert results.count() == 5
        first, second = list(results[:3]), list(results[3:6])
    assert len(full_text_matches(queries)) == 1
    assert len(first) == 3 and len(second) == 2 and not set(first) & set(second)


@pytest.mark.parametrize("order_by_relevance", [True, False])
def test_only_the_newest_matches_are_ranked_and_counted(section, monkeypatch, order_by_relevance):
    monkeypatch.setattr("search.backends.window.MATCH_WINDOW", 3)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    # The oldest story has the word in its headline; the four newer ones in the body only.
    headline = ArticlePageFactory(
        parent=section, title="Tide gauge", slug="old", publication_date=start
    )
    body_only = [
        ArticlePageFactory(
            parent=section,
            title=f"Harbour notes {number}",
            slug=f"notes-{number}",
            body=[("paragraph", "<p>The tide gauge reads high.</p>")],
            publication_date=start + timedelta(days=number),
        )
        for number in range(1, 5)
    ]
    results = (
        ArticlePage.objects.live()
        .order_by("-publication_date")
        .search("tide", order_by_relevance=order_by_relevance)
    )
    assert results.count() == 3
    assert list(results) == body_only[:0:-1]  # the three newest, newest first
    assert headline not in list(results) and results.filled_window()

    newer_headline = ArticlePageFactory(
        parent=section, title="Tide turns", slug="new", publication_date=start + timedelta(days=9)
    )
    results = (
        ArticlePage.objects.live()
        .order_by("-publication_date")
        .search("tide", order_by_relevance=order_by_relevance)
    )
    assert next(iter(results)) == newer_headline
