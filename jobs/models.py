"""What the project adds to django-tasks' own task results: who queued a failure again."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class TaskRetry(models.Model):
    """A task that failed for good and that an administrator queued again."""

    failed_result = models.OneToOneField(
        "django_tasks_database.DBTaskResult",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="staff_retry",
    )
    retry_result = models.OneToOneField(
        "django_tasks_database.DBTaskResult",
        null=True,
        on_delete=models.SET_NULL,
        related_name="retry_of",
        help_text="The new attempt; empty once its result has been pruned.",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "task retry"
        verbose_name_plural = "task retries"

    def __str__(self):
        return f"Retry of task {self.failed_result_id}"
