"""PostgreSQL full-text search whose cost stays bounded as the archive grows.

Imported only on PostgreSQL. Two changes to how Wagtail's backend runs a plain search:

- The match is `search_indexed_text(title, body) @@ query` (the same `title || body` as
  Wagtail's, in the function search/migrations indexes) and a filter only, never a
  selected column, so the GIN index answers it without reading any article's body.
- Ranking reads only the short headline vector: results are ordered by how well the
  headline matches (Wagtail's title weight and title-length normalisation), then by the
  queryset's own order (newest first). Stock Wagtail ranks every match by its full body
  vector too, which means reading and decompressing every matching body: thousands of
  rows for a common word, the cost that grew linearly with the archive.
"""

from django.contrib.postgres.search import SearchRank, SearchVectorField
from django.db.models import F, Func
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import Phrase, PlainText


class HeadlineRankedQueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        plain_search = isinstance(self.query, (PlainText, Phrase)) and self.fields is None
        if not plain_search or score_field:
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        if search_query is None:
            return self.queryset.none()
        # Exactly the expression the GIN index is built on.
        indexed_text = Func(
            F("index_entries__title"),
            F("index_entries__body"),
            function="search_indexed_text",
            output_field=SearchVectorField(),
        )
        matches = self.queryset.alias(_indexed_text=indexed_text).filter(_indexed_text=search_query)
        own_order = list(self.queryset.query.order_by) or ["-pk"]
        if not self.order_by_relevance:
            return matches.order_by(*own_order)[start:stop]
        headline_rank = SearchRank(
            F("index_entries__title"), search_query, weights=self.sql_weights
        ) * F("index_entries__title_norm")
        return matches.order_by(headline_rank.desc(), *own_order)[start:stop]


class HeadlineRankedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = HeadlineRankedQueryCompiler
