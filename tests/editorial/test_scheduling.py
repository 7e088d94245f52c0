"""Go-live and expiry times take effect when publish_scheduled runs, and not before."""

from datetime import UTC, datetime

from django.core.management import call_command
from wagtail.models import PageLogEntry

from news.models import ArticlePage
from tests.editorial.newsroom import edit


def at(day, hour, minute=0):
    """A moment in March 2031, when London keeps UTC, so form times read the same."""
    return datetime(2031, 3, day, hour, minute, tzinfo=UTC)


def test_scheduled_story_appears_only_once_its_time_has_come(newsroom, client, time_machine):
    time_machine.move_to(at(2, 6), tick=False)
    story = newsroom.draft_story
    client.force_login(newsroom.staff["editor"])
    response = edit(client, story, go_live_at="02/03/2031 09:00", **{"action-publish": "1"})
    assert response.status_code == 302
    client.logout()

    def visible():
        listed = story.title in client.get(newsroom.section.url).content.decode()
        return client.get(story.url).status_code == 200, listed

    assert not ArticlePage.objects.get(pk=story.pk).live
    assert visible() == (False, False)

    time_machine.move_to(at(2, 8, 59), tick=False)
    call_command("publish_scheduled")
    assert visible() == (False, False)

    time_machine.move_to(at(2, 9, 1), tick=False)
    assert visible() == (False, False)
    call_command("publish_scheduled")
    assert visible() == (True, True)
    published = ArticlePage.objects.get(pk=story.pk)
    assert published.first_published_at == at(2, 9, 1)
    assert PageLogEntry.objects.filter(page=story, action="wagtail.publish.scheduled").exists()


def test_expiry_takes_a_story_down_when_publish_scheduled_runs(newsroom, client, time_machine):
    time_machine.move_to(at(3, 12), tick=False)
    story = newsroom.live_story
    client.force_login(newsroom.staff["editor"])
    edit(client, story, expire_at="03/03/2031 18:00", **{"action-publish": "1"})
    client.logout()
    assert client.get(story.url).status_code == 200

    time_machine.move_to(at(3, 18, 1), tick=False)
    assert client.get(story.url).status_code == 200
    call_command("publish_scheduled")
    story = ArticlePage.objects.get(pk=story.pk)
    assert (story.live, story.expired) == (False, True)
    assert client.get(story.url).status_code == 404
    assert PageLogEntry.objects.filter(page=story, action="wagtail.unpublish.scheduled").exists()
