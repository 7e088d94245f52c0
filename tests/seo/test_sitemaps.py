"""sitemap.xml, the Google News sitemap and robots.txt."""

from datetime import timedelta

import pytest
from defusedxml.ElementTree import fromstring
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import ArticlePageFactory, StandardPageFactory

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def locations(response):
    assert response.status_code == 200
    tree = fromstring(response.content)
    return [loc.text for loc in tree.findall("sm:url/sm:loc", NS)]


@pytest.mark.django_db
class TestSitemap:
    def test_lists_only_live_public_canonical_pages(self, client, home, section, author):
        live = ArticlePageFactory(parent=section, authors=[author], slug="live-story")
        ArticlePageFactory(parent=section, authors=[author], slug="draft-story", publish=False)
        private = StandardPageFactory(parent=home, slug="staff-only")
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        ArticlePageFactory(
            parent=section,
            authors=[author],
            slug="republished",
            syndication_source_url="https://elsewhere.example/story",
        )
        urls = locations(client.get("/sitemap.xml"))
        assert "http://testserver/" in urls
        assert "http://testserver/politics/" in urls
        assert f"http://testserver/politics/{live.slug}/" in urls
        assert "http://testserver/authors/esther-ward/" in urls
        assert not [url for url in urls if "draft-story" in url or "staff-only" in url]
        assert not [url for url in urls if "republished" in url]


@pytest.mark.django_db
class TestNewsSitemap:
    def test_lists_the_last_two_days(self, client, section, author):
        fresh = ArticlePageFactory(
            parent=section, authors=[author], title="Harbour <vote> & reaction", slug="fresh"
        )
        ArticlePageFactory(
            parent=section,
            authors=[author],
            slug="old",
            publication_date=timezone.now() - timedelta(days=2, minutes=1),
        )
        ArticlePageFactory(parent=section, authors=[author], slug="draft", publish=False)
        response = client.get("/news-sitemap.xml")
        assert response["Content-Type"] == "application/xml; charset=utf-8"
        tree = fromstring(response.content)
        (entry,) = tree.findall("sm:url", NS)
        assert entry.find("sm:loc", NS).text == f"http://testserver/politics/{fresh.slug}/"
        assert entry.find("news:news/news:title", NS).text == "Harbour <vote> & reaction"
        assert entry.find("news:news/news:publication/news:name", NS).text == "Lord's Press"
        assert entry.find("news:news/news:publication/news:language", NS).text == "en"
        published = entry.find("news:news/news:publication_date", NS).text
        assert published.startswith(
            fresh.publication_date.astimezone(timezone.get_current_timezone()).strftime(
                "%Y-%m-%dT%H:%M"
            )
        )

    def test_empty_when_nothing_is_new(self, client, home):
        tree = fromstring(client.get("/news-sitemap.xml").content)
        assert tree.findall("sm:url", NS) == []

    def test_only_read_methods(self, client, home):
        assert client.post("/news-sitemap.xml").status_code == 405


@pytest.mark.django_db
class TestRobots:
    def test_points_to_both_sitemaps(self, client, home):
        response = client.get("/robots.txt")
        assert response.status_code == 200
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        lines = response.content.decode().splitlines()
        assert "Sitemap: http://testserver/sitemap.xml" in lines
        assert "Sitemap: http://testserver/news-sitemap.xml" in lines
        assert "Disallow: /admin/" in lines
