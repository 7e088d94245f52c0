"""Site settings: the time zone readers see dates in, and the footer editors control."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from core.models import SiteSettings
from tests.factories import ArticlePageFactory, StandardPageFactory


@pytest.fixture
def site_settings(home):
    return SiteSettings.for_site(home.get_site())


def parse(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_time_zone_must_be_an_iana_name(site_settings):
    with pytest.raises(ValidationError) as error:
        SiteSettings._meta.get_field("time_zone").clean("Mars/Olympus", site_settings)

    assert "Mars/Olympus" in error.value.messages[0]


def test_time_zone_accepts_a_real_zone(site_settings):
    time_zone = SiteSettings._meta.get_field("time_zone").clean("Europe/Brussels", site_settings)
    site_settings.time_zone = time_zone
    site_settings.save()

    assert SiteSettings.objects.get(pk=site_settings.pk).tzinfo.key == "Europe/Brussels"


def test_fresh_site_settings_are_valid(site_settings):
    site_settings.full_clean()
    assert site_settings.latitude == Decimal("51.5072")


def test_article_dates_are_shown_in_the_site_time_zone(client, site_settings, section, author):
    site_settings.time_zone = "Asia/Tokyo"
    site_settings.save()
    with time_machine.travel(datetime(2025, 3, 4, 22, 30, tzinfo=UTC), tick=False):
        article = ArticlePageFactory(parent=section, authors=[author])

    published = parse(client.get(article.url)).select_one(".story__dates time")

    # 22:30 UTC on the 4th is 07:30 on the 5th in Tokyo.
    assert published.text == "5 March 2025, 07:30 JST"
    assert published["datetime"] == "2025-03-05T07:30:00+09:00"


def test_article_dates_follow_a_change_of_time_zone(client, site_settings, section, author):
    with time_machine.travel(datetime(2025, 7, 1, 9, 0, tzinfo=UTC), tick=False):
        article = ArticlePageFactory(parent=section, authors=[author])
    site_settings.time_zone = "Europe/Brussels"
    site_settings.save()

    published = parse(client.get(article.url)).select_one(".story__dates time")

    assert published.text == "1 July 2025, 11:00 CEST"


def test_footer_links_to_the_about_and_privacy_pages(client, site_settings, home):
    site_settings.about_page = StandardPageFactory(parent=home, title="About us", slug="about")
    site_settings.privacy_page = StandardPageFactory(
        parent=home, title="Privacy policy", slug="privacy"
    )
    site_settings.save()

    footer = parse(client.get("/")).select_one("footer nav[aria-label='About the paper']")

    links = [(a.text, a["href"]) for a in footer.select("a:not([data-consent-settings])")]
    assert links == [("About us", "/about/"), ("Privacy policy", "/privacy/")]


def test_footer_leaves_out_about_and_privacy_links_when_unset(client, home):
    footer = parse(client.get("/")).select_one("footer nav[aria-label='About the paper']")

    assert footer.select("a:not([data-consent-settings])") == []


def test_footer_shows_the_publications_follow_links(client, site_settings):
    site_settings.follow_links = [
        ("link", {"platform": "mastodon", "url": "https://newsroom.social/@lordspress"}),
        ("link", {"platform": "rss", "url": "https://lordspress.example/feed/"}),
    ]
    site_settings.save()

    follow = parse(client.get("/")).select_one("footer nav[aria-label='Follow us']")

    links = [(a.text, a["href"], a["rel"]) for a in follow.select("a")]
    assert links == [
        ("Mastodon", "https://newsroom.social/@lordspress", ["me", "noopener"]),
        ("RSS", "https://lordspress.example/feed/", ["me", "noopener"]),
    ]


def test_footer_has_no_follow_section_without_links(client, home):
    assert parse(client.get("/")).select_one("footer nav[aria-label='Follow us']") is None
