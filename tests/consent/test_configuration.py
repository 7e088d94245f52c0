"""The cached consent configuration: kept fresh on edits, and the database when the cache fails."""

import json
import os
import socket

import pytest
from cookie_consent.models import CookieGroup
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.test import override_settings

from consent.configuration import CACHE_KEY, get_configuration
from consent.models import ConsentPolicy, ConsentRecord, CookieDeclaration

pytestmark = pytest.mark.django_db

LOCAL_MEMORY = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
# Production's Redis settings, pointed at a port where nothing listens.
REDIS_DOWN = {
    "BACKEND": "django_redis.cache.RedisCache",
    "LOCATION": "redis://127.0.0.1:1/4",
    "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2, "IGNORE_EXCEPTIONS": True},
}
REDIS_URL = "redis://127.0.0.1:6379/4"


class BrokenCache(LocMemCache):
    """A cache whose every call fails, as a backend without IGNORE_EXCEPTIONS does."""

    def get(self, *args, **kwargs):
        raise ConnectionError("cache is down")

    set = delete = get


def redis_available():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


def page_config(response):
    content = response.content.decode()
    start = content.index('<script id="consent-config" type="application/json">')
    body = content[start:].split(">", 1)[1].split("</script>", 1)[0]
    return json.loads(body)


class TestCacheDown:
    @override_settings(CACHES={"default": REDIS_DOWN, "renditions": LOCAL_MEMORY})
    def test_pages_banner_and_decisions_work_while_redis_is_down(self, client, home, decide):
        page = client.get("/")
        assert page.status_code == 200
        assert b"data-consent-banner" in page.content
        assert page_config(page)["policyVersion"] == ConsentPolicy.objects.current().version

        assert client.get("/cookies/").status_code == 200
        assert decide(client, "accept_all").status_code == 302
        assert client.get("/cookies/status/").json()["decided"] is True
        assert ConsentRecord.objects.count() == 1

    @override_settings(
        CACHES={
            "default": {"BACKEND": f"{__name__}.BrokenCache"},
            "renditions": LOCAL_MEMORY,
        }
    )
    def test_a_cache_that_raises_falls_back_to_the_database(self, home):
        configuration = get_configuration()

        assert [group.varname for group in configuration.groups] == [
            "necessary",
            "analytics",
            "embeds",
            "marketing",
        ]


@pytest.mark.skipif(
    not redis_available() and os.environ.get("CI") != "true", reason="Redis is not running"
)
@override_settings(
    CACHES={
        "default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS_URL},
        "renditions": LOCAL_MEMORY,
    }
)
def test_real_redis_holds_the_configuration_until_an_edit(home):
    redis = caches["default"]
    redis.delete(CACHE_KEY)

    get_configuration()
    assert redis.get(CACHE_KEY) is not None

    group = CookieGroup.objects.get(varname="marketing")
    group.name = "Advertising"
    group.save()
    assert redis.get(CACHE_KEY) is None
    assert get_configuration().group("marketing").name == "Advertising"
    redis.delete(CACHE_KEY)


class TestFreshAfterEdits:
    def test_renamed_group_shows_at_once(self, client, home):
        client.get("/")
        group = CookieGroup.objects.get(varname="embeds")
        group.name = "Videos and posts from other sites"
        group.save()

        assert b"Allow Videos and posts from other sites" in client.get("/").content

    def test_new_cookie_changes_the_groups_version_and_asks_again(self, client, home, decide):
        decide(client, "accept_all")
        assert client.get("/cookies/status/").json()["groups"]["analytics"] is True

        CookieDeclaration.objects.create(
            cookiegroup=CookieGroup.objects.get(varname="analytics"),
            name="_pk_ses.*",
            description="Groups one visit's pages together.",
            duration="30 minutes",
        )

        status = client.get("/cookies/status/").json()
        assert status["groups"]["analytics"] is None
        assert status["groups"]["embeds"] is True
        assert status["decided"] is False

    def test_deleted_cookie_leaves_the_banner(self, client, home):
        cookie = CookieDeclaration.objects.get(name="csrftoken")
        client.get("/")
        cookie.delete()

        assert b"<code>csrftoken</code>" not in client.get("/").content


class TestPolicyVersion:
    def test_publishing_a_new_version_asks_every_reader_again(
        self, client, home, decide, analytics_snippet
    ):
        decide(client, "accept_all")
        first = ConsentRecord.objects.get()
        assert client.get("/cookies/analytics/").status_code == 200

        draft = ConsentPolicy.objects.create(heading="Cookies, revised", body="New words.")
        draft.publish()

        assert page_config(client.get("/"))["policyVersion"] == first.policy.version + 1
        assert client.get("/cookies/status/").json()["decided"] is False
        assert client.get("/cookies/analytics/").status_code == 403
        settings_page = client.get("/cookies/").content.decode()
        assert "Our cookie notice has changed since you last chose" in settings_page
        assert str(first.consent_id) in settings_page

        decide(client, "reject_all")
        second = ConsentRecord.objects.latest("created_at")
        assert second.policy == draft
        assert second.consent_id == first.consent_id

    def test_drafts_change_nothing_readers_see(self, client, home, stopped_clock):
        before = client.get("/").content
        ConsentPolicy.objects.create(heading="Not yet", body="Unpublished words.")

        assert client.get("/").content == before
