from django.contrib.auth.models import Permission
from django.shortcuts import redirect
from django.urls import path, reverse
from taggit.models import Tag
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial import views
from editorial.dashboard import AwaitingMyReviewPanel, MyDraftsPanel, ScheduledSoonPanel
from editorial.models import needs_legal_review
from editorial.roles import is_legal_reviewer

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
def hide_publish_for_stories_awaiting_legal(menu_items, request, context):
    page = context.get("page")
    if getattr(page, "needs_legal_review", False) and not is_legal_reviewer(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_publish_page")
def keep_legal_sign_off_before_publishing(request, page):
    """Editors may publish directly, but not past a story's legal review."""
    if getattr(page, "needs_legal_review", False) and not is_legal_reviewer(request.user):
        refuse_without_legal_sign_off(
            request, [page.get_admin_display_title()], "Your changes are saved as a draft."
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def keep_legal_sign_off_before_bulk_publishing(request, action_type, objects, action):
    if action_type != "publish" or is_legal_reviewer(request.user):
        return None
    pages = list(objects)
    if action.get_execution_context().get("include_descendants"):
        for page in objects:
            pages.extend(page.get_descendants().not_live())
    flagged = [
        page.get_admin_display_title()
        for page in pages
        if page.latest_revision_id and needs_legal_review(page.get_latest_revision())
    ]
    if flagged:
        refuse_without_legal_sign_off(request, flagged, "Nothing was published.")
        return redirect(action.next_url)
    return None
