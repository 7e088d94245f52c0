"""What a change renews: the one way the site tells readers' caches that something changed.

- `renew_page(page)`, after a page is published, unpublished, moved or deleted, renews every
  address that shows it, as its page type declares (`BasePage.addresses_showing_this`), or
  everything for a page every page shows (`BasePage.shown_on_every_page`: the menu).
- `renew_everything()`, after a change every page shows: settings, sponsors, consent text,
  sites, view restrictions.

Versions are renewed at once, for the rest of the transaction, and again after the commit,
in case a reader cached the old state while the change was still uncommitted; the CDN is
purged after the commit only, so a rolled-back change purges nothing. A renewal the cache does
not take (it is down) does not fail the editor's publish: it is queued as a background task
and retried with backoff (TASK_RETRY_ATTEMPTS), so that copies stored before the outage
are not served as current afterwards; past the last attempt they expire on their own.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Site

from freshness import versions
from jobs.retries import retried_task
from resilience.cache import CacheUnavailable
from scaling.replicas import remember_primary_position

logger = logging.getLogger(__name__)


def renew_page(page, also=()):
    """Renew what shows `page` (a specific page), and the addresses in `also` (full URLs).

    A page type that does not say where it shows (Wagtail's own root page) renews all.
    """
    if not hasattr(page, "addresses_showing_this") or page.shown_on_every_page():
        renew_everything()
    else:
        renew_addresses([*page.addresses_showing_this(), *also])


def renew_addresses(urls):
    """Renew the cached copies of these full URLs, here and on the CDN."""
    urls = sorted(set(urls))
    tags = sorted({versions.path_tag(urlsplit(url).path) for url in urls})

    def after_commit():
        # Before the versions: a page rendered under them must come from a database that
        # has the change (scaling/replicas.py).
        remember_primary_position()
        renew_versions(tags)
        purge_cdn(urls)

    renew_versions(tags)
    transaction.on_commit(after_commit)


def renew_everything():
    def after_commit():
        remember_primary_position()
        renew_versions([versions.SITE])
        purge_cdn_entry_pages()

    renew_versions([versions.SITE])
    transaction.on_commit(after_commit)


def renew_versions(tags):
    """Renew now, or, when the cache is down, from the task queue until it takes."""
    try:
        renewed = versions.renew(tags)
    except Exception:
        logger.exception("Could not renew the cached versions of %s", tags)
        renewed = False
    if not renewed:
        renew_versions_later.enqueue(tags)


@retried_task
def renew_versions_later(tags):
    if not versions.renew(tags):
        raise CacheUnavailable(f"the cache did not take new versions of {tags}")


def purge_cdn(urls):
    try:
        batch = PurgeBatch()
        batch.add_urls(urls)
        batch.purge()
    except Exception:
        # The CDN catches up when its copies expire; a failed purge must not fail a publish.
        logger.exception("Front-end cache purge failed")


def purge_cdn_entry_pages():
    """On the CDN, the front pages and the pages in their menus, where readers arrive, and
    the read API's front page, where apps arrive.

    Other CDN copies expire within PAGE_CACHE_SECONDS (their s-maxage).
    """
    if not settings.WAGTAILFRONTENDCACHE:
        return
    try:
        batch = PurgeBatch()
        for site in Site.objects.select_related("root_page"):
            batch.add_page(site.root_page)
            batch.add_pages(site.root_page.get_children().live().in_menu())
            batch.add_url(site.root_url + reverse("wagtailapi_v2:front-page:listing"))
        batch.purge()
    except Exception:
        logger.exception("Front-end cache purge failed")
