"""Tag pages list the stories readers may see under a tag, paginated, with feeds; a tag
carried only by unpublished or private work stays unknown."""

from datetime import UTC, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from news.models import ARTICLES_PER_PAGE
from tests.factories import ArticlePageFactory

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def story(section, author):
    def make(title, hours_ago=1, **kwargs):
        return ArticlePageFactory(
            parent=section,
            authors=[author],
            title=title,
            publication_date=NOW - timedelta(hours=hours_ago),
            **kwargs,
        )

    return make


def headlines(response):
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [link.text for link in soup.select(".teaser__headline a")]


def test_a_tag_page_lists_its_published_stories_newest_first(client, story):
    story("Ferry fares rise", hours_ago=3, tags=["Ferries"])
    story("New ferry named", hours_ago=1, tags=["Ferries", "Harbour"])
    story("Museum reopens", hours_ago=2, tags=["Museums"])

    response = client.get("/tags/ferries/")

    assert headlines(response) == ["New ferry named", "Ferry fares rise"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.text == "Ferries"
    feeds = {link["href"] for link in soup.select('link[rel="alternate"]')}
    assert feeds == {"/feeds/tags/ferries/rss/", "/feeds/tags/ferries/atom/"}


def test_a_tag_page_is_paginated_in_constant_queries(
    client, settings, story, django_assert_max_num_queries
):
    """Within the budget of a section page (tests/test_query_counts.py), rendered in full."""
    settings.PAGE_CACHE_ENABLED = False
    settings.PAGE_FRAGMENTS_ENABLED = False
    for hours_ago in range(ARTICLES_PER_PAGE + 2):
        story(f"Tide report {hours_ago}", hours_ago=hours_ago + 1, tags=["Tides"])
    second = headlines(client.get("/tags/tides/?page=2"))

    with django_assert_max_num_queries(12):
        first = headlines(client.get("/tags/tides/"))

    assert len(first) == ARTICLES_PER_PAGE
    assert second == ["Tide report 20", "Tide report 21"]


def test_a_tag_only_drafts_private_or_expired_stories_carry_is_unknown(client, story):
    draft = story("Draft about the buyer", tags=["Buyer"])
    draft.unpublish()
    private = story("Private about the buyer", tags=["Buyer"])
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    story("Expired about the buyer", tags=["Buyer"], expire_at=NOW - timedelta(days=1))

    for url in ("/tags/buyer/", "/feeds/tags/buyer/rss/", "/feeds/tags/buyer/atom/"):
        assert client.get(url).status_code == 404, url
    assert client.get("/tags/no-such-tag/").status_code == 404


def test_a_tag_page_never_lists_a_story_readers_may_not_see(client, story):
    story("Public about the quay", tags=["Quay"])
    hidden = story("Private about the quay", tags=["Quay"])
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")

    assert headlines(client.get("/tags/quay/")) == ["Public about the quay"]
    feed = client.get("/feeds/tags/quay/rss/").content.decode()
    assert "Public about the quay" in feed and "Private about the quay" not in feed


def test_tag_feeds_list_the_tags_stories(client, story):
    story("Lighthouse relit", tags=["Lighthouses"])

    for url in ("/feeds/tags/lighthouses/rss/", "/feeds/tags/lighthouses/atom/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "Lighthouse relit" in response.content.decode()


def test_publishing_a_story_renews_its_tag_pages(client, story, django_capture_on_commit_callbacks):
    first = story("Pier opens", tags=["Piers"])
    assert headlines(client.get("/tags/piers/")) == ["Pier opens"]

    with django_capture_on_commit_callbacks(execute=True):
        first.title = "Pier opens to walkers"
        first.save_revision().publish()

    assert headlines(client.get("/tags/piers/")) == ["Pier opens to walkers"]
