"""A change renews what shows it, and nothing else: here, and on the CDN."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from core.models import SiteSettings
from tests.factories import ArticlePageFactory, AuthorPageFactory, ImageFactory, SectionFactory


@pytest.fixture
def newsroom(home, section, author, author_index):
    culture = SectionFactory(parent=home, title="Culture", slug="culture")
    other_author = AuthorPageFactory(parent=author_index, title="Ivo Lenz", slug="ivo-lenz")
    return {
        "story": ArticlePageFactory(
            parent=section, title="Tide gauge", slug="tide-gauge", authors=[author]
        ),
        "neighbour": ArticlePageFactory(
            parent=section, title="Ferry fares", slug="ferry-fares", authors=[author]
        ),
        "elsewhere": ArticlePageFactory(
            parent=culture, title="Theatre reopens", slug="theatre", authors=[other_author]
        ),
        "culture": culture,
        "other_author": other_author,
    }


def cache_states(client, urls):
    return {url: client.get(url)["X-Cache"] for url in urls}


def test_a_story_renews_the_pages_that_show_it_and_leaves_the_rest(client, commit, newsroom):
    story = newsroom["story"]
    shows_it = [
        story.url,
        "/",
        "/politics/",
        "/authors/esther-ward/",
        "/feeds/rss/",
        "/feeds/sections/politics/rss/",
        "/feeds/authors/esther-ward/atom/",
        "/sitemap.xml",
        "/news-sitemap.xml",
    ]
    does_not = [
        newsroom["elsewhere"].url,
        newsroom["culture"].url,
        newsroom["other_author"].url,
        "/feeds/sections/culture/rss/",
    ]
    cache_states(client, shows_it + does_not)

    story.title = "Tide gauge installed"
    commit(story.save_revision().publish)

    assert cache_states(client, shows_it) == dict.fromkeys(shows_it, "MISS")
    assert cache_states(client, does_not) == dict.fromkeys(does_not, "HIT")


def test_a_publish_leaves_other_pages_fragments_in_place(client, settings, commit, newsroom):
    settings.PAGE_CACHE_ENABLED = False
    elsewhere = newsroom["elsewhere"].url
    client.get(elsewhere)
    with CaptureQueriesContext(connection) as before:
        client.get(elsewhere)

    commit(newsroom["story"].save_revision().publish)

    with CaptureQueriesContext(connection) as after:
        client.get(elsewhere)
    # Only serving the page; the story, its listing and the shared parts stay cached.
    assert len(after) == len(before)


def test_renaming_an_author_renews_every_story_with_their_byline(client, commit, newsroom, author):
    cache_states(client, [newsroom["neighbour"].url, newsroom["elsewhere"].url])

    author.title = "Esther Ward-Lenz"
    commit(author.save_revision().publish)

    assert "Esther Ward-Lenz" in client.get(newsroom["neighbour"].url).content.decode()
    assert client.get(newsroom["elsewhere"].url)["X-Cache"] == "HIT"


def test_a_section_renews_everything_its_name_labels(client, commit, newsroom, section):
    client.get(newsroom["elsewhere"].url)
    section.title = "Politics and power"
    commit(section.save_revision().publish)
    assert "Politics and power" in client.get(newsroom["elsewhere"].url).content.decode()


def test_a_settings_change_renews_every_page(client, commit, newsroom):
    client.get(newsroom["elsewhere"].url)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.publication_name = "The Ardmere Record"
    commit(site_settings.save)
    assert "The Ardmere Record" in client.get(newsroom["elsewhere"].url).content.decode()


def test_a_new_photo_credit_shows_wherever_the_image_is_used(client, commit, section, author):
    photo = ImageFactory(credit="Ana Ruiz")
    story = ArticlePageFactory(parent=section, authors=[author], hero_image=photo)
    assert "Ana Ruiz" in client.get(story.url).content.decode()

    photo.credit = "Ana Ruiz / Harbour Trust"
    commit(photo.save)

    assert "Ana Ruiz / Harbour Trust" in client.get(story.url).content.decode()


def test_the_cdn_is_asked_to_purge_exactly_what_shows_the_story(
    settings, httpserver, commit, newsroom
):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "freshness.cdn.HTTPPurgeBackend",
            "LOCATION": httpserver.url_for("/"),
        }
    }
    httpserver.expect_request(re.compile(".*"), method="PURGE").respond_with_data("")

    commit(newsroom["story"].save_revision().publish)

    purged = {request.path for request, _ in httpserver.log}
    assert {"/politics/tide-gauge/", "/", "/politics/", "/authors/esther-ward/"} <= purged
    assert {"/feeds/rss/", "/sitemap.xml", "/news-sitemap.xml"} <= purged
    assert newsroom["elsewhere"].url not in purged
    assert "/culture/" not in purged


def test_nothing_is_renewed_or_purged_when_the_publish_is_rolled_back(
    client, settings, httpserver, django_capture_on_commit_callbacks, newsroom
):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "freshness.cdn.HTTPPurgeBackend",
            "LOCATION": httpserver.url_for("/"),
        }
    }
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        newsroom["story"].save_revision().publish()
    # The purge waits for the commit, which a rolled-back publish never reaches.
    assert callbacks
    assert httpserver.log == []
