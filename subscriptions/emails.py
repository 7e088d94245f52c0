"""Every email a reader gets from us, each with a one-click unsubscribe (RFC 8058)."""

import logging
import smtplib

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from core.models import SiteSettings
from subscriptions.models import Subscriber, SubscriptionSettings
from subscriptions.tokens import confirmation_link, sign_in_link, unsubscribe_link

logger = logging.getLogger(__name__)

# What a failing mail server raises; anything else is a bug and should surface.
DELIVERY_ERRORS = (smtplib.SMTPException, OSError)


class EmailContext:
    """Where links point and whose name the emails carry, looked up once per batch."""

    def __init__(self):
        self.site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        self.base_url = self.site.root_url
        self.publication_name = SiteSettings.for_site(self.site).publication_name
        self.newsletter_footer = SubscriptionSettings.for_site(self.site).newsletter_footer

    def url(self, path):
        return f"{self.base_url}{path}"

    def message(self, subscriber, subject, template, context=None, connection=None):
        unsubscribe_url = self.url(
            reverse("subscriptions:unsubscribe", args=[unsubscribe_link.make(subscriber)])
        )
        context = {
            **(context or {}),
            "subscriber": subscriber,
            "publication_name": self.publication_name,
            "newsletter_footer": self.newsletter_footer,
            "home_url": self.url("/"),
            "unsubscribe_url": unsubscribe_url,
        }
        message = EmailMultiAlternatives(
            subject=f"{subject} · {self.publication_name}",
            body=render_to_string(f"email/{template}.txt", context),
            to=[subscriber.email],
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
            connection=connection,
        )
        message.attach_alternative(render_to_string(f"email/{template}.html", context), "text/html")
        return message


def deliver(message):
    """Send, and report failure instead of raising: the caller has already saved its state."""
    try:
        message.send()
    except DELIVERY_ERRORS:
        logger.exception("Could not send “%s” to a subscriber", message.subject)
        return False
    return True


def send_confirmation(subscriber, emails=None):
    emails = emails or EmailContext()
    confirm_url = emails.url(
        reverse("subscriptions:confirm", args=[confirmation_link.make(subscriber)])
    )
    message = emails.message(
        subscriber, "Please confirm your subscription", "confirm", {"confirm_url": confirm_url}
    )
    if not deliver(message):
        return False
    Subscriber.objects.filter(pk=subscriber.pk).update(confirmation_sent_at=timezone.now())
    return True


def send_sign_in_link(subscriber, template="sign_in"):
    """`template` "already_subscribed" tells a confirmed reader who signed up again."""
    emails = EmailContext()
    sign_in_url = emails.url(reverse("subscriptions:sign_in", args=[sign_in_link.make(subscriber)]))
    subject = "Your sign-in link" if template == "sign_in" else "You are already subscribed"
    return deliver(emails.message(subscriber, subject, template, {"sign_in_url": sign_in_url}))
