from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_save
from django.dispatch import receiver
from django_otp_webauthn.utils import get_credential_model
from wagtail.log_actions import log

from staff_security.lockout import record_lockout
from staff_security.policy import is_staff_member
from staff_security.sessions import STAFF_SESSION_KEY
from staff_security.two_factor import device_title

PASSKEY_ADDED_ACTION = "staff_security.passkey_added"


@receiver(user_logged_in)
def mark_staff_session(sender, request, user, **kwargs):
    """Staff sessions end after a spell of inactivity; readers' keep their own lifetime."""
    if request is not None and hasattr(request, "session") and is_staff_member(user):
        request.session[STAFF_SESSION_KEY] = True


@receiver(user_locked_out)
def log_lockout(sender, request, username, ip_address, **kwargs):
    record_lockout(username, ip_address)


@receiver(post_save, sender=get_credential_model())
def log_new_passkey(sender, instance, created, **kwargs):
    """django-otp-webauthn registers passkeys in its own views; the log still hears of it."""
    if created:
        log(
            instance=instance,
            action=PASSKEY_ADDED_ACTION,
            user=instance.user,
            title=device_title(instance),
        )
