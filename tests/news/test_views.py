"""What readers see on article and section pages, and how the site copes with bad input."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from news.models import ARTICLES_PER_PAGE
from tests.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    ImageFactory,
    SectionFactory,
)

NOT_FOUND_HEADING = "We could not find that page"


def parse(response, status=200):
    assert response.status_code == status
    return BeautifulSoup(response.content, "html.parser")


def headlines(soup, selector=".teaser__headline a"):
    return [link.text for link in soup.select(selector)]


def restrict(page, restriction_type):
    PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password="harbour-secret"
    )


# Article page


def test_article_shows_headline_standfirst_and_dateline(client, section, author):
    article = ArticlePageFactory(
        parent=section,
        authors=[author],
        title="Council approves harbour wall repairs",
        standfirst="The vote ends a year of argument.",
        dateline="ARDMERE",
    )

    soup = parse(client.get(article.url))

    assert soup.select_one("h1.story__headline").text == "Council approves harbour wall repairs"
    assert soup.select_one(".story__header .standfirst").text == "The vote ends a year of argument."
    assert soup.select_one(".story__dateline").text == "ARDMERE —"
    assert soup.title.text == "Council approves harbour wall repairs · Lord's Press"


def test_byline_links_every_author_in_order_with_roles(client, section, author_index, author):
    second = AuthorPageFactory(parent=author_index, title="Tom Lind", slug="tom-lind")
    third = AuthorPageFactory(parent=author_index, title="Ana Ruiz", slug="ana-ruiz")
    article = ArticlePageFactory(
        parent=section, authors=[(third, "Photography"), author, (second, "Additional reporting")]
    )

    byline = parse(client.get(article.url)).select_one(".story__meta .byline")

    assert [(a.text, a["href"]) for a in byline.select("a[rel=author]")] == [
        ("Ana Ruiz", "/authors/ana-ruiz/"),
        ("Esther Ward", "/authors/esther-ward/"),
        ("Tom Lind", "/authors/tom-lind/"),
    ]
    assert byline.text == (
        "By Ana Ruiz (Photography), Esther Ward and Tom Lind (Additional reporting)"
    )


def test_byline_of_two_joins_them_with_and(client, section, author_index, author):
    second = AuthorPageFactory(parent=author_index, title="Tom Lind")
    article = ArticlePageFactory(parent=section, authors=[author, second])

    byline = parse(client.get(article.url)).select_one(".story__meta .byline")

    assert byline.text == "By Esther Ward and Tom Lind"


def test_article_shows_its_publication_time_and_reading_time(client, section, author):
    with time_machine.travel(datetime(2025, 2, 10, 14, 5, tzinfo=UTC), tick=False):
        article = ArticlePageFactory(
            parent=section,
            authors=[author],
            body=[("paragraph", "<p>" + " ".join(["word"] * 460) + "</p>")],
        )

    soup = parse(client.get(article.url))

    time = soup.select_one(".story__dates time")
    assert time["datetime"] == "2025-02-10T14:05:00+00:00"
    assert time.text == "10 February 2025, 14:05 GMT"
    assert "Updated" not in soup.select_one(".story__dates").text
    assert soup.select_one(".story__reading-time").text == "2 min read"


def test_hero_image_has_caption_and_the_images_credit(client, section, author):
    image = ImageFactory(credit="Ana Ruiz/Lord's Press", description="The harbour wall at dawn")
    article = ArticlePageFactory(
        parent=section, authors=[author], hero_image=image, hero_caption="The wall at dawn"
    )

    hero = parse(client.get(article.url)).select_one("figure.story__hero")

    assert hero.select_one("picture img")["alt"] == "The harbour wall at dawn"
    assert hero.select_one("figcaption .caption").text == "The wall at dawn"
    assert hero.select_one("figcaption .credit").text == "Ana Ruiz/Lord's Press"


def test_hero_credit_set_on_the_article_wins_over_the_images(client, section, author):
    article = ArticlePageFactory(
        parent=section,
        authors=[author],
        hero_image=ImageFactory(credit="Agency"),
        hero_caption="",
        hero_credit="Tom Lind",
    )

    hero = parse(client.get(article.url)).select_one("figure.story__hero")

    assert hero.select_one("figcaption .caption") is None
    assert hero.select_one("figcaption .credit").text == "Tom Lind"


def test_article_without_hero_image_has_no_hero_figure(client, section, author):
    article = ArticlePageFactory(parent=section, authors=[author], hero_caption="Orphan caption")

    soup = parse(client.get(article.url))

    assert soup.select_one("figure.story__hero") is None
    assert "Orphan caption" not in soup.text


def test_syndicated_article_credits_and_links_the_original(client, section, author):
    article = ArticlePageFactory(
        parent=section,
        authors=[author],
        syndication_source_name="Ardmere Gazette",
        syndication_source_url="https://gazette.example/harbour-vote",
    )

    line = parse(client.get(article.url)).select_one("p.syndication")

    assert line.text == "Originally published by Ardmere Gazette."
    assert line.a["href"] == "https://gazette.example/harbour-vote"
    assert line.a.text == "Ardmere Gazette"


def test_syndication_without_an_address_names_the_source_only(client, section, author):
    article = ArticlePageFactory(
        parent=section, authors=[author], syndication_source_name="Ardmere Gazette"
    )

    line = parse(client.get(article.url)).select_one("p.syndication")

    assert line.text == "Originally published by Ardmere Gazette."
    assert line.a is None


def test_own_article_has_no_syndication_line(client, section, author):
    article = ArticlePageFactory(parent=section, authors=[author])

    assert parse(client.get(article.url)).select_one("p.syndication") is None


def test_article_is_filed_under_its_section_and_tags_each_linked(client, section, author):
    article = ArticlePageFactory(parent=section, authors=[author], tags=["harbour", "council"])

    filed = parse(client.get(article.url)).select_one('nav[aria-label="Filed under"]')

    links = [(link.text, link["href"]) for link in filed.select("a")]
    assert links[0] == ("Politics", section.url)
    assert sorted(links[1:]) == [("council", "/tags/council/"), ("harbour", "/tags/harbour/")]


def test_related_articles_are_the_newest_live_ones_from_the_same_section(
    client, home, section, author
):
    now = datetime(2025, 4, 1, 12, 0, tzinfo=UTC)

    def story(title, days_ago, parent=section, **kwargs):
        return ArticlePageFactory(
            parent=parent,
            authors=[author],
            title=title,
            publication_date=now - timedelta(days=days_ago),
            **kwargs,
        )

    article = story("The story itself", 0)
    story("Oldest sibling", 9)
    story("Newest sibling", 1)
    story("Middle sibling", 2)
    story("Older sibling", 3)
    story("Draft sibling", 1, publish=False)
    restrict(story("Private sibling", 1), PageViewRestriction.LOGIN)
    story("Culture story", 1, parent=SectionFactory(parent=home, title="Culture"))

    related = parse(client.get(article.url)).select_one("section.related")

    assert related.h2.text == "More from Politics"
    assert headlines(related) == ["Newest sibling", "Middle sibling", "Older sibling"]


def test_article_alone_in_its_section_has_no_related_block(client, section, author):
    article = ArticlePageFactory(parent=section, authors=[author])

    assert parse(client.get(article.url)).select_one("section.related") is None


def test_draft_article_is_not_served(client, section, author):
    draft = ArticlePageFactory(parent=section, authors=[author], publish=False, slug="scoop")

    soup = parse(client.get(f"{section.url}scoop/"), status=404)

    assert soup.h1.text == NOT_FOUND_HEADING
    assert draft.title not in soup.text


def test_private_article_asks_anonymous_readers_to_sign_in(client, section, author):
    article = ArticlePageFactory(parent=section, authors=[author], title="Leaked budget")
    restrict(article, PageViewRestriction.LOGIN)

    response = client.get(article.url)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('wagtailcore_login')}?next={article.url}"


# Section page


def test_section_lists_live_articles_newest_first(client, section, author):
    now = datetime(2025, 4, 1, 12, 0, tzinfo=UTC)
    for title, days_ago in [("Tuesday", 6), ("Sunday", 8), ("Friday", 3), ("Thursday", 4)]:
        ArticlePageFactory(
            parent=section,
            authors=[author],
            title=title,
            publication_date=now - timedelta(days=days_ago),
        )

    soup = parse(client.get(section.url))

    assert soup.h1.text == "Politics"
    assert headlines(soup) == ["Friday", "Thursday", "Tuesday", "Sunday"]
    assert soup.select_one(".pagination") is None


def test_empty_section_says_so(client, section):
    soup = parse(client.get(section.url))

    assert soup.select_one("p.empty").text == "Nothing has been published in Politics yet."


def test_section_paginates_at_twenty_articles(client, section, author):
    start = datetime(2025, 1, 1, tzinfo=UTC)
    for number in range(ARTICLES_PER_PAGE + 1):
        ArticlePageFactory(
            parent=section,
            authors=[author],
            title=f"Story {number}",
            publication_date=start + timedelta(hours=number),
        )

    first = parse(client.get(section.url))
    second = parse(client.get(section.url, {"page": 2}))

    assert ARTICLES_PER_PAGE == 20
    assert headlines(first) == [f"Story {number}" for number in range(20, 0, -1)]
    assert first.select_one(".pagination__current").text == "Page 1 of 2"
    assert first.select_one("a[rel=next]")["href"] == "?page=2"
    assert headlines(second) == ["Story 0"]
    assert second.select_one(".pagination__current").text == "Page 2 of 2"
    assert second.select_one("a[rel=prev]")["href"] == "?page=1"


# Drafts and private pages stay out of every listing


@pytest.fixture
def newsroom(home, section, author):
    """One public story and four that anonymous readers must never see listed."""
    public = ArticlePageFactory(parent=section, authors=[author], title="Public story")
    ArticlePageFactory(parent=section, authors=[author], title="Draft story", publish=False)
    restrict(
        ArticlePageFactory(parent=section, authors=[author], title="Members story"),
        PageViewRestriction.LOGIN,
    )
    restrict(
        ArticlePageFactory(parent=section, authors=[author], title="Password story"),
        PageViewRestriction.PASSWORD,
    )
    investigations = SectionFactory(parent=home, title="Investigations")
    restrict(investigations, PageViewRestriction.PASSWORD)
    ArticlePageFactory(parent=investigations, authors=[author], title="Secret section story")
    return {"section": section, "author": author, "home": home, "article": public}


HIDDEN_TITLES = ["Draft story", "Members story", "Password story", "Secret section story"]


def test_drafts_and_private_articles_never_appear_in_listings(client, newsroom, subtests):
    for listing in ["section", "author", "home"]:
        with subtests.test(listing=listing):
            soup = parse(client.get(newsroom[listing].url))

            assert headlines(soup) == ["Public story"]
            for title in HIDDEN_TITLES:
                assert title not in soup.text


def test_drafts_and_private_articles_never_appear_as_related(client, newsroom):
    soup = parse(client.get(newsroom["article"].url))

    assert soup.select_one("section.related") is None
    for title in HIDDEN_TITLES:
        assert title not in soup.text


def test_private_section_is_left_out_of_the_navigation(client, newsroom):
    soup = parse(client.get("/"))

    assert [a.text for a in soup.select(".sections-nav a")] == ["Politics"]
    assert "Investigations" not in soup.text


# Bad input never costs a 500


BAD_PAGE_QUERIES = [
    "page=abc",
    "page=0",
    "page=-1",
    "page=99999999999",
    "page=99999999999999999999999999999999",
    "page=1.5",
    "page=",
    "page=%00",
    "page=%00%00abc",
    "page[]=1",
    "page=1&page=2&page=abc",
    "page=%F0%9F%93%B0",
    "page=%ff%fe",
    "page=" + "9" * 5000,
    "q=" + "x" * 8000,
]


def test_bad_page_numbers_fall_back_to_a_real_page(client, section, author, subtests):
    ArticlePageFactory(parent=section, authors=[author], title="Only story")

    for url in [section.url, author.url]:
        for query in BAD_PAGE_QUERIES:
            with subtests.test(url=url, query=query[:40]):
                soup = parse(client.get(f"{url}?{query}"))

                assert headlines(soup) == ["Only story"]


UNKNOWN_PATHS = [
    "/no-such-section/",
    "/politics/no-such-story/",
    "/politics/only-story/extra/",
    "/authors/nobody/",
    "/politics/%00/",
    "/politics/only%00story/",
    "/%00",
    "/politics/" + "x" * 3000 + "/",
]


def test_unknown_addresses_get_the_friendly_404(client, section, author, subtests):
    ArticlePageFactory(parent=section, authors=[author], title="Only story", slug="only-story")

    for path in UNKNOWN_PATHS:
        with subtests.test(path=path[:40]):
            soup = parse(client.get(path), status=404)

            assert soup.h1.text == NOT_FOUND_HEADING
            assert soup.select_one(".error-page a[href='/']") is not None


def test_the_500_page_renders_without_touching_the_database(db):
    with CaptureQueriesContext(connection) as queries:
        html = render_to_string("500.html")

    assert len(queries) == 0
    assert "Something went wrong on our side" in html


def test_a_story_without_a_standfirst_is_summed_up_by_its_free_opening(client, section, author):
    """Search engines, link previews, structured data and feeds quote the opening of what
    anyone may read; readers see no empty standfirst."""
    article = ArticlePageFactory(
        parent=section,
        authors=[author],
        standfirst="",
        subscribers_only=True,
        body=[
            ("paragraph", "<p>The ferry will run <b>twice</b> a day from May.</p>"),
            ("paragraph", "<p>Timetables are at the harbour office.</p>"),
            ("paragraph", "<p>Only subscribers read that the operator is changing.</p>"),
        ],
    )
    opening = "The ferry will run twice a day from May."

    soup = parse(client.get(article.url))
    assert soup.select_one('meta[name="description"]')["content"] == opening
    assert soup.select_one('meta[property="og:description"]')["content"] == opening
    assert (
        f'"description":"{opening}"' in soup.select_one('script[type="application/ld+json"]').text
    )
    assert soup.select_one(".story .standfirst") is None
    assert parse(client.get(section.url)).select_one(".teaser__standfirst") is None
    assert opening in client.get("/feeds/rss/").content.decode()
    assert article.summary() == opening
    article.standfirst = "A daily ferry again."
    assert article.summary() == "A daily ferry again."


def test_authors_short_bios_follow_the_story_linked_to_their_pages(
    client, section, author, author_index
):
    staff = AuthorPageFactory(
        parent=author_index,
        title="Staff Writers",
        slug="staff",
        short_bio="Staff Writers report for Lord's Press from the newsroom in Ardmere.",
    )
    article = ArticlePageFactory(parent=section, authors=[author, staff])

    notes = parse(client.get(article.url)).select_one('aside[aria-label="About the authors"]')

    assert [p.text for p in notes.select("p")] == [
        "Staff Writers: Staff Writers report for Lord's Press from the newsroom in Ardmere."
    ]
    assert notes.select_one("a")["href"] == staff.url
    without = ArticlePageFactory(parent=section, authors=[author], slug="no-notes")
    assert parse(client.get(without.url)).select_one(".author-notes") is None


def test_the_dateline_runs_into_the_first_paragraph(client, section, author):
    article = ArticlePageFactory(
        parent=section,
        authors=[author],
        dateline="BRUSSELS",
        body=[("paragraph", "<p>Ministers agreed the <i>quota</i> at dawn.</p>")],
    )

    opening = parse(client.get(article.url)).select_one(".story-body p")

    assert opening.text == "BRUSSELS — Ministers agreed the quota at dawn."
    assert opening.select_one("span.story__dateline").text == "BRUSSELS —"


def test_the_dateline_has_its_own_line_when_the_story_opens_with_something_else(
    client, section, author
):
    article = ArticlePageFactory(
        parent=section,
        authors=[author],
        dateline="BRUSSELS",
        body=[
            ("subheading", "The <deal>"),
            ("paragraph", "<p>Ministers agreed the quota at dawn.</p>"),
        ],
    )

    body = parse(client.get(article.url)).select_one(".story-body")

    assert body.select_one("p.story__dateline").text == "BRUSSELS —"
    assert "The <deal>" in body.text
    assert body.select("p")[1].text == "Ministers agreed the quota at dawn."
