"""Full-text writing and matching for the search entries, on PostgreSQL and on SQLite.

PostgreSQL: the entries' own tsvector columns, GIN-indexed by search/migrations, through
django.contrib.postgres.search. SQLite: two FTS5 tables of the same shape made by
search/migrations, `search_public_fts` and `search_full_fts` (columns `headline` and
`text`, rowid the article's id), written with a cursor and matched through `RawSQL`.
This is the only module that knows either.

Either way, a search for readers without a subscription and one for subscribers run the
same SQL against their own column or table: nothing built from subscribers-only text is
read, counted or ranked for a reader who may not read it.
"""

from dataclasses import dataclass

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.db import NotSupportedError, connections, router, transaction
from django.db.models import Case, F, Func, IntegerField, TextField, Value, When
from django.db.models.expressions import RawSQL

from search.models import SearchEntry

# The newsroom writes in English: stemming makes "elections" find "election".
POSTGRES_CONFIG = "english"


@dataclass(frozen=True)
class Audience:
    """Whose text a search covers: the vector column or FTS5 table holding it."""

    name: str
    vector: str
    fts_table: str


PUBLIC = Audience("public", vector="public_text", fts_table="search_public_fts")
SUBSCRIBERS = Audience("subscribers", vector="full_text", fts_table="search_full_fts")
AUDIENCES = (PUBLIC, SUBSCRIBERS)


@dataclass(frozen=True)
class EntryText:
    """The texts of one article's entry, as search/indexing.py derives them."""

    entry: SearchEntry
    headline: str
    public: str
    locked: str

    def for_audience(self, audience):
        return self.public if audience is PUBLIC else f"{self.public} {self.locked}"


def vendor(alias):
    name = connections[alias].vendor
    if name not in {"postgresql", "sqlite"}:
        raise NotSupportedError(
            f"Reader search indexes PostgreSQL or SQLite, not {name}: "
            "set READER_SEARCH_BACKEND to use one of Wagtail's search backends instead."
        )
    return name


def matches(entries, terms, audience):
    """`entries` holding every one of `terms` in the audience's text, as (page id, headline
    score) rows; the score ranks headlines that hold the words above mentions elsewhere."""
    if vendor(entries.db) == "postgresql":
        query = SearchQuery(" ".join(terms), search_type="plain", config=POSTGRES_CONFIG)
        return entries.filter(**{audience.vector: query}).values_list(
            "page", SearchRank(F("headline"), query)
        )
    # Terms are letters, digits and marks only (search.forms.query_terms), so quoting each
    # makes a safe FTS5 string; strings side by side must all match.
    words = " ".join(f'"{term}"' for term in terms)
    in_headline = Case(
        When(pk__in=fts_rows(audience, f"headline : ({words})"), then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    return entries.filter(pk__in=fts_rows(audience, words)).values_list("page", in_headline)


def fts_rows(audience, match):
    """The rowids (article ids) of an FTS5 table that `match`, a query parameter."""
    table = audience.fts_table  # one of two constants, never input
    return RawSQL(f"SELECT rowid FROM {table} WHERE {table} MATCH %s", [match])  # noqa: S608, S611


def write(texts):
    """Insert or replace the entries of `texts` (EntryText), with their full text."""
    alias = router.db_for_write(SearchEntry)
    postgresql = vendor(alias) == "postgresql"
    entries = []
    for text in texts:
        if postgresql:
            text.entry.headline = vector(text.headline)
            text.entry.public_text = match_vector(text.for_audience(PUBLIC))
            text.entry.full_text = match_vector(text.for_audience(SUBSCRIBERS))
        entries.append(text.entry)
    with transaction.atomic(using=alias):
        SearchEntry.objects.using(alias).bulk_create(
            entries,
            update_conflicts=True,
            unique_fields=["page"],
            update_fields=[
                "section",
                "publication_date",
                "expire_at",
                "headline",
                "public_text",
                "full_text",
            ],
        )
        if not postgresql:
            write_fts_rows(alias, texts)


def vector(text):
    return SearchVector(Value(text, output_field=TextField()), config=POSTGRES_CONFIG)


def match_vector(text):
    """A text's words without their positions: all a match needs (ranking reads only the
    headline), and small enough to stay in the entry's row (search/migrations), so that
    walking the newest entries reads no TOAST: a third of the time at 10,000 articles."""
    return Func(vector(text), function="strip", output_field=SearchVectorField())


def write_fts_rows(alias, texts):
    with connections[alias].cursor() as cursor:
        for audience in AUDIENCES:
            table = audience.fts_table
            cursor.executemany(
                f"DELETE FROM {table} WHERE rowid = %s",  # noqa: S608 - a constant name
                [(text.entry.page_id,) for text in texts],
            )
            cursor.executemany(
                f"INSERT INTO {table} (rowid, headline, text) VALUES (%s, %s, %s)",  # noqa: S608
                [
                    (text.entry.page_id, text.headline, text.for_audience(audience))
                    for text in texts
                ],
            )


def delete(page_ids):
    """Delete the entries of these articles, full text and all."""
    SearchEntry.objects.filter(page__in=page_ids).delete()
    forget(page_ids)


def forget(page_ids):
    """Drop the full text of these articles from SQLite's FTS5 tables, which sit outside
    the ORM: an entry deleted by a cascade leaves its text there otherwise."""
    alias = router.db_for_write(SearchEntry)
    if vendor(alias) != "sqlite":
        return
    with connections[alias].cursor() as cursor:
        for audience in AUDIENCES:
            cursor.executemany(
                f"DELETE FROM {audience.fts_table} WHERE rowid = %s",  # noqa: S608 - a constant
                [(page_id,) for page_id in page_ids],
            )
