"""How django-axes counts failed admin sign-ins, and how administrators lift a lockout.

Axes does the counting and the refusing (settings: "Staff accounts"); this module gives it
the username and the address to count against, lists what is locked for the admin, and
records locks and unlocks in Wagtail's log, where Reports → Site history shows them.
"""

import unicodedata
from datetime import timedelta

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, Max, Sum
from django.shortcuts import render
from django.utils import timezone
from wagtail.log_actions import log

LOCKED_ACTION = "staff_security.sign_in_locked"
UNLOCKED_ACTION = "staff_security.sign_in_unlocked"


def normalised_username(request, credentials):
    """The username as typed, minus what does not change whose account it is.

    Django's sign-in form strips spaces already; folding case as well means that "Editor" and
    " EDITOR" count against the same lock as "editor", so varying them gains nothing.
    """
    field = get_user_model().USERNAME_FIELD
    username = (credentials or {}).get(field)
    if username is None and request is not None:
        username = request.POST.get(field)
    if username is None:
        return None
    return unicodedata.normalize("NFKC", username).strip().casefold()


def lockout_response(request, original_response, credentials):
    """What a refused sign-in sees: the reason, and how the lock lifts (HTTP 429)."""
    return render(
        request,
        "staff_security/locked_out.html",
        {"lockout_minutes": settings.STAFF_LOCKOUT_MINUTES},
        status=429,
    )


def lockout_window_start():
    return timezone.now() - timedelta(minutes=settings.STAFF_LOCKOUT_MINUTES)


def current_attempts():
    """Failed sign-ins that still count: those within the lockout window."""
    return AccessAttempt.objects.filter(attempt_time__gte=lockout_window_start())


def locked_accounts():
    """Usernames whose failures, from every address together, reached the limit."""
    return (
        current_attempts()
        .values("username")
        .annotate(
            failures=Sum("failures_since_start"),
            addresses=Count("ip_address", distinct=True),
            last_attempt=Max("attempt_time"),
        )
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        .order_by("-last_attempt")
    )


def locked_addresses():
    """Addresses whose failures, against every account together, reached the limit."""
    return (
        current_attempts()
        .exclude(ip_address=None)
        .values("ip_address")
        .annotate(
            failures=Sum("failures_since_start"),
            accounts=Count("username", distinct=True),
            last_attempt=Max("attempt_time"),
        )
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        .order_by("-last_attempt")
    )


def unlock_account(username, by):
    """Forget the account's failed sign-ins, from every address; False if none were kept."""
    attempts = AccessAttempt.objects.filter(username=username)
    title = f"Sign-in as “{username}”"
    return unlock(attempts, by, title=title, reset_kwargs={"username": username})


def unlock_address(ip_address, by):
    """Forget the address's failed sign-ins, against every account; False if none were kept."""
    attempts = AccessAttempt.objects.filter(ip_address=ip_address)
    return unlock(attempts, by, title=f"Sign-in from {ip_address}", reset_kwargs={"ip": ip_address})


def unlock(attempts, by, title, reset_kwargs):
    latest = attempts.order_by("-attempt_time").first()
    if latest is None:
        return False
    failures = attempts.aggregate(total=Sum("failures_since_start"))["total"]
    log(instance=latest, action=UNLOCKED_ACTION, user=by, title=title, data={"failures": failures})
    reset(**reset_kwargs)
    return True


def record_lockout(username, ip_address):
    """Log the failed sign-in that reached the limit, for the account or for the address.

    Axes announces a lockout again at each refused attempt after it; only the first is logged.
    """
    attempts = current_attempts()
    reached = [
        attempts.filter(**which).aggregate(total=Sum("failures_since_start"))["total"]
        == settings.AXES_FAILURE_LIMIT
        for which in ({"username": username}, {"ip_address": ip_address})
    ]
    latest = (
        attempts.filter(username=username, ip_address=ip_address).order_by("-attempt_time").first()
    )
    if any(reached) and latest is not None:
        log(
            instance=latest,
            action=LOCKED_ACTION,
            title=f"Sign-in as “{username}” from {ip_address}",
            data={"username": username, "ip_address": ip_address},
        )
