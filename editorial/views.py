"""Admin views: the editorial calendar, and page editing that publishes all or nothing and
turns malformed workflow input away before anything is saved."""

import json
import logging
from datetime import datetime, time, timedelta
from itertools import groupby

from django.core.exceptions import BadRequest
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import Http404
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
from wagtail.admin.views.pages.workflow import CollectWorkflowActionDataView, WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet

from editorial.forms import CalendarRangeForm
from editorial.querysets import scheduled_changes

logger = logging.getLogger(__name__)

# The names the page editor's buttons post (Wagtail's action menu).
PUBLISH = "action-publish"
WORKFLOW_ACTION = "action-workflow-action"


class PublishAllOrNothingMixin:
    """A publish from the page editor commits completely, or leaves the editor's work as a draft.

    Wagtail's editor saves the revision, publishes it, logs it and runs hooks in separate
    steps, outside any transaction (wagtail/wagtail#7556), so a receiver or the database
    failing half-way could leave a live page without its log entry, or side effects of a
    publish that did not happen. Here the whole request runs in one transaction; if it
    fails, it is rolled back and sent again through the same view without the Publish
    button, which saves the editor's changes as a draft, and the editor is told.
    """

    def post(self, request, *args, **kwargs):
        if not request.POST.get(PUBLISH):
            return super().post(request, *args, **kwargs)
        try:
            with transaction.atomic():
                return super().post(request, *args, **kwargs)
        except Exception:
            logger.exception("Publishing failed at %s; saving the changes as a draft", request.path)
        as_draft = request.POST.copy()
        del as_draft[PUBLISH]
        request.POST = as_draft
        resolved = request.resolver_match
        response = resolved.func(request, *resolved.args, **resolved.kwargs)
        messages.error(
            request,
            "Your changes were saved as a draft but could not be published, and nothing "
            "readers see has changed. Try publishing again; if it fails again, tell the web "
            "team.",
        )
        return response


def workflow_action_data_is_valid(page, data):
    """Whether the extra data posted with a workflow action is none, or what the task's form
    for that action gives: the editor's modal posts that form's cleaned data, as JSON."""
    try:
        extra = json.loads(data.get("workflow-action-extra-data", "{}"))
    except ValueError:
        return False
    if not isinstance(extra, dict):
        return False
    task = page.current_workflow_task
    if not extra or task is None:
        return True
    form_class = task.get_form_for_action(data.get("workflow-action-name"))
    if form_class is None:
        return False
    form = form_class(extra)
    if not form.is_valid():
        return False
    return json.loads(json.dumps(form.cleaned_data, cls=DjangoJSONEncoder)) == extra


class WellFormedWorkflowActionMixin:
    """A workflow action posted from the page editor carries well-formed extra data, checked
    before the editor saves anything: Wagtail saves the revision first and then passes the
    data, parsed but unchecked, to the task's ``on_action``."""

    def post(self, request, *args, **kwargs):
        if request.POST.get(WORKFLOW_ACTION) and not workflow_action_data_is_valid(
            self.page, request.POST
        ):
            raise BadRequest("Malformed workflow action data")
        return super().post(request, *args, **kwargs)


class NewsroomEditView(WellFormedWorkflowActionMixin, PublishAllOrNothingMixin, EditView):
    pass


class NewsroomRevisionsRevertView(
    WellFormedWorkflowActionMixin, PublishAllOrNothingMixin, RevisionsRevertView
):
    pass


class NewsroomCreateView(PublishAllOrNothingMixin, CreateView):
    pass


class ReviewStepOfThisPageMixin:
    """The review step in a workflow action's address belongs to the page in it, and a form
    that does not validate is a bad request rather than a silent redirect."""

    def dispatch(self, request, *args, **kwargs):
        if self.task_state.workflow_state.object_id != str(self.object.pk):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        shows_form_errors = (
            self.action_modal and request.headers.get("x-requested-with") == "XMLHttpRequest"
        )
        form_class = self.form_class
        if form_class and not shows_form_errors and not form_class(request.POST).is_valid():
            raise BadRequest("Malformed workflow action data")
        return super().post(request, *args, **kwargs)


class NewsroomWorkflowActionView(ReviewStepOfThisPageMixin, WorkflowActionView):
    pass


class NewsroomCollectWorkflowActionDataView(
    ReviewStepOfThisPageMixin, CollectWorkflowActionDataView
):
    pass


class NewsroomPageViewSet(PageViewSet):
    """Wagtail's page views for every page type, with publishing made all-or-nothing and
    workflow input checked before anything is saved."""

    add_view_class = NewsroomCreateView
    edit_view_class = NewsroomEditView
    revisions_revert_view_class = NewsroomRevisionsRevertView
    workflow_action_view_class = NewsroomWorkflowActionView
    collect_workflow_action_data_view_class = NewsroomCollectWorkflowActionDataView


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
