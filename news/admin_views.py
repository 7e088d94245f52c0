"""Editors' views for a story's corrections: add, amend and withdraw notes on the record.

Each is a deliberate action by someone who may publish the story (editors and
administrators; writers may not), logged against the story and followed, once the change
is committed, by renewing every cached copy that shows it.
"""

from functools import partial, wraps

from django import forms
from django.db import transaction
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.log_actions import log

from freshness.changes import renew_page
from news.models import ArticleCorrection, ArticlePage

ADDED = "news.correction.add"
AMENDED = "news.correction.amend"
WITHDRAWN = "news.correction.withdraw"


class CorrectionForm(WagtailAdminModelForm):
    class Meta:
        model = ArticleCorrection
        fields = ["kind", "text"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A story's withdrawal note is written by the wire desk when its source kills it.
        self.fields["kind"].choices = [
            choice
            for choice in self.fields["kind"].choices
            if choice[0] != ArticleCorrection.Kind.WITHDRAWAL
        ]

    def clean_text(self):
        text = self.cleaned_data["text"]
        if not strip_tags(text).strip():
            raise forms.ValidationError("Say what was wrong or what changed.")
        return text


def editors_only(view):
    """Give `view` the published story `page_id` if the user may publish it (editors and
    administrators): 404 for anything else, 403 for anyone else.

    Answered here rather than by raising PermissionDenied, which the admin would turn into
    a redirect to the dashboard.
    """

    @wraps(view)
    def checked(request, page_id, **kwargs):
        article = get_object_or_404(ArticlePage, pk=page_id, first_published_at__isnull=False)
        if not article.permissions_for_user(request.user).can_publish():
            return HttpResponseForbidden("Only editors may change a story's corrections.")
        return view(request, article, **kwargs)

    return checked


def note_of(article, note_id):
    return get_object_or_404(ArticleCorrection, pk=note_id, page=article, withdrawn_at__isnull=True)


def record_change(request, article, note, action, **data):
    log(
        instance=article,
        action=action,
        user=request.user,
        data={"note": note.pk, "kind": note.kind, "text": strip_tags(note.text), **data},
    )
    transaction.on_commit(partial(renew_page, article))


def corrections_url(article):
    return reverse("news_corrections:index", args=[article.pk])


@editors_only
def index(request, article):
    """The story's notes, withdrawn ones included, and a form to add one."""
    form = CorrectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            note = form.save(commit=False)
            note.page = article
            note.date = timezone.now()
            note.save()
            record_change(request, article, note, ADDED)
        messages.success(request, f"{note.get_kind_display()} added to “{article.title}”.")
        return redirect(corrections_url(article))
    return TemplateResponse(
        request,
        "news/admin/corrections.html",
        {
            "article": article,
            "notes": article.corrections.order_by("date", "pk"),
            "form": form,
            "page_title": f"Corrections: {article.title}",
        },
    )


@editors_only
def amend(request, article, note_id):
    """Change what a note says; readers see that, and when, it was amended."""
    note = note_of(article, note_id)
    previous = strip_tags(note.text)
    form = CorrectionForm(request.POST or None, instance=note)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            note = form.save(commit=False)
            note.amended_at = timezone.now()
            note.save()
            record_change(request, article, note, AMENDED, previous_text=previous)
        messages.success(request, "The note was amended.")
        return redirect(corrections_url(article))
    return TemplateResponse(
        request,
        "news/admin/correction_form.html",
        {"article": article, "note": note, "form": form, "page_title": "Amend a note"},
    )


@editors_only
def withdraw(request, article, note_id):
    """Withdraw a note: it stays on the record, marked as withdrawn on this date."""
    note = note_of(article, note_id)
    if request.method == "POST":
        with transaction.atomic():
            note.withdrawn_at = timezone.now()
            note.save(update_fields=["withdrawn_at"])
            record_change(request, article, note, WITHDRAWN)
        messages.success(request, "The note was withdrawn; it stays on the record as withdrawn.")
        return redirect(corrections_url(article))
    return TemplateResponse(
        request,
        "news/admin/correction_withdraw.html",
        {"article": article, "note": note, "page_title": "Withdraw a note"},
    )


urlpatterns = [
    path("<int:page_id>/", index, name="index"),
    path("<int:page_id>/<int:note_id>/amend/", amend, name="amend"),
    path("<int:page_id>/<int:note_id>/withdraw/", withdraw, name="withdraw"),
]
