"""Failed admin sign-ins are limited per account and per address (django-axes)."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import SESSION_KEY
from wagtail.models import ModelLogEntry

from staff_security.lockout import LOCKED_ACTION
from tests.staff_security.conftest import PASSWORD, new_client, sign_in

pytestmark = pytest.mark.django_db

LOCKED_OUT_MESSAGE = "Too many failed sign-ins for this account or from this address"


def assert_signed_in(client):
    assert SESSION_KEY in client.session


def assert_refused(response, client):
    assert response.status_code == 429
    assert LOCKED_OUT_MESSAGE in response.content.decode()
    assert SESSION_KEY not in client.session


def test_twenty_wrong_passwords_lock_the_account_and_the_right_one_is_refused(writer, client):
    answers = [sign_in(client, "writer", f"guess-{n}").status_code for n in range(20)]
    # Wagtail's own "wrong password" page up to the limit, the lockout page from then on.
    assert answers[:4] == [200] * 4
    assert set(answers[4:]) == {429}

    response = sign_in(client, "writer")

    assert_refused(response, client)


def test_below_the_limit_the_right_password_still_works(writer, client):
    for n in range(4):
        response = sign_in(client, "writer", f"guess-{n}")
        assert "Your username and password didn&#x27;t match" in response.content.decode()

    sign_in(client, "writer")

    assert_signed_in(client)


def test_a_locked_account_is_refused_from_any_address(writer):
    for n in range(5):
        sign_in(new_client(), "writer", f"guess-{n}", address=f"198.51.100.{n}")

    client = new_client()
    response = sign_in(client, "writer", address="203.0.113.9")

    assert_refused(response, client)


def test_a_locked_address_is_refused_for_any_account(writer, editor):
    for n in range(5):
        sign_in(new_client(), f"nobody-{n}", "guess", address="198.51.100.7")

    client = new_client()
    assert_refused(sign_in(client, "writer", address="198.51.100.7"), client)
    # The account itself is not locked: from elsewhere its owner signs in.
    sign_in(client, "writer", address="203.0.113.9")
    assert_signed_in(client)


# The last is "writer" in full-width letters, which Unicode normalisation folds back.
@pytest.mark.parametrize(
    "spelling", ["Writer", " WRITER ", "wRiTeR", "\uff57\uff52\uff49\uff54\uff45\uff52"]
)
def test_varying_case_or_spacing_counts_against_the_same_account(writer, spelling):
    for n in range(5):
        sign_in(new_client(), spelling, f"guess-{n}", address=f"198.51.100.{n}")

    client = new_client()
    assert_refused(sign_in(client, "writer", address="203.0.113.9"), client)


def test_the_lock_lifts_after_the_lockout_time(writer, client, time_machine):
    for n in range(5):
        sign_in(client, "writer", f"guess-{n}")
    time_machine.move_to(timedelta(minutes=29))
    assert_refused(sign_in(client, "writer"), client)

    # Each refused attempt counts as a failure too, so the wait starts again from it.
    time_machine.move_to(timedelta(minutes=31))
    sign_in(client, "writer")

    assert_signed_in(client)


def test_the_lockout_is_logged_once(writer, client):
    for n in range(8):
        sign_in(client, "writer", f"guess-{n}")

    entries = ModelLogEntry.objects.filter(action=LOCKED_ACTION)
    assert entries.count() == 1
    assert entries.get().data == {"username": "writer", "ip_address": "127.0.0.1"}
    assert entries.get().label == "Sign-in as “writer” from 127.0.0.1"


def test_attempts_keep_no_password(writer, client):
    sign_in(client, "writer", "hunter2-secret")

    attempt = AccessAttempt.objects.get()
    assert "hunter2-secret" not in attempt.post_data
    assert attempt.username == "writer"


class TestBehindAProxy:
    @pytest.fixture(autouse=True)
    def proxy(self, settings):
        settings.SUBSCRIPTIONS_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"

    def test_the_proxy_header_names_the_address_counted(self, writer):
        for n in range(5):
            new_client().post(
                "/admin/login/",
                {"username": f"nobody-{n}", "password": "guess"},
                REMOTE_ADDR="10.0.0.1",
                HTTP_X_REAL_IP="198.51.100.7",
            )
        assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.7"}

        client = new_client()
        response = client.post(
            "/admin/login/",
            {"username": "writer", "password": PASSWORD},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_REAL_IP="203.0.113.9",
        )
        assert response.status_code == 302
        assert_signed_in(client)

    def test_a_malformed_header_counts_the_connection_address(self, writer, client):
        response = client.post(
            "/admin/login/",
            {"username": "writer", "password": "guess"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_REAL_IP="<script>, 300.1.1.1",
        )

        assert response.status_code == 200
        assert AccessAttempt.objects.get().ip_address == "10.0.0.1"
