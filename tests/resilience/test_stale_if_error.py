"""The page cache serves its older copy of an address when rendering it again fails.

Here the database "fails" where a page first needs it (finding the site); the real thing,
a refused or hung PostgreSQL, is in test_database_down.py."""

import pytest
from django.db import OperationalError
from django.test import Client
from wagtail.models import Site

from freshness import versions
from tests.factories import ArticlePageFactory


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def article(section, author):
    return ArticlePageFactory(
        parent=section, title="Harbour wall repaired", slug="harbour-wall", authors=[author]
    )


@pytest.fixture
def reader():
    return Client(raise_request_exception=False)


@pytest.fixture
def database_down(monkeypatch):
    """Call to take the database down; monkeypatch.undo() brings it back."""

    def refuse(request):
        raise OperationalError("connection refused")

    def take_down():
        monkeypatch.setattr(Site, "find_for_request", staticmethod(refuse))

    return take_down


def test_a_failed_render_serves_the_copy_it_would_have_replaced(reader, article, database_down):
    assert reader.get(article.url)["X-Cache"] == "MISS"
    versions.renew([versions.SITE])
    database_down()

    response = reader.get(article.url)

    assert response.status_code == 200
    assert response["X-Cache"] == "STALE-IF-ERROR"
    assert "Harbour wall repaired" in response.content.decode()


def test_once_the_database_is_back_the_page_is_rendered_again(
    reader, article, database_down, monkeypatch
):
    reader.get(article.url)
    versions.renew([versions.SITE])
    database_down()
    assert reader.get(article.url)["X-Cache"] == "STALE-IF-ERROR"

    monkeypatch.undo()
    assert reader.get(article.url)["X-Cache"] == "MISS"
    assert reader.get(article.url)["X-Cache"] == "HIT"


def test_without_an_older_copy_the_reader_gets_a_503(reader, article, database_down):
    database_down()

    response = reader.get(article.url)

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert "X-Cache" not in response
    assert "We will be back in a moment" in response.content.decode()
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "Content-Security-Policy-Report-Only" not in response


def test_other_errors_are_still_500s(reader, article, monkeypatch):
    monkeypatch.setattr("news.models.ArticlePage.serve", lambda *args, **kwargs: 1 / 0)

    response = reader.get(article.url)

    assert response.status_code == 500
    assert "Retry-After" not in response
    assert "Something went wrong on our side" in response.content.decode()


def test_a_page_taken_down_is_not_served_from_the_older_copy(reader, article):
    reader.get(article.url)
    article.unpublish()
    versions.renew([versions.SITE])

    assert reader.get(article.url).status_code == 404
