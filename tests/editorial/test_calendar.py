"""The editorial calendar lists what is scheduled, by day, and nothing else."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import dateformat

from tests.factories import ArticlePageFactory


def at(day, hour, minute=0, month=3):
    """A moment in early 2031, before London's clocks change."""
    return datetime(2031, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def schedule(newsroom, time_machine):
    """Tell the calendar it is 1 March 2031, and schedule stories around it."""
    time_machine.move_to(at(1, 8), tick=False)

    def scheduled_story(title, go_live_at=None, expire_at=None, live=False):
        story = ArticlePageFactory(
            parent=newsroom.section,
            title=title,
            authors=[newsroom.author],
            publish=live,
            expire_at=expire_at,
        )
        if go_live_at:
            story.go_live_at = go_live_at
            story.save_revision().publish()
        return story

    return scheduled_story


def calendar(client, newsroom, query=""):
    client.force_login(newsroom.staff["editor"])
    response = client.get(reverse("editorial_calendar") + query)
    assert response.status_code == 200
    return response


def day_heading(moment):
    return dateformat.format(moment, "l j F Y")


def test_calendar_lists_go_live_and_expiry_times_by_day(newsroom, client, schedule):
    schedule("Budget vote preview", go_live_at=at(3, 7))
    schedule("Ferry strike explainer", go_live_at=at(3, 15, 30))
    schedule("Festival guide", live=True, expire_at=at(9, 23))
    html = calendar(client, newsroom).content.decode()

    assert html.count('class="editorial-calendar__day"') == 2
    third, ninth = html.index(day_heading(at(3, 7))), html.index(day_heading(at(9, 23)))
    assert third < html.index("Budget vote preview") < html.index("Ferry strike explainer") < ninth
    assert ninth < html.index("Festival guide")
    assert "Goes live" in html
    assert "Expires" in html
    story_link = reverse("wagtailadmin_pages:edit", args=[newsroom.draft_story.pk])
    assert story_link not in html


def test_calendar_hides_what_is_not_scheduled_or_beyond_its_range(newsroom, client, schedule):
    schedule("Summer reading list", go_live_at=at(20, 6, month=5))
    html = calendar(client, newsroom).content.decode()
    assert newsroom.draft_story.title not in html
    assert newsroom.live_story.title not in html
    assert "Summer reading list" not in html
    assert "Nothing is scheduled" in html

    assert "Summer reading list" in calendar(client, newsroom, "?weeks=12").content.decode()


def test_calendar_answers_odd_ranges_with_a_message(newsroom, client, schedule):
    schedule("Budget vote preview", go_live_at=at(3, 7))
    for query in ["?weeks=abc", "?weeks=-1", "?weeks=9999", "?weeks=%00"]:
        html = calendar(client, newsroom, query).content.decode()
        assert "Select a valid choice" in html
        assert "Budget vote preview" in html


def test_calendar_queries_do_not_grow_with_the_schedule(newsroom, client, schedule):
    schedule("Budget vote preview", go_live_at=at(3, 7))
    calendar(client, newsroom)
    with CaptureQueriesContext(connection) as few:
        calendar(client, newsroom)
    for day in range(4, 9):
        schedule(f"Story for day {day}", go_live_at=at(day, 7))
        schedule(f"Expiring story {day}", live=True, expire_at=at(day, 20))
    calendar(client, newsroom)  # scheduling starts a new sitewide cache version
    with CaptureQueriesContext(connection) as many:
        html = calendar(client, newsroom).content.decode()
    assert "Story for day 8" in html
    assert len(many) == len(few)
