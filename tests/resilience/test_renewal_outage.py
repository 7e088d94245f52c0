"""A publish while the shared cache is down: the editor's publish succeeds, and the
renewal of what shows the story waits in the task queue until the cache is back, so the
copies stored before the outage are not served as current once it answers again."""

import uuid

import pytest
from django.core.cache import caches
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from freshness import versions
from resilience.breaker import Breaker
from tests.factories import ArticlePageFactory
from tests.resilience.faults import hung_server
from tests.resilience.test_cache_breaker import REDIS_OPTIONS, redis_caches
from tests.task_queue import database_queue, run_worker  # noqa: F401 (fixture)

RENEWAL = "freshness.changes.renew_versions_later"


@pytest.fixture
def live_redis():
    """The real Redis, under keys of this test's own."""
    alias = {
        "BACKEND": "resilience.cache.BreakerRedisCache",
        "LOCATION": "redis://127.0.0.1:6379/8",
        "KEY_PREFIX": f"renewal-outage-{uuid.uuid4().hex}",
        "OPTIONS": REDIS_OPTIONS,
    }
    with override_settings(CACHES={"default": alias, "renditions": alias}):
        yield
        caches["default"].clear()


@pytest.fixture(autouse=True)
def _fresh_breakers():
    Breaker.registry.clear()
    yield
    Breaker.registry.clear()


def test_a_renewal_lost_to_an_outage_is_made_when_the_cache_is_back(
    database_queue,  # noqa: F811
    live_redis,
    django_capture_on_commit_callbacks,
    section,
    author,
):
    story = ArticlePageFactory(parent=section, slug="ferry", authors=[author])
    tags = [versions.path_tag(story.url), versions.path_tag(section.url)]
    before = versions.current(tags)

    with (
        hung_server() as port,
        override_settings(CACHES=redis_caches(f"redis://127.0.0.1:{port}/8")),
        django_capture_on_commit_callbacks(execute=True),
    ):
        story.title = "Ferry timetable changes"
        story.save_revision().publish()

    story.refresh_from_db()
    assert story.title == "Ferry timetable changes"
    assert story.live
    assert DBTaskResult.objects.filter(task_path=RENEWAL).exists()
    # Back from the outage, the cache still holds the versions the old copies carry ...
    Breaker.registry.clear()
    assert versions.current(tags) == before
    # ... until the queued renewal runs.
    run_worker()
    renewed = versions.current(tags)
    assert renewed[0] != before[0]
    assert renewed[1] != before[1]
    assert not DBTaskResult.objects.filter(task_path=RENEWAL, status="FAILED").exists()


def test_a_renewal_the_cache_takes_queues_nothing(
    database_queue,  # noqa: F811
    live_redis,
    django_capture_on_commit_callbacks,
    section,
    author,
):
    story = ArticlePageFactory(parent=section, slug="ferry", authors=[author])
    before = versions.current([versions.path_tag(story.url)])
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    assert versions.current([versions.path_tag(story.url)]) != before
    assert not DBTaskResult.objects.filter(task_path=RENEWAL).exists()
