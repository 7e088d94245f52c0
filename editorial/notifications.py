"""Moderation e-mails: Wagtail's own, queued after the commit, with the reviewers' comments.

Wagtail's workflow notifiers (``wagtail.admin.mail``) stay connected as Wagtail connects
them: each step's group hears of a story submitted to it (Editor review is Wagtail's
``GroupApprovalTask`` and Legal review our ``LegalReviewTask``, both group approval tasks;
``WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS`` keeps administrators out of it), and the
writer hears of the approval or the request for changes. Wagtail documents no switch for
these notifiers, only the settings above and per-user preferences, so nothing here
disconnects or re-wires them.

What changes is the way out: they send through Django's mail API, and the project's
``EMAIL_BACKEND`` is the task queue (``jobs.mail.QueuedEmailBackend``). Each message is
queued once the approval or rejection has committed (a rolled-back one announces
nothing), and the worker delivers it, trying again later while the mail server is down.

Wagtail's rejection e-mail already quotes the reviewer's comment. Its approval e-mail is
extended (``templates/wagtailadmin/notifications/workflow_state_approved.*``, which add to
Wagtail's templates of the same name) with the comments reviewers left when approving.
"""

from wagtail.models import TaskState, WorkflowState


def approval_comments(obj):
    """The approvals with a comment in the object's latest approved workflow, in order."""
    workflow_state = (
        WorkflowState.objects.for_instance(obj)
        .filter(status=WorkflowState.STATUS_APPROVED)
        .order_by("-created_at", "-pk")
        .first()
    )
    if workflow_state is None:
        return []
    return list(
        TaskState.objects.filter(workflow_state=workflow_state, status=TaskState.STATUS_APPROVED)
        .exclude(comment="")
        .select_related("task", "finished_by")
        .order_by("finished_at", "pk")
    )
