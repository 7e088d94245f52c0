"""Cached anonymous responses, each stamped with the versions it was rendered under.

Purging bumps a version instead of deleting keys, so every query-string variant of a
path (``?page=2``) goes stale at once, and a site-wide change is a single write.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse

SITE_VERSION_KEY = "pagecache:site"


def cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def path_version_key(path):
    # Versions are per path, not per host, so a purge reaches every host name the site
    # answers to (127.0.0.1:8000 and localhost alike).
    digest = hashlib.blake2b(path.encode(), digest_size=16).hexdigest()
    return f"pagecache:path:{digest}"


def response_key(host, path, query_string):
    digest = hashlib.blake2b(f"{host}{path}?{query_string}".encode(), digest_size=16).hexdigest()
    return f"pagecache:response:{digest}"


def lookup(host, path, query_string):
    """The stored response if it is still current, and the versions to store a new one under.

    A missing version is created rather than treated as zero: otherwise an evicted version
    key would make entries rendered before a purge look current again.
    """
    keys = [response_key(host, path, query_string), SITE_VERSION_KEY, path_version_key(path)]
    found = cache().get_many(keys)
    versions = []
    for key in keys[1:]:
        version = found.get(key)
        if version is None:
            version = uuid.uuid4().hex
            if not cache().add(key, version, timeout=None):
                version = cache().get(key) or version
        versions.append(version)
    entry = found.get(keys[0])
    if entry and entry["versions"] == versions:
        return entry, versions
    return None, versions


def store(host, path, query_string, response, versions, timeout):
    entry = {
        "versions": versions,
        "status": response.status_code,
        "headers": dict(response.headers),
        "content": response.content,
    }
    cache().set(response_key(host, path, query_string), entry, timeout=timeout)


def rebuild(entry):
    return HttpResponse(entry["content"], status=entry["status"], headers=entry["headers"])


def purge_paths(paths):
    """Make every cached variant of these paths stale, whatever their query string."""
    cache().set_many({path_version_key(path): uuid.uuid4().hex for path in paths}, timeout=None)


def purge_site():
    """Make every cached response stale, e.g. after the masthead or footer changed."""
    cache().set(SITE_VERSION_KEY, uuid.uuid4().hex, timeout=None)
