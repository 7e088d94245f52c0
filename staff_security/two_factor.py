"""Second factors for staff: an authenticator app (TOTP), passkeys, and recovery codes.

Built on django-otp and django-otp-webauthn rather than wagtail-2fa or
django-two-factor-auth: wagtail-2fa (1.8, and its Wagtail 6 fork) fails to import under
Wagtail 8 and offers neither passkeys nor recovery codes; django-two-factor-auth replaces the
admin's sign-in page with its own wizard and pins an older WebAuthn library than
django-otp-webauthn needs. django-otp verifies codes (refusing a code used before, throttling
guesses with an exponential delay) and keeps recovery codes single-use; django-otp-webauthn
runs the passkey ceremonies. What is left here is choosing among a person's devices.
"""

from base64 import b32encode

import segno
from django.conf import settings
from django.db import transaction
from django_otp import verify_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.utils import get_credential_model

AUTHENTICATOR_APP = "Authenticator app"
RECOVERY_CODES = "Recovery codes"


def authenticator_apps(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True)


def passkeys(user):
    return get_credential_model().objects.devices_for_user(user, confirmed=True)


def has_second_factor(user):
    """An authenticator app or a passkey; recovery codes only stand in for one."""
    return authenticator_apps(user).exists() or passkeys(user).exists()


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def normalised_code(code):
    """Codes as people type them: recovery codes are shown in groups of four, in capitals."""
    return "".join(code.split()).replace("-", "").lower()


def verify_code(user, code):
    """The device that accepts the code, or None, and until when guessing is paused if it is.

    Six digits are tried against the authenticator apps, anything else against the recovery
    codes, so a wrong guess slows down only the kind of code it was meant for.
    """
    code = normalised_code(code)
    device_model = TOTPDevice if code.isdigit() else StaticDevice
    paused_until = None
    for device in device_model.objects.devices_for_user(user, confirmed=True):
        allowed, details = device.verify_is_allowed()
        if not allowed:
            locked_until = details["locked_until"]
            paused_until = locked_until if paused_until is None else max(paused_until, locked_until)
            continue
        verified = verify_token(user, device.persistent_id, code)
        if verified is not None:
            return verified, None
    return None, paused_until


def pending_authenticator(user):
    """The authenticator app being set up: kept until confirmed, so reloading the page
    shows the same QR code the person may already have scanned."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_APP, confirmed=False)
    return device


def confirm_authenticator(device, code):
    """Confirm the app once it shows a right code; django-otp remembers the code as used."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        if not device.verify_token(normalised_code(code)):
            return None
        device.confirmed = True
        device.save(update_fields=["confirmed"])
    return device


def secret_for_typing(device):
    """The app's secret as people type it into an authenticator: base32, in groups of four."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device):
    """The otpauth:// address as an inline SVG QR code (no image request, no script)."""
    return segno.make(device.config_url, error="m").svg_inline(
        scale=5, border=2, dark="#000", light="#fff"
    )


def issue_recovery_codes(user):
    """Replace the person's recovery codes with new ones and return them, to be shown once."""
    codes = [StaticToken.random_token() for _ in range(settings.STAFF_RECOVERY_CODE_COUNT)]
    with transaction.atomic():
        device, _ = StaticDevice.objects.get_or_create(
            user=user, name=RECOVERY_CODES, defaults={"confirmed": True}
        )
        device.token_set.all().delete()
        StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return [readable_code(code) for code in codes], device


def device_title(device):
    return f"{device.name or 'Passkey'} of {device.user.get_username()}"


def readable_code(code):
    return f"{code[:4]}-{code[4:]}".upper()


def remove_device(device):
    """Remove a second factor; with the last one go the recovery codes that stood in for it."""
    with transaction.atomic():
        user = device.user
        device.delete()
        if not has_second_factor(user):
            StaticDevice.objects.filter(user=user).delete()
            TOTPDevice.objects.filter(user=user, confirmed=False).delete()
