"""Real failing dependencies on 127.0.0.1: a port that refuses, a server that never answers."""

import contextlib
import socket

# This suite's own ports (8300-8399); each fault takes the first one free.
PORTS = range(8340, 8400)


def bound_socket():
    for port in PORTS:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            sock.close()
            continue
        return sock
    raise RuntimeError("no free port in 8340-8399")


@contextlib.contextmanager
def refused_port():
    """A port nothing listens on: connections are refused at once."""
    sock = bound_socket()
    port = sock.getsockname()[1]
    # Bound but not listening, so the port stays ours and the kernel refuses connections.
    try:
        yield port
    finally:
        sock.close()


@contextlib.contextmanager
def hung_server():
    """A server that accepts connections (the kernel does, from its backlog) and never
    reads or answers: what a hung database or Redis looks like to a client."""
    sock = bound_socket()
    sock.listen(128)
    try:
        yield sock.getsockname()[1]
    finally:
        sock.close()
