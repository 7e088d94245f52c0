"""Read replicas on a real PostgreSQL primary and streaming standby (scaling/replicas.py).

Each scenario runs in tests/scaling/replica_scenarios.py, in a process of its own that
commits for real, so that the standby receives what the primary writes.
"""

import json
import os
import subprocess
import sys

import pytest

from bench.scale import free_port
from tests.scaling.conftest import ROOT

pytestmark = pytest.mark.replica

# Site settings are read with get_or_create, which asks the database it may write to; search
# counts a query in a task that runs at once under the test settings (a queued write in
# production). Nothing else a reader's request reads comes from the primary.
READ_FOR_WRITING = {
    "core_sitesettings",
    "subscriptions_subscriptionsettings",
    "security_analyticstagsources",
    "wagtailsearchpromotions_query",
    "wagtailsearchpromotions_querydailyhits",
}


def from_replica(seen):
    return seen["replica"] > 0 and set(seen["primary_reads"]) <= READ_FOR_WRITING


def from_primary(seen):
    return (
        "wagtailcore_page" in seen["primary_reads"]
        and "wagtailcore_page" not in seen["replica_reads"]
    )


def scenario(cluster, name, replica_url=None, **settings):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": cluster.primary_url,
        "DATABASE_REPLICA_URL": replica_url or cluster.standby_url,
        **{key: str(value) for key, value in settings.items()},
    }
    finished = subprocess.run(
        [sys.executable, "-m", "tests.scaling.replica_scenarios", name],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert finished.returncode == 0, finished.stderr[-4000:]
    return json.loads(finished.stdout.strip().splitlines()[-1])


def test_readers_pages_feeds_sitemaps_and_search_read_from_the_standby(replicated_postgres):
    results = scenario(replicated_postgres, "readers_pages")
    for path, seen in results.items():
        assert seen["status"] == 200, path
        assert from_replica(seen), (path, seen)
        assert "read_primary" not in seen["cookies"], path
    assert "Tide gauge rebuilt" in results["/politics/tide-gauge/"]["body"]
    assert "Tide gauge rebuilt" in results["/search/?q=tide"]["body"]


def test_the_admin_accounts_and_writes_use_the_primary_and_pin_the_writer(replicated_postgres):
    results = scenario(replicated_postgres, "primary_paths")
    for name in ("admin", "account"):
        assert results[name]["status"] == 200, name
        assert results[name]["replica"] == 0, name
        assert results[name]["primary_reads"], name
    # The browser that wrote reads its own write from the primary for a while; others not.
    assert results["post"]["status"] < 500
    assert "read_primary" in results["post"]["cookies"]
    assert results["after post"]["replica"] == 0
    assert from_primary(results["after post"])
    assert from_replica(results["other reader"])


def test_the_task_worker_and_commands_read_from_the_primary(replicated_postgres):
    assert scenario(replicated_postgres, "outside_requests") == {"primary": 1, "replica": 0}


def test_a_publish_the_standby_has_not_replayed_is_read_from_the_primary(replicated_postgres):
    # The lag limit is far off: only the recorded position of the publish decides.
    results = scenario(replicated_postgres, "change_not_replayed", REPLICA_MAX_LAG_SECONDS=600)
    before, during, after = results["before"], results["during"], results["after"]
    assert from_replica(before)
    assert "Tide gauge rebuilt" in before["body"]
    assert during["replica"] <= 1  # at most the question of how far it has replayed
    assert from_primary(during)
    assert "Tide gauge reopens" in during["body"]
    assert from_replica(after)
    assert "Tide gauge reopens" in after["body"]


def test_a_standby_lagging_beyond_the_limit_is_passed_over(replicated_postgres):
    results = scenario(
        replicated_postgres,
        "lagging_standby",
        REPLICA_MAX_LAG_SECONDS=1,
        REPLICA_CHECK_SECONDS=0.5,
    )
    assert from_replica(results["before"])
    assert results["during"]["status"] == 200
    assert results["during"]["replica"] <= 1  # the lag check itself
    assert from_primary(results["during"])
    assert from_replica(results["after"])


def test_a_replica_that_is_down_falls_back_to_the_primary(replicated_postgres):
    dead = f"postgres://postgres@127.0.0.1:{free_port()}/lordspress"
    results = scenario(
        replicated_postgres, "replica_down", replica_url=dead, REPLICA_CHECK_SECONDS=60
    )
    assert [seen["status"] for seen in results["responses"]] == [200, 200, 200]
    assert all(seen["primary"] > 0 for seen in results["responses"])
    # Connection refused costs the first request only; the next ones do not ask again.
    assert results["seconds"][0] < 5
