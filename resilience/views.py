"""Health endpoints for load balancers and orchestrators.

``/healthz/live`` answers as long as the process can run Django: it touches nothing, so a
database or cache outage never gets healthy workers restarted. ``/healthz/ready`` asks the
database and the page cache, each within its own short timeout, and answers 503 while
either is unavailable, so a load balancer can send readers elsewhere.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from resilience.errors import UNAVAILABLE_ERRORS

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def live(request):
    return JsonResponse({"status": "live"})


def database_ready():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except UNAVAILABLE_ERRORS:
        logger.warning("Readiness: database unavailable", exc_info=True)
        return False


def cache_ready():
    cache = caches[settings.FRESHNESS_CACHE_ALIAS]
    key, token = "resilience:ready", uuid.uuid4().hex
    try:
        cache.set(key, token, timeout=10)
        return cache.get(key) == token
    except Exception:
        # Any backend's failure, whatever it raises, means the cache is not ready.
        logger.warning("Readiness: cache unavailable", exc_info=True)
        return False


@never_cache
@require_safe
def ready(request):
    checks = {"database": database_ready(), "cache": cache_ready()}
    ready = all(checks.values())
    return JsonResponse(
        {"status": "ready" if ready else "unavailable", "checks": checks},
        status=200 if ready else 503,
    )
