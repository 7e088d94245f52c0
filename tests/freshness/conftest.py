import pytest


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    # As in production: every change made here must drop this process's copies too.
    settings.PAGE_CACHE_PROCESS_SECONDS = 1
