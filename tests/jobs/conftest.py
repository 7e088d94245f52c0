import pytest

from tests.jobs import tasks
from tests.task_queue import database_queue  # noqa: F401


@pytest.fixture(autouse=True)
def _fresh_test_tasks():
    tasks.failures_left["flaky"] = 0
    tasks.calls.clear()
