"""Run by the resilience tests in a process of its own, whose only database is the one
DATABASE_URL names (a refused port or a hung server): asks the site for a page and prints
what a reader got, as JSON.

    python -m tests.resilience.db_probe PATH [--stale]

--stale first puts an older copy of PATH in the page cache, as an earlier render would have.
"""

import json
import os
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.test import Client, override_settings  # noqa: E402

from freshness import versions  # noqa: E402
from freshness.middleware import response_key  # noqa: E402


def main(path, stale):
    with override_settings(PAGE_CACHE_ENABLED=stale):
        if stale:
            tags = [versions.SITE, versions.path_tag(path)]
            versions.cache().set(
                response_key("testserver", path, ""),
                {
                    "versions": versions.current(tags),
                    "status": 200,
                    "headers": {"Content-Type": "text/html; charset=utf-8"},
                    "content": b"<h1>Earlier copy of the front page</h1>",
                },
            )
            versions.renew([versions.SITE])
        started = time.monotonic()
        response = Client(raise_request_exception=False).get(path)
        elapsed = time.monotonic() - started
    print(
        json.dumps(
            {
                "status": response.status_code,
                "retry_after": response.get("Retry-After"),
                "x_cache": response.get("X-Cache"),
                "content": response.content.decode(),
                "seconds": elapsed,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1], "--stale" in sys.argv[2:])
