"""Read API benchmark: the article and listing endpoints beside the pages they mirror,
on the same server, database and modes as bench/pages.py.

    python -m bench.api [--sizes 1000 10000] [--duration 10]

For each size it measures an article and a section's listing as pages and as API answers,
cached (anonymous, from the page cache) and uncached (the page cache off), against the
constant view, and writes bench/results/api.json.
"""

import argparse
import json
import os
import urllib.request

from bench.pages import PORT, ROOT, TARGETS, Server, environment, fetch, prepare, report, wrk

ANONYMOUS_LIMIT = str(10**9)  # wrk is one address; the limit is not what is measured
API_MODES = ("cached", "uncached")


def api_targets():
    """The API addresses of the article and section bench/pages.py measures."""
    found = {}
    for name in ("article", "section"):
        find = f"http://127.0.0.1:{PORT}/api/v2/pages/find/?html_path={TARGETS[name]}"
        with urllib.request.urlopen(find, timeout=30) as response:
            found[name] = json.loads(response.read())["id"]
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
                results["constant"] = wrk("/__constant__/", duration)
            for name, path in paths.items():
                results[f"{name} ({mode})"] = wrk(path, duration)
    return results


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
