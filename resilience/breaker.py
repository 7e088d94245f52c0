"""A circuit breaker: after a dependency fails, stop asking it for a while.

A dependency that hangs costs each call its whole timeout. Once one call has failed, every
caller in this process is answered at once, as the failure would have been, for the
breaker's time (a setting read at each failure); the first call after that tries the
dependency again and either closes the breaker or opens it anew. Breakers are kept per
dependency (a Redis server, a database) and shared by every alias that names it.
"""

import logging
import threading
import time

from django.conf import settings

logger = logging.getLogger(__name__)


class Breaker:
    registry = {}
    registry_lock = threading.Lock()

    def __init__(self, dependency, seconds_setting):
        self.dependency = dependency
        self.seconds_setting = seconds_setting
        self.open_until = 0.0

    @classmethod
    def for_dependency(cls, dependency, seconds_setting):
        with cls.registry_lock:
            return cls.registry.setdefault(dependency, cls(dependency, seconds_setting))

    def is_open(self):
        return time.monotonic() < self.open_until

    def trip(self, error):
        seconds = getattr(settings, self.seconds_setting)
        if not self.is_open():
            logger.warning(
                "%s failed (%s); not asked again for %s s", self.dependency, error, seconds
            )
        self.open_until = time.monotonic() + seconds

    def close(self):
        self.open_until = 0.0
