"""Copy into the queue: whole items only, no duplicates, newer versions, and every rejection
recorded with its reason while the rest of the batch goes on."""

import pytest
from django.core.management import call_command

from tests.wire.conftest import sample
from wire import ingest
from wire.fetch import FetchError, fetch
from wire.models import WireItem, WireRejection, WireSource

pytestmark = pytest.mark.django_db


def test_an_item_is_stored_once_with_its_facts(agency):
    report = ingest.receive(agency, sample("ninjs1-harbour-strike.json"), "strike.json")

    [item] = report.new
    item.refresh_from_db()
    assert item.source == agency
    assert item.guid == "urn:vvna:2026:harbour-strike"
    assert item.headline == "Harbour pilots walk out over night-shift rota"
    assert item.version == 1
    assert item.urgency == 3
    assert item.status == WireItem.Status.NEW
    assert item.parsed.outline() == {
        "paragraph": 3,
        "subheading": 1,
        "block_quote": 1,
        "contributor_note": 1,
        "image": 1,
    }


def test_the_same_item_again_is_not_a_duplicate(agency):
    ingest.receive(agency, sample("ninjs1-harbour-strike.json"), "strike.json")

    report = ingest.receive(agency, sample("ninjs1-harbour-strike.json"), "strike.json")

    assert report.unchanged == 1
    assert report.new == []
    assert WireItem.objects.count() == 1


def test_a_newer_version_replaces_the_unused_item(agency):
    ingest.receive(agency, sample("ninjs1-harbour-strike.json"), "v1")

    report = ingest.receive(agency, sample("ninjs1-harbour-strike-v2.json"), "v2")

    [item] = report.updated
    item.refresh_from_db()
    assert item.version == 2
    assert item.headline == "Harbour pilots end walkout after rota is withdrawn"
    assert item.status == WireItem.Status.NEW
    assert WireItem.objects.count() == 1


def test_an_older_version_arriving_late_changes_nothing(agency):
    ingest.receive(agency, sample("ninjs1-harbour-strike-v2.json"), "v2")

    report = ingest.receive(agency, sample("ninjs1-harbour-strike.json"), "v1")

    assert report.unchanged == 1
    assert WireItem.objects.get().version == 2


def test_same_guid_from_another_source_is_another_item(agency, partner):
    partner.format = WireSource.Format.NINJS
    partner.save()

    ingest.receive(agency, sample("ninjs1-harbour-strike.json"), "a")
    ingest.receive(partner, sample("ninjs1-harbour-strike.json"), "b")

    assert WireItem.objects.count() == 2


def test_a_batch_goes_on_past_a_bad_item_and_records_why(agency):
    report = ingest.receive(agency, sample("ninjs-batch.json"), "batch.json")

    assert [item.guid for item in report.new] == ["urn:vvna:2026:batch-1", "urn:vvna:2026:batch-3"]
    [rejection] = WireRejection.objects.all()
    assert rejection.source == agency
    assert rejection.origin == "batch.json, item 2"
    assert "uri" in rejection.reason


@pytest.mark.parametrize(
    "name",
    [
        "hostile-billion-laughs.xml",
        "hostile-external-entity.xml",
        "hostile-deep-nesting.xml",
        "hostile-bad-encoding.xml",
    ],
)
def test_hostile_files_leave_nothing_but_a_rejection(agency, name):
    agency.format = WireSource.Format.NITF
    agency.save()

    report = ingest.receive(agency, sample(name), name)

    assert WireItem.objects.count() == 0
    assert [rejection.origin for rejection in report.rejected] == [name]


def test_an_item_that_fails_to_store_is_rejected_and_the_batch_goes_on(agency, monkeypatch):
    real_fill = ingest.fill

    def fill_failing_for_one(item, story):
        if story.guid.endswith("batch-1"):
            raise RuntimeError("disk full")
        real_fill(item, story)

    monkeypatch.setattr(ingest, "fill", fill_failing_for_one)

    report = ingest.receive(agency, sample("ninjs-batch.json"), "batch.json")

    assert [item.guid for item in report.new] == ["urn:vvna:2026:batch-3"]
    assert WireItem.objects.filter(guid__endswith="batch-1").count() == 0
    assert any("could not be stored" in rejection.reason for rejection in report.rejected)


def test_an_inactive_source_receives_nothing(agency):
    agency.active = False
    agency.save()

    report = ingest.receive(agency, sample("ninjs1-harbour-strike.json"), "x")

    assert WireItem.objects.count() == 0
    assert "not active" in report.rejected[0].reason


def test_pasted_copy_is_read_as_html_or_text_by_what_it_is(partner):
    html = ingest.receive(partner, sample("pasted-page.html"), "paste")
    text = ingest.receive(partner, sample("pasted-text.txt"), "paste")

    assert html.new[0].headline == "Swing bridge reopens after a year of repairs"
    assert text.new[0].headline == "Floodgates close as storm surge reaches Ardmere"


def test_ingest_wire_takes_in_an_inbox_and_files_each_file_away(agency, settings, tmp_path):
    settings.WIRE_INBOX_ROOT = tmp_path
    agency.delivery = WireSource.Delivery.INBOX
    agency.save()
    inbox = tmp_path / "vvna"
    inbox.mkdir()
    (inbox / "strike.json").write_bytes(sample("ninjs1-harbour-strike.json"))
    (inbox / "bad.json").write_bytes(sample("ninjs-deep-nesting.json"))
    (inbox / "half-written.json.part").write_bytes(b"{")

    call_command("ingest_wire")

    assert WireItem.objects.get().guid == "urn:vvna:2026:harbour-strike"
    assert [path.name.split("-", 1)[1] for path in (inbox / "done").iterdir()] == ["strike.json"]
    assert [path.name.split("-", 1)[1] for path in (inbox / "rejected").iterdir()] == ["bad.json"]
    assert (inbox / "half-written.json.part").exists()
    assert WireRejection.objects.get().origin == "bad.json"


def test_ingest_wire_polls_a_feed_with_a_conditional_get(partner, httpserver):
    partner.format = WireSource.Format.FEED
    partner.delivery = WireSource.Delivery.FEED
    partner.feed_url = httpserver.url_for("/feed.xml")
    partner.allowed_hosts = "127.0.0.1 localhost"
    partner.allow_private_addresses = True
    partner.save()
    httpserver.expect_ordered_request("/feed.xml").respond_with_data(
        sample("rss-ardmere-courier.xml"),
        headers={"ETag": '"v1"', "Last-Modified": "Wed, 02 Dec 2026 09:00:00 GMT"},
        content_type="application/rss+xml",
    )
    httpserver.expect_ordered_request(
        "/feed.xml",
        headers={"If-None-Match": '"v1"', "If-Modified-Since": "Wed, 02 Dec 2026 09:00:00 GMT"},
    ).respond_with_data("", status=304)

    call_command("ingest_wire")
    call_command("ingest_wire")

    httpserver.check_assertions()
    assert WireItem.objects.filter(source=partner).count() == 2
    partner.refresh_from_db()
    assert partner.feed_etag == '"v1"'
    assert partner.last_polled_at is not None


def test_fetches_go_only_to_the_sources_hosts(partner):
    partner.allowed_hosts = "courier.example"
    partner.save()

    with pytest.raises(FetchError, match="not one of The Ardmere Courier's hosts"):
        fetch("https://elsewhere.example/feed.xml", partner, max_bytes=1000)


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "169.254.169.254", "::1"])
def test_fetches_never_reach_private_or_loopback_addresses(partner, address):
    partner.allowed_hosts = address
    partner.save()
    url = f"http://[{address}]/feed" if ":" in address else f"http://{address}/feed"

    with pytest.raises(FetchError, match="private or loopback"):
        fetch(url, partner, max_bytes=1000)


def test_fetches_stop_at_the_size_limit(agency, httpserver):
    httpserver.expect_request("/big").respond_with_data(b"x" * 5000)

    with pytest.raises(FetchError, match="larger than the limit of 1,000 bytes"):
        fetch(httpserver.url_for("/big"), agency, max_bytes=1000)


def test_redirects_are_checked_like_any_other_address(agency, httpserver):
    httpserver.expect_request("/moved").respond_with_data(
        "", status=302, headers={"Location": "http://metadata.internal.example/secret"}
    )

    with pytest.raises(FetchError, match=r"metadata\.internal\.example is not one of"):
        fetch(httpserver.url_for("/moved"), agency, max_bytes=1000)
