"""Searches that rank and count only their newest matches.

A word found in most of the archive must cost what it costs in a small archive, so a
search considers no more than its MATCH_WINDOW newest matches (25 pages of results;
the search page tells readers when older matches were left out) (in the searched
queryset's own order, newest first for articles). Finding them walks that order (the
publication-date index) and stops at the window's end when a word is common; for a rare
word the database collects every match from the full-text index instead.

The window is read once per search, as (primary key, headline score) pairs: the count is
its length, and each page is the slice of it that the paginator asks for, loaded by
primary key. Stock Wagtail runs the full-text match twice per page (once to count, once
to rank), over every match.
"""

from operator import itemgetter

MATCH_WINDOW = 500


class MatchWindowQueryCompiler:
    """Mixin for a database backend's query compiler, which defines `match_window(config)`:
    the window's (pk, headline score) rows, from `newest()`, or None for a search the
    window does not handle (fields, fuzzy or boolean queries), which Wagtail's own
    compiler then runs.
    """

    def newest(self, rows):
        """The first MATCH_WINDOW of `rows`, in the searched queryset's own order."""
        own_order = list(self.queryset.query.order_by) or ["-pk"]
        return rows.order_by(*own_order)[:MATCH_WINDOW]

    def ranked_pks(self, config):
        """Primary keys of the window, best first if ordered by relevance; read once."""
        if not hasattr(self, "_ranked_pks"):
            rows = self.match_window(config)
            if rows is not None and self.order_by_relevance:
                # A stable sort: equally good headlines stay newest first.
                rows = sorted(rows, key=itemgetter(1), reverse=True)
            self._ranked_pks = None if rows is None else [pk for pk, _score in rows]
        return self._ranked_pks


class MatchWindowSearchResults:
    """Mixin for a database backend's search results, reading the compiler's window."""

    def ranked_pks(self):
        if self._score_field:
            return None  # A score was asked for: Wagtail's own ranking supplies it.
        compiler = self.query_compiler
        return compiler.ranked_pks(compiler.get_config(self.backend))

    def _do_search(self):
        ranked_pks = self.ranked_pks()
        if ranked_pks is None:
            return super()._do_search()
        page = ranked_pks[self.start : self.stop]
        objects = self.query_compiler.queryset.in_bulk(page)
        # A page unpublished since the window was read is simply left out.
        return [objects[pk] for pk in page if pk in objects]

    def _do_count(self):
        ranked_pks = self.ranked_pks()
        return super()._do_count() if ranked_pks is None else len(ranked_pks)

    def filled_window(self):
        """Whether the search stopped at MATCH_WINDOW matches, so older ones were left out."""
        ranked_pks = self.ranked_pks()
        return ranked_pks is not None and len(ranked_pks) >= MATCH_WINDOW
