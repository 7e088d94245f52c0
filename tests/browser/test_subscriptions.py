"""A reader subscribes from the footer, confirms by email and reads a subscribers-only story."""

import pytest
from django.core import mail

from tests.factories import (
    ArticlePageFactory,
    AuthorIndexPageFactory,
    AuthorPageFactory,
    SectionFactory,
    build_site,
)
from tests.subscriptions.helpers import emailed_path

SECRET = "The ledger shows the payments stopped in March."


@pytest.fixture
def report():
    home = build_site()
    section = SectionFactory(parent=home, title="Politics", slug="politics")
    author = AuthorPageFactory(parent=AuthorIndexPageFactory(parent=home), title="Esther Ward")
    return ArticlePageFactory(
        parent=section,
        title="The harbour ledger",
        slug="harbour-ledger",
        authors=[author],
        subscribers_only=True,
        body=[
            ("paragraph", "<p>The council kept two sets of books.</p>"),
            ("paragraph", "<p>Only one was shown to auditors.</p>"),
            ("paragraph", f"<p>{SECRET}</p>"),
        ],
    )


def test_subscribe_confirm_and_read(report, live_server, browser_page):
    page = browser_page
    page.goto(live_server.url + report.url)
    assert page.get_by_text("The rest of this report is for subscribers").is_visible()
    assert SECRET not in page.content()

    footer = page.locator("footer")
    footer.get_by_label("Email address").fill("reader@example.org")
    footer.get_by_label("Yes, send me the Lord's Press newsletter").check()
    footer.get_by_role("button", name="Subscribe").click()
    page.wait_for_url("**/subscribe/check-your-inbox/")
    assert page.locator("h1").inner_text() == "Check your inbox"

    page.goto(live_server.url + emailed_path("/subscribe/confirm/", mail.outbox[-1]))
    page.get_by_role("button", name="Confirm my subscription").click()
    page.wait_for_url("**/account/")
    assert "reader@example.org" in page.locator("main").inner_text()

    page.goto(live_server.url + report.url)
    assert page.get_by_text(SECRET).is_visible()
    # The masthead, identical for everyone, shows the account link to a signed-in reader.
    assert page.get_by_role("link", name="Your account").is_visible()
    assert not page.get_by_role("link", name="Sign in").is_visible()


def test_signup_without_javascript_and_empty_consent(chromium, report, live_server):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/subscribe/")
    page.locator("main").get_by_label("Email address").fill("nojs@example.org")
    page.locator("main").get_by_role("button", name="Subscribe").click()
    assert "Please tick the box to agree" in page.locator("main").inner_text()
    assert page.get_by_role("link", name="Sign in").first.is_visible()
    context.close()
