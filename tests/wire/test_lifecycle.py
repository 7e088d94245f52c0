"""What happens to an item after it is used: new versions, embargoes and kills, each in the
article's history."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from news.models import ArticleCorrection, ArticlePage
from tests.wire.conftest import sample
from wire import drafts, ingest
from wire.models import WireItem

pytestmark = pytest.mark.django_db


@pytest.fixture
def strike(agency, section, author, editor):
    """The strike story, used for a draft by the editor."""
    item = ingest.receive(agency, sample("ninjs1-harbour-strike.json"), "v1").new[0]
    article = drafts.create_draft(item.pk, editor, section).article
    item.refresh_from_db()
    return item, ArticlePage.objects.get(pk=article.pk)


def test_a_newer_version_of_a_used_item_is_a_new_draft_revision(agency, strike):
    item, article = strike
    live_revision = article.get_latest_revision()
    live_revision.publish()

    ingest.receive(agency, sample("ninjs1-harbour-strike-v2.json"), "v2")

    article.refresh_from_db()
    item.refresh_from_db()
    assert item.status == WireItem.Status.UPDATED
    assert article.title == "Harbour pilots walk out over night-shift rota"  # live text kept
    assert article.has_unpublished_changes
    latest = article.get_latest_revision_as_object()
    assert latest.title == "Harbour pilots end walkout after rota is withdrawn"
    assert [record.version for record in latest.wire_provenance.all()] == [2]
    assert [block.block_type for block in latest.body][:5] == [
        "paragraph",
        "subheading",
        "paragraph",
        "block_quote",
        "subheading",
    ]
    assert item.wire_revision == article.get_latest_revision()
    entry = PageLogEntry.objects.get(page=article, action="wire.update")
    assert entry.data["wire"]["version"] == 2
    assert entry.data["wire"]["newsroom_edits"] == []


def test_the_newsrooms_edits_are_kept_in_history_and_named(agency, strike, editor):
    _, article = strike
    edited = article.get_latest_revision_as_object()
    edited.title = "Pilots strike strands eleven ships"
    edited.needs_legal_review = True
    newsroom_revision = edited.save_revision(user=editor)

    ingest.receive(agency, sample("ninjs1-harbour-strike-v2.json"), "v2")

    article.refresh_from_db()
    latest = article.get_latest_revision_as_object()
    assert latest.title == "Harbour pilots end walkout after rota is withdrawn"
    assert latest.needs_legal_review  # the newsroom's work outside the copy is carried over
    assert Revision.objects.get(pk=newsroom_revision.pk).as_object().title == (
        "Pilots strike strands eleven ships"
    )
    entry = PageLogEntry.objects.get(page=article, action="wire.update")
    assert entry.data["wire"]["newsroom_edits"] == ["title"]
    assert entry.data["wire"]["previous_revision"] == newsroom_revision.pk


def test_the_queue_offers_the_revision_compare_view(agency, strike, editor, client):
    item, article = strike
    article.get_latest_revision().publish()
    ingest.receive(agency, sample("ninjs1-harbour-strike-v2.json"), "v2")
    item.refresh_from_db()
    client.force_login(editor)

    page = client.get(f"/admin/wire/vvna/{item.pk}/")
    previous = item.wire_revision.get_previous()
    compare = (
        f"/admin/pages/{article.pk}/revisions/compare/{previous.pk}...{item.wire_revision.pk}/"
    )

    assert compare in page.content.decode()
    response = client.get(compare)
    assert response.status_code == 200
    assert "Harbour pilots end walkout after rota is withdrawn" in response.content.decode()


def test_an_embargoed_draft_is_scheduled_no_earlier_than_its_embargo(agency, section, editor):
    item = ingest.receive(agency, sample("ninjs2-ferry-timetable.json"), "ferry").new[0]

    article = drafts.create_draft(item.pk, editor, section).article

    assert article.go_live_at == datetime(2030, 1, 15, 6, 0, tzinfo=UTC)
    article.get_latest_revision().publish()
    article.refresh_from_db()
    assert not article.live
    assert article.get_latest_revision().approved_go_live_at == datetime(
        2030, 1, 15, 6, 0, tzinfo=UTC
    )


def test_no_save_path_publishes_an_embargoed_story_early(agency, section, editor):
    item = ingest.receive(agency, sample("ninjs2-ferry-timetable.json"), "ferry").new[0]
    article = drafts.create_draft(item.pk, editor, section).article
    early = article.get_latest_revision_as_object()
    early.go_live_at = None
    revision = early.save_revision(clean=False)

    with pytest.raises(ValidationError, match="under embargo until"):
        revision.publish()

    article.refresh_from_db()
    assert not article.live


def test_the_editor_cannot_set_a_go_live_time_before_the_embargo(agency, section, editor):
    item = ingest.receive(agency, sample("ninjs2-ferry-timetable.json"), "ferry").new[0]
    article = drafts.create_draft(item.pk, editor, section).article
    article.go_live_at = timezone.now() + timedelta(hours=1)

    with pytest.raises(ValidationError) as invalid:
        article.full_clean()

    assert "go_live_at" in invalid.value.message_dict


def test_after_the_embargo_the_story_may_go_live(agency, section, editor, time_machine):
    item = ingest.receive(agency, sample("ninjs2-ferry-timetable.json"), "ferry").new[0]
    article = drafts.create_draft(item.pk, editor, section).article
    time_machine.move_to(datetime(2030, 1, 15, 6, 1, tzinfo=UTC))

    article.get_latest_revision().publish()

    article.refresh_from_db()
    assert article.live


def test_a_kill_takes_the_story_down_with_a_public_note(
    agency, strike, editor, client, corrections_page, django_capture_on_commit_callbacks
):
    item, article = strike
    article.get_latest_revision().publish()
    url = article.url

    with django_capture_on_commit_callbacks(execute=True):
        ingest.receive(agency, sample("ninjs1-harbour-strike-kill.json"), "kill")

    article.refresh_from_db()
    item.refresh_from_db()
    assert item.status == WireItem.Status.KILLED
    assert not article.live
    note = ArticleCorrection.objects.get(page=article)
    assert note.kind == ArticleCorrection.Kind.WITHDRAWAL
    response = client.get(url)
    assert response.status_code == 410
    assert "This article has been withdrawn" in response.content.decode()
    assert "Vell Valley News Agency" in response.content.decode()
    listing = client.get(corrections_page.url).content.decode()
    assert "Withdrawal" in listing and article.title in listing
    actions = list(
        PageLogEntry.objects.filter(page=article)
        .order_by("timestamp")
        .values_list("action", flat=True)
    )
    assert actions[-2:] == ["wagtail.unpublish", "wire.kill"]
    [alert] = mail.outbox
    assert alert.to == [editor.email]
    assert "Killed by Vell Valley News Agency" in alert.subject
    assert "the union disputes the quotation" in alert.body


def test_a_kill_also_stops_a_scheduled_story(
    agency, section, editor, django_capture_on_commit_callbacks
):
    item = ingest.receive(agency, sample("ninjs2-ferry-timetable.json"), "ferry").new[0]
    article = drafts.create_draft(item.pk, editor, section).article
    article.get_latest_revision().publish()
    kill = (
        sample("ninjs2-ferry-timetable.json")
        .replace(b'"pubstatus": "usable"', b'"pubstatus": "withdrawn"')
        .replace(b'"version": "1"', b'"version": "2"')
    )

    with django_capture_on_commit_callbacks(execute=True):
        ingest.receive(agency, kill, "kill")

    assert not Revision.page_revisions.filter(
        object_id=str(article.pk), approved_go_live_at__isnull=False
    ).exists()
    assert len(mail.outbox) == 1


def test_with_takedown_off_a_kill_only_alerts(
    agency, strike, client, settings, django_capture_on_commit_callbacks
):
    settings.WIRE_KILL_TAKES_DOWN = False
    _, article = strike
    article.get_latest_revision().publish()

    with django_capture_on_commit_callbacks(execute=True):
        ingest.receive(agency, sample("ninjs1-harbour-strike-kill.json"), "kill")

    article.refresh_from_db()
    assert article.live
    assert client.get(article.url).status_code == 200
    assert len(mail.outbox) == 1
    assert (
        PageLogEntry.objects.get(page=article, action="wire.kill").data["wire"]["taken_down"]
        is False
    )


def test_an_unpublished_story_never_answers_410_without_a_withdrawal(strike, client):
    _, article = strike

    assert client.get(article.url).status_code == 404
