"""SQLite FTS5 search that neither re-runs the match per row nor ranks every match.

Imported only on SQLite: Wagtail's SQLite modules define the FTS table's model on import.

Stock Wagtail ranks with a correlated subquery that re-runs the full-text match for every
candidate page (and its joins let SQLite probe the FTS table once per index entry), so a
common word costs a full-text query per matching article. Here each FTS match runs once,
as a nested IN that SQLite materialises, and results are ordered without scoring every
match: articles whose headline contains every word searched for come first, then the
other matches, each group in the queryset's own order (newest first for articles). Only
the newest matches are ranked and counted (search/backends/window.py).
"""

from django.db.models import Case, IntegerField, Value, When
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import And, Or, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from search.backends.window import MatchWindowQueryCompiler, MatchWindowSearchResults


class HeadlineFirstQueryCompiler(MatchWindowQueryCompiler, SQLiteSearchQueryCompiler):
    def matching_object_ids(self, config, columns):
        """Ids of objects whose `columns` match, as a subquery SQLite evaluates once."""
        search_query = self.build_search_query(normalize(self.query), config=config)
        fts_rows = SQLiteFTSIndexEntry.objects.filter(MatchExpression(columns, search_query))
        return IndexEntry.objects.filter(
            pk__in=fts_rows.values("index_entry_id"),
            content_type__in=get_descendants_content_types_pks(self.queryset.model),
        ).values("object_id")

    def match_window(self, config):
        if self.fields is not None or not isinstance(
            normalize(self.query), (PlainText, Phrase, And, Or)
        ):
            return None
        matches = self.queryset.filter(
            pk__in=self.matching_object_ids(config, self.FTS_TABLE_FIELDS)
        )
        headline_match = Case(
            When(pk__in=self.matching_object_ids(config, ["title"]), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
        return self.newest(matches.values_list("pk", headline_match))


class HeadlineFirstSearchResults(MatchWindowSearchResults, SQLiteSearchResults):
    pass


class HeadlineFirstSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = HeadlineFirstQueryCompiler
    results_class = HeadlineFirstSearchResults
