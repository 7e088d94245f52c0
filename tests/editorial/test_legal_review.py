"""A story flagged "Needs legal review" reaches readers only after Legal has signed it off."""

from django.contrib.messages import get_messages
from django.urls import reverse

from news.models import ArticlePage
from tests.editorial.newsroom import edit
from tests.factories import ArticlePageFactory


def flagged_story(newsroom, **kwargs):
    return ArticlePageFactory(
        parent=newsroom.section,
        title="Harbour master accused of falsifying logs",
        slug="harbour-master-logs",
        authors=[newsroom.author],
        owner=newsroom.staff["writer"],
        needs_legal_review=True,
        publish=False,
        **kwargs,
    )


def test_editor_sees_no_publish_button_on_a_flagged_story(newsroom, client):
    client.force_login(newsroom.staff["editor"])
    flagged = client.get(reverse("wagtailadmin_pages:edit", args=[flagged_story(newsroom).pk]))
    unflagged = client.get(reverse("wagtailadmin_pages:edit", args=[newsroom.draft_story.pk]))
    assert b'name="action-publish"' not in flagged.content
    assert b'name="action-submit"' in flagged.content
    assert b'name="action-publish"' in unflagged.content


def test_editor_cannot_publish_a_flagged_story_directly(newsroom, client):
    story = flagged_story(newsroom)
    client.force_login(newsroom.staff["editor"])
    response = edit(
        client, story, standfirst="Logs were altered, records show.", **{"action-publish": "1"}
    )
    assert response.status_code == 302
    [message] = get_messages(response.wsgi_request)
    assert "sign-off before publication" in str(message)
    story = ArticlePage.objects.get(pk=story.pk)
    assert not story.live
    assert story.get_latest_revision().as_object().standfirst == "Logs were altered, records show."


def test_editor_cannot_schedule_a_flagged_story_past_legal(newsroom, client):
    story = flagged_story(newsroom)
    client.force_login(newsroom.staff["editor"])
    edit(client, story, go_live_at="01/03/2031 07:00", **{"action-publish": "1"})
    assert (
        not ArticlePage.objects.get(pk=story.pk)
        .revisions.filter(approved_go_live_at__isnull=False)
        .exists()
    )


def test_bulk_publishing_leaves_flagged_stories_unpublished(newsroom, client):
    story = flagged_story(newsroom)
    client.force_login(newsroom.staff["editor"])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    response = client.post(f"{url}?id={story.pk}&id={newsroom.draft_story.pk}&next=/admin/")
    assert response.status_code == 302
    [message] = get_messages(response.wsgi_request)
    assert "Harbour master accused of falsifying logs" in str(message)
    assert not ArticlePage.objects.get(pk=story.pk).live
    assert not ArticlePage.objects.get(pk=newsroom.draft_story.pk).live


def test_unflagged_stories_can_still_be_published_in_bulk(newsroom, client):
    client.force_login(newsroom.staff["editor"])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    client.post(f"{url}?id={newsroom.draft_story.pk}&next=/admin/")
    assert ArticlePage.objects.get(pk=newsroom.draft_story.pk).live
