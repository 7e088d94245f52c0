"""The wire desk in the admin: the queue, an item and its preview, "Create draft", and the
ways copy comes in by hand (upload, paste). Editors only: see README, Wire desk."""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_required
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from wire import drafts, ingest
from wire.forms import CreateDraftForm, PasteForm, QueueFilterForm, UploadForm
from wire.models import WireItem, WireRejection
from wire.parsers.pasted import paste_guid

DESK_PERMISSION = "wire.use_wire_desk"
ITEMS_PER_PAGE = 50

desk_only = method_decorator(permission_required(DESK_PERMISSION), name="dispatch")


def breadcrumbs(*items):
    return [
        *WagtailAdminTemplateMixin.breadcrumbs_items,
        {"url": reverse("wire_queue"), "label": "Wire"},
        *items,
    ]


@desk_only
class QueueView(WagtailAdminTemplateMixin, TemplateView):
    page_title = "Wire"
    header_icon = "site"
    template_name = "wire/queue.html"

    def get_breadcrumbs_items(self):
        return breadcrumbs()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = QueueFilterForm(self.request.GET or None)
        items = form.filter(WireItem.objects.for_queue())
        page = Paginator(items, ITEMS_PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(form=form, items=page, rejected=WireRejection.objects.count())
        return context


@desk_only
class ItemView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "site"
    template_name = "wire/item.html"

    def dispatch(self, request, *args, **kwargs):
        self.item = get_object_or_404(
            WireItem.objects.select_related("source", "article", "wire_revision"),
            pk=kwargs["pk"],
            source__slug=kwargs["source"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.item.headline

    def get_breadcrumbs_items(self):
        return breadcrumbs({"url": "", "label": self.item.headline})

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        item = self.item
        initial = {"section": item.source.default_section}
        context.update(
            item=item,
            story=item.parsed,
            form=kwargs.get("form") or CreateDraftForm(user=self.request.user, initial=initial),
            compare_url=compare_url(item),
        )
        return context

    def post(self, request, *args, **kwargs):
        form = CreateDraftForm(request.POST, user=request.user)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            draft = drafts.create_draft(self.item.pk, request.user, form.cleaned_data["section"])
        except drafts.DeskError as error:
            messages.error(request, str(error))
            return redirect(item_url(self.item))
        if draft.created:
            messages.success(
                request,
                f"Draft “{draft.article.title}” created from the wire. "
                "Check it, then submit it to the Newsroom workflow.",
            )
            for note in draft.notes:
                messages.warning(request, note)
        else:
            messages.info(request, "This item's draft already exists: here it is.")
        return redirect("wagtailadmin_pages:edit", draft.article.pk)


def compare_url(item):
    """The revision compare view: the newsroom's version against the wire's new copy."""
    if item.status != WireItem.Status.UPDATED or item.wire_revision is None:
        return ""
    previous = item.wire_revision.get_previous() if item.wire_revision else None
    if previous is None:
        return ""
    return reverse(
        "wagtailadmin_pages:revisions_compare",
        args=[item.article_id, previous.pk, item.wire_revision.pk],
    )


def item_url(item):
    return reverse("wire_item", args=[item.source.slug, item.pk])


@desk_only
class UploadView(WagtailAdminTemplateMixin, TemplateView):
    page_title = "Upload wire files"
    header_icon = "upload"
    template_name = "wire/upload.html"

    def get_breadcrumbs_items(self):
        return breadcrumbs({"url": "", "label": "Upload"})

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", kwargs.get("form") or UploadForm())
        return context

    def post(self, request, *args, **kwargs):
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        source = form.cleaned_data["source"]
        report = ingest.Report()
        for upload in form.cleaned_data["files"]:
            # One byte past the limit is enough for the parser to refuse it as too large.
            data = upload.read(settings.WIRE_MAX_FILE_BYTES + 1)
            report.extend(ingest.receive(source, data, upload.name[:200]))
        return self.render_to_response(self.get_context_data(form=UploadForm(), report=report))


@desk_only
class PasteView(WagtailAdminTemplateMixin, TemplateView):
    page_title = "Paste copy"
    header_icon = "clipboard-list"
    template_name = "wire/paste.html"

    def get_breadcrumbs_items(self):
        return breadcrumbs({"url": "", "label": "Paste copy"})

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", kwargs.get("form") or PasteForm())
        return context

    def post(self, request, *args, **kwargs):
        form = PasteForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        source = form.cleaned_data["source"]
        html = form.cleaned_data["copy_html"].strip()
        copy = html or form.cleaned_data["copy"]
        report = ingest.receive(
            source, copy.encode(), "pasted copy", format_name="html" if html else "text"
        )
        items = report.new + report.updated
        if items:
            messages.success(request, f"“{items[0].headline}” is in the queue.")
            return redirect(item_url(items[0]))
        if report.unchanged:
            existing = WireItem.objects.filter(source=source, guid=paste_guid(copy)).first()
            if existing:
                messages.info(request, "This copy was pasted before: here it is.")
                return redirect(item_url(existing))
        for rejection in report.rejected:
            form.add_error(None, rejection.reason)
        return self.render_to_response(self.get_context_data(form=form))


@desk_only
class RejectionsView(WagtailAdminTemplateMixin, TemplateView):
    page_title = "Rejected wire copy"
    header_icon = "warning"
    template_name = "wire/rejections.html"

    def get_breadcrumbs_items(self):
        return breadcrumbs({"url": "", "label": "Rejected"})

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rejections = WireRejection.objects.select_related("source")
        context["rejections"] = Paginator(rejections, ITEMS_PER_PAGE).get_page(
            self.request.GET.get("p")
        )
        return context
