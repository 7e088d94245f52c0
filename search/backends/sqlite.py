"""SQLite FTS5 search that scores each match once instead of once per candidate row.

Imported only on SQLite: Wagtail's SQLite modules define the FTS table's model on import.

A ranked search makes three queries whatever the number of matches: FTS5 matches and
scores the index in one pass with headline-weighted BM25; the page filters (live, public,
section, author, dates) run once over the matching ids; then one page of results loads.
"""

from django.db.models import Func
from django.db.models.fields import FloatField
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

# A match in the headline counts this many times one in the rest of the indexed text.
HEADLINE_WEIGHT = 10.0


class HeadlineWeightedBM25(Func):
    """FTS5's BM25 (lower is better) with weights for its columns: autocomplete, body, title."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra_context):
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, 0.0, 1.0, {HEADLINE_WEIGHT})", []


class SinglePassQueryCompiler(SQLiteSearchQueryCompiler):
    def ranks_in_single_pass(self):
        """Plain searches over the whole index take this route; anything else is Wagtail's."""
        return self.fields is None and isinstance(
            normalize(self.query), (PlainText, Phrase, And, Or)
        )

    def fts_matches(self, config):
        search_query = self.build_search_query(normalize(self.query), config=config)
        return SQLiteFTSIndexEntry.objects.filter(
            MatchExpression(self.FTS_TABLE_FIELDS, search_query)
        )

    def matching_object_ids(self, config):
        """A subquery of matching ids. Stock Wagtail joins the FTS table to the entries, which
        lets SQLite re-run the full-text match once per entry; a nested IN makes it run once."""
        return IndexEntry.objects.filter(
            pk__in=self.fts_matches(config).values("index_entry_id"),
            content_type__in=get_descendants_content_types_pks(self.queryset.model),
        ).values("object_id")

    def ranked_ids(self, config):
        """Primary keys of every match the queryset permits, best first; cached per search."""
        if not hasattr(self, "_ranked_ids"):
            best_first = (
                self.fts_matches(config)
                .filter(
                    index_entry__content_type__in=get_descendants_content_types_pks(
                        self.queryset.model
                    )
                )
                .annotate(score=HeadlineWeightedBM25())
                .order_by("score")
                .values_list("index_entry__object_id", flat=True)
            )
            permitted = {
                str(pk)
                for pk in self.queryset.filter(pk__in=self.matching_object_ids(config))
                .order_by()
                .values_list("pk", flat=True)
            }
            to_pk = self.queryset.model._meta.pk.to_python
            self._ranked_ids = [
                to_pk(object_id) for object_id in best_first if object_id in permitted
            ]
        return self._ranked_ids

    def search(self, config, start, stop, score_field=None):
        if self.order_by_relevance or score_field or not self.ranks_in_single_pass():
            return super().search(config, start, stop, score_field=score_field)
        # In the queryset's own order (e.g. newest first): no ranking at all.
        return self.queryset.filter(pk__in=self.matching_object_ids(config))[start:stop]


class SinglePassSearchResults(SQLiteSearchResults):
    def _do_search(self):
        compiler = self.query_compiler
        if self._score_field or not (
            compiler.order_by_relevance and compiler.ranks_in_single_pass()
        ):
            return super()._do_search()
        page_ids = compiler.ranked_ids(compiler.get_config(self.backend))[self.start : self.stop]
        found = compiler.queryset.filter(pk__in=page_ids).in_bulk()
        return [found[pk] for pk in page_ids if pk in found]

    def _do_count(self):
        compiler = self.query_compiler
        if self._score_field or not (
            compiler.order_by_relevance and compiler.ranks_in_single_pass()
        ):
            return super()._do_count()
        return len(compiler.ranked_ids(compiler.get_config(self.backend)))


class SinglePassSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = SinglePassQueryCompiler
    results_class = SinglePassSearchResults
