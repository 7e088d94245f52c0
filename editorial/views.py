"""Admin views: the editorial calendar, and page editing that publishes all or nothing."""

import logging
from contextlib import ExitStack
from datetime import datetime, time, timedelta
from itertools import groupby

from django.db import transaction
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.auth import permission_required
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.revisions import RevisionsRevertView
from wagtail.admin.viewsets.pages import PageViewSet

from editorial.forms import CalendarRangeForm
from editorial.querysets import scheduled_changes

logger = logging.getLogger(__name__)


class PublishAllOrNothingMixin:
    """Publish in a transaction of its own, after the editor's revision is stored.

    Wagtail's page editor saves the revision and then publishes it in one method, without a
    transaction. The ``before_publish_page`` hook runs between the two, so a transaction
    opened there holds the publish alone: if publishing fails it is rolled back, along with
    the side effects waiting for its commit, and the editor keeps their revision as a draft.
    """

    publishing_started = False

    def run_hook(self, hook_name, *args, **kwargs):
        if hook_name == "before_publish_page":
            self.publishing.enter_context(transaction.atomic())
            self.publishing_started = True
        return super().run_hook(hook_name, *args, **kwargs)

    def publish_action(self):
        try:
            with ExitStack() as self.publishing:
                return super().publish_action()
        except Exception:
            if not self.publishing_started:
                raise
            logger.exception("Publishing page %s failed; its draft was kept", self.page.pk)
        messages.error(
            self.request,
            f"“{self.page.get_admin_display_title()}” was saved as a draft but could not be "
            "published, and nothing readers see has changed. Try publishing again; if it "
            "fails again, tell the web team.",
        )
        return self.redirect_and_remain()


class NewsroomEditView(PublishAllOrNothingMixin, EditView):
    pass


class NewsroomRevisionsRevertView(PublishAllOrNothingMixin, RevisionsRevertView):
    pass


class NewsroomCreateView(PublishAllOrNothingMixin, CreateView):
    pass


class NewsroomPageViewSet(PageViewSet):
    """Wagtail's page views for every page type, with publishing made all-or-nothing."""

    add_view_class = NewsroomCreateView
    edit_view_class = NewsroomEditView
    revisions_revert_view_class = NewsroomRevisionsRevertView


@method_decorator(permission_required("editorial.view_editorial_calendar"), name="dispatch")
class EditorialCalendarView(WagtailAdminTemplateMixin, TemplateView):
    """Scheduled go-live and expiry times for the coming weeks, grouped by day."""

    page_title = "Editorial calendar"
    header_icon = "calendar"
    template_name = "editorial/calendar.html"
    breadcrumbs_items = [
        *WagtailAdminTemplateMixin.breadcrumbs_items,
        {"url": reverse_lazy("editorial_calendar"), "label": "Editorial calendar"},
    ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = CalendarRangeForm(self.request.GET or None)
        weeks = form.cleaned_data["weeks"] if form.is_valid() else CalendarRangeForm.DEFAULT_WEEKS
        last_day = timezone.localdate() + timedelta(weeks=weeks)
        until = timezone.make_aware(datetime.combine(last_day, time.min))
        changes = scheduled_changes(until=until)
        context.update(
            form=form,
            until=until,
            days=[
                (day, list(changes_that_day))
                for day, changes_that_day in groupby(
                    changes, key=lambda change: timezone.localdate(change.at)
                )
            ],
        )
        return context
