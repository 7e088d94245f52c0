"""The administrator's retry of a task that failed for good."""

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.db import transaction
from django.shortcuts import redirect
from django.views.decorators.http import require_POST
from django_tasks_db.models import DBTaskResult
from wagtail.admin import messages

from jobs.models import TaskRetry
from jobs.queue import is_final_failure
from jobs.retries import ATTEMPT_ARGUMENT


@require_POST
def retry_task(request, result_id):
    """Queue a failed task again with its own arguments and a fresh set of attempts.

    Only once: the failed result is locked while the retry is recorded, and a repeated
    post finds it taken over and changes nothing.
    """
    if not request.user.is_superuser:
        raise PermissionDenied
    with transaction.atomic():
        failed = DBTaskResult.objects.select_for_update().filter(pk=result_id).first()
        if failed is None or not is_final_failure(failed):
            messages.warning(request, "That task is not waiting for a retry any more.")
            return redirect("wagtailadmin_home")
        try:
            task = failed.task
        except (ImportError, SuspiciousOperation):
            messages.error(request, f"“{failed.task_name}” no longer exists and cannot run.")
            return redirect("wagtailadmin_home")
        arguments = failed.task_result
        kwargs = {key: value for key, value in arguments.kwargs.items() if key != ATTEMPT_ARGUMENT}
        retry = task.enqueue(*arguments.args, **kwargs)
        TaskRetry.objects.create(
            failed_result=failed,
            retry_result=DBTaskResult.objects.filter(pk=retry.id).first(),
            requested_by=request.user,
        )
    messages.success(request, f"“{failed.task_name}” is queued again.")
    return redirect("wagtailadmin_home")
