"""The section menu: what it lists, where the reader is, and what it costs."""

from bs4 import BeautifulSoup
from wagtail.models import Site

from core.models import SiteSettings
from tests.factories import ArticlePageFactory, SectionFactory


def menu(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return [(link.text, link.get("aria-current")) for link in soup.select(".sections-nav a")]


def test_the_menu_marks_the_section_and_the_stories_inside_it(client, home, section, author):
    SectionFactory(parent=home, title="Sport", slug="sport")
    story = ArticlePageFactory(parent=section, authors=[author])

    assert menu(client, "/") == [("Politics", None), ("Sport", None)]
    assert menu(client, section.url) == [("Politics", "page"), ("Sport", None)]
    assert menu(client, story.url) == [("Politics", "true"), ("Sport", None)]


def test_a_new_section_joins_the_menu_at_once(client, home, section):
    assert menu(client, "/") == [("Politics", None)]

    SectionFactory(parent=home, title="Sport", slug="sport")

    assert menu(client, "/") == [("Politics", None), ("Sport", None)]


def test_unpublishing_or_renaming_a_section_changes_the_menu_at_once(client, home, section):
    sport = SectionFactory(parent=home, title="Sport", slug="sport")
    assert menu(client, "/") == [("Politics", None), ("Sport", None)]

    sport.unpublish()
    section.title = "Politics and power"
    section.save_revision().publish()

    assert menu(client, "/") == [("Politics and power", None)]


def test_settings_edits_show_at_once(client, home):
    client.get("/")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.tagline = "Ardmere's paper of record"
    site_settings.save()

    assert "Ardmere&#x27;s paper of record" in client.get("/").content.decode()
