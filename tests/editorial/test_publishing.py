"""The admin's Publish button publishes completely or not at all, keeping the draft."""

import pytest
from django.contrib.messages import get_messages
from django.db import IntegrityError
from django.db.models.signals import pre_save
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState
from wagtail.signals import page_published
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from core.publishing import after_commit
from news.models import ArticlePage
from tests.admin_forms import page_form_data
from tests.editorial.newsroom import edit, submit, workflow_action
from tests.failing_receivers import purge_cache


def test_failing_receiver_keeps_the_draft_and_publishes_nothing(
    newsroom, client, receivers, django_capture_on_commit_callbacks
):
    side_effects = []
    receivers(after_commit(lambda sender, instance, **kwargs: side_effects.append(instance.pk)))
    receivers(purge_cache)
    story = newsroom.live_story
    client.force_login(newsroom.staff["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        response = edit(client, story, title="Dredging plan approved", **{"action-publish": "1"})

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[story.pk])
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("saved as a draft but could not be published" in message for message in shown)
    assert not any("has been published" in message for message in shown)
    story = ArticlePage.objects.get(pk=story.pk)
    assert story.title == "Harbour board approves dredging"
    assert story.get_latest_revision().as_object().title == "Dredging plan approved"
    assert story.has_unpublished_changes
    assert PageLogEntry.objects.filter(
        page=story, action="wagtail.edit", revision=story.latest_revision
    ).exists()
    assert not PageLogEntry.objects.filter(
        page=story, action="wagtail.publish", revision=story.latest_revision
    ).exists()
    assert side_effects == []
    assert client.get(story.url).status_code == 200


def test_failing_side_effect_after_commit_leaves_the_publish_complete(
    newsroom, client, receivers, django_capture_on_commit_callbacks
):
    receivers(after_commit(purge_cache))
    story = newsroom.draft_story
    client.force_login(newsroom.staff["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        response = edit(client, story, **{"action-publish": "1"})
    assert response.status_code == 302
    story = ArticlePage.objects.get(pk=story.pk)
    assert story.live
    assert PageLogEntry.objects.filter(
        page=story, action="wagtail.publish", revision=story.live_revision
    ).exists()


def test_failing_receiver_during_approval_rolls_the_approval_back(newsroom, client, receivers):
    story = newsroom.draft_story
    state = submit(story, newsroom.staff["writer"])
    revision = story.get_latest_revision()
    receivers(purge_cache)
    client.force_login(newsroom.staff["editor"])
    client.raise_request_exception = False
    task_state = story.current_workflow_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[story.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code == 500
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    state.refresh_from_db()
    assert state.status == state.STATUS_IN_PROGRESS
    story = ArticlePage.objects.get(pk=story.pk)
    assert not story.live
    assert story.latest_revision == revision
    assert not PageLogEntry.objects.filter(
        page=story, action__in=["wagtail.workflow.approve", "wagtail.publish"]
    ).exists()

    page_published.disconnect(purge_cache)
    client.raise_request_exception = True
    workflow_action(client, story, "approve")
    assert ArticlePage.objects.get(pk=story.pk).live


@pytest.fixture
def database_refusing_publish_entries():
    """The database refuses the publish's log entry, after the page row was saved live."""

    def refuse(sender, instance, **kwargs):
        if instance.action == "wagtail.publish":
            raise IntegrityError("log entry refused")

    pre_save.connect(refuse, sender=PageLogEntry, weak=False)
    yield
    pre_save.disconnect(refuse, sender=PageLogEntry)


def test_database_refusing_the_publish_leaves_no_half_published_page(
    newsroom, client, database_refusing_publish_entries
):
    story = newsroom.live_story
    client.force_login(newsroom.staff["editor"])
    response = edit(client, story, title="Dredging plan approved", **{"action-publish": "1"})

    assert response.status_code == 302
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("saved as a draft but could not be published" in message for message in shown)
    story = ArticlePage.objects.get(pk=story.pk)
    assert story.title == "Harbour board approves dredging"
    assert story.live_revision.content["title"] == "Harbour board approves dredging"
    assert story.get_latest_revision().content["title"] == "Dredging plan approved"
    assert story.has_unpublished_changes
    assert not PageLogEntry.objects.filter(
        page=story, action="wagtail.publish", revision=story.latest_revision
    ).exists()


def test_failing_publish_of_a_new_page_keeps_it_as_a_draft(newsroom, client, receivers):
    receivers(purge_cache)
    client.force_login(newsroom.staff["editor"])
    url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", newsroom.section.pk])
    data = page_form_data(
        client,
        newsroom.draft_story,
        url=url,
        title="Lifeboat crew rescue three",
        slug="lifeboat-rescue",
        standfirst="Three sailors were brought ashore after their yacht capsized.",
        **{"action-publish": "1"},
    )
    author = {"author": newsroom.author.pk, "role": "", "ORDER": "1"}
    data.update(nested_form_data({"author_links": inline_formset([author])}))
    response = client.post(url, data)

    story = ArticlePage.objects.get(slug="lifeboat-rescue")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[story.pk])
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("saved as a draft but could not be published" in message for message in shown)
    assert not story.live
    assert story.get_latest_revision().content["title"] == "Lifeboat crew rescue three"
    assert not PageLogEntry.objects.filter(page=story, action="wagtail.publish").exists()
