"""Writers credit any author, collective bylines included, from the byline chooser, and
cannot edit an author's page: editors create and edit authors."""

import pytest
from django.urls import reverse

from tests.editorial.newsroom import build_newsroom
from tests.factories import AuthorPageFactory


@pytest.fixture
def newsroom(db):
    newsroom = build_newsroom()
    newsroom.collective = AuthorPageFactory(
        parent=newsroom.author.get_parent(), title="Staff Writers", slug="staff-writers"
    )
    return newsroom


def chooser_listing(client, url, **params):
    """The chooser's listing, whether Wagtail answers as a modal step (JSON) or a page."""
    response = client.get(url, {"page_type": "authors.authorpage", **params})
    assert response.status_code == 200
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()


def test_a_writer_finds_every_author_in_the_byline_chooser(client, newsroom):
    client.force_login(newsroom.staff["writer"])
    authors = newsroom.author.get_parent()

    listing = chooser_listing(client, reverse("wagtailadmin_choose_page_child", args=[authors.pk]))
    search = chooser_listing(client, reverse("wagtailadmin_choose_page_search"), q="Staff")

    assert "Esther Ward" in listing and "Staff Writers" in listing
    assert "Staff Writers" in search


@pytest.mark.parametrize(("role", "may_edit"), [("writer", False), ("editor", True)])
def test_only_editors_edit_or_create_authors(client, newsroom, role, may_edit):
    client.force_login(newsroom.staff[role])

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[newsroom.collective.pk]))
    add = client.get(
        reverse(
            "wagtailadmin_pages:add",
            args=["authors", "authorpage", newsroom.collective.get_parent().pk],
        )
    )

    assert (edit.status_code == 200) is may_edit
    assert (add.status_code == 200) is may_edit
