"""Sign-off holds at the model level, whatever saves or publishes a story: code, a wire desk's
automatic updates, publish_scheduled. The admin views are tried in test_sign_off_matrix.py."""

from datetime import UTC, datetime

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState

from editorial.models import LegalSignOffMissing, RevisionFrozen
from news.models import ArticlePage
from tests.editorial.newsroom import submit, workflow_action
from tests.factories import ArticlePageFactory


def at(day, hour):
    return datetime(2031, 3, day, hour, tzinfo=UTC)


def story(newsroom, flagged=False, **kwargs):
    return ArticlePageFactory(
        parent=newsroom.section,
        title="Harbour master accused of falsifying logs",
        authors=[newsroom.author],
        owner=newsroom.staff["writer"],
        needs_legal_review=flagged,
        publish=False,
        **kwargs,
    )


def reloaded(page):
    return ArticlePage.objects.get(pk=page.pk)


def overwrite(page, revision, title):
    """What autosave does: rewrite the user's latest revision in place."""
    draft = reloaded(page).get_latest_revision_as_object()
    draft.title = title
    return draft.save_revision(user=revision.user, overwrite_revision=revision)


def test_a_draft_nobody_has_reviewed_can_still_be_overwritten(newsroom):
    page = story(newsroom)
    revision = page.save_revision(user=newsroom.staff["writer"])
    assert overwrite(page, revision, "Harbour master under pressure").pk == revision.pk
    revision.refresh_from_db()
    assert revision.content["title"] == "Harbour master under pressure"


def sent_for_review(newsroom, revision):
    submit(revision.content_object.specific, newsroom.staff["writer"])


def approved_and_live(newsroom, revision):
    page = revision.content_object.specific
    submit(page, newsroom.staff["writer"]).current_task_state.approve(user=newsroom.staff["editor"])
    assert reloaded(page).live_revision == revision


def scheduled(newsroom, revision):
    revision.publish(user=newsroom.staff["editor"])
    revision.refresh_from_db()
    assert revision.approved_go_live_at == at(3, 7)


def published_directly(newsroom, revision):
    revision.publish(user=newsroom.staff["editor"])
    assert reloaded(revision.content_object).live_revision == revision


@pytest.mark.parametrize(
    ("go_live_at", "sign"),
    [
        (None, sent_for_review),
        (None, approved_and_live),
        (at(3, 7), scheduled),
        (None, published_directly),
    ],
)
def test_a_signed_revision_cannot_be_rewritten(newsroom, time_machine, go_live_at, sign):
    time_machine.move_to(at(1, 8), tick=False)
    page = story(newsroom, go_live_at=go_live_at)
    revision = page.save_revision(user=newsroom.staff["writer"])
    sign(newsroom, revision)

    with pytest.raises(RevisionFrozen):
        overwrite(page, revision, "Harbour master lied, say crew")
    revision.refresh_from_db()
    assert revision.content["title"] == "Harbour master accused of falsifying logs"
    assert reloaded(page).draft_title == "Harbour master accused of falsifying logs"


def test_a_signed_revision_can_still_be_unscheduled(newsroom, client, time_machine):
    time_machine.move_to(at(1, 8), tick=False)
    page = story(newsroom, go_live_at=at(3, 7))
    revision = page.save_revision(user=newsroom.staff["writer"])
    scheduled(newsroom, revision)
    client.force_login(newsroom.staff["editor"])
    response = client.post(
        reverse("wagtailadmin_pages:revisions_unschedule", args=[page.pk, revision.pk])
    )
    assert response.status_code == 302
    revision.refresh_from_db()
    assert revision.approved_go_live_at is None


def test_code_cannot_publish_a_flagged_story_legal_has_not_signed_off(newsroom):
    page = story(newsroom, flagged=True)
    with pytest.raises(LegalSignOffMissing):
        page.save_revision(user=newsroom.staff["admin"]).publish(user=newsroom.staff["admin"])
    page = reloaded(page)
    assert not page.live
    assert page.live_revision is None
    assert not PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()


def test_code_cannot_schedule_a_flagged_story_legal_has_not_signed_off(newsroom, time_machine):
    time_machine.move_to(at(1, 8), tick=False)
    page = story(newsroom, flagged=True, go_live_at=at(3, 7))
    with pytest.raises(LegalSignOffMissing):
        page.save_revision(user=newsroom.staff["admin"]).publish(user=newsroom.staff["admin"])
    assert not reloaded(page).revisions.filter(approved_go_live_at__isnull=False).exists()


def test_publish_scheduled_publishes_what_legal_signed_off_not_a_later_update(
    newsroom, time_machine
):
    time_machine.move_to(at(1, 8), tick=False)
    page = story(newsroom, flagged=True, go_live_at=at(3, 7))
    state = submit(page, newsroom.staff["writer"])
    state.current_task_state.approve(user=newsroom.staff["editor"])
    state.refresh_from_db()
    state.current_task_state.approve(user=newsroom.staff["legal"])
    approved = reloaded(page).get_latest_revision()
    assert approved.approved_go_live_at == at(3, 7)

    with pytest.raises(RevisionFrozen):
        overwrite(page, approved, "Harbour master lied, say crew")
    # The wire desk updates the story after Legal signed it off.
    update = reloaded(page).get_latest_revision_as_object()
    update.title = "Harbour master lied, say crew"
    update.save_revision()

    time_machine.move_to(at(3, 8), tick=False)
    call_command("publish_scheduled")
    page = reloaded(page)
    assert page.live
    assert page.title == "Harbour master accused of falsifying logs"
    assert page.live_revision == approved
    assert page.has_unpublished_changes


def test_a_wire_update_after_approval_is_not_published_by_the_last_approval(newsroom, client):
    page = story(newsroom, flagged=True)
    submit(page, newsroom.staff["writer"]).current_task_state.approve(user=newsroom.staff["editor"])
    update = reloaded(page).get_latest_revision_as_object()
    update.title = "Harbour master lied, say crew"
    update.save_revision()

    client.force_login(newsroom.staff["legal"])
    workflow_action(client, page, "approve")
    page = reloaded(page)
    assert not page.live
    assert page.current_workflow_task.name == "Editor review"


@override_settings(WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT=False)
def test_the_workflow_publishes_nothing_that_changed_after_approval(newsroom, client):
    """Without re-approval on edit Wagtail would finish the workflow and publish the latest
    revision; the publishing step checks what was approved and says why it stops."""
    page = story(newsroom, flagged=True)
    submit(page, newsroom.staff["writer"]).current_task_state.approve(user=newsroom.staff["editor"])
    update = reloaded(page).get_latest_revision_as_object()
    update.title = "Harbour master lied, say crew"
    latest = update.save_revision()

    client.force_login(newsroom.staff["legal"])
    workflow_action(client, page, "approve")
    page = reloaded(page)
    assert not page.live
    assert page.workflow_states.get().status == "approved"
    withheld = PageLogEntry.objects.get(page=page, action="editorial.workflow.withhold")
    assert withheld.revision == latest
    assert withheld.data["reason"] == "changed_since_approval"
    assert not PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()

    client.force_login(newsroom.staff["editor"])
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert "the story changed after it was approved" in history


@override_settings(WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT=False)
def test_the_workflow_publishes_nothing_unless_one_revision_passed_every_step(newsroom, client):
    page = story(newsroom)
    submit(page, newsroom.staff["writer"])
    update = reloaded(page).get_latest_revision_as_object()
    update.title = "Harbour master lied, say crew"
    update.save_revision()

    client.force_login(newsroom.staff["editor"])
    workflow_action(client, page, "approve")
    assert not reloaded(page).live
    withheld = PageLogEntry.objects.get(page=page, action="editorial.workflow.withhold")
    assert withheld.data["reason"] == "not_approved_at_every_step"


def test_the_page_history_records_who_approved_which_revision(newsroom, client):
    page = story(newsroom, flagged=True)
    submit(page, newsroom.staff["writer"])
    revision = reloaded(page).get_latest_revision()
    client.force_login(newsroom.staff["editor"])
    workflow_action(client, page, "approve")
    client.force_login(newsroom.staff["legal"])
    workflow_action(client, page, "approve")
    client.force_login(newsroom.staff["editor"])

    entries = list(
        PageLogEntry.objects.filter(page=page)
        .exclude(action__in=["wagtail.create", "wagtail.edit", "wagtail.workflow.start"])
        .order_by("timestamp", "pk")
        .values_list("action", "user__username", "revision_id")
    )
    assert entries == [
        ("wagtail.workflow.approve", "editor", revision.pk),
        ("wagtail.workflow.approve", "legal", revision.pk),
        ("editorial.workflow.sign_off", "legal", revision.pk),
        ("wagtail.publish", "legal", revision.pk),
    ]
    sign_off = PageLogEntry.objects.get(page=page, action="editorial.workflow.sign_off")
    assert [
        (step["task"]["title"], step["status"], step["user"]["name"])
        for step in sign_off.data["steps"]
    ] == [
        ("Editor review", TaskState.STATUS_APPROVED, "Editor"),
        ("Legal review", TaskState.STATUS_APPROVED, "Legal"),
    ]
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert "Editor review approved by Editor; Legal review approved by Legal" in history


def test_a_step_passed_over_is_recorded_as_such(newsroom, client):
    page = story(newsroom)
    submit(page, newsroom.staff["writer"])
    client.force_login(newsroom.staff["editor"])
    workflow_action(client, page, "approve")

    revision = reloaded(page).live_revision
    passed_over = PageLogEntry.objects.get(page=page, action="editorial.workflow.pass_over")
    assert passed_over.revision == revision
    sign_off = PageLogEntry.objects.get(page=page, action="editorial.workflow.sign_off")
    assert [step["status"] for step in sign_off.data["steps"]] == ["approved", "skipped"]
    assert sign_off.data["steps"][1]["user"] is None
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert "Legal review passed over: the story is not flagged for legal review" in history
    assert "Editor review approved by Editor; Legal review passed over" in history
