"""The newsroom's review steps and the permission to see what is scheduled."""

from django.db import models
from django.utils import timezone
from wagtail.models import AbstractGroupApprovalTask, TaskState


def needs_legal_review(revision):
    """Whether the story as saved in this revision asks for a lawyer's sign-off.

    Any page type can opt in with a ``needs_legal_review`` field; articles carry one.
    """
    return bool(getattr(revision.as_object(), "needs_legal_review", False))


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
        # Recorded as skipped, without notifying the reviewers, so the history shows
        # that the step was passed over rather than approved by someone.
        return self.get_task_state_class().objects.create(
            workflow_state=workflow_state,
            revision=revision,
            task=self,
            status=TaskState.STATUS_SKIPPED,
            finished_at=timezone.now(),
        )


class EditorialCalendar(models.Model):
    """Holds the permission to open the editorial calendar; it has no rows of its own."""

    class Meta:
        managed = False
        default_permissions = []
        permissions = [("view_editorial_calendar", "Can view the editorial calendar")]

    def __str__(self):
        return "Editorial calendar"
