"""The dateline refreshes itself on a page that may have come from a cache."""

from datetime import timedelta

from django.utils import timezone

from tests.factories import SponsorFactory, build_site


def test_stale_page_fetches_a_current_dateline(live_server, browser_page):
    build_site()
    SponsorFactory(name="Vell River Ferries", url="https://ferries.example/")
    page = browser_page
    # The reader's clock is ten minutes past the page's, as after a cache hit.
    page.clock.install(time=timezone.now() + timedelta(minutes=10))
    with page.expect_response("**/fragments/dateline/") as fragment:
        page.goto(live_server.url)
    assert fragment.value.status == 200
    dateline = page.locator(".masthead__dateline")
    dateline.locator(".dateline__time").wait_for()
    assert "London, UK" in dateline.inner_text()
    sponsor = page.get_by_role("link", name="Vell River Ferries")
    assert sponsor.get_attribute("rel") == "sponsored noopener"


def test_fresh_page_does_not_ask_again(live_server, browser_page):
    build_site()
    page = browser_page
    fragment_requests = []
    page.on(
        "request",
        lambda request: (
            fragment_requests.append(request.url) if "/fragments/dateline/" in request.url else None
        ),
    )
    page.goto(live_server.url)
    page.wait_for_load_state("networkidle")
    assert fragment_requests == []
    assert "London, UK" in page.locator(".masthead__dateline").inner_text()
