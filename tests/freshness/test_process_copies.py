"""Each process answers the pages it served last again for PAGE_CACHE_PROCESS_SECONDS
without asking the shared cache; a change made in the process drops them at once, one made
on another server shows within that time."""

import time

import pytest

from freshness import versions
from freshness.middleware import process_copies
from tests.factories import ArticlePageFactory


@pytest.fixture
def article(section, author):
    return ArticlePageFactory(
        parent=section, title="Tide gauge installed", slug="tide-gauge", authors=[author]
    )


@pytest.fixture
def shared_cache_calls(monkeypatch):
    """Every read of the shared cache the page cache makes."""
    calls = []
    read = versions.read

    def counted(*args, **kwargs):
        calls.append(args)
        return read(*args, **kwargs)

    monkeypatch.setattr(versions, "read", counted)
    return calls


def renew_on_another_server(path):
    """What a publish on another server does to the shared cache: this process's copies
    are not told."""
    tag = versions.version_key(versions.path_tag(path))
    versions.cache().set(tag, "renewed-elsewhere", timeout=None)


def test_a_page_served_a_moment_ago_is_answered_without_the_shared_cache(
    client, article, shared_cache_calls
):
    first = client.get(article.url)
    asked = len(shared_cache_calls)
    again = [client.get(article.url) for _ in range(3)]
    assert len(shared_cache_calls) == asked
    assert [response["X-Cache"] for response in again] == ["HIT"] * 3
    assert all(response.content == first.content for response in again)
    assert again[0].headers == {**first.headers, "X-Cache": "HIT"}


def test_a_change_on_another_server_shows_within_the_process_time(client, settings, article):
    settings.PAGE_CACHE_PROCESS_SECONDS = 0.3
    client.get(article.url)
    renew_on_another_server(article.url)
    assert client.get(article.url)["X-Cache"] == "HIT"
    time.sleep(0.35)
    assert client.get(article.url)["X-Cache"] == "MISS"


def test_a_change_in_this_process_shows_at_once(
    client, article, django_capture_on_commit_callbacks
):
    client.get(article.url)
    article.title = "Tide gauge reopens"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    response = client.get(article.url)
    assert response["X-Cache"] == "MISS"
    assert "Tide gauge reopens" in response.content.decode()


def test_switched_off_every_request_asks_the_shared_cache(
    client, settings, article, shared_cache_calls
):
    settings.PAGE_CACHE_PROCESS_SECONDS = 0
    client.get(article.url)
    asked = len(shared_cache_calls)
    assert client.get(article.url)["X-Cache"] == "HIT"
    assert len(shared_cache_calls) == asked + 1


def test_a_process_keeps_at_most_its_number_of_pages(client, settings, section, article):
    settings.PAGE_CACHE_PROCESS_ENTRIES = 2
    for path in (article.url, section.url, "/"):
        client.get(path)
    assert len(process_copies.entries) == 2


def test_an_answer_begun_before_a_change_in_this_process_is_not_kept(settings):
    before = process_copies.generation
    process_copies.clear()  # another thread's publish renews the versions meanwhile
    process_copies.keep("pagecache:response:front", {"content": b"old front page"}, before)
    assert process_copies.get("pagecache:response:front") is None
    process_copies.keep("pagecache:response:front", {"content": b"new"}, process_copies.generation)
    assert process_copies.get("pagecache:response:front") == {"content": b"new"}
