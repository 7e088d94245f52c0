"""A reader's cookie choices in a real browser: banner, customising, withdrawing, keyboard."""

import pytest
from cookie_consent.models import CookieGroup
from wagtail.models import Site

from consent.models import AnalyticsSettings, ConsentRecord, CookieDeclaration
from tests.browser.polling import wait_until
from tests.consent.conftest import publish_new_version
from tests.factories import (
    ArticlePageFactory,
    AuthorIndexPageFactory,
    AuthorPageFactory,
    EmbedFactory,
    SectionFactory,
    build_site,
)

# Counts page views and sets a first-party cookie, as an analytics tag would.
ANALYTICS_SNIPPET = (
    "<script>window.measured = (window.measured || 0) + 1;"
    'document.cookie = "lp_probe=1; path=/; SameSite=Lax";</script>'
)
MEASURED = "window.measured === 1"
SIGNALS = ("ad_storage", "ad_user_data", "ad_personalization", "analytics_storage")


@pytest.fixture
def newsroom():
    home = build_site()
    section = SectionFactory(parent=home, title="Culture", slug="culture")
    author = AuthorPageFactory(
        parent=AuthorIndexPageFactory(parent=home), title="Mara Stein", slug="mara-stein"
    )
    embed = EmbedFactory(url="https://www.youtube.com/watch?v=lordspress01")
    article = ArticlePageFactory(
        parent=section,
        title="The museum's new gallery",
        slug="museum-gallery",
        authors=[author],
        body=[
            ("paragraph", "<p>The gallery opens on Saturday.</p>"),
            ("embed", {"url": embed.url, "caption": "A walk through the gallery"}),
        ],
    )
    settings = AnalyticsSettings.for_site(Site.objects.get(is_default_site=True))
    settings.snippet = ANALYTICS_SNIPPET
    settings.save()
    CookieDeclaration.objects.create(
        cookiegroup=CookieGroup.objects.get(varname="analytics"),
        name="lp_probe",
        description="Counts visits in this test.",
        duration="Until you close your browser",
    )
    publish_new_version()
    return {"home": home, "section": section, "article": article}


@pytest.fixture
def reader(chromium, live_server):
    """A browser tab that may only talk to our server; it notes what else pages asked for."""
    context = chromium.new_context()
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.third_party_requests = []

    def only_our_server(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        else:
            page.third_party_requests.append(route.request.url)
            route.fulfill(status=204, body="")

    context.route("**/*", only_our_server)
    yield page
    context.close()


def consent_mode_signals(page):
    """Google Consent Mode commands pushed so far, as Google's tags would read them."""
    return page.evaluate(
        "window.dataLayer.filter(entry => entry[0] === 'consent').map(entry => Array.from(entry))"
    )


def banner(page):
    return page.get_by_role("region", name="Cookies on Lord's Press")


def cookie_names(page):
    return {cookie["name"] for cookie in page.context.cookies()}


def focused(page, expression="document.activeElement.id"):
    return page.evaluate(expression)


def test_first_visit_shows_three_equal_choices_and_moves_focus_in(newsroom, live_server, reader):
    reader.goto(live_server.url + newsroom["article"].url)

    assert banner(reader).is_visible()
    assert focused(reader) == "consent-banner-heading"
    buttons = [
        banner(reader).get_by_role("button", name=name, exact=True)
        for name in ("Accept all", "Reject all", "Customise")
    ]
    boxes = [button.bounding_box() for button in buttons]
    assert len({round(box["width"]) for box in boxes}) == 1
    assert len({round(box["height"]) for box in boxes}) == 1
    looks = [
        button.evaluate(
            "b => [b.tagName, getComputedStyle(b).backgroundColor, getComputedStyle(b).color,"
            " getComputedStyle(b).fontWeight, getComputedStyle(b).fontSize]"
        )
        for button in buttons
    ]
    assert all(look == looks[0] for look in looks)
    assert reader.locator("figure.embed iframe").count() == 0
    assert reader.evaluate("window.measured") is None
    assert "This content is hosted by YouTube." in reader.locator("figure.embed").inner_text()
    assert not reader.third_party_requests
    assert cookie_names(reader) == set()


def test_reject_all_keeps_analytics_and_embeds_out_after_reload(newsroom, live_server, reader):
    reader.goto(live_server.url + newsroom["article"].url)

    banner(reader).get_by_role("button", name="Reject all").click()

    banner(reader).wait_for(state="hidden")
    assert focused(reader) == "main"
    reader.get_by_role("status").filter(has_text="choices have been saved").wait_for(
        state="attached"
    )
    assert consent_mode_signals(reader)[-1] == [
        "consent",
        "update",
        dict.fromkeys(SIGNALS, "denied"),
    ]
    reader.reload()
    reader.wait_for_load_state("networkidle")
    assert banner(reader).is_hidden()
    assert reader.evaluate("window.measured") is None
    assert reader.locator("figure.embed iframe").count() == 0
    assert not reader.third_party_requests
    assert "lp_probe" not in cookie_names(reader)
    assert ConsentRecord.objects.get().choice == "reject_all"


def test_accept_all_loads_analytics_and_embeds(newsroom, live_server, reader):
    reader.goto(live_server.url + newsroom["article"].url)

    denied_by_default = consent_mode_signals(reader)[0]
    banner(reader).get_by_role("button", name="Accept all").click()

    wait_until(reader, MEASURED)
    assert denied_by_default == ["consent", "default", dict.fromkeys(SIGNALS, "denied")]
    assert consent_mode_signals(reader)[-1] == [
        "consent",
        "update",
        dict.fromkeys(SIGNALS, "granted"),
    ]
    iframe = reader.locator("figure.embed iframe")
    assert iframe.get_attribute("src") == "https://www.youtube-nocookie.com/embed/lordspress01"
    assert "lp_probe" in cookie_names(reader)
    reader.goto(live_server.url + newsroom["section"].url)
    wait_until(reader, MEASURED)
    assert banner(reader).is_hidden()


def test_customise_enables_only_embeds(newsroom, live_server, reader):
    reader.goto(live_server.url + newsroom["article"].url)
    customise = banner(reader).get_by_role("button", name="Customise")

    customise.click()

    assert customise.get_attribute("aria-expanded") == "true"
    switches = banner(reader).get_by_role("checkbox")
    assert switches.count() == 3
    assert [switches.nth(index).is_checked() for index in range(3)] == [False] * 3
    assert "lp_probe" in banner(reader).inner_text()
    banner(reader).get_by_label("Allow Embeds and social media").check()
    banner(reader).get_by_role("button", name="Save my choices").click()

    reader.locator("figure.embed iframe").wait_for()
    banner(reader).wait_for(state="hidden")
    reader.reload()
    reader.locator("figure.embed iframe").wait_for()
    reader.wait_for_load_state("networkidle")
    assert reader.evaluate("window.measured") is None
    assert ConsentRecord.objects.get().decisions == {
        "analytics": "declined",
        "embeds": "accepted",
        "marketing": "declined",
    }


def test_footer_link_reopens_preferences_and_withdrawing_removes_analytics(
    newsroom, live_server, reader
):
    reader.goto(live_server.url + newsroom["article"].url)
    banner(reader).get_by_role("button", name="Accept all").click()
    wait_until(reader, MEASURED)

    settings_link = reader.get_by_role("contentinfo").get_by_role("link", name="Cookie settings")
    settings_link.click()

    assert banner(reader).is_visible()
    assert reader.url == live_server.url + newsroom["article"].url
    analytics = banner(reader).get_by_label("Allow Analytics")
    assert analytics.is_checked()
    analytics.uncheck()
    banner(reader).get_by_role("button", name="Save my choices").click()
    banner(reader).wait_for(state="hidden")
    assert settings_link.evaluate("link => link === document.activeElement")
    reader.goto(live_server.url + newsroom["section"].url)
    reader.wait_for_load_state("networkidle")
    assert reader.evaluate("window.measured") is None
    assert reader.locator("[data-consent-analytics]").count() == 0
    assert "lp_probe" not in cookie_names(reader)
    assert [record.choice for record in ConsentRecord.objects.order_by("created_at")] == [
        "accept_all",
        "custom",
    ]


def test_whole_flow_works_with_the_keyboard_alone(newsroom, live_server, reader):
    reader.goto(live_server.url + newsroom["article"].url)

    def tab_to(name, limit=40):
        for _ in range(limit):
            reader.keyboard.press("Tab")
            label = reader.evaluate(
                "document.activeElement.labels && document.activeElement.labels.length"
                " ? document.activeElement.labels[0].innerText"
                " : document.activeElement.innerText"
            )
            if label.strip() == name:
                return
        raise AssertionError(f"Tab never reached {name!r}")

    assert focused(reader) == "consent-banner-heading"
    tab_to("Customise")
    reader.keyboard.press("Enter")
    tab_to("Allow Embeds and social media")
    reader.keyboard.press("Space")
    tab_to("Save my choices")
    reader.keyboard.press("Enter")

    reader.locator("figure.embed iframe").wait_for()
    banner(reader).wait_for(state="hidden")
    assert focused(reader) == "main"
    assert ConsentRecord.objects.get().decisions["embeds"] == "accepted"

    tab_to("Cookie settings", limit=80)
    reader.keyboard.press("Enter")
    assert banner(reader).is_visible()
    assert focused(reader) == "consent-banner-heading"
    reader.keyboard.press("Escape")
    banner(reader).wait_for(state="hidden")
    assert focused(reader, "document.activeElement.innerText") == "Cookie settings"


def test_load_it_once_shows_one_embed_without_deciding(newsroom, live_server, reader):
    reader.goto(live_server.url + newsroom["article"].url)

    reader.get_by_role("button", name="Load it once").click()

    iframe = reader.locator("figure.embed iframe")
    assert iframe.evaluate("frame => frame === document.activeElement")
    assert banner(reader).is_visible()
    assert not ConsentRecord.objects.exists()
    reader.reload()
    assert reader.locator("figure.embed iframe").count() == 0


def test_global_privacy_control_keeps_analytics_off_on_accept_all(chromium, newsroom, live_server):
    context = chromium.new_context(extra_http_headers={"Sec-GPC": "1"})
    context.add_init_script(
        "Object.defineProperty(navigator, 'globalPrivacyControl', {get: () => true})"
    )
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith(live_server.url)
            else route.fulfill(status=204, body="")
        ),
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(live_server.url + newsroom["article"].url)

    assert "Global Privacy Control" in banner(page).inner_text()
    banner(page).get_by_role("button", name="Accept all").click()

    # consent.js asks for the analytics tag before it loads embeds, or not at all.
    page.locator("figure.embed iframe").wait_for()
    assert not [url for url in requested if url.endswith("/cookies/analytics/")]
    assert page.evaluate("window.measured") is None
    record = ConsentRecord.objects.get()
    assert record.global_privacy_control is True
    assert record.decisions["analytics"] == "declined"
    context.close()


def test_choices_work_without_javascript(chromium, newsroom, live_server):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + newsroom["section"].url)

    banner(page).get_by_role("button", name="Reject all").click()
    assert "To confirm “Reject all”, press it again below." in page.content()
    assert not ConsentRecord.objects.exists()
    page.get_by_role("button", name="Reject all").click()

    assert page.url == live_server.url + newsroom["section"].url + "#consent-saved"
    confirmation = page.get_by_text("Your cookie choices are saved.")
    assert confirmation.is_visible()
    assert ConsentRecord.objects.get().choice == "reject_all"
    assert {"cookie_consent", "consent_receipt"} <= cookie_names(page)
    # The banner stays without JavaScript; it says what the reader can do, not that
    # nothing is on until they choose.
    assert "Nothing optional is switched on until you choose" not in banner(page).inner_text()
    assert "your choice holds" in banner(page).inner_text()
    page.goto(live_server.url + newsroom["article"].url)
    assert page.get_by_text("Your cookie choices are saved.").is_hidden()
    context.close()


def obscured_by_banner(page):
    """Whether the focused element is hidden behind the open banner, even in part."""
    return page.evaluate(
        """() => {
            const focused = document.activeElement.getBoundingClientRect();
            const banner = document.querySelector("[data-consent-banner]");
            const focus = document.activeElement;
            const open = banner.hasAttribute("data-open");
            if (!open || banner.contains(focus) || focus === document.body) {
                return false;
            }
            const top = banner.getBoundingClientRect().top;
            return focused.bottom > top || focused.top < 0;
        }"""
    )


@pytest.mark.parametrize("customise", [False, True])
def test_on_a_phone_keyboard_focus_is_never_under_the_open_banner(
    chromium, newsroom, live_server, customise
):
    """WCAG 2.4.11: tabbing through a page while the banner is open at 360 x 640."""
    context = chromium.new_context(viewport={"width": 360, "height": 640}, is_mobile=True)
    page = context.new_page()
    page.goto(live_server.url + newsroom["article"].url)
    open_banner = page.locator("[data-consent-banner][data-open]")
    open_banner.wait_for()
    if customise:
        open_banner.get_by_role("button", name="Customise").click()
        preferences = page.locator("[data-consent-preferences]")
        assert preferences.is_visible()

    height = open_banner.bounding_box()["height"]
    assert height <= 0.5 * 640
    padding = page.evaluate("getComputedStyle(document.documentElement).scrollPaddingBottom")
    assert padding == f"{round(height)}px" or abs(float(padding[:-2]) - height) < 1
    # The page's own links first: tab from the top of the document.
    page.evaluate("document.activeElement.blur(); window.scrollTo(0, 0)")
    outside = 0
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate(
            "document.querySelector('[data-consent-banner]').contains(document.activeElement)"
        ):
            continue
        outside += 1
        assert not obscured_by_banner(page), page.evaluate("document.activeElement.outerHTML")
    assert outside > 5
    context.close()


def test_a_reader_who_chose_before_is_asked_again_with_what_changed(newsroom, live_server, reader):
    reader.goto(live_server.url + newsroom["article"].url)
    banner(reader).get_by_role("button", name="Reject all").click()
    banner(reader).wait_for(state="hidden")
    CookieGroup.objects.filter(varname="embeds").update(
        description="Videos from YouTube, which learns that you watched them."
    )
    publish_new_version()

    reader.reload()

    banner(reader).wait_for()
    changes = banner(reader).locator("[data-consent-changes]")
    assert changes.is_visible()
    assert "Changed: description of the group “Embeds and social media”" in changes.inner_text()


def test_a_first_visit_shows_no_what_changed(newsroom, live_server, reader):
    publish_new_version(what_changed="Plainer words.")
    reader.goto(live_server.url + newsroom["article"].url)

    banner(reader).wait_for()
    assert banner(reader).locator("[data-consent-changes]").is_hidden()
