"""Subscribers-only text stays locked in search: readers who may not read it learn nothing
about it from results, counts, the window's "500+", ordering, snippets or the SQL run."""

import re

import pytest
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import ArticlePageFactory
from tests.search.conftest import paragraph

LOCKED_WORD = "sparrowhawk"
QUERIES = [LOCKED_WORD, "harbour", f"harbour {LOCKED_WORD}", "ferry"]


@pytest.fixture(autouse=True)
def no_worker(settings):
    """Nothing runs as a task: not the popular-search count after each response, and not
    Wagtail's own (the admin's) index, which reader search does not need."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def locked_body(secret):
    return [
        ("paragraph", "<p>The harbour board met behind closed doors.</p>"),
        ("paragraph", "<p>Minutes of the meeting were leaked to us.</p>"),
        ("paragraph", f"<p>They name the {secret} contractor.</p>"),
        ("pull_quote", {"quote": f"A {secret} deal", "attribution": "A clerk"}),
    ]


@pytest.fixture
def stories(section, author):
    now = timezone.now()
    free = ArticlePageFactory(
        parent=section,
        title="Ferry timetable changes",
        slug="ferry",
        authors=[author],
        publication_date=now - timezone.timedelta(days=2),
        body=paragraph("The harbour office posts the new times."),
    )
    locked = ArticlePageFactory(
        parent=section,
        title="Inside the harbour contract",
        slug="contract",
        authors=[author],
        subscribers_only=True,
        publication_date=now - timezone.timedelta(days=1),
        body=locked_body(LOCKED_WORD),
    )
    return free, locked


LOCKED_OUT = ["anonymous", "reader"]
ALLOWED = ["subscriber", "editor"]


def results(response):
    content = response.content.decode()
    heading = re.search(r'<h2 id="results-heading">(.*?)</h2>', content).group(1)
    heading = re.sub(r"<[^>]+>", "", heading)
    urls = re.findall(r'class="search-result__headline"><a href="([^"]*)"', content)
    return heading, urls


@pytest.mark.parametrize("kind", LOCKED_OUT)
def test_a_word_only_in_locked_text_finds_nothing(readers, stories, kind):
    client = readers[kind]
    assert results(client.get("/search/", {"q": LOCKED_WORD})) == (
        f"0 articles for “{LOCKED_WORD}”",
        [],
    )
    # Nor does it narrow a search for a public word.
    assert results(client.get("/search/", {"q": f"harbour {LOCKED_WORD}"}))[1] == []
    assert results(client.get("/search/", {"q": "harbour"})) == (
        "2 articles for “harbour”",
        ["/politics/contract/", "/politics/ferry/"],
    )


@pytest.mark.parametrize("kind", ALLOWED)
def test_readers_who_may_read_it_search_the_whole_text(readers, stories, kind):
    client = readers[kind]
    response = client.get("/search/", {"q": LOCKED_WORD})
    assert results(response) == (f"1 article for “{LOCKED_WORD}”", ["/politics/contract/"])
    # The snippet quotes only what anyone may read, for subscribers too.
    snippet = re.search(r'class="search-result__snippet">(.*?)</p>', response.content.decode())
    assert "harbour board met" in snippet.group(1) and LOCKED_WORD not in snippet.group(1)
    assert results(client.get("/search/", {"q": f"harbour {LOCKED_WORD}"}))[1] == [
        "/politics/contract/"
    ]


def test_the_window_counts_only_what_the_reader_may_search(readers, stories, section, monkeypatch):
    """The word is in a free story and in another's locked part: only subscribers reach
    the window's end and are told older matches were left out."""
    ArticlePageFactory(
        parent=section,
        title="Birds of the estuary",
        slug="birds",
        publication_date=timezone.now() - timezone.timedelta(days=3),
        body=paragraph(f"A {LOCKED_WORD} nests by the quay."),
    )
    monkeypatch.setattr("search.views.MATCH_WINDOW", 2)
    for kind in LOCKED_OUT:
        response = readers[kind].get("/search/", {"q": LOCKED_WORD})
        assert results(response) == (f"1 article for “{LOCKED_WORD}”", ["/politics/birds/"])
        assert "These are the newest" not in response.content.decode()
    for kind in ALLOWED:
        response = readers[kind].get("/search/", {"q": LOCKED_WORD})
        assert results(response)[0] == f"2+ articles for “{LOCKED_WORD}”"
        assert "These are the newest 2 matches." in response.content.decode()


def rendered_results(client):
    """What a reader sees of each search: the results section only, which holds no token."""
    pages = []
    for query in QUERIES:
        content = client.get("/search/", {"q": query}).content.decode()
        pages.append(re.search(r'<section class="search-results".*?</section>', content, re.S)[0])
    return pages


@pytest.mark.parametrize("kind", LOCKED_OUT)
def test_answers_are_the_same_whatever_the_locked_text_says(readers, stories, kind):
    """Results, counts, order and snippets do not change when the locked part does."""
    client = readers[kind]
    before = rendered_results(client)
    locked = stories[1]
    locked.body = locked_body("kestrel")
    with TestCase.captureOnCommitCallbacks(execute=True):
        locked.save_revision().publish()
    assert rendered_results(client) == before
    assert results(readers["subscriber"].get("/search/", {"q": "kestrel"}))[1] == [
        "/politics/contract/"
    ]


def search_sql(client, query):
    client.get("/search/", {"q": query})  # warms the caches every reader shares
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    # The time of day is in queries that leave out expired stories.
    return [re.sub(r"'\d{4}-\d\d-\d\d[ T][\d:.+]+'", "NOW", entry["sql"]) for entry in queries]


def as_one_audience(sql):
    """The SQL with the audience's column (PostgreSQL) or table (SQLite) named alike."""
    return sql.replace("full_text", "public_text").replace("search_full_fts", "search_public_fts")


def searching(queries):
    """The queries that find, rank and count the matches."""
    return [sql for sql in queries if "search_searchentry" in sql]


@pytest.mark.parametrize("query", QUERIES)
def test_both_kinds_of_reader_run_the_same_queries(readers, stories, query):
    locked_out = search_sql(readers["reader"], query)
    allowed = search_sql(readers["subscriber"], query)
    assert searching(locked_out)
    assert [as_one_audience(sql) for sql in searching(allowed)] == searching(locked_out)
    # Only the audience's own text is read: never the whole text for a locked-out reader.
    assert not any("full_text" in sql or "search_full_fts" in sql for sql in locked_out)
    anonymous = search_sql(readers["anonymous"], query)
    assert searching(anonymous) == searching(locked_out)
    if query != LOCKED_WORD and "harbour" not in query:
        # Where both find the same stories, the whole request costs the same.
        assert len(allowed) == len(locked_out)


@pytest.mark.parametrize("kind", LOCKED_OUT)
def test_a_word_only_in_locked_text_costs_what_an_absent_word_costs(readers, stories, kind):
    absent = "zeppelin"
    locked_word = search_sql(readers[kind], LOCKED_WORD)
    absent_word = search_sql(readers[kind], absent)
    assert [sql.replace(LOCKED_WORD, absent) for sql in locked_word] == absent_word


def test_a_subscribers_search_is_never_served_to_anyone_else(readers, stories, settings):
    settings.PAGE_CACHE_ENABLED = True
    address = {"q": LOCKED_WORD}
    assert results(readers["subscriber"].get("/search/", address))[1] == ["/politics/contract/"]
    assert results(readers["anonymous"].get("/search/", address))[1] == []
    # And a page stored for anonymous readers is not what a subscriber gets.
    assert results(readers["anonymous"].get("/search/", address))[1] == []
    assert results(readers["subscriber"].get("/search/", address))[1] == ["/politics/contract/"]
