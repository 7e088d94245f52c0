"""The production task backend in tests: tasks wait in the database until `run_worker()`."""

import pytest
from django.core.management import call_command


@pytest.fixture
def database_queue(settings, monkeypatch, db):
    from django_tasks_db.management.commands import db_worker

    # Between tasks the worker closes connections that are not in autocommit mode, as a
    # long-running process should; this test's transaction is one, and on PostgreSQL
    # closing it would end the test.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker():
    """Run every task that is due, as `manage.py db_worker` does, then stop."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
