"""The analytics tag's hashes and origins follow the tag whenever an administrator saves it."""

import importlib

import pytest
from django.apps import apps
from wagtail.models import Site

from consent.models import AnalyticsSettings
from demo.consent import load_consent_demo
from demo.content.consent import ANALYTICS_SNIPPET
from security.models import AnalyticsTagSources
from security.scripts import script_sources, sha256_source
from tests.factories import UserFactory, build_site

OLD_SCRIPT = "window.oldTag = true;"
NEW_SCRIPT = 'var u = "//stats.example.org/"; window.newTag = true;'
OLD_TAG = f'<script>{OLD_SCRIPT}</script><script src="https://old-stats.example.com/t.js"></script>'
NEW_TAG = f"<script>\r\n{NEW_SCRIPT}\r\n</script>"


@pytest.fixture
def site(db):
    build_site()
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def analytics(site):
    setting = AnalyticsSettings.for_site(site)
    setting.snippet = OLD_TAG
    setting.save()
    return setting


def script_src(client):
    header = client.get("/")["Content-Security-Policy"]
    return next(part.split()[1:] for part in header.split(";") if part.split()[0] == "script-src")


def test_an_administrator_saving_a_new_tag_changes_the_policy(client, site, analytics):
    assert sha256_source(OLD_SCRIPT) in script_src(client)
    client.force_login(UserFactory(is_superuser=True))

    response = client.post(
        f"/admin/settings/consent/analyticssettings/{site.pk}/", {"snippet": NEW_TAG}
    )

    assert response.status_code == 302
    sources = script_src(client)
    # The browser hashes the text with CRLF turned to LF, as the form's CRLF arrives.
    assert sha256_source(f"\n{NEW_SCRIPT}\n") in sources
    assert "https://stats.example.org" in sources
    assert sha256_source(OLD_SCRIPT) not in sources
    assert "https://old-stats.example.com" not in sources


def test_sources_are_stored_with_the_site_when_the_tag_is_saved(analytics, site):
    stored = AnalyticsTagSources.objects.get(site=site)
    assert stored.script_hashes == [sha256_source(OLD_SCRIPT)]
    assert stored.origins == ["https://old-stats.example.com"]

    analytics.snippet = ""
    analytics.save()

    stored.refresh_from_db()
    assert stored.script_hashes == [] and stored.origins == []


def test_removing_the_setting_removes_its_sources(client, analytics):
    analytics.delete()
    assert not AnalyticsTagSources.objects.exists()
    assert sha256_source(OLD_SCRIPT) not in script_src(client)


def test_the_demo_tag_is_allowed_once_the_demo_loads(client, site):
    load_consent_demo(site)
    expected = script_sources(ANALYTICS_SNIPPET).script_hashes
    assert expected and set(expected) <= set(script_src(client))


def test_tags_saved_before_the_policy_existed_get_their_sources(site, analytics):
    AnalyticsTagSources.objects.all().delete()
    migration = importlib.import_module(
        "security.migrations.0002_derive_sources_of_saved_analytics_tags"
    )

    migration.derive_sources_of_saved_tags(apps, schema_editor=None)

    assert AnalyticsTagSources.objects.get(site=site).script_hashes == [sha256_source(OLD_SCRIPT)]


def test_editors_cannot_change_the_tag(client, site, analytics):
    client.force_login(UserFactory(groups=["Editors"]))
    response = client.post(
        f"/admin/settings/consent/analyticssettings/{site.pk}/", {"snippet": NEW_TAG}
    )
    assert response.status_code in (302, 403)
    assert sha256_source(f"\n{NEW_SCRIPT}\n") not in script_src(client)
    assert AnalyticsTagSources.objects.get(site=site).origins == ["https://old-stats.example.com"]
