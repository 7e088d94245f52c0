"""Reader-facing views: subscribe, confirm, sign in by magic link, account, unsubscribe."""

import json

from django.conf import settings
from django.contrib.auth import login, logout
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core import ratelimit
from subscriptions.accounts import confirm_subscriber
from subscriptions.forms import (
    HONEYPOT_FIELD,
    DeleteAccountForm,
    NewsletterPreferenceForm,
    SignInForm,
    SignupForm,
)
from subscriptions.models import Subscriber, SubscriptionSettings
from subscriptions.origin import is_same_origin
from subscriptions.tasks import record_signup, send_sign_in_email
from subscriptions.tokens import LinkError, confirmation_link, reader_for_sign_in, unsubscribe_link

# Tells the page script to show "Your account" instead of "Sign in" on cached pages; it
# carries no secret and grants nothing.
SIGNED_IN_HINT_COOKIE = "lp_reader"
RATE_LIMITED_MESSAGE = "Too many attempts from here. Please wait an hour and try again."


@csrf_exempt
@require_http_methods(["GET", "POST"])
def subscribe(request):
    """The signup form, also posted to from the footer of every (cacheable) page.

    Cached pages cannot carry a per-reader CSRF token, so instead of one this view accepts
    only same-origin posts (Origin or Referer), drops honeypot submissions, rate-limits per
    IP and per address, and commits nobody: the address only counts after its owner clicks
    the confirmation link (double opt-in).

    Whether the address is known is looked up by the task it queues, so a known and an
    unknown address cost the same queries and one task each, and get the same answer.
    """
    consent_text = SubscriptionSettings.for_request(request).consent_text
    if request.method == "GET":
        return signup_page(request, SignupForm(), consent_text)
    if not is_same_origin(request):
        return signup_page(request, SignupForm(), consent_text, status=403, rejected=True)
    form = SignupForm(request.POST)
    if request.POST.get(HONEYPOT_FIELD):
        return redirect("subscriptions:subscribe_done")
    if not form.is_valid():
        return signup_page(request, form, consent_text, status=400)
    email = form.cleaned_data["email"]
    if not (
        ratelimit.signup_per_ip.allows(ratelimit.client_ip(request))
        and ratelimit.signup_per_address.allows(email)
    ):
        return signup_page(request, form, consent_text, status=429, rate_limited=True)

    record_signup.enqueue(
        email, consent_text, timezone.now().isoformat(), form.cleaned_data["source_page"]
    )
    return redirect("subscriptions:subscribe_done")


def signup_page(request, form, consent_text, status=200, **flags):
    context = {"form": form, "consent_text": consent_text, **flags}
    return TemplateResponse(request, "subscriptions/subscribe.html", context, status=status)


@require_GET
def subscribe_done(request):
    return TemplateResponse(request, "subscriptions/subscribe_done.html")


def link_error_page(request, error):
    return TemplateResponse(
        request, "subscriptions/link_error.html", {"reason": error.reason}, status=400
    )


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """The link from the confirmation email. A button, not the GET, confirms: mail
    scanners that open links must not use up the reader's single-use link."""
    try:
        subscriber = confirmation_link.check(token)
    except LinkError as error:
        return link_error_page(request, error)
    if request.method == "GET":
        return TemplateResponse(request, "subscriptions/confirm.html", {"subscriber": subscriber})
    with transaction.atomic():
        user = confirm_subscriber(subscriber)
    response = redirect("subscriptions:account")
    sign_reader_in(request, response, subscriber, user)
    return response


def sign_reader_in(request, response, subscriber, user):
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    Subscriber.objects.filter(pk=subscriber.pk).update(last_sign_in_at=timezone.now())
    response.set_cookie(
        SIGNED_IN_HINT_COOKIE,
        "1",
        max_age=settings.SESSION_COOKIE_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        samesite="Lax",
    )


@never_cache
@require_http_methods(["GET", "POST"])
def sign_in_request(request):
    """Ask for a magic link. Same answer, and the same work (one queued task), whether or
    not the address has an account."""
    form = SignInForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        if not (
            ratelimit.sign_in_per_ip.allows(ratelimit.client_ip(request))
            and ratelimit.sign_in_per_address.allows(email)
        ):
            return TemplateResponse(
                request,
                "subscriptions/sign_in_request.html",
                {"form": form, "rate_limited": True},
                status=429,
            )
        send_sign_in_email.enqueue(email)
        return redirect("subscriptions:sign_in_sent")
    status = 400 if form.is_bound else 200
    return TemplateResponse(
        request, "subscriptions/sign_in_request.html", {"form": form}, status=status
    )


@require_GET
def sign_in_sent(request):
    return TemplateResponse(request, "subscriptions/sign_in_sent.html")


@never_cache
@require_http_methods(["GET", "POST"])
def sign_in(request, token):
    """The magic link: signs in the reader it was made for, once, within minutes. Only
    reader accounts sign in by e-mail link; staff keep their password and admin login."""
    try:
        subscriber = reader_for_sign_in(request, token)
    except LinkError as error:
        return link_error_page(request, error)
    if request.method == "GET":
        return TemplateResponse(request, "subscriptions/sign_in.html", {"subscriber": subscriber})
    response = redirect("subscriptions:account")
    sign_reader_in(request, response, subscriber, subscriber.user)
    return response


def reader_view(view):
    """Signed-in readers only; their pages are private to them and never cached."""

    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect("subscriptions:sign_in_request")
        subscriber = Subscriber.objects.filter(user=request.user).first()
        if subscriber is None:
            raise Http404("This account is not a reader account.")
        response = view(request, subscriber, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        return response

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


@require_GET
@reader_view
def account(request, subscriber):
    return account_page(request, subscriber, DeleteAccountForm())


def account_page(request, subscriber, delete_form, status=200):
    context = {
        "subscriber": subscriber,
        "newsletter_form": NewsletterPreferenceForm(initial={"newsletter": subscriber.newsletter}),
        "delete_form": delete_form,
    }
    return TemplateResponse(request, "subscriptions/account.html", context, status=status)


@require_POST
@reader_view
def account_newsletter(request, subscriber):
    form = NewsletterPreferenceForm(request.POST)
    form.is_valid()
    subscriber.newsletter = form.cleaned_data.get("newsletter", False)
    subscriber.save(update_fields=["newsletter"])
    return redirect("subscriptions:account")


@require_GET
@reader_view
def account_data(request, subscriber):
    """Everything we hold about the reader, as a JSON download."""
    response = HttpResponse(
        json.dumps(subscriber.personal_data(), indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="my-lords-press-data.json"'
    return response


@require_POST
@reader_view
def account_delete(request, subscriber):
    form = DeleteAccountForm(request.POST)
    if not form.is_valid():
        return account_page(request, subscriber, form, status=400)
    logout(request)
    # Erasing the subscriber also deletes the reader account (see signal_handlers).
    subscriber.delete()
    response = redirect("subscriptions:account_deleted")
    response.delete_cookie(SIGNED_IN_HINT_COOKIE)
    return response


@require_GET
def account_deleted(request):
    return TemplateResponse(request, "subscriptions/account_deleted.html")


@require_POST
def sign_out(request):
    logout(request)
    response = redirect("/")
    response.delete_cookie(SIGNED_IN_HINT_COOKIE)
    return response


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """One-click unsubscribe (RFC 8058): mail clients POST here without a CSRF token, the
    signed link itself proves whose subscription it is. Opening the link shows a button."""
    try:
        subscriber = unsubscribe_link.check(token)
    except LinkError as error:
        return link_error_page(request, error)
    if request.method == "POST":
        Subscriber.objects.filter(pk=subscriber.pk).update(newsletter=False)
        return TemplateResponse(request, "subscriptions/unsubscribed.html")
    return TemplateResponse(request, "subscriptions/unsubscribe.html", {"subscriber": subscriber})
