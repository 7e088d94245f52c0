"""Sending a newsletter: in batches by a background task, never twice to one reader.

A mail server that is down or stops answering ends the batch: the readers it had not
reached yet are released and the batch is tried again later (jobs.retries), so an outage
delays the newsletter and loses no reader. The one message that was going out when the
server failed may or may not have arrived: it is recorded as failed rather than sent
twice, and the editor's "Send newsletter" sends it again.
"""

import smtplib

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from jobs.mail import DELIVERY_ERRORS, delivery_connection
from jobs.retries import retried_task
from subscriptions.emails import EmailContext
from subscriptions.models import Newsletter, NewsletterDelivery, Subscriber

Status = NewsletterDelivery.Status


def start_sending(newsletter):
    """Queue the first batch once the editor's request is committed. Sending again after
    a mail outage retries only the readers whose send failed."""
    NewsletterDelivery.objects.filter(newsletter=newsletter, status=Status.FAILED).delete()
    Newsletter.objects.filter(pk=newsletter.pk).update(
        status=Newsletter.Status.SENDING, send_requested_at=timezone.now()
    )
    transaction.on_commit(lambda: send_newsletter_batch.enqueue(newsletter.pk))


def pending_recipients(newsletter):
    """Confirmed readers with no delivery of this newsletter yet. A delivery is recorded
    before its email goes out, so a retried or crashed batch never sends one twice."""
    return (
        Subscriber.objects.newsletter_recipients()
        .exclude(deliveries__newsletter=newsletter)
        .order_by("pk")
    )


def claim_batch(newsletter_id, size):
    """Record the next recipients as being sent to, under a lock on the newsletter so that
    two workers running the same task never claim the same reader."""
    with transaction.atomic():
        newsletter = Newsletter.objects.select_for_update().filter(pk=newsletter_id).first()
        if newsletter is None or newsletter.status != Newsletter.Status.SENDING:
            return None, []
        recipients = list(pending_recipients(newsletter)[:size])
        NewsletterDelivery.objects.bulk_create(
            [NewsletterDelivery(newsletter=newsletter, subscriber=s) for s in recipients]
        )
    return newsletter, recipients


@retried_task(retry_on=DELIVERY_ERRORS)
def send_newsletter_batch(newsletter_id):
    """Send one batch, then queue the next; the last batch marks the newsletter sent."""
    connection = delivery_connection()
    # Before claiming anyone: a server that is down fails the attempt with nothing to undo.
    connection.open()
    try:
        return send_batch(newsletter_id, connection)
    finally:
        connection.close()


def send_batch(newsletter_id, connection):
    newsletter, recipients = claim_batch(newsletter_id, settings.NEWSLETTER_BATCH_SIZE)
    if newsletter is None:
        return 0
    if not recipients:
        Newsletter.objects.filter(pk=newsletter.pk).update(
            status=Newsletter.Status.SENT, sent_at=timezone.now()
        )
        return 0
    emails = EmailContext()
    context = {"newsletter": newsletter, "articles": newsletter.articles()}
    deliveries = NewsletterDelivery.objects.filter(newsletter=newsletter)
    sent = 0
    for position, subscriber in enumerate(recipients):
        message = emails.message(
            subscriber, newsletter.subject, "newsletter", context, connection=connection
        )
        delivery = deliveries.filter(subscriber=subscriber)
        try:
            message.send()
        except smtplib.SMTPRecipientsRefused as error:
            # This address is refused; the others may still be reached.
            delivery.update(status=Status.FAILED, error=str(error)[:300])
            continue
        except DELIVERY_ERRORS as error:
            delivery.update(status=Status.FAILED, error=str(error)[:300])
            unreached = [reader.pk for reader in recipients[position + 1 :]]
            deliveries.filter(subscriber__in=unreached, status=Status.SENDING).delete()
            raise
        delivery.update(status=Status.SENT, sent_at=timezone.now())
        sent += 1
    send_newsletter_batch.enqueue(newsletter.pk)
    return sent


def with_progress(newsletters):
    """Annotate delivery counts for the admin listing, in the same single query."""
    return newsletters.annotate(
        sent_count=Count("deliveries", filter=Q(deliveries__status=Status.SENT)),
        failed_count=Count("deliveries", filter=Q(deliveries__status=Status.FAILED)),
    )


def can_send(newsletter):
    """A draft can go out; so can a sent newsletter whose sends partly failed (a retry
    reaches only those readers). Expects `with_progress` annotations."""
    if newsletter.status == Newsletter.Status.DRAFT:
        return True
    return newsletter.status == Newsletter.Status.SENT and newsletter.failed_count > 0


def progress_label(newsletter):
    """How far sending has got, for the admin. Expects `with_progress` annotations."""
    if newsletter.status == Newsletter.Status.DRAFT and not newsletter.sent_count:
        return "Not sent yet"
    parts = [f"{newsletter.sent_count} sent"]
    if newsletter.failed_count:
        parts.append(f"{newsletter.failed_count} failed")
    if newsletter.status == Newsletter.Status.SENDING:
        parts.append(f"{pending_recipients(newsletter).count()} to go")
    return ", ".join(parts)
