"""Fault injection on 127.0.0.1: a TCP proxy in front of a real dependency that passes its
traffic, refuses, hangs or slows it, switched while its clients run, and local stand-ins
for the mail server and the weather provider.

`bench.faults.site.FaultySite` runs the site under the production settings with every
dependency behind one of these proxies; tests/resilience and `python -m bench.faults`
(`make bench-faults`) drive it.
"""

import contextlib
import http.server
import json
import select
import socket
import socketserver
import threading
import time

MODES = ("pass", "refuse", "hang", "slow")
# How long a connection thread waits on its sockets before it looks at the mode again.
POLL_SECONDS = 0.05
CHUNK = 65536
POSTGRES = ("127.0.0.1", 5432)
REDIS = ("127.0.0.1", 6379)
# This harness's ports: a site (its proxies, sinks and gunicorn) takes SITE_PORTS, or one
# 25-port slice of them per test process; proxies the tests start on their own take
# PROXY_PORTS, so that they never take the port a site's gunicorn is about to bind.
SITE_PORTS = range(8400, 8450)
PROXY_PORTS = range(8450, 8500)


def bind_first_free(ports, listen=True, reuse=False):
    """A socket bound to the first port of `ports` that is free, held from now on, and
    listening unless `listen` is false (then its connections are refused).

    The port is free only if no socket holds it, another proxy's refusing one included,
    unless `reuse`: a proxy taking back its own port, past its own connections."""
    for port in ports:
        sock = socket.socket()
        if reuse:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            sock.close()
            continue
        # Set once bound, so that the connections it accepts carry it too.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if listen:
            sock.listen(128)
        return sock
    raise RuntimeError(f"no free port in {ports.start}-{ports.stop - 1}")


def reset(sock):
    """Close with a reset, as a crashed or firewalled server's connections end."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    sock.close()


class FaultProxy:
    """A TCP proxy on 127.0.0.1 in front of `upstream` (host, port), or of nothing when it
    is None, for faults that never reach it; its `mode` may change while connections are
    open:

    - pass: forward both ways;
    - refuse: stop listening (new connections are refused) and reset open ones;
    - hang: accept, keep every connection open, forward nothing either way;
    - slow: forward, each chunk `delay` seconds late.
    """

    def __init__(self, upstream, ports, mode="pass", delay=0.2):
        self.upstream = upstream
        self.delay = delay
        self.listener = bind_first_free(ports)
        self.placeholder = None
        self.port = self.listener.getsockname()[1]
        self.address = ("127.0.0.1", self.port)
        self.mode = "pass"
        self.first_mode = mode
        self.lock = threading.Lock()
        self.connections = set()
        self.threads = []
        self.stopped = threading.Event()

    def __enter__(self):
        self.listener.setblocking(False)
        self.set_mode(self.first_mode)
        self.start_thread(self.accept_connections)
        return self

    def __exit__(self, *exc):
        self.stopped.set()
        for thread in self.threads:
            thread.join(timeout=5)
        with self.lock:
            self.stop_listening()
            if self.placeholder is not None:
                self.placeholder.close()

    def stop_listening(self):
        if self.listener is not None:
            # Shut down first: a close alone leaves the socket listening until the
            # accepting thread's select lets go of it.
            with contextlib.suppress(OSError):
                self.listener.shutdown(socket.SHUT_RDWR)
            self.listener.close()
            self.listener = None

    def start_thread(self, target, *args):
        thread = threading.Thread(target=target, args=args, daemon=True)
        self.threads = [known for known in self.threads if known.is_alive()] + [thread]
        thread.start()

    def set_mode(self, mode):
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        with self.lock:
            self.mode = mode
            if mode == "refuse":
                if self.listener is not None:
                    self.stop_listening()
                    # Bound but not listening: connections are refused, and the port stays
                    # ours rather than going to the next proxy that looks for a free one.
                    self.placeholder = bind_first_free(self.own_port(), listen=False, reuse=True)
                for client, upstream in self.connections:
                    reset(client)
                    if upstream is not None:
                        reset(upstream)
                self.connections.clear()
            elif self.listener is None:
                self.placeholder.close()
                self.placeholder = None
                self.listener = bind_first_free(self.own_port(), reuse=True)
                self.listener.setblocking(False)

    def own_port(self):
        return range(self.port, self.port + 1)

    def open_connections(self):
        with self.lock:
            return len(self.connections)

    def accept_connections(self):
        while not self.stopped.is_set():
            listener = self.listener
            if listener is None:
                time.sleep(POLL_SECONDS)
                continue
            try:
                select.select([listener], [], [], POLL_SECONDS)
                client, _ = listener.accept()
            except (BlockingIOError, OSError, ValueError):
                continue
            client.setblocking(True)
            self.start_thread(self.relay, client)

    def connect_upstream(self):
        if self.upstream is None:
            return None
        try:
            return socket.create_connection(self.upstream, timeout=5)
        except OSError:
            return None

    def relay(self, client):
        """Carry one connection's bytes, as the mode says, until either side closes."""
        pair = [client, None]
        with self.lock:
            if self.mode == "refuse":
                reset(client)
                return
            self.connections.add(tuple(pair))
        try:
            while not self.stopped.is_set():
                mode = self.mode
                if mode == "refuse":
                    return
                if mode == "hang":
                    time.sleep(POLL_SECONDS)
                    continue
                if pair[1] is None:
                    # Connected only once traffic may flow: a hung proxy's client never
                    # reaches the upstream, which would otherwise time it out itself.
                    upstream = self.connect_upstream()
                    if upstream is None:
                        return
                    with self.lock:
                        self.connections.discard((client, None))
                        pair[1] = upstream
                        self.connections.add(tuple(pair))
                if not self.forward_ready(*pair):
                    return
        finally:
            with self.lock:
                self.connections.discard(tuple(pair))
            for sock in pair:
                if sock is not None:
                    sock.close()

    def forward_ready(self, client, upstream):
        """Forward what either side has sent; False once one of them has closed."""
        try:
            readable, _, _ = select.select([client, upstream], [], [], POLL_SECONDS)
            for source in readable:
                data = source.recv(CHUNK)
                if not data:
                    return False
                # A hang that began while this chunk was read holds it until it ends.
                while self.mode == "hang" and not self.stopped.is_set():
                    time.sleep(POLL_SECONDS)
                if self.mode == "refuse" or self.stopped.is_set():
                    return False
                if self.mode == "slow":
                    time.sleep(self.delay)
                (upstream if source is client else client).sendall(data)
        except (OSError, ValueError):
            return False
        return True


class ServedInBackground:
    """A socketserver that serves from a thread of its own for the length of a `with`."""

    def __enter__(self):
        threading.Thread(target=self.serve_forever, args=(POLL_SECONDS,), daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.shutdown()
        self.server_close()


class SmtpSink(ServedInBackground, socketserver.ThreadingTCPServer):
    """A mail server on 127.0.0.1 that accepts every message and keeps it in `messages`."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, ports):
        self.messages = []
        for port in ports:
            try:
                super().__init__(("127.0.0.1", port), SmtpConversation)
                break
            except OSError:
                continue
        else:
            raise RuntimeError(f"no free port in {ports.start}-{ports.stop - 1}")
        self.address = self.server_address


class SmtpConversation(socketserver.StreamRequestHandler):
    """The few SMTP commands Django's backend sends (RFC 5321), each answered with success."""

    REPLIES = {
        b"EHLO": b"250 sink",
        b"HELO": b"250 sink",
        b"MAIL": b"250 OK",
        b"RCPT": b"250 OK",
        b"RSET": b"250 OK",
        b"NOOP": b"250 OK",
    }

    def reply(self, line):
        self.wfile.write(line + b"\r\n")

    def handle(self):
        self.reply(b"220 sink ready")
        for line in self.rfile:
            command = line[:4].upper()
            if command == b"DATA":
                self.reply(b"354 end with <CRLF>.<CRLF>")
                message = b"".join(iter(self.rfile.readline, b".\r\n"))
                self.server.messages.append(message.decode("utf-8", "replace"))
                self.reply(b"250 queued")
            elif command == b"QUIT":
                self.reply(b"221 bye")
                return
            else:
                self.reply(self.REPLIES.get(command, b"502 not implemented"))


class WeatherStub(ServedInBackground, http.server.ThreadingHTTPServer):
    """Open-Meteo's forecast API as the dateline asks it, always the same fine day."""

    daemon_threads = True
    ANSWER = {
        "current": {
            "temperature_2m": 14.5,
            "relative_humidity_2m": 60,
            "weather_code": 1,
            "wind_speed_10m": 9.0,
        }
    }

    def __init__(self):
        super().__init__(("127.0.0.1", 0), WeatherAnswer)
        self.address = self.server_address


class WeatherAnswer(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps(WeatherStub.ANSWER).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        """Quiet: the benchmark asks it every round."""
