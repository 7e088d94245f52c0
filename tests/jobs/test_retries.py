"""A failing task is tried again later, a bounded number of times, and its final failure stays."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

from jobs.queue import final_failures, queue_health
from jobs.retries import RetryScheduled, retry_delay
from tests.jobs import tasks
from tests.task_queue import run_worker


def attempt_number(result):
    return result.args_kwargs["kwargs"].get("task_attempt", 1)


def results(task):
    """The task's results, first attempt first (the clock is frozen: no time tells them apart)."""
    return sorted(DBTaskResult.objects.filter(task_path=task.module_path), key=attempt_number)


def test_an_outage_is_waited_out_and_the_task_succeeds(database_queue, settings):
    settings.TASK_RETRY_DELAY = 60
    tasks.failures_left["flaky"] = 2
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        tasks.flaky.enqueue("story", note="kept")
        run_worker()
    first, second = results(tasks.flaky)
    assert first.status == TaskResultStatus.FAILED
    assert first.exception_class_path == "jobs.retries.RetryScheduled"
    assert "ConnectionError: story could not connect" in first.traceback
    assert "Attempt 1 of 6 failed" in first.traceback
    assert second.status == TaskResultStatus.READY
    assert second.run_after == start + timedelta(seconds=60)
    assert second.args_kwargs == {"args": ["story"], "kwargs": {"note": "kept", "task_attempt": 2}}

    # Not before its time...
    with time_machine.travel(start + timedelta(seconds=59), tick=False):
        run_worker()
    assert len(tasks.calls) == 1
    # ...then again, failing, and held back twice as long...
    with time_machine.travel(start + timedelta(seconds=61), tick=False):
        run_worker()
    third = results(tasks.flaky)[-1]
    assert third.run_after == start + timedelta(seconds=61 + 120)
    with time_machine.travel(start + timedelta(seconds=61 + 121), tick=False):
        run_worker()
    assert results(tasks.flaky)[-1].status == TaskResultStatus.SUCCESSFUL
    assert results(tasks.flaky)[-1].return_value == "done story"
    # The task's own function never saw the attempt number.
    assert tasks.calls == [{"label": "story", "note": "kept"}] * 3
    assert not final_failures().exists()


def test_the_last_attempt_fails_for_good_and_stays_visible(database_queue, settings):
    settings.TASK_RETRY_DELAY = 1
    start = timezone.now()
    for second in range(0, 100, 10):
        with time_machine.travel(start + timedelta(seconds=second), tick=False):
            if second == 0:
                tasks.never_works.enqueue("archive")
            run_worker()
    attempts = list(results(tasks.never_works))
    assert len(tasks.calls) == len(attempts) == 3
    assert [result.exception_class_path for result in attempts] == [
        "jobs.retries.RetryScheduled",
        "jobs.retries.RetryScheduled",
        "builtins.ConnectionError",
    ]
    assert list(final_failures()) == [attempts[-1]]
    assert queue_health().failed == 1


def test_an_error_outside_retry_on_fails_at_once(database_queue):
    tasks.buggy.enqueue("page")
    run_worker()
    (result,) = results(tasks.buggy)
    assert result.exception_class_path == "builtins.ValueError"
    assert list(final_failures()) == [result]
    assert not DBTaskResult.objects.filter(status=TaskResultStatus.READY).exists()


def test_held_back_attempts_are_counted_apart_from_waiting_tasks(database_queue, settings):
    settings.TASK_RETRY_DELAY = 300
    tasks.failures_left["flaky"] = 1
    tasks.flaky.enqueue("held back")
    run_worker()
    tasks.buggy.enqueue("waiting")
    health = queue_health()
    assert (health.waiting, health.retrying, health.failed) == (1, 1, 0)
    retry = results(tasks.flaky)[-1]
    assert health.next_retry_at == retry.run_after != get_date_max()
    assert health.oldest_waiting_since == results(tasks.buggy)[0].enqueued_at


@pytest.mark.parametrize(
    ("attempt", "seconds"), [(1, 60), (2, 120), (3, 240), (4, 480), (5, 600), (9, 600)]
)
def test_backoff_doubles_up_to_the_maximum(settings, attempt, seconds):
    settings.TASK_RETRY_DELAY = 60
    settings.TASK_RETRY_MAX_DELAY = 600
    assert retry_delay(attempt) == seconds


def test_a_backend_that_cannot_wait_runs_the_task_once(db):
    """The immediate backend (tests) would only meet the same outage again at once."""
    tasks.failures_left["flaky"] = 5
    result = tasks.flaky.enqueue("now")
    assert result.status == TaskResultStatus.FAILED
    assert result.errors[0].exception_class_path == "builtins.ConnectionError"
    assert len(tasks.calls) == 1


def test_a_direct_call_raises_the_retry_it_scheduled(database_queue):
    tasks.failures_left["flaky"] = 1
    with pytest.raises(RetryScheduled) as raised:
        tasks.flaky.call("inline")
    assert isinstance(raised.value.__cause__, ConnectionError)
    (queued,) = results(tasks.flaky)
    assert queued.status == TaskResultStatus.READY
