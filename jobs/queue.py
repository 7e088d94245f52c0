"""The state of the task queue, as the dashboard shows it to administrators."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Min, Q
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.utils import get_module_path
from django_tasks_db.models import DBTaskResult, get_date_max

from jobs.retries import RetryScheduled

FAILED_SHOWN = 10


def final_failures():
    """Failed results that no later attempt or administrator has taken over."""
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.FAILED, staff_retry__isnull=True
    ).exclude(exception_class_path=get_module_path(RetryScheduled))


def is_final_failure(result):
    return (
        result.status == TaskResultStatus.FAILED
        and result.exception_class_path != get_module_path(RetryScheduled)
        and not hasattr(result, "staff_retry")
    )


@dataclass(frozen=True)
class Failure:
    result_id: str
    task_name: str
    failed_at: datetime
    error: str

    @classmethod
    def of(cls, result):
        # The traceback's last line names the exception and carries its message.
        lines = [line.strip() for line in result.traceback.splitlines() if line.strip()]
        error = lines[-1] if lines else result.exception_class_path
        return cls(str(result.pk), result.task_name, result.finished_at, error)


@dataclass(frozen=True)
class QueueHealth:
    waiting: int
    oldest_waiting_since: datetime | None
    retrying: int
    next_retry_at: datetime | None
    running: int
    failed: int
    recent_failures: list[Failure]


def queue_health():
    """Counts in one query, and the latest failures in another."""
    now = timezone.now()
    ready = Q(status=TaskResultStatus.READY)
    due = ready & (Q(run_after=get_date_max()) | Q(run_after__lte=now))
    held_back = ready & Q(run_after__gt=now) & ~Q(run_after=get_date_max())
    failed = Q(status=TaskResultStatus.FAILED, staff_retry__isnull=True) & ~Q(
        exception_class_path=get_module_path(RetryScheduled)
    )
    counts = DBTaskResult.objects.aggregate(
        waiting=Count("pk", filter=due),
        oldest_waiting_since=Min("enqueued_at", filter=due),
        retrying=Count("pk", filter=held_back),
        next_retry_at=Min("run_after", filter=held_back),
        running=Count("pk", filter=Q(status=TaskResultStatus.RUNNING)),
        failed=Count("pk", filter=failed),
    )
    recent = final_failures().order_by("-finished_at")[:FAILED_SHOWN]
    return QueueHealth(**counts, recent_failures=[Failure.of(result) for result in recent])
