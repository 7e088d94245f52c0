"""Subscribing: double opt-in, no enumeration, honeypot, rate limits, origin check."""

import io
import smtplib
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from subscriptions.models import Subscriber
from tests.factories import SubscriberFactory
from tests.subscriptions.conftest import SAME_ORIGIN

SUBSCRIBE_URL = "/subscribe/"
DONE_URL = "/subscribe/check-your-inbox/"


def signup(client, email="new@example.org", **extra):
    data = {"email": email, "consent": "on", "website": "", **extra.pop("data", {})}
    return client.post(SUBSCRIBE_URL, data, **{**SAME_ORIGIN, **extra})


@pytest.mark.django_db
class TestSignup:
    def test_signup_is_stored_pending_and_sends_a_confirmation(self, client, home):
        response = signup(client, "New@Example.org")
        assert response.status_code == 302 and response["Location"] == DONE_URL
        subscriber = Subscriber.objects.get()
        assert subscriber.email == "new@example.org"
        assert subscriber.status == Subscriber.Status.PENDING
        assert subscriber.consent_text.startswith("Yes, send me the Lord's Press newsletter")
        assert subscriber.confirmation_sent_at is not None
        assert subscriber.user is None
        (message,) = mail.outbox
        assert message.to == ["new@example.org"]
        assert "/subscribe/confirm/" in message.body
        assert "/subscribe/confirm/" in message.alternatives[0][0]
        assert client.get(DONE_URL).status_code == 200

    def test_source_page_is_recorded(self, client, section):
        signup(client, data={"source_page": section.pk})
        assert Subscriber.objects.get().source_page.specific == section

    def test_unknown_source_page_is_ignored(self, client, home):
        assert signup(client, data={"source_page": 999999}).status_code == 302
        assert Subscriber.objects.get().source_page is None

    def test_duplicate_signup_gets_the_same_response(self, client, home):
        first = signup(client, "twice@example.org")
        second = signup(client, "twice@example.org")
        SubscriberFactory(email="known@example.org", confirmed=True)
        known = signup(client, "known@example.org")
        assert first.status_code == second.status_code == known.status_code == 302
        assert first["Location"] == second["Location"] == known["Location"] == DONE_URL
        assert Subscriber.objects.filter(email="twice@example.org").count() == 1
        subjects = [message.subject for message in mail.outbox]
        assert subjects[:2] == ["Please confirm your subscription · Lord's Press"] * 2
        # The owner of a confirmed address learns about the attempt; the visitor learns nothing.
        assert subjects[2] == "You are already subscribed · Lord's Press"
        assert "/account/sign-in/" in mail.outbox[2].body

    def test_honeypot_pretends_success_and_stores_nothing(self, client, home):
        response = signup(client, data={"website": "http://spam.example"})
        assert response.status_code == 302 and response["Location"] == DONE_URL
        assert not Subscriber.objects.exists()
        assert mail.outbox == []

    def test_consent_is_required(self, client, home):
        response = client.post(SUBSCRIBE_URL, {"email": "a@example.org"}, **SAME_ORIGIN)
        assert response.status_code == 400
        assert "Please tick the box to agree" in response.content.decode()
        assert not Subscriber.objects.exists()

    @pytest.mark.parametrize(
        "email", ["not-an-address", "", "x" * 300 + "@example.org", "a@b\x00.org"]
    )
    def test_bad_addresses_get_a_friendly_400(self, client, home, email):
        response = signup(client, email)
        assert response.status_code == 400
        assert "Please correct" in response.content.decode()
        assert not Subscriber.objects.exists()

    def test_odd_field_types_are_rejected_not_crashed(self, client, home):
        response = signup(client, data={"source_page": "drop table"})
        assert response.status_code == 400

    def test_cross_origin_posts_are_refused(self, client, home):
        response = client.post(
            SUBSCRIBE_URL,
            {"email": "a@example.org", "consent": "on"},
            HTTP_ORIGIN="https://evil.example",
        )
        assert response.status_code == 403
        assert "not sent from our own pages" in response.content.decode()
        assert not Subscriber.objects.exists()

    def test_posts_without_origin_or_referer_are_refused(self, client, home):
        response = client.post(SUBSCRIBE_URL, {"email": "a@example.org", "consent": "on"})
        assert response.status_code == 403

    def test_same_origin_referer_is_enough(self, client, home):
        response = signup(client, HTTP_ORIGIN="", HTTP_REFERER="http://testserver/politics/")
        assert response.status_code == 302
        assert Subscriber.objects.count() == 1

    def test_rate_limit_per_address(self, client, home):
        statuses = [signup(client, "same@example.org").status_code for _ in range(4)]
        assert statuses == [302, 302, 302, 429]
        assert len(mail.outbox) == 3

    def test_rate_limit_per_ip(self, client, home):
        statuses = [signup(client, f"r{n}@example.org").status_code for n in range(21)]
        assert statuses.count(302) == 20 and statuses[-1] == 429
        assert "Too many signups" in signup(client, "late@example.org").content.decode()
        other_ip = signup(client, "late@example.org", REMOTE_ADDR="10.0.0.9")
        assert other_ip.status_code == 302

    def test_email_outage_keeps_the_signup(self, client, home):
        with mock.patch(
            "django.core.mail.backends.locmem.EmailBackend.send_messages",
            side_effect=smtplib.SMTPServerDisconnected("mail server down"),
        ):
            response = signup(client, "patient@example.org")
        assert response.status_code == 302 and response["Location"] == DONE_URL
        subscriber = Subscriber.objects.get(email="patient@example.org")
        assert subscriber.confirmation_sent_at is None
        assert mail.outbox == []

        output = io.StringIO()
        call_command("resend_confirmations", stdout=output)
        assert "Queued 1 confirmation(s)." in output.getvalue()
        assert mail.outbox[0].to == ["patient@example.org"]
        subscriber.refresh_from_db()
        assert subscriber.confirmation_sent_at is not None
        # Once sent, a second run leaves the reader alone.
        call_command("resend_confirmations", stdout=io.StringIO())
        assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_subscribe_page_renders_without_csrf_token(client, home):
    response = client.get(SUBSCRIBE_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert 'name="consent"' in html and "checked" not in html.split('name="consent"')[1][:80]
    assert "csrftoken" not in response.cookies


@pytest.mark.django_db
def test_footer_form_on_every_page_is_cacheable(client, section):
    response = client.get(section.url)
    html = response.content.decode()
    assert f'action="{reverse("subscriptions:subscribe")}"' in html
    assert "csrfmiddlewaretoken" not in html
    assert 'name="website"' in html
    assert f'name="source_page" value="{section.pk}"' in html
    assert "private" not in response.get("Cache-Control", "")
    assert "csrftoken" not in response.cookies and "sessionid" not in response.cookies


@pytest.mark.django_db
def test_consent_text_comes_from_site_settings(client, home):
    from wagtail.models import Site

    from subscriptions.models import SubscriptionSettings

    settings = SubscriptionSettings.for_site(Site.objects.get())
    settings.consent_text = "Send me the weekly digest, please."
    settings.save()
    assert "Send me the weekly digest, please." in client.get(home.url).content.decode()
    signup(client)
    assert Subscriber.objects.get().consent_text == "Send me the weekly digest, please."


@pytest.mark.django_db
def test_resend_skips_old_signups_and_dry_run_sends_nothing(home):
    from django.utils import timezone

    fresh = SubscriberFactory()
    stale = SubscriberFactory()
    Subscriber.objects.filter(pk=stale.pk).update(
        created_at=timezone.now() - timezone.timedelta(days=40)
    )
    output = io.StringIO()
    call_command("resend_confirmations", "--dry-run", stdout=output)
    assert "1 confirmation(s) would be sent." in output.getvalue()
    assert mail.outbox == []
    call_command("resend_confirmations", stdout=io.StringIO())
    assert [message.to for message in mail.outbox] == [[fresh.email]]


@pytest.mark.django_db
def test_a_mail_outage_delays_the_confirmation_and_loses_nothing(
    client, home, database_queue, settings
):
    from datetime import timedelta

    import time_machine
    from django.core.mail.backends import locmem
    from django.utils import timezone

    from tests.task_queue import run_worker

    settings.TASK_RETRY_DELAY = 60
    start = timezone.now()
    down = smtplib.SMTPServerDisconnected("mail server down")
    with (
        mock.patch.object(locmem.EmailBackend, "send_messages", side_effect=down),
        time_machine.travel(start, tick=False),
    ):
        assert signup(client, "patient@example.org")["Location"] == DONE_URL
        run_worker()
    subscriber = Subscriber.objects.get(email="patient@example.org")
    assert subscriber.confirmation_sent_at is None
    assert mail.outbox == []

    with time_machine.travel(start + timedelta(seconds=61), tick=False):
        run_worker()
    (message,) = mail.outbox
    assert message.to == ["patient@example.org"]
    assert "/subscribe/confirm/" in message.body
    subscriber.refresh_from_db()
    assert subscriber.confirmation_sent_at is not None
    assert Subscriber.objects.count() == 1
