"""A deadline on each request's database work, kept by the client.

PostgreSQL cancels a statement after DATABASE_STATEMENT_TIMEOUT, but only a server that
runs can do that. One that has accepted the connection and then stops answering (a hung
host, a stalled disk, a network path that drops everything after the handshake) leaves
psycopg waiting on its socket, for psycopg has no read timeout; the reader would wait for
gunicorn to kill the worker, and every reader behind them too.

One thread per process watches the requests in flight. When a request is past its
deadline while one of its PostgreSQL connections has a command in progress, the watchdog
shuts that connection's socket down: psycopg then fails the command with
``OperationalError``, as for a server that went away, readers get the page cache's last
copy or the 503 (resilience/errors.py), Django discards the connection at the end of
the request, and the database's breaker (resilience/postgresql/) answers the next requests
at once while a probe finds out whether the server is hung or was only slow. A request
that is past its deadline but not waiting on the database is left alone.

Readers' requests (GET and HEAD outside the admin) have DATABASE_READER_DEADLINE seconds;
an editor's save or publish may legitimately take longer and has
DATABASE_REQUEST_DEADLINE, still short of gunicorn's worker timeout so that the editor is
told what happened. 0 turns either off.
"""

import contextlib
import logging
import os
import socket
import threading
import time
from dataclasses import dataclass

import psycopg
from django.conf import settings
from django.db import connections
from django.urls import reverse
from psycopg.pq import TransactionStatus

from resilience.postgresql.base import breaker_for

logger = logging.getLogger(__name__)

# How often the watchdog looks; a deadline is kept to within this much.
INTERVAL_SECONDS = 0.1
READER_METHODS = {"GET", "HEAD"}


@dataclass(eq=False)
class Watch:
    deadline: float
    connections: list


def cut_if_waiting(connection):
    """Shut the connection's socket down if a command on it is in progress, so that
    psycopg's wait on it ends in an error; whether it did. Shutting down acts on the
    socket psycopg shares, whichever descriptor names it."""
    raw = connection.connection
    try:
        if raw is None or raw.closed or raw.info.transaction_status != TransactionStatus.ACTIVE:
            return False
        with socket.socket(fileno=os.dup(raw.fileno())) as sock:
            sock.shutdown(socket.SHUT_RDWR)
    except (OSError, psycopg.Error):
        # The request thread closed the connection while we looked: nothing to cut.
        return False
    return True


class Watchdog:
    def __init__(self):
        self.watches = set()
        self.lock = threading.Lock()
        self.thread = None

    @contextlib.contextmanager
    def deadline(self, seconds):
        """Watch the calling thread's PostgreSQL connections for ``seconds``."""
        postgres = [c for c in connections.all() if c.vendor == "postgresql"]
        if not seconds or not postgres:
            yield
            return
        watch = Watch(time.monotonic() + seconds, postgres)
        with self.lock:
            self.watches.add(watch)
            # Started by the first request, so in each worker and never in gunicorn's
            # master; a forked worker finds its parent's thread no longer alive.
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self.run, name="db-deadline", daemon=True)
                self.thread.start()
        try:
            yield
        finally:
            with self.lock:
                self.watches.discard(watch)

    def run(self):
        while True:
            time.sleep(INTERVAL_SECONDS)
            try:
                self.cut_overdue(time.monotonic())
            except Exception:
                # The watchdog must outlive anything one look goes wrong with.
                logger.exception("Database deadline watchdog failed a look")

    def cut_overdue(self, now):
        # Under the lock: a request cannot end, and its thread start the next one on the
        # same connection, between finding it overdue and cutting.
        with self.lock:
            overdue = [watch for watch in self.watches if watch.deadline <= now]
            for connection in (c for watch in overdue for c in watch.connections):
                if cut_if_waiting(connection):
                    # A slow query on a working server looks the same from here: a probe
                    # tells them apart, so one expensive page cannot shut a worker out.
                    breaker_for(connection.settings_dict).suspect(
                        f"no answer within the request's deadline on {connection.alias!r}"
                    )


watchdog = Watchdog()


class DatabaseDeadlineMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def seconds_for(self, request):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        if request.method in READER_METHODS and not request.path.startswith(self.admin_prefix):
            return settings.DATABASE_READER_DEADLINE
        return settings.DATABASE_REQUEST_DEADLINE

    def __call__(self, request):
        with watchdog.deadline(self.seconds_for(request)):
            return self.get_response(request)
