"""The production task backend in tests: tasks wait in the database until `run_worker()`."""

import smtplib
from unittest import mock

import pytest
import time_machine
from django.core.mail.backends import locmem
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


def run_worker_while_mail_is_down(at):
    """Run the worker at the time `at` while the mail server drops every connection."""
    down = smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
    with (
        mock.patch.object(locmem.EmailBackend, "send_messages", side_effect=down),
        time_machine.travel(at, tick=False),
    ):
        run_worker()
