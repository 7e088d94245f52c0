"""The staff listing and each author's page of stories."""

from datetime import UTC, datetime, timedelta

from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from tests.factories import ArticlePageFactory, AuthorPageFactory, ImageFactory, SectionFactory

NOW = datetime(2025, 4, 1, 12, 0, tzinfo=UTC)


def parse(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def headlines(soup):
    return [link.text for link in soup.select(".teaser__headline a")]


def test_author_index_lists_live_authors_with_their_job_titles(client, author_index, author):
    AuthorPageFactory(parent=author_index, title="Tom Lind", slug="tom-lind", job_title="")
    AuthorPageFactory(parent=author_index, title="Unpublished Writer", publish=False)

    soup = parse(client.get(author_index.url))

    assert soup.h1.text == "Our journalists"
    staff = soup.select(".staff-list__item")
    assert [(item.h2.a.text, item.h2.a["href"]) for item in staff] == [
        ("Esther Ward", "/authors/esther-ward/"),
        ("Tom Lind", "/authors/tom-lind/"),
    ]
    assert staff[0].p.text == "City Hall Reporter"
    assert staff[1].p is None
    assert "Unpublished Writer" not in soup.text


def test_author_index_shows_portraits(client, author_index):
    AuthorPageFactory(parent=author_index, portrait=ImageFactory())

    soup = parse(client.get(author_index.url))

    assert soup.select_one(".staff-list__item img")["src"].startswith("/media/images/")


def test_author_page_shows_job_title_bio_and_portrait(client, author_index):
    author = AuthorPageFactory(
        parent=author_index,
        title="Esther Ward",
        job_title="Brussels Correspondent",
        bio="<p>Covers the <b>European Parliament</b>.</p>",
        portrait=ImageFactory(description="Esther Ward at her desk"),
    )

    header = parse(client.get(author.url)).select_one("header.author-header")

    assert header.h1.text == "Esther Ward"
    assert header.select_one(".author-header__role").text == "Brussels Correspondent"
    assert header.select_one(".author-header__bio b").text == "European Parliament"
    assert header.select_one("img.author-header__portrait")["alt"] == "Esther Ward at her desk"


def test_author_page_links_social_profiles_with_rel_me(client, author_index):
    author = AuthorPageFactory(
        parent=author_index,
        social_links=[
            ("link", {"platform": "bluesky", "url": "https://bsky.app/profile/esther.example"}),
            ("link", {"platform": "website", "url": "https://esther.example/"}),
        ],
    )

    links = parse(client.get(author.url)).select(".author-header__links a")

    assert [(a.text, a["href"]) for a in links] == [
        ("Bluesky", "https://bsky.app/profile/esther.example"),
        ("Website", "https://esther.example/"),
    ]
    assert all("me" in a["rel"] for a in links)


def test_author_page_without_social_links_has_no_list(client, author):
    assert parse(client.get(author.url)).select_one(".author-header__links") is None


def test_author_page_lists_only_that_authors_live_public_articles(
    client, home, section, author_index, author
):
    colleague = AuthorPageFactory(parent=author_index, title="Tom Lind")
    culture = SectionFactory(parent=home, title="Culture")

    def story(title, hours_ago, **kwargs):
        kwargs.setdefault("parent", section)
        kwargs.setdefault("authors", [author])
        return ArticlePageFactory(
            title=title, publication_date=NOW - timedelta(hours=hours_ago), **kwargs
        )

    story("Older own story", 5)
    story("Shared byline", 2, authors=[colleague, author])
    story("Culture story", 3, parent=culture)
    story("Colleague's story", 1, authors=[colleague])
    story("Draft story", 1, publish=False)
    PageViewRestriction.objects.create(
        page=story("Members story", 1), restriction_type=PageViewRestriction.LOGIN
    )

    soup = parse(client.get(author.url))

    assert soup.select_one("#author-articles").text == "Articles by Esther Ward"
    assert headlines(soup) == ["Shared byline", "Culture story", "Older own story"]
    sections = [link.text for link in soup.select(".teaser__section")]
    assert sections == ["Politics", "Culture", "Politics"]
    for title in ["Colleague's story", "Draft story", "Members story"]:
        assert title not in soup.text


def test_author_without_articles_says_so(client, author):
    assert parse(client.get(author.url)).select_one("p.empty").text == "No articles yet."


def test_author_page_paginates_their_articles(client, monkeypatch, section, author):
    # Twenty a page in production; two here keeps the test from publishing 21 stories.
    monkeypatch.setattr("authors.models.ARTICLES_PER_PAGE", 2)
    for hours_ago in range(1, 6):
        ArticlePageFactory(
            parent=section,
            authors=[author],
            title=f"{hours_ago} hours ago",
            publication_date=NOW - timedelta(hours=hours_ago),
        )

    pages = [parse(client.get(author.url, {"page": number})) for number in (1, 2, 3)]

    assert [headlines(page) for page in pages] == [
        ["1 hours ago", "2 hours ago"],
        ["3 hours ago", "4 hours ago"],
        ["5 hours ago"],
    ]
    assert pages[1].select_one(".pagination__current").text == "Page 2 of 3"
    assert pages[1].select_one("a[rel=prev]")["href"] == "?page=1"
    assert pages[1].select_one("a[rel=next]")["href"] == "?page=3"
