"""Links to our own pages in rich text follow the page they point to: a new address, an
unpublished or a deleted page shows at once."""

import pytest
from wagtail.rich_text import expand_db_html

from tests.factories import ArticlePageFactory, SectionFactory

pytestmark = pytest.mark.usefixtures("fragments_off")


@pytest.fixture
def earlier(section, author):
    return ArticlePageFactory(
        parent=section, authors=[author], title="The first vote", slug="first-vote"
    )


@pytest.fixture
def linking(section, author, earlier):
    paragraph = f'<p>As we <a linktype="page" id="{earlier.pk}">reported</a> in May.</p>'
    return ArticlePageFactory(
        parent=section, authors=[author], slug="second-vote", body=[("paragraph", paragraph)]
    )


def story_html(client, article):
    response = client.get(article.url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_page_link_points_at_the_page(client, linking):
    assert '<a href="/politics/first-vote/">reported</a>' in story_html(client, linking)


def test_a_new_address_is_linked_at_once(client, linking, earlier):
    story_html(client, linking)

    earlier.slug = "the-first-vote"
    earlier.save_revision().publish()

    assert '<a href="/politics/the-first-vote/">reported</a>' in story_html(client, linking)


def test_a_moved_page_is_linked_at_its_new_address(client, home, linking, earlier):
    story_html(client, linking)

    earlier.move(SectionFactory(parent=home, title="Archive", slug="archive"), pos="last-child")

    assert '<a href="/archive/first-vote/">reported</a>' in story_html(client, linking)


def test_a_deleted_page_leaves_the_words_without_a_link(client, linking, earlier):
    story_html(client, linking)

    earlier.delete()

    html = story_html(client, linking)
    assert "<a>reported</a>" in html
    assert "first-vote" not in html


def test_a_link_to_a_page_that_never_existed_is_no_link(db):
    assert expand_db_html('<p><a linktype="page" id="987654">gone</a></p>') == "<p><a>gone</a></p>"
