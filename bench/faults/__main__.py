"""Readers and an editor while each dependency fails: `make bench-faults`.

    python -m bench.faults [--duration 8] [--wrk-duration 30] [--articles 40]

It runs the site (bench/faults/site.py) and warms the page cache; then, for each of
PostgreSQL, Redis, the mail server and the weather provider hung, slowed and refused in
turn, cached pages are read alone for a few seconds, then beside readers of uncached pages
and of searches while an editor publishes a story, a reader signs up for the newsletter
and the weather job runs. It reports p50/p99 and errors against the targets of the
README's "Running through failures", then wrk on the cached front page with no fault,
with the shipped recycling and with it ten times as often.
"""

import argparse
import contextlib
import json
import math
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

from bench.faults import SITE_PORTS
from bench.faults.site import EDITOR, FaultySite
from bench.pages import milliseconds
from bench.scale import ROOT, AppServer, ask_to_publish, free_port, manage, sign_in

# Hang first, while the site's connections are open: a refusal would close them, and a hang
# that meets only new connections is the milder case (the connect timeout ends it).
FAULTS = ("hang", "slow", "refuse")
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
