from django.http import Http404
from django.urls import include, path, reverse
from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter

from news import admin_views
from news.documents import may_download
from news.models import ArticlePage


@hooks.register("register_admin_urls")
def register_corrections_urls():
    return [path("corrections/", include((admin_views.urlpatterns, "news_corrections")))]


class CorrectionsMenuItem(PageMenuItem):
    """A link to a published story's corrections, for those who may change its record."""

    label = "Corrections"
    icon_name = "warning"

    def is_shown(self, user):
        return (
            issubclass(self.page.specific_class or type(None), ArticlePage)
            and self.page.first_published_at is not None
            and self.page.permissions_for_user(user).can_publish()
        )

    @cached_property
    def url(self):
        return reverse("news_corrections:index", args=[self.page.pk])


@hooks.register("register_page_header_buttons")
def page_header_corrections_button(page, user, view_name, next_url=None):
    yield CorrectionsMenuItem(page=page, priority=62)


@hooks.register("register_page_listing_more_buttons")
def page_listing_corrections_button(page, user, next_url=None):
    yield CorrectionsMenuItem(page=page, priority=45)


class CorrectionFormatter(LogFormatter):
    verb = ""

    def format_message(self, log_entry):
        kind = log_entry.data.get("kind", "note")
        return f"{self.verb} a {kind}: “{log_entry.data.get('text', '')}”"


@hooks.register("register_log_actions")
def register_correction_log_actions(actions):
    @actions.register_action(admin_views.ADDED)
    class Added(CorrectionFormatter):
        label = "Correction added"
        verb = "Added"

    @actions.register_action(admin_views.AMENDED)
    class Amended(CorrectionFormatter):
        label = "Correction amended"
        verb = "Amended"

        def format_message(self, log_entry):
            was = log_entry.data.get("previous_text", "")
            return f"{super().format_message(log_entry)} (it read “{was}”)"

    @actions.register_action(admin_views.WITHDRAWN)
    class Withdrawn(CorrectionFormatter):
        label = "Correction withdrawn"
        verb = "Withdrew"


@hooks.register("before_serve_document")
def serve_subscribers_only_documents_to_subscribers(document, request):
    # Not found rather than forbidden: a guessed address must not confirm that a
    # subscribers-only document exists.
    if not may_download(document, request.user):
        raise Http404
