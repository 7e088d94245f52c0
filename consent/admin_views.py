"""Admin screens beyond list-and-edit: publishing consent text and the acceptance report."""

from datetime import timedelta

from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail_modeladmin.views import CreateView, IndexView, InstanceSpecificView

from consent.configuration import get_configuration
from consent.models import ConsentPolicy, ConsentRecord, PublishedVersionIsRecord

REPORT_PERIOD = timedelta(days=30)


class FilteredIndexView(IndexView):
    """A listing that answers an unusable filter in the address with a message, not an error."""

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except IncorrectLookupParameters:
            messages.error(request, "Those filters could not be applied, so they were cleared.")
            return redirect(self.index_url)


class ConsentLogIndexView(FilteredIndexView):
    # Column headings for the CSV export, as written (the default would title-case them).
    export_headings = {
        "created_at": "Decided at",
        "consent_id": "Consent ID",
        "policy_version": "Consent text version",
        "choice": "Choice",
        "decisions_summary": "Decisions",
        "global_privacy_control": "Global Privacy Control",
    }


class ConsentPolicyCreateView(CreateView):
    def get_instance(self):
        """A new version starts as a copy of the current one: legal staff change what changed."""
        current = ConsentPolicy.objects.current()
        if getattr(self, "instance", None) or current is None:
            return super().get_instance()
        return current.new_draft()


class PublishConsentPolicyView(InstanceSpecificView):
    page_title = "Publish"

    def check_action_permitted(self, user):
        return self.permission_helper.user_can_publish_obj(user, self.instance)

    def get_meta_title(self):
        return f"Publish {self.instance}"

    def get_template_names(self):
        return ["consent/admin/publish_consent_text.html"]

    def get_context_data(self, **kwargs):
        """The side-by-side comparison with the live version that publishing would replace."""
        return {
            **super().get_context_data(**kwargs),
            "previous": self.instance.previous_version(),
            "changes": self.instance.compare(),
        }

    def post(self, request, *args, **kwargs):
        try:
            self.instance.publish(user=request.user)
        except PublishedVersionIsRecord:
            # A repeated post: the first one published it, and a version publishes once.
            messages.error(request, f"{self.instance} is already published.")
            return redirect(self.index_url)
        log(instance=self.instance, action="wagtail.publish", user=request.user)
        messages.success(
            request,
            f"{self.instance} of the consent text, groups and cookies is live. "
            "Every reader will be asked again.",
        )
        return redirect(self.index_url)


class AcceptanceReportView(WagtailAdminTemplateMixin, TemplateView):
    """How often readers accepted each cookie group, per consent text version, lately."""

    page_title = "Cookie acceptance"
    page_subtitle = "the last 30 days"
    header_icon = "table"
    template_name = "consent/admin/acceptance_report.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("consent.view_consentrecord"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        since = timezone.now() - REPORT_PERIOD
        groups = get_configuration().optional_groups
        context["since"] = since
        context["groups"] = groups
        context["versions"] = ConsentRecord.objects.filter(created_at__gte=since).acceptance_rates(
            groups
        )
        return context
