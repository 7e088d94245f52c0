"""Search is never stale: every change is findable, or gone, as soon as it is committed,
while the task worker has not run (the database task backend's queue is never drained)."""

import re

import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult
from taggit.models import Tag
from wagtail.models import PageViewRestriction

from news.models import ArticlePageAuthor
from search.models import SearchEntry
from tests.factories import ArticlePageFactory, AuthorPageFactory
from tests.search.conftest import paragraph

# The only task reader search has for its index, kept for bulk work.
INDEX_TASK = "search.tasks.write_search_entries"


def found(client, query, **filters):
    content = client.get("/search/", {"q": query, **filters}).content.decode()
    return re.findall(r'class="search-result__headline"><a href="([^"]*)"', content)


@pytest.fixture
def queue(settings):
    """The database task backend, as in production; its queue is never worked here."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    def waiting(prefix=""):
        return list(
            DBTaskResult.objects.filter(task_path__startswith=prefix).values_list(
                "task_path", flat=True
            )
        )

    return waiting


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what a change leaves for after its commit, as the commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def quarry(section, author, queue):
    return ArticlePageFactory(
        parent=section,
        title="Quarry plans",
        slug="quarry",
        authors=[author],
        body=paragraph("The lorry route passes the school."),
    )


def test_a_published_story_is_found_at_once_without_the_worker(client, quarry, queue):
    assert found(client, "quarry") == ["/politics/quarry/"]
    assert found(client, "lorry") == ["/politics/quarry/"]
    # Wagtail's own index (the admin's) waits in the queue; reader search needed no task.
    assert queue() and not queue(INDEX_TASK)


def test_the_index_is_written_only_once_the_publish_commits(
    client, section, queue, django_capture_on_commit_callbacks
):
    article = ArticlePageFactory(parent=section, title="Quarry plans", slug="quarry", publish=False)
    with django_capture_on_commit_callbacks() as after_commit:
        article.save_revision().publish()
        assert found(client, "quarry") == []
    for callback in after_commit:
        callback()
    assert found(client, "quarry") == ["/politics/quarry/"]


def test_an_edit_republished_replaces_the_old_text(client, quarry, committed, queue):
    quarry.title = "Quarry plans withdrawn after protest"
    quarry.body = paragraph("The council dropped the scheme.")
    with committed():
        quarry.save_revision().publish()
    assert found(client, "withdrawn") == ["/politics/quarry/"]
    assert found(client, "scheme") == ["/politics/quarry/"]
    assert found(client, "lorry") == []
    assert not queue(INDEX_TASK)


def test_an_unpublished_story_is_gone_at_once(client, quarry, committed):
    with committed():
        quarry.unpublish()
    assert found(client, "quarry") == []
    assert not SearchEntry.objects.exists()


def test_a_moved_story_is_filed_under_its_new_section(client, quarry, culture, committed, queue):
    with committed():
        quarry.move(culture, pos="last-child")
    assert found(client, "quarry") == ["/culture/quarry/"]
    assert found(client, "quarry", section="politics") == []
    assert found(client, "quarry", section="culture") == ["/culture/quarry/"]
    assert not queue(INDEX_TASK)


def test_a_deleted_story_is_gone_with_its_full_text(client, quarry, committed):
    page_id = quarry.pk
    with committed():
        quarry.delete()
    assert found(client, "quarry") == []
    assert not SearchEntry.objects.filter(page=page_id).exists()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            for table in ("search_public_fts", "search_full_fts"):
                cursor.execute(f"SELECT count(*) FROM {table} WHERE rowid = %s", [page_id])  # noqa: S608
                assert cursor.fetchone() == (0,)


def test_a_new_byline_is_found_by_its_name(client, quarry, author_index, committed, queue):
    writer = AuthorPageFactory(parent=author_index, title="Nadia Osei", slug="nadia-osei")
    assert found(client, "Osei") == []
    quarry.author_links.add(ArticlePageAuthor(author=writer, sort_order=1))
    with committed():
        quarry.save_revision().publish()
    assert found(client, "Osei") == ["/politics/quarry/"]
    assert found(client, "quarry", author="nadia-osei") == ["/politics/quarry/"]
    assert not queue(INDEX_TASK)


def test_a_renamed_author_is_found_by_the_new_name(client, quarry, author, committed):
    author.title = "Esther Ward-Lund"
    with committed():
        author.save_revision().publish()
    assert found(client, "Lund") == ["/politics/quarry/"]


def test_a_renamed_tag_is_found_by_the_new_name(client, section, committed):
    ArticlePageFactory(parent=section, title="Quarry plans", slug="quarry", tags=["mining"])
    tag = Tag.objects.get(name="mining")
    tag.name = "extraction"
    with committed():
        tag.save()
    assert found(client, "extraction") == ["/politics/quarry/"]
    assert found(client, "mining") == []
    with committed():
        tag.delete()
    assert found(client, "extraction") == []
    assert found(client, "quarry") == ["/politics/quarry/"]


def test_a_view_restriction_on_the_section_takes_its_stories_out(
    client, quarry, section, committed, queue
):
    with committed():
        restriction = PageViewRestriction.objects.create(
            page=section, restriction_type=PageViewRestriction.LOGIN
        )
    assert found(client, "quarry") == []
    assert not SearchEntry.objects.exists()
    with committed():
        restriction.delete()
    assert found(client, "quarry") == ["/politics/quarry/"]
    assert not queue(INDEX_TASK)


def test_a_large_change_removes_at_once_and_queues_the_writing(
    client, section, author, committed, queue, monkeypatch
):
    for number in range(3):
        ArticlePageFactory(parent=section, title=f"Quarry {number}", slug=f"quarry-{number}")
    monkeypatch.setattr("search.indexing.IMMEDIATE_LIMIT", 2)
    monkeypatch.setattr("search.indexing.BATCH_SIZE", 2)
    with committed():
        restriction = PageViewRestriction.objects.create(
            page=section, restriction_type=PageViewRestriction.LOGIN
        )
    # Taking stories out never waits, however many.
    assert found(client, "quarry") == []
    with committed():
        restriction.delete()
    # Putting three back is bulk work: two batches for the worker.
    assert queue(INDEX_TASK) == [INDEX_TASK] * 2
    assert found(client, "quarry") == []
