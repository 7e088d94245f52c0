"""The Content-Security-Policy and Permissions-Policy headers: on every response, strict for
readers, the admin's own under /admin/, and report-only when the setting says so."""

import runpy
import time
from unittest import mock

import pytest
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from config.settings import base as base_settings
from consent.models import AnalyticsSettings
from freshness import versions
from security.models import AnalyticsTagSources
from security.policy import ANALYTICS_CACHE_PREFIX, keep_process_copy
from security.scripts import sha256_source
from tests.factories import EmbedFactory, UserFactory
from tests.security.csp_check import blocked, parse_policy
from tests.security.newsroom import build_newsroom

CSP = "Content-Security-Policy"
CSP_REPORT_ONLY = "Content-Security-Policy-Report-Only"
TAG_SCRIPT = "window.measured = true;"
ANALYTICS_TAG = (
    f'<script>{TAG_SCRIPT}</script><script src="https://stats.example.net/t.js"></script>'
)


@pytest.fixture
def newsroom(db):
    newsroom = build_newsroom()
    analytics = AnalyticsSettings.for_site(Site.objects.get(is_default_site=True))
    analytics.snippet = ANALYTICS_TAG
    analytics.save()
    return newsroom


def policy(response, header=CSP):
    return parse_policy(response[header])


def test_every_kind_of_response_carries_both_policies(client, newsroom):
    for url in (
        "/",
        newsroom["article"].url,
        newsroom["section"].url,
        "/search/?q=harbour",
        "/cookies/",
        "/cookies/analytics/",
        "/feeds/rss/",
        "/sitemap.xml",
        "/robots.txt",
        "/static/css/site.css",
        "/no-such-page/",
        "/admin/login/",
    ):
        response = client.get(url)
        assert "script-src" in policy(response), url
        assert "camera=()" in response["Permissions-Policy"], url


def test_reader_policy_allows_scripts_by_origin_and_hash_only(client, newsroom):
    directives = policy(client.get(newsroom["article"].url))

    script_sources = directives["script-src"]
    assert "'self'" in script_sources
    for loose in ("'unsafe-inline'", "'unsafe-eval'", "'strict-dynamic'", "*", "https:", "data:"):
        assert loose not in script_sources
    assert not any(source.startswith("'nonce-") for source in script_sources)
    assert sha256_source(TAG_SCRIPT) in script_sources
    assert "https://stats.example.net" in script_sources
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["report-uri"] == ["/csp-report/"]


def test_stored_embeds_are_framed_from_allowed_origins(client, newsroom):
    frame_sources = policy(client.get(newsroom["article"].url))["frame-src"]
    html = EmbedFactory(url="https://www.youtube.com/watch?v=lordspress77").html
    assert (
        blocked(
            f"<template>{html}</template>",
            f"frame-src {' '.join(frame_sources)}",
            "https://news.example/",
        )
        == []
    )
    for origin in ("https://www.youtube.com", "https://player.vimeo.com"):
        assert origin in frame_sources


def test_reader_pages_contain_nothing_their_policy_blocks(client, newsroom):
    for url in (
        "/",
        newsroom["section"].url,
        newsroom["article"].url,
        newsroom["author"].url,
        "/about/",
        "/search/?q=harbour",
        "/cookies/",
        "/subscribe/",
        "/account/sign-in/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert blocked(response.content.decode(), response[CSP], f"http://testserver{url}") == [], (
            url
        )


def test_admin_has_its_own_policy_without_the_readers_hashes(admin_client, newsroom):
    directives = policy(admin_client.get(f"/admin/pages/{newsroom['article'].pk}/edit/"))

    # A hash would make browsers ignore 'unsafe-inline', which the admin's editors need.
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert "'self'" in directives["frame-src"]  # the live preview
    assert "https://stats.example.net" not in directives["connect-src"]
    assert directives["object-src"] == ["'none'"]


def test_the_analytics_tag_reaches_scripts_connections_and_images(client, newsroom):
    directives = policy(client.get("/"))
    for directive in ("script-src", "connect-src", "img-src"):
        assert "https://stats.example.net" in directives[directive]


def test_cached_pages_carry_the_policy_they_were_rendered_with_until_a_change_renews_them(
    client, newsroom, settings
):
    """A cached page and its policy are stored together, so the hashes always name the
    inline scripts of the page they go out with; saving the analytics tag renews the
    site, and the next reader gets the page and the policy rendered afresh."""
    settings.PAGE_CACHE_ENABLED = True
    rendered = client.get("/")
    assert rendered["X-Cache"] == "MISS"
    assert client.get("/")[CSP] == rendered[CSP]

    analytics = AnalyticsSettings.for_site(Site.objects.get(is_default_site=True))
    analytics.snippet = "<script>window.counted = 2;</script>"
    analytics.save()

    renewed = client.get("/")
    assert renewed["X-Cache"] == "MISS"
    assert sha256_source("window.counted = 2;") in policy(renewed)["script-src"]
    assert sha256_source(TAG_SCRIPT) not in policy(renewed)["script-src"]


def test_a_deploy_that_changes_the_policy_starts_the_page_cache_afresh(
    client, newsroom, settings, report_only
):
    settings.PAGE_CACHE_ENABLED = True
    settings.CONTENT_SECURITY_POLICY = settings.CONTENT_SECURITY_POLICY_REPORT_ONLY
    client.get("/")
    assert client.get("/")["X-Cache"] == "HIT"

    settings.CONTENT_SECURITY_POLICY = None

    response = client.get("/")
    assert response["X-Cache"] == "MISS"
    assert CSP not in response and CSP_REPORT_ONLY in response


def test_cached_pages_get_the_policy_from_the_cache_not_the_database(client, newsroom, settings):
    settings.PAGE_CACHE_ENABLED = True
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert response["X-Cache"] == "HIT"
    assert len(queries) == 0
    assert sha256_source(TAG_SCRIPT) in policy(response)["script-src"]


def test_files_and_feeds_get_the_plain_policy_without_a_cache_read(client, newsroom):
    for url in ("/static/css/site.css", "/feeds/rss/", "/robots.txt"):
        with CaptureQueriesContext(connection) as queries:
            sources = policy(client.get(url))["script-src"]
        assert sources == ["'self'"], url
        assert not [query for query in queries if "security_" in query["sql"]], url


@pytest.fixture
def report_only(settings):
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = settings.CONTENT_SECURITY_POLICY
    settings.CONTENT_SECURITY_POLICY = None


def test_report_only_mode_reports_the_same_policy_and_enforces_none(client, newsroom, report_only):
    response = client.get(newsroom["article"].url)

    assert CSP not in response
    directives = policy(response, CSP_REPORT_ONLY)
    assert sha256_source(TAG_SCRIPT) in directives["script-src"]
    assert directives["report-uri"] == ["/csp-report/"]
    client.force_login(UserFactory(is_superuser=True))
    admin = client.get("/admin/")
    assert CSP not in admin
    assert "'unsafe-inline'" in policy(admin, CSP_REPORT_ONLY)["script-src"]


def test_report_only_is_switched_by_the_environment(monkeypatch):
    monkeypatch.setenv("CSP_REPORT_ONLY", "true")
    reporting = runpy.run_path(base_settings.__file__)
    monkeypatch.setenv("CSP_REPORT_ONLY", "false")
    enforcing = runpy.run_path(base_settings.__file__)

    assert reporting["CONTENT_SECURITY_POLICY"] is None
    assert reporting["CONTENT_SECURITY_POLICY_REPORT_ONLY"]["DIRECTIVES"]["script-src"] == [
        "'self'"
    ]
    assert enforcing["CONTENT_SECURITY_POLICY_REPORT_ONLY"] is None
    assert enforcing["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["script-src"] == ["'self'"]


def test_assets_from_another_host_are_allowed_where_they_are_used(monkeypatch):
    monkeypatch.setenv("MEDIA_URL", "https://media.example-cdn.net/lordspress/")
    directives = runpy.run_path(base_settings.__file__)["CSP_READER_DIRECTIVES"]

    for directive in ("img-src", "media-src", "script-src", "style-src"):
        assert "https://media.example-cdn.net" in directives[directive]
    assert "https://media.example-cdn.net" not in directives["connect-src"]


def test_permissions_policy_turns_off_what_nobody_uses_and_keeps_what_players_need(client, db):
    header = client.get("/robots.txt")["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in header
    for kept in ("fullscreen", "autoplay", "picture-in-picture", "publickey-credentials-get"):
        assert kept not in header


def test_pages_still_go_out_when_the_sources_cannot_be_read(client, newsroom, settings):
    drop_shared_copy()
    with mock.patch.object(
        AnalyticsTagSources.objects, "order_by", side_effect=DatabaseError("server gone")
    ):
        response = client.get(newsroom["article"].url)

    assert response.status_code == 200
    # Without its sources the tag is blocked, never allowed by a looser policy.
    assert policy(response)["script-src"] == ["'self'"]
    assert sha256_source(TAG_SCRIPT) in policy(client.get("/"))["script-src"]


def drop_shared_copy():
    """As when the shared cache lost the sources: the page cache still holds the pages."""
    (site_version,) = versions.current([versions.SITE])
    versions.cache().delete(f"{ANALYTICS_CACHE_PREFIX}:{site_version}")


@pytest.fixture
def process_copy(settings):
    settings.CSP_PROCESS_CACHE_SECONDS = 60
    yield
    keep_process_copy(None, 0)


def test_other_processes_follow_a_new_tag_when_their_copy_expires(client, newsroom, process_copy):
    assert sha256_source(TAG_SCRIPT) in policy(client.get("/"))["script-src"]
    # Another process saves a new tag: the database and the site's version change, not us.
    AnalyticsTagSources.objects.update(script_hashes=["'sha256-bmV3IHRhZw=='"])
    versions.renew([versions.SITE])

    assert sha256_source(TAG_SCRIPT) in policy(client.get("/"))["script-src"]
    later = time.monotonic() + 61
    with mock.patch("security.policy.time.monotonic", return_value=later):
        sources = policy(client.get("/"))["script-src"]
    assert "'sha256-bmV3IHRhZw=='" in sources
    assert sha256_source(TAG_SCRIPT) not in sources


def test_a_save_in_this_process_is_followed_at_once(client, newsroom, process_copy):
    client.get("/")
    analytics = AnalyticsSettings.for_site(Site.objects.get(is_default_site=True))
    analytics.snippet = "<script>window.other = 1;</script>"
    analytics.save()
    assert sha256_source("window.other = 1;") in policy(client.get("/"))["script-src"]
