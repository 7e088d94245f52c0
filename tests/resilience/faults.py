"""Dependencies that fail, for tests: the fault proxy (bench/faults/) on 127.0.0.1 with
nothing behind it, refusing connections or accepting them and never answering."""

import contextlib

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
