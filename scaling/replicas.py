"""Reads from PostgreSQL read replicas: which request may read from one, and which one.

With `DATABASE_REPLICA_URL` set (one address, or several separated by commas), each
replica is a database alias (`replica_1`, `replica_2`, ...) and:

- `ReplicaReadsMiddleware` decides, once per request the page cache did not answer, whether
  its reads may go to a replica: only readers' GET and HEAD requests (pages, feeds,
  sitemaps, search) outside `REPLICA_PRIMARY_PATHS` (the admin, reader accounts, sign-up,
  documents), and only from a browser that has not written anything in the last
  `REPLICA_PIN_SECONDS`. A request that writes (any POST, a sign-in, any change to the
  session) answers with a short cookie that pins the browser's reads to the primary, so an
  editor's preview after saving and a reader's account page after signing in read what
  they have just written.
- `ReplicaRouter` (`DATABASE_ROUTERS`) sends that request's reads to the chosen replica and
  every write, every read inside a transaction, and everything outside such a request (the
  task worker, `publish_scheduled`, the shell) to the primary.

A replica serves a request only if it is up, lags the primary by no more than
`REPLICA_MAX_LAG_SECONDS` (checked at most every `REPLICA_CHECK_SECONDS` per process, with
a `REPLICA_CONNECT_TIMEOUT`), and has replayed the last change that renewed readers'
caches: `remember_primary_position()` records the primary's WAL position in the shared cache
when a change commits, before freshness renews the versions (freshness/changes.py), so a
page rendered under the new versions is never rendered from a replica that has not seen
the change. Otherwise the request reads from the primary.
"""

import contextvars
import logging
import random
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

logger = logging.getLogger(__name__)

PRIMARY_POSITION_KEY = "replicas:primary-position"

reading_from = contextvars.ContextVar("reading_from", default=None)


def replica_aliases():
    return settings.REPLICA_DATABASES


class ReplicaRouter:
    """Reads of a reader's request to the replica its middleware chose; all else to the
    primary, which is also the only database migrations run on (replicas follow it)."""

    def db_for_read(self, model, **hints):
        alias = reading_from.get()
        # Inside a transaction the request reads what it may be about to write.
        if alias is None or connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        return alias

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # Every alias holds the same rows: an object read from a replica may be linked to,
        # and saved beside, one from the primary.
        return True

    def allow_migrate(self, db, app_label, **hints):
        return db == DEFAULT_DB_ALIAS


@dataclass
class ReplicaState:
    checked_at: float = float("-inf")
    usable: bool = False
    replayed: int = 0


# Per process: how each replica looked when last checked.
states = {}


def wal_position(text):
    """A PostgreSQL LSN ("16/B374D848") as a number that orders like it."""
    high, low = text.split("/")
    return (int(high, 16) << 32) | int(low, 16)


def check(alias):
    """Ask the replica how far behind it is; a replica that cannot answer is unusable."""
    state = states.setdefault(alias, ReplicaState())
    state.checked_at = time.monotonic()
    try:
        with connections[alias].cursor() as cursor:
            # A standby that has replayed all it received is current, however long ago its
            # last replayed commit: an idle primary makes no lag.
            cursor.execute(
                "SELECT pg_last_wal_replay_lsn()::text,"
                " CASE WHEN NOT pg_is_in_recovery()"
                "   OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0"
                " ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0)"
                " END"
            )
            replayed, lag = cursor.fetchone()
    except DatabaseError:
        logger.warning("Replica %s is unreachable; reading from the primary", alias)
        connections[alias].close()
        state.usable = False
        return state
    state.replayed = wal_position(replayed) if replayed else 0
    state.usable = float(lag) <= settings.REPLICA_MAX_LAG_SECONDS
    if not state.usable:
        logger.warning("Replica %s lags %.1f s; reading from the primary", alias, lag)
    return state


def current_state(alias):
    state = states.get(alias)
    if state is None or time.monotonic() - state.checked_at >= settings.REPLICA_CHECK_SECONDS:
        state = check(alias)
    return state


def required_position():
    try:
        return caches[settings.FRESHNESS_CACHE_ALIAS].get(PRIMARY_POSITION_KEY)
    except Exception:
        # Without the position no replica can be shown to be current.
        logger.exception("Could not read the primary's position; reading from the primary")
        return float("inf")


def choose_replica():
    """A replica that is up, close behind and has seen the last change, or None."""
    aliases = [alias for alias in replica_aliases() if current_state(alias).usable]
    if not aliases:
        return None
    required = required_position() or 0
    random.shuffle(aliases)
    for alias in aliases:
        state = states[alias]
        if state.replayed < required:
            # Behind the last change when last asked: ask again before giving up on it.
            state = check(alias)
        if state.usable and state.replayed >= required:
            return alias
    return None


def remember_primary_position():
    """Record where the primary's WAL stands, after a change readers see has committed."""
    if not replica_aliases():
        return
    try:
        with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
            cursor.execute("SELECT pg_current_wal_lsn()::text")
            position = wal_position(cursor.fetchone()[0])
        cache = caches[settings.FRESHNESS_CACHE_ALIAS]
        # Two changes committing together may record out of order; keep the later one.
        cache.set(PRIMARY_POSITION_KEY, max(position, cache.get(PRIMARY_POSITION_KEY) or 0), None)
    except Exception:
        # Replicas then serve what they have; the lag limit still bounds how old it is.
        logger.exception("Could not record the primary's position for the replicas")


def may_read_from_replica(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.REPLICA_PIN_COOKIE not in request.COOKIES
        and not request.path.startswith(settings.REPLICA_PRIMARY_PATHS)
    )


def has_written(request):
    session = getattr(request, "session", None)
    return request.method not in ("GET", "HEAD", "OPTIONS", "TRACE") or bool(
        session is not None and session.modified
    )


class ReplicaReadsMiddleware:
    """Chooses where a request reads from, and pins a browser that wrote to the primary."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not replica_aliases():
            return self.get_response(request)
        alias = choose_replica() if may_read_from_replica(request) else None
        token = reading_from.set(alias)
        try:
            response = self.get_response(request)
        finally:
            reading_from.reset(token)
        if has_written(request):
            response.set_cookie(
                settings.REPLICA_PIN_COOKIE,
                "1",
                max_age=settings.REPLICA_PIN_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
