"""What anonymous pages carry: the same bytes for everyone, and nothing optional."""

from html.parser import HTMLParser

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consent.configuration import get_configuration
from consent.models import CookieDeclaration
from tests.consent.conftest import publish_new_version

pytestmark = pytest.mark.django_db


class MarkupCensus(HTMLParser):
    """Counts live iframes and scripts, leaving out the inert contents of <template>."""

    def __init__(self):
        super().__init__()
        self.template_depth = 0
        self.live_iframes = []
        self.scripts = []
        self.banner_buttons = []
        self.in_banner = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "template":
            self.template_depth += 1
        elif self.template_depth:
            return
        elif tag == "iframe":
            self.live_iframes.append(attributes)
        elif tag == "script":
            self.scripts.append(attributes)
        elif tag == "section" and "data-consent-banner" in attributes:
            self.in_banner = True
        elif tag == "button" and self.in_banner and attributes.get("name") == "choice":
            self.banner_buttons.append(attributes)

    def handle_endtag(self, tag):
        if tag == "template":
            self.template_depth -= 1
        elif tag == "section":
            self.in_banner = False


def census(response):
    parser = MarkupCensus()
    parser.feed(response.content.decode())
    return parser


@pytest.fixture
def pages(article):
    return ["/", article.url, "/search/?q=harbour"]


class TestFreshVisitor:
    def test_no_cookie_at_all(self, client, pages, analytics_snippet):
        for url in pages:
            response = client.get(url)
            assert response.status_code == 200
            assert not response.cookies, url

    def test_no_analytics_snippet_or_live_third_party_markup(
        self, client, pages, analytics_snippet
    ):
        for url in pages:
            response = client.get(url)
            page = census(response)
            assert analytics_snippet not in response.content.decode(), url
            assert "window.measured" not in response.content.decode(), url
            assert page.live_iframes == [], url
            assert all(
                script.get("src", "").startswith("/static/")
                for script in page.scripts
                if "src" in script
            ), url

    def test_embed_waits_behind_a_click_to_load_notice(self, client, article):
        content = client.get(article.url).content.decode()

        assert "This content is hosted by YouTube." in content
        assert "Load it once" in content
        assert "Always allow embeds" in content
        assert '<template data-consent-embed-html><iframe width="640"' in content
        assert content.count("youtube-nocookie.com") == 1

    def test_banner_offers_three_equal_choices_without_preticked_boxes(self, client, home):
        response = client.get("/")
        buttons = census(response).banner_buttons
        content = response.content.decode()

        assert [button["value"] for button in buttons[:3]] == [
            "accept_all",
            "reject_all",
            "customise",
        ]
        assert {button["class"] for button in buttons} == {"consent-button"}
        assert ">Accept all</button>" in content
        assert ">Reject all</button>" in content
        assert ">Customise</button>" in content
        assert " checked" not in content
        assert 'aria-labelledby="consent-banner-heading"' in content

    def test_every_page_links_to_cookie_settings_in_the_footer(self, client, pages):
        for url in pages:
            content = client.get(url).content.decode()
            footer = content[content.index('<footer class="site-footer">') :]
            assert '<a href="/cookies/" data-consent-settings>Cookie settings</a>' in footer


class TestSameBytesWhateverTheChoice:
    def test_pages_are_identical_for_every_reader(
        self, client, pages, decide, analytics_snippet, stopped_clock
    ):
        readers = {
            "fresh": None,
            "accepted": "accept_all",
            "rejected": "reject_all",
            "custom": "custom",
        }
        snapshots = {}
        for name, choice in readers.items():
            client.cookies.clear()
            if choice:
                decide(client, choice, groups=["embeds"])
            snapshots[name] = [client.get(url).content for url in pages]
        client.cookies.clear()
        client.cookies["cookie_consent"] = "analytics=yes|embeds=%00"
        client.cookies["consent_receipt"] = "garbage"
        snapshots["tampered"] = [client.get(url, HTTP_SEC_GPC="1").content for url in pages]

        assert all(snapshot == snapshots["fresh"] for snapshot in snapshots.values())

    def test_choosing_sets_cookies_only_on_the_decision_response(self, client, pages, decide):
        decide(client, "accept_all")

        for url in pages:
            assert not client.get(url).cookies, url


class TestConfigurationCost:
    def test_configuration_is_one_query_however_many_cookies(self, home, analytics_cookie):
        cache.clear()
        with CaptureQueriesContext(connection) as few:
            get_configuration()
        group = analytics_cookie.cookiegroup
        for number in range(5):
            CookieDeclaration.objects.create(
                cookiegroup=group, name=f"extra_{number}", description="x", duration="1 day"
            )
        publish_new_version()
        cache.clear()
        with CaptureQueriesContext(connection) as many:
            configuration = get_configuration()

        assert len(few) == len(many) == 1
        assert len(configuration.group("analytics").cookies) == 6

    def test_banner_adds_no_queries_to_a_page_once_cached(self, client, home):
        client.get("/")
        with CaptureQueriesContext(connection) as with_banner:
            client.get("/")

        assert not [
            query
            for query in with_banner
            if "cookie_consent" in query["sql"] or "consent_" in query["sql"]
        ]
