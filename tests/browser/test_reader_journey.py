"""A reader's path through the paper in a real browser: front page, section, story, byline."""

import pytest

from tests.factories import (
    ArticlePageFactory,
    AuthorIndexPageFactory,
    AuthorPageFactory,
    ImageFactory,
    SectionFactory,
    build_site,
)


@pytest.fixture
def newsroom():
    home = build_site()
    section = SectionFactory(parent=home, title="Culture", slug="culture")
    author = AuthorPageFactory(
        parent=AuthorIndexPageFactory(parent=home), title="Mara Stein", slug="mara-stein"
    )
    article = ArticlePageFactory(
        parent=section,
        title="The harbour museum opens its doors again",
        slug="harbour-museum-reopens",
        authors=[author],
        hero_image=ImageFactory(),
        hero_caption="The restored entrance hall.",
    )
    return {"section": section, "author": author, "article": article}


def test_reader_follows_section_story_and_byline(newsroom, live_server, browser_page):
    page = browser_page
    page.goto(live_server.url)
    assert page.locator("h1").first.inner_text() == "Lord's Press: front page"

    page.get_by_role("navigation", name="Sections", exact=True).get_by_role(
        "link", name="Culture"
    ).click()
    page.wait_for_url("**/culture/")
    assert page.locator("h1").inner_text() == "Culture"

    page.get_by_role("link", name="The harbour museum opens its doors again").click()
    page.wait_for_url("**/culture/harbour-museum-reopens/")
    assert page.locator("h1").inner_text() == "The harbour museum opens its doors again"
    assert "Ana Ruiz/Lord's Press" in page.locator("figure.story__hero").text_content()

    page.locator(".story__meta").get_by_role("link", name="Mara Stein").click()
    page.wait_for_url("**/authors/mara-stein/")
    assert page.locator("h1").inner_text() == "Mara Stein"
    assert page.get_by_role("link", name="The harbour museum opens its doors again").is_visible()


def test_skip_link_is_first_and_visible_on_focus(newsroom, live_server, browser_page):
    page = browser_page
    page.goto(live_server.url + newsroom["article"].url)
    # A first visit puts focus in the cookie banner; once the reader has chosen, it does not.
    page.get_by_role("button", name="Reject all").click()
    page.get_by_role("region", name="Cookies on Lord's Press").wait_for(state="hidden")
    page.reload()
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to content")
    assert skip_link.evaluate("element => element === document.activeElement")
    box = skip_link.bounding_box()
    assert box is not None and box["y"] >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_pages_work_without_javascript(chromium, newsroom, live_server):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + newsroom["section"].url)
    page.get_by_role("link", name="The harbour museum opens its doors again").click()
    assert page.locator("h1").inner_text() == "The harbour museum opens its doors again"
    context.close()
