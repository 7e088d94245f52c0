"""Read API benchmark: the article and listing endpoints beside the pages they mirror,
on the same server, database and modes as bench/pages.py.

    python -m bench.api [--sizes 1000 10000] [--duration 10]

For each size it measures an article and a section's listing as pages and as API answers,
cached (anonymous, from the page cache) and uncached (the page cache off), against the
constant view, and writes bench/results/api.json.
"""

import argparse
import http.client
import json
import os
import re

from bench.pages import CONSTANT, PORT, ROOT, TARGETS, Server, environment, fetch, prepare, wrk

ANONYMOUS_LIMIT = str(10**9)  # wrk is one address; the limit is not what is measured
API_MODES = ("cached", "uncached")


def api_targets():
    """The API addresses of the article and section bench/pages.py measures."""
    found = {}
    for name in ("article", "section"):
        # `find/` answers with a redirect to the page's detail address; its id is enough.
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        connection.request("GET", f"/api/v2/pages/find/?html_path={TARGETS[name]}")
        location = connection.getresponse().getheader("Location")
        connection.close()
        found[name] = int(re.search(r"/pages/(\d+)/", location).group(1))
    return {
        "API article": f"/api/v2/articles/{found['article']}/",
        "API listing": f"/api/v2/articles/?section={found['section']}",
        "API front page": "/api/v2/front-page/",
    }


def measure(size, duration):
    results = {}
    for mode in API_MODES:
        env = {**environment(size, mode), "API_ANONYMOUS_REQUESTS_PER_MINUTE": ANONYMOUS_LIMIT}
        with Server(env):
            paths = {
                "article": TARGETS["article"],
                "section": TARGETS["section"],
                **api_targets(),
            }
            for path in paths.values():
                fetch(path)  # renders once: renditions exist, and what may be cached is
            if mode == "cached":
                results["our constant"] = wrk(CONSTANT, duration)
            for name, path in paths.items():
                results[f"{name} ({mode})"] = wrk(path, duration)
    return results


def report(size, results):
    """Each figure against the project's constant view, pages and API answers side by side."""
    limit = results["our constant"]
    print(f"\n{size} articles")
    print(f"{'target':<28}{'req/s':>9}{'of limit':>10}{'p50 ms':>9}{'p99 ms':>9}")
    for name, figures in results.items():
        share = figures["rps"] / limit["rps"]
        print(
            f"{name:<28}{figures['rps']:>9.0f}{share:>9.1%}"
            f"{figures['p50_ms']:>9.2f}{figures['p99_ms']:>9.2f}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--duration", type=int, default=10, help="seconds per target")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the databases")
    args = parser.parse_args()
    results = {}
    for size in args.sizes:
        prepare(size, args.rebuild)
        results[size] = measure(size, args.duration)
        report(size, results[size])
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "api.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
