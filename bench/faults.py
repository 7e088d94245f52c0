"""Fault injection: the site under the production settings with each dependency behind a
proxy that passes its traffic, refuses, hangs or slows it, switched while the site runs.

    python -m bench.faults [--duration 8] [--articles 40]

`FaultProxy` is a TCP proxy on 127.0.0.1 in front of a real upstream. `SmtpSink` and
`WeatherStub` stand in for the mail server and the weather provider. `FaultySite` runs
gunicorn (config/gunicorn.py, 2 workers, the shipped recycling) on a PostgreSQL database
of its own and Redis database 9, each of PostgreSQL, Redis, SMTP and the weather provider
through its own proxy; the tests in tests/resilience and this benchmark drive it.

The benchmark warms the page cache, then for each dependency in each failure mode has
readers ask for cached pages, uncached pages and a search for a few seconds, an editor
publish a story, and reports p50/p99 and errors against the targets of the README's
"Running through failures"; then wrk on the cached front page with no fault, with the
shipped recycling and with it ten times as often.
"""

import argparse
import contextlib
import http.server
import json
import math
import re
import select
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psycopg
import redis
import requests

from bench.pages import milliseconds
from bench.scale import (
    ROOT,
    AppServer,
    ask_to_publish,
    draft_headline,
    environment,
    free_port,
    manage,
    sign_in,
)

MODES = ("pass", "refuse", "hang", "slow")
# Hang first, while the site's connections are open: a refusal would close them, and a hang
# that meets only new connections is the milder case (the connect timeout ends it).
FAULTS = ("hang", "slow", "refuse")
# How long a connection thread waits on its sockets before it looks at the mode again.
POLL_SECONDS = 0.05
CHUNK = 65536
POSTGRES = ("127.0.0.1", 5432)
REDIS = ("127.0.0.1", 6379)
REDIS_DB = 9
# This harness's ports: a site (its proxies, sinks and gunicorn) takes SITE_PORTS, or one
# 25-port slice of them per test process; proxies the tests start on their own take
# PROXY_PORTS, so that they never take the port a site's gunicorn is about to bind.
SITE_PORTS = range(8400, 8450)
PROXY_PORTS = range(8450, 8500)
EDITOR = ("fault-editor", "fault-editor-password")


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


class SmtpSink(socketserver.ThreadingTCPServer):
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

    def __enter__(self):
        threading.Thread(target=self.serve_forever, args=(POLL_SECONDS,), daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.shutdown()
        self.server_close()


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


class WeatherStub(http.server.ThreadingHTTPServer):
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

    def __enter__(self):
        threading.Thread(target=self.serve_forever, args=(POLL_SECONDS,), daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.shutdown()
        self.server_close()


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


class FaultySite:
    """The site under gunicorn with the production settings, on a PostgreSQL database
    `name` of its own, each dependency through its own `FaultProxy` (self.proxies)."""

    def __init__(self, name, ports, articles=30, log=None, **settings):
        self.name = name
        self.ports = ports
        self.articles = articles
        self.log = log
        self.settings = settings
        self.stack = contextlib.ExitStack()

    def __enter__(self):
        stack = self.stack
        try:
            self.smtp = stack.enter_context(SmtpSink(self.ports))
            weather = stack.enter_context(WeatherStub())
            self.proxies = {
                name: stack.enter_context(FaultProxy(upstream, self.ports))
                for name, upstream in (
                    ("database", POSTGRES),
                    ("redis", REDIS),
                    ("smtp", self.smtp.address),
                    ("weather", weather.address),
                )
            }
            workdir = stack.enter_context(tempfile.TemporaryDirectory(prefix=f"{self.name}-"))
            # The harness sets the site up and writes the editor's drafts directly; the
            # site, its task worker and its scheduled jobs go through the proxies.
            self.direct = self.environment(workdir, through_proxies=False)
            self.env = self.environment(workdir, through_proxies=True)
            create_database(self.name)
            stack.callback(drop_database, self.name)
            stack.callback(self.forget_cache)
            self.story_id = build(self.direct, self.articles)
            port = free_port(self.ports.start, self.ports.stop - 1)
            self.server = stack.enter_context(AppServer(self.env, port=port, log=self.log))
            self.url = self.server.url
        except BaseException:
            stack.close()
            raise
        return self

    def __exit__(self, *exc):
        self.stack.close()

    def environment(self, workdir, through_proxies):
        def address(name, upstream):
            return self.proxies[name].address if through_proxies else upstream

        database_host, database_port = address("database", POSTGRES)
        redis_host, redis_port = address("redis", REDIS)
        smtp_host, smtp_port = address("smtp", self.smtp.address)
        weather_host, weather_port = self.proxies["weather"].address
        env = environment(
            f"postgres://postgres@{database_host}:{database_port}/{self.name}",
            f"redis://{redis_host}:{redis_port}/{REDIS_DB}",
            DJANGO_SETTINGS_MODULE="bench.faults_settings",
            CACHE_KEY_PREFIX=self.name,
            STATIC_ROOT=str(Path(workdir) / "static"),
            MEDIA_ROOT=str(Path(workdir) / "media"),
            GUNICORN_WORKERS="2",
            DJANGO_EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST=smtp_host,
            EMAIL_PORT=str(smtp_port),
            EMAIL_TIMEOUT="1",
            WEATHER_URL=f"http://{weather_host}:{weather_port}/v1/forecast",
            TASK_RETRY_DELAY="1",
            TASK_RETRY_MAX_DELAY="1",
            **self.settings,
        )
        # The gunicorn configuration as shipped: its recycling and its worker timeout.
        for name in ("GUNICORN_MAX_REQUESTS", "GUNICORN_TIMEOUT"):
            if name not in self.settings:
                env.pop(name)
        return env

    @contextlib.contextmanager
    def fault(self, dependency, mode):
        """`with site.fault("redis", "hang"):` the dependency fails until the block ends."""
        proxy = self.proxies[dependency]
        proxy.set_mode(mode)
        try:
            yield proxy
        finally:
            proxy.set_mode("pass")

    def wait_until_ready(self, limit=60, in_a_row=4):
        """Seconds until readiness answers again after a fault, `in_a_row` times so that
        every worker has (each keeps its own breakers, which stay open a few seconds)."""
        started = time.monotonic()
        ready = 0
        while ready < in_a_row:
            if time.monotonic() - started > limit:
                raise RuntimeError(f"the site was not ready {limit} s after the fault ended")
            try:
                answer = requests.get(f"{self.url}/healthz/ready", timeout=5).status_code
            except requests.RequestException:
                answer = None
            ready = ready + 1 if answer == 200 else 0
            time.sleep(0.1 if answer == 200 else 0.2)
        return time.monotonic() - started

    def run_tasks(self):
        """What the task worker does with the queue as it stands, then it stops."""
        manage(self.env, "db_worker", "--batch", "--no-startup-delay", capture=True)

    def query(self, sql, *params):
        with psycopg.connect(database_url(self.name), autocommit=True) as connection:
            return connection.execute(sql, params).fetchall()

    def forget_cache(self):
        client = redis.Redis(*REDIS, db=REDIS_DB)
        for key in client.scan_iter(match=f"{self.name}:*", count=1000):
            client.delete(key)
        client.close()

    def draft(self, title):
        """A new draft revision of the editor's story, with this headline."""
        draft_headline(self.direct, self.story_id, title)

    def story_titles(self):
        """The story's live headline and its latest revision's (None before the first)."""
        ((live,),) = self.query("SELECT title FROM wagtailcore_page WHERE id = %s", self.story_id)
        latest = self.query(
            "SELECT r.content->>'title' FROM wagtailcore_revision r "
            "JOIN django_content_type t ON t.id = r.base_content_type_id "
            "WHERE t.app_label = 'wagtailcore' AND t.model = 'page' AND r.object_id = %s "
            "ORDER BY r.id DESC LIMIT 1",
            str(self.story_id),
        )
        return live, latest[0][0] if latest else None

    def sign_up(self, email):
        """A reader's newsletter sign-up from the footer form, as the browser posts it."""
        return requests.post(
            f"{self.url}/subscribe/",
            data={"email": email, "consent": "on"},
            headers={"Origin": self.url},
            allow_redirects=False,
            timeout=30,
        )


def database_url(name):
    host, port = POSTGRES
    return f"postgres://postgres@{host}:{port}/{name}"


def create_database(name):
    with psycopg.connect(database_url("postgres"), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def drop_database(name):
    with psycopg.connect(database_url("postgres"), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def build(env, articles):
    """A migrated synthetic newsroom with an editor; the id of the story the editor edits."""
    manage(env, "migrate", "--no-input", "-v0")
    code = (
        "from django.contrib.auth import get_user_model; "
        "from bench.newsroom import build; "
        "from news.models import ArticlePage; "
        f"build({articles}); "
        f"get_user_model().objects.create_superuser({EDITOR[0]!r}, 'e@example.com', "
        f"{EDITOR[1]!r}); "
        "print(ArticlePage.objects.get(url_path__endswith='/politics/story-1/').pk)"
    )
    return int(manage(env, "shell", "-c", code, capture=True).split()[-1])


CACHED = ["/", "/politics/", "/politics/story-1/", "/authors/reporter-1/"]
# Readers per kind, all at once: a busy hour's mix of cached pages and the rest.
READERS = {"cached": 4, "uncached": 1, "search": 1}
# Cached pages are read alone this long, before the other readers join them.
ALONE_SECONDS = 3
# Redis's target holds "after the first few seconds": the breaker's first timeouts.
SETTLE_SECONDS = 3
CLIENT_TIMEOUT = 10


def reader_url(site, kind, number):
    """Cached pages in turn; an article or a search nobody asked for yet, each time."""
    if kind == "cached":
        return site.url + CACHED[number % len(CACHED)]
    tag = f"{time.monotonic_ns()}-{threading.get_ident()}-{number}"
    if kind == "uncached":
        return f"{site.url}/politics/story-1/?reader={tag}"
    return f"{site.url}/search/?q=harbour+council+{tag}"


def read(site, kind, stop, samples):
    """One reader asking for pages of `kind` until `stop`: (started, seconds, status)."""
    session = requests.Session()
    number = 0
    while not stop.is_set():
        started = time.monotonic()
        try:
            status = session.get(
                reader_url(site, kind, number), timeout=CLIENT_TIMEOUT, allow_redirects=False
            ).status_code
        except requests.RequestException:
            status = None
        samples.append((started, time.monotonic() - started, status))
        number += 1


def summarise(samples, began):
    def percentile(seconds, share):
        if not seconds:
            return float("nan")
        ordered = sorted(seconds)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000

    everything = [seconds for _, seconds, _ in samples]
    settled = [seconds for started, seconds, _ in samples if started - began >= SETTLE_SECONDS]
    statuses = [status for _, _, status in samples]
    return {
        "requests": len(samples),
        "p50_ms": percentile(everything, 0.5),
        "p99_ms": percentile(everything, 0.99),
        "p99_settled_ms": percentile(settled, 0.99),
        "max_ms": max(everything, default=0) * 1000,
        "unavailable": statuses.count(503),
        # A timeout, a refused connection or any 5xx but the 503 that says "come back".
        "errors": sum(
            1 for status in statuses if status is None or (status >= 500 and status != 503)
        ),
    }


class Readers:
    """Reader threads asking for pages of their kind until the block ends."""

    def __init__(self, site, counts):
        self.samples = {kind: [] for kind in counts}
        self.stop = threading.Event()
        self.threads = [
            threading.Thread(target=read, args=(site, kind, self.stop, self.samples[kind]))
            for kind, count in counts.items()
            for _ in range(count)
        ]

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join()


def measure_case(site, session, dependency, mode, duration):
    """Cached pages read alone, then every kind of reader, an editor's publish, a sign-up
    and the weather job, while one dependency fails."""
    title = f"Harbour wall reopens ({dependency} {mode})"
    site.draft(title)
    with site.fault(dependency, mode) if dependency else contextlib.nullcontext():
        began = time.monotonic()
        with Readers(site, {"cached": READERS["cached"]}) as alone:
            time.sleep(ALONE_SECONDS)
        with Readers(site, READERS) as readers:
            time.sleep(duration / 2)
            outcome = {
                "publish": timed(
                    lambda: ask_to_publish(site.server, session, site.story_id, 30).status_code
                ),
                "sign-up": timed(
                    lambda: site.sign_up(f"reader-{dependency}-{mode}@example.com").status_code
                ),
                "weather": timed(
                    lambda: manage(site.env, "refresh_weather", capture=True) and "ok"
                ),
            }
            time.sleep(max(0, began + ALONE_SECONDS + duration - time.monotonic()))
    recovered = site.wait_until_ready()
    live, latest = site.story_titles()
    figures = {kind: summarise(found, began) for kind, found in readers.samples.items()}
    return (
        figures
        | {
            "cached alone": summarise(alone.samples["cached"], began),
            "published": live == title,
            "revision kept": latest == title,
            "recovery seconds": recovered,
        }
        | outcome
    )


def timed(action):
    started = time.monotonic()
    try:
        result = action()
    except (requests.RequestException, subprocess.CalledProcessError) as error:
        result = type(error).__name__
    return {"result": result, "seconds": time.monotonic() - started}


def wrk_front_page(url, duration):
    """wrk -t2 -c16 on the cached front page: p99 and timeouts, as the issue measured it."""
    output = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{duration}s", "--timeout", "2s", "--latency", f"{url}/"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    timeouts = re.search(r"timeout (\d+)", output)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": milliseconds(re.search(r"50%\s+([\d.]+\w+)", output).group(1)),
        "p99_ms": milliseconds(re.search(r"99%\s+([\d.]+\w+)", output).group(1)),
        "timeouts": int(timeouts.group(1)) if timeouts else 0,
        "errors": int(errors.group(1)) if errors else 0,
    }


def restarts(log_path):
    return Path(log_path).read_text().count("Autorestarting worker")


def recycling_under_load(site, duration, ports, workdir):
    """The front page under wrk with the shipped recycling, then with the same shape ten
    times as often (every 2,000 requests, jittered by 1,000), so that workers do recycle."""
    results = {}
    for label, settings in (
        ("shipped recycling", {}),
        (
            "recycling 2,000 + 1,000",
            {"GUNICORN_MAX_REQUESTS": "2000", "GUNICORN_MAX_REQUESTS_JITTER": "1000"},
        ),
    ):
        log_path = Path(workdir) / f"wrk-{len(results)}.log"
        with (
            open(log_path, "w") as log,
            AppServer(
                {**site.env, **settings}, port=free_port(ports.start, ports.stop - 1), log=log
            ) as server,
        ):
            for _ in range(3):
                requests.get(f"{server.url}/", timeout=CLIENT_TIMEOUT)
            results[label] = wrk_front_page(server.url, duration) | {"restarts": restarts(log_path)}
    return results


def report(cases, recycling):
    print(
        f"{'failure':<16}{'readers':<14}{'requests':>9}{'p50 ms':>8}{'p99 ms':>8}"
        f"{'p99 >3s':>8}{'max ms':>8}{'503':>6}{'errors':>7}"
    )
    for (dependency, mode), case in cases.items():
        for kind in ("cached alone", *READERS):
            figures = case[kind]
            print(
                f"{dependency + ' ' + mode:<16}{kind:<14}{figures['requests']:>9}"
                f"{figures['p50_ms']:>8.0f}{figures['p99_ms']:>8.0f}"
                f"{settled(figures['p99_settled_ms']):>8}{figures['max_ms']:>8.0f}"
                f"{figures['unavailable']:>6}{figures['errors']:>7}"
            )
    print(f"\n{'failure':<16}{'publish':<28}{'sign-up':<14}{'weather job*':<12}{'ready again':>12}")
    for (dependency, mode), case in cases.items():
        publish, sign_up = case["publish"], case["sign-up"]
        if case["published"]:
            revision = "published"
        else:
            revision = "draft kept" if case["revision kept"] else "DRAFT LOST"
        print(
            f"{dependency + ' ' + mode:<16}"
            f"{publish['result']!s:>4} {publish['seconds']:>5.1f} s {revision:<16}"
            f"{sign_up['result']!s:>4} {sign_up['seconds']:>5.1f} s  "
            f"{case['weather']['seconds']:>5.1f} s{case['recovery seconds']:>11.1f} s"
        )
    print("* refresh_weather, Django's start-up included")
    print(
        f"\n{'no fault, wrk -t2 -c16':<26}{'req/s':>8}{'p50 ms':>8}{'p99 ms':>8}"
        f"{'timeouts':>9}{'non-2xx':>8}{'restarts':>9}"
    )
    for label, figures in recycling.items():
        print(
            f"{label:<26}{figures['rps']:>8.0f}{figures['p50_ms']:>8.1f}{figures['p99_ms']:>8.1f}"
            f"{figures['timeouts']:>9}{figures['errors']:>8}{figures['restarts']:>9}"
        )
    print("\ntargets")
    for target, met in targets(cases, recycling):
        print(f"  {target}: {'holds' if met else 'MISSED'}")


def settled(milliseconds):
    """The p99 after the first seconds, or a dash when the readers stopped before then."""
    return "-" if math.isnan(milliseconds) else f"{milliseconds:.0f}"


def targets(cases, recycling):
    """Each target of the issue, as measured, and whether it holds."""
    for dependency in ("database", "smtp"):
        case = cases[(dependency, "hang")]
        for kind in ("cached alone", "cached"):
            figures = case[kind]
            beside = "" if kind == "cached alone" else " beside the other readers"
            yield (
                f"{dependency} hung: cached pages{beside} p99 {figures['p99_ms']:.0f} ms, "
                f"{figures['errors']} errors (<= 100 ms, none)",
                figures["p99_ms"] <= 100 and not figures["errors"],
            )
        uncached = case["uncached"]
        yield (
            f"{dependency} hung: uncached slowest {uncached['max_ms']:.0f} ms, "
            f"{uncached['errors']} errors (content or 503 within 2 s)",
            uncached["max_ms"] <= 2000 and not uncached["errors"],
        )
    redis = cases[("redis", "hang")]
    worst = max(redis[kind]["p99_settled_ms"] for kind in READERS)
    errors = sum(redis[kind]["errors"] + redis[kind]["unavailable"] for kind in READERS)
    yield (
        f"redis hung, after {SETTLE_SECONDS} s: worst p99 {worst:.0f} ms, {errors} errors"
        " (<= 1 s, none)",
        worst <= 1000 and not errors,
    )
    lost = [
        name for name, case in cases.items() if not (case["published"] or case["revision kept"])
    ]
    yield f"editor's revision kept in every case (lost: {len(lost)})", not lost
    for label, figures in recycling.items():
        yield (
            f"no fault, {label}: p99 {figures['p99_ms']:.1f} ms, {figures['timeouts']} timeouts"
            " (<= 50 ms, none)",
            figures["p99_ms"] <= 50 and not figures["timeouts"],
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=8, help="seconds per failure")
    parser.add_argument("--wrk-duration", type=int, default=30)
    parser.add_argument("--articles", type=int, default=40)
    args = parser.parse_args()
    ports = SITE_PORTS
    with tempfile.TemporaryDirectory(prefix="lp-faults-") as workdir:
        log_path = Path(workdir) / "gunicorn.log"
        with (
            open(log_path, "w") as log,
            FaultySite("lp_faults_bench", ports, args.articles, log=log) as site,
        ):
            for _ in range(2):
                for path in CACHED:
                    requests.get(site.url + path, timeout=60)
            session = sign_in(site.server, *EDITOR)
            cases = {("", "none"): measure_case(site, session, "", "none", args.duration)}
            for dependency in site.proxies:
                for mode in FAULTS:
                    cases[(dependency, mode)] = measure_case(
                        site, session, dependency, mode, args.duration
                    )
                    print(f"{dependency} {mode}: done", file=sys.stderr, flush=True)
            site.run_tasks()
            signed_up = {
                email for (email,) in site.query("SELECT email FROM subscriptions_subscriber")
            }
            mailed = sum(1 for message in site.smtp.messages if "reader-" in message)
            recycling = recycling_under_load(site, args.wrk_duration, ports, workdir)
        report(cases, recycling)
        print(f"\nsign-ups stored: {len(signed_up)}; confirmation e-mails delivered: {mailed}")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "faults.json").write_text(
        json.dumps(
            {f"{d or 'none'} {m}": case for (d, m), case in cases.items()}
            | {"recycling": recycling},
            indent=2,
            default=str,
        )
    )


if __name__ == "__main__":
    main()
