"""What happens when a story has passed every step of its workflow.

Wagtail imports this while it loads its own models, so nothing is imported at module level.
"""


def publish_approved_revision(workflow_state, user=None):
    """Publish the approved revision, whoever gave the last approval.

    Wagtail's default also requires the last approver to hold publish permission. In the
    newsroom the last step can be Legal's, who sign stories off but do not publish them:
    here the approvals of every step are the permission to publish.
    """
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
