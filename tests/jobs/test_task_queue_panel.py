"""The dashboard's task queue panel and its retry button: administrators only, once per failure."""

import uuid

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from jobs.models import TaskRetry
from jobs.queue import final_failures
from tests.factories import UserFactory
from tests.jobs import tasks
from tests.task_queue import run_worker

DASHBOARD = "/admin/"


def retry_url(result):
    return f"/admin/tasks/{result.pk}/retry/"


@pytest.fixture
def administrator(home):
    return UserFactory(username="administrator", is_superuser=True)


@pytest.fixture
def editor(home):
    return UserFactory(username="editor", groups=["Editors"])


@pytest.fixture
def failure(database_queue):
    tasks.buggy.enqueue("front page")
    run_worker()
    return final_failures().get()


def ready_results():
    return DBTaskResult.objects.filter(status=TaskResultStatus.READY)


def test_administrators_see_waiting_held_back_and_failed_tasks(
    client, administrator, failure, settings
):
    settings.TASK_RETRY_DELAY = 600
    tasks.failures_left["flaky"] = 1
    tasks.flaky.enqueue("weather")
    run_worker()
    tasks.flaky.enqueue("newsletter")
    client.force_login(administrator)
    html = client.get(DASHBOARD).content.decode()
    assert 'id="task-queue-section"' in html
    summary = html.split('class="task-queue-summary"')[1].split("</dl>")[0]
    assert "Waiting to run</dt>\n        <dd>1, the oldest queued" in summary
    assert "Held back after a failed attempt</dt>\n        <dd>1, next attempt at" in summary
    assert "Failed</dt>\n        <dd>1</dd>" in summary
    assert "ValueError: a bug, not an outage" in html
    assert f'action="{retry_url(failure)}"' in html
    assert "check that the worker" in html


def test_other_staff_do_not_see_the_panel(client, editor, failure):
    client.force_login(editor)
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    assert 'id="task-queue-section"' not in response.content.decode()


def test_the_panel_costs_two_queries_however_many_tasks_failed(client, administrator, failure):
    client.force_login(administrator)

    def panel_queries():
        with CaptureQueriesContext(connection) as captured:
            client.get(DASHBOARD)
        return [q["sql"] for q in captured if "django_tasks_database" in q["sql"]]

    few = panel_queries()
    for label in ("a", "b", "c"):
        tasks.buggy.enqueue(label)
    run_worker()
    assert len(few) == len(panel_queries()) == 2


def test_retry_queues_the_task_again_with_fresh_attempts(client, administrator, failure):
    client.force_login(administrator)
    response = client.post(retry_url(failure), follow=True)
    assert response.redirect_chain == [("/admin/", 302)]
    assert "queued again" in response.content.decode()
    (queued,) = ready_results()
    assert queued.task_path == failure.task_path
    assert queued.args_kwargs == {"args": ["front page"], "kwargs": {}}
    retry = TaskRetry.objects.get()
    assert (retry.failed_result, retry.retry_result, retry.requested_by) == (
        failure,
        queued,
        administrator,
    )
    assert not final_failures().exists()
    assert f'action="{retry_url(failure)}"' not in response.content.decode()


def test_a_repeated_post_queues_nothing_more(client, administrator, failure):
    client.force_login(administrator)
    client.post(retry_url(failure))
    response = client.post(retry_url(failure), follow=True)
    assert "not waiting for a retry" in response.content.decode()
    assert ready_results().count() == 1
    assert TaskRetry.objects.count() == 1


def test_retry_drops_the_attempt_number(client, administrator, database_queue, settings):
    settings.TASK_RETRY_DELAY = 0
    tasks.never_works.enqueue("archive")
    for _ in range(3):
        run_worker()
    last = final_failures().get()
    assert last.args_kwargs["kwargs"] == {"task_attempt": 3}
    client.force_login(administrator)
    client.post(retry_url(last))
    assert ready_results().get().args_kwargs == {"args": ["archive"], "kwargs": {}}


def test_an_attempt_that_is_being_retried_cannot_be_retried_again(
    client, administrator, database_queue, settings
):
    settings.TASK_RETRY_DELAY = 600
    tasks.failures_left["flaky"] = 1
    tasks.flaky.enqueue("dateline")
    run_worker()
    held_back = DBTaskResult.objects.get(status=TaskResultStatus.FAILED)
    client.force_login(administrator)
    client.post(retry_url(held_back))
    assert ready_results().count() == 1
    assert not TaskRetry.objects.exists()


@pytest.mark.parametrize(
    ("role", "sent_to"),
    [("anonymous", "/admin/login/"), ("editor", "/admin/"), ("clerk", "/admin/login/")],
)
def test_only_administrators_may_retry(client, editor, failure, role, sent_to):
    if role == "editor":
        client.force_login(editor)
    elif role == "clerk":
        client.force_login(UserFactory(username="clerk", is_staff=True))
    response = client.post(retry_url(failure))
    assert response.status_code == 302
    assert response["Location"].split("?")[0] == sent_to
    if role == "editor":
        assert "do not have permission" in client.get(sent_to).content.decode()
    assert not ready_results().exists()
    assert not TaskRetry.objects.exists()
    assert list(final_failures()) == [failure]


def test_a_forged_post_without_the_csrf_token_is_refused(administrator, failure):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(administrator)
    assert browser.post(retry_url(failure)).status_code == 403
    assert not ready_results().exists()
    assert list(final_failures()) == [failure]


def test_the_retry_button_carries_a_working_csrf_token(administrator, failure):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(administrator)
    html = browser.get(DASHBOARD).content.decode()
    form = html.split(f'action="{retry_url(failure)}"')[1]
    token = form.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = browser.post(retry_url(failure), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert ready_results().count() == 1


def test_retry_needs_a_post(client, administrator, failure):
    client.force_login(administrator)
    assert client.get(retry_url(failure)).status_code == 405
    assert not ready_results().exists()


def test_unknown_and_malformed_ids(client, administrator, failure):
    client.force_login(administrator)
    response = client.post(f"/admin/tasks/{uuid.uuid4()}/retry/", follow=True)
    assert "not waiting for a retry" in response.content.decode()
    assert client.post("/admin/tasks/not-a-uuid/retry/").status_code == 404
    successful = DBTaskResult.objects.create(
        task_path=tasks.flaky.module_path,
        args_kwargs={"args": ["x"], "kwargs": {}},
        backend_name="default",
        status=TaskResultStatus.SUCCESSFUL,
    )
    client.post(retry_url(successful))
    assert not ready_results().exists()
