"""The site under gunicorn with the production settings (config/gunicorn.py, 2 workers,
the shipped recycling) on a PostgreSQL database of its own and Redis database 9, each of
PostgreSQL, Redis, the mail server and the weather provider through its own fault proxy."""

import contextlib
import tempfile
import time
from pathlib import Path

import psycopg
import redis
import requests

from bench.faults import POSTGRES, REDIS, FaultProxy, SmtpSink, WeatherStub
from bench.scale import AppServer, draft_headline, environment, free_port, manage

REDIS_DB = 9
# The site's breakers' periods (the production defaults), and the longest a probe waits on
# a dependency that hangs (DATABASE_CONNECT_TIMEOUT; REDIS_TIMEOUT is shorter).
BREAKER_SECONDS = {"database": 5, "redis": 10}
PROBE_TIMEOUT_SECONDS = 2
EDITOR = ("fault-editor", "fault-editor-password")


class FaultySite:
    """The site under gunicorn with the production settings, on a PostgreSQL database
    `name` of its own, each dependency through its own `FaultProxy` (self.proxies)."""

    def __init__(self, name, ports, articles=30, log=None, **settings):
        self.name = name
        self.ports = ports
        self.articles = articles
        self.log = log
        self.settings = settings
        self.stack = contextlib.ExitStack()
        self.breakers_closed_by = 0.0

    def __enter__(self):
        stack = self.stack
        try:
            self.smtp = stack.enter_context(SmtpSink(self.ports))
            weather = stack.enter_context(WeatherStub())
            self.proxies = {
                name: stack.enter_context(FaultProxy(upstream, self.ports))
                for name, upstream in (
                    ("database", POSTGRES),
                    ("redis", REDIS),
                    ("smtp", self.smtp.address),
                    ("weather", weather.address),
                )
            }
            workdir = stack.enter_context(tempfile.TemporaryDirectory(prefix=f"{self.name}-"))
            # The harness sets the site up and writes the editor's drafts directly; the
            # site, its task worker and its scheduled jobs go through the proxies.
            self.direct = self.environment(workdir, through_proxies=False)
            self.env = self.environment(workdir, through_proxies=True)
            create_database(self.name)
            stack.callback(drop_database, self.name)
            stack.callback(self.forget_cache)
            self.story_id = build(self.direct, self.articles)
            port = free_port(self.ports.start, self.ports.stop - 1)
            self.server = stack.enter_context(AppServer(self.env, port=port, log=self.log))
            self.url = self.server.url
        except BaseException:
            stack.close()
            raise
        return self

    def __exit__(self, *exc):
        self.stack.close()

    def environment(self, workdir, through_proxies):
        def address(name, upstream):
            return self.proxies[name].address if through_proxies else upstream

        database_host, database_port = address("database", POSTGRES)
        redis_host, redis_port = address("redis", REDIS)
        smtp_host, smtp_port = address("smtp", self.smtp.address)
        weather_host, weather_port = self.proxies["weather"].address
        env = environment(
            f"postgres://postgres@{database_host}:{database_port}/{self.name}",
            f"redis://{redis_host}:{redis_port}/{REDIS_DB}",
            DJANGO_SETTINGS_MODULE="bench.faults_settings",
            CACHE_KEY_PREFIX=self.name,
            STATIC_ROOT=str(Path(workdir) / "static"),
            MEDIA_ROOT=str(Path(workdir) / "media"),
            GUNICORN_WORKERS="2",
            DJANGO_EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST=smtp_host,
            EMAIL_PORT=str(smtp_port),
            EMAIL_TIMEOUT="1",
            WEATHER_URL=f"http://{weather_host}:{weather_port}/v1/forecast",
            TASK_RETRY_DELAY="1",
            TASK_RETRY_MAX_DELAY="1",
            DATABASE_BREAKER_SECONDS=str(BREAKER_SECONDS["database"]),
            CACHE_BREAKER_SECONDS=str(BREAKER_SECONDS["redis"]),
            **self.settings,
        )
        # The gunicorn configuration as shipped: its recycling and its worker timeout.
        for name in ("GUNICORN_MAX_REQUESTS", "GUNICORN_TIMEOUT"):
            if name not in self.settings:
                env.pop(name)
        return env

    @contextlib.contextmanager
    def fault(self, dependency, mode):
        """`with site.fault("redis", "hang"):` the dependency fails until the block ends."""
        proxy = self.proxies[dependency]
        proxy.set_mode(mode)
        try:
            yield proxy
        finally:
            proxy.set_mode("pass")
            # A probe started during the fault may still be waiting out its timeout and
            # open its breaker for another period; every worker's breaker has probed again
            # by the end of it, whether or not a request reached that worker.
            if dependency in BREAKER_SECONDS:
                self.breakers_closed_by = (
                    time.monotonic() + PROBE_TIMEOUT_SECONDS + BREAKER_SECONDS[dependency]
                )

    def wait_until_ready(self, limit=60, in_a_row=4):
        """Seconds until readiness answers again after a fault, `in_a_row` times (from
        whichever workers take the requests: each keeps its own breakers)."""
        started = time.monotonic()
        ready = 0
        while ready < in_a_row:
            if time.monotonic() - started > limit:
                raise RuntimeError(f"the site was not ready {limit} s after the fault ended")
            try:
                answer = requests.get(f"{self.url}/healthz/ready", timeout=5).status_code
            except requests.RequestException:
                answer = None
            ready = ready + 1 if answer == 200 else 0
            time.sleep(0.1 if answer == 200 else 0.2)
        return time.monotonic() - started

    def wait_until_recovered(self):
        """Until every worker is over the last fault: its breakers probed, readiness
        answering."""
        time.sleep(max(0.0, self.breakers_closed_by - time.monotonic()))
        self.wait_until_ready()

    def run_tasks(self):
        """What the task worker does with the queue as it stands, then it stops."""
        manage(self.env, "db_worker", "--batch", "--no-startup-delay", capture=True)

    def query(self, sql, *params):
        with psycopg.connect(database_url(self.name), autocommit=True) as connection:
            return connection.execute(sql, params).fetchall()

    def forget_cache(self):
        client = redis.Redis(*REDIS, db=REDIS_DB)
        for key in client.scan_iter(match=f"{self.name}:*", count=1000):
            client.delete(key)
        client.close()

    def draft(self, title):
        """A new draft revision of the editor's story, with this headline."""
        draft_headline(self.direct, self.story_id, title)

    def story_titles(self):
        """The story's live headline and its latest revision's (None before the first)."""
        ((live,),) = self.query("SELECT title FROM wagtailcore_page WHERE id = %s", self.story_id)
        latest = self.query(
            "SELECT r.content->>'title' FROM wagtailcore_revision r "
            "JOIN django_content_type t ON t.id = r.base_content_type_id "
            "WHERE t.app_label = 'wagtailcore' AND t.model = 'page' AND r.object_id = %s "
            "ORDER BY r.id DESC LIMIT 1",
            str(self.story_id),
        )
        return live, latest[0][0] if latest else None

    def sign_up(self, email):
        """A reader's newsletter sign-up from the footer form, as the browser posts it."""
        return requests.post(
            f"{self.url}/subscribe/",
            data={"email": email, "consent": "on"},
            headers={"Origin": self.url},
            allow_redirects=False,
            timeout=30,
        )


def database_url(name):
    host, port = POSTGRES
    return f"postgres://postgres@{host}:{port}/{name}"


def create_database(name):
    with psycopg.connect(database_url("postgres"), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def drop_database(name):
    with psycopg.connect(database_url("postgres"), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def build(env, articles):
    """A migrated synthetic newsroom with an editor; the id of the story the editor edits."""
    manage(env, "migrate", "--no-input", "-v0")
    code = (
        "from django.contrib.auth import get_user_model; "
        "from bench.newsroom import build; "
        "from news.models import ArticlePage; "
        f"build({articles}); "
        f"get_user_model().objects.create_superuser({EDITOR[0]!r}, 'e@example.com', "
        f"{EDITOR[1]!r}); "
        "print(ArticlePage.objects.get(url_path__endswith='/politics/story-1/').pk)"
    )
    return int(manage(env, "shell", "-c", code, capture=True).split()[-1])
