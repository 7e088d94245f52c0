"""A Redis cache that stops asking Redis for a while after it fails.

django-redis gives every call its own SOCKET_TIMEOUT (1 s), but a page makes about fifteen
calls, so a Redis that accepts and never answers would cost each reader fifteen seconds.
``BreakerRedisCache`` opens its breaker at the first failure: every call in this process,
for the rest of the request and for other requests, then answers as a miss (as
IGNORE_EXCEPTIONS answers a failed call) without touching the network, for
CACHE_BREAKER_SECONDS. The first call after that tries Redis again and either closes the
breaker or opens it anew.
"""

import logging
import threading
import time

from django.conf import settings
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger(__name__)


class CacheUnavailable(ConnectionError):
    """Raised instead of calling Redis while the breaker is open."""


class Breaker:
    """Shared by every cache alias on the same server, within one process."""

    registry = {}
    registry_lock = threading.Lock()

    def __init__(self, server):
        self.server = server
        self.open_until = 0.0

    @classmethod
    def for_server(cls, server):
        with cls.registry_lock:
            return cls.registry.setdefault(server, cls(server))

    def is_open(self):
        return time.monotonic() < self.open_until

    def trip(self, error):
        if not self.is_open():
            logger.warning(
                "Cache %s failed (%s); not asked again for %s s",
                self.server,
                error,
                settings.CACHE_BREAKER_SECONDS,
            )
        self.open_until = time.monotonic() + settings.CACHE_BREAKER_SECONDS

    def close(self):
        self.open_until = 0.0


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
                    f"cache breaker open for {self.breaker.server}"
                )
            try:
                return attribute(*args, **kwargs)
            except ConnectionInterrupted as error:
                self.breaker.trip(error)
                raise

        return guarded


class BreakerRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self.breaker = Breaker.for_server(server)
        self.guarded_client = None

    @property
    def client(self):
        if self.guarded_client is None:
            self.guarded_client = BreakerClient(super().client, self.breaker)
        return self.guarded_client
