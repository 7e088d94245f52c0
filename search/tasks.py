"""Work that happens off the reader's and the editor's request."""

from django_tasks import task
from wagtail.contrib.search_promotions.models import Query

from news.models import ArticlePage
from search import indexing


@task()
def record_search(query_string):
    """Count one search for the admin's popular-searches report."""
    Query.get(query_string).add_hit()


@task()
def write_search_entries(article_ids):
    """One batch of a change too large to index while the editor waits."""
    indexing.refresh(ArticlePage.objects.filter(pk__in=article_ids), immediately=True)
