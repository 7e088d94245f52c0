"""What to purge when content changes: our page cache and, when configured, the CDN."""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Site

from pagecache import store

logger = logging.getLogger(__name__)


def page_urls(page):
    """Full URLs of the page and of everything that lists it (``cache_dependent_urls``)."""
    urls = [page.get_full_url()]
    dependents = getattr(page.specific, "cache_dependent_urls", None)
    if dependents:
        urls += dependents()
    return [url for url in urls if url]


def purge_urls_after_commit(urls):
    """Purge once the change is committed, so no reader can re-cache the old version, and
    a rolled-back publish purges nothing."""
    urls = sorted(set(urls) | {urljoin_root(path) for path in settings.PAGE_CACHE_ALWAYS_PURGE})
    transaction.on_commit(lambda: purge_urls(urls))


def purge_urls(urls):
    store.purge_paths({urlsplit(url).path for url in urls})
    try:
        batch = PurgeBatch()
        batch.add_urls(urls)
        batch.purge()
    except Exception:
        # The CDN catches up when its copies expire; a failed purge must not fail a publish.
        logger.exception("Front-end cache purge failed")


def purge_everything_after_commit():
    transaction.on_commit(purge_everything)


def purge_everything():
    """Every page in our cache; on the CDN, the front page and sections, the pages readers
    arrive on. Other CDN copies expire within PAGE_CACHE_SECONDS (their s-maxage)."""
    store.purge_site()
    if not settings.WAGTAILFRONTENDCACHE:
        return
    try:
        batch = PurgeBatch()
        for site in Site.objects.select_related("root_page"):
            batch.add_page(site.root_page)
            batch.add_pages(site.root_page.get_children().live().in_menu())
        batch.purge()
    except Exception:
        logger.exception("Front-end cache purge failed")


def urljoin_root(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
