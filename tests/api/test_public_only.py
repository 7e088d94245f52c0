"""The API shows readers' content only: a table walks every endpoint and filter."""

import json

import pytest

from tests.api.conftest import SECRET

# Words that would mean the API let out something not meant for readers.
NEVER_SHOWN = [
    "Draft about the marina",
    "Private marina memo",
    SECRET,
    '"owner"',
    '"locked"',
    '"locked_by"',
    '"latest_revision"',
    '"live_revision"',
    '"has_unpublished_changes"',
    '"workflow',
    '"needs_legal_review"',
    '"usage_terms"',
    '"search_locked_text"',
    '"hashed_secret"',
]

ENDPOINTS = [
    "/api/v2/pages/",
    "/api/v2/pages/?type=news.ArticlePage",
    "/api/v2/pages/?child_of={section}",
    "/api/v2/pages/?descendant_of={home}",
    "/api/v2/articles/",
    "/api/v2/articles/?section={section}",
    "/api/v2/articles/?author={author}",
    "/api/v2/articles/?tag=harbour",
    "/api/v2/articles/?from=2000-01-01&to=2999-12-31",
    "/api/v2/articles/?search=marina",
    "/api/v2/articles/?search=tender",
    "/api/v2/articles/?search=million",
    "/api/v2/articles/?order=-publication_date",
    "/api/v2/articles/?order=title&limit=1&offset=1",
    "/api/v2/articles/?fields=*",
    "/api/v2/articles/{locked}/",
    "/api/v2/articles/{free}/",
    "/api/v2/pages/{locked}/",
    "/api/v2/pages/{locked}/?fields=*",
    "/api/v2/sections/",
    "/api/v2/sections/{section}/",
    "/api/v2/authors/",
    "/api/v2/authors/{author}/",
    "/api/v2/standard-pages/",
    "/api/v2/standard-pages/{standard}/",
    "/api/v2/front-page/",
    "/api/v2/images/",
    "/api/v2/images/{hero}/",
    "/api/v2/documents/",
]


def address(template, newsroom, home, section, author):
    return template.format(
        home=home.pk,
        section=section.pk,
        author=author.pk,
        free=newsroom["free"].pk,
        locked=newsroom["locked"].pk,
        standard=newsroom["standard"].pk,
        hero=newsroom["hero"].pk,
    )


@pytest.mark.parametrize("template", ENDPOINTS)
def test_every_endpoint_shows_only_what_readers_see(
    client, newsroom, home, section, author, template
):
    # The subscribers-only story gets an unpublished revision holding a new headline.
    locked = newsroom["locked"]
    locked.title = "Unpublished headline"
    locked.save_revision()
    response = client.get(address(template, newsroom, home, section, author))
    assert response.status_code == 200, response.content
    text = json.dumps(response.json())
    for forbidden in [*NEVER_SHOWN, "Unpublished headline"]:
        assert forbidden not in text, forbidden


@pytest.mark.parametrize(
    "template",
    [
        "/api/v2/articles/{draft}/",
        "/api/v2/pages/{draft}/",
        "/api/v2/articles/{private}/",
        "/api/v2/pages/{private}/",
        "/api/v2/sections/{draft}/",
        "/api/v2/pages/find/?html_path=/politics/private-marina-memo/",
        "/api/v2/pages/find/?html_path=/politics/draft-about-the-marina/",
        "/api/v2/articles/find/?html_path=/politics/private-marina-memo/",
    ],
)
def test_drafts_and_private_pages_are_not_found(client, newsroom, template):
    url = template.format(draft=newsroom["draft"].pk, private=newsroom["private"].pk)
    response = client.get(url)
    assert response.status_code == 404
    assert response.json() == {"message": "not found"}


def test_find_by_address_redirects_to_a_public_page(client, newsroom):
    response = client.get("/api/v2/articles/find/?html_path=/politics/harbour-wall-approved/")
    assert response.status_code == 302
    assert response["Location"].endswith(f"/api/v2/articles/{newsroom['free'].pk}/?")


def test_subscribers_only_story_gives_its_teaser_only(client, newsroom):
    data = client.get(f"/api/v2/articles/{newsroom['locked'].pk}/").json()
    assert data["is_accessible_for_free"] is False
    assert data["subscribers_only"] is True
    assert [block["value"] for block in data["body"]] == [
        "<p>First paragraph anyone reads.</p>",
        "<p>Second paragraph anyone reads.</p>",
    ]


def test_free_story_gives_its_whole_body_with_images_resolved(client, newsroom):
    data = client.get(f"/api/v2/articles/{newsroom['free'].pk}/").json()
    assert data["is_accessible_for_free"] is True
    paragraph, image = data["body"]
    assert paragraph == {
        "type": "paragraph",
        "id": paragraph["id"],
        "value": "<p>The council voted for the wall.</p>",
    }
    assert image["type"] == "image"
    assert image["value"]["caption"] == "The old wall"
    assert image["value"]["credit"] == "Ana Ruiz"
    assert set(image["value"]["renditions"]) == {"thumbnail", "medium", "large"}
    assert image["value"]["renditions"]["thumbnail"]["width"] == 400


def test_expired_story_leaves_the_api(client, newsroom):
    from django.utils import timezone

    free = newsroom["free"]
    type(free).objects.filter(pk=free.pk).update(expire_at=timezone.now())
    assert client.get(f"/api/v2/articles/{free.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{free.pk}/").status_code == 404
    titles = [item["title"] for item in client.get("/api/v2/articles/").json()["items"]]
    assert titles == ["Tender prices revealed"]
