"""A reader searches from the masthead, narrows by section and pages through results."""

from tests.factories import (
    ArticlePageFactory,
    AuthorIndexPageFactory,
    AuthorPageFactory,
    SectionFactory,
    build_site,
)


def test_reader_searches_filters_and_pages(live_server, browser_page):
    home = build_site()
    politics = SectionFactory(parent=home, title="Politics", slug="politics")
    culture = SectionFactory(parent=home, title="Culture", slug="culture")
    author = AuthorPageFactory(parent=AuthorIndexPageFactory(parent=home), title="Mara Stein")
    for number in range(22):
        ArticlePageFactory(
            parent=politics,
            title=f"Ferry vote {number}",
            slug=f"vote-{number}",
            standfirst="Councillors decide the future of the island ferry.",
            authors=[author],
        )
    ArticlePageFactory(parent=culture, title="Ferry songs", slug="songs", authors=[author])

    page = browser_page
    page.goto(live_server.url)
    page.get_by_role("search").first.get_by_role("searchbox").fill("ferry")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=ferry")
    assert page.locator("#results-heading").inner_text() == "23 articles for “ferry”"
    assert page.locator("mark").first.inner_text().lower() == "ferry"

    page.get_by_label("Section", exact=True).select_option("culture")
    page.get_by_role("button", name="Search").last.click()
    page.wait_for_url("**section=culture**")
    assert page.locator(".search-result__headline").all_inner_texts() == ["Ferry songs"]

    page.get_by_label("Section", exact=True).select_option("politics")
    page.get_by_role("button", name="Search").last.click()
    page.get_by_role("link", name="More results").click()
    page.wait_for_url("**page=2**")
    assert "section=politics" in page.url
    assert page.locator(".pagination__current").inner_text() == "Page 2 of 2"
    assert page.locator(".search-result").count() == 2
