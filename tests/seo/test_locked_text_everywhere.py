"""Locked text stays locked on every surface a reader can ask for, not only on the story:
listings, feeds, sitemaps, structured data, link previews, search and error pages. Readers
who may not read the subscribers-only part learn nothing of its words or of the pictures
it holds; subscribers and editors see it on the story, which proves the words are there
to leak."""

import pytest

from tests.factories import ArticlePageFactory, ImageFactory

LOCKED_WORD = "quillwort"
LOCKED_PICTURE = "sealed-ledger"


@pytest.fixture(autouse=True)
def no_worker(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.FEEDS_FULL_CONTENT = True


@pytest.fixture
def locked_story(section, author):
    picture = ImageFactory(title="Ledger page", file__filename=f"{LOCKED_PICTURE}.png")
    return ArticlePageFactory(
        parent=section,
        title="Inside the harbour ledger",
        slug="harbour-ledger",
        authors=[author],
        tags=["Harbour"],
        subscribers_only=True,
        body=[
            ("paragraph", "<p>The harbour board kept a second ledger.</p>"),
            ("paragraph", "<p>We have read it, page by page.</p>"),
            ("paragraph", f"<p>It names the {LOCKED_WORD} trust as the buyer.</p>"),
            ("image", {"image": picture, "caption": f"The {LOCKED_WORD} entry", "credit": ""}),
            ("pull_quote", {"quote": f"Sell to {LOCKED_WORD}", "attribution": "The minutes"}),
        ],
    )


def public_surfaces(story):
    section, author = story.section, story.author_links.first().author
    return [
        "/",
        section.url,
        author.url,
        story.url,
        f"{story.url}no-such-page/",
        "/no-such-page/",
        "/feeds/rss/",
        "/feeds/atom/",
        f"/feeds/sections/{section.slug}/rss/",
        f"/feeds/sections/{section.slug}/atom/",
        f"/feeds/authors/{author.slug}/rss/",
        f"/feeds/authors/{author.slug}/atom/",
        "/sitemap.xml",
        "/news-sitemap.xml",
        "/search/?q=harbour",
    ]


@pytest.mark.parametrize("kind", ["anonymous", "reader"])
def test_no_surface_reveals_the_locked_words_or_pictures(readers, locked_story, kind):
    client = readers[kind]
    for url in public_surfaces(locked_story):
        response = client.get(url)
        assert response.status_code in (200, 404), (url, response.status_code)
        content = response.content.decode()
        assert LOCKED_WORD not in content, url
        assert LOCKED_PICTURE not in content, url
    story = client.get(locked_story.url).content.decode()
    assert "The harbour board kept a second ledger." in story


@pytest.mark.parametrize("kind", ["anonymous", "reader"])
def test_searching_for_a_locked_word_answers_as_for_a_word_nowhere(readers, locked_story, kind):
    def page_for(word):
        return readers[kind].get(f"/search/?q={word}").content.decode().replace(word, "WORD")

    assert page_for(LOCKED_WORD) == page_for("xylocarp")


@pytest.mark.parametrize("kind", ["subscriber", "editor"])
def test_readers_who_may_read_it_see_the_locked_words_and_pictures(readers, locked_story, kind):
    story = readers[kind].get(locked_story.url).content.decode()
    assert f"It names the {LOCKED_WORD} trust as the buyer." in story
    assert LOCKED_PICTURE in story
    search = readers[kind].get(f"/search/?q={LOCKED_WORD}").content.decode()
    assert "Inside the harbour ledger" in search
