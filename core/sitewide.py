"""What every page shows (settings, menu, sponsors, restricted paths), kept between requests.

Each value is stored under the current sitewide version; any change editors make to one
of them starts a new version, so nothing needs to know which values depend on what. The
short timeout bounds how long a render that raced an edit could keep an old value.

A request reads the version once and renders against it throughout (a page asks for it
a dozen times: each cached value and each page fragment is keyed by it).
"""

import uuid

from asgiref.local import Local
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import PageViewRestriction, Site
from wagtail.snippets.models import get_snippet_models

VERSION_KEY = "sitewide:version"
TIMEOUT_SECONDS = 60 * 5


_this_request = Local()


@receiver(request_started)
def _request_started(**kwargs):
    _this_request.active, _this_request.version = True, None


@receiver(request_finished)
def _request_finished(**kwargs):
    # Outside requests (commands, the task worker) nothing is kept: each read is fresh.
    _this_request.active, _this_request.version = False, None


def _keep_for_this_request(version):
    if getattr(_this_request, "active", False):
        _this_request.version = version


def version():
    """The current version of everything readers see; renewed by any change to it."""
    version = getattr(_this_request, "version", None) or cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(VERSION_KEY, version, timeout=None):
            version = cache.get(VERSION_KEY) or version
    _keep_for_this_request(version)
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
    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, timeout=None)
    _keep_for_this_request(version)


def shapes_every_page(sender, instance):
    """Whether a saved or deleted object shows on, or shapes, every page: settings,
    snippets (sponsors), sites, and view restrictions (which take pages out of listings)."""
    return (
        isinstance(instance, BaseSiteSetting | BaseGenericSetting | PageViewRestriction | Site)
        or sender in get_snippet_models()
    )
