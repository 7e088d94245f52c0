"""The replica router's decisions, without a replica (tests/scaling/test_replicas.py runs
them on a real primary and standby)."""

import pytest
from django.db import transaction
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail.models import Page

from scaling import replicas


@pytest.fixture
def database(django_db_setup, django_db_blocker):
    """The test database without a test transaction around each test, so a request's reads
    start outside any transaction as they do in production. Nothing here writes, so there
    is nothing to flush afterwards."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture
def one_replica(settings, monkeypatch, database):
    settings.REPLICA_DATABASES = ["replica_1"]
    monkeypatch.setattr(replicas, "choose_replica", lambda: "replica_1")


def routed(request):
    """Where the request's reads went, and its response."""
    seen = {}

    def view(request):
        seen["reads"] = replicas.ReplicaRouter().db_for_read(Page)
        with transaction.atomic():
            seen["reads in a transaction"] = replicas.ReplicaRouter().db_for_read(Page)
        return HttpResponse()

    response = replicas.ReplicaReadsMiddleware(view)(request)
    return seen, response


@pytest.mark.parametrize(
    ("method", "path", "cookies", "reads"),
    [
        ("get", "/politics/story/", {}, "replica_1"),
        ("head", "/feeds/rss/", {}, "replica_1"),
        ("get", "/search/?q=harbour", {}, "replica_1"),
        ("get", "/politics/story/", {"read_primary": "1"}, "default"),
        ("post", "/subscribe/", {}, "default"),
        ("get", "/admin/pages/3/edit/preview/", {}, "default"),
        ("get", "/account/", {}, "default"),
        ("get", "/documents/1/minutes.pdf", {}, "default"),
    ],
)
def test_which_requests_read_from_a_replica(one_replica, method, path, cookies, reads):
    request = getattr(RequestFactory(), method)(path)
    request.COOKIES.update(cookies)
    seen, _ = routed(request)
    assert seen["reads"] == reads
    assert seen["reads in a transaction"] == "default"


def test_writes_and_work_outside_requests_use_the_primary(one_replica):
    router = replicas.ReplicaRouter()
    assert router.db_for_read(Page) == "default"
    assert router.db_for_write(Page) == "default"
    assert router.allow_migrate("default", "wagtailcore") is True
    assert router.allow_migrate("replica_1", "wagtailcore") is False


def test_a_browser_that_writes_is_pinned_to_the_primary_for_a_while(one_replica, settings):
    settings.REPLICA_PIN_SECONDS = 30
    _, read = routed(RequestFactory().get("/politics/"))
    assert "read_primary" not in read.cookies
    _, wrote = routed(RequestFactory().post("/subscribe/"))
    pin = wrote.cookies["read_primary"]
    assert pin["max-age"] == 30
    assert pin["httponly"]


def test_nothing_changes_without_replicas(settings, database):
    settings.REPLICA_DATABASES = []
    seen, response = routed(RequestFactory().post("/subscribe/"))
    assert seen["reads"] == "default"
    assert "read_primary" not in response.cookies


def test_wal_positions_order_as_postgresql_orders_them():
    assert replicas.wal_position("0/16B3748") < replicas.wal_position("0/16B3750")
    assert replicas.wal_position("0/FFFFFFFF") < replicas.wal_position("1/0")
