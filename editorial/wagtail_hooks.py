from django.contrib.auth.models import Permission
from django.shortcuts import redirect
from django.urls import path, reverse
from taggit.models import Tag
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.log_actions import LogFormatter
from wagtail.models import TaskState
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial import views
from editorial.dashboard import AwaitingMyReviewPanel, MyDraftsPanel, ScheduledSoonPanel
from editorial.models import legal_sign_off_missing
from editorial.workflows import (
    CHANGED_SINCE_APPROVAL,
    NEEDS_LEGAL_SIGN_OFF,
    NOT_APPROVED_AT_EVERY_STEP,
)

CALENDAR_PERMISSION = "editorial.view_editorial_calendar"


@hooks.register("register_admin_viewset")
def register_page_views():
    return views.NewsroomPageViewSet(name="newsroom_pages")


@hooks.register("construct_homepage_panels")
def add_newsroom_panels(request, panels):
    # "Awaiting my review" replaces Wagtail's "Awaiting your review", which lists the same.
    panels[:] = [panel for panel in panels if panel.name != "workflow_objects_to_moderate"]
    panels.extend([AwaitingMyReviewPanel(), MyDraftsPanel(), ScheduledSoonPanel()])


class CalendarMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(CALENDAR_PERMISSION)


@hooks.register("register_admin_urls")
def register_calendar_url():
    return [
        path("calendar/", views.EditorialCalendarView.as_view(), name="editorial_calendar"),
    ]


@hooks.register("register_admin_menu_item")
def register_calendar_menu_item():
    return CalendarMenuItem(
        "Editorial calendar", reverse("editorial_calendar"), icon_name="calendar", order=250
    )


@hooks.register("register_permissions")
def register_calendar_permission():
    app_label, codename = CALENDAR_PERMISSION.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)


class TagViewSet(SnippetViewSet):
    """Editors tidy the tags writers create: fix spellings, remove duplicates."""

    model = Tag
    icon = "tag"
    menu_label = "Tags"
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]
    panels = [FieldPanel("name")]


register_snippet(TagViewSet)


def refuse_without_legal_sign_off(request, titles, outcome):
    stories = ", ".join(f"“{title}”" for title in titles)
    messages.error(
        request,
        f"{stories} needs Legal's sign-off before publication: submit it to the Newsroom "
        f"workflow for review. {outcome}",
    )


@hooks.register("construct_page_action_menu")
def hide_publish_for_flagged_stories(menu_items, request, context):
    if getattr(context.get("page"), "needs_legal_review", False):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_publish_page")
def keep_legal_sign_off_before_publishing(request, page):
    """A flagged story goes live only through the workflow, once Legal has signed off the
    revision that goes live: publishing from the editor would publish a new, unsigned one.
    The model refuses it anyway (editorial.models); this says so before anything is tried."""
    if getattr(page, "needs_legal_review", False):
        refuse_without_legal_sign_off(
            request, [page.get_admin_display_title()], "Your changes are saved as a draft."
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def keep_legal_sign_off_before_bulk_publishing(request, action_type, objects, action):
    if action_type != "publish":
        return None
    pages = list(objects)
    if action.get_execution_context().get("include_descendants"):
        for page in objects:
            pages.extend(page.get_descendants().not_live())
    flagged = [
        page.get_admin_display_title()
        for page in pages
        if page.latest_revision_id and legal_sign_off_missing(page.get_latest_revision())
    ]
    if flagged:
        refuse_without_legal_sign_off(request, flagged, "Nothing was published.")
        return redirect(action.next_url)
    return None


class SignOffFormatter(LogFormatter):
    label = "Workflow: signed off"

    def format_message(self, log_entry):
        steps = []
        for step in log_entry.data.get("steps", []):
            title = step["task"]["title"]
            if step["status"] == TaskState.STATUS_SKIPPED:
                steps.append(f"{title} passed over")
            else:
                approver = (step["user"] or {}).get("name", "")
                steps.append(f"{title} approved by {approver}" if approver else title)
        return "Published the version approved at every step: " + "; ".join(steps)


class WithholdFormatter(LogFormatter):
    label = "Workflow: publication withheld"
    REASONS = {
        CHANGED_SINCE_APPROVAL: "the story changed after it was approved",
        NOT_APPROVED_AT_EVERY_STEP: "no single version was approved at every step",
        NEEDS_LEGAL_SIGN_OFF: "the story is flagged for legal review and Legal did not sign it off",
    }

    def format_message(self, log_entry):
        reason = self.REASONS.get(log_entry.data.get("reason"), "the approval did not hold")
        return f"Not published at the end of the workflow: {reason}. Submit it again."


class PassOverFormatter(LogFormatter):
    label = "Workflow: step passed over"

    def format_message(self, log_entry):
        task = log_entry.data.get("task", {}).get("title", "Legal review")
        return f"{task} passed over: the story is not flagged for legal review"


@hooks.register("register_log_actions")
def register_sign_off_log_actions(actions):
    actions.register_action("editorial.workflow.sign_off")(SignOffFormatter)
    actions.register_action("editorial.workflow.withhold")(WithholdFormatter)
    actions.register_action("editorial.workflow.pass_over")(PassOverFormatter)
