from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem, MenuItem
from wagtail.admin.viewsets.base import ViewSet

from staff_security import lockout, signals, views
from staff_security.policy import two_factor_required
from staff_security.two_factor import has_second_factor


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-factor/", include("staff_security.urls")),
        # django-otp-webauthn's passkey ceremonies, behind the admin's own access check.
        path("two-factor/passkeys/", include("django_otp_webauthn.urls")),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("staff_two_factor:overview"),
        "label": "Two-factor authentication",
        "help_text": "Sign in with an authenticator app or a passkey as well as your password.",
    }


@hooks.register("construct_main_menu")
def only_enrolment_before_the_second_factor(request, menu_items):
    """Someone who still has to enrol is shown the way to it, and nothing they cannot open."""
    user = request.user
    if user.is_verified() or has_second_factor(user) or not two_factor_required(user):
        return
    menu_items[:] = [
        MenuItem(
            "Set up two-factor authentication",
            reverse("staff_two_factor:overview"),
            icon_name="key",
        )
    ]


class SignInLockoutViewSet(ViewSet):
    """Settings → Sign-in lockouts: accounts and addresses refused for failed sign-ins."""

    name = "sign_in_lockouts"
    url_prefix = "sign-in-lockouts"
    icon = "lock"
    menu_label = "Sign-in lockouts"
    add_to_settings_menu = True
    menu_item_class = AdminOnlyMenuItem

    def get_urlpatterns(self):
        return [
            path("", views.LockoutIndexView.as_view(), name="index"),
            path("unlock/", views.UnlockView.as_view(), name="unlock"),
        ]


@hooks.register("register_admin_viewset")
def register_lockout_views():
    return SignInLockoutViewSet()


@hooks.register("register_log_actions")
def register_staff_security_actions(actions):
    actions.register_action(lockout.LOCKED_ACTION, "Sign-in locked", "Sign-in locked")
    actions.register_action(lockout.UNLOCKED_ACTION, "Sign-in unlocked", "Sign-in unlocked")
    actions.register_action(
        views.AUTHENTICATOR_ADDED_ACTION,
        "Authenticator app added",
        "Added an authenticator app for two-factor sign-in",
    )
    actions.register_action(
        signals.PASSKEY_ADDED_ACTION, "Passkey added", "Added a passkey for two-factor sign-in"
    )
    actions.register_action(
        views.SECOND_FACTOR_REMOVED_ACTION,
        "Second factor removed",
        "Removed a second factor from two-factor sign-in",
    )
    actions.register_action(
        views.RECOVERY_CODES_ACTION, "Recovery codes issued", "Issued new recovery codes"
    )
