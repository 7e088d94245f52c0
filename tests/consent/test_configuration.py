"""Consent versioned as a whole: what readers are told changes only when a version is
published, each record points at the version its reader saw, and the database answers
(its cache renewed by the freshness model) even while the cache is down."""

import json

import pytest
from cookie_consent.models import CookieGroup
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from consent.configuration import get_configuration
from consent.models import (
    ConsentPolicy,
    ConsentRecord,
    CookieDeclaration,
    PublishedVersionIsRecord,
)
from freshness import versions
from tests.consent.conftest import publish_new_version

pytestmark = pytest.mark.django_db


class BrokenCache(LocMemCache):
    """A cache whose every call fails, as a backend without IGNORE_EXCEPTIONS does."""

    def get(self, *args, **kwargs):
        raise ConnectionError("cache is down")

    get_many = set = add = delete = get


LOCAL_MEMORY = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
# Production's Redis settings, pointed at a port where nothing listens.
REDIS_DOWN = {
    "BACKEND": "django_redis.cache.RedisCache",
    "LOCATION": "redis://127.0.0.1:1/4",
    "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2, "IGNORE_EXCEPTIONS": True},
}


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


class TestFreshnessModel:
    def test_a_warm_configuration_costs_no_queries(self, home):
        get_configuration()
        with CaptureQueriesContext(connection) as queries:
            get_configuration()
        assert len(queries) == 0

    def test_publishing_renews_it_through_the_site_version(self, home):
        before = versions.current([versions.SITE])
        get_configuration()

        publish_new_version(heading="Cookies, plainly")

        assert versions.current([versions.SITE]) != before
        assert get_configuration().policy.heading == "Cookies, plainly"

    def test_edits_and_drafts_keep_it(self, home):
        get_configuration()
        CookieGroup.objects.filter(varname="analytics").update(name="Not yet")
        ConsentPolicy.objects.current().new_draft(heading="Not yet either").save()

        with CaptureQueriesContext(connection) as queries:
            configuration = get_configuration()
        assert len(queries) == 0
        assert configuration.group("analytics").name == "Analytics"


class TestEditsWaitForAVersion:
    def test_a_renamed_group_shows_only_once_a_version_is_published(self, client, home):
        client.get("/")
        group = CookieGroup.objects.get(varname="embeds")
        group.name = "Videos and posts from other sites"
        group.save()

        assert b"Allow Videos and posts from other sites" not in client.get("/").content
        publish_new_version()
        assert b"Allow Videos and posts from other sites" in client.get("/").content

    def test_a_new_cookie_asks_again_only_under_a_new_version(self, client, home, decide):
        decide(client, "accept_all")
        CookieDeclaration.objects.create(
            cookiegroup=CookieGroup.objects.get(varname="analytics"),
            name="_pk_ses.*",
            description="Groups one visit's pages together.",
            duration="30 minutes",
        )
        assert client.get("/cookies/status/").json()["decided"] is True

        publish_new_version()

        status = client.get("/cookies/status/").json()
        assert status["decided"] is False
        assert status["groups"]["analytics"] is None

    def test_a_changed_description_asks_again_with_what_changed(self, client, home, decide):
        decide(client, "accept_all")
        group = CookieGroup.objects.get(varname="analytics")
        group.description = "Count visits and how far each story is read."
        group.save()
        publish_new_version()

        page = client.get("/").content.decode()
        assert "What has changed since you last chose" in page
        assert "Changed: description of the group “Analytics”" in page
        settings_page = client.get("/cookies/").content.decode()
        assert "Changed: description of the group “Analytics”" in settings_page

    def test_legal_staffs_summary_replaces_the_worked_out_list(self, client, home, decide):
        decide(client, "accept_all")
        CookieGroup.objects.filter(varname="analytics").update(description="Scroll depth too.")
        publish_new_version(what_changed="Analytics now also measures how far you scroll.")

        page = client.get("/cookies/").content.decode()
        assert "Analytics now also measures how far you scroll." in page
        assert "Changed: description" not in page

    def test_a_deleted_cookie_stays_declared_until_a_version_is_published(self, client, home):
        client.get("/")
        CookieDeclaration.objects.get(name="csrftoken").delete()

        assert b"<code>csrftoken</code>" in client.get("/").content
        publish_new_version()
        assert b"<code>csrftoken</code>" not in client.get("/").content


class TestTheRecord:
    def test_a_record_points_at_the_version_and_groups_its_reader_saw(self, client, decide, home):
        decide(client, "accept_all")
        record = ConsentRecord.objects.get()
        seen = record.policy.groups
        CookieGroup.objects.filter(varname="analytics").update(description="Something else.")
        publish_new_version()

        record.refresh_from_db()
        assert record.policy.groups == seen
        analytics = next(group for group in seen if group["varname"] == "analytics")
        assert analytics["description"] != "Something else."

    def test_a_published_version_cannot_be_edited_or_deleted(self, home):
        current = ConsentPolicy.objects.current()
        current.heading = "Rewritten history"
        with pytest.raises(PublishedVersionIsRecord):
            current.save()
        with pytest.raises(PublishedVersionIsRecord):
            current.delete()
        with pytest.raises(PublishedVersionIsRecord):
            ConsentPolicy.objects.get(pk=current.pk).publish()
        assert ConsentPolicy.objects.current().heading != "Rewritten history"

    def test_a_consent_record_cannot_be_changed(self, client, decide, home):
        decide(client, "reject_all")
        record = ConsentRecord.objects.get()
        record.decisions = {"analytics": "accepted"}
        with pytest.raises(PublishedVersionIsRecord):
            record.save()

    def test_the_comparison_lists_every_kind_of_change(self, home):
        CookieGroup.objects.filter(varname="analytics").update(description="Scroll depth too.")
        CookieDeclaration.objects.create(
            cookiegroup=CookieGroup.objects.get(varname="embeds"),
            name="VISITOR_INFO1_LIVE",
            description="YouTube's bandwidth estimate.",
            duration="6 months",
            recipients="YouTube (Google)",
        )
        draft = ConsentPolicy.objects.current().new_draft(heading="Cookies, plainly")

        changes = {change.item: change for change in draft.compare()}

        assert changes["heading"].after == "Cookies, plainly"
        assert changes["description of the group “Analytics”"].after == "Scroll depth too."
        added = changes["cookie VISITOR_INFO1_LIVE in “Embeds and social media”"]
        assert added.before == ""
        assert "YouTube (Google)" in added.after
        assert len(changes) == 3


class TestBannerText:
    def test_links_and_a_second_heading_survive_and_nothing_else_runs(self, client, home):
        publish_new_version(
            body=(
                '<h3 onclick="steal()">Your rights</h3>'
                '<p>Read the <a href="https://lords.example/privacy/" style="color:red">'
                "privacy policy</a>.</p><script>steal()</script>"
                '<p><a href="javascript:steal()">bad link</a></p>'
            )
        )

        page = client.get("/").content.decode()
        banner = page[page.index('class="consent-banner__body"') :]
        banner = banner[: banner.index("</div>")]
        assert "<h3>Your rights</h3>" in banner
        assert (
            '<a href="https://lords.example/privacy/" rel="noopener">privacy policy</a>' in banner
        )
        assert "steal()" not in banner
        assert "style=" not in banner


class TestPolicyVersion:
    def test_publishing_a_new_version_asks_every_reader_again(
        self, client, home, decide, analytics_snippet
    ):
        decide(client, "accept_all")
        first = ConsentRecord.objects.get()
        assert client.get("/cookies/analytics/").status_code == 200

        draft = ConsentPolicy.objects.create(heading="Cookies, revised", body="<p>New words.</p>")
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
        ConsentPolicy.objects.create(heading="Not yet", body="<p>Unpublished words.</p>")
        CookieGroup.objects.filter(varname="analytics").update(name="Not yet either")

        assert client.get("/").content == before
