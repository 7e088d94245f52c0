"""The wire desk's admin views: what editors can do there, and what nobody else can."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from news.models import ArticlePage
from tests.factories import SectionFactory
from tests.wire.conftest import sample
from wire import ingest
from wire.models import WireItem, WireRejection

pytestmark = pytest.mark.django_db

DESK_URLS = ["/admin/wire/", "/admin/wire/paste/", "/admin/wire/upload/", "/admin/wire/rejected/"]


@pytest.fixture
def item(agency):
    return ingest.receive(agency, sample("ninjs2-ferry-timetable.json"), "ferry").new[0]


def item_url(item):
    return f"/admin/wire/{item.source.slug}/{item.pk}/"


@pytest.mark.parametrize("url", DESK_URLS)
def test_anonymous_visitors_are_sent_to_sign_in(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("url", DESK_URLS)
def test_writers_cannot_use_the_desk(client, writer, url):
    client.force_login(writer)

    response = client.get(url)

    assert response.status_code == 302
    assert "/admin/wire/" not in response["Location"]


def test_writers_cannot_create_a_draft(client, writer, item, section):
    client.force_login(writer)

    client.post(item_url(item), {"section": section.pk})

    assert ArticlePage.objects.count() == 0


@pytest.mark.parametrize("url", DESK_URLS)
def test_editors_use_the_desk(client, editor, item, url):
    client.force_login(editor)

    assert client.get(url).status_code == 200


def test_the_queue_lists_items_with_their_facts_and_structure(client, editor, item, agency):
    ingest.receive(agency, sample("ninjs-deep-nesting.json"), "deep.json")
    client.force_login(editor)

    soup = BeautifulSoup(client.get("/admin/wire/").content, "html.parser")

    [row] = soup.select("tr.wire-item")
    cells = [cell.get_text(" ", strip=True) for cell in row.select("td")]
    assert cells[0] == "Vell River ferries to run every twenty minutes from spring"
    assert cells[1] == "Vell Valley News Agency"
    assert cells[3].startswith("v1, 01/12/2026")
    assert cells[4] == "5"
    assert "(embargoed)" in cells[5]
    assert cells[6] == "New"
    assert cells[7] == "2 paragraphs · 1 photo"
    assert "Rejected (1)" in soup.text


def test_the_queue_searches_and_filters(client, editor, item, agency, partner):
    ingest.receive(partner, sample("pasted-text.txt"), "paste")
    client.force_login(editor)

    def headlines(query):
        soup = BeautifulSoup(client.get(f"/admin/wire/?{query}").content, "html.parser")
        return [row.select_one("td.title").text for row in soup.select("tr.wire-item")]

    assert headlines("q=floodgates") == ["Floodgates close as storm surge reaches Ardmere"]
    assert headlines(f"source={agency.pk}") == [item.headline]
    assert headlines("status=used") == []
    assert len(headlines("received_from=2000-01-01")) == 2
    assert headlines("received_to=2000-01-01") == []
    assert len(headlines("source=not-a-number&status=nonsense")) == 2


def test_the_queue_costs_the_same_queries_however_long(client, editor, agency):
    client.force_login(editor)
    ingest.receive(agency, sample("ninjs-batch.json"), "batch")
    client.get("/admin/wire/")
    with CaptureQueriesContext(connection) as few:
        client.get("/admin/wire/")
    ingest.receive(agency, sample("ninjs1-harbour-strike.json"), "more")
    ingest.receive(agency, sample("ninjs2-ferry-timetable.json"), "more")
    with CaptureQueriesContext(connection) as many:
        client.get("/admin/wire/")

    assert len(many) == len(few)


def test_the_item_page_previews_the_article_structure(client, editor, item):
    client.force_login(editor)

    soup = BeautifulSoup(client.get(item_url(item)).content, "html.parser")

    assert [node.text for node in soup.select(".wire-block__type")] == [
        "Paragraph",
        "Paragraph",
        "Photo",
    ]
    assert soup.select_one("form.wire-create-draft select[name=section]")


def test_create_draft_makes_the_article_and_opens_the_editor(client, editor, item, section):
    client.force_login(editor)

    response = client.post(item_url(item), {"section": section.pk})

    article = ArticlePage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{article.pk}/edit/"


def test_repeated_create_draft_posts_make_one_article(client, editor, item, section):
    client.force_login(editor)

    first = client.post(item_url(item), {"section": section.pk})
    second = client.post(item_url(item), {"section": section.pk})

    assert ArticlePage.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_create_draft_needs_the_csrf_token(editor, item, section):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    response = client.post(item_url(item), {"section": section.pk})

    assert response.status_code == 403
    assert ArticlePage.objects.count() == 0


def test_another_sources_address_for_an_item_is_not_found(client, editor, item, partner):
    client.force_login(editor)

    assert client.get(f"/admin/wire/{partner.slug}/{item.pk}/").status_code == 404
    assert client.post(f"/admin/wire/{partner.slug}/{item.pk}/", {}).status_code == 404
    assert client.get(f"/admin/wire/vvna/{item.pk + 1000}/").status_code == 404


def test_a_tampered_section_is_refused(client, editor, item, home, author):
    client.force_login(editor)

    response = client.post(item_url(item), {"section": author.pk})

    assert response.status_code == 200
    assert ArticlePage.objects.count() == 0
    assert "Select a valid choice" in response.content.decode()


def test_a_section_the_user_may_not_file_in_is_refused(client, writer, item, home):
    opinion = SectionFactory(parent=home, title="Opinion", slug="opinion")
    from django.contrib.auth.models import Permission

    writer.user_permissions.add(Permission.objects.get(codename="use_wire_desk"))
    client.force_login(writer)

    response = client.post(item_url(item), {"section": opinion.pk})

    assert ArticlePage.objects.count() == 0
    assert "You may not file stories in that section." in response.content.decode()


def test_pasting_html_keeps_its_structure(client, editor, partner):
    client.force_login(editor)
    html = sample("pasted-page.html").decode()

    response = client.post(
        "/admin/wire/paste/", {"source": partner.pk, "copy": "ignored text", "copy_html": html}
    )

    item = WireItem.objects.get()
    assert response["Location"] == item_url(item)
    assert item.headline == "Swing bridge reopens after a year of repairs"
    assert "block_quote" in item.parsed.outline()


def test_pasting_plain_text_without_the_script(client, editor, partner):
    client.force_login(editor)

    client.post(
        "/admin/wire/paste/", {"source": partner.pk, "copy": sample("pasted-text.txt").decode()}
    )

    assert WireItem.objects.get().parsed.dateline == "ARDMERE"


def test_pasting_the_same_copy_twice_finds_the_first(client, editor, partner):
    client.force_login(editor)
    copy = {"source": partner.pk, "copy": sample("pasted-text.txt").decode()}

    client.post("/admin/wire/paste/", copy)
    second = client.post("/admin/wire/paste/", copy)

    item = WireItem.objects.get()
    assert second["Location"] == item_url(item)


def test_pasting_into_an_inactive_or_unknown_source_is_refused(client, editor, partner):
    partner.active = False
    partner.save()
    client.force_login(editor)

    for source in (partner.pk, 9999, "x"):
        response = client.post(
            "/admin/wire/paste/", {"source": source, "copy": "Headline\n\nText."}
        )
        assert response.status_code == 200
    assert WireItem.objects.count() == 0


def test_pasted_scripts_never_reach_the_queue_or_the_preview(client, editor, partner):
    client.force_login(editor)
    hostile = (
        "<h1>Harbour <script>alert(1)</script>news</h1><p onclick='x()'>Text "
        "<a href='javascript:alert(2)'>link</a><img src=x onerror=alert(3)></p>"
    )

    response = client.post(
        "/admin/wire/paste/", {"source": partner.pk, "copy": "x", "copy_html": hostile}, follow=True
    )

    page = response.content.decode()
    assert "alert(" not in page
    assert "onclick" not in page
    assert WireItem.objects.get().headline == "Harbour news"


def test_uploading_a_batch_reports_each_file_and_goes_on_past_a_bad_one(client, editor, agency):
    client.force_login(editor)
    files = [
        SimpleUploadedFile("batch.json", sample("ninjs-batch.json")),
        SimpleUploadedFile("laughs.json", sample("hostile-billion-laughs.xml")),
        SimpleUploadedFile("ferry.json", sample("ninjs2-ferry-timetable.json")),
    ]

    response = client.post("/admin/wire/upload/", {"source": agency.pk, "files": files})

    assert WireItem.objects.count() == 3
    report = BeautifulSoup(response.content, "html.parser").select_one(".wire-report")
    assert "3 new" in report.text
    assert "2 rejected" in report.text
    assert {rejection.origin for rejection in WireRejection.objects.all()} == {
        "batch.json, item 2",
        "laughs.json",
    }


def test_an_oversized_upload_is_refused(client, editor, agency, settings):
    settings.WIRE_MAX_FILE_BYTES = 100
    client.force_login(editor)

    client.post(
        "/admin/wire/upload/",
        {"source": agency.pk, "files": [SimpleUploadedFile("big.json", b"[" + b" " * 500 + b"]")]},
    )

    assert "Too large" in WireRejection.objects.get().reason


def test_the_wire_menu_is_for_editors_only(client, editor, writer):
    client.force_login(editor)
    assert "/admin/wire/paste/" in client.get("/admin/").content.decode()

    client.force_login(writer)
    assert "/admin/wire/" not in client.get("/admin/").content.decode()
