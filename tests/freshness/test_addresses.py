"""With the page cache on, readers find each page where it is now, and nothing where it was."""

import pytest
from wagtail.models import Page, get_page_models

from core.models import BasePage
from tests.factories import ArticlePageFactory, SectionFactory


def test_unpublished_moved_and_deleted_pages_are_not_served_from_the_cache(client, home, section):
    culture = SectionFactory(parent=home, title="Culture", slug="culture")
    story = ArticlePageFactory(parent=section, slug="ferry", title="Ferry fares rise")
    assert client.get("/politics/ferry/").status_code == 200

    story.unpublish()
    assert client.get("/politics/ferry/").status_code == 404
    story.save_revision().publish()
    assert client.get("/politics/ferry/").status_code == 200

    story.move(culture, pos="last-child")
    # Wagtail's redirects app sends readers of the old address on to the new one.
    assert client.get("/politics/ferry/")["Location"] == "/culture/ferry/"
    assert "Ferry fares rise" in client.get("/culture/ferry/").content.decode()

    Page.objects.get(pk=story.pk).delete()
    assert client.get("/culture/ferry/").status_code == 404


def test_a_new_page_where_there_was_none_is_found(client, section):
    assert client.get("/politics/ferry/").status_code == 404
    ArticlePageFactory(parent=section, slug="ferry")
    assert client.get("/politics/ferry/").status_code == 200


def test_same_slug_in_two_sections_finds_each_its_own(client, home, section):
    culture = SectionFactory(parent=home, title="Culture", slug="culture")
    ArticlePageFactory(parent=section, slug="review", title="Budget review")
    ArticlePageFactory(parent=culture, slug="review", title="Theatre review")
    assert "Budget review" in client.get("/politics/review/").content.decode()
    assert "Theatre review" in client.get("/culture/review/").content.decode()


@pytest.mark.parametrize(
    "path",
    ["/politics/missing/", "/missing/ferry/", "/politics/ferry/extra/", "/ferry/", "/politics//"],
)
def test_paths_that_lead_nowhere_are_not_found(client, section, path):
    ArticlePageFactory(parent=section, slug="ferry")
    assert client.get(path).status_code == 404


def test_draft_and_unpublished_pages_are_not_found(client, section):
    story = ArticlePageFactory(parent=section, slug="ferry")
    story.unpublish()
    assert client.get("/politics/ferry/").status_code == 404


def test_breadcrumbs_lead_from_the_front_page_to_the_section(client, section):
    ArticlePageFactory(parent=section, slug="ferry")
    html = client.get("/politics/ferry/").content.decode()
    assert '<a href="/politics/">Politics</a>' in html


def test_no_page_type_routes_sub_paths_of_its_own():
    # BasePage.route finds a page by its URL path without asking the pages above it; a
    # page type with a `route` of its own (RoutablePageMixin, say) would be skipped.
    own_routes = [
        model.__name__
        for model in get_page_models()
        if issubclass(model, BasePage) and model.route is not BasePage.route
    ]
    assert own_routes == []
    assert all(issubclass(model, BasePage) for model in get_page_models() if model is not Page)
