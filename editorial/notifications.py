"""Moderation e-mails announce a workflow step only once that step has been committed."""

from wagtail.admin import signal_handlers as wagtail_notifiers
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from core.publishing import after_commit

# Wagtail's own receivers, by the dispatch_uid it connects them with.
MODERATION_NOTIFIERS = [
    (
        task_submitted,
        TaskState,
        "group_approval_task_submitted_email_notification",
        wagtail_notifiers.task_submission_email_notifier,
    ),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        wagtail_notifiers.workflow_submission_email_notifier,
    ),
    (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        wagtail_notifiers.workflow_rejection_email_notifier,
    ),
    (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        wagtail_notifiers.workflow_approval_email_notifier,
    ),
]


def send_moderation_emails_after_commit():
    """Put Wagtail's moderation e-mails behind ``after_commit``.

    Wagtail sends them from inside the transaction that approves or rejects a step, so a
    rolled-back approval could still announce itself. Taking over each dispatch_uid also
    works when this runs before Wagtail's admin app connects its receivers: a signal
    ignores a second receiver under a dispatch_uid it already holds.
    """
    for signal, sender, dispatch_uid, notifier in MODERATION_NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(after_commit(notifier), sender=sender, dispatch_uid=dispatch_uid, weak=False)
