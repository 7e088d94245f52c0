"""What a request reads where, run in a process of its own over a real primary and standby.

    python -m tests.scaling.replica_scenarios NAME   # DATABASE_URL, DATABASE_REPLICA_URL set

Pytest's own database is a rolled-back transaction that never reaches a standby, so each
scenario runs here, in autocommit, committing for real, and prints what it saw as JSON on
its last line for tests/scaling/test_replicas.py to assert on.
"""

import json
import os
import re
import sys
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connections  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from wagtail.models import Page  # noqa: E402

from scaling import replicas  # noqa: E402
from subscriptions.models import Subscriber  # noqa: E402
from tests.factories import (  # noqa: E402
    ArticlePageFactory,
    AuthorIndexPageFactory,
    AuthorPageFactory,
    SectionFactory,
    SubscriberFactory,
    UserFactory,
    build_site,
)

REPLICA = "replica_1"


def primary_position():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_lsn()::text")
        return replicas.wal_position(cursor.fetchone()[0])


def replayed_position():
    with connections[REPLICA].cursor() as cursor:
        cursor.execute("SELECT pg_last_wal_replay_lsn()::text")
        return replicas.wal_position(cursor.fetchone()[0])


def wait_for_standby():
    target = primary_position()
    deadline = time.monotonic() + 30
    while replayed_position() < target:
        if time.monotonic() > deadline:
            raise RuntimeError("the standby did not catch up")
        time.sleep(0.05)


def set_replay(paused):
    with connections[REPLICA].cursor() as cursor:
        cursor.execute(
            "SELECT pg_wal_replay_pause()" if paused else "SELECT pg_wal_replay_resume()"
        )


def newsroom():
    """A fresh site, committed; the readers and staff of an earlier scenario removed."""
    get_user_model().objects.all().delete()
    Subscriber.objects.all().delete()
    home = build_site()
    section = SectionFactory(parent=home, title="Politics", slug="politics")
    author = AuthorPageFactory(
        parent=AuthorIndexPageFactory(parent=home), title="Esther Ward", slug="esther-ward"
    )
    story = ArticlePageFactory(
        parent=section, title="Tide gauge rebuilt", slug="tide-gauge", authors=[author]
    )
    return story


def fetch(client, path):
    """GET `path`; the status, the body, and how many queries went to each database."""
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections[REPLICA]) as replica,
    ):
        response = client.get(path)
    return {
        "status": response.status_code,
        "body": response.content.decode(errors="replace") if response.status_code == 200 else "",
        "primary_reads": sorted(tables_read(primary)),
        "replica": len(replica),
        "replica_reads": sorted(tables_read(replica)),
        "cookies": sorted(response.cookies),
    }


def tables_read(queries):
    """The tables the SELECTs among `queries` read first."""
    return {
        match.group(1)
        for query in queries
        if (match := re.match(r'\s*SELECT .*? FROM "(\w+)"', query["sql"], re.DOTALL))
    }


def readers_pages():
    """Pages, feeds, sitemaps and search, read by an anonymous reader."""
    newsroom()
    wait_for_standby()
    client = Client()
    paths = [
        "/politics/tide-gauge/",
        "/politics/",
        "/",
        "/authors/esther-ward/",
        "/feeds/rss/",
        "/sitemap.xml",
        "/search/?q=tide",
    ]
    return {path: fetch(client, path) for path in paths}


def primary_paths():
    """The admin for an editor, a reader's account page, and a write."""
    newsroom()
    editor = UserFactory(username="ed", is_superuser=True, is_staff=True)
    reader = SubscriberFactory(email="reader@example.org", confirmed=True)
    reader.refresh_from_db()
    wait_for_standby()
    staff = Client()
    staff.force_login(editor)
    reading = Client()
    reading.force_login(reader.user)
    results = {
        "admin": fetch(staff, "/admin/"),
        "account": fetch(reading, "/account/"),
    }
    writer = Client()
    response = writer.post("/subscribe/", {"email": "new.reader@example.com"})
    results["post"] = {"status": response.status_code, "cookies": sorted(response.cookies)}
    results["after post"] = fetch(writer, "/politics/tide-gauge/")
    results["other reader"] = fetch(Client(), "/politics/tide-gauge/")
    return results


def outside_requests():
    """The task worker, commands and the shell read from the primary."""
    newsroom()
    wait_for_standby()
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections[REPLICA]) as replica,
    ):
        Page.objects.live().count()
    return {"primary": len(primary), "replica": len(replica)}


def change_not_replayed():
    """A publish the standby has not replayed: readers get it from the primary, then from the
    standby once it has."""
    story = newsroom()
    client = Client()
    wait_for_standby()
    before = fetch(client, story.url)
    set_replay(paused=True)
    try:
        story.title = "Tide gauge reopens"
        story.save_revision().publish()
        during = fetch(client, story.url)
    finally:
        set_replay(paused=False)
    wait_for_standby()
    after = fetch(client, story.url)
    return {"before": before, "during": during, "after": after}


def lagging_standby():
    """A standby further behind than REPLICA_MAX_LAG_SECONDS is passed over."""
    newsroom()
    client = Client()
    wait_for_standby()
    before = fetch(client, "/politics/")
    set_replay(paused=True)
    try:
        # A write no reader sees renews nothing: only the lag keeps readers off the standby.
        UserFactory(username="lag")
        time.sleep(float(os.environ["REPLICA_MAX_LAG_SECONDS"]) + 1)
        during = fetch(client, "/politics/")
    finally:
        set_replay(paused=False)
    wait_for_standby()
    time.sleep(float(os.environ["REPLICA_CHECK_SECONDS"]))
    after = fetch(client, "/politics/")
    return {"before": before, "during": during, "after": after}


def replica_down():
    """DATABASE_REPLICA_URL names a port nothing listens on: pages come from the primary,
    and a process asks the dead replica only once per REPLICA_CHECK_SECONDS."""
    newsroom()
    client = Client()
    timings = []
    responses = []
    for _ in range(3):
        started = time.monotonic()
        with CaptureQueriesContext(connections["default"]) as primary:
            response = client.get("/politics/tide-gauge/")
        timings.append(time.monotonic() - started)
        responses.append({"status": response.status_code, "primary": len(primary)})
    return {"responses": responses, "seconds": timings}


def servers_newsroom():
    """The site two app servers serve: a story, an editor, and a document in the storage."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    story = newsroom()
    get_user_model().objects.create_superuser("editor", "editor@example.com", "editor-password")
    document = get_document_model().objects.create(
        title="Tide tables", file=ContentFile(b"high water 06:12", name="tide-tables.txt")
    )
    return {"story": story.pk, "story_url": story.url, "document_url": document.url}


if __name__ == "__main__":
    setup_test_environment()
    result = globals()[sys.argv[1]]()
    print(json.dumps(result))
