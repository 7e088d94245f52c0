"""Restricted parts of the tree stay restricted, and a restriction shows at once."""

import pytest
from wagtail.models import Page, PageViewRestriction

from news.models import ArticlePage
from tests.factories import ArticlePageFactory, SectionFactory

PASSWORD_PROMPT = b"password"


@pytest.fixture
def stories(section, author):
    return {
        "open": ArticlePageFactory(parent=section, authors=[author], title="Open story"),
        "closed": ArticlePageFactory(parent=section, authors=[author], title="Closed story"),
    }


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="harbour"
    )


def published_titles():
    return set(ArticlePage.objects.published().values_list("title", flat=True))


def test_a_restriction_takes_effect_at_once(client, stories):
    assert published_titles() == {"Open story", "Closed story"}
    assert client.get(stories["closed"].url).status_code == 200

    restriction = restrict(stories["closed"])

    assert published_titles() == {"Open story"}
    response = client.get(stories["closed"].url)
    assert b"Closed story" not in response.content
    assert PASSWORD_PROMPT in response.content.lower()

    restriction.delete()

    assert published_titles() == {"Open story", "Closed story"}
    assert b"Closed story" in client.get(stories["closed"].url).content


def test_moving_a_story_into_a_restricted_section_restricts_it(client, home, stories, author):
    private = SectionFactory(parent=home, title="Members", slug="members")
    restrict(private)
    assert "Open story" in published_titles()

    stories["open"].move(private, pos="last-child")

    assert "Open story" not in published_titles()
    moved = ArticlePage.objects.get(pk=stories["open"].pk)
    assert b"Open story" not in client.get(moved.url).content


def test_an_alias_of_a_restricted_story_is_restricted(client, section, stories):
    restrict(stories["closed"])
    other_section = SectionFactory(parent=section.get_parent(), title="Elsewhere")

    alias = stories["closed"].create_alias(parent=other_section, update_slug="closed-alias")

    assert not Page.objects.filter(pk=alias.pk).public().exists()
    assert b"Closed story" not in client.get(alias.url).content
