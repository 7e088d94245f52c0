"""Bookkeeping that happens after the reader has their results."""

from django_tasks import task
from wagtail.contrib.search_promotions.models import Query


@task()
def record_search(query_string):
    """Count one search for the admin's popular-searches report."""
    Query.get(query_string).add_hit()
