"""Site, section and author feeds in RSS 2.0 and Atom, read back with feedparser."""

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.feeds import absolute_urls
from tests.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    ImageFactory,
    SectionFactory,
)


@pytest.fixture
def newsroom(section, author, author_index):
    culture = SectionFactory(parent=section.get_parent(), title="Culture", slug="culture")
    critic = AuthorPageFactory(parent=author_index, title="Daniel Achterberg", slug="daniel")
    return {
        "politics_story": ArticlePageFactory(
            parent=section,
            title="Council passes harbour budget",
            standfirst="Twelve votes to nine & a long night.",
            authors=[author],
            hero_image=ImageFactory(),
            tags=["harbour", "budget"],
        ),
        "culture_story": ArticlePageFactory(
            parent=culture, title="Museum reopens", authors=[critic]
        ),
        "joint_story": ArticlePageFactory(
            parent=culture, title="Who pays for the museum", authors=[author, critic]
        ),
        "draft": ArticlePageFactory(
            parent=section, title="Unpublished draft", authors=[author], publish=False
        ),
        "culture": culture,
        "critic": critic,
    }


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(("application/rss+xml", "application/atom+xml"))
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def titles(feed):
    return {entry.title for entry in feed.entries}


@pytest.mark.django_db
class TestFeeds:
    @pytest.mark.parametrize(("suffix", "version"), [("rss", "rss20"), ("atom", "atom10")])
    def test_site_feed_lists_every_published_article(self, client, newsroom, suffix, version):
        feed = parse(client, f"/feeds/{suffix}/")
        assert feed.version == version
        assert feed.feed.title == "Lord's Press"
        assert titles(feed) == {
            "Council passes harbour budget",
            "Museum reopens",
            "Who pays for the museum",
        }

    @pytest.mark.parametrize("suffix", ["rss", "atom"])
    def test_section_feed_lists_only_its_section(self, client, newsroom, suffix):
        feed = parse(client, f"/feeds/sections/culture/{suffix}/")
        assert feed.feed.title == "Lord's Press: Culture"
        assert titles(feed) == {"Museum reopens", "Who pays for the museum"}

    @pytest.mark.parametrize("suffix", ["rss", "atom"])
    def test_author_feed_lists_only_their_bylines(self, client, newsroom, suffix):
        feed = parse(client, f"/feeds/authors/esther-ward/{suffix}/")
        assert feed.feed.title == "Lord's Press: Esther Ward"
        assert titles(feed) == {"Council passes harbour budget", "Who pays for the museum"}

    def test_item_details(self, client, newsroom):
        feed = parse(client, "/feeds/rss/")
        entry = next(e for e in feed.entries if e.title == "Council passes harbour budget")
        assert entry.link == "http://testserver/politics/" + newsroom["politics_story"].slug + "/"
        assert entry.summary == "Twelve votes to nine & a long night."
        assert {tag.term for tag in entry.tags} == {"Politics", "harbour", "budget"}
        assert entry.published_parsed is not None
        (enclosure,) = entry.enclosures
        assert enclosure.type == "image/jpeg"
        assert enclosure.href.startswith("http://testserver/media/images/")
        assert int(enclosure.length) > 0

    def test_joint_byline_names_both_authors(self, client, newsroom):
        feed = parse(client, "/feeds/atom/")
        entry = next(e for e in feed.entries if e.title == "Who pays for the museum")
        assert entry.author == "Esther Ward and Daniel Achterberg"

    def test_summary_by_default_full_text_by_setting(self, client, newsroom, settings):
        summary = parse(client, "/feeds/sections/politics/rss/")
        assert "council met on Tuesday" not in summary.entries[0].summary
        settings.FEEDS_FULL_CONTENT = True
        full = parse(client, "/feeds/sections/politics/rss/")
        body = full.entries[0].summary
        assert "The council met on Tuesday evening to vote." in body
        assert "Twelve votes to nine &amp; a long night." in body

    def test_full_text_images_carry_the_host(self, client, section, author, settings):
        settings.FEEDS_FULL_CONTENT = True
        image = ImageFactory()
        ArticlePageFactory(
            parent=section,
            authors=[author],
            body=[("image", {"image": image, "caption": "The wall", "credit": "", "alt_text": ""})],
        )
        response = client.get("/feeds/rss/")
        content = response.content.decode()
        assert 'src="http://testserver/media/images/' in content
        assert 'srcset="http://testserver/media/images/' in content
        assert '="/media/' not in content
        assert ", /media/" not in content

    def test_unknown_section_or_author_is_404(self, client, newsroom):
        assert client.get("/feeds/sections/nowhere/rss/").status_code == 404
        assert client.get("/feeds/authors/nobody/atom/").status_code == 404
        # An author's slug is not a section.
        assert client.get("/feeds/sections/esther-ward/rss/").status_code == 404

    def test_feed_queries_do_not_grow_with_articles(self, client, section, author):
        ArticlePageFactory(parent=section, authors=[author], hero_image=ImageFactory())
        client.get("/feeds/rss/")
        with CaptureQueriesContext(connection) as few:
            client.get("/feeds/rss/")
        for _ in range(5):
            ArticlePageFactory(parent=section, authors=[author], hero_image=ImageFactory())
        client.get("/feeds/rss/")  # renditions are made on first use
        with CaptureQueriesContext(connection) as many:
            client.get("/feeds/rss/")
        assert len(many) == len(few)


@pytest.mark.django_db
class TestAutodiscovery:
    def test_every_page_links_the_site_feeds(self, client, home):
        html = client.get("/").content.decode()
        assert (
            '<link rel="alternate" type="application/rss+xml" title="Lord&#x27;s Press (RSS)" '
            'href="/feeds/rss/">'
        ) in html
        assert (
            'type="application/atom+xml" title="Lord&#x27;s Press (Atom)" href="/feeds/atom/"'
            in html
        )

    def test_section_and_article_link_the_section_feeds(self, client, newsroom):
        for url in [newsroom["culture"].url, newsroom["culture_story"].url]:
            html = client.get(url).content.decode()
            assert 'href="/feeds/sections/culture/rss/"' in html
            assert 'href="/feeds/sections/culture/atom/"' in html

    def test_author_page_links_the_author_feeds(self, client, newsroom):
        html = client.get(newsroom["critic"].url).content.decode()
        assert 'title="Daniel Achterberg (RSS)" href="/feeds/authors/daniel/rss/"' in html


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<a href="/politics/vote/">vote</a>', '<a href="https://lp.example/politics/vote/">'),
        ("<img src='/media/a.jpg'/>", '<img src="https://lp.example/media/a.jpg"/>'),
        (
            '<img srcset="/media/a.jpg 1x, /media/b.jpg 2x"/>',
            'srcset="https://lp.example/media/a.jpg 1x, https://lp.example/media/b.jpg 2x"',
        ),
        ('<a href="https://elsewhere.example/x">x</a>', 'href="https://elsewhere.example/x"'),
        ('<a href="//cdn.example/x">x</a>', 'href="https://cdn.example/x"'),
        ('<p title="/not/a/link">words /media/ stay</p>', 'title="/not/a/link">words /media/ stay'),
    ],
)
def test_feed_bodies_carry_absolute_addresses_whatever_the_quoting(html, expected):
    assert expected in absolute_urls(html, "https://lp.example")
