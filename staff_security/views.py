"""Admin views: the second step of signing in, enrolment, and lifting sign-in lockouts."""

from django.conf import settings
from django.contrib.auth.views import RedirectURLMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.views.decorators.debug import sensitive_post_parameters
from django.views.defaults import permission_denied
from django.views.generic import FormView, TemplateView, View
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from staff_security import lockout, two_factor
from staff_security.forms import AuthenticatorConfirmForm, SecondFactorForm, UnlockForm
from staff_security.policy import two_factor_required

RECOVERY_CODES_SESSION_KEY = "staff_security_new_recovery_codes"
AUTHENTICATOR_ADDED_ACTION = "staff_security.authenticator_added"
SECOND_FACTOR_REMOVED_ACTION = "staff_security.second_factor_removed"
RECOVERY_CODES_ACTION = "staff_security.recovery_codes_issued"


def mark_verified(request, device):
    """Count the session as verified by the device; a new session key goes with the new
    standing, as one does with signing in."""
    otp_login(request, device)
    request.session.cycle_key()


def log_device_change(device, action, by):
    """Changes to second factors go in Wagtail's log, under the device and its owner's name."""
    log(instance=device, action=action, user=by, title=two_factor.device_title(device))


def offer_recovery_codes(request):
    """New recovery codes, kept in the session only until the overview has shown them once."""
    codes, device = two_factor.issue_recovery_codes(request.user)
    request.session[RECOVERY_CODES_SESSION_KEY] = codes
    log_device_change(device, RECOVERY_CODES_ACTION, request.user)


class EnrolmentMixin:
    """Enrolment is open to the verified, and to the not yet enrolled (their first factor)."""

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not user.is_verified() and two_factor.has_second_factor(user):
            return redirect("staff_two_factor:verify")
        return super().dispatch(request, *args, **kwargs)


@method_decorator(sensitive_post_parameters("code"), name="dispatch")
class VerifyView(RedirectURLMixin, FormView):
    """After the password: a code from the authenticator app, a recovery code or a passkey."""

    template_name = "staff_security/verify.html"
    form_class = SecondFactorForm
    next_page = reverse_lazy("wagtailadmin_home")

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_verified():
            return redirect(self.get_success_url())
        if not two_factor.has_second_factor(request.user):
            return redirect("staff_two_factor:overview")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            next=self.get_success_url(),
            has_authenticator_app=two_factor.authenticator_apps(user).exists(),
            has_passkey=two_factor.passkeys(user).exists(),
            **kwargs,
        )

    def form_valid(self, form):
        mark_verified(self.request, form.device)
        if isinstance(form.device, StaticDevice):
            messages.warning(
                self.request,
                f"You used a recovery code; {two_factor.recovery_codes_left(self.request.user)} "
                "are left. Make new ones under Account → Two-factor authentication.",
            )
        return redirect(self.get_success_url())


class OverviewView(EnrolmentMixin, WagtailAdminTemplateMixin, TemplateView):
    """A person's second factors: add an authenticator app or a passkey, new recovery codes."""

    template_name = "staff_security/overview.html"
    page_title = "Two-factor authentication"
    header_icon = "key"
    breadcrumbs_items = [
        *WagtailAdminTemplateMixin.breadcrumbs_items,
        {"url": reverse_lazy("staff_two_factor:overview"), "label": page_title},
    ]

    def get(self, request, *args, **kwargs):
        user = request.user
        # A first passkey is registered by django-otp-webauthn's own view, which knows nothing
        # of recovery codes; the first visit here afterwards issues them.
        if (
            user.is_verified()
            and two_factor.has_second_factor(user)
            and not StaticDevice.objects.filter(user=user).exists()
        ):
            offer_recovery_codes(request)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            authenticator_apps=two_factor.authenticator_apps(user),
            passkeys=two_factor.passkeys(user),
            recovery_codes_left=two_factor.recovery_codes_left(user),
            new_recovery_codes=self.request.session.pop(RECOVERY_CODES_SESSION_KEY, None),
            enrolled=two_factor.has_second_factor(user),
            required=two_factor_required(user),
            verified=user.is_verified(),
            **kwargs,
        )


@method_decorator(sensitive_post_parameters("code"), name="dispatch")
class AuthenticatorSetupView(EnrolmentMixin, WagtailAdminTemplateMixin, FormView):
    """Scan the QR code (or type the secret), then prove it with a first code."""

    template_name = "staff_security/authenticator.html"
    form_class = AuthenticatorConfirmForm
    page_title = "Set up an authenticator app"
    header_icon = "mobile-alt"

    breadcrumbs_items = [
        *OverviewView.breadcrumbs_items,
        {"url": reverse_lazy("staff_two_factor:authenticator"), "label": page_title},
    ]

    def get_form_kwargs(self):
        self.device = two_factor.pending_authenticator(self.request.user)
        return {**super().get_form_kwargs(), "device": self.device}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["qr_code"] = two_factor.qr_code_svg(self.device)
        context["secret"] = two_factor.secret_for_typing(self.device)
        return context

    def form_valid(self, form):
        request = self.request
        if not request.user.is_verified():
            mark_verified(request, form.device)
        log_device_change(form.device, AUTHENTICATOR_ADDED_ACTION, request.user)
        if not StaticDevice.objects.filter(user=request.user).exists():
            offer_recovery_codes(request)
        messages.success(request, "Your authenticator app is set up.")
        return redirect("staff_two_factor:overview")


class VerifiedPostView(View):
    """Changes to second factors: only by POST, and only from a verified session."""

    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_verified():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class RecoveryCodesView(VerifiedPostView):
    def post(self, request):
        offer_recovery_codes(request)
        messages.success(request, "New recovery codes are below; the old ones no longer work.")
        return redirect("staff_two_factor:overview")


class RemoveSecondFactorView(VerifiedPostView):
    def post(self, request, kind, pk):
        if kind == "authenticator":
            devices = TOTPDevice.objects.devices_for_user(request.user, confirmed=None)
        else:
            devices = two_factor.passkeys(request.user)
        device = devices.filter(pk=pk).first()
        if device is None:
            raise Http404
        log_device_change(device, SECOND_FACTOR_REMOVED_ACTION, request.user)
        two_factor.remove_device(device)
        messages.success(request, f"“{device.name or 'Passkey'}” was removed.")
        return redirect("staff_two_factor:overview")


class SuperuserOnlyMixin:
    """Lockouts concern every account, so only administrators see or lift them."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)


class LockoutIndexView(SuperuserOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "staff_security/lockouts.html"
    page_title = "Sign-in lockouts"
    header_icon = "lock"
    breadcrumbs_items = [
        *WagtailAdminTemplateMixin.breadcrumbs_items,
        {"url": reverse_lazy("sign_in_lockouts:index"), "label": page_title},
    ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            locked_accounts=lockout.locked_accounts(),
            locked_addresses=lockout.locked_addresses(),
            failure_limit=settings.AXES_FAILURE_LIMIT,
            lockout_minutes=settings.STAFF_LOCKOUT_MINUTES,
            **kwargs,
        )


class UnlockView(SuperuserOnlyMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        form = UnlockForm(request.POST)
        if not form.is_valid():
            messages.error(request, "Nothing was unlocked: the request did not say what to unlock.")
            return redirect("sign_in_lockouts:index")
        if form.cleaned_data["kind"] == UnlockForm.ACCOUNT:
            username = form.cleaned_data["username"]
            unlocked = lockout.unlock_account(username, by=request.user)
            what = f"the account “{username}”"
        else:
            ip_address = form.cleaned_data["ip_address"]
            unlocked = lockout.unlock_address(ip_address, by=request.user)
            what = f"the address {ip_address}"
        if unlocked:
            messages.success(request, f"Sign-in is open again for {what}.")
        else:
            messages.warning(request, f"No failed sign-ins were recorded for {what}.")
        return redirect("sign_in_lockouts:index")
