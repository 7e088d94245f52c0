"""Moderation e-mails: Wagtail's own, to the group that owns each step, queued after the
commit, retried through a mail outage, and carrying the reviewers' comments."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from jobs.mail import deliver_email
from tests.editorial.newsroom import edit, submit, workflow_action
from tests.factories import ArticlePageFactory
from tests.task_queue import (  # noqa: F401 (a fixture)
    database_queue,
    run_worker,
    run_worker_while_mail_is_down,
)


def recipients(mailoutbox):
    return sorted(address for message in mailoutbox for address in message.to)


def queued_deliveries():
    return DBTaskResult.objects.filter(task_path=deliver_email.module_path)


def flagged_draft(newsroom):
    return ArticlePageFactory(
        parent=newsroom.section,
        title="Housing chief's relative won repair contracts",
        slug="repair-contracts",
        authors=[newsroom.author],
        owner=newsroom.staff["writer"],
        needs_legal_review=True,
        publish=False,
    )


@pytest.mark.usefixtures("database_queue")
def test_each_step_emails_its_own_group_from_the_worker(
    newsroom, client, mailoutbox, django_capture_on_commit_callbacks
):
    story = flagged_draft(newsroom)
    client.force_login(newsroom.staff["writer"])
    with django_capture_on_commit_callbacks(execute=True):
        assert edit(client, story, **{"action-submit": "1"}).status_code == 302
    # Queued for the worker, not sent while the writer waited.
    assert mailoutbox == []
    assert queued_deliveries().count() == 1
    run_worker()
    assert recipients(mailoutbox) == ["editor@lordspress.example"]
    assert '"Editor review"' in mailoutbox[0].subject

    mailoutbox.clear()
    client.force_login(newsroom.staff["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, story, "approve")
    assert mailoutbox == []
    run_worker()
    assert recipients(mailoutbox) == ["legal@lordspress.example"]
    assert '"Legal review"' in mailoutbox[0].subject


def test_the_writer_reads_each_reviewers_comment_on_approval(
    newsroom, client, mailoutbox, django_capture_on_commit_callbacks
):
    story = flagged_draft(newsroom)
    submit(story, newsroom.staff["writer"])
    client.force_login(newsroom.staff["editor"])
    workflow_action(client, story, "approve", comment="Tighten the second paragraph.")
    client.force_login(newsroom.staff["legal"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, story, "approve", comment='Cleared: "allegedly" stays.')
    (message,) = mailoutbox
    assert message.to == ["writer@lordspress.example"]
    # Wagtail's own words first...
    assert (
        'The page "Housing chief\'s relative won repair contracts" has been approved in '
        'workflow "Newsroom".'
    ) in message.body
    assert "http://testserver/politics/repair-contracts/" in message.body
    # ...then what each reviewer said, step by step, unescaped in plain text.
    comments = message.body.split("Comments from the reviewers:")[1]
    editor_says = comments.index('Editor review, Editor: "Tighten the second paragraph."')
    legal_says = comments.index('Legal review, Legal: "Cleared: "allegedly" stays."')
    assert editor_says < legal_says
    assert "&quot;" not in message.body


def test_an_approval_without_comments_reads_as_wagtails(
    newsroom, client, mailoutbox, django_capture_on_commit_callbacks
):
    story = newsroom.draft_story
    submit(story, newsroom.staff["writer"])
    client.force_login(newsroom.staff["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, story, "approve")
    (message,) = mailoutbox
    assert 'has been approved in workflow "Newsroom"' in message.body
    assert "Comments from the reviewers" not in message.body


def test_the_writer_reads_the_comment_on_a_request_for_changes(
    newsroom, client, mailoutbox, django_capture_on_commit_callbacks
):
    story = newsroom.draft_story
    submit(story, newsroom.staff["writer"])
    client.force_login(newsroom.staff["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, story, "reject", comment="Name the second source, please.")
    (message,) = mailoutbox
    assert message.to == ["writer@lordspress.example"]
    assert 'The following comment was left: "Name the second source, please."' in message.body
    assert f"http://testserver/admin/pages/{story.pk}/edit/" in message.body


@pytest.mark.usefixtures("database_queue")
def test_a_moderation_email_that_fails_is_retried_not_dropped(
    newsroom, mailoutbox, settings, django_capture_on_commit_callbacks
):
    settings.TASK_RETRY_DELAY = 60
    with django_capture_on_commit_callbacks(execute=True):
        submit(newsroom.draft_story, newsroom.staff["writer"])
    start = timezone.now()
    run_worker_while_mail_is_down(start)
    assert mailoutbox == []
    # The failed attempt says it will be tried again; the next waits for its time.
    failed, waiting = sorted(
        queued_deliveries(), key=lambda result: result.args_kwargs["kwargs"].get("task_attempt", 1)
    )
    assert failed.exception_class_path == "jobs.retries.RetryScheduled"
    assert waiting.status == "READY"

    with time_machine.travel(start + timedelta(seconds=61), tick=False):
        run_worker()
    assert recipients(mailoutbox) == ["editor@lordspress.example"]
    assert '"Editor review"' in mailoutbox[0].subject


def test_the_html_approval_email_carries_the_comment_escaped(
    newsroom, client, mailoutbox, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILADMIN_NOTIFICATION_USE_HTML = True
    story = newsroom.draft_story
    submit(story, newsroom.staff["writer"])
    client.force_login(newsroom.staff["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, story, "approve", comment="Lead with <the ferry>.")
    html = mailoutbox[0].alternatives[0][0]
    assert "has been approved in workflow" in html
    assert "<p>Lead with &lt;the ferry&gt;.</p>" in html
    assert "Editor review, Editor" in html
