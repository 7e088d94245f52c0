"""Confirmation, magic-link sign-in, the account page and unsubscribing."""

import json
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import SESSION_KEY, get_user_model
from django.core import mail, signing
from django.test import override_settings
from django.utils import timezone

from subscriptions.emails import send_confirmation, send_sign_in_link
from subscriptions.models import Subscriber
from subscriptions.tokens import confirmation_link, sign_in_token
from tests.factories import SubscriberFactory
from tests.subscriptions.conftest import SAME_ORIGIN
from tests.subscriptions.helpers import emailed_path

User = get_user_model()


@pytest.fixture
def pending(home):
    subscriber = SubscriberFactory(email="grace@example.org")
    send_confirmation(subscriber)
    return subscriber


@pytest.mark.django_db
class TestConfirm:
    def test_link_shows_a_button_and_only_the_post_confirms(self, client, pending):
        path = emailed_path("/subscribe/confirm/")
        page = client.get(path)
        assert page.status_code == 200
        assert "Confirm my subscription" in page.content.decode()
        assert "no-store" in page["Cache-Control"] or "max-age=0" in page["Cache-Control"]
        pending.refresh_from_db()
        assert pending.status == Subscriber.Status.PENDING

        response = client.post(path)
        assert response.status_code == 302 and response["Location"] == "/account/"
        pending.refresh_from_db()
        assert pending.is_confirmed and pending.confirmed_at is not None
        user = pending.user
        assert user.email == "grace@example.org"
        assert not user.has_usable_password()
        assert not user.is_staff and not user.is_superuser
        assert user.has_perm("news.read_subscriber_only")
        assert client.session[SESSION_KEY] == str(user.pk)
        assert response.cookies["lp_reader"].value == "1"

    def test_reused_link_is_refused(self, client, pending):
        path = emailed_path("/subscribe/confirm/")
        client.post(path)
        for method in (client.get, client.post):
            response = method(path)
            assert response.status_code == 400
            assert "already been used" in response.content.decode()
        assert User.objects.count() == 1

    def test_expired_link_is_refused(self, client, pending):
        path = emailed_path("/subscribe/confirm/")
        with time_machine.travel(timezone.now() + timedelta(days=4)):
            response = client.post(path)
        assert response.status_code == 400
        assert "expired" in response.content.decode()
        pending.refresh_from_db()
        assert not pending.is_confirmed

    @pytest.mark.parametrize("token", ["nonsense", "a" * 5000, "%00", "wrong-salt"])
    def test_bad_tokens_get_a_friendly_400(self, client, pending, token):
        if token == "wrong-salt":
            token = signing.dumps([pending.pk, "x"], salt="subscriptions.sign-in")
        response = client.get(f"/subscribe/confirm/{token}/")
        assert response.status_code == 400
        assert "not valid" in response.content.decode()

    def test_tampered_token_is_refused(self, client, pending):
        token = confirmation_link.make(pending)
        response = client.post(f"/subscribe/confirm/{token[:-1]}x/")
        assert response.status_code == 400
        assert not Subscriber.objects.get().is_confirmed

    def test_link_for_a_deleted_subscriber_is_refused(self, client, pending):
        path = emailed_path("/subscribe/confirm/")
        pending.delete()
        assert client.get(path).status_code == 400


@pytest.mark.django_db
class TestMagicLinkSignIn:
    def request_link(self, client, email):
        return client.post("/account/sign-in/", {"email": email})

    def test_request_answers_the_same_for_known_and_unknown_addresses(self, client, reader):
        known = self.request_link(client, "ADA@example.org")
        unknown = self.request_link(client, "nobody@example.org")
        assert known.status_code == unknown.status_code == 302
        assert known["Location"] == unknown["Location"] == "/account/sign-in/sent/"
        assert [message.to for message in mail.outbox] == [["ada@example.org"]]
        assert "Your sign-in link" in mail.outbox[0].subject

    def test_valid_link_signs_the_reader_in_once(self, client, reader):
        self.request_link(client, reader.email)
        path = emailed_path("/account/sign-in/")
        assert client.get(path).status_code == 200
        assert SESSION_KEY not in client.session
        response = client.post(path)
        assert response.status_code == 302 and response["Location"] == "/account/"
        assert client.session[SESSION_KEY] == str(reader.user.pk)
        reader.refresh_from_db()
        assert reader.last_sign_in_at is not None

        client.logout()
        reused = client.post(path)
        assert reused.status_code == 400
        assert "already been used" in reused.content.decode()
        assert SESSION_KEY not in client.session

    def test_expired_link_is_refused(self, client, reader):
        send_sign_in_link(reader)
        path = emailed_path("/account/sign-in/")
        with time_machine.travel(timezone.now() + timedelta(minutes=21)):
            response = client.post(path)
        assert response.status_code == 400 and "expired" in response.content.decode()
        assert SESSION_KEY not in client.session

    def test_link_signs_in_only_the_person_it_was_sent_to(self, client, reader):
        other = SubscriberFactory(email="mallory@example.org", confirmed=True)
        client.force_login(other.user)
        send_sign_in_link(reader)
        client.post(emailed_path("/account/sign-in/"))
        assert client.session[SESSION_KEY] == str(reader.user.pk)

        # Making a token for someone else needs the secret key.
        with override_settings(SECRET_KEY="an-attacker-s-guess-at-the-secret-key"):
            forged = sign_in_token(other.user)
        client.logout()
        response = client.post(f"/account/sign-in/{forged}/")
        assert response.status_code == 400
        assert SESSION_KEY not in client.session

    def test_staff_accounts_cannot_sign_in_by_email(self, client, reader):
        reader.user.is_staff = True
        reader.user.save()
        response = client.post(f"/account/sign-in/{sign_in_token(reader.user)}/")
        assert response.status_code == 400
        assert SESSION_KEY not in client.session

    def test_sign_in_requests_are_rate_limited(self, client, reader):
        statuses = [self.request_link(client, reader.email).status_code for _ in range(6)]
        assert statuses == [302] * 5 + [429]
        assert len(mail.outbox) == 5

    def test_bad_email_gets_a_400(self, client, home):
        response = self.request_link(client, "x" * 400)
        assert response.status_code == 400
        assert client.post("/account/sign-in/", {}).status_code == 400

    def test_pending_reader_asking_to_sign_in_gets_a_new_confirmation(self, client, home):
        SubscriberFactory(email="late@example.org")
        self.request_link(client, "late@example.org")
        assert "/subscribe/confirm/" in mail.outbox[0].body


@pytest.mark.django_db
class TestAccount:
    def test_anonymous_readers_are_sent_to_sign_in(self, client, home):
        for path in ("/account/", "/account/my-data.json"):
            response = client.get(path)
            assert response.status_code == 302 and response["Location"] == "/account/sign-in/"

    def test_account_page_is_private(self, reader_client):
        response = reader_client.get("/account/")
        assert response.status_code == 200
        html = response.content.decode()
        assert "ada@example.org" in html and "Delete my account" in html
        assert "private" in response["Cache-Control"]
        assert "public" not in response["Cache-Control"]

    def test_staff_without_reader_account_get_404(self, client, home):
        client.force_login(User.objects.create_superuser("boss", "boss@example.org", "pw"))
        assert client.get("/account/").status_code == 404

    def test_newsletter_can_be_switched_off_and_on(self, reader_client, reader):
        reader_client.post("/account/newsletter/", {})
        reader.refresh_from_db()
        assert reader.newsletter is False
        reader_client.post("/account/newsletter/", {"newsletter": "on"})
        reader.refresh_from_db()
        assert reader.newsletter is True

    def test_data_download(self, reader_client, reader, section):
        Subscriber.objects.filter(pk=reader.pk).update(source_page=section)
        response = reader_client.get("/account/my-data.json")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/json; charset=utf-8"
        assert "attachment" in response["Content-Disposition"]
        data = json.loads(response.content)
        assert data["email"] == "ada@example.org"
        assert data["consent"]["text"] == "Yes, send me the newsletter."
        assert data["subscribed_from"] == "http://testserver/politics/"
        assert data["newsletters_received"] == []

    def test_deleting_the_account_erases_everything(self, reader_client, reader):
        user_pk = reader.user.pk
        refused = reader_client.post("/account/delete/", {})
        assert refused.status_code == 400
        assert "Please tick the box" in refused.content.decode()
        assert Subscriber.objects.filter(pk=reader.pk).exists()

        response = reader_client.post("/account/delete/", {"confirm": "on"})
        assert response.status_code == 302 and response["Location"] == "/account/deleted/"
        assert not Subscriber.objects.filter(email="ada@example.org").exists()
        assert not User.objects.filter(pk=user_pk).exists()
        assert SESSION_KEY not in reader_client.session
        assert response.cookies["lp_reader"].value == ""

    def test_sign_out(self, reader_client):
        response = reader_client.post("/account/sign-out/")
        assert response.status_code == 302
        assert SESSION_KEY not in reader_client.session
        assert reader_client.get("/account/").status_code == 302

    def test_account_forms_need_csrf(self, reader, client):
        from django.test import Client

        strict = Client(enforce_csrf_checks=True)
        strict.force_login(reader.user)
        assert strict.post("/account/delete/", {"confirm": "on"}).status_code == 403
        assert Subscriber.objects.filter(pk=reader.pk).exists()


@pytest.mark.django_db
class TestUnsubscribe:
    def test_every_email_carries_one_click_unsubscribe_headers(self, reader):
        send_confirmation(SubscriberFactory())
        send_sign_in_link(reader)
        for message in mail.outbox:
            assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
            header = message.extra_headers["List-Unsubscribe"]
            assert header.startswith("<http://testserver/unsubscribe/") and header.endswith(">")
            assert header[1:-1] in message.body
            assert header[1:-1] in message.alternatives[0][0]

    def test_one_click_post_without_csrf_unsubscribes(self, reader):
        from django.test import Client

        send_sign_in_link(reader)
        url = mail.outbox[0].extra_headers["List-Unsubscribe"][1:-1]
        mail_client = Client(enforce_csrf_checks=True)
        response = mail_client.post(
            url.removeprefix("http://testserver"),
            "List-Unsubscribe=One-Click",
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code == 200
        reader.refresh_from_db()
        assert reader.newsletter is False
        # The account stays; only the newsletter stops.
        assert reader.user is not None and reader.is_confirmed

    def test_opening_the_link_does_not_unsubscribe(self, client, reader):
        send_sign_in_link(reader)
        page = client.get(emailed_path("/unsubscribe/"))
        assert page.status_code == 200 and "Stop sending the newsletter" in page.content.decode()
        reader.refresh_from_db()
        assert reader.newsletter is True

    def test_bad_unsubscribe_token(self, client, home):
        assert client.post("/unsubscribe/garbage/", **SAME_ORIGIN).status_code == 400


@pytest.mark.django_db
class TestSignInLinkScope:
    """A sign-in link is a django-sesame token for reader sign-in and nothing else."""

    def test_a_token_of_another_scope_is_refused(self, client, reader):
        from sesame.utils import get_token

        for scope in ("", "subscriptions.other"):
            response = client.post(f"/account/sign-in/{get_token(reader.user, scope=scope)}/")
            assert response.status_code == 400
            assert SESSION_KEY not in client.session

    def test_a_confirmation_token_does_not_sign_in(self, client, reader):
        response = client.post(f"/account/sign-in/{confirmation_link.make(reader)}/")
        assert response.status_code == 400
        assert SESSION_KEY not in client.session

    def test_superusers_cannot_sign_in_by_email(self, client, reader):
        reader.user.is_superuser = True
        reader.user.save()
        response = client.post(f"/account/sign-in/{sign_in_token(reader.user)}/")
        assert response.status_code == 400
        assert SESSION_KEY not in client.session

    def test_the_link_is_made_when_the_email_goes_out(self, client, reader):
        with time_machine.travel(timezone.now() + timedelta(minutes=30)):
            send_sign_in_link(reader)
            response = client.post(emailed_path("/account/sign-in/"))
        assert response.status_code == 302
        assert client.session[SESSION_KEY] == str(reader.user.pk)

    @pytest.mark.parametrize("token", ["nonsense", "a" * 5000, "%00", "AAAA"])
    def test_bad_tokens_get_a_friendly_400(self, client, reader, token):
        response = client.get(f"/account/sign-in/{token}/")
        assert response.status_code == 400
        assert "not valid" in response.content.decode()
