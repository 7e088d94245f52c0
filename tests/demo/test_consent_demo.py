"""The demo's cookie declarations, analytics tag and consent text load once, however often run."""

import pytest
from wagtail.models import Site

from consent.models import AnalyticsSettings, ConsentPolicy, CookieDeclaration
from core.models import SiteSettings
from demo.consent import load_consent_demo
from demo.content.consent import ANALYTICS_SNIPPET
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home):
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    site_settings.privacy_page = StandardPageFactory(
        parent=home, title="Privacy policy", slug="privacy-policy"
    )
    site_settings.save()
    return site


def snapshot():
    return (
        sorted(CookieDeclaration.objects.values_list("cookiegroup__varname", "name", "created")),
        list(ConsentPolicy.objects.values_list("pk", "version", "privacy_page_id")),
        list(AnalyticsSettings.objects.values_list("snippet", flat=True)),
    )


def test_loads_declarations_snippet_and_a_text_linking_the_privacy_policy(site):
    before = ConsentPolicy.objects.current().version
    load_consent_demo(site)

    names = set(CookieDeclaration.objects.values_list("name", flat=True))
    assert {"lp_demo_pageviews", "VISITOR_INFO1_LIVE", "YSC", "csrftoken"} <= names
    assert AnalyticsSettings.for_site(site).snippet == ANALYTICS_SNIPPET
    current = ConsentPolicy.objects.current()
    assert current.version == before + 1
    published = {cookie["name"] for group in current.groups for cookie in group["cookies"]}
    assert {"lp_demo_pageviews", "VISITOR_INFO1_LIVE", "YSC"} <= published
    assert current.privacy_page_id == SiteSettings.for_site(site).privacy_page_id


def test_running_twice_changes_nothing(site):
    load_consent_demo(site)
    first = snapshot()

    load_consent_demo(site)

    assert snapshot() == first
