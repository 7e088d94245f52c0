"""Cached page fragments: what a repeat render costs, and that no reader sees a stale one."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consent.models import ConsentPolicy
from tests.factories import ArticlePageFactory, AuthorPageFactory, SectionFactory

# Queries for a page whose fragments are cached: serving it as Wagtail does (the site,
# the front page, the page by its URL path, the check for view restrictions) and the site
# settings the dateline reads. A full render costs what tests/test_query_counts.py budgets.
CACHED_BUDGETS = {"home": 5, "section": 7, "author": 7, "article": 7}


@pytest.fixture
def newsroom(home, section, author):
    stories = [
        ArticlePageFactory(parent=section, authors=[author], title=f"Harbour story {number}")
        for number in range(3)
    ]
    return {"home": home, "section": section, "author": author, "article": stories[0]}


@pytest.mark.usefixtures("stopped_clock")
@pytest.mark.parametrize("page_type", CACHED_BUDGETS)
def test_a_repeat_render_reads_the_fragments_and_shows_the_same_page(client, newsroom, page_type):
    url = newsroom[page_type].url
    first = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url)
    assert len(queries) == CACHED_BUDGETS[page_type]
    assert again.content == first.content


@pytest.mark.usefixtures("fragments_off")
def test_with_fragments_off_every_render_is_a_full_one(client, newsroom):
    url = newsroom["article"].url
    client.get(url)
    with CaptureQueriesContext(connection) as again:
        client.get(url)
    # The story's bylines, tags, corrections and related stories are loaded again.
    assert len(again) > CACHED_BUDGETS["article"] + 4


def test_views_that_are_not_pages_are_rendered_each_time(client, newsroom):
    client.get("/search/?q=harbour")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/search/?q=harbour")
    # Search results are rendered each time: the page fragment tag caches pages only.
    assert any("search_searchentry" in query["sql"] for query in queries)
    assert "Harbour story 0" in response.content.decode()


def test_a_published_edit_shows_at_once_wherever_the_story_appears(client, newsroom):
    article = newsroom["article"]
    pages = [article.url, newsroom["section"].url, newsroom["home"].url, newsroom["author"].url]
    for url in pages:
        assert "Harbour story 0" in client.get(url).content.decode()

    article.title = "Harbour story renamed"
    article.save_revision().publish()

    for url in pages:
        content = client.get(url).content.decode()
        assert "Harbour story renamed" in content
        assert "Harbour story 0" not in content


def test_a_renamed_section_shows_on_its_stories_at_once(client, newsroom):
    article = newsroom["article"]
    client.get(article.url)
    section = newsroom["section"]
    section.title = "Harbour affairs"
    section.save_revision().publish()
    assert "Harbour affairs" in client.get(article.url).content.decode()


def test_previews_neither_read_nor_fill_the_fragments(client, newsroom):
    article = newsroom["article"]
    client.get(article.url)  # the live story is cached

    article.title = "Draft headline"
    preview = article.make_preview_request().content.decode()
    assert "Draft headline" in preview

    live = client.get(article.url).content.decode()
    assert "Draft headline" not in live and "Harbour story 0" in live


def test_readers_locked_out_and_subscribers_get_their_own_story(
    client, django_user_model, section, author
):
    story = ArticlePageFactory(
        parent=section,
        authors=[author],
        subscribers_only=True,
        body=[("paragraph", f"<p>Paragraph {number}.</p>") for number in range(6)],
    )
    assert "Paragraph 5." not in client.get(story.url).content.decode()

    subscriber = django_user_model.objects.create_user("subscriber")
    subscriber.user_permissions.add(Permission.objects.get(codename="read_subscriber_only"))
    client.force_login(subscriber)
    assert "Paragraph 5." in client.get(story.url).content.decode()

    client.logout()
    assert "Paragraph 5." not in client.get(story.url).content.decode()


def test_each_page_of_a_listing_is_its_own_fragment(client, home, author_index, settings):
    section = SectionFactory(parent=home, title="Opinion", slug="opinion")
    writer = AuthorPageFactory(parent=author_index, title="Ines Costa", slug="ines-costa")
    for number in range(25):
        ArticlePageFactory(parent=section, authors=[writer], title=f"Column {number:02d}")
    for page in (section, writer):
        first, second = (
            client.get(page.url, {"page": number}).content.decode() for number in (1, 2)
        )
        assert "Column 24" in first and "Column 24" not in second
        assert "Column 00" in second and "Column 00" not in first


def test_new_consent_text_shows_in_every_cached_banner(client, newsroom):
    article = newsroom["article"]
    client.get(article.url)
    draft = ConsentPolicy.objects.current().new_draft(heading="We changed our cookies")
    draft.save()
    draft.publish()
    assert "We changed our cookies" in client.get(article.url).content.decode()
