"""Publishing, unpublishing, approving and rejecting each leave an entry in the audit log."""

from django.urls import reverse
from wagtail.models import PageLogEntry

from tests.editorial.newsroom import edit, submit, workflow_action


def entries(page):
    return list(
        PageLogEntry.objects.filter(page=page)
        .order_by("timestamp", "pk")
        .values_list("action", "user__username")
    )


def test_publish_and_unpublish_are_logged_with_who_did_them(newsroom, client):
    story = newsroom.draft_story
    client.force_login(newsroom.staff["editor"])
    edit(client, story, **{"action-publish": "1"})
    client.post(reverse("wagtailadmin_pages:unpublish", args=[story.pk]))
    published, unpublished = ("wagtail.publish", "editor"), ("wagtail.unpublish", "editor")
    logged = entries(story)
    assert published in logged
    assert unpublished in logged
    assert logged.index(published) < logged.index(unpublished)


def test_approval_and_rejection_are_logged_with_who_did_them(newsroom, client):
    rejected, approved = newsroom.draft_story, newsroom.live_story
    for story in (rejected, approved):
        submit(story, newsroom.staff["writer"])
    client.force_login(newsroom.staff["editor"])
    workflow_action(client, rejected, "reject", comment="Needs a second source.")
    workflow_action(client, approved, "approve")

    assert ("wagtail.workflow.reject", "editor") in entries(rejected)
    assert ("wagtail.workflow.approve", "editor") in entries(approved)
    assert ("wagtail.publish", "editor") in entries(approved)

    client.force_login(newsroom.staff["admin"])
    history = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Approved" in history
    assert "Rejected" in history or "Changes requested" in history
