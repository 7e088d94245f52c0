"""Panels on the admin dashboard: what each person in the newsroom has on their desk."""

from datetime import timedelta

from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail.permissions import policy_registry

from editorial.querysets import drafts_of, reviews_for, scheduled_changes

SCHEDULE_HORIZON = timedelta(days=7)


class AwaitingMyReviewPanel(Component):
    name = "awaiting_my_review"
    order = 100
    template_name = "editorial/dashboard/awaiting_my_review.html"

    def get_context_data(self, parent_context):
        return {"reviews": reviews_for(parent_context["request"].user)}


class MyDraftsPanel(Component):
    name = "my_drafts"
    order = 110
    template_name = "editorial/dashboard/my_drafts.html"

    def get_context_data(self, parent_context):
        return {"drafts": drafts_of(parent_context["request"].user)}


class ScheduledSoonPanel(Component):
    name = "scheduled_soon"
    order = 120
    template_name = "editorial/dashboard/scheduled_soon.html"

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        editable = policy_registry.get_by_type(Page).instances_user_has_permission_for(
            user, "change"
        )
        changes = scheduled_changes(until=timezone.now() + SCHEDULE_HORIZON, within=editable)
        return {"changes": changes}
