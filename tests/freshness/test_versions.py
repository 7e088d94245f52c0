"""Versions of what readers see: renewed on change, shared between processes, optional."""

import runpy
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.core.cache import caches

from freshness import versions
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


def test_renewing_a_tag_gives_it_a_new_version_and_leaves_the_others():
    site, politics, culture = versions.current(
        [versions.SITE, versions.path_tag("/politics/"), versions.path_tag("/culture/")]
    )

    versions.renew([versions.path_tag("/politics/")])

    assert versions.current([versions.SITE, versions.path_tag("/culture/")]) == [site, culture]
    assert versions.current([versions.path_tag("/politics/")]) != [politics]


def test_an_evicted_version_does_not_revive_what_was_stored_under_it():
    tag = versions.path_tag("/politics/")
    [before] = versions.current([tag])
    caches["default"].delete(versions.version_key(tag))

    [after] = versions.current([tag])

    assert after != before
    assert versions.current([tag]) == [after]


def test_read_fetches_other_keys_in_the_same_round_trip():
    caches["default"].set("pagecache:response:x", {"content": b"page"})
    [site], found = versions.read([versions.SITE], also=["pagecache:response:x", "missing"])
    assert found == {"pagecache:response:x": {"content": b"page"}}
    assert site == versions.current([versions.SITE])[0]


def test_a_new_sponsor_appears_on_every_page_at_once(client, section, author):
    article = ArticlePageFactory(parent=section, authors=[author])
    assert "Harbour Bakery" not in client.get(article.url).content.decode()

    SponsorFactory(name="Harbour Bakery")

    assert "Harbour Bakery" in client.get(article.url).content.decode()


@pytest.mark.skipif(not redis_available(), reason="Redis is not running on 127.0.0.1:6379")
def test_processes_share_versions_and_fragments_through_redis(client, settings, section, author):
    shared = redis_cache(REDIS_URL)
    settings.CACHES = {**settings.CACHES, "default": shared, "template_fragments": shared}
    caches["default"].clear()
    article = ArticlePageFactory(parent=section, authors=[author])
    client.get(article.url)
    assert caches["default"].get(versions.version_key(versions.SITE))

    SponsorFactory(name="Harbour Bakery")

    assert "Harbour Bakery" in client.get(article.url).content.decode()
    caches["default"].clear()


def test_pages_render_when_the_cache_server_is_unreachable(client, settings, section, author):
    down = redis_cache("redis://127.0.0.1:1/0")
    settings.CACHES = {**settings.CACHES, "default": down, "template_fragments": down}
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
        "template_fragments": "django.core.cache.backends.filebased.FileBasedCache",
    }
    assert base["CACHES"]["default"]["LOCATION"] == str(tmp_path / "default")
    # Per process, so kept no longer than the pages that show them.
    assert base["CACHES"]["renditions"]["TIMEOUT"] == base["PAGE_CACHE_SECONDS"] == 300


def test_with_redis_a_cache_outage_is_ignored(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://cache.internal:6379/0")
    monkeypatch.delenv("REDIS_TIMEOUT", raising=False)

    base = runpy.run_path(BASE_SETTINGS)

    assert base["CACHES"]["default"]["BACKEND"] == "resilience.cache.BreakerRedisCache"
    assert base["CACHE_BREAKER_SECONDS"] == 10
    assert base["CACHES"]["default"]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert base["CACHES"]["default"]["OPTIONS"]["SOCKET_TIMEOUT"] == 1
    assert base["CACHES"]["renditions"]["LOCATION"] == "redis://cache.internal:6379/0"
    assert base["CACHES"]["renditions"]["TIMEOUT"] == 60 * 60 * 24


def test_redis_calls_time_out_as_configured(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://cache.internal:6379/0")
    monkeypatch.setenv("REDIS_TIMEOUT", "0.25")

    options = runpy.run_path(BASE_SETTINGS)["CACHES"]["default"]["OPTIONS"]

    assert (options["SOCKET_CONNECT_TIMEOUT"], options["SOCKET_TIMEOUT"]) == (0.25, 0.25)
