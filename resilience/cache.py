"""A Redis cache that stops asking Redis for a while after it fails.

django-redis gives every call its own SOCKET_TIMEOUT (1 s), but a page makes about fifteen
calls, so a Redis that accepts and never answers would cost each reader fifteen seconds.
``BreakerRedisCache`` opens its breaker at the first failure, or at the first call slower
than CACHE_SLOW_CALL_SECONDS: every call in this process, for the rest of the request and
for other requests, then answers as a miss (as IGNORE_EXCEPTIONS answers a failed call)
without touching the network, until a PING in the background, every CACHE_BREAKER_SECONDS,
is answered (resilience/breaker.py).
"""

import time

from django.conf import settings
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted

from resilience.breaker import Breaker


class CacheUnavailable(ConnectionError):
    """Raised instead of calling Redis while the breaker is open."""


class BreakerClient:
    """django-redis's client, with each call going through the breaker."""

    def __init__(self, client, breaker):
        self.client = client
        self.breaker = breaker

    def __getattr__(self, name):
        attribute = getattr(self.client, name)
        if not callable(attribute):
            return attribute

        def guarded(*args, **kwargs):
            if self.breaker.is_open():
                raise ConnectionInterrupted(connection=None) from CacheUnavailable(
                    f"breaker open for {self.breaker.dependency}"
                )
            started = time.monotonic()
            try:
                result = attribute(*args, **kwargs)
            except ConnectionInterrupted as error:
                self.breaker.trip(error)
                raise
            took = time.monotonic() - started
            if took > settings.CACHE_SLOW_CALL_SECONDS:
                # A Redis that answers, slowly, within its timeout would cost a page its
                # fifteen calls' worth; rendering without it is faster.
                self.breaker.trip(f"a call took {took:.2f} s")
            return result

        return guarded


class BreakerRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self.breaker = Breaker.for_dependency(
            f"Cache {server}", "CACHE_BREAKER_SECONDS", probe=self.ping
        )
        self.guarded_client = None

    def ping(self):
        """Whether Redis answers, and soon enough, through django-redis's raw client."""
        started = time.monotonic()
        super().client.get_client(write=True).ping()
        took = time.monotonic() - started
        if took > settings.CACHE_SLOW_CALL_SECONDS:
            raise CacheUnavailable(f"PING took {took:.2f} s")

    @property
    def client(self):
        if self.guarded_client is None:
            self.guarded_client = BreakerClient(super().client, self.breaker)
        return self.guarded_client
