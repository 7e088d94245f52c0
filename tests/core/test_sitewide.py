"""The sitewide cache: shared between processes, forgotten on change, optional."""

import runpy
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.core.cache import caches
from django.core.signals import request_finished, request_started

from core import sitewide
from tests.factories import ArticlePageFactory, SponsorFactory

REDIS_URL = "redis://127.0.0.1:6379/15"
# Run as a file: the module itself is already imported as this run's settings.
BASE_SETTINGS = str(Path(settings.BASE_DIR) / "config" / "settings" / "base.py")


def redis_available():
    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.2).ping()
    except redis.exceptions.ConnectionError:
        return False


def redis_cache(location):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "IGNORE_EXCEPTIONS": True},
    }


def test_a_value_is_computed_once_per_version():
    calls = []

    def compute():
        calls.append(1)
        return ["Politics"]

    assert sitewide.remembered("menu:test", compute) == ["Politics"]
    assert sitewide.remembered("menu:test", compute) == ["Politics"]
    sitewide.forget()
    assert sitewide.remembered("menu:test", compute) == ["Politics"]

    assert len(calls) == 2


def test_an_evicted_version_key_does_not_revive_old_values():
    sitewide.remembered("menu:test", lambda: ["Old"])
    caches["default"].delete(sitewide.VERSION_KEY)

    assert sitewide.remembered("menu:test", lambda: ["New"]) == ["New"]


def test_a_request_reads_the_version_once_and_sees_its_own_changes(db):
    request_started.send(sender=None)
    try:
        first = sitewide.version()
        caches["default"].set(sitewide.VERSION_KEY, "changed by another process")
        assert sitewide.version() == first  # one version for the whole render
        sitewide.forget()
        assert sitewide.version() not in (first, "changed by another process")
    finally:
        request_finished.send(sender=None)


def test_outside_requests_every_read_is_fresh():
    sitewide.version()
    caches["default"].set(sitewide.VERSION_KEY, "changed by another process")
    assert sitewide.version() == "changed by another process"


def test_a_page_reads_the_version_from_the_cache_once(client, section, author, monkeypatch):
    article = ArticlePageFactory(parent=section, authors=[author])
    client.get(article.url)
    cache = caches["default"]
    reads = []
    real_get = type(cache).get

    def counting_get(self, key, *args, **kwargs):
        reads.append(key)
        return real_get(self, key, *args, **kwargs)

    monkeypatch.setattr(type(cache), "get", counting_get)
    client.get(article.url)
    assert reads.count(sitewide.VERSION_KEY) == 1


def test_a_new_sponsor_appears_on_every_page_at_once(client, section, author):
    article = ArticlePageFactory(parent=section, authors=[author])
    assert "Harbour Bakery" not in client.get(article.url).content.decode()

    SponsorFactory(name="Harbour Bakery")

    assert "Harbour Bakery" in client.get(article.url).content.decode()


@pytest.mark.skipif(not redis_available(), reason="Redis is not running on 127.0.0.1:6379")
def test_pages_share_the_sitewide_cache_through_redis(client, settings, section, author):
    settings.CACHES = {**settings.CACHES, "default": redis_cache(REDIS_URL)}
    caches["default"].clear()
    article = ArticlePageFactory(parent=section, authors=[author])
    client.get(article.url)

    assert caches["default"].get(sitewide.VERSION_KEY)
    SponsorFactory(name="Harbour Bakery")
    assert "Harbour Bakery" in client.get(article.url).content.decode()
    caches["default"].clear()


def test_pages_render_when_the_cache_server_is_unreachable(client, settings, section, author):
    settings.CACHES = {**settings.CACHES, "default": redis_cache("redis://127.0.0.1:1/0")}
    article = ArticlePageFactory(parent=section, authors=[author], title="Ferry timetable")

    response = client.get(article.url)

    assert response.status_code == 200
    assert "Ferry timetable" in response.content.decode()
    assert 'class="sections-nav"' in response.content.decode()


def test_without_redis_every_process_on_the_machine_shares_one_file_cache(monkeypatch, tmp_path):
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.setenv("CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("PAGE_CACHE_SECONDS", "300")

    base = runpy.run_path(BASE_SETTINGS)

    assert {alias: cache["BACKEND"] for alias, cache in base["CACHES"].items()} == {
        "default": "django.core.cache.backends.filebased.FileBasedCache",
        "renditions": "django.core.cache.backends.locmem.LocMemCache",
    }
    assert base["CACHES"]["default"]["LOCATION"] == str(tmp_path / "default")
    # Per process, so kept no longer than the pages that show them.
    assert base["CACHES"]["renditions"]["TIMEOUT"] == base["PAGE_CACHE_SECONDS"] == 300


def test_with_redis_a_cache_outage_is_ignored(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://cache.internal:6379/0")

    base = runpy.run_path(BASE_SETTINGS)

    assert base["CACHES"]["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert base["CACHES"]["default"]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert base["CACHES"]["renditions"]["LOCATION"] == "redis://cache.internal:6379/0"
    assert base["CACHES"]["renditions"]["TIMEOUT"] == 60 * 60 * 24
