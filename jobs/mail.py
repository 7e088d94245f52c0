"""Every e-mail leaves through the task queue, after the transaction that wrote it commits.

``QueuedEmailBackend`` is the project's ``EMAIL_BACKEND``: whatever sends mail the Django
way (Wagtail's moderation notifications, password resets, any library) queues one
``deliver_email`` task per message instead of talking to the mail server, and only once
the current transaction has committed, so a rolled-back change announces nothing. The
worker sends each message through ``EMAIL_DELIVERY_BACKEND`` (SMTP in production), and a
mail server that is down or hangs (``EMAIL_TIMEOUT``) costs the worker a retry later,
never a reader or an editor their page.

Tasks that build their own e-mails (sign-in links, newsletters) are already in the
worker: they send through ``delivery_connection()`` and are retried themselves.
"""

import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction

from jobs.retries import retried_task

# What a failing or unreachable mail server raises; anything else is a bug.
DELIVERY_ERRORS = (smtplib.SMTPException, OSError)


def delivery_connection():
    """A connection to the real mail server (or, in development, the console)."""
    return get_connection(settings.EMAIL_DELIVERY_BACKEND)


def as_task_argument(message):
    """The message as JSON the task queue can store."""
    if message.attachments:
        raise ValueError("Queued e-mails carry no attachments; link to the file instead.")
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {str(name): str(value) for name, value in message.extra_headers.items()},
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
    }


def from_task_argument(data, connection=None):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        connection=connection,
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    return message


@retried_task(retry_on=DELIVERY_ERRORS)
def deliver_email(message):
    """Send one queued e-mail through the real mail server."""
    from_task_argument(message, connection=delivery_connection()).send()
    return len(message["to"]) + len(message["cc"]) + len(message["bcc"])


class QueuedEmailBackend(BaseEmailBackend):
    """Queue each message for the worker once the current transaction commits."""

    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            if not message.recipients():
                continue
            # Robust: a message that cannot be queued after the commit is logged, and the
            # editor's committed work is not answered with an error page.
            transaction.on_commit(queue_delivery(as_task_argument(message)), robust=True)
            queued += 1
        return queued


def queue_delivery(message):
    def enqueue_delivery():
        deliver_email.enqueue(message)

    return enqueue_delivery
