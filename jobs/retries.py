"""Retries for background tasks: a bounded number of attempts, further apart each time.

django-tasks runs a task once. A task declared with ``retried_task`` instead of
``django_tasks.task`` that raises one of its ``retry_on`` errors queues itself again, with
``run_after`` set ``TASK_RETRY_DELAY`` seconds ahead, doubling with each attempt up to
``TASK_RETRY_MAX_DELAY``, until ``TASK_RETRY_ATTEMPTS`` attempts have been made. Each
attempt is a task result of its own, so the database backend keeps the whole story:

- an attempt that will be tried again ends as a failed result whose exception is
  ``RetryScheduled`` (its traceback carries the error that caused it);
- the last attempt, or an error not in ``retry_on``, fails with the task's own exception:
  that failure is final, and the dashboard's task queue panel lists it with a retry button.

The attempt number travels with the task as the keyword argument ``task_attempt``, which
the task's own function never sees. A backend that cannot hold a task back (the
immediate backend the tests use) gets no retries: trying again at once would meet the
same outage.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task
from django_tasks.base import DEFAULT_TASK_PRIORITY, DEFAULT_TASK_QUEUE_NAME

ATTEMPT_ARGUMENT = "task_attempt"


class RetryScheduled(Exception):
    """This attempt failed and the task is queued again: not a failure for staff to act on."""


def retry_delay(attempt):
    """Seconds to wait after the given attempt failed before making the next one."""
    delay = settings.TASK_RETRY_DELAY * 2 ** (attempt - 1)
    return min(delay, settings.TASK_RETRY_MAX_DELAY)


def retried_task(function=None, *, retry_on=(Exception,), attempts=None, **task_options):
    """Declare a background task that is tried again when it raises one of ``retry_on``.

    Takes the options of ``django_tasks.task`` (priority, queue_name, backend) and
    ``attempts``, the number of attempts in all (``TASK_RETRY_ATTEMPTS`` by default).
    Use it bare (``@retried_task``) or with options (``@retried_task(retry_on=...)``).
    """
    task_options.setdefault("priority", DEFAULT_TASK_PRIORITY)
    task_options.setdefault("queue_name", DEFAULT_TASK_QUEUE_NAME)

    def declare(function):
        def attempt(*args, task_attempt=1, **kwargs):
            try:
                return function(*args, **kwargs)
            except retry_on as error:
                limit = attempts or settings.TASK_RETRY_ATTEMPTS
                backend = declared.get_backend()
                if task_attempt >= limit or not backend.supports_defer:
                    raise
                next_attempt = task_attempt + 1
                run_after = timezone.now() + timedelta(seconds=retry_delay(task_attempt))
                queued = declared.using(run_after=run_after).enqueue(
                    *args, **kwargs, **{ATTEMPT_ARGUMENT: next_attempt}
                )
                raise RetryScheduled(
                    f"Attempt {task_attempt} of {limit} failed ({type(error).__name__}: "
                    f"{error}); attempt {next_attempt} is queued as {queued.id} "
                    f"for {run_after:%Y-%m-%d %H:%M:%S %Z}."
                ) from error

        # The queue stores a task by its function's import path, which must lead back to
        # the task this decorator returns: the wrapper takes the function's own name.
        attempt.__module__ = function.__module__
        attempt.__name__ = function.__name__
        attempt.__qualname__ = function.__qualname__
        attempt.__doc__ = function.__doc__
        declared = task(attempt, **task_options)
        return declared

    if function is not None:
        return declare(function)
    return declare
