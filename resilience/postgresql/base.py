"""Django's PostgreSQL backend with a breaker in front of new connections.

A database that is down or hung costs the first request that meets it a connect timeout
(DATABASE_CONNECT_TIMEOUT, at least 2 s: libpq's floor) or its deadline
(resilience/deadline.py). Once either has happened, this process stops opening
connections to that server for DATABASE_BREAKER_SECONDS: requests that need the database
fail at once with ``OperationalError``, which readers meet as the page cache's last copy
or the 503 page, editors as the 503 page with their draft untouched. A query that fails on
a connection that works (a statement timeout, a constraint) is not an outage and trips
nothing. Django documents subclassing a backend's ``DatabaseWrapper`` to change how
connections are made.
"""

from django.db.backends.postgresql import base
from psycopg import OperationalError

from resilience.breaker import Breaker


def breaker_for(settings_dict):
    server = "{HOST}:{PORT}/{NAME}".format(**settings_dict)
    return Breaker.for_dependency(f"Database {server}", "DATABASE_BREAKER_SECONDS")


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        breaker = breaker_for(self.settings_dict)
        if breaker.is_open():
            raise OperationalError(f"{breaker.dependency} is not asked again yet")
        try:
            return super().get_new_connection(conn_params)
        except OperationalError as error:
            breaker.trip(error)
            raise
