"""Health endpoints: liveness touches nothing; readiness asks the database and the cache."""

import json

import pytest
from django.test import override_settings

from resilience.breaker import Breaker
from tests.resilience.faults import hung_server


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def test_liveness_touches_nothing(client, django_assert_num_queries, db):
    with django_assert_num_queries(0):
        response = client.get("/healthz/live")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "live"}
    assert "no-cache" in response["Cache-Control"]
    assert "X-Cache" not in response


def test_readiness_checks_database_and_cache(client, django_assert_num_queries, db):
    with django_assert_num_queries(1):
        response = client.get("/healthz/ready")
    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "ready",
        "checks": {"database": True, "cache": True},
    }
    assert "no-cache" in response["Cache-Control"]
    # Never stored by the page cache, so a load balancer always sees the present state.
    assert "X-Cache" not in client.get("/healthz/ready")


def test_readiness_is_503_while_the_cache_hangs(client, db):
    alias = {
        "BACKEND": "resilience.cache.BreakerRedisCache",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1, "IGNORE_EXCEPTIONS": True},
    }
    with (
        hung_server() as port,
        override_settings(CACHES={"default": {**alias, "LOCATION": f"redis://127.0.0.1:{port}/7"}}),
    ):
        response = client.get("/healthz/ready")
    Breaker.registry.clear()
    assert response.status_code == 503
    assert json.loads(response.content)["checks"] == {"database": True, "cache": False}


def test_health_endpoints_answer_only_safe_methods(client, db):
    assert client.post("/healthz/live").status_code == 405
    assert client.post("/healthz/ready").status_code == 405
