from django.urls import path
from wagtail import hooks
from wagtail.admin.ui.components import Component

from jobs import views
from jobs.queue import queue_health


class TaskQueuePanel(Component):
    """Pending, held-back and failed background tasks, so a stopped worker is noticed."""

    name = "task_queue"
    order = 50
    template_name = "jobs/task_queue_panel.html"

    def get_context_data(self, parent_context):
        return {"queue": queue_health(), "csrf_token": parent_context["csrf_token"]}


@hooks.register("construct_homepage_panels")
def add_task_queue_panel(request, panels):
    if request.user.is_superuser:
        panels.append(TaskQueuePanel())


@hooks.register("register_admin_urls")
def register_retry_url():
    return [path("tasks/<uuid:result_id>/retry/", views.retry_task, name="jobs_retry_task")]
