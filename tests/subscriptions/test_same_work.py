"""Sign-up and sign-in requests do the same work, known address or not: nothing to time.

Each request validates, rate-limits and queues exactly one task; whether the address is
known, and what it is sent, is the task's business, in the worker.
"""

import re
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks.signals import task_enqueued

from tests.factories import SubscriberFactory
from tests.subscriptions.conftest import SAME_ORIGIN
from tests.task_queue import run_worker

ADDRESSES = {
    "unknown": "nobody@example.org",
    "pending": "pending@example.org",
    "confirmed": "ada@example.org",
}


def signup(client, email):
    data = {"email": email, "consent": "on", "website": ""}
    return client.post("/subscribe/", data, **SAME_ORIGIN)


def ask_for_sign_in(client, email):
    return client.post("/account/sign-in/", {"email": email})


def shape(sql, email):
    """A query with its values left out: which tables, columns and clauses it uses."""
    sql = sql.replace(email, "<email>")
    sql = re.sub(r"'(?:[^']|'')*'", "?", sql)
    return re.sub(r"\b\d+(\.\d+)?\b", "?", sql)


def what_the_request_does(client, request, email):
    queued = []

    def record(sender, task_result, **kwargs):
        queued.append(task_result.task.name)

    task_enqueued.connect(record)
    try:
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = request(client, email)
            elapsed = time.perf_counter() - started
    finally:
        task_enqueued.disconnect(record)
    return {
        "status": response.status_code,
        "location": response["Location"],
        "queries": [shape(query["sql"], email) for query in queries],
        "tasks": queued,
        "seconds": elapsed,
    }


@pytest.fixture
def known_addresses(reader):
    SubscriberFactory(email=ADDRESSES["pending"])


@pytest.mark.parametrize(
    ("request_", "task"),
    [(signup, "record_signup"), (ask_for_sign_in, "send_sign_in_email")],
    ids=["signup", "sign-in"],
)
def test_known_and_unknown_addresses_cost_the_same(
    client, known_addresses, database_queue, request_, task
):
    # The first request of a test fills caches (site, settings); compare the ones after.
    request_(client, "warm.up@example.org")
    work = {
        kind: what_the_request_does(client, request_, email) for kind, email in ADDRESSES.items()
    }
    unknown = work["unknown"]
    assert unknown["tasks"] == [task]
    assert unknown["status"] == 302
    for kind in ("pending", "confirmed"):
        assert work[kind]["status"] == unknown["status"]
        assert work[kind]["location"] == unknown["location"]
        assert work[kind]["tasks"] == unknown["tasks"], kind
        assert work[kind]["queries"] == unknown["queries"], kind
    # Generous: these machines are noisy, and the point is that no e-mail is sent inline.
    assert all(outcome["seconds"] < 2 for outcome in work.values())


def test_the_answer_is_the_same_page(client, known_addresses):
    for request_ in (signup, ask_for_sign_in):
        pages = {
            client.get(request_(client, email)["Location"]).content for email in ADDRESSES.values()
        }
        assert len(pages) == 1


def test_the_worker_then_writes_to_each_as_they_need(client, known_addresses, database_queue):
    from django.core import mail

    for email in ADDRESSES.values():
        signup(client, email)
        ask_for_sign_in(client, email)
    assert mail.outbox == []
    run_worker()
    sent = sorted((message.to[0], message.subject.split(" · ")[0]) for message in mail.outbox)
    # The unknown address signed up first, so its sign-in request finds a pending signup.
    assert sent == [
        ("ada@example.org", "You are already subscribed"),
        ("ada@example.org", "Your sign-in link"),
        ("nobody@example.org", "Please confirm your subscription"),
        ("nobody@example.org", "Please confirm your subscription"),
        ("pending@example.org", "Please confirm your subscription"),
        ("pending@example.org", "Please confirm your subscription"),
    ]
