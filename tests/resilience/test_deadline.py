"""A PostgreSQL server that stops answering on a connection it has already opened: the
request's deadline cuts the wait, and the breaker then fails new connections at once.

The server is the real one on 127.0.0.1:5432, and the hang is real: the server process
behind the connection is stopped (SIGSTOP), so the kernel still acknowledges what the
client sends but nothing ever answers, and PostgreSQL's own statement timeout cannot fire."""

import contextlib
import os
import signal
import time

import pytest
from django.db import OperationalError
from django.db.utils import ConnectionHandler
from django.test import RequestFactory

from bench.faults import POSTGRES as POSTGRES_ADDRESS
from bench.faults import PROXY_PORTS, FaultProxy
from resilience import deadline
from resilience.breaker import Breaker
from tests.resilience.faults import closed_within, hung_server

POSTGRES = {
    "ENGINE": "resilience.postgresql",
    "NAME": "postgres",
    "USER": "postgres",
    "HOST": "127.0.0.1",
    "PORT": "5432",
    "OPTIONS": {"connect_timeout": 2},
}


@pytest.fixture(autouse=True)
def _own_connections_and_breakers(django_db_blocker):
    # These connections are not the suite's test database, which stays blocked.
    Breaker.registry.clear()
    with django_db_blocker.unblock():
        yield
    Breaker.registry.clear()


@contextlib.contextmanager
def connection_to(**settings):
    """A Django connection of its own, watched by the deadline in place of the suite's."""
    handler = ConnectionHandler({"default": {**POSTGRES, **settings}})
    connection = handler["default"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(deadline, "connections", handler)
        try:
            yield connection
        finally:
            connection.close()


@contextlib.contextmanager
def hung_backend(connection):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        # Woken, the server process finds its client gone and ends.
        os.kill(pid, signal.SIGCONT)


def run(connection, sql):
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchone()


def test_a_query_on_a_hung_server_ends_at_the_deadline():
    with connection_to() as connection, hung_backend(connection):
        started = time.monotonic()
        with deadline.watchdog.deadline(0.5), pytest.raises(OperationalError):
            run(connection, "SELECT 1")
        waited = time.monotonic() - started
    # The deadline and one look of the watchdog; generous for a busy machine.
    assert 0.5 <= waited < 5


def test_a_server_hung_past_a_cut_fails_requests_at_once_while_it_is_probed(settings):
    settings.DATABASE_BREAKER_SECONDS = 1
    with (
        FaultProxy(POSTGRES_ADDRESS, PROXY_PORTS) as proxy,
        connection_to(PORT=str(proxy.port)) as connection,
    ):
        run(connection, "SELECT 1")
        proxy.set_mode("hang")
        with deadline.watchdog.deadline(0.3), pytest.raises(OperationalError):
            run(connection, "SELECT 1")
        connection.close()
        breaker = Breaker.registry[f"Database 127.0.0.1:{proxy.port}/postgres"]
        started = time.monotonic()
        with pytest.raises(OperationalError, match="not asked again yet"):
            connection.ensure_connection()
        assert time.monotonic() - started < 0.5
        # The probe waits out a connect timeout and opens the breaker for its time.
        breaker.probe_thread.join()
        assert breaker.is_open()
        proxy.set_mode("pass")
        # Once its time is up the breaker is probed again, with no request asking, and closes.
        assert closed_within(breaker, seconds=5)
        assert run(connection, "SELECT 1") == (1,)


def test_a_slow_query_cut_at_its_deadline_does_not_shut_the_process_out():
    with connection_to() as connection:
        with deadline.watchdog.deadline(0.3), pytest.raises(OperationalError):
            run(connection, "SELECT pg_sleep(3)")
        breaker = Breaker.registry["Database 127.0.0.1:5432/postgres"]
        breaker.probe_thread.join()
        assert not breaker.is_open()
        connection.close()
        assert run(connection, "SELECT 1") == (1,)


def test_a_query_within_the_deadline_finishes():
    with connection_to() as connection, deadline.watchdog.deadline(5):
        assert run(connection, "SELECT 7 FROM pg_sleep(0.3)") == (7,)


def test_a_request_past_its_deadline_but_not_waiting_on_the_database_is_left_alone():
    with connection_to() as connection:
        with deadline.watchdog.deadline(0.2):
            run(connection, "SELECT 1")
            time.sleep(0.6)
        assert connection.is_usable()
        assert not deadline.watchdog.watches


def test_a_statement_timeout_is_not_an_outage():
    with connection_to(OPTIONS={"options": "-c statement_timeout=100"}) as connection:
        with pytest.raises(OperationalError, match="statement timeout"):
            run(connection, "SELECT pg_sleep(2)")
        assert run(connection, "SELECT 1") == (1,)
        assert not Breaker.registry["Database 127.0.0.1:5432/postgres"].is_open()


def test_a_server_that_never_answers_a_connect_costs_one_timeout_per_breaker_period():
    with hung_server() as port, connection_to(PORT=str(port)) as connection:
        started = time.monotonic()
        with pytest.raises(OperationalError):
            connection.ensure_connection()
        first = time.monotonic() - started
        started = time.monotonic()
        with pytest.raises(OperationalError, match="not asked again yet"):
            connection.ensure_connection()
        second = time.monotonic() - started
    assert 1.5 < first < 6
    assert second < 0.5


@pytest.mark.parametrize(
    "method, path, setting",
    [
        ("get", "/", "DATABASE_READER_DEADLINE"),
        ("head", "/politics/a-story/", "DATABASE_READER_DEADLINE"),
        ("post", "/newsletter/", "DATABASE_REQUEST_DEADLINE"),
        ("get", "/admin/pages/", "DATABASE_REQUEST_DEADLINE"),
    ],
)
def test_readers_pages_have_the_short_deadline(settings, method, path, setting):
    settings.DATABASE_READER_DEADLINE = 1.2
    settings.DATABASE_REQUEST_DEADLINE = 10
    request = getattr(RequestFactory(), method)(path)
    middleware = deadline.DatabaseDeadlineMiddleware(lambda request: None)
    assert middleware.seconds_for(request) == getattr(settings, setting)


def test_a_connection_closed_while_the_watchdog_looks_is_passed_over():
    with connection_to() as connection:
        run(connection, "SELECT 1")
        connection.connection.close()
        assert deadline.cut_if_waiting(connection) is False
        connection.connection = None
        assert deadline.cut_if_waiting(connection) is False
