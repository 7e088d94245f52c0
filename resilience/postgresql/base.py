"""Django's PostgreSQL backend with a breaker in front of new connections.

A database that is down or hung costs the first request that meets it a connect timeout
(DATABASE_CONNECT_TIMEOUT, at least 2 s: libpq's floor) or its deadline
(resilience/deadline.py). Once either has happened, this process opens no connection to
that server until a probe in the background, every DATABASE_BREAKER_SECONDS, has
connected (resilience/breaker.py): requests that need the database fail at once with
``OperationalError``, which readers meet as the page cache's last copy
or the 503 page, editors as the 503 page with their draft untouched. A query that fails on
a connection that works (a statement timeout, a constraint) is not an outage and trips
nothing; one cut at its deadline has the server probed at once. Django documents
subclassing a backend's ``DatabaseWrapper`` to change how connections are made.
"""

import functools

from django.db.backends.postgresql import base
from psycopg import OperationalError

from resilience.breaker import Breaker


def breaker_for(settings_dict):
    server = "{HOST}:{PORT}/{NAME}".format(**settings_dict)
    return Breaker.for_dependency(
        f"Database {server}",
        "DATABASE_BREAKER_SECONDS",
        probe=functools.partial(connect_once, settings_dict),
    )


def connect_once(settings_dict):
    """Open and close a connection with Django's own backend, past the breaker."""
    connection = base.DatabaseWrapper(settings_dict)
    try:
        connection.ensure_connection()
    finally:
        connection.close()


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        breaker = breaker_for(self.settings_dict)
        if breaker.is_open():
            raise OperationalError(f"{breaker.dependency} is not asked again yet")
        try:
            connection = super().get_new_connection(conn_params)
        except OperationalError as error:
            breaker.trip(error)
            raise
        breaker.close()
        return connection
