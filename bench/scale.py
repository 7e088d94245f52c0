"""Scaling out: the page benchmark with one app server and with two (each one gunicorn
worker) over the same PostgreSQL and Redis, and the time a publish on one takes to show on
the other.

    python -m bench.scale [--duration 10] [--articles 300]

It starts its own PostgreSQL primary on a spare port (tests/scaling/postgres.py), builds a
synthetic newsroom in it (bench/newsroom.py), uses Redis database REDIS_DB (6 by default)
and runs gunicorn with the production settings (bench/settings.py) on two ports. wrk drives
the front page, a section and an article, served from the shared page cache and rendered
(PAGE_CACHE_ENABLED off), against one server and then against both at once; then an
editor's bulk publish on server A is timed until server B serves the new headline.
"""

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
# Generous: the machines that run the tests and the benchmark are often busy.
READ_TIMEOUT = 60
TARGETS = {"front page": "/", "section": "/politics/", "article": "/politics/story-1/"}


def free_port(first=8200, last=8299):
    """The first port in the range nothing listens on, else one the system picks."""
    for port in range(first, last + 1):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(database_url, redis_url, **extra):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.scale_settings",
        "DJANGO_SECRET_KEY": "bench-only-" + "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "GUNICORN_WORKERS": "1",
        "GUNICORN_ACCESS_LOG": "",
        "GUNICORN_MAX_REQUESTS": "0",
        "GUNICORN_TIMEOUT": "120",
        "STAFF_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS": "false",
        "STAFF_TWO_FACTOR_REQUIRED_GROUPS": "Nobody",
        "PYTHONPATH": str(ROOT),
        **extra,
    }


def manage(env, *args, capture=False):
    finished = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=capture,
        text=True,
        timeout=900,
    )
    return finished.stdout


class AppServer:
    """One gunicorn (config/gunicorn.py) on a port of its own; its output goes to `log`
    (a file) when given."""

    def __init__(self, env, port=None, log=None):
        self.port = port or free_port()
        self.log = log
        self.env = {**env, "GUNICORN_BIND": f"127.0.0.1:{self.port}"}
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        gunicorn = Path(PYTHON).with_name("gunicorn")
        self.process = subprocess.Popen(
            [str(gunicorn), "-c", "config/gunicorn.py"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=self.log,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return self
            except OSError:
                time.sleep(0.2)
        self.process.kill()
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)


def wrk(urls, duration):
    """Requests per second over all `urls` at once, each driven by its own wrk."""
    results = []

    def drive(url):
        output = subprocess.run(
            ["wrk", "-t1", "-c4", f"-d{duration}s", "--timeout", "10s", url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
        if errors:
            raise RuntimeError(f"{url}: {errors.group(1)} error responses\n{output}")
        results.append(float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)))

    threads = [threading.Thread(target=drive, args=(url,)) for url in urls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(results)


def sign_in(server, username, password):
    """An admin session on `server`, through its sign-in form."""
    session = requests.Session()
    session.get(f"{server.url}/admin/login/", timeout=READ_TIMEOUT)
    response = session.post(
        f"{server.url}/admin/login/",
        data={
            "username": username,
            "password": password,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        headers={"Referer": f"{server.url}/admin/login/"},
        timeout=READ_TIMEOUT,
    )
    response.raise_for_status()
    if "sessionid" not in session.cookies:
        raise RuntimeError("the sign-in failed")
    return session


def ask_to_publish(server, session, page_id, timeout=READ_TIMEOUT):
    """The answer to publishing the page's latest revision as an editor does from a
    listing, on `server`: a redirect when it is published."""
    address = f"{server.url}/admin/bulk/wagtailcore/page/publish/?id={page_id}&next=/admin/"
    return session.post(
        address,
        data={"csrfmiddlewaretoken": session.cookies["csrftoken"]},
        headers={"Referer": address},
        timeout=timeout,
        allow_redirects=False,
    )


def bulk_publish(server, session, page_id):
    """Publish the page's latest revision, on `server`."""
    response = ask_to_publish(server, session, page_id)
    if response.status_code != 302:
        raise RuntimeError(f"the publish answered {response.status_code}")


def draft_headline(env, page_id, title):
    code = (
        "from news.models import ArticlePage; "
        f"page = ArticlePage.objects.get(pk={page_id}); page.title = {title!r}; "
        "page.save_revision()"
    )
    manage(env, "shell", "-v0", "-c", code)


def time_to_show(server_a, server_b, session, env, page_id, path, rounds):
    """Seconds from sending a publish to server A until server B serves its headline."""
    timings = []
    for round_number in range(rounds):
        title = f"Harbour wall reopens, edition {round_number}"
        draft_headline(env, page_id, title)
        requests.get(
            f"{server_b.url}{path}", timeout=READ_TIMEOUT
        )  # B holds the old page in the cache
        started = time.monotonic()
        bulk_publish(server_a, session, page_id)
        while title not in requests.get(f"{server_b.url}{path}", timeout=READ_TIMEOUT).text:
            if time.monotonic() - started > 30:
                raise RuntimeError("the publish never showed on server B")
        timings.append(time.monotonic() - started)
    return timings


def build(env, articles):
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "shell", "-c", f"from bench.newsroom import build; build({articles})")
    code = (
        "from django.contrib.auth import get_user_model; "
        "get_user_model().objects.create_superuser('bench-editor', 'e@example.com', "
        "'bench-editor-password')"
    )
    manage(env, "shell", "-c", code)
    code = (
        "from news.models import ArticlePage; "
        "print(ArticlePage.objects.get(url_path__endswith='/politics/story-1/').pk)"
    )
    return int(manage(env, "shell", "-c", code, capture=True).split()[-1])


def main():
    from tests.scaling.postgres import Cluster, server_binaries

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--publish-rounds", type=int, default=5)
    parser.add_argument("--redis-db", type=int, default=int(os.environ.get("REDIS_DB", 6)))
    args = parser.parse_args()

    redis_url = f"redis://127.0.0.1:6379/{args.redis_db}"
    subprocess.run(["redis-cli", "-n", str(args.redis_db), "FLUSHDB"], check=True)
    cluster = Cluster(server_binaries()).start()
    results = {}
    try:
        base = environment(cluster.primary_url, redis_url, STATIC_ROOT=tempfile.mkdtemp())
        page_id = build(base, args.articles)
        for mode, page_cache in (("cached", "true"), ("rendered", "false")):
            env = {**base, "PAGE_CACHE_ENABLED": page_cache}
            with AppServer(env) as server_a, AppServer(env) as server_b:
                # The first renders make the renditions and fill the caches.
                for path in TARGETS.values():
                    requests.get(f"{server_a.url}{path}", timeout=300)
                    requests.get(f"{server_b.url}{path}", timeout=300)
                for name, path in TARGETS.items():
                    one = wrk([f"{server_a.url}{path}"], args.duration)
                    two = wrk([f"{server_a.url}{path}", f"{server_b.url}{path}"], args.duration)
                    results[f"{name} ({mode})"] = {"one server": one, "two servers": two}
                    print(f"{name} ({mode}): {one:.0f} -> {two:.0f} req/s ({two / one:.2f}x)")
                if mode == "cached":
                    session = sign_in(server_a, "bench-editor", "bench-editor-password")
                    timings = time_to_show(
                        server_a, server_b, session, base, page_id, "/politics/story-1/",
                        args.publish_rounds,
                    )  # fmt: skip
                    results["publish on A shown on B (s)"] = timings
                    print("publish on A shown on B: " + ", ".join(f"{t:.3f}" for t in timings))
    finally:
        cluster.stop()
        subprocess.run(["redis-cli", "-n", str(args.redis_db), "FLUSHDB"], check=True)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "scale.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
