"""A story flagged "Needs legal review" reaches readers only after Legal has signed it off."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState
from wagtail.signals import task_submitted

from news.models import ArticlePage
from tests.editorial.newsroom import edit, submit
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


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_no_publish_button_on_a_flagged_story(newsroom, client, role):
    client.force_login(newsroom.staff[role])
    flagged = client.get(reverse("wagtailadmin_pages:edit", args=[flagged_story(newsroom).pk]))
    unflagged = client.get(reverse("wagtailadmin_pages:edit", args=[newsroom.draft_story.pk]))
    assert b'name="action-publish"' not in flagged.content
    assert b'name="action-submit"' in flagged.content
    assert b'name="action-publish"' in unflagged.content


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_nobody_publishes_a_flagged_story_directly(newsroom, client, role):
    """Publishing from the editor would publish a new revision Legal has not signed off,
    whoever asks: administrators too go through the workflow, and its record."""
    story = flagged_story(newsroom)
    client.force_login(newsroom.staff[role])
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


def test_a_story_legal_signed_off_can_be_published_again_in_bulk(newsroom, client):
    story = flagged_story(newsroom)
    state = submit(story, newsroom.staff["writer"])
    state.current_task_state.approve(user=newsroom.staff["editor"])
    state.refresh_from_db()
    state.current_task_state.approve(user=newsroom.staff["legal"])
    ArticlePage.objects.get(pk=story.pk).unpublish()

    client.force_login(newsroom.staff["editor"])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    client.post(f"{url}?id={story.pk}&next=/admin/")
    assert ArticlePage.objects.get(pk=story.pk).live


def test_an_unflagged_story_passes_legal_review_without_troubling_legal(newsroom):
    """The pass-over relies on Wagtail moving on from a step whose ``start`` returns it
    finished, and counting a skipped step as passed: if an upgrade changes either, stories
    would wait at Legal review, or Legal would be asked about every story."""
    announced = []

    def announce(sender, instance, **kwargs):
        announced.append(instance.task.name)

    task_submitted.connect(announce, weak=False)
    try:
        state = submit(newsroom.draft_story, newsroom.staff["writer"])
        revision = newsroom.draft_story.get_latest_revision()
        state.current_task_state.approve(user=newsroom.staff["editor"])
    finally:
        task_submitted.disconnect(announce)

    assert announced == ["Editor review"]
    state.refresh_from_db()
    assert state.status == state.STATUS_APPROVED
    legal_step = state.task_states.get(task__name="Legal review")
    assert (legal_step.status, legal_step.revision, legal_step.finished_by) == (
        TaskState.STATUS_SKIPPED,
        revision,
        None,
    )
    assert state.current_task_state == legal_step
    assert PageLogEntry.objects.filter(
        page=newsroom.draft_story, action="editorial.workflow.pass_over", revision=revision
    ).exists()
    assert ArticlePage.objects.get(pk=newsroom.draft_story.pk).live
