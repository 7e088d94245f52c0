"""Canonical addresses, sharing cards and JSON-LD on every kind of page."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import SiteSettings
from seo.structured_data import to_script_json
from tests.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    ImageFactory,
    SponsorFactory,
    StandardPageFactory,
)

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(response):
    assert response.status_code == 200
    documents = [json.loads(text) for text in JSON_LD.findall(response.content.decode())]
    return {document["@type"]: document for document in documents}


@pytest.fixture
def story(section, author):
    return ArticlePageFactory(
        parent=section,
        title="Council passes harbour budget",
        slug="harbour-budget",
        standfirst="Twelve votes to nine after a long night.",
        authors=[author],
        hero_image=ImageFactory(),
        tags=["harbour"],
    )


@pytest.fixture
def logo(home):
    site_settings = SiteSettings.for_site(home.get_site())
    site_settings.logo = ImageFactory(title="Masthead logo")
    site_settings.follow_links = [
        ("link", {"platform": "bluesky", "url": "https://bsky.app/profile/lp.example"})
    ]
    site_settings.save()
    return site_settings.logo


@pytest.mark.django_db
class TestNewsArticle:
    def test_required_fields(self, client, story, author, logo):
        article = json_ld(client.get(story.url))["NewsArticle"]
        assert article["@context"] == "https://schema.org"
        assert article["headline"] == "Council passes harbour budget"
        assert (
            article["datePublished"]
            == story.publication_date.isoformat()[:23] + article["datePublished"][23:]
        )
        assert article["dateModified"]
        assert article["image"][0].startswith("http://testserver/media/images/")
        assert article["author"] == [
            {
                "@type": "Person",
                "name": "Esther Ward",
                "url": "http://testserver/authors/esther-ward/",
                "jobTitle": "City Hall Reporter",
            }
        ]
        publisher = article["publisher"]
        assert publisher["@type"] == "NewsMediaOrganization"
        assert publisher["name"] == "Lord's Press"
        assert publisher["logo"]["url"].startswith("http://testserver/media/images/")
        assert publisher["sameAs"] == ["https://bsky.app/profile/lp.example"]
        assert article["articleSection"] == "Politics"
        assert article["mainEntityOfPage"]["@id"] == "http://testserver/politics/harbour-budget/"
        assert article["keywords"] == ["harbour"]

    def test_sponsored_article_names_its_sponsor(self, client, section, author):
        story = ArticlePageFactory(
            parent=section, authors=[author], sponsor=SponsorFactory(name="Vell River Ferries")
        )
        article = json_ld(client.get(story.url))["NewsArticle"]
        assert article["sponsor"] == {"@type": "Organization", "name": "Vell River Ferries"}

    def test_breadcrumbs(self, client, story):
        crumbs = json_ld(client.get(story.url))["BreadcrumbList"]["itemListElement"]
        assert [(c["position"], c["name"], c["item"]) for c in crumbs] == [
            (1, "Home", "http://testserver/"),
            (2, "Politics", "http://testserver/politics/"),
            (3, "Council passes harbour budget", "http://testserver/politics/harbour-budget/"),
        ]

    def test_canonical_and_sharing_cards(self, client, story):
        html = client.get(story.url).content.decode()
        assert '<link rel="canonical" href="http://testserver/politics/harbour-budget/">' in html
        assert '<meta property="og:type" content="article">' in html
        assert '<meta property="og:title" content="Council passes harbour budget">' in html
        assert re.search(
            r'<meta property="og:image" content="http://testserver/media/images/[^"]+\.jpg">', html
        )
        alt = "Fishing boats moored along the harbour wall at dawn"
        assert f'<meta property="og:image:alt" content="{alt}">' in html
        assert '<meta name="twitter:card" content="summary_large_image">' in html
        assert '<meta property="article:section" content="Politics">' in html
        assert '<meta property="article:tag" content="harbour">' in html

    def test_republished_article_is_canonical_at_its_source(self, client, section, author):
        story = ArticlePageFactory(
            parent=section,
            authors=[author],
            syndication_source_name="Vell Valley Courier",
            syndication_source_url="https://courier.example/harbour",
        )
        response = client.get(story.url)
        html = response.content.decode()
        assert '<link rel="canonical" href="https://courier.example/harbour">' in html
        assert json_ld(response)["NewsArticle"]["mainEntityOfPage"]["@id"] == (
            "https://courier.example/harbour"
        )

    def test_hostile_text_cannot_break_out_of_the_script(self, client, section, author):
        story = ArticlePageFactory(
            parent=section,
            authors=[author],
            title="</script><script>alert(1)</script> & <!-- more",
            standfirst="Ends with </SCRIPT>",
        )
        response = client.get(story.url)
        html = response.content.decode()
        assert "<script>alert(1)" not in html
        article = json_ld(response)["NewsArticle"]
        assert article["headline"] == "</script><script>alert(1)</script> & <!-- more"
        assert article["description"] == "Ends with </SCRIPT>"

    def test_head_metadata_queries_do_not_grow_with_authors(self, client, section, author):
        co_authors = [AuthorPageFactory(parent=author.get_parent()) for _ in range(3)]
        single = ArticlePageFactory(parent=section, authors=[author], tags=["a"])
        crowded = ArticlePageFactory(
            parent=section, authors=[author, *co_authors], tags=["a", "b", "c"]
        )
        client.get(single.url)
        client.get(crowded.url)
        with CaptureQueriesContext(connection) as one_author:
            client.get(single.url)
        with CaptureQueriesContext(connection) as four_authors:
            client.get(crowded.url)
        assert len(four_authors) == len(one_author)


@pytest.mark.django_db
class TestOtherPages:
    def test_author_page_is_a_person(self, client, author, logo):
        person = json_ld(client.get(author.url))["Person"]
        assert person["name"] == "Esther Ward"
        assert person["url"] == "http://testserver/authors/esther-ward/"
        assert person["worksFor"]["name"] == "Lord's Press"
        assert "BreadcrumbList" in json_ld(client.get(author.url))

    def test_section_is_a_collection_page(self, client, section):
        documents = json_ld(client.get(section.url))
        assert documents["CollectionPage"]["name"] == "Politics"
        assert documents["CollectionPage"]["description"] == "Our reporting."
        assert documents["BreadcrumbList"]["itemListElement"][-1]["name"] == "Politics"

    def test_front_page_is_the_website(self, client, home):
        documents = json_ld(client.get("/"))
        assert documents["WebSite"]["url"] == "http://testserver/"
        assert documents["WebSite"]["potentialAction"]["target"] == (
            "http://testserver/search/?q={search_term_string}"
        )
        assert (
            '<link rel="canonical" href="http://testserver/">' in client.get("/").content.decode()
        )

    def test_standing_page_has_breadcrumbs_and_a_summary_card(self, client, home):
        page = StandardPageFactory(parent=home, title="About us", slug="about")
        response = client.get(page.url)
        assert json_ld(response)["BreadcrumbList"]["itemListElement"][-1]["name"] == "About us"
        assert '<meta name="twitter:card" content="summary">' in response.content.decode()

    def test_search_page_has_no_page_metadata_but_still_renders(self, client, home):
        response = client.get("/search/?q=%3Cscript%3E")
        assert response.status_code == 200
        assert "application/ld+json" not in response.content.decode()


def test_script_json_escapes_markup_characters():
    text = to_script_json({"headline": "a </script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"headline": "a </script> & <!--"}
