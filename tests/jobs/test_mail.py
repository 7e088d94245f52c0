"""Every e-mail goes through the task queue after the commit; a mail outage delays, never loses."""

import smtplib
import socket
import threading
import time
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.mail import EmailMessage, EmailMultiAlternatives, send_mail
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from jobs.mail import deliver_email, delivery_connection
from jobs.queue import final_failures
from tests.task_queue import run_worker, run_worker_while_mail_is_down


def deliveries():
    """First attempt first (the clock is frozen: no time tells them apart)."""
    results = DBTaskResult.objects.filter(task_path=deliver_email.module_path)
    return sorted(results, key=lambda result: result.args_kwargs["kwargs"].get("task_attempt", 1))


def test_mail_is_queued_only_once_the_transaction_commits(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        sent = send_mail("Story approved", "Well done.", None, ["writer@example.org"])
    assert sent == 1
    assert mail.outbox == []
    for callback in callbacks:
        callback()
    (message,) = mail.outbox
    assert (message.subject, message.body, message.to) == (
        "Story approved",
        "Well done.",
        ["writer@example.org"],
    )


def test_a_rolled_back_transaction_sends_nothing(db, django_capture_on_commit_callbacks):
    class Undo(Exception):
        pass

    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(Undo),
        transaction.atomic(),
    ):
        send_mail("Story approved", "Never announced.", None, ["writer@example.org"])
        raise Undo
    assert mail.outbox == []


def test_a_queued_message_arrives_whole(db, django_capture_on_commit_callbacks):
    message = EmailMultiAlternatives(
        subject="Legal review: harbour contract",
        body="Plain words.",
        from_email="Newsroom <newsroom@example.org>",
        to=["legal@example.org"],
        cc=["desk@example.org"],
        bcc=["archive@example.org"],
        reply_to=["editor@example.org"],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative("<p>Rich words.</p>", "text/html")
    with django_capture_on_commit_callbacks(execute=True):
        message.send()
    (arrived,) = mail.outbox
    assert arrived.subject == message.subject and arrived.body == message.body
    assert arrived.from_email == "Newsroom <newsroom@example.org>"
    assert (arrived.to, arrived.cc, arrived.bcc, arrived.reply_to) == (
        ["legal@example.org"],
        ["desk@example.org"],
        ["archive@example.org"],
        ["editor@example.org"],
    )
    assert arrived.extra_headers["Auto-Submitted"] == "auto-generated"
    assert list(arrived.alternatives[0]) == ["<p>Rich words.</p>", "text/html"]


def test_attachments_are_refused_rather_than_dropped(db):
    message = EmailMessage("Report", "See attached.", to=["editor@example.org"])
    message.attach("report.csv", "a,b\n", "text/csv")
    with pytest.raises(ValueError, match="no attachments"):
        message.send()


def test_a_mail_outage_is_retried_until_the_message_goes(
    database_queue, settings, django_capture_on_commit_callbacks
):
    settings.TASK_RETRY_DELAY = 60
    with django_capture_on_commit_callbacks(execute=True):
        send_mail("Submitted for review", "A story waits.", None, ["editor@example.org"])
    (queued,) = deliveries()
    assert queued.status == TaskResultStatus.READY
    assert mail.outbox == []

    start = timezone.now()
    run_worker_while_mail_is_down(start)
    failed, waiting = deliveries()
    assert failed.exception_class_path == "jobs.retries.RetryScheduled"
    assert "SMTPServerDisconnected" in failed.traceback
    assert waiting.status == TaskResultStatus.READY
    assert not final_failures().exists()

    with time_machine.travel(start + timedelta(seconds=61), tick=False):
        run_worker()
    assert [message.to for message in mail.outbox] == [["editor@example.org"]]
    assert deliveries()[-1].status == TaskResultStatus.SUCCESSFUL


def unused_port():
    """A free port in the range this project's helpers may listen on."""
    for port in range(8200, 8300):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise RuntimeError("No free port between 8200 and 8299")


@pytest.fixture
def hung_mail_server():
    """A server that accepts connections and never says a word, as a stuck SMTP server does."""
    server = socket.socket()
    server.bind(("127.0.0.1", unused_port()))
    server.listen()
    accepted = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    server.close()


def test_a_hung_mail_server_costs_the_worker_seconds_not_forever(db, settings, hung_mail_server):
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = hung_mail_server
    settings.EMAIL_TIMEOUT = 1
    assert delivery_connection().timeout == 1
    message = {
        "subject": "Hello",
        "body": "Anyone there?",
        "from_email": "newsroom@example.org",
        "to": ["editor@example.org"],
        "cc": [],
        "bcc": [],
        "reply_to": [],
        "headers": {},
        "alternatives": [],
    }
    started = time.monotonic()
    with pytest.raises(smtplib.SMTPServerDisconnected, match="timed out"):
        deliver_email.call(message)
    # Generous: the point is that the wait ends, after about EMAIL_TIMEOUT.
    assert time.monotonic() - started < 10


def test_every_environment_has_a_small_mail_timeout():
    from config.settings import base

    assert 0 < base.EMAIL_TIMEOUT <= 10
