"""The newsroom side: subscriber admin for editors, the send action, and readers kept out."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from subscriptions.models import Newsletter, NewsletterArticle, Subscriber
from subscriptions.tokens import sign_in_token
from tests.factories import ArticlePageFactory, SubscriberFactory

SUBSCRIBERS_ADMIN = "/admin/subscriptions/subscriber/"
NEWSLETTERS_ADMIN = "/admin/subscriptions/newsletter/"


@pytest.fixture
def editor_client(client, home):
    editor = get_user_model().objects.create_user("ed", "ed@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    # Wagtail's own migrations give Editors admin access; the test database has them too.
    client.force_login(editor)
    return client


@pytest.mark.django_db
class TestReadersHaveNoAdmin:
    def test_signed_in_reader_is_turned_away_from_the_admin(self, reader_client):
        for path in ("/admin/", SUBSCRIBERS_ADMIN, "/admin/pages/"):
            response = reader_client.get(path)
            assert response.status_code == 302
            assert response["Location"].startswith("/admin/login/")

    def test_reader_cannot_log_in_to_the_admin(self, client, reader):
        response = client.post("/admin/login/", {"username": reader.user.username, "password": ""})
        assert response.status_code == 200
        assert client.get("/admin/").status_code == 302

    def test_reader_accounts_are_plain(self, reader):
        user = reader.user
        assert not user.is_staff and not user.is_superuser
        assert not user.has_perm("wagtailadmin.access_admin")
        assert list(user.groups.values_list("name", flat=True)) == ["Subscribers"]
        assert sign_in_token(user)  # and only email links sign them in


@pytest.mark.django_db
class TestSubscriberAdmin:
    def test_editors_list_search_and_filter(self, editor_client, reader):
        SubscriberFactory(email="pending@example.org")
        listing = editor_client.get(SUBSCRIBERS_ADMIN)
        assert listing.status_code == 200
        assert "ada@example.org" in listing.content.decode()
        found = editor_client.get(SUBSCRIBERS_ADMIN, {"q": "pending"}).content.decode()
        assert "pending@example.org" in found and "ada@example.org" not in found
        confirmed = editor_client.get(SUBSCRIBERS_ADMIN, {"status__exact": "confirmed"})
        html = confirmed.content.decode()
        assert "ada@example.org" in html and "pending@example.org" not in html
        signed_up_last_month = SubscriberFactory(email="older@example.org")
        Subscriber.objects.filter(pk=signed_up_last_month.pk).update(
            created_at=timezone.now() - timedelta(days=30)
        )
        # What the date filter's "Past 7 days" link asks for: local midnight, with its offset.
        midnight = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
        past_week = {"created_at__gte": str(midnight - timedelta(days=7))}
        recent = editor_client.get(SUBSCRIBERS_ADMIN, past_week).content.decode()
        assert "pending@example.org" in recent and "older@example.org" not in recent

    def test_csv_export(self, editor_client, reader):
        response = editor_client.get(SUBSCRIBERS_ADMIN, {"export": "csv"})
        assert response.status_code == 200
        content = b"".join(response.streaming_content).decode()
        rows = list(csv.reader(io.StringIO(content)))
        assert rows[0][:3] == ["Email", "Status", "Receives The Newsletter"]
        assert rows[1][0] == "ada@example.org"

    def test_editors_cannot_create_or_edit_subscribers(self, editor_client, reader):
        # Wagtail answers a refused permission with a redirect to the dashboard.
        for path in (SUBSCRIBERS_ADMIN + "create/", f"{SUBSCRIBERS_ADMIN}edit/{reader.pk}/"):
            response = editor_client.get(path)
            assert response.status_code == 302 and response["Location"] == "/admin/"
        assert editor_client.get(f"{SUBSCRIBERS_ADMIN}inspect/{reader.pk}/").status_code == 200

    def test_erasing_in_the_admin_removes_subscriber_and_account(self, editor_client, reader):
        user_pk = reader.user.pk
        response = editor_client.post(f"{SUBSCRIBERS_ADMIN}delete/{reader.pk}/")
        assert response.status_code == 302
        assert not Subscriber.objects.exists()
        assert not get_user_model().objects.filter(pk=user_pk).exists()
        from wagtail.models import ModelLogEntry

        assert not ModelLogEntry.objects.filter(label__contains="ada@example.org").exists()


@pytest.mark.django_db
class TestSendNewsletterAction:
    @pytest.fixture
    def newsletter(self, section):
        newsletter = Newsletter.objects.create(subject="Morning edition")
        NewsletterArticle.objects.create(
            newsletter=newsletter, article=ArticlePageFactory(parent=section)
        )
        return newsletter

    def test_send_button_confirmation_and_progress(
        self, editor_client, newsletter, reader, django_capture_on_commit_callbacks
    ):
        listing = editor_client.get(NEWSLETTERS_ADMIN).content.decode()
        send_url = f"/admin/subscriptions/newsletter/send/{newsletter.pk}/"
        assert send_url in listing and "Not sent yet" in listing
        confirm = editor_client.get(send_url)
        assert "1 confirmed subscriber" in confirm.content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            response = editor_client.post(send_url)
        assert response.status_code == 302
        assert [message.to for message in mail.outbox] == [["ada@example.org"]]
        listing = editor_client.get(NEWSLETTERS_ADMIN).content.decode()
        assert "1 sent" in listing and send_url not in listing
        # Sending again is refused: no double sends from a double click.
        editor_client.post(send_url)
        assert len(mail.outbox) == 1

    def test_others_cannot_send(self, client, newsletter, home):
        writer = get_user_model().objects.create_user("wr", "wr@example.org", "pw")
        writer.groups.add(Group.objects.get(name="Writers"))
        client.force_login(writer)
        response = client.post(f"/admin/subscriptions/newsletter/send/{newsletter.pk}/")
        assert response.status_code in (302, 403)
        assert mail.outbox == []

    def test_missing_newsletter_is_404(self, editor_client):
        assert editor_client.get("/admin/subscriptions/newsletter/send/999/").status_code == 404


@pytest.mark.django_db
def test_editors_group_has_subscription_permissions():
    editors = Group.objects.get(name="Editors")
    codenames = set(editors.permissions.values_list("codename", flat=True))
    assert {"view_subscriber", "delete_subscriber", "send_newsletter"} <= codenames
    assert "add_subscriber" not in codenames
