"""Each article's section and each byline's date are stored on the row, for the listing
indexes, and stay true through every way an article is created, edited or moved."""

import importlib
from datetime import timedelta

import pytest
from django.apps import apps
from django.db import connection
from django.utils import timezone

from news.models import ArticlePage, ArticlePageAuthor
from tests.factories import ArticlePageFactory, AuthorPageFactory, SectionFactory

listing_columns_migration = importlib.import_module("news.migrations.0005_listing_columns")


@pytest.fixture
def culture(home):
    return SectionFactory(parent=home, title="Culture", slug="culture")


def stored_section_id(article):
    return ArticlePage.objects.values_list("section", flat=True).get(pk=article.pk)


def byline_dates(article):
    return list(
        ArticlePageAuthor.objects.filter(page=article)
        .order_by("sort_order")
        .values_list("publication_date", flat=True)
    )


def listed_titles(section_or_author):
    """Headlines on the first page of a section's or an author's listing."""
    return [article.title for article in section_or_author.listing(1).object_list]


def test_a_new_article_is_filed_under_its_section_with_dated_bylines(section, author):
    article = ArticlePageFactory(parent=section, authors=[author])
    assert stored_section_id(article) == section.pk
    assert byline_dates(article) == [article.publication_date]


def test_a_draft_byline_is_dated_when_the_article_is_first_published(section, author):
    draft = ArticlePageFactory(
        parent=section, authors=[author], publication_date=None, publish=False
    )
    assert byline_dates(draft) == [None]

    draft.save_revision().publish()

    draft.refresh_from_db()
    assert draft.publication_date is not None
    assert byline_dates(draft) == [draft.publication_date]


def test_a_new_publication_date_redates_every_byline_and_reorders_the_author_page(
    section, author, author_index
):
    colleague = AuthorPageFactory(parent=author_index)
    now = timezone.now()
    older = ArticlePageFactory(
        parent=section, authors=[author, colleague], publication_date=now - timedelta(days=2)
    )
    ArticlePageFactory(parent=section, authors=[author], publication_date=now - timedelta(days=1))
    assert listed_titles(author)[-1] == older.title

    older.publication_date = now
    older.save_revision().publish()

    assert byline_dates(older) == [now, now]
    assert listed_titles(author)[0] == older.title
    assert listed_titles(colleague) == [older.title]


def test_an_author_added_in_a_later_revision_is_dated(section, author, author_index):
    article = ArticlePageFactory(parent=section, authors=[author])
    colleague = AuthorPageFactory(parent=author_index)

    article.author_links.add(ArticlePageAuthor(author=colleague, sort_order=1))
    article.save_revision().publish()

    assert byline_dates(article) == [article.publication_date] * 2
    assert listed_titles(colleague) == [article.title]


def test_a_moved_article_is_refiled_and_an_older_revision_does_not_undo_it(
    section, culture, author
):
    article = ArticlePageFactory(parent=section, authors=[author], title="The harbour opera")
    before_the_move = article.latest_revision

    article.move(culture, pos="last-child")

    assert stored_section_id(article) == culture.pk
    assert listed_titles(culture) == ["The harbour opera"]
    assert listed_titles(section) == []

    before_the_move.publish()

    assert stored_section_id(article) == culture.pk
    assert listed_titles(culture) == ["The harbour opera"]


def test_a_copied_article_is_filed_under_the_section_it_was_copied_to(section, culture, author):
    article = ArticlePageFactory(parent=section, authors=[author])

    copy = article.copy(to=culture, update_attrs={"slug": "copied-story"})

    assert stored_section_id(copy) == culture.pk
    assert stored_section_id(article) == section.pk
    assert byline_dates(copy) == [copy.publication_date]


def test_an_alias_is_filed_under_its_own_section_however_often_the_original_changes(
    section, culture, author
):
    article = ArticlePageFactory(parent=section, authors=[author])
    alias = article.create_alias(parent=culture, update_slug="also-in-culture")
    assert stored_section_id(alias) == culture.pk

    article.title = "The harbour vote, revisited"
    article.save_revision().publish()

    alias.refresh_from_db()
    assert alias.title == "The harbour vote, revisited"
    assert stored_section_id(alias) == culture.pk
    assert stored_section_id(article) == section.pk


def test_deleting_a_section_takes_its_articles_and_their_bylines(section, author):
    ArticlePageFactory(parent=section, authors=[author])

    section.delete()

    assert not ArticlePage.objects.exists()
    assert not ArticlePageAuthor.objects.exists()


def test_the_migration_fills_the_columns_of_existing_articles(section, culture, author):
    politics_story = ArticlePageFactory(parent=section, authors=[author])
    culture_story = ArticlePageFactory(parent=culture, authors=[author])
    ArticlePage.objects.update(section=None)
    ArticlePageAuthor.objects.update(publication_date=None)

    listing_columns_migration.fill_listing_columns(apps, connection.schema_editor())

    assert stored_section_id(politics_story) == section.pk
    assert stored_section_id(culture_story) == culture.pk
    assert byline_dates(politics_story) == [politics_story.publication_date]
    assert byline_dates(culture_story) == [culture_story.publication_date]


def query_plan(queryset):
    """How the database would run `queryset`, with full scans and sorts priced out on
    PostgreSQL, whose planner prefers them on a test-sized table whatever the indexes."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_sort = off")
    return queryset.explain()


def assert_read_in_order_from(index_name, plan):
    assert index_name in plan
    # SQLite says "USE TEMP B-TREE FOR ORDER BY" and PostgreSQL "Sort" when rows are sorted.
    assert "ORDER BY" not in plan
    assert "Sort" not in plan


def test_a_section_listing_is_read_newest_first_from_its_index(section, author):
    ArticlePageFactory.create_batch(3, parent=section, authors=[author])
    listing = ArticlePage.objects.filter(section=section).published().for_listing()

    assert_read_in_order_from("article_section_date_idx", query_plan(listing[:20]))


def test_an_author_listing_is_read_newest_first_from_its_index(section, author):
    ArticlePageFactory.create_batch(3, parent=section, authors=[author])
    listing = ArticlePage.objects.published().credited_to(author).for_listing()

    assert_read_in_order_from("byline_author_date_idx", query_plan(listing[:20]))
