"""Documents linked only from subscribers-only text are served only to subscribers, and
nobody else's copy of the story gives away their address (news/documents.py)."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from tests.factories import ArticlePageFactory, UserFactory


def document(title, filename):
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"%PDF-1.4 minutes", name=filename)
    )


def link(doc, words):
    return f'<p>{words} <a linktype="document" id="{doc.pk}">{doc.title}</a>.</p>'


def story_body(teaser_link="", locked_link=""):
    paragraphs = [f"<p>Paragraph {number}.</p>" for number in range(6)]
    if teaser_link:
        paragraphs[0] = teaser_link
    if locked_link:
        paragraphs[5] = locked_link
    return [("paragraph", paragraph) for paragraph in paragraphs]


@pytest.fixture
def papers(section, author):
    locked = document("Harbour board minutes", "harbour-board-minutes.pdf")
    teaser = document("Tide tables", "tide-tables.pdf")
    story = ArticlePageFactory(
        parent=section,
        slug="harbour-board",
        authors=[author],
        subscribers_only=True,
        body=story_body(link(teaser, "See the"), link(locked, "Read the")),
    )
    return {"story": story, "locked": locked, "teaser": teaser}


@pytest.fixture
def subscriber(db):
    user = UserFactory(username="subscriber")
    user.user_permissions.add(Permission.objects.get(codename="read_subscriber_only"))
    return user


def readers(client, subscriber):
    yield "anonymous", client
    client.force_login(UserFactory(username="reader"))
    yield "reader without a subscription", client
    client.force_login(subscriber)
    yield "subscriber", client


def test_a_document_in_locked_text_is_served_and_shown_only_to_subscribers(
    client, subscriber, papers
):
    locked, teaser = papers["locked"], papers["teaser"]
    for reader, browser in readers(client, subscriber):
        html = browser.get(papers["story"].url).content.decode()
        download = browser.get(locked.url)
        is_subscriber = reader == "subscriber"
        assert (locked.url in html) is is_subscriber, reader
        assert ("harbour-board-minutes" in html) is is_subscriber, reader
        assert download.status_code == (200 if is_subscriber else 404), reader
        if is_subscriber:
            assert b"".join(download.streaming_content) == b"%PDF-1.4 minutes"
        # What anyone may read, anyone may download.
        assert teaser.url in html, reader
        assert browser.get(teaser.url).status_code == 200, reader


def test_the_not_found_answer_gives_nothing_away(client, papers):
    locked = papers["locked"]
    refused = client.get(locked.url)
    missing_url = locked.url.replace(f"/{locked.pk}/", f"/{locked.pk + 100}/")
    missing = client.get(missing_url)
    assert refused.status_code == missing.status_code == 404
    # The page repeats the address asked for, and nothing of the document's own.
    assert locked.title not in refused.content.decode()
    assert refused.content.decode().replace(locked.url, "") == missing.content.decode().replace(
        missing_url, ""
    )


def test_a_document_also_linked_where_anyone_may_read_it_is_public(client, section, papers):
    locked = papers["locked"]
    ArticlePageFactory(
        parent=section, slug="harbour-board-free", body=story_body(link(locked, "The"))
    )
    assert client.get(locked.url).status_code == 200


def test_a_free_story_makes_its_documents_public(client, section):
    paper = document("Ferry timetable", "ferry-timetable.pdf")
    ArticlePageFactory(
        parent=section, slug="ferry", body=story_body(locked_link=link(paper, "The"))
    )
    assert client.get(paper.url).status_code == 200


def test_a_document_linked_nowhere_stays_as_wagtail_serves_it(client, db):
    assert client.get(document("Annual report", "annual-report.pdf").url).status_code == 200
