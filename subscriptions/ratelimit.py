"""Fixed-window rate limits kept in the default cache (Redis when REDIS_URL is set), so
every web process counts against the same limits."""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache


@dataclass(frozen=True)
class RateLimit:
    scope: str
    limit: int
    window_seconds: int

    def allows(self, identity):
        """Count one attempt by `identity`; False once it exceeds the limit in this window.

        If the cache is unreachable the attempt is allowed: an outage should not lock every
        reader out, and double opt-in still stops abuse of the addresses themselves.
        """
        # Hashed, so no email address or IP is stored in the cache.
        digest = hashlib.sha256(f"{self.scope}:{identity}".encode()).hexdigest()
        key = f"ratelimit:{self.scope}:{digest}"
        cache.add(key, 0, self.window_seconds)
        try:
            attempts = cache.incr(key)
        except ValueError:
            # The window ran out between add() and incr().
            cache.add(key, 1, self.window_seconds)
            attempts = 1
        return attempts is None or attempts <= self.limit


def client_ip(request):
    """The reader's address: from the proxy's header when one is configured, since behind a
    proxy REMOTE_ADDR is the proxy itself."""
    header = settings.SUBSCRIPTIONS_CLIENT_IP_HEADER
    forwarded = request.META.get(header, "") if header else ""
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")


HOUR = 60 * 60
signup_per_ip = RateLimit("signup-ip", limit=20, window_seconds=HOUR)
signup_per_address = RateLimit("signup-address", limit=3, window_seconds=HOUR)
sign_in_per_ip = RateLimit("sign-in-ip", limit=20, window_seconds=HOUR)
sign_in_per_address = RateLimit("sign-in-address", limit=5, window_seconds=HOUR)
