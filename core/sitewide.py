"""What every page shows (settings, menu, sponsors, restricted paths), kept between requests.

Each value is stored under the current sitewide version; any change editors make to one
of them starts a new version, so nothing needs to know which values depend on what. The
short timeout bounds how long a render that raced an edit could keep an old value.
"""

import uuid

from django.core.cache import cache
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import PageViewRestriction, Site
from wagtail.snippets.models import get_snippet_models

VERSION_KEY = "sitewide:version"
TIMEOUT_SECONDS = 60 * 5


def version():
    """The current version of everything readers see; renewed by any change to it."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(VERSION_KEY, version, timeout=None):
            version = cache.get(VERSION_KEY) or version
    return version


def remembered(name, compute):
    """The value of ``compute()`` for this version of the site; computed once, then cached."""
    key = f"sitewide:{version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT_SECONDS)
    return value


def forget():
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def shapes_every_page(sender, instance):
    """Whether a saved or deleted object shows on, or shapes, every page: settings,
    snippets (sponsors), sites, and view restrictions (which take pages out of listings)."""
    return (
        isinstance(instance, BaseSiteSetting | BaseGenericSetting | PageViewRestriction | Site)
        or sender in get_snippet_models()
    )
