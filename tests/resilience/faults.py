"""Dependencies that fail, for tests: the fault proxy (bench/faults/) on 127.0.0.1 with
nothing behind it, refusing connections or accepting them and never answering."""

import contextlib
import time

from bench.faults import PROXY_PORTS, FaultProxy


@contextlib.contextmanager
def refused_port():
    """A port whose connections are refused at once."""
    with FaultProxy(None, PROXY_PORTS, mode="refuse") as proxy:
        yield proxy.port


@contextlib.contextmanager
def hung_server():
    """A server that accepts connections and never reads or answers: what a hung database
    or Redis looks like to a client."""
    with FaultProxy(None, PROXY_PORTS, mode="hang") as proxy:
        yield proxy.port


def closed_within(breaker, seconds):
    """Whether `breaker` closes within `seconds`, with no caller asking it meanwhile."""
    deadline = time.monotonic() + seconds
    while breaker.tripped and time.monotonic() < deadline:
        time.sleep(0.05)
    return not breaker.tripped
