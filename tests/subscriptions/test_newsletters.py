"""Sending a newsletter: batches, no double sends on retry, failures, progress."""

import smtplib
from unittest import mock

import pytest
from django.core import mail
from django.core.mail.backends import locmem
from django.core.management import call_command
from django_tasks.signals import task_enqueued

from subscriptions.models import Newsletter, NewsletterArticle, NewsletterDelivery
from subscriptions.newsletters import (
    can_send,
    progress_label,
    send_newsletter_batch,
    start_sending,
    with_progress,
)
from tests.factories import ArticlePageFactory, SubscriberFactory

Delivery = NewsletterDelivery.Status


@pytest.fixture
def newsletter(section, locked_article):
    free = ArticlePageFactory(parent=section, title="Ferry timetable changes")
    newsletter = Newsletter.objects.create(subject="The week in Ardmere", introduction="Hello.")
    for order, article in enumerate([free, locked_article]):
        NewsletterArticle.objects.create(newsletter=newsletter, article=article, sort_order=order)
    return newsletter


@pytest.fixture
def subscribers(home):
    confirmed = [SubscriberFactory(confirmed=True) for _ in range(5)]
    SubscriberFactory()  # pending: never gets the newsletter
    unsubscribed = SubscriberFactory(confirmed=True)
    unsubscribed.newsletter = False
    unsubscribed.save()
    return confirmed


def annotated(newsletter):
    return with_progress(Newsletter.objects.filter(pk=newsletter.pk)).get()


@pytest.mark.django_db
class TestSending:
    def test_sends_in_batches_to_confirmed_readers_only(
        self, newsletter, subscribers, settings, django_capture_on_commit_callbacks
    ):
        settings.NEWSLETTER_BATCH_SIZE = 2
        batches = []

        def count(sender, task_result, **kwargs):
            batches.append(task_result)

        task_enqueued.connect(count)
        try:
            with django_capture_on_commit_callbacks(execute=True):
                start_sending(newsletter)
        finally:
            task_enqueued.disconnect(count)
        # Three batches of at most two, then the one that finds nobody left.
        assert len(batches) == 4
        assert sorted(m.to[0] for m in mail.outbox) == sorted(s.email for s in subscribers)
        newsletter.refresh_from_db()
        assert newsletter.status == Newsletter.Status.SENT and newsletter.sent_at
        assert progress_label(annotated(newsletter)) == "5 sent"

    def test_newsletter_email_has_teasers_only_and_unsubscribe(self, newsletter, subscribers):
        send_newsletter_batch.call(newsletter.pk)  # a draft is not sent
        assert mail.outbox == []
        Newsletter.objects.filter(pk=newsletter.pk).update(status=Newsletter.Status.SENDING)
        send_newsletter_batch.call(newsletter.pk)
        message = mail.outbox[0]
        html = message.alternatives[0][0]
        assert message.subject == "The week in Ardmere · Lord's Press"
        assert "Ferry timetable changes" in message.body and "Inside the harbour contract" in html
        assert "[Subscribers only] Inside the harbour contract" in message.body
        assert "Secret finding" not in message.body and "Secret finding" not in html
        assert "http://testserver/politics/inside-the-harbour-contract/" in message.body
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    def test_retrying_never_sends_twice(self, newsletter, subscribers, settings):
        settings.NEWSLETTER_BATCH_SIZE = 2
        Newsletter.objects.filter(pk=newsletter.pk).update(status=Newsletter.Status.SENDING)
        send_newsletter_batch.call(newsletter.pk)
        # The worker ran the same batch again (a retry) and then once more after finishing.
        send_newsletter_batch.call(newsletter.pk)
        send_newsletter_batch.call(newsletter.pk)
        recipients = [m.to[0] for m in mail.outbox]
        assert len(recipients) == len(set(recipients)) == 5
        assert NewsletterDelivery.objects.filter(status=Delivery.SENT).count() == 5

    def test_a_claim_left_by_a_crashed_worker_is_not_resent(self, newsletter, subscribers):
        NewsletterDelivery.objects.create(newsletter=newsletter, subscriber=subscribers[0])
        Newsletter.objects.filter(pk=newsletter.pk).update(status=Newsletter.Status.SENDING)
        send_newsletter_batch.call(newsletter.pk)
        assert subscribers[0].email not in [m.to[0] for m in mail.outbox]
        assert len(mail.outbox) == 4

    def test_a_server_that_fails_mid_batch_loses_nobody(
        self, newsletter, subscribers, django_capture_on_commit_callbacks
    ):
        with (
            mock.patch(
                "django.core.mail.backends.locmem.EmailBackend.send_messages",
                side_effect=smtplib.SMTPServerDisconnected("down"),
            ),
            django_capture_on_commit_callbacks(execute=True),
        ):
            start_sending(newsletter)
        # The message in flight may have gone: failed, never sent twice. The rest wait.
        progress = annotated(newsletter)
        assert progress.status == Newsletter.Status.SENDING
        assert progress_label(progress) == "0 sent, 1 failed, 4 to go"
        assert NewsletterDelivery.objects.filter(error="down").count() == 1

        # The batch's retry (the worker's, or an administrator's) reaches the others...
        send_newsletter_batch.enqueue(newsletter.pk)
        assert len(mail.outbox) == 4
        progress = annotated(newsletter)
        assert progress_label(progress) == "4 sent, 1 failed"
        assert can_send(progress)
        # ...and the editor sends the one in doubt again.
        with django_capture_on_commit_callbacks(execute=True):
            start_sending(progress)
        assert len(mail.outbox) == 5
        assert progress_label(annotated(newsletter)) == "5 sent"
        assert not can_send(annotated(newsletter))

    def test_a_refused_address_does_not_hold_up_the_others(self, newsletter, subscribers):
        refused = subscribers[0].email
        deliver = locmem.EmailBackend.send_messages

        def refuse_one(backend, messages):
            if messages[0].to == [refused]:
                raise smtplib.SMTPRecipientsRefused({refused: (550, b"No such user")})
            return deliver(backend, messages)

        Newsletter.objects.filter(pk=newsletter.pk).update(status=Newsletter.Status.SENDING)
        with mock.patch.object(
            locmem.EmailBackend, "send_messages", side_effect=refuse_one, autospec=True
        ):
            send_newsletter_batch.call(newsletter.pk)
        assert sorted(m.to[0] for m in mail.outbox) == sorted(s.email for s in subscribers[1:])
        failed = NewsletterDelivery.objects.get(status=Delivery.FAILED)
        assert failed.subscriber == subscribers[0] and "No such user" in failed.error

    def test_erasing_a_subscriber_removes_their_deliveries(self, newsletter, subscribers):
        Newsletter.objects.filter(pk=newsletter.pk).update(status=Newsletter.Status.SENDING)
        send_newsletter_batch.call(newsletter.pk)
        subscribers[0].delete()
        assert NewsletterDelivery.objects.count() == 4

    def test_sent_newsletters_appear_in_the_data_export(self, newsletter, subscribers):
        Newsletter.objects.filter(pk=newsletter.pk).update(status=Newsletter.Status.SENDING)
        send_newsletter_batch.call(newsletter.pk)
        data = subscribers[0].personal_data()
        assert [item["subject"] for item in data["newsletters_received"]] == ["The week in Ardmere"]


@pytest.mark.django_db
def test_database_backend_queues_batches_for_the_worker(
    settings, section, author, django_capture_on_commit_callbacks, monkeypatch
):
    """With the production default, the task is stored and `db_worker` sends it."""
    from django_tasks_db.management.commands import db_worker
    from django_tasks_db.models import DBTaskResult

    # Between tasks the worker closes connections that are not in autocommit mode, as a
    # long-running process should; this test's transaction is one, and on PostgreSQL
    # closing it would end the test.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    SubscriberFactory(confirmed=True)
    article = ArticlePageFactory(parent=section, authors=[author])
    newsletter = Newsletter.objects.create(subject="Queued edition")
    NewsletterArticle.objects.create(newsletter=newsletter, article=article)
    with django_capture_on_commit_callbacks(execute=True):
        start_sending(newsletter)
    queued = DBTaskResult.objects.filter(task_path__endswith="send_newsletter_batch")
    assert queued.count() == 1
    assert mail.outbox == []
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert len(mail.outbox) == 1
    newsletter.refresh_from_db()
    assert newsletter.status == Newsletter.Status.SENT
    assert queued.count() == 2 and not queued.exclude(status="SUCCESSFUL").exists()
