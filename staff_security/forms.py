from django import forms
from django.utils import timezone
from django.utils.formats import time_format

from staff_security.two_factor import confirm_authenticator, verify_code

CODE_WIDGET = forms.TextInput(
    attrs={"autocomplete": "one-time-code", "autocapitalize": "off", "spellcheck": "false"}
)


def paused_error(until):
    """django-otp doubles the wait after each wrong code; say how long this one is."""
    return forms.ValidationError(
        "Too many wrong codes. Try again after %(time)s.",
        code="paused",
        params={"time": time_format(timezone.localtime(until), "H:i:s")},
    )


class SecondFactorForm(forms.Form):
    """The second step of signing in: a code from the authenticator app, or a recovery code."""

    code = forms.CharField(
        label="Code",
        max_length=32,
        widget=CODE_WIDGET,
        help_text="The six digits your authenticator app shows now, or one of your recovery codes.",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = None

    def clean_code(self):
        code = self.cleaned_data["code"]
        self.device, paused_until = verify_code(self.user, code)
        if self.device is None:
            if paused_until is not None:
                raise paused_error(paused_until)
            raise forms.ValidationError(
                "That code is not right, or it has been used already.", code="invalid"
            )
        return code


class AuthenticatorConfirmForm(forms.Form):
    """Proof that the authenticator app holds the secret, before it counts as a second factor."""

    code = forms.CharField(
        label="Code from the app",
        max_length=16,
        widget=CODE_WIDGET,
        help_text="After scanning, the app shows six digits that change every 30 seconds.",
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = self.cleaned_data["code"]
        allowed, details = self.device.verify_is_allowed()
        if not allowed:
            raise paused_error(details["locked_until"])
        confirmed = confirm_authenticator(self.device, code)
        if confirmed is None:
            raise forms.ValidationError(
                "That code is not right. Check the app's clock and try the newest code.",
                code="invalid",
            )
        self.device = confirmed
        return code


class UnlockForm(forms.Form):
    """Which lockout to lift: an account's (a username) or an address's."""

    ACCOUNT = "account"
    ADDRESS = "address"

    kind = forms.ChoiceField(choices=[(ACCOUNT, "Account"), (ADDRESS, "Address")])
    username = forms.CharField(required=False, max_length=255)
    ip_address = forms.GenericIPAddressField(required=False)

    def clean(self):
        cleaned_data = super().clean()
        field = "username" if cleaned_data.get("kind") == self.ACCOUNT else "ip_address"
        if not cleaned_data.get(field):
            raise forms.ValidationError("Say which account or address to unlock.")
        return cleaned_data
