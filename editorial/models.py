"""The newsroom's review steps, the rules that keep sign-off binding, and the calendar permission.

Two rules hold at the model level, whatever path a save or a publish takes (the page editor,
autosave, bulk actions, the admin API, ``publish_scheduled``, code such as a wire desk's
automatic updates):

- A revision that has been sent for review, approved, scheduled or published is never
  rewritten. Editing the story makes a new revision, which Wagtail's workflow
  (``WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT``) sends back through every step.
- A revision flagged "Needs legal review" goes live, or is scheduled to, only if Legal
  signed off that very revision at the legal review step.

Both are ``pre_save`` receivers, so they refuse before anything is written: the page editor
shows the refusal, and a publish rolls back with the transaction it runs in.
"""

from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import AbstractGroupApprovalTask, Page, Revision, TaskState


class RevisionFrozen(PermissionDenied):
    """Raised by a save that would rewrite a revision someone has reviewed or published."""


class LegalSignOffMissing(PermissionDenied):
    """Raised by a publish or schedule of a flagged story that Legal has not signed off."""


def needs_legal_review(revision):
    """Whether the story as saved in this revision asks for a lawyer's sign-off.

    Any page type can opt in with a ``needs_legal_review`` field; articles carry one.
    """
    return bool(getattr(revision.as_object(), "needs_legal_review", False))


def is_signed(revision):
    """Whether the revision has been sent for review, approved, scheduled or published."""
    return (
        Revision.objects.filter(pk=revision.pk)
        .filter(
            Q(approved_go_live_at__isnull=False)
            | Exists(TaskState.objects.filter(revision=OuterRef("pk")))
            | Exists(Page.objects.filter(live_revision=OuterRef("pk")))
        )
        .exists()
    )


def signed_off_by_legal(revision):
    """Whether someone approved this very revision at a legal review step."""
    return TaskState.objects.filter(
        revision=revision,
        status=TaskState.STATUS_APPROVED,
        task__in=LegalReviewTask.objects.values("pk"),
    ).exists()


def legal_sign_off_missing(revision):
    return needs_legal_review(revision) and not signed_off_by_legal(revision)


class LegalReviewTask(AbstractGroupApprovalTask):
    """A sign-off by the chosen groups, asked for only when a story is flagged for it."""

    class Meta:
        verbose_name = "legal review task"
        verbose_name_plural = "legal review tasks"

    @classmethod
    def get_description(cls):
        return (
            "Members of the chosen groups approve stories flagged “Needs legal review”; "
            "other stories pass this step without waiting."
        )

    def start(self, workflow_state, user=None):
        revision = workflow_state.content_object.get_latest_revision()
        if needs_legal_review(revision):
            return super().start(workflow_state, user=user)
        return self.pass_over(workflow_state, revision, user)

    def pass_over(self, workflow_state, revision, user):
        """Record the step as skipped, so the history shows it was passed over rather than
        approved by someone, and return it finished.

        ``TaskState`` has no method that skips a step, and ``Task.start`` would announce the
        step to Legal, so the state is created here with the documented ``STATUS_SKIPPED``;
        ``WorkflowState.update`` moves on from a task whose state ``start`` returns finished
        (tests/editorial/test_legal_review.py checks that it still does).
        """
        task_state = self.get_task_state_class()(
            workflow_state=workflow_state,
            revision=revision,
            task=self,
            status=TaskState.STATUS_SKIPPED,
            finished_at=timezone.now(),
        )
        task_state.save()
        log(
            instance=workflow_state.content_object,
            action="editorial.workflow.pass_over",
            user=user,
            revision=revision,
            data={"task": {"id": self.pk, "title": self.name}},
        )
        return task_state


@receiver(pre_save, sender=Revision)
def keep_signed_revisions_unchanged(sender, instance, raw=False, update_fields=None, **kwargs):
    """Refuse to rewrite a revision once it has been reviewed, scheduled or published.

    Autosave and "overwrite" saves rewrite the latest revision in place and keep its id, so
    an approval recorded against that id would cover text nobody approved. Only the
    revision's schedule may still change.
    """
    if raw or instance.pk is None:
        return
    if update_fields is not None and set(update_fields) <= {"approved_go_live_at"}:
        return
    if is_signed(instance):
        raise RevisionFrozen(
            "This version has been sent for review, approved, scheduled or published, so it "
            "can no longer be changed. Save the draft to keep your changes as a new version; "
            "it will need approval again."
        )


@receiver(pre_save, sender=Revision)
def schedule_flagged_stories_only_with_legal_sign_off(
    sender, instance, raw=False, update_fields=None, **kwargs
):
    """Refuse to schedule a flagged revision unless Legal signed it off."""
    scheduling = instance.approved_go_live_at is not None and (
        update_fields is None or "approved_go_live_at" in update_fields
    )
    if not raw and scheduling and legal_sign_off_missing(instance):
        raise LegalSignOffMissing(
            f"“{instance.object_str}” needs Legal's sign-off before it can be scheduled."
        )


@receiver(pre_save)
def publish_flagged_stories_only_with_legal_sign_off(
    sender, instance, raw=False, update_fields=None, **kwargs
):
    """Refuse to make a flagged revision live unless Legal signed it off.

    A revision whose scheduled time has come was checked when it was scheduled, and cannot
    have changed since, so ``publish_scheduled`` publishes it.
    """
    if raw or not isinstance(instance, Page) or not getattr(instance, "needs_legal_review", False):
        return
    if instance.pk is None or not instance.live or instance.live_revision_id is None:
        return
    if update_fields is not None and "live_revision" not in update_fields:
        return
    stored = Page.objects.filter(pk=instance.pk).values_list("live_revision_id", flat=True)
    if stored.first() == instance.live_revision_id:
        return
    revision = instance.live_revision
    scheduled_for = revision.approved_go_live_at
    if scheduled_for is not None and scheduled_for <= timezone.now():
        return
    if not signed_off_by_legal(revision):
        raise LegalSignOffMissing(
            f"“{instance.title}” needs Legal's sign-off before publication: submit it to the "
            "Newsroom workflow for review."
        )


class EditorialCalendar(models.Model):
    """Holds the permission to open the editorial calendar; it has no rows of its own."""

    class Meta:
        managed = False
        default_permissions = []
        permissions = [("view_editorial_calendar", "Can view the editorial calendar")]

    def __str__(self):
        return "Editorial calendar"
