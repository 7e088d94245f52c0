"""The articles endpoint: the story's fields, the reader site's filters, the front page."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.models import HomePageStory
from news.models import ArticleCorrection
from sponsors.models import Sponsor
from tests.factories import ArticlePageFactory, AuthorPageFactory, SectionFactory


def titles(response):
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_article_fields(client, newsroom, author, section):
    free = newsroom["free"]
    ArticleCorrection.objects.create(page=free, text="<p>The vote was 31 to 18.</p>")
    free.sponsor = Sponsor.objects.create(name="Harbour Trust", url="https://example.com/")
    free.syndication_source_name = "Ardmere Gazette"
    free.syndication_source_url = "https://example.org/wall"
    free.save_revision().publish()
    data = client.get(f"/api/v2/articles/{free.pk}/").json()
    assert data["title"] == "Harbour wall approved"
    assert data["standfirst"].startswith("The vote ends")
    assert data["section"]["id"] == section.pk
    assert data["bylines"] == [
        {
            "role": "Reporting",
            "author": {
                "id": author.pk,
                "title": "Esther Ward",
                "slug": "esther-ward",
                "html_url": "http://testserver/authors/esther-ward/",
                "job_title": "City Hall Reporter",
            },
        }
    ]
    assert data["tags"] == [{"name": "harbour", "slug": "harbour"}]
    assert data["hero_image"]["caption"] == "The wall at low tide"
    assert data["hero_image"]["credit"] == "Ana Ruiz"
    assert data["hero_image"]["renditions"]["large"]["url"].startswith("http")
    assert [c["text"] for c in data["corrections"]] == ["<p>The vote was 31 to 18.</p>"]
    assert data["updated_date"] is not None
    assert data["sponsor"] == {"name": "Harbour Trust", "url": "https://example.com/"}
    assert data["syndication"]["source_name"] == "Ardmere Gazette"
    assert data["syndication"]["wire"] == []


@pytest.fixture
def archive(home, section, author):
    culture = SectionFactory(parent=home, title="Culture", slug="culture")
    other = AuthorPageFactory(parent=author.get_parent(), title="Tom Lind", slug="tom-lind")
    now = timezone.now()
    ArticlePageFactory(
        parent=section,
        title="Old budget story",
        authors=[author],
        publication_date=now - timedelta(days=400),
    )
    ArticlePageFactory(parent=section, title="Ferry strike ends", authors=[other], tags=["ferry"])
    ArticlePageFactory(parent=culture, title="Gallery reopens", authors=[author])
    return {"culture": culture, "other": other, "now": now}


def test_filters_mirror_the_reader_site(client, archive, section, author):
    assert titles(client.get(f"/api/v2/articles/?section={archive['culture'].pk}")) == [
        "Gallery reopens"
    ]
    assert titles(client.get(f"/api/v2/articles/?author={archive['other'].pk}")) == [
        "Ferry strike ends"
    ]
    assert titles(client.get("/api/v2/articles/?tag=ferry")) == ["Ferry strike ends"]
    year_ago = (archive["now"] - timedelta(days=300)).date().isoformat()
    assert "Old budget story" not in titles(client.get(f"/api/v2/articles/?from={year_ago}"))
    assert titles(client.get(f"/api/v2/articles/?to={year_ago}")) == ["Old budget story"]
    assert titles(client.get("/api/v2/articles/?search=ferry strike")) == ["Ferry strike ends"]
    assert titles(client.get("/api/v2/articles/?order=title&limit=2")) == [
        "Ferry strike ends",
        "Gallery reopens",
    ]
    assert titles(client.get("/api/v2/articles/?limit=1&offset=1")) == ["Ferry strike ends"]


def test_search_finds_only_what_anyone_may_read(client, newsroom):
    assert titles(client.get("/api/v2/articles/?search=tender million")) == []
    assert titles(client.get("/api/v2/articles/?search=Second paragraph")) == [
        "Tender prices revealed"
    ]


def test_front_page_in_the_order_readers_see(client, home, section, author):
    first = ArticlePageFactory(parent=section, title="First filed", authors=[author])
    ArticlePageFactory(parent=section, title="Second filed", authors=[author])
    chosen = ArticlePageFactory(parent=section, title="Chosen lead", authors=[author])
    newest = ArticlePageFactory(parent=section, title="Newest filed", authors=[author])
    home.lead_story = first
    home.secondary_stories.add(HomePageStory(article=chosen))
    home.save_revision().publish()
    data = client.get("/api/v2/front-page/").json()
    stories = home.front_page_stories()
    assert data["lead_story"]["title"] == "First filed" == stories[0].title
    assert [s["title"] for s in data["secondary_stories"]] == [s.title for s in stories[1:]]
    assert [s["title"] for s in data["secondary_stories"]][:2] == ["Chosen lead", newest.title]
    assert [block["title"] for block in data["sections"]] == ["Politics"]


def listing_queries(client, url):
    client.get(url)  # renditions are made on the first request
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url", ["/api/v2/articles/?limit=50", "/api/v2/pages/?limit=50", "/api/v2/front-page/"]
)
def test_queries_do_not_grow_with_the_page_size(client, newsroom, section, author, url):
    def file_stories(count):
        for number in range(count):
            ArticlePageFactory(
                parent=section, authors=[author], tags=[f"tag{number}"], hero_image=newsroom["hero"]
            )

    # Enough for the front page to fill its places, then twice as many.
    file_stories(6)
    few = listing_queries(client, url)
    file_stories(8)
    assert listing_queries(client, url) == few
