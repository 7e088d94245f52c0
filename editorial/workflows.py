"""What happens when a story has passed every step of its workflow.

Wagtail imports this while it loads its own models, so nothing is imported at module level.
"""

CHANGED_SINCE_APPROVAL = "changed_since_approval"
NOT_APPROVED_AT_EVERY_STEP = "not_approved_at_every_step"
NEEDS_LEGAL_SIGN_OFF = "needs_legal_sign_off"


def sign_offs(workflow_state):
    """The task states by which every active step passed the revision of the final step, in
    workflow order; empty if some step did not pass that revision."""
    from wagtail.models import TaskState

    final = workflow_state.current_task_state
    if final is None:
        return []
    passed = {
        state.task_id: state
        for state in workflow_state.task_states.filter(
            revision_id=final.revision_id,
            status__in=[TaskState.STATUS_APPROVED, TaskState.STATUS_SKIPPED],
        )
        .select_related("task", "finished_by", "revision")
        .order_by("started_at", "pk")
    }
    tasks = list(workflow_state.workflow.tasks.filter(active=True))
    if not tasks or any(task.pk not in passed for task in tasks):
        return []
    return [passed[task.pk] for task in tasks]


def step_record(task_state):
    user = task_state.finished_by
    return {
        "task": {"id": task_state.task_id, "title": task_state.task.name},
        "status": task_state.status,
        "user": {"id": user.pk, "name": user.get_full_name() or user.get_username()}
        if user
        else None,
    }


def publish_approved_revision(workflow_state, user=None):
    """Publish exactly the revision every step approved, whoever gave the last approval.

    Wagtail's default publishes the latest revision and asks the last approver for publish
    permission. Here the approvals are the permission to publish (the last step can be
    Legal's, who sign stories off but do not publish them), so the revision that goes live
    must be the one every step passed, still the story's latest, and signed off by Legal if
    the story is flagged. Otherwise nothing is published and the page history says why.
    """
    from wagtail.log_actions import log

    from editorial.models import legal_sign_off_missing

    page = workflow_state.content_object.specific
    steps = sign_offs(workflow_state)
    revision = steps[0].revision if steps else None
    if revision is None:
        reason = NOT_APPROVED_AT_EVERY_STEP
    elif revision.pk != page.latest_revision_id:
        reason = CHANGED_SINCE_APPROVAL
    elif legal_sign_off_missing(revision):
        reason = NEEDS_LEGAL_SIGN_OFF
    else:
        log(
            instance=page,
            action="editorial.workflow.sign_off",
            user=user,
            revision=revision,
            data={"steps": [step_record(step) for step in steps]},
        )
        revision.publish(user=user, skip_permission_checks=True)
        return
    log(
        instance=page,
        action="editorial.workflow.withhold",
        user=user,
        revision=page.get_latest_revision(),
        data={"reason": reason, "approved_revision_id": revision.pk if revision else None},
    )
