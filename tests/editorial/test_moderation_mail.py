"""Moderation notices leave through the mail queue: a submit never waits on the mail
server, and a notice that meets a mail outage is sent again later, not dropped."""

import smtplib
from datetime import timedelta
from unittest import mock

import pytest
import time_machine
from django.core.mail.backends import locmem
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from jobs.mail import deliver_email
from tests.editorial.newsroom import edit
from tests.task_queue import database_queue, run_worker  # noqa: F401


def deliveries():
    results = DBTaskResult.objects.filter(task_path=deliver_email.module_path)
    return sorted(results, key=lambda result: result.args_kwargs["kwargs"].get("task_attempt", 1))


@pytest.mark.usefixtures("database_queue")
def test_a_review_request_survives_a_mail_outage(
    newsroom, client, mailoutbox, settings, django_capture_on_commit_callbacks
):
    settings.TASK_RETRY_DELAY = 60
    client.force_login(newsroom.staff["writer"])
    with django_capture_on_commit_callbacks(execute=True):
        response = edit(client, newsroom.draft_story, **{"action-submit": "1"})
    assert response.status_code == 302
    # Queued, not sent: the writer's request never talked to the mail server.
    (queued,) = deliveries()
    assert queued.status == TaskResultStatus.READY
    assert queued.args_kwargs["args"][0]["to"] == ["editor@lordspress.example"]
    assert mailoutbox == []

    start = timezone.now()
    down = smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
    with (
        mock.patch.object(locmem.EmailBackend, "send_messages", side_effect=down),
        time_machine.travel(start, tick=False),
    ):
        run_worker()
    failed, waiting = deliveries()
    assert failed.exception_class_path == "jobs.retries.RetryScheduled"
    assert waiting.status == TaskResultStatus.READY
    assert mailoutbox == []

    with time_machine.travel(start + timedelta(seconds=61), tick=False):
        run_worker()
    assert [message.to for message in mailoutbox] == [["editor@lordspress.example"]]
    assert "Editor review" in mailoutbox[0].subject
    assert deliveries()[-1].status == TaskResultStatus.SUCCESSFUL
