"""The front page: editors' lead and secondary stories, then each section's latest."""

from datetime import UTC, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from home.models import ARTICLES_PER_SECTION, SECONDARY_STORY_COUNT, HomePageStory
from tests.factories import ArticlePageFactory, ImageFactory, SectionFactory, StandardPageFactory

NOW = datetime(2025, 4, 1, 12, 0, tzinfo=UTC)


def parse(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(container):
    return [link.text for link in container.select(".teaser__headline a")]


def front_page(client):
    soup = parse(client.get("/"))
    lead = soup.select_one(".teaser--lead .teaser__headline a")
    secondary = soup.select_one(".front-secondary")
    return {
        "lead": lead.text if lead else None,
        "secondary": titles(secondary) if secondary else [],
        "sections": {
            block.select_one(".section-block__title").text: titles(block)
            for block in soup.select("section.section-block")
        },
        "soup": soup,
    }


@pytest.fixture
def story(section, author):
    """A live story in Politics, `hours_ago` hours old unless told otherwise."""

    def make(title, hours_ago=1, parent=section, **kwargs):
        return ArticlePageFactory(
            parent=parent,
            authors=[author],
            title=title,
            publication_date=NOW - timedelta(hours=hours_ago),
            **kwargs,
        )

    return make


def choose(home, lead=None, secondary=()):
    home.lead_story = lead
    home.save()
    for order, article in enumerate(secondary):
        HomePageStory.objects.create(page=home, article=article, sort_order=order)


def test_without_editors_choices_the_newest_stories_lead(client, story):
    for hours_ago in range(1, 8):
        story(f"{hours_ago} hours ago", hours_ago=hours_ago)

    page = front_page(client)

    assert page["lead"] == "1 hours ago"
    assert page["secondary"] == ["2 hours ago", "3 hours ago", "4 hours ago", "5 hours ago"]
    assert page["sections"] == {"Politics": ["6 hours ago", "7 hours ago"]}


def test_editors_lead_story_comes_first_even_when_older(client, home, story):
    for hours_ago in range(1, 6):
        story(f"{hours_ago} hours ago", hours_ago=hours_ago)
    choose(home, lead=story("Harbour inquiry", hours_ago=48))

    page = front_page(client)

    assert page["lead"] == "Harbour inquiry"
    assert page["secondary"] == ["1 hours ago", "2 hours ago", "3 hours ago", "4 hours ago"]
    assert page["sections"] == {"Politics": ["5 hours ago"]}


def test_editors_secondary_stories_keep_their_order_then_the_newest_fill_in(client, home, story):
    newest = story("Newest", hours_ago=1)
    story("Second newest", hours_ago=2)
    picked_old = story("Picked, old", hours_ago=30)
    picked_older = story("Picked, older", hours_ago=40)
    choose(home, lead=newest, secondary=[picked_older, picked_old])

    page = front_page(client)

    assert page["lead"] == "Newest"
    assert page["secondary"] == ["Picked, older", "Picked, old", "Second newest"]
    assert page["sections"] == {}


def test_front_page_stories_show_their_section(client, story):
    story("Harbour vote")

    lead = front_page(client)["soup"].select_one(".teaser--lead")

    assert lead.select_one(".teaser__section").text == "Politics"
    assert lead.select_one(".teaser__section")["href"] == "/politics/"


def test_menu_sections_list_their_latest_four_without_the_top_stories(client, home, story):
    culture = SectionFactory(parent=home, title="Culture")
    sport = SectionFactory(parent=home, title="Sport")
    for hours_ago in range(1, 6):
        story(f"Politics {hours_ago}", hours_ago=hours_ago)
    for hours_ago in range(10, 16):
        story(f"Culture {hours_ago}", hours_ago=hours_ago, parent=culture)
    story("Sport 20", hours_ago=20, parent=sport)

    page = front_page(client)

    assert page["lead"] == "Politics 1"
    assert page["secondary"] == ["Politics 2", "Politics 3", "Politics 4", "Politics 5"]
    assert page["sections"] == {
        "Culture": ["Culture 10", "Culture 11", "Culture 12", "Culture 13"],
        "Sport": ["Sport 20"],
    }
    assert ARTICLES_PER_SECTION == 4
    assert SECONDARY_STORY_COUNT == 4


def test_sections_hidden_from_the_menu_get_no_block(client, home, story):
    archive = SectionFactory(parent=home, title="Archive", show_in_menus=False)
    for hours_ago in range(1, 6):
        story(f"Politics {hours_ago}", hours_ago=hours_ago)
    story("Archive story", hours_ago=50, parent=archive)

    page = front_page(client)

    assert page["sections"] == {}
    assert "Archive story" not in page["soup"].text


def test_drafts_and_private_stories_never_reach_the_front_page(client, home, story):
    draft = story("Draft scoop", hours_ago=1, publish=False)
    members = story("Members only", hours_ago=1)
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    vault = SectionFactory(parent=home, title="Vault")
    PageViewRestriction.objects.create(
        page=vault, restriction_type=PageViewRestriction.PASSWORD, password="harbour"
    )
    story("Vault story", hours_ago=1, parent=vault)
    public = [story(f"Public {hours_ago}", hours_ago=hours_ago) for hours_ago in range(2, 9)]
    # Even when an editor picks them, hidden stories are skipped.
    choose(home, lead=draft, secondary=[members, public[-1]])

    page = front_page(client)

    assert page["lead"] == "Public 8"
    assert page["secondary"] == ["Public 2", "Public 3", "Public 4", "Public 5"]
    assert page["sections"] == {"Politics": ["Public 6", "Public 7"]}
    for title in ["Draft scoop", "Members only", "Vault story", "Vault"]:
        assert title not in page["soup"].text


def test_empty_front_page_says_nothing_is_published(client, section):
    soup = parse(client.get("/"))

    assert soup.select_one("p.empty").text == "No stories have been published yet."
    assert soup.select("section.section-block") == []


def test_standard_page_renders_its_introduction_and_body(client, home):
    page = StandardPageFactory(
        parent=home,
        title="About us",
        slug="about",
        introduction="How the paper works.",
        body=[
            ("subheading", "Corrections"),
            ("paragraph", "<p>We correct our mistakes <b>promptly</b>.</p>"),
        ],
    )

    soup = parse(client.get(page.url))

    article = soup.select_one("article.standard")
    assert article.h1.text == "About us"
    assert article.select_one(".standfirst").text == "How the paper works."
    assert article.select_one(".story-body h2.subheading").text == "Corrections"
    assert article.select_one(".story-body .rich-text b").text == "promptly"
    assert [a.text for a in article.select(".breadcrumbs a")] == ["Home"]


def test_a_quiet_section_keeps_its_block_beyond_the_newest_stories(
    client, home, story, monkeypatch
):
    monkeypatch.setattr("home.models.SECTION_BLOCKS_DRAWN_FROM", 3)
    culture = SectionFactory(parent=home, title="Culture")
    almanac = SectionFactory(parent=home, title="Almanac")
    for hours_ago in range(1, 11):
        story(f"Politics {hours_ago}", hours_ago=hours_ago)
    for hours_ago in range(11, 16):
        story(f"Culture {hours_ago}", hours_ago=hours_ago, parent=culture)
    story("Almanac 400", hours_ago=400, parent=almanac)

    page = front_page(client)

    assert page["sections"] == {
        "Politics": ["Politics 6", "Politics 7", "Politics 8", "Politics 9"],
        "Culture": ["Culture 11", "Culture 12", "Culture 13", "Culture 14"],
        "Almanac": ["Almanac 400"],
    }


def test_the_lead_picture_loads_first_and_every_picture_asks_for_its_slot(client, story):
    """The lead is the largest picture above the fold: fetched at once and first. Each
    `sizes` names the width site.css gives the slot, so phones and desktops download what
    they show, no more."""
    for hours_ago in range(1, 7):
        story(f"{hours_ago} hours ago", hours_ago=hours_ago, hero_image=ImageFactory())

    soup = front_page(client)["soup"]

    lead = soup.select_one(".teaser--lead img")
    assert lead["fetchpriority"] == "high"
    assert "loading" not in lead.attrs
    assert soup.select_one(".teaser--lead source")["sizes"].startswith("(min-width: 72rem) 45.7rem")
    grid = soup.select_one(".teaser-grid img")
    assert grid["loading"] == "lazy"
    assert "fetchpriority" not in grid.attrs
    assert soup.select_one(".teaser-grid source")["sizes"].startswith("(min-width: 72rem) 16.4rem")
