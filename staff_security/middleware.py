"""The admin's two gates that are not Wagtail's: the second factor, and staff session expiry."""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import reverse

from staff_security.policy import two_factor_required
from staff_security.sessions import STAFF_SESSION_KEY
from staff_security.two_factor import has_second_factor

TWO_FACTOR_NAMESPACE = "staff_two_factor"
# What a signed-in person reaches before their second factor: signing in and out, the
# admin's icons and translations, the two-factor pages (which check for themselves) and the
# passkey ceremonies (django-otp-webauthn refuses a new passkey to an enrolled person who
# has not verified).
OPEN_NAMESPACES = {TWO_FACTOR_NAMESPACE, "otp_webauthn"}
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}


class StaffTwoFactorMiddleware:
    """Sends staff who have a second factor, or whose role requires one, to it before any
    admin page, form post or JSON endpoint (autosave, choosers) answers them.

    A middleware because Wagtail's admin has no hook that runs before every one of its views
    (its own access check is a decorator on its URL patterns); it acts only under the admin's
    URL prefix and only once the URL is resolved, so it can tell the open URLs by name.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        match = request.resolver_match
        if match.url_name in OPEN_URL_NAMES or OPEN_NAMESPACES & set(match.namespaces):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if has_second_factor(user):
            destination = "verify"
        elif two_factor_required(user):
            destination = "overview"
        else:
            return None
        if request.method not in ("GET", "HEAD") or (
            request.headers.get("x-requested-with") == "XMLHttpRequest"
        ):
            return HttpResponseForbidden("Confirm your second factor to continue.")
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse(f'{TWO_FACTOR_NAMESPACE}:{destination}')}?{query}")


class StaffSessionMiddleware:
    """Saves a staff member's session on each request, so that it ends after
    STAFF_SESSION_IDLE_MINUTES of quiet (staff_security.sessions), and sets aside the two
    weeks Wagtail's "Remember me" would otherwise give it. Readers' sessions are untouched.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is None:
            return response
        # A visitor with no session yet, who did not just sign in, has nothing to renew; a
        # request that never read its session (a report, a static file) is left alone, so
        # that it costs no session lookup.
        if settings.SESSION_COOKIE_NAME not in request.COOKIES and not session.modified:
            return response
        if not session.accessed:
            return response
        if session.get(STAFF_SESSION_KEY):
            if not session.get_expire_at_browser_close():
                session.set_expiry(None)
            session.modified = True
        return response
