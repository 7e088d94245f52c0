"""Fixed-window rate limits kept in the default cache (Redis when REDIS_URL is set), so
every web process counts against the same limits; and the client address they count.

django-ratelimit would do the counting, but its system check refuses the file-based cache
that is the default without Redis, and this is the one limiter every view uses: sign-up,
reader sign-in, CSP reports. Counts may run a little over under concurrent posts on the
file cache, which a flood limit can live with.
"""

import hashlib
import ipaddress
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
    """The client's address: from SUBSCRIPTIONS_CLIENT_IP_HEADER when a trusted proxy sets it.

    The header's value is checked, since a malformed one must neither fail a request nor
    pass for an address of its own; without a valid one the connection's address counts.
    """
    header = settings.SUBSCRIPTIONS_CLIENT_IP_HEADER
    candidates = []
    if header:
        candidates.append(request.META.get(header, "").split(",")[0].strip())
    candidates.append(request.META.get("REMOTE_ADDR", ""))
    for candidate in candidates:
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            continue
    return None


def client_network(request):
    """One address, or its /64 for IPv6, where one client holds many addresses."""
    address = client_ip(request)
    if address is None:
        return "unknown"
    prefix = 64 if ":" in address else 32
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False).network_address)


HOUR = 60 * 60
signup_per_ip = RateLimit("signup-ip", limit=20, window_seconds=HOUR)
signup_per_address = RateLimit("signup-address", limit=3, window_seconds=HOUR)
sign_in_per_ip = RateLimit("sign-in-ip", limit=20, window_seconds=HOUR)
sign_in_per_address = RateLimit("sign-in-address", limit=5, window_seconds=HOUR)


def csp_reports():
    return RateLimit("csp-report", limit=settings.CSP_REPORTS_PER_MINUTE, window_seconds=60)
