"""The fault proxy the resilience tests and `make bench-faults` put in front of each
dependency: what a client sees in each mode, and that nothing is lost or left open."""

import socket
import socketserver
import threading
import time

import pytest

from bench.faults import PROXY_PORTS, FaultProxy, bind_first_free


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line)


@pytest.fixture
def echo_server():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Echo)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield server.server_address
    server.shutdown()
    server.server_close()


def connect(proxy, timeout=2):
    return socket.create_connection(proxy.address, timeout=timeout)


def ask(sock, line=b"ferry\n"):
    sock.sendall(line)
    return sock.recv(100)


def test_pass_forwards_both_ways_and_leaves_nothing_open(echo_server):
    with FaultProxy(echo_server, PROXY_PORTS) as proxy:
        with connect(proxy) as sock:
            assert ask(sock) == b"ferry\n"
            assert proxy.open_connections() == 1
        time.sleep(0.3)
        assert proxy.open_connections() == 0
        threads = list(proxy.threads)
    assert not any(thread.is_alive() for thread in threads)
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(proxy.address, timeout=1)


def test_hang_holds_what_was_sent_until_traffic_passes_again(echo_server):
    with FaultProxy(echo_server, PROXY_PORTS) as proxy, connect(proxy, timeout=0.5) as sock:
        assert ask(sock) == b"ferry\n"
        proxy.set_mode("hang")
        with pytest.raises(TimeoutError):
            ask(sock, b"timetable\n")
        # New connections are accepted, as a hung server's kernel does, and not answered.
        with connect(proxy, timeout=0.5) as newcomer, pytest.raises(TimeoutError):
            ask(newcomer)
        proxy.set_mode("pass")
        sock.settimeout(2)
        assert sock.recv(100) == b"timetable\n"


def test_refuse_refuses_new_connections_and_resets_open_ones(echo_server):
    with FaultProxy(echo_server, PROXY_PORTS) as proxy, connect(proxy) as sock:
        assert ask(sock) == b"ferry\n"
        proxy.set_mode("refuse")
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(proxy.address, timeout=1)
        with pytest.raises(ConnectionResetError):
            ask(sock)
        assert proxy.open_connections() == 0
        # The port stays the proxy's while it refuses, however often it is told to.
        proxy.set_mode("refuse")
        with pytest.raises(RuntimeError):
            bind_first_free(range(proxy.port, proxy.port + 1))
        proxy.set_mode("pass")
        with connect(proxy) as again:
            assert ask(again) == b"ferry\n"


def test_slow_delays_each_chunk(echo_server):
    with (
        FaultProxy(echo_server, PROXY_PORTS, mode="slow", delay=0.2) as proxy,
        connect(proxy) as sock,
    ):
        started = time.monotonic()
        assert ask(sock) == b"ferry\n"
        # One chunk each way, each held back 0.2 s.
        assert time.monotonic() - started >= 0.4


def test_modes_are_named():
    with pytest.raises(ValueError), FaultProxy(("127.0.0.1", 9), PROXY_PORTS, mode="flaky"):
        pass
