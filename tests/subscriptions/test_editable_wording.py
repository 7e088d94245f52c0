"""Wording editors own is theirs to change in the admin, and readers see the change at once,
cached pages included: the newsletter offer, the subscribers-only notice, the sponsors'
heading."""

from bs4 import BeautifulSoup
from wagtail.models import Site

from core.models import SiteSettings
from subscriptions.models import SubscriptionSettings
from tests.factories import SponsorFactory


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_the_newsletter_offer_and_the_locked_notice_read_as_editors_set_them(
    client, settings, locked_article, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_ENABLED = True
    page = soup_of(client, locked_article.url)
    assert page.select_one(".signup__heading").text == "Get the newsletter"
    assert page.select_one(".signup__offer") is None
    assert page.select_one("#subscribe-prompt-heading").text == (
        "The rest of this report is for subscribers"
    )
    assert client.get(locked_article.url)["X-Cache"] == "HIT"

    wording = SubscriptionSettings.for_site(Site.objects.get(is_default_site=True))
    wording.offer_heading = "The Harbour Letter"
    wording.offer_text = "Every Friday: the week on the quays, in five minutes."
    wording.locked_notice_heading = "Subscribers read on"
    wording.locked_notice_text = "It is free: confirm your address."
    with django_capture_on_commit_callbacks(execute=True):
        wording.save()

    page = soup_of(client, locked_article.url)
    assert page.select_one(".signup__heading").text == "The Harbour Letter"
    assert page.select_one(".signup__offer").text == (
        "Every Friday: the week on the quays, in five minutes."
    )
    assert page.select_one("#subscribe-prompt-heading").text == "Subscribers read on"
    assert "It is free: confirm your address." in page.select_one(".subscribe-prompt").text


def test_the_sponsors_heading_reads_as_editors_set_it(
    client, home, django_capture_on_commit_callbacks
):
    SponsorFactory(name="Ardmere Ferries")
    heading = soup_of(client, "/").select_one("#sponsors-heading")
    assert heading.text == "Lord's Press is free thanks to our sponsors"

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.sponsors_heading = "With thanks to the businesses that support us"
    with django_capture_on_commit_callbacks(execute=True):
        site_settings.save()

    heading = soup_of(client, "/").select_one("#sponsors-heading")
    assert heading.text == "With thanks to the businesses that support us"
