"""axe-core, the accessibility engine browsers' own audits use, on every page type of the
demo newsroom, on a desktop and on a phone, with the cookie banner open and closed. Any
WCAG 2.x A or AA violation (2.2's target size included) fails, with what and where."""

import os
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from authors.models import AuthorIndexPage, AuthorPage
from home.models import StandardPage
from news.models import ArticlePage, CategoryIndexPage, CorrectionsPage

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SCREENS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.fixture
def axe_source():
    if not AXE.exists():
        message = f"{AXE} is missing: run `make browser-tools` (npm ci)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return AXE.read_text()


@pytest.fixture
def demo_addresses():
    call_command("load_demo", stdout=StringIO())
    free_story = ArticlePage.objects.live().filter(subscribers_only=False).exclude(hero_image=None)
    return {
        "front page": "/",
        "section": CategoryIndexPage.objects.live().first().url,
        "story": free_story.first().url,
        "subscribers-only story": ArticlePage.objects.live().filter(subscribers_only=True)[0].url,
        "authors": AuthorIndexPage.objects.live().first().url,
        "author": AuthorPage.objects.live().first().url,
        "corrections": CorrectionsPage.objects.live().first().url,
        "standard page": StandardPage.objects.live().first().url,
        "search": "/search/?q=harbour",
        "newsletter": "/subscribe/",
        "reader sign-in": "/account/sign-in/",
        "cookie settings": "/cookies/",
        "not found": "/no-such-page/",
    }


def violations(page, axe_source):
    page.add_script_tag(content=axe_source)
    found = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
        ".then(results => results.violations.map(v => ({"
        "  id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))})))",
        WCAG_AA,
    )
    return [f"{v['id']} ({v['help']}): {', '.join(v['nodes'][:5])}" for v in found]


@pytest.mark.parametrize("screen", SCREENS)
def test_every_page_type_passes_axe_with_the_banner_open_and_closed(
    demo_addresses, live_server, chromium, axe_source, screen
):
    # The site's CSP rightly refuses the injected axe script; the audit is the test's, not
    # the page's.
    context = chromium.new_context(viewport=SCREENS[screen], bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    failures = {}
    try:
        for name, address in demo_addresses.items():
            page.goto(live_server.url + address)
            banner = page.get_by_role("region", name="Cookies on Lord's Press")
            # The cookie settings page is the banner's full form, so it shows no banner.
            assert banner.is_visible() == (name != "cookie settings"), name
            failures[f"{name}, first visit"] = violations(page, axe_source)
        page.get_by_role("button", name="Reject all").click()
        banner.wait_for(state="hidden")
        for name, address in demo_addresses.items():
            page.goto(live_server.url + address)
            assert not banner.is_visible(), name
            failures[f"{name}, after choosing"] = violations(page, axe_source)
    finally:
        context.close()
    assert {where: found for where, found in failures.items() if found} == {}
