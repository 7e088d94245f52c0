"""PostgreSQL full-text search whose cost stays bounded as the archive grows.

Imported only on PostgreSQL. Three changes to how Wagtail's backend runs a plain search:

- The match is `indexed_text @@ query`: the same `title || body` as Wagtail's, stored
  in a column of the index table and GIN-indexed by search/migrations. The index answers
  rare words without reading any body; a common word, checked row by row as a search
  walks the newest articles, reads one stored vector instead of concatenating two.
- Ranking reads only the short headline vector: results are ordered by how well the
  headline matches (Wagtail's title weight and title-length normalisation), then by the
  queryset's own order (newest first). Stock Wagtail ranks every match by its full body
  vector too, which means reading and decompressing every matching body: thousands of
  rows for a common word, the cost that grew linearly with the archive.
- Only the newest matches are ranked and counted (search/backends/window.py).
"""

from django.contrib.postgres.search import SearchRank, SearchVectorField
from django.db.models import F, Func
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import Phrase, PlainText

from search.backends.window import MatchWindowQueryCompiler, MatchWindowSearchResults


class IndexedText(Func):
    """The stored `title || body` column of the index entries joined for a search."""

    output_field = SearchVectorField()

    def __init__(self):
        # Resolving the entry's `title` makes (or reuses) the join to the index table.
        super().__init__(F("index_entries__title"))

    def as_sql(self, compiler, connection, **extra_context):
        title_column, params = compiler.compile(self.source_expressions[0])
        return title_column.removesuffix(connection.ops.quote_name("title")) + (
            connection.ops.quote_name("indexed_text")
        ), params


class HeadlineRankedQueryCompiler(MatchWindowQueryCompiler, PostgresSearchQueryCompiler):
    def match_window(self, config):
        if not isinstance(self.query, (PlainText, Phrase)) or self.fields is not None:
            return None
        search_query = self.build_tsquery(self.query, config=config)
        if search_query is None:
            return []
        headline_rank = SearchRank(
            F("index_entries__title"), search_query, weights=self.sql_weights
        ) * F("index_entries__title_norm")
        matches = self.queryset.alias(_indexed_text=IndexedText()).filter(
            _indexed_text=search_query
        )
        return self.newest(matches.values_list("pk", headline_rank))


class HeadlineRankedSearchResults(MatchWindowSearchResults, PostgresSearchResults):
    pass


class HeadlineRankedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = HeadlineRankedQueryCompiler
    results_class = HeadlineRankedSearchResults
