"""The Content-Security-Policy in a real browser: nothing of ours is blocked, injected script is.

Chromium reports each violation as a `securitypolicyviolation` event and a console error;
both are collected for every page the tests open.
"""

import pytest
from wagtail.models import Site

from consent.models import AnalyticsSettings
from tests.browser.polling import wait_until
from tests.factories import UserFactory
from tests.security.newsroom import build_newsroom

PASSWORD = "not-a-real-password"
# An analytics tag as providers write them: an inline script, and one from its own server.
ANALYTICS_TAG = (
    "<script>window.measured = (window.measured || 0) + 1;</script>\n"
    '<script async src="https://stats.example.net/tag.js"></script>'
)
# Runs before any page script, outside the page's policy, and keeps what the browser reports.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI}`);
}, true);
"""


@pytest.fixture
def newsroom():
    newsroom = build_newsroom()
    analytics = AnalyticsSettings.for_site(Site.objects.get(is_default_site=True))
    analytics.snippet = ANALYTICS_TAG
    analytics.save()
    return newsroom


def open_tab(chromium, live_server):
    """A tab that notes every CSP violation and serves the analytics provider's script locally."""
    context = chromium.new_context()
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.console_violations = []
    page.on(
        "console",
        lambda message: (
            page.console_violations.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )

    def outside_requests(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        elif route.request.url == "https://stats.example.net/tag.js":
            route.fulfill(body="window.tagLoaded = true;", content_type="text/javascript")
        else:
            route.fulfill(status=204, body="")

    context.route("**/*", outside_requests)
    return page


def violations(page):
    return page.evaluate("window.cspViolations") + page.console_violations


@pytest.fixture
def reader(chromium, live_server):
    page = open_tab(chromium, live_server)
    yield page
    page.context.close()


@pytest.fixture
def administrator(chromium, live_server, newsroom):
    UserFactory(username="chief", is_superuser=True, is_staff=True)
    page = open_tab(chromium, live_server)
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("chief")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    yield page
    page.context.close()


def test_reader_pages_run_their_scripts_tag_and_embed_without_violations(
    newsroom, live_server, reader
):
    reader.goto(live_server.url + "/")
    reader.get_by_role("button", name="Accept all").first.click()
    wait_until(reader, "window.measured === 1 && window.tagLoaded === true")

    reader.goto(live_server.url + newsroom["article"].url)
    wait_until(reader, "window.measured === 1 && window.tagLoaded === true")
    assert reader.locator("figure.embed iframe[src*='youtube-nocookie.com']").count() == 1

    reader.goto(f"{live_server.url}/search/?q=harbour")
    assert reader.locator(".search-result").count() >= 1
    reader.goto(f"{live_server.url}/cookies/")
    wait_until(reader, "window.measured === 1")

    assert violations(reader) == []


def test_injected_script_is_blocked_on_reader_pages(newsroom, live_server, reader):
    reader.goto(live_server.url + newsroom["article"].url)
    reader.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.injected = true;";
            document.body.append(script);
            const image = document.createElement("img");
            image.src = "https://collector.example.org/steal.gif";
            document.body.append(image);
        }"""
    )
    wait_until(reader, "window.cspViolations.length >= 2")
    assert reader.evaluate("window.injected") is None
    assert "script-src-elem blocked inline" in violations(reader)
    assert "img-src blocked https://collector.example.org/steal.gif" in violations(reader)


def test_admin_dashboard_editor_and_image_chooser_have_no_violations(
    newsroom, live_server, administrator
):
    page = administrator
    page.goto(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/pages/{newsroom['article'].pk}/edit/")
    hero_image = page.locator("#id_hero_image-chooser")
    hero_image.get_by_role("button", name="Actions").click()
    hero_image.get_by_role("button", name="Change image").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("link", name=newsroom["article"].hero_image.title).first.wait_for()
    dialog.get_by_role("button", name="Close").click()
    # The live preview frames the reader's page inside the admin.
    page.get_by_role("button", name="Toggle preview").click()
    page.frame_locator("iframe[title='Preview'][src]").last.locator("h1").wait_for()
    found = violations(page)
    # Signed-in staff see Wagtail's user bar on reader pages, under the readers' policy.
    page.goto(live_server.url + newsroom["article"].url)
    page.get_by_role("button", name="View Wagtail quick actions").click()
    page.get_by_role("menuitem", name="Edit this page").wait_for()
    found += violations(page)

    assert found == []
