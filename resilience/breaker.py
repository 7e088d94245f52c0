"""A circuit breaker: after a dependency fails, stop asking it until it answers again.

A dependency that hangs costs each call its whole timeout. Once one call has failed, every
caller in this process is answered at once, as the failure would have been. After the
breaker's time (a setting read at each failure) a probe asks the dependency again in a
thread of its own, while callers are still answered at once: no reader waits on a
dependency that has not yet been seen to answer. The probe closes the breaker, or opens it
for another period. Breakers are kept per dependency (a Redis server, a database) and
shared by every alias that names it.
"""

import logging
import threading
import time

from django.conf import settings

logger = logging.getLogger(__name__)


class Breaker:
    registry = {}
    registry_lock = threading.Lock()

    def __init__(self, dependency, seconds_setting, probe):
        self.dependency = dependency
        self.seconds_setting = seconds_setting
        self.probe = probe
        self.tripped = False
        self.open_until = 0.0
        self.probing = threading.Lock()

    @classmethod
    def for_dependency(cls, dependency, seconds_setting, probe):
        """The breaker of `dependency`; `probe` (raises while it is unavailable) is the first
        caller's."""
        with cls.registry_lock:
            return cls.registry.setdefault(dependency, cls(dependency, seconds_setting, probe))

    def is_open(self):
        if not self.tripped:
            return False
        if time.monotonic() >= self.open_until and self.probing.acquire(blocking=False):
            threading.Thread(
                target=self.run_probe, name=f"probe {self.dependency}", daemon=True
            ).start()
        return True

    def run_probe(self):
        try:
            self.probe()
        except Exception as error:
            self.trip(error)
        else:
            self.close()
        finally:
            self.probing.release()

    def trip(self, error):
        seconds = getattr(settings, self.seconds_setting)
        if not self.tripped:
            logger.warning(
                "%s failed (%s); not asked again for %s s", self.dependency, error, seconds
            )
        self.open_until = time.monotonic() + seconds
        self.tripped = True

    def close(self):
        if self.tripped:
            logger.warning("%s answers again", self.dependency)
        self.tripped = False
