"""Rate limits share their counts through the cache: Redis in production."""

import pytest
import redis
from django.core.cache import cache
from django.test import RequestFactory

from core.ratelimit import RateLimit, client_ip, client_network

REDIS_URL = "redis://127.0.0.1:6379/12"


@pytest.fixture
def redis_cache(settings):
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.ConnectionError:
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "lordspress-test",
        },
    }
    cache.clear()
    yield cache
    cache.clear()


def test_limit_is_shared_through_redis(redis_cache):
    limit = RateLimit("test-scope", limit=2, window_seconds=60)
    assert [limit.allows("reader@example.org") for _ in range(3)] == [True, True, False]
    assert limit.allows("other@example.org")
    raw = redis.Redis.from_url(REDIS_URL)
    keys = [key.decode() for key in raw.keys("lordspress-test:*ratelimit:test-scope:*")]
    assert len(keys) == 2
    assert not any("example.org" in key for key in keys)
    assert 0 < raw.ttl(keys[0]) <= 60


def test_window_expiry_lets_the_reader_try_again():
    limit = RateLimit("short", limit=1, window_seconds=60)
    assert limit.allows("x") and not limit.allows("x")
    cache.clear()
    assert limit.allows("x")


def test_client_ip_prefers_the_configured_proxy_header(rf, settings):
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="203.0.113.9")
    assert client_ip(request) == "10.0.0.1"
    settings.SUBSCRIPTIONS_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    assert client_ip(request) == "203.0.113.9"


def test_a_malformed_proxy_header_does_not_pass_for_an_address(rf, settings):
    settings.SUBSCRIPTIONS_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    request = rf.get("/", HTTP_X_REAL_IP="not-an-address", REMOTE_ADDR="203.0.113.9")
    assert client_ip(request) == "203.0.113.9"
    assert client_ip(rf.get("/", REMOTE_ADDR="")) is None


def test_an_ipv6_client_is_counted_by_its_network():
    request = RequestFactory().get("/", REMOTE_ADDR="2001:db8:1:2:ffff::3")
    assert client_network(request) == "2001:db8:1:2::"
    assert client_network(RequestFactory().get("/", REMOTE_ADDR="198.51.100.7")) == "198.51.100.7"
    assert client_network(RequestFactory().get("/", REMOTE_ADDR="")) == "unknown"
