"""A Redis that accepts connections and never answers costs a reader about one socket
timeout, not one per cache call: the breaker stops asking it after the first."""

import time

import pytest
from django.core.cache import caches
from django.test import override_settings

from bench.faults import PROXY_PORTS, REDIS, FaultProxy
from resilience.breaker import Breaker
from tests.factories import ArticlePageFactory
from tests.resilience.faults import closed_within, hung_server

REDIS_OPTIONS = {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1, "IGNORE_EXCEPTIONS": True}


def redis_caches(location, backend="resilience.cache.BreakerRedisCache"):
    alias = {"BACKEND": backend, "LOCATION": location, "OPTIONS": REDIS_OPTIONS}
    return {"default": alias, "renditions": alias, "template_fragments": alias}


@pytest.fixture(autouse=True)
def _fresh_breakers():
    Breaker.registry.clear()
    yield
    Breaker.registry.clear()


@pytest.fixture
def article(section, author):
    return ArticlePageFactory(
        parent=section, title="Ferry timetable changes", slug="ferry", authors=[author]
    )


def timed_get(client, url):
    started = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - started


def test_pages_answer_within_a_socket_timeout_while_redis_hangs(client, article):
    with (
        hung_server() as port,
        override_settings(
            CACHES=redis_caches(f"redis://127.0.0.1:{port}/7"),
            PAGE_CACHE_ENABLED=True,
            CACHE_BREAKER_SECONDS=10,
        ),
    ):
        first, first_seconds = timed_get(client, article.url)
        second, second_seconds = timed_get(client, "/")

    assert first.status_code == 200
    assert "Ferry timetable changes" in first.content.decode()
    # One 1 s timeout (generous bound for a noisy machine); without the breaker a page
    # makes about fifteen cache calls and waits a second on each.
    assert first_seconds < 3
    assert second.status_code == 200
    # The breaker is open: the next page does not wait on Redis at all.
    assert second_seconds < 1


def wait_for_probe(breaker):
    """Until the breaker's probe has finished."""
    breaker.probe_thread.join()


def test_redis_is_asked_again_in_the_background_not_by_readers():
    with (
        hung_server() as port,
        override_settings(
            CACHES=redis_caches(f"redis://127.0.0.1:{port}/7"), CACHE_BREAKER_SECONDS=1
        ),
    ):
        cache = caches["default"]
        assert cache.get("headline") is None
        assert cache.breaker.is_open()
        started = time.monotonic()
        assert cache.get("headline", "fallback") == "fallback"
        assert cache.get_many(["a", "b"]) == {}
        assert cache.add("a", 1) is None
        assert time.monotonic() - started < 0.1

        time.sleep(1.1)
        # The breaker's time is up: a probe asks Redis, and readers are still not kept.
        started = time.monotonic()
        assert cache.get("headline") is None
        assert time.monotonic() - started < 0.1
        wait_for_probe(cache.breaker)
        # The probe waited out a socket timeout and opened the breaker anew.
        assert cache.breaker.is_open()


def test_the_breaker_closes_once_redis_answers_though_no_caller_asks_meanwhile():
    """One worker of several may get no request during an outage: its first reader after
    the recovery must not be answered as if Redis were still down."""
    with (
        FaultProxy(REDIS, PROXY_PORTS, mode="hang") as proxy,
        override_settings(
            CACHES=redis_caches(f"redis://127.0.0.1:{proxy.port}/7"), CACHE_BREAKER_SECONDS=1
        ),
    ):
        cache = caches["default"]
        cache.get("headline")
        assert cache.breaker.tripped
        proxy.set_mode("pass")
        assert closed_within(cache.breaker, seconds=5)
        assert not cache.breaker.is_open()
        assert cache.set("resilience:back", "on the wire", timeout=30)
        assert cache.get("resilience:back") == "on the wire"


def test_a_redis_that_answers_slowly_is_passed_over_like_one_that_fails(settings):
    settings.CACHE_SLOW_CALL_SECONDS = 0.3
    with (
        FaultProxy(REDIS, PROXY_PORTS, mode="slow", delay=0.2) as proxy,
        override_settings(CACHES=redis_caches(f"redis://127.0.0.1:{proxy.port}/7")),
    ):
        cache = caches["default"]
        started = time.monotonic()
        cache.get("headline")
        first = time.monotonic() - started
        started = time.monotonic()
        cache.get_many(["a", "b", "c"])
        cache.get("headline")
        after = time.monotonic() - started
    assert first >= 0.3
    assert cache.breaker.is_open()
    assert after < 0.1


def test_a_working_redis_is_used_as_before(settings):
    with override_settings(CACHES=redis_caches("redis://127.0.0.1:6379/7")):
        cache = caches["default"]
        if not cache.set("resilience:probe", "on the wire", timeout=30):
            pytest.skip("no Redis on 127.0.0.1:6379")
        assert cache.get("resilience:probe") == "on the wire"
        assert not cache.breaker.is_open()
        cache.delete("resilience:probe")
