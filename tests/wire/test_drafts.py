"""A draft in one click: the article's fields, byline, tags, body of our own blocks, photos
with caption and credit, and its provenance, on the page and in its revisions."""

import json

import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model
from wagtail.models import PageLogEntry

from news.models import ArticlePage
from tests.factories import AuthorPageFactory
from tests.wire.conftest import sample
from wire import drafts, ingest
from wire.models import ArticleProvenance, WireItem

pytestmark = pytest.mark.django_db


def received(source, name, photo_base=None):
    report = ingest.receive(source, sample(name, photo_base), name)
    return (report.new + report.updated + report.killed)[0]


def stored_body(page):
    return [
        (block["type"], block["value"])
        for block in ArticlePage.objects.get(pk=page.pk).body.raw_data
    ]


def test_a_draft_gets_the_items_copy_byline_tags_and_blocks(
    agency, section, author, editor, photo_server
):
    item = received(agency, "ninjs1-harbour-strike.json", photo_server)

    draft = drafts.create_draft(item.pk, editor, section)

    page = ArticlePage.objects.get(pk=draft.article.pk)
    assert draft.created
    assert page.get_parent().specific == section
    assert not page.live
    assert page.owner == editor
    assert page.title == "Harbour pilots walk out over night-shift rota"
    assert (
        page.standfirst == "Ships queued off Ardmere for six hours as pilots refused the new rota."
    )
    assert page.dateline == "ARDMERE"
    assert [link.author for link in page.author_links.all()] == [author]
    assert sorted(tag.name for tag in page.tags.all()) == ["harbour", "shipping", "strike"]
    assert page.syndication_source_name == "Vell Valley News Agency"
    assert page.syndication_source_url == "https://vvna.example/"
    image = get_image_model().objects.get()
    assert image.credit == "Ana Ruiz/VVNA"
    assert image.description == "Three container ships at anchor under floodlights"
    assert stored_body(page) == [
        (
            "paragraph",
            "<p>Harbour pilots walked out at midnight on Sunday, leaving <b>eleven</b> ships "
            "waiting in the bay.</p>",
        ),
        ("subheading", "A rota nobody signed"),
        (
            "paragraph",
            "<p>The pilots' union said the rota was imposed "
            '<a href="https://union.example/statement">without a vote</a>.</p>',
        ),
        (
            "block_quote",
            {
                "quote": "We will guide ships in when the rota is withdrawn, not before.",
                "attribution": "Mara Lind, union secretary",
            },
        ),
        ("paragraph", "<ul><li>Eleven ships delayed</li><li>Two ferries cancelled</li></ul>"),
        ("contributor_note", "Tomas Berg and Ana Ruiz contributed to this report."),
        (
            "image",
            {
                "image": image.pk,
                "caption": "Container ships at anchor off Ardmere on Sunday night.",
                "credit": "Ana Ruiz/VVNA",
                "alt_text": "Three container ships at anchor under floodlights",
            },
        ),
    ]
    assert draft.notes == ["Not among our authors: Piotr Nowak."]


def test_the_draft_records_its_provenance_on_the_page_and_in_its_revision(
    agency, section, editor, photo_server
):
    item = received(agency, "ninjs1-harbour-strike.json", photo_server)

    page = drafts.create_draft(item.pk, editor, section).article

    record = ArticleProvenance.objects.get(page=page)
    assert (record.source, record.source_name, record.item_id, record.version) == (
        agency,
        "Vell Valley News Agency",
        "urn:vvna:2026:harbour-strike",
        1,
    )
    assert record.received_at == item.received_at
    assert record.copyright == "© 2026 Vell Valley News Agency"
    assert record.usage_terms == "Members may republish in print and online within 30 days."
    revision = page.get_latest_revision()
    assert revision.content["wire_provenance"][0]["item_id"] == "urn:vvna:2026:harbour-strike"
    item.refresh_from_db()
    assert (item.article_id, item.status, item.used_by) == (page.pk, "used", editor)
    entry = PageLogEntry.objects.get(page=page, action="wire.draft")
    assert entry.user == editor
    assert entry.data["wire"]["item"] == "urn:vvna:2026:harbour-strike"


def test_provenance_survives_a_copy_and_a_revert(agency, section, editor, photo_server):
    item = received(agency, "ninjs1-harbour-strike.json", photo_server)
    page = drafts.create_draft(item.pk, editor, section).article
    first_revision = page.get_latest_revision()
    edited = page.get_latest_revision_as_object()
    edited.wire_provenance = []
    edited.save_revision(user=editor)

    reverted = first_revision.as_object()
    copy = page.copy(update_attrs={"slug": "strike-copy", "title": "Copy"})

    assert [record.item_id for record in reverted.wire_provenance.all()] == [item.guid]
    assert [record.item_id for record in copy.wire_provenance.all()] == [item.guid]


def test_the_source_collective_byline_stands_in_when_no_name_matches(
    agency, section, author_index, editor
):
    staff = AuthorPageFactory(parent=author_index, title="Agency staff", slug="agency-staff")
    agency.collective_byline = staff
    agency.save()
    item = received(agency, "ninjs2-ferry-timetable.json")

    page = drafts.create_draft(item.pk, editor, section).article

    assert [link.author for link in page.author_links.all()] == [staff]


def test_photos_are_not_fetched_when_the_source_does_not_allow_it(
    agency, section, editor, photo_server
):
    agency.photos_allowed = False
    agency.save()
    item = received(agency, "ninjs1-harbour-strike.json", photo_server)

    draft = drafts.create_draft(item.pk, editor, section)

    assert get_image_model().objects.count() == 0
    assert "image" not in [block_type for block_type, _ in stored_body(draft.article)]
    assert "Vell Valley News Agency's photos may not be used, so none were fetched." in draft.notes


def test_photos_come_only_from_the_sources_hosts(agency, section, editor, httpserver):
    agency.allowed_hosts = "photos.vvna.example"
    agency.save()
    item = received(agency, "ninjs1-harbour-strike.json", httpserver.url_for("/"))

    draft = drafts.create_draft(item.pk, editor, section)

    assert get_image_model().objects.count() == 0
    assert any("is not one of Vell Valley News Agency's hosts" in note for note in draft.notes)
    assert httpserver.log == []


def test_a_file_that_is_not_an_image_is_not_stored(agency, section, editor, httpserver):
    httpserver.expect_request("/photos/ships.jpg").respond_with_data(
        "<script>alert(1)</script>", content_type="image/jpeg"
    )
    item = received(agency, "ninjs1-harbour-strike.json", httpserver.url_for("/"))

    draft = drafts.create_draft(item.pk, editor, section)

    assert get_image_model().objects.count() == 0
    assert any("not an image we can read" in note for note in draft.notes)


def test_creating_a_draft_twice_makes_one_article(agency, section, editor):
    item = received(agency, "ninjs2-ferry-timetable.json")

    first = drafts.create_draft(item.pk, editor, section)
    second = drafts.create_draft(item.pk, editor, section)

    assert first.created and not second.created
    assert second.article.pk == first.article.pk
    assert ArticlePage.objects.count() == 1


def test_a_killed_item_makes_no_draft(agency, section, editor):
    item = received(agency, "ninjs1-harbour-strike-kill.json")

    with pytest.raises(drafts.DeskError, match="killed"):
        drafts.create_draft(item.pk, editor, section)

    assert ArticlePage.objects.count() == 0


def test_a_failure_midway_leaves_no_partial_article(agency, section, editor, monkeypatch):
    item = received(agency, "ninjs2-ferry-timetable.json")

    def failing_log(**kwargs):
        raise RuntimeError("log table unavailable")

    monkeypatch.setattr(drafts, "log", failing_log)

    with pytest.raises(RuntimeError):
        drafts.create_draft(item.pk, editor, section)

    assert ArticlePage.objects.count() == 0
    assert ArticleProvenance.objects.count() == 0
    item.refresh_from_db()
    assert item.article is None and item.status == WireItem.Status.NEW


def test_pasted_text_becomes_a_draft_with_its_contributor_note(partner, section, author, editor):
    item = received(partner, "pasted-text.txt")

    draft = drafts.create_draft(item.pk, editor, section)

    page = draft.article
    assert page.syndication_source_name == "Vell Valley News Agency"
    assert [block_type for block_type, _ in stored_body(page)] == [
        "paragraph",
        "paragraph",
        "subheading",
        "paragraph",
        "paragraph",
        "contributor_note",
    ]
    assert "Photo not attached: “Volunteers stack sandbags outside the Ship Inn on Saturday.”." in (
        draft.notes
    )


def test_structured_data_names_the_source_of_a_published_wire_story(
    agency, section, author, editor, client, photo_server
):
    item = received(agency, "ninjs1-harbour-strike.json", photo_server)
    page = drafts.create_draft(item.pk, editor, section).article
    page.get_latest_revision().publish()

    response = client.get(page.url)

    documents = [
        json.loads(script.string)
        for script in BeautifulSoup(response.content, "html.parser").select(
            'script[type="application/ld+json"]'
        )
    ]
    article = next(document for document in documents if document["@type"] == "NewsArticle")
    assert article["sourceOrganization"] == {
        "@type": "Organization",
        "name": "Vell Valley News Agency",
        "url": "https://vvna.example/",
    }
    assert article["isBasedOn"]["identifier"] == "urn:vvna:2026:harbour-strike"
    assert article["isBasedOn"]["version"] == "1"
    assert article["isBasedOn"]["copyrightNotice"] == "© 2026 Vell Valley News Agency"


def test_the_editor_shows_provenance_read_only(agency, section, editor, client):
    item = received(agency, "ninjs2-ferry-timetable.json")
    page = drafts.create_draft(item.pk, editor, section).article
    client.force_login(editor)

    response = client.get(f"/admin/pages/{page.pk}/edit/")

    soup = BeautifulSoup(response.content, "html.parser")
    panel = soup.select_one("dl.wire-provenance")
    assert "urn:vvna:2026:ferry-timetable" in panel.text
    assert "Vell Valley News Agency" in panel.text
    assert not soup.select('[name^="wire_provenance"]')


def test_two_editors_at_once_still_make_one_article(agency, section, editor, monkeypatch):
    item = received(agency, "ninjs2-ferry-timetable.json")
    other_editor = type(editor).objects.create(username="second-editor")
    real_fetch_photos = drafts.fetch_photos

    def fetch_while_another_editor_clicks(item, known=None):
        # The other click completes while this one waits for its photos.
        monkeypatch.setattr(drafts, "fetch_photos", real_fetch_photos)
        drafts.create_draft(item.pk, other_editor, section)
        return real_fetch_photos(item, known)

    monkeypatch.setattr(drafts, "fetch_photos", fetch_while_another_editor_clicks)

    draft = drafts.create_draft(item.pk, editor, section)

    assert not draft.created
    assert ArticlePage.objects.get().owner == other_editor
