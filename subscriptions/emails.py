"""Every e-mail a reader gets from us, each with a one-click unsubscribe (RFC 8058).

These run in the task worker (subscriptions/tasks.py, subscriptions/newsletters.py) and
send through the real mail server: a failure raises, and the task tries again later.
"""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from core.models import SiteSettings
from jobs.mail import delivery_connection
from subscriptions.accounts import is_reader_account
from subscriptions.models import Subscriber, SubscriptionSettings
from subscriptions.tokens import confirmation_link, sign_in_token, unsubscribe_link


class EmailContext:
    """Where links point and whose name the emails carry, looked up once per batch.

    Links start with the default site's address (Settings → Sites), the one the site
    answers on.
    """

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
            connection=connection or delivery_connection(),
        )
        message.attach_alternative(render_to_string(f"email/{template}.html", context), "text/html")
        return message


def send_confirmation(subscriber, emails=None):
    """The double opt-in link; raises if the mail server fails, so the task tries again."""
    emails = emails or EmailContext()
    confirm_url = emails.url(
        reverse("subscriptions:confirm", args=[confirmation_link.make(subscriber)])
    )
    emails.message(
        subscriber, "Please confirm your subscription", "confirm", {"confirm_url": confirm_url}
    ).send()
    Subscriber.objects.filter(pk=subscriber.pk).update(confirmation_sent_at=timezone.now())


def send_sign_in_link(subscriber, template="sign_in"):
    """`template` "already_subscribed" tells a confirmed reader who signed up again.

    The link is made as the e-mail goes out, so a message held back by a mail outage
    still carries a link with its full twenty minutes.
    """
    emails = EmailContext()
    sign_in_url = None
    if subscriber.user is not None and is_reader_account(subscriber.user):
        token = sign_in_token(subscriber.user)
        sign_in_url = emails.url(reverse("subscriptions:sign_in", args=[token]))
    subject = "Your sign-in link" if template == "sign_in" else "You are already subscribed"
    emails.message(subscriber, subject, template, {"sign_in_url": sign_in_url}).send()
