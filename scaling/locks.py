"""Work that must run on one server at a time, however many servers start it."""

import hashlib
from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, connections, transaction


def lock_key(name):
    """A PostgreSQL advisory lock number for `name`, the same in every process."""
    digest = hashlib.blake2b(name.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


@contextmanager
def run_alone(name):
    """Yields whether this process holds the lock called `name` until the block ends.

    On PostgreSQL a session advisory lock, which the server releases if the process dies;
    on SQLite, which serves one machine, the block runs in one write transaction, so runs
    take turns and each finds only what the one before left.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor != "postgresql":
        with transaction.atomic():
            yield True
        return
    key = lock_key(name)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        if acquired:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
