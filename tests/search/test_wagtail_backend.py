"""Reader search through one of Wagtail's search backends (READER_SEARCH_BACKEND), as for
an OpenSearch or Elasticsearch cluster.

No cluster runs here: Wagtail's stock database backend stands in for one. It cannot search
a method's field alone (`fields=` names columns of its own index table), so for readers
without a subscription these tests check the search Wagtail's backend is asked for; a
cluster backend searches those fields as named.
"""

import re
import zoneinfo
from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from news.models import ArticlePage
from search.forms import SearchForm
from search.views import PUBLIC_SEARCH_FIELDS, search_with_wagtail
from tests.factories import ArticlePageFactory, SubscriberFactory

LOCKED_WORD = "sparrowhawk"


@pytest.fixture(autouse=True)
def wagtail_backend(settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
    settings.READER_SEARCH_BACKEND = "default"
    # The worker never runs: what readers find must not wait for it.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def locked_story(section, author):
    return ArticlePageFactory(
        parent=section,
        title="Inside the harbour contract",
        slug="contract",
        authors=[author],
        subscribers_only=True,
        publication_date=timezone.now() - timedelta(days=1),
        body=[
            ("paragraph", "<p>The harbour board met.</p>"),
            ("paragraph", "<p>Minutes were leaked.</p>"),
            ("paragraph", f"<p>They name the {LOCKED_WORD} contractor.</p>"),
        ],
    )


@pytest.fixture
def free_story(culture, other_author):
    return ArticlePageFactory(
        parent=culture,
        title="Harbour film season",
        slug="film",
        authors=[other_author],
        body=[("paragraph", f"<p>A film about a {LOCKED_WORD}.</p>")],
    )


@pytest.fixture
def subscriber_client(client, home):
    client.force_login(SubscriberFactory(email="sub@example.org", confirmed=True).user)
    return client


def found(client, **params):
    content = client.get("/search/", params).content.decode()
    return re.findall(r'class="search-result__headline"><a href="([^"]*)"', content)


def test_subscribers_search_the_whole_text_with_every_filter(
    subscriber_client, locked_story, free_story
):
    client = subscriber_client
    assert found(client, q=LOCKED_WORD) == ["/culture/film/", "/politics/contract/"]
    assert found(client, q=LOCKED_WORD, order="newest") == [
        "/culture/film/",
        "/politics/contract/",
    ]
    assert found(client, q=LOCKED_WORD, section="politics") == ["/politics/contract/"]
    assert found(client, q=LOCKED_WORD, author="tomas-berg") == ["/culture/film/"]
    yesterday = (timezone.now() - timedelta(days=1)).date().isoformat()
    assert found(client, q=LOCKED_WORD, to=yesterday) == ["/politics/contract/"]


def search_for(user, query):
    form = SearchForm({"q": query})
    assert form.is_valid()
    return search_with_wagtail(
        user, form, query, zoneinfo.ZoneInfo("UTC"), promoted_pages=[], newest=False
    )


def test_readers_without_a_subscription_search_only_the_public_fields(
    locked_story, subscriber_client
):
    assert search_for(AnonymousUser(), LOCKED_WORD).query_compiler.fields == PUBLIC_SEARCH_FIELDS
    subscriber = SubscriberFactory(email="other@example.org", confirmed=True).user
    assert search_for(subscriber, LOCKED_WORD).query_compiler.fields is None

    public_fields = [
        field
        for field in ArticlePage.get_searchable_search_fields()
        if field.field_name in PUBLIC_SEARCH_FIELDS
    ]
    assert len(public_fields) == len(PUBLIC_SEARCH_FIELDS)
    public_text = " ".join(field.get_value(locked_story) for field in public_fields)
    assert "harbour board met" in public_text and "harbour contract" in public_text
    assert LOCKED_WORD not in public_text
    assert LOCKED_WORD in locked_story.search_locked_text()
