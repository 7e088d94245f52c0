"""The versions of what readers see, kept in the shared cache.

Everything cached for readers (a whole page for anonymous readers, a fragment of a page)
is stored with the versions of the tags it was rendered under: `SITE`, which every page
depends on, and the tag of one address (`path_tag`). Renewing a tag gives it a new
version, so every copy stored under the old one is stale at once, whatever its query
string or host name, without anything having to find it and delete it.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import caches

SITE = "site"


def cache():
    return caches[settings.FRESHNESS_CACHE_ALIAS]


def path_tag(path):
    """The tag of one address; per path rather than per host, so a renewal reaches every
    host name the site answers to (127.0.0.1:8000 and localhost alike)."""
    return f"path:{path}"


def version_key(tag):
    # Hashed: an address may be longer than a cache key may be.
    return f"freshness:{hashlib.blake2b(tag.encode(), digest_size=16).hexdigest()}"


def read(tags, also=()):
    """The current version of each tag, and the cache's values for the keys in `also`, in
    one round trip.

    A missing version is created rather than taken as zero: otherwise an evicted version
    would make copies stored before a renewal look current again.
    """
    version_keys = [version_key(tag) for tag in tags]
    found = cache().get_many([*version_keys, *also])
    versions = []
    for key in version_keys:
        version = found.get(key)
        if version is None:
            version = uuid.uuid4().hex
            if not cache().add(key, version, timeout=None):
                version = cache().get(key) or version
        versions.append(version)
    return versions, {key: found[key] for key in also if key in found}


def current(tags):
    return read(tags)[0]


def renew(tags):
    """Give each tag a new version; whether the cache took them.

    Read back, because the production cache answers a failed call as if it had worked
    (IGNORE_EXCEPTIONS, resilience/cache.py) and a renewal lost to an outage would leave
    the copies stored before it looking current once the cache is back.
    """
    from freshness.middleware import process_copies

    # Whatever this process kept was kept under the old versions.
    process_copies.clear()
    renewed = {version_key(tag): uuid.uuid4().hex for tag in tags}
    cache().set_many(renewed, timeout=None)
    return cache().get_many(list(renewed)) == renewed
