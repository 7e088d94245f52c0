"""Keeping the search entries true to what readers may see.

Every change that can alter an entry (search/signals.py) calls `refresh` with the
articles it touched, after its commit. An article readers may no longer see loses its
entry at once, however many there are; entries to write are written at once too, unless
one change touches more than IMMEDIATE_LIMIT articles (an author renamed, a section's
restriction lifted), which the task queue then writes in batches.
"""

from django.conf import settings
from django.db.models import Prefetch

from news.models import ArticlePage, ArticlePageAuthor
from search import fulltext
from search.models import SearchEntry

IMMEDIATE_LIMIT = 200
BATCH_SIZE = 200


def readable_articles():
    """The articles search finds: live and public. (Expiry is checked as readers search.)"""
    return ArticlePage.objects.live().public()


def refresh(articles, *, immediately=False):
    """Bring the entries of `articles` (a queryset) in line with what readers may now see."""
    article_ids = sorted(articles.values_list("pk", flat=True))
    readable_ids = []
    for batch in batches(article_ids):
        readable = set(readable_articles().filter(pk__in=batch).values_list("pk", flat=True))
        fulltext.delete(set(batch) - readable)
        readable_ids += sorted(readable)
    if immediately or len(readable_ids) <= IMMEDIATE_LIMIT:
        for batch in batches(readable_ids):
            write(batch)
    else:
        from search.tasks import write_search_entries

        for batch in batches(readable_ids):
            write_search_entries.enqueue(batch)


def write(article_ids):
    """(Re)write the entries of these readable articles; returns how many were written."""
    articles = (
        readable_articles()
        .filter(pk__in=article_ids)
        .prefetch_related(
            Prefetch("author_links", ArticlePageAuthor.objects.select_related("author")), "tags"
        )
    )
    texts = [entry_text(article) for article in articles]
    fulltext.write(texts)
    if settings.READER_SEARCH_BACKEND:
        # Reader search goes through Wagtail's backend: it must not wait for the worker either.
        from wagtail.search import index

        for article in articles:
            index.insert_or_update_object(article)
    return len(texts)


def entry_text(article):
    return fulltext.EntryText(
        entry=SearchEntry(
            page_id=article.pk,
            section_id=article.section_id,
            publication_date=article.publication_date or article.first_published_at,
            expire_at=article.expire_at,
        ),
        headline=article.title,
        public=article.search_public_text(),
        locked=article.search_locked_text(),
    )


def rebuild(progress=None):
    """Every entry afresh: those of unreadable articles dropped, the rest rewritten."""
    unreadable = SearchEntry.objects.exclude(page__in=readable_articles().values("pk"))
    fulltext.delete(list(unreadable.values_list("page", flat=True)))
    article_ids = sorted(readable_articles().values_list("pk", flat=True))
    written = 0
    for batch in batches(article_ids):
        written += write(batch)
        if progress:
            progress(written, len(article_ids))
    return written


def batches(ids):
    return [ids[start : start + BATCH_SIZE] for start in range(0, len(ids), BATCH_SIZE)]
