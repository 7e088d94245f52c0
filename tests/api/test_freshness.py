"""API answers are cached like pages and renewed by the same publish events."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from api.models import ApiKey
from freshness.changes import renew_page

FRONT = "/api/v2/front-page/"


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def test_answers_carry_cache_control_and_are_served_from_the_cache(client, newsroom):
    first = client.get("/api/v2/articles/")
    assert first["X-Cache"] == "MISS"
    assert "public" in first["Cache-Control"]
    assert "s-maxage=600" in first["Cache-Control"]
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/api/v2/articles/")
    assert second["X-Cache"] == "HIT"
    assert len(queries) == 0


def test_publish_renews_every_api_address_showing_the_story(client, commit, newsroom, section):
    free = newsroom["free"]
    urls = [
        FRONT,
        "/api/v2/articles/",
        f"/api/v2/articles/?section={section.pk}",
        f"/api/v2/articles/{free.pk}/",
        "/api/v2/pages/",
        f"/api/v2/pages/{free.pk}/",
    ]
    for url in urls:
        assert client.get(url)["X-Cache"] == "MISS", url
    free.title = "Harbour wall approved at last"
    commit(free.save_revision().publish)
    for url in urls:
        response = client.get(url)
        assert response["X-Cache"] == "MISS", url
        assert "Harbour wall approved at last" in response.content.decode(), url


def test_author_rename_renews_the_api_copies_of_their_stories(client, commit, newsroom, author):
    url = f"/api/v2/articles/{newsroom['free'].pk}/"
    client.get(url)
    author.title = "Esther Ward-Lind"
    commit(author.save_revision().publish)
    assert "Esther Ward-Lind" in client.get(url).content.decode()


def test_unpublished_story_leaves_the_api_at_once(client, commit, newsroom):
    free = newsroom["free"]
    client.get(f"/api/v2/articles/{free.pk}/")
    client.get(FRONT)
    commit(free.unpublish)
    assert client.get(f"/api/v2/articles/{free.pk}/").status_code == 404
    assert "Harbour wall approved" not in client.get(FRONT).content.decode()


def test_cdn_purge_covers_the_api(
    newsroom, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "freshness.cdn.HTTPPurgeBackend",
            "LOCATION": "http://127.0.0.1:8199",
        }
    }
    purged = []
    monkeypatch.setattr(
        "wagtail.contrib.frontend_cache.utils.PurgeBatch.purge",
        lambda batch, **kwargs: purged.extend(batch.urls),
    )
    free = newsroom["free"]
    with django_capture_on_commit_callbacks(execute=True):
        renew_page(free)
    assert f"http://testserver/api/v2/articles/{free.pk}/" in purged
    assert "http://testserver/api/v2/articles/" in purged
    assert f"http://testserver/api/v2/pages/{free.pk}/" in purged
    assert "http://testserver/api/v2/front-page/" in purged


def test_requests_with_a_key_are_never_stored(client, newsroom):
    key = ApiKey(name="App")
    secret = key.issue()
    key.save()
    response = client.get("/api/v2/articles/", HTTP_AUTHORIZATION=f"Api-Key {secret}")
    assert response.status_code == 200
    assert "X-Cache" not in response
