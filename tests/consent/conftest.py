import uuid
from datetime import timedelta

import pytest
from cookie_consent.models import CookieGroup
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import Site

from consent.models import AnalyticsSettings, ConsentPolicy, ConsentRecord, CookieDeclaration
from tests.factories import ArticlePageFactory, EmbedFactory

ANALYTICS_SNIPPET = '<script data-probe="analytics">window.measured = true;</script>'


def publish_new_version(**changes):
    """Publish the live wording (changed where asked) with the cookie groups as they stand."""
    draft = ConsentPolicy.objects.current().new_draft(**changes)
    draft.save()
    draft.publish()
    return draft


@pytest.fixture
def analytics_cookie(db):
    """A cookie the analytics tag would set on our own domain, published to readers."""
    cookie = CookieDeclaration.objects.create(
        cookiegroup=CookieGroup.objects.get(varname="analytics"),
        name="_pk_id.*",
        description="Tells one visit from the next.",
        duration="13 months",
    )
    publish_new_version()
    return cookie


@pytest.fixture
def analytics_snippet(home):
    settings = AnalyticsSettings.for_site(Site.objects.get(is_default_site=True))
    settings.snippet = ANALYTICS_SNIPPET
    settings.save()
    return ANALYTICS_SNIPPET


@pytest.fixture
def embed(db):
    return EmbedFactory(url="https://www.youtube.com/watch?v=lordspress01")


@pytest.fixture
def article(section, author, embed):
    return ArticlePageFactory(
        parent=section,
        title="Harbour wall repairs begin",
        slug="harbour-wall-repairs",
        authors=[author],
        body=[
            ("paragraph", "<p>Work started at dawn.</p>"),
            ("embed", {"url": embed.url, "caption": "The wall from the water"}),
        ],
    )


@pytest.fixture
def legal_user(django_user_model):
    user = django_user_model.objects.create_user("lena", password="pw")
    user.groups.add(Group.objects.get(name="Legal"))
    return user


@pytest.fixture
def legal_client(client, legal_user):
    client.force_login(legal_user)
    return client


@pytest.fixture
def make_record(db):
    """A consent record as a reader's decision leaves it, optionally some days old."""

    def make(decisions, choice="custom", days_ago=0, consent_id=None):
        return ConsentRecord.objects.create(
            consent_id=consent_id or uuid.uuid4(),
            created_at=timezone.now() - timedelta(days=days_ago),
            policy=ConsentPolicy.objects.current(),
            choice=choice,
            decisions=decisions,
        )

    return make


@pytest.fixture
def editor_user(django_user_model):
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    user = django_user_model.objects.create_user("eddie", password="pw")
    user.groups.add(editors)
    return user


@pytest.fixture
def decide(home):
    """Post a reader's decision the way the banner (fetch=True) or settings page does."""

    def post(client, choice, groups=(), fetch=False, **extra):
        headers = {"HTTP_X_COOKIE_CONSENT_FETCH": "1"} if fetch else {}
        return client.post(
            "/cookies/decide/", {"choice": choice, "groups": list(groups)}, **headers, **extra
        )

    return post
