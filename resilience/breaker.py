"""A circuit breaker: after a dependency fails, stop asking it until it answers again.

A dependency that hangs costs each call its whole timeout. Once one call has failed, every
caller in this process is answered at once, as the failure would have been. After the
breaker's time (a setting read at each failure) a probe asks the dependency again in a
thread of its own, while callers are still answered at once: no reader waits on a
dependency that has not yet been seen to answer. The probe closes the breaker, or opens it
for another period. It runs when the time is up whether or not a caller asks by then:
otherwise a process that no request reached during the outage (one of several workers)
would answer its first callers after the recovery as if the dependency were still down.
A caller that only suspects the dependency (a query that ran past its deadline may be
slow rather than hung) has it probed at once instead.

Breakers are kept per dependency (a Redis server, a database) and shared by every alias
that names it.
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
        self.lock = threading.Lock()
        self.probe_thread = None
        self.probe_started = 0.0

    @classmethod
    def for_dependency(cls, dependency, seconds_setting, probe):
        """The breaker of `dependency`; `probe` (raises while it is unavailable) is the first
        caller's."""
        with cls.registry_lock:
            return cls.registry.setdefault(dependency, cls(dependency, seconds_setting, probe))

    def seconds(self):
        return getattr(settings, self.seconds_setting)

    def is_open(self):
        if not self.tripped:
            return False
        now = time.monotonic()
        if now >= self.open_until:
            self.start_probe(now)
        return True

    def start_probe(self, now):
        with self.lock:
            running = self.probe_thread is not None and self.probe_thread.is_alive()
            # A probe stuck on a dependency that hangs mid-answer is left behind, not waited on.
            if running and now - self.probe_started < 2 * self.seconds():
                return
            self.probe_started = now
            self.probe_thread = threading.Thread(
                target=self.run_probe, name=f"probe {self.dependency}", daemon=True
            )
            self.probe_thread.start()

    def run_probe(self):
        try:
            self.probe()
        except Exception as error:
            self.trip(error)
        else:
            self.close()

    def trip(self, error):
        if not self.tripped:
            logger.warning(
                "%s failed (%s); not asked again for %s s", self.dependency, error, self.seconds()
            )
        self.open_until = time.monotonic() + self.seconds()
        self.tripped = True
        self.probe_when_due()

    def probe_when_due(self):
        timer = threading.Timer(self.seconds(), self.probe_if_still_open)
        timer.daemon = True
        timer.start()

    def probe_if_still_open(self):
        # A breaker replaced in the registry (tests start afresh) stops probing.
        if self.tripped and self.registry.get(self.dependency) is self:
            self.is_open()

    def suspect(self, reason):
        """Answer callers at once while a probe, started now, finds out."""
        if not self.tripped:
            logger.warning("%s suspected (%s); probing it", self.dependency, reason)
            self.open_until = 0.0
            self.tripped = True
        self.is_open()

    def close(self):
        if self.tripped:
            logger.warning("%s answers again", self.dependency)
        self.tripped = False
