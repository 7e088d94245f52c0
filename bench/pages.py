"""Page-serving benchmark: gunicorn (2 sync workers, production settings) on 127.0.0.1,
driven by wrk, compared with a constant Django view under the same server.

    python -m bench.pages [--sizes 1000 10000] [--duration 10]

For each size it builds a synthetic newsroom in its own SQLite file, then measures the
front page, a section, an article and an author page in three modes, and a search,
printing requests/s, p50 and p99 latency and the workers' memory after the run. The limit
every figure is set against is a constant view served by a stock Django project
(bench/stock_settings.py: `startproject`'s middleware) under the same server; the same view
behind the project's middleware is measured beside it. The modes:

- cached: served from the page cache, as anonymous readers get them;
- uncached: the page cache off, page fragments cached ({% pagefragment %}), as signed-in
  readers get them;
- full render: both off, as the first reader after a publish gets them.

An article's address is also measured answered as soon as Wagtail has routed it, nothing
rendered (bench/routed/): the floor under any uncached page.

Cached pages are measured again while bench/publisher.py publishes a story every 3 s, and
their p99 is set against the p99 at rest.

It also times each page rendered in process (bench/render_times.py) in the last two
modes, alternating between the sizes for several rounds and keeping each page's best
median, so that a busy moment on a shared machine does not pass for a slower archive.
"""

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import redis

from bench.scale import AppServer

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PORT = 8765
TARGETS = {
    "front page": "/",
    "section": "/politics/",
    "article": "/politics/story-1/",
    "author": "/authors/reporter-3/",
}
SEARCH = "/search/?q=harbour+council"
# The article's address answered once Wagtail has routed it, nothing rendered
# (bench/routed/): the floor under any uncached page.
ROUTED = TARGETS["article"] + "?routed"
UNMODED = ("search", "article, routed only")
CONSTANT = "/__constant__/"
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")


# mode: (page cache, page fragments)
MODES = {"cached": (True, True), "uncached": (False, True), "full render": (False, False)}


def environment(size, mode="cached"):
    page_cache, fragments = MODES[mode]
    workdir = Path(tempfile.gettempdir()) / f"lordspress-bench-{size}"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_SECRET_KEY": "bench-only-" + "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{workdir}/db.sqlite3",
        "MEDIA_ROOT": str(workdir / "media"),
        # The production profile's shared cache: its atomic `add` is what lets one
        # request render a renewed page while the others are served the copy it replaces.
        "REDIS_URL": REDIS_URL,
        "STATIC_ROOT": str(workdir / "static"),
        "PAGE_CACHE_ENABLED": str(page_cache).lower(),
        "PAGE_FRAGMENTS_ENABLED": str(fragments).lower(),
        "GUNICORN_BIND": f"127.0.0.1:{PORT}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_ACCESS_LOG": "",
        "PYTHONPATH": str(ROOT),
    }


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def prepare(size, rebuild):
    env = environment(size)
    database = Path(env["DATABASE_URL"].removeprefix("sqlite:///"))
    database.parent.mkdir(parents=True, exist_ok=True)
    if rebuild and database.exists():
        database.unlink()
    built = database.exists()
    # Every run: a database built before a new migration must gain its columns.
    manage(env, "migrate", "--no-input", "-v0")
    if not built:
        started = time.monotonic()
        code = f"from bench.newsroom import build; build({size})"
        manage(env, "shell", "-c", code)
        print(f"built {size} articles in {time.monotonic() - started:.0f} s", flush=True)
    manage(env, "collectstatic", "--no-input", "-v0")
    # Pages and sitewide values cached by an earlier run may describe another database.
    redis.Redis.from_url(REDIS_URL, socket_timeout=5).flushdb()


class Server(AppServer):
    """The benchmark's gunicorn, on PORT, which reports its workers' memory."""

    def __init__(self, env):
        super().__init__(env, port=PORT)

    def worker_rss_mb(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        sizes = []
        for pid in children.read_text().split():
            status = Path(f"/proc/{pid}/status").read_text()
            sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
        return max(sizes)


def fetch(path):
    with urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=30) as response:
        return response.status


def wrk(path, duration):
    url = f"http://127.0.0.1:{PORT}{path}"
    output = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{duration}s", "--timeout", "10s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        raise RuntimeError(f"{path}: {errors.group(1)} error responses\n{output}")
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": milliseconds(re.search(r"50%\s+([\d.]+\w+)", output).group(1)),
        "p99_ms": milliseconds(re.search(r"99%\s+([\d.]+\w+)", output).group(1)),
    }


def milliseconds(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def measure(size, duration):
    results = {}
    with Server({**environment(size), "DJANGO_SETTINGS_MODULE": "bench.stock_settings"}):
        fetch(CONSTANT)
        results["stock constant"] = wrk(CONSTANT, duration)
    for mode in MODES:
        with Server(environment(size, mode)) as server:
            paths = (
                {**TARGETS, "search": SEARCH, "article, routed only": ROUTED}
                if mode == "uncached"
                else TARGETS
            )
            for path in paths.values():
                fetch(path)  # renders once: renditions exist, and what may be cached is
            if mode == "cached":
                results["our constant"] = wrk(CONSTANT, duration)
            rss_before = server.worker_rss_mb()
            for name, path in paths.items():
                results[name if name in UNMODED else f"{name} ({mode})"] = wrk(path, duration)
            if mode == "cached":
                with Publisher(environment(size, mode)) as publisher:
                    for name, path in TARGETS.items():
                        results[f"{name} (cached, publishing)"] = wrk(path, duration)
                results["stories published"] = {"count": publisher.published}
            results[f"worker RSS MB ({mode} run)"] = {
                "before": round(rss_before, 1),
                "after": round(server.worker_rss_mb(), 1),
            }
    return results


class Publisher:
    """bench/publisher.py running beside the server: a story published every 3 s."""

    def __init__(self, env):
        self.env = env

    def __enter__(self):
        self.process = subprocess.Popen(
            [PYTHON, "-m", "bench.publisher"], cwd=ROOT, env=self.env, stdout=subprocess.PIPE
        )
        return self

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        output, _ = self.process.communicate(timeout=30)
        self.published = int(output.split()[-1]) if output.split() else 0


RENDER_MODES = ("uncached", "full render")


def render_times(size, mode):
    output = subprocess.run(
        [PYTHON, "-m", "bench.render_times"],
        cwd=ROOT,
        env=environment(size, mode),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.splitlines()[-1])


def report(size, results):
    """The figures against the stock constant view, then the targets they must meet."""
    limit = results["stock constant"]
    print(f"\n{size} articles")
    print(f"{'target':<36}{'req/s':>9}{'of limit':>10}{'p50 ms':>9}{'p99 ms':>9}")
    for name, figures in results.items():
        if "count" in figures:
            print(f"{name:<36}{figures['count']:>9}")
        elif "rps" not in figures:
            print(f"{name:<36}{figures['before']:>9} -> {figures['after']}")
        else:
            share = figures["rps"] / limit["rps"]
            print(
                f"{name:<36}{figures['rps']:>9.0f}{share:>9.1%}"
                f"{figures['p50_ms']:>9.2f}{figures['p99_ms']:>9.2f}"
            )
    print("targets")
    for name in TARGETS:
        rest, publishing = results[f"{name} (cached)"], results[f"{name} (cached, publishing)"]
        share = rest["rps"] / limit["rps"]
        ratio = publishing["p99_ms"] / rest["p99_ms"]
        print(
            f"  {name}: cached {share:.0%} of the stock limit (>= 90 %: {verdict(share >= 0.9)}),"
            f" p99 publishing / at rest {ratio:.2f}x (<= 2x: {verdict(ratio <= 2)})"
        )


def verdict(met):
    return "met" if met else "MISSED"


def compare_render_times(sizes, rounds):
    """Each page's best median render time per size and mode, sizes taken in turn."""
    best = {}
    for _ in range(rounds):
        for mode in RENDER_MODES:
            for size in sizes:
                for target, ms in render_times(size, mode).items():
                    key = (mode, target, size)
                    best[key] = min(ms, best.get(key, ms))
    smallest, largest = min(sizes), max(sizes)
    print(f"\nrender ms in process, best of {rounds} rounds: {smallest} -> {largest} articles")
    comparison = {}
    for mode in RENDER_MODES:
        for target in TARGETS:
            name = f"{target} ({mode})"
            comparison[name] = {size: best[(mode, target, size)] for size in sizes}
            before, after = comparison[name][smallest], comparison[name][largest]
            print(f"{name:<26}{before:>9.2f}{after:>9.2f}{after / before - 1:>+9.0%}")
    return comparison


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--duration", type=int, default=10, help="seconds per target")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the databases")
    parser.add_argument("--render-rounds", type=int, default=3, help="rounds of render timing")
    args = parser.parse_args()
    all_results = {}
    for size in args.sizes:
        prepare(size, args.rebuild)
        all_results[size] = measure(size, args.duration)
        report(size, all_results[size])
    all_results["render ms"] = compare_render_times(args.sizes, args.render_rounds)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "pages.json").write_text(json.dumps(all_results, indent=2))


if __name__ == "__main__":
    main()
