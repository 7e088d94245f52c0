"""A real Chromium (Debian's package) driven by Playwright against a live test server."""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            # The live server reads committed data; serialized rollback restores what the
            # migrations created (root page, collection, groups) after each flush.
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


def _keep_serialized_contents(database_connections):
    """Carry the migrated data that serialized rollback restores over to the connections
    Django hands out once Playwright is running.

    Playwright's event loop makes asgiref give this thread fresh connection objects, which
    lack the snapshot taken when the test database was set up; without it, every browser
    test after the first in a worker would start from an empty database.
    """
    snapshots = {
        alias: database_connections[alias]._test_serialized_contents
        for alias in database_connections
        if hasattr(database_connections[alias], "_test_serialized_contents")
    }

    def restore():
        for alias, contents in snapshots.items():
            database_connections[alias]._test_serialized_contents = contents

    return restore


@pytest.fixture(scope="session")
def chromium(django_db_setup):
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        message = f"Chromium not found at {CHROMIUM}: install Debian's chromium package"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    # Playwright's sync API runs an event loop that Django would take for an async context.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    restore_serialized_contents = _keep_serialized_contents(connections)
    with sync_playwright() as playwright:
        restore_serialized_contents()
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context()
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()
