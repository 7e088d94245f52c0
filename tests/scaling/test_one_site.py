"""Two gunicorn servers over one PostgreSQL, one Redis (database 6) and one object storage
behave as one site (bench/scale.py starts them the way the benchmark does), in front of a
CDN stand-in that records the purges it is sent."""

import json
import re
import subprocess
import sys
import uuid

import psycopg
import pytest
import redis
import requests
from pytest_httpserver import HTTPServer

from bench.scale import (
    READ_TIMEOUT,
    AppServer,
    bulk_publish,
    draft_headline,
    environment,
    free_port,
    sign_in,
)
from scaling.locks import lock_key
from tests.scaling.conftest import ROOT

pytestmark = pytest.mark.replica

REDIS_URL = "redis://127.0.0.1:6379/6"


@pytest.fixture(scope="module")
def cdn():
    """An HTTP endpoint standing in for the CDN, as Wagtail's HTTPBackend purges it."""
    server = HTTPServer(host="127.0.0.1", port=free_port())
    server.expect_request(re.compile(".*"), method="PURGE").respond_with_data("")
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture(scope="module")
def site(replicated_postgres, s3_server, cdn):
    import boto3

    redis.Redis.from_url(REDIS_URL).flushdb()
    bucket = f"media-{uuid.uuid4().hex[:12]}"
    credentials = {"AWS_ACCESS_KEY_ID": "lordspress-test", "AWS_SECRET_ACCESS_KEY": "x" * 16}
    boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1", **{
        "aws_access_key_id": credentials["AWS_ACCESS_KEY_ID"],
        "aws_secret_access_key": credentials["AWS_SECRET_ACCESS_KEY"],
    }).create_bucket(Bucket=bucket)  # fmt: skip
    env = environment(
        replicated_postgres.primary_url,
        REDIS_URL,
        MEDIA_STORAGE_URL=f"s3://{bucket}?endpoint_url={s3_server}&region_name=us-east-1",
        CSP_REPORTS_PER_MINUTE="4",
        FRONTEND_CACHE_PURGE_URL=cdn.url_for("/"),
        **credentials,
    )
    content = run(env, "-m", "tests.scaling.replica_scenarios", "servers_newsroom")
    with AppServer(env) as server_a, AppServer(env) as server_b:
        yield {"a": server_a, "b": server_b, "env": env, **json.loads(content.splitlines()[-1])}
    redis.Redis.from_url(REDIS_URL).flushdb()


def run(env, *args):
    finished = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert finished.returncode == 0, finished.stderr[-4000:]
    return finished.stdout


def shell(env, code):
    return run(env, "manage.py", "shell", "-c", code)


def test_a_publish_on_one_server_is_seen_on_the_other_at_once(site, cdn):
    a, b, story_url = site["a"], site["b"], site["story_url"]
    assert "Tide gauge rebuilt" in requests.get(f"{b.url}{story_url}", timeout=READ_TIMEOUT).text
    draft_headline(site["env"], site["story"], "Tide gauge reopens")
    # Still cached on B, whole and in fragments, until the publish.
    assert "Tide gauge rebuilt" in requests.get(f"{b.url}{story_url}", timeout=READ_TIMEOUT).text
    session = sign_in(a, "editor", "editor-password")
    cdn.clear_log()
    bulk_publish(a, session, site["story"])
    # Wagtail queues the purge; a task worker asks the CDN to drop what shows the story.
    assert cdn.log == []
    run(site["env"], "manage.py", "db_worker", "--batch", "--no-startup-delay", "--no-reload")
    purged = {request.path for request, _ in cdn.log}
    assert {story_url, "/politics/", "/", "/feeds/rss/", "/sitemap.xml"} <= purged
    assert all(request.method == "PURGE" for request, _ in cdn.log)
    assert not {path for path in purged if path.startswith("/admin/")}
    for server in (b, a):
        page = requests.get(f"{server.url}{story_url}", timeout=READ_TIMEOUT).text
        assert "Tide gauge reopens" in page
        assert "Tide gauge rebuilt" not in page
    front = requests.get(f"{b.url}/politics/", timeout=READ_TIMEOUT).text
    assert "Tide gauge reopens" in front


def test_a_session_started_on_one_server_is_good_on_the_other(site):
    session = sign_in(site["a"], "editor", "editor-password")
    response = session.get(f"{site['b'].url}/admin/", timeout=READ_TIMEOUT, allow_redirects=False)
    assert response.status_code == 200
    assert (
        requests.get(
            f"{site['b'].url}/admin/", timeout=READ_TIMEOUT, allow_redirects=False
        ).status_code
        == 302
    )


def test_rate_limits_count_requests_to_every_server(site):
    report = json.dumps(
        {
            "csp-report": {
                "document-uri": "http://127.0.0.1/",
                "effective-directive": "script-src-elem",
                "blocked-uri": "inline",
            }
        }
    )
    statuses = [
        requests.post(
            f"{site[server].url}/csp-report/",
            data=report,
            headers={"Content-Type": "application/csp-report"},
            timeout=READ_TIMEOUT,
        ).status_code
        for server in ("a", "b", "a", "b", "a", "b")
    ]
    # Four a minute from one address (CSP_REPORTS_PER_MINUTE), whichever server answers.
    assert statuses == [204, 204, 204, 204, 429, 429]


def test_both_servers_serve_documents_from_the_shared_storage(site):
    for server in ("a", "b"):
        response = requests.get(f"{site[server].url}{site['document_url']}", timeout=READ_TIMEOUT)
        assert response.status_code == 200
        assert response.content == b"high water 06:12"


def test_scheduled_publishing_runs_once_however_many_servers_run_it(site, replicated_postgres):
    env = site["env"]
    story = site["story"]
    shell(
        env,
        "from datetime import timedelta; from django.utils import timezone; "
        "from news.models import ArticlePage; "
        f"page = ArticlePage.objects.get(pk={story}); page.title = 'Tide gauge at noon'; "
        "page.go_live_at = timezone.now() - timedelta(seconds=1); "
        "page.save_revision(approved_go_live_at=page.go_live_at)",
    )
    publish = [sys.executable, "manage.py", "publish_scheduled"]
    # While another server holds the lock, a run leaves at once and publishes nothing.
    with psycopg.connect(replicated_postgres.primary_url, autocommit=True) as other_server:
        other_server.execute("SELECT pg_advisory_lock(%s)", [lock_key("publish_scheduled")])
        assert "Another server" in run(env, "manage.py", "publish_scheduled")
        assert (
            "Tide gauge at noon"
            not in requests.get(f"{site['b'].url}{site['story_url']}", timeout=READ_TIMEOUT).text
        )
    runs = [
        subprocess.Popen(publish, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    for process in runs:
        process.wait(timeout=120)
        assert process.returncode == 0
    published = shell(
        env,
        "from wagtail.models import PageLogEntry; "
        f"print(PageLogEntry.objects.filter(page_id={story}, "
        "action='wagtail.publish.scheduled').count())",
    )
    assert published.split()[-1] == "1"
    assert (
        "Tide gauge at noon"
        in requests.get(f"{site['b'].url}{site['story_url']}", timeout=READ_TIMEOUT).text
    )


def test_each_task_runs_once_however_many_workers(site):
    env = site["env"]
    shell(
        env,
        "from search.tasks import record_search\n"
        "for _ in range(30): record_search.enqueue('harbour wall')",
    )
    worker = [
        sys.executable,
        "manage.py",
        "db_worker",
        "--batch",
        "--no-startup-delay",
        "--no-reload",
    ]
    workers = [subprocess.Popen(worker, cwd=ROOT, env=env) for _ in range(2)]
    for process in workers:
        process.wait(timeout=300)
        assert process.returncode == 0
    counts = shell(
        env,
        "from wagtail.contrib.search_promotions.models import Query; "
        "from django_tasks_db.models import DBTaskResult; "
        "print(Query.get('harbour wall').hits, DBTaskResult.objects.filter("
        "task_path='search.tasks.record_search', status='SUCCESSFUL').count())",
    )
    assert counts.split()[-2:] == ["30", "30"]
