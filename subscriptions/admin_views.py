"""The editors' "Send newsletter" confirmation, reached from the newsletter listing."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from wagtail_modeladmin.helpers import AdminURLHelper

from subscriptions.models import Newsletter, Subscriber
from subscriptions.newsletters import can_send, start_sending, with_progress


def send_newsletter(request, pk):
    if not request.user.has_perm("subscriptions.send_newsletter"):
        raise PermissionDenied
    newsletter = get_object_or_404(with_progress(Newsletter.objects.all()), pk=pk)
    index_url = AdminURLHelper(Newsletter).index_url
    if not can_send(newsletter):
        messages.error(request, f"“{newsletter.subject}” has already been sent.")
        return redirect(index_url)
    articles = newsletter.articles()
    if request.method == "POST" and articles:
        with transaction.atomic():
            start_sending(newsletter)
        messages.success(
            request, f"Sending “{newsletter.subject}”. Progress shows in the listing below."
        )
        return redirect(index_url)
    context = {
        "newsletter": newsletter,
        "articles": articles,
        "recipient_count": Subscriber.objects.newsletter_recipients().count(),
        "index_url": index_url,
    }
    return TemplateResponse(request, "subscriptions/admin/send_newsletter.html", context)
