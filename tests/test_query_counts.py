"""Reader pages cost a fixed number of queries, however much has been published.

Budgets are the counts of a page just after a publish renewed it (as publishing a story
renews every page that shows it): its own fragments rendered afresh, the fragments every
page shares (the sections menu, the footer) as the publish left them, and renditions warm.
That is what the first reader of a page meets after a change; later readers meet the
cached fragments (tests/core/test_fragments.py) or the page cache. A rise means a new
query per request; a difference between a small and a large newsroom means a query per
article, author or block (an N+1).
"""

import re
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from freshness import versions
from tests.factories import ArticlePageFactory, AuthorPageFactory, ImageFactory, SectionFactory

# Measured on SQLite and PostgreSQL. Serving any page costs the site, the front page, the
# page by its URL path (two queries) and Wagtail's check for view restrictions (two), then
# the site settings: 6 for a section or story, 4 for the front page.
BUDGETS = {"home": 14, "section": 11, "author": 12, "article": 15, "search": 12}
START = datetime(2025, 1, 1, tzinfo=UTC)
MENU_LOOKUP = re.compile(r'WHERE .*"show_in_menus"')


@pytest.fixture
def measure(client):
    def measure(url):
        client.get(url)  # warm renditions and the shared fragments
        versions.renew([versions.path_tag(urlsplit(url).path)])
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries)

    return measure


class Newsroom:
    """Three sections and three authors; stories rotate through them, half with a photo."""

    def __init__(self, home, author_index):
        self.sections = [SectionFactory(parent=home, title=name) for name in ("A", "B", "C")]
        self.authors = [AuthorPageFactory(parent=author_index) for _ in range(3)]
        self.images = [ImageFactory() for _ in range(3)]
        self.articles = []

    def publish(self, count):
        for _ in range(count):
            n = len(self.articles)
            byline = [self.authors[n % 3]] + ([self.authors[(n + 1) % 3]] if n % 2 else [])
            self.articles.append(
                ArticlePageFactory(
                    parent=self.sections[n % 3],
                    authors=byline,
                    hero_image=self.images[n % 3] if n % 2 == 0 else None,
                    publication_date=START + timedelta(hours=n),
                )
            )


@pytest.fixture
def newsroom(home, author_index):
    return Newsroom(home, author_index)


def test_listing_queries_do_not_grow_with_articles(measure, newsroom, subtests):
    urls = {
        "home": "/",
        "section": newsroom.sections[0].url,
        "author": newsroom.authors[0].url,
    }
    newsroom.publish(5)
    few = {"section": measure(urls["section"]), "author": measure(urls["author"])}
    # The front page's lead and four secondary stories take the five newest; five more
    # give its section blocks something to list.
    newsroom.publish(5)
    few["home"] = measure(urls["home"])
    newsroom.publish(40)
    many = {page: measure(url) for page, url in urls.items()}

    for page in urls:
        with subtests.test(page=page):
            assert many[page] == few[page], f"{page}: {few[page]} queries grew to {many[page]}"
            assert many[page] <= BUDGETS[page], f"{page}: {many[page]} queries"


def test_the_front_page_rendered_in_full_looks_up_the_menu_once(client, newsroom):
    """The masthead, the footer and the sections' blocks show one menu: after a change every
    page shows (its fragments gone), the front page asks for it once, not once for each."""
    newsroom.publish(10)
    client.get("/")
    caches["template_fragments"].clear()

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")

    menu_lookups = [query for query in queries if MENU_LOOKUP.search(query["sql"])]
    assert len(menu_lookups) == 1, menu_lookups
    html = response.content.decode()
    for section in newsroom.sections:
        # In the masthead's and the footer's menus, and heading its block of stories.
        assert html.count(f'href="{section.url}"') >= 3, section.title


def body(images, related):
    return [
        ("paragraph", "<p>The council met on Tuesday.</p>"),
        *[("image", {"image": image, "caption": "The harbour", "credit": ""}) for image in images],
        *[("related_article", {"article": article, "label": "Related"}) for article in related],
    ]


def test_article_queries_do_not_grow_with_bylines_images_or_related_blocks(measure, newsroom):
    newsroom.publish(9)
    section = newsroom.sections[0]
    pictures = [ImageFactory() for _ in range(6)]
    # Both carry a related_article block: the body loads every chosen page in one query,
    # so a body with none is one query cheaper, however many it would have had.
    small = ArticlePageFactory(
        parent=section,
        authors=newsroom.authors[:1],
        hero_image=newsroom.images[0],
        body=body(pictures[:2], newsroom.articles[:1]),
        tags=["harbour"],
    )
    big = ArticlePageFactory(
        parent=section,
        authors=[(author, "Reporting") for author in newsroom.authors],
        hero_image=newsroom.images[1],
        body=body(pictures, newsroom.articles[:4]),
        tags=["harbour", "council", "budget"],
    )

    small_count, big_count = measure(small.url), measure(big.url)

    assert big_count == small_count, f"{small_count} queries grew to {big_count}"
    assert big_count <= BUDGETS["article"], f"article: {big_count} queries"


def test_search_queries_do_not_grow_with_results(measure, newsroom, settings, client):
    def measure_search():
        # The search is counted after the response has gone, by the task worker: one
        # insert there, none here. (Indexing runs as tasks too, so only while measuring.)
        indexing = settings.TASKS
        settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
        count = measure("/search/?q=council")
        settings.TASKS = indexing
        return count

    section = newsroom.sections[0]
    pictures = [ImageFactory() for _ in range(3)]

    def publish_with_blocks(count):
        newsroom.publish(count)
        # Image and related-story blocks must not cost queries for the snippets.
        ArticlePageFactory(
            parent=section,
            authors=newsroom.authors[:2],
            hero_image=pictures[0],
            body=body(pictures, newsroom.articles[:2]),
        )

    publish_with_blocks(1)
    few = measure_search()
    publish_with_blocks(8)
    many = measure_search()

    results = client.get("/search/?q=council").content.decode().count('class="search-result"')
    assert results == 11

    assert many == few, f"{few} queries grew to {many}"
    assert many <= BUDGETS["search"], f"search: {many} queries"


def test_article_queries_do_not_grow_with_paragraphs_linking_to_our_stories(
    measure, section, author
):
    earlier = ArticlePageFactory(parent=section, authors=[author])
    paragraph = ("paragraph", f'<p>As we <a linktype="page" id="{earlier.pk}">reported</a>.</p>')
    one = ArticlePageFactory(parent=section, authors=[author], body=[paragraph])
    five = ArticlePageFactory(parent=section, authors=[author], body=[paragraph] * 5)

    one_count, five_count = measure(one.url), measure(five.url)

    assert five_count == one_count, f"{one_count} queries grew to {five_count}"
    assert five_count <= BUDGETS["article"], f"article: {five_count} queries"
