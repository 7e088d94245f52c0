"""What a reader's signup or sign-in request sets off, done by the task worker.

The views only validate, rate-limit and queue one of these, so they do the same work and
give the same answer whether or not the address is known; whether it is, and what it is
sent, is decided here. A mail server that is down makes the task try again later.
"""

from datetime import datetime

from wagtail.models import Page

from jobs.mail import DELIVERY_ERRORS
from jobs.retries import retried_task
from subscriptions.accounts import is_reader_account
from subscriptions.emails import send_confirmation, send_sign_in_link
from subscriptions.models import Subscriber


@retried_task(retry_on=DELIVERY_ERRORS)
def record_signup(email, consent_text, consented_at, source_page_id=None):
    """Record a signup and write to the address: a confirmation link or, when the address
    is confirmed already, a note that it is. The signup is saved before any e-mail goes
    out, so a mail outage loses no signup."""
    consented_at = datetime.fromisoformat(consented_at)
    source_page = Page.objects.filter(pk=source_page_id).first() if source_page_id else None
    subscriber, created = Subscriber.objects.get_or_create(
        email=email,
        defaults={
            "consent_text": consent_text,
            "consented_at": consented_at,
            "source_page": source_page,
        },
    )
    if subscriber.is_confirmed:
        send_sign_in_link(subscriber, template="already_subscribed")
        return "already subscribed"
    if not created:
        subscriber.consent_text = consent_text
        subscriber.consented_at = consented_at
        subscriber.newsletter = True
        subscriber.save(update_fields=["consent_text", "consented_at", "newsletter"])
    send_confirmation(subscriber)
    return "confirmation sent"


@retried_task(retry_on=DELIVERY_ERRORS)
def send_sign_in_email(email):
    """A sign-in link for a reader account, a fresh confirmation for a pending signup,
    and nothing for an address we do not know."""
    subscriber = Subscriber.objects.filter(email=email).select_related("user").first()
    if subscriber is None:
        return "unknown address"
    if not subscriber.is_confirmed:
        send_confirmation(subscriber)
        return "confirmation sent"
    if subscriber.user is not None and is_reader_account(subscriber.user):
        send_sign_in_link(subscriber)
        return "sign-in link sent"
    return "no reader account"


@retried_task(retry_on=DELIVERY_ERRORS)
def resend_confirmation(subscriber_id):
    """Send a pending subscriber a new confirmation link (resend_confirmations)."""
    subscriber = Subscriber.objects.filter(
        pk=subscriber_id, status=Subscriber.Status.PENDING
    ).first()
    if subscriber is None:
        return "nothing to confirm"
    send_confirmation(subscriber)
    return "confirmation sent"
