from django.conf import settings
from django.utils.functional import SimpleLazyObject

from freshness import versions


def fragments(request):
    """What the shared page fragments ({% wagtailcache %}) are kept for and keyed by.

    A fragment stored under the site's version lasts until something every page shows
    changes; fragments of one page ({% wagtailpagecache %}) carry their page's versions in
    its cache key (`BasePage.get_cache_key_components`).
    """
    return {
        "fragment_seconds": settings.PAGE_CACHE_SECONDS,
        "site_version": SimpleLazyObject(lambda: versions.current([versions.SITE])[0]),
    }
