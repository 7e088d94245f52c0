"""The page cache: anonymous GET responses, stored with the versions they were rendered under.

A stored response is served while the versions of the site and of its address are those
it was stored with (`freshness.versions`); any change that shows on the address renews one
of them (`freshness.changes`). Signed-in readers, the admin, previews, responses that set
cookies (a CSRF token, a session) and responses marked private are never stored.

After a renewal, one request renders the address again while the readers who ask in the
meantime get the copy it replaces (for at most PAGE_CACHE_RENDER_LOCK_SECONDS), as a CDN
does with stale-while-revalidate: a newsroom publishing all day must not make every reader
of the front page wait for its render. When the new answer cannot be stored but is a
definite one (the page was unpublished, made private or moved), the old copy is dropped at
once, so nobody is served what was taken down. When the render fails instead (a 5xx,
such as resilience's 503 for an unavailable database), the reader gets the older copy.

Each process also keeps the pages it served last, for PAGE_CACHE_PROCESS_SECONDS (one),
and answers them again without asking the shared cache: the busiest pages then cost what
Django's own constant view does, and a Redis that hangs is asked once a second a page
rather than by every reader. A change made in this process drops them at once; a change
made on another server shows here within that second.
"""

import functools
import hashlib
import logging
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import get_max_age, patch_cache_control, set_response_etag

from freshness import versions

logger = logging.getLogger(__name__)

UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")
# Long query strings are almost always cache-busting noise; rendering them is cheaper
# than letting them fill the cache.
MAX_CACHED_QUERY_LENGTH = 256


@functools.cache
def settings_fingerprint():
    """The values of PAGE_CACHE_KEYED_ON_SETTINGS, which shape the headers stored with each
    page, as a short digest computed once per process."""
    values = repr([getattr(settings, name, None) for name in settings.PAGE_CACHE_KEYED_ON_SETTINGS])
    return hashlib.blake2b(values.encode(), digest_size=8).hexdigest()


def response_key(host, path, query_string):
    digest = hashlib.blake2b(
        f"{settings_fingerprint()} {host}{path}?{query_string}".encode(), digest_size=16
    ).hexdigest()
    return f"pagecache:response:{digest}"


class ProcessCopies:
    """The entries this process served last, each for a short time, least recently
    served dropped first.

    ``generation`` counts the clears: an entry read or rendered before a change in this
    process (by another thread) is not kept after it.
    """

    def __init__(self):
        self.entries = OrderedDict()
        self.lock = threading.Lock()
        self.generation = 0

    def get(self, key):
        with self.lock:
            kept = self.entries.get(key)
            if kept is None:
                return None
            kept_until, entry = kept
            if kept_until <= time.monotonic():
                del self.entries[key]
                return None
            self.entries.move_to_end(key)
            return entry

    def keep(self, key, entry, generation):
        seconds = settings.PAGE_CACHE_PROCESS_SECONDS
        if not seconds:
            return
        with self.lock:
            if generation != self.generation:
                return
            self.entries[key] = (time.monotonic() + seconds, entry)
            self.entries.move_to_end(key)
            while len(self.entries) > settings.PAGE_CACHE_PROCESS_ENTRIES:
                self.entries.popitem(last=False)

    def clear(self):
        with self.lock:
            self.generation += 1
            self.entries.clear()


process_copies = ProcessCopies()


class AnonymousPageCacheMiddleware:
    """Serve anonymous readers from the cache; everyone else gets a fresh render."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.is_cacheable_request(request):
            return self.mark_private_if_personal(request, self.get_response(request))
        key = response_key(request.get_host(), request.path, request.META.get("QUERY_STRING", ""))
        entry = process_copies.get(key)
        if entry is not None:
            return self.replay(entry, "HIT")
        generation = process_copies.generation
        try:
            current, found = versions.read(
                [versions.SITE, versions.path_tag(request.path)], also=[key]
            )
        except Exception:
            # A cache outage must never cost a reader the page: render it uncached.
            logger.warning("Page cache unavailable; rendering uncached", exc_info=True)
            return self.get_response(request)
        entry = found.get(key)
        if entry and entry["versions"] == current:
            process_copies.keep(key, entry, generation)
            return self.replay(entry, "HIT")
        if not entry:
            return self.render(request, key, current, generation)
        if not self.claim_render(key):
            return self.replay(entry, "STALE")
        try:
            response = self.render(request, key, current, generation)
            if response.status_code >= 500:
                # The database (or something else the render needed) failed: the copy
                # readers had a moment ago beats an error page (stale-if-error).
                logger.warning("Render of %s failed; serving the older copy", request.path)
                return self.replay(entry, "STALE-IF-ERROR")
            if not self.is_cacheable_response(response):
                self.forget(key)
            return response
        finally:
            self.release_render(key)

    def render(self, request, key, current, generation):
        """The view's answer, stored under `current` versions when it may be shared."""
        response = self.get_response(request)
        if self.is_cacheable_response(response):
            # A view that chose its own lifetime (the dateline fragment) keeps it here too.
            timeout = get_max_age(response)
            if timeout is None:
                timeout = self.timeout(request.path)
                self.add_public_headers(request, response)
            entry = {
                "versions": current,
                "status": response.status_code,
                "headers": dict(response.headers),
                "content": response.content,
            }
            try:
                versions.cache().set(key, entry, timeout=timeout)
            except Exception:
                logger.warning("Page cache unavailable; response not stored", exc_info=True)
            process_copies.keep(key, entry, generation)
            response["X-Cache"] = "MISS"
        return response

    @staticmethod
    def replay(entry, verdict):
        response = HttpResponse(entry["content"], status=entry["status"], headers=entry["headers"])
        response["X-Cache"] = verdict
        return response

    @staticmethod
    def claim_render(key):
        """Whether this request is the one to render a renewed address (`add` is atomic in
        the shared cache, so one request on one server claims it)."""
        try:
            return versions.cache().add(
                f"{key}:rendering", True, timeout=settings.PAGE_CACHE_RENDER_LOCK_SECONDS
            )
        except Exception:
            logger.warning("Page cache unavailable; rendering", exc_info=True)
            return True

    @staticmethod
    def release_render(key):
        try:
            versions.cache().delete(f"{key}:rendering")
        except Exception:
            logger.warning("Page cache unavailable; render claim left to expire", exc_info=True)

    @staticmethod
    def forget(key):
        try:
            versions.cache().delete(key)
        except Exception:
            logger.warning("Page cache unavailable; old copy left to expire", exc_info=True)

    @staticmethod
    def is_cacheable_request(request):
        return (
            settings.PAGE_CACHE_ENABLED
            and request.method in ("GET", "HEAD")
            and not request.path.startswith(settings.PAGE_CACHE_EXCLUDED_PATHS)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "HTTP_AUTHORIZATION" not in request.META
            and len(request.META.get("QUERY_STRING", "")) <= MAX_CACHED_QUERY_LENGTH
        )

    @staticmethod
    def is_cacheable_response(response):
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            # A page that used a CSRF token or a session sets its cookie: one reader's own.
            and not response.cookies
            and not any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES)
        )

    @staticmethod
    def timeout(path):
        if path.startswith(settings.PAGE_CACHE_SHORT_PATHS):
            return settings.PAGE_CACHE_SHORT_SECONDS
        return settings.PAGE_CACHE_SECONDS

    def add_public_headers(self, request, response):
        """Let browsers keep a page briefly and a CDN longer, since purges reach the CDN."""
        shared_max_age = self.timeout(request.path)
        patch_cache_control(
            response,
            public=True,
            max_age=min(settings.PAGE_CACHE_BROWSER_SECONDS, shared_max_age),
            s_maxage=shared_max_age,
            stale_while_revalidate=settings.PAGE_CACHE_STALE_SECONDS,
        )
        if not response.has_header("ETag"):
            set_response_etag(response)

    @staticmethod
    def mark_private_if_personal(request, response):
        """Whatever a signed-in reader sees is theirs alone: no shared cache may keep it.

        Only requests with a session cookie can be signed in, so only those load the user.
        """
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            user = getattr(request, "user", None)
            if user is not None and user.is_authenticated:
                patch_cache_control(response, private=True)
        return response
