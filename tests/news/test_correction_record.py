"""Corrections on the public record: outside revisions, changed only by editors' actions."""

import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import rich_text

from editorial.roles import give_section_to_writers
from news.models import ArticleCorrection, ArticlePage
from tests.admin_forms import page_form_data
from tests.factories import ArticlePageFactory, StandardPageFactory, UserFactory

NOTE = "<p>An earlier version gave the fare as €3.20. It is €3.40.</p>"


@pytest.fixture
def writer(section):
    give_section_to_writers(section)
    return UserFactory(username="writer", groups=["Writers"])


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", groups=["Editors"])


@pytest.fixture
def article(section, author, writer):
    return ArticlePageFactory(
        parent=section,
        title="Ferry fares to rise",
        owner=writer,
        authors=[author],
        publication_date=timezone.now() - timedelta(days=1),
    )


@pytest.fixture
def noted(article):
    """The story after a first revision, with a note on its record, and that revision."""
    before = article.get_latest_revision()
    ArticleCorrection.objects.create(page=article, text=NOTE)
    return article, before


def notes_of(article):
    return list(ArticleCorrection.objects.filter(page=article).values_list("text", "withdrawn_at"))


def reader_sees(article):
    return "€3.40" in Client().get(ArticlePage.objects.get(pk=article.pk).url).content.decode()


def index_url(article):
    return reverse("news_corrections:index", args=[article.pk])


def amend_url(article, note):
    return reverse("news_corrections:amend", args=[article.pk, note.pk])


def withdraw_url(article, note):
    return reverse("news_corrections:withdraw", args=[article.pk, note.pk])


# Nothing that changes a story's revisions or place changes its record.


def test_reverting_to_a_revision_before_the_note_keeps_it(client, editor, noted):
    article, before = noted
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:revisions_revert", args=[article.pk, before.pk])
    response = client.post(url, page_form_data(client, article, url=url, **{"action-publish": "1"}))
    assert response.status_code == 302
    assert ArticlePage.objects.get(pk=article.pk).live_revision_id != before.pk
    assert notes_of(article) == [(NOTE, None)]
    assert reader_sees(article)


def test_publishing_an_old_revision_or_scheduling_one_keeps_the_note(noted):
    article, before = noted
    before.publish()
    assert notes_of(article) == [(NOTE, None)]
    scheduled = before.as_object().save_revision(
        approved_go_live_at=timezone.now() - timedelta(minutes=1)
    )
    call_command("publish_scheduled")
    assert ArticlePage.objects.get(pk=article.pk).live_revision_id == scheduled.pk
    assert notes_of(article) == [(NOTE, None)]
    assert reader_sees(article)


def test_unpublishing_and_republishing_keeps_the_note(noted):
    article, _ = noted
    article.unpublish()
    assert notes_of(article) == [(NOTE, None)]
    ArticlePage.objects.get(pk=article.pk).save_revision().publish()
    assert notes_of(article) == [(NOTE, None)]
    assert reader_sees(article)


def test_copying_and_moving_keep_the_note_on_its_story_only(home, noted):
    article, _ = noted
    copy = article.copy(update_attrs={"slug": "ferry-fares-copy", "title": "Copy"})
    assert notes_of(copy) == []
    ArticlePage.objects.get(pk=copy.pk).save_revision().publish()
    assert notes_of(article) == [(NOTE, None)]
    other = ArticlePage.objects.get(pk=article.pk)
    other.move(other.get_parent(), pos="last-child")
    assert notes_of(article) == [(NOTE, None)]


# Editors add, amend and withdraw notes; readers see the trace; the history logs it.


def test_editor_adds_a_note_that_readers_see_at_once(
    client, editor, article, corrections_page, django_capture_on_commit_callbacks
):
    assert not reader_sees(article)  # the story is now in the page cache
    client.force_login(editor)
    assert client.get(index_url(article)).status_code == 200
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(index_url(article), {"kind": "correction", "text": rich_text(NOTE)})
    assert response.status_code == 302
    assert callbacks  # the caches are renewed once the note is committed
    note = ArticleCorrection.objects.get(page=article)
    assert note.kind == "correction" and note.amended_at is None
    assert strip_tags(note.text) == strip_tags(NOTE)
    assert reader_sees(article)
    assert "€3.40" in Client().get(corrections_page.url).content.decode()
    entry = PageLogEntry.objects.get(page=article, action="news.correction.add")
    assert entry.user == editor
    assert entry.data["text"] == "An earlier version gave the fare as €3.20. It is €3.40."
    assert "Added a correction" in entry.message


def test_editor_amends_a_note_and_readers_see_when(client, editor, noted):
    article, _ = noted
    note = ArticleCorrection.objects.get(page=article)
    client.force_login(editor)
    new = "<p>An earlier version gave the fare as €3.20. It is €3.45.</p>"
    response = client.post(amend_url(article, note), {"kind": "correction", "text": rich_text(new)})
    assert response.status_code == 302
    note.refresh_from_db()
    assert strip_tags(note.text) == strip_tags(new) and note.amended_at is not None
    html = Client().get(article.url).content.decode()
    assert "€3.45" in html
    assert f'This note was amended on <time datetime="{note.amended_at.isoformat()}' in html
    entry = PageLogEntry.objects.get(page=article, action="news.correction.amend")
    assert entry.data["previous_text"] == "An earlier version gave the fare as €3.20. It is €3.40."
    feed = Client().get("/feeds/rss/").content.decode()
    assert "It is €3.45. This note was amended on" in feed


def test_a_withdrawn_note_stays_on_the_record_marked_withdrawn(client, editor, noted):
    article, _ = noted
    note = ArticleCorrection.objects.get(page=article)
    client.force_login(editor)
    assert client.get(withdraw_url(article, note)).status_code == 200
    assert ArticleCorrection.objects.get(pk=note.pk).withdrawn_at is None  # GET changes nothing
    assert client.post(withdraw_url(article, note)).status_code == 302
    note.refresh_from_db()
    assert note.withdrawn_at is not None
    html = Client().get(article.url).content.decode()
    assert "<del" in html and "€3.40" in html and "This note was withdrawn on" in html
    ld = [
        json.loads(block)
        for block in html.split('<script type="application/ld+json">')[1:]
        for block in [block.split("</script>")[0]]
    ]
    assert not any("correction" in data for data in ld)
    assert "€3.40" not in Client().get("/feeds/rss/").content.decode()
    assert PageLogEntry.objects.filter(page=article, action="news.correction.withdraw").exists()
    # A withdrawn note can be neither amended nor withdrawn again.
    assert client.post(amend_url(article, note), {"kind": "update", "text": "x"}).status_code == 404
    assert client.post(withdraw_url(article, note)).status_code == 404


def test_the_story_header_and_listing_offer_corrections_to_editors_only(
    client, editor, writer, article
):
    client.force_login(editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert index_url(article) in edit
    listing = client.get(reverse("wagtailadmin_explore", args=[article.get_parent().pk]))
    assert index_url(article) in listing.content.decode()
    client.force_login(writer)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert index_url(article) not in edit


# Hostile requests change nothing.


def test_writers_cannot_add_amend_or_withdraw(client, writer, noted):
    article, _ = noted
    note = ArticleCorrection.objects.get(page=article)
    client.force_login(writer)
    assert client.get(index_url(article)).status_code == 403
    assert (
        client.post(index_url(article), {"kind": "update", "text": "<p>x</p>"}).status_code == 403
    )
    assert client.post(amend_url(article, note), {"kind": "update", "text": "x"}).status_code == 403
    assert client.post(withdraw_url(article, note)).status_code == 403
    assert notes_of(article) == [(NOTE, None)]
    assert not PageLogEntry.objects.filter(action__startswith="news.correction").exists()


def test_anonymous_readers_are_sent_to_log_in(noted):
    article, _ = noted
    response = Client().post(index_url(article), {"kind": "update", "text": "<p>x</p>"})
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert notes_of(article) == [(NOTE, None)]


def test_forged_posts_without_the_csrf_token_are_refused(editor, noted):
    article, _ = noted
    note = ArticleCorrection.objects.get(page=article)
    forger = Client(enforce_csrf_checks=True)
    forger.force_login(editor)
    assert forger.post(index_url(article), {"kind": "update", "text": "x"}).status_code == 403
    assert forger.post(amend_url(article, note), {"kind": "update", "text": "x"}).status_code == 403
    assert forger.post(withdraw_url(article, note)).status_code == 403
    assert notes_of(article) == [(NOTE, None)]


def test_tampered_ids_answer_not_found(client, editor, section, home, noted):
    article, _ = noted
    note = ArticleCorrection.objects.get(page=article)
    other = ArticlePageFactory(parent=section, title="Bridge to close")
    draft = ArticlePageFactory(parent=section, title="Not yet out", publish=False)
    standard = StandardPageFactory(parent=home, title="About", slug="about")
    client.force_login(editor)
    assert client.post(withdraw_url(other, note)).status_code == 404
    assert client.post(amend_url(other, note), {"kind": "update", "text": "x"}).status_code == 404
    for page in (draft, standard):
        assert client.post(index_url(page), {"kind": "update", "text": "x"}).status_code == 404
    assert client.get("/admin/corrections/999999/").status_code == 404
    assert notes_of(article) == [(NOTE, None)]
    assert not ArticleCorrection.objects.exclude(page=article).exists()


def test_editors_cannot_forge_a_story_withdrawal(client, editor, article):
    client.force_login(editor)
    response = client.post(
        index_url(article), {"kind": "withdrawal", "text": rich_text("<p>Killed.</p>")}
    )
    assert response.status_code == 200
    assert not ArticleCorrection.objects.exists()


def test_a_note_must_say_something(client, editor, article):
    client.force_login(editor)
    response = client.post(index_url(article), {"kind": "update", "text": rich_text("<p> </p>")})
    assert response.status_code == 200
    assert "Say what was wrong or what changed." in response.content.decode()
    assert not ArticleCorrection.objects.exists()
