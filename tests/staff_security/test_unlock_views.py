"""Administrators see and lift sign-in lockouts in Settings → Sign-in lockouts."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import SESSION_KEY
from django.core.management import call_command
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from staff_security.lockout import UNLOCKED_ACTION
from tests.staff_security.conftest import new_client, sign_in

pytestmark = pytest.mark.django_db

INDEX = "/admin/sign-in-lockouts/"
UNLOCK = "/admin/sign-in-lockouts/unlock/"


def lock_account(username):
    for n in range(5):
        sign_in(new_client(), username, f"guess-{n}", address=f"198.51.100.{n}")


def lock_address(address):
    for n in range(5):
        sign_in(new_client(), f"nobody-{n}", "guess", address=address)


@pytest.fixture
def admin_client(administrator):
    """A verified administrator: second factor done, as production requires."""
    client = Client()
    client.force_login(administrator)
    device = TOTPDevice.objects.create(user=administrator, name="Phone", confirmed=True)
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()
    return client


@pytest.fixture
def editor_client(editor, settings):
    settings.STAFF_TWO_FACTOR_REQUIRED_GROUPS = []
    client = Client()
    client.force_login(editor)
    return client


def test_administrators_see_locked_accounts_and_addresses(admin_client, writer):
    lock_account("writer")
    lock_address("192.0.2.44")

    response = admin_client.get(INDEX)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Unlock writer" in page
    assert "Unlock 192.0.2.44" in page
    # Under the limit is not locked: the single failures of "nobody-N" are not listed.
    assert "Unlock nobody-0" not in page


def test_unlocking_an_account_lets_its_owner_in_and_is_logged(admin_client, administrator, writer):
    lock_account("writer")

    response = admin_client.post(UNLOCK, {"kind": "account", "username": "writer"})

    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="writer").exists()
    entry = ModelLogEntry.objects.get(action=UNLOCKED_ACTION)
    assert entry.user == administrator
    assert entry.label == "Sign-in as “writer”"
    assert entry.data == {"failures": 5}
    client = new_client()
    sign_in(client, "writer", address="198.51.100.1")
    assert SESSION_KEY in client.session


def test_unlocking_an_address(admin_client, writer):
    lock_address("192.0.2.44")

    admin_client.post(UNLOCK, {"kind": "address", "ip_address": "192.0.2.44"})

    assert not AccessAttempt.objects.exists()
    client = new_client()
    sign_in(client, "writer", address="192.0.2.44")
    assert SESSION_KEY in client.session


def test_unlocking_what_is_not_locked_changes_and_logs_nothing(admin_client, writer):
    lock_account("writer")

    response = admin_client.post(
        UNLOCK, {"kind": "account", "username": "someone-else"}, follow=True
    )

    assert "No failed sign-ins were recorded" in response.content.decode()
    assert AccessAttempt.objects.filter(username="writer").count() == 5
    assert not ModelLogEntry.objects.filter(action=UNLOCKED_ACTION).exists()


@pytest.mark.parametrize(
    "data",
    [
        {"kind": "address", "ip_address": "not-an-address"},
        {"kind": "account", "username": ""},
        {"kind": "everything"},
        {},
    ],
)
def test_malformed_unlock_requests_unlock_nothing(admin_client, writer, data):
    lock_account("writer")

    response = admin_client.post(UNLOCK, data, follow=True)

    assert response.status_code == 200
    assert "Nothing was unlocked" in response.content.decode()
    assert AccessAttempt.objects.count() == 5


def test_other_staff_get_403_and_unlock_nothing(editor_client, writer):
    lock_account("writer")

    assert editor_client.get(INDEX).status_code == 403
    response = editor_client.post(UNLOCK, {"kind": "account", "username": "writer"})

    assert response.status_code == 403
    assert AccessAttempt.objects.count() == 5
    assert not ModelLogEntry.objects.filter(action=UNLOCKED_ACTION).exists()


def test_anonymous_visitors_are_sent_to_sign_in(client, writer):
    lock_account("writer")

    response = client.post(UNLOCK, {"kind": "account", "username": "writer"})

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert AccessAttempt.objects.count() == 5


def test_a_forged_cross_site_post_is_refused(administrator, writer):
    lock_account("writer")
    client = Client(enforce_csrf_checks=True)
    client.force_login(administrator)
    device = TOTPDevice.objects.create(user=administrator, name="Phone", confirmed=True)
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()

    response = client.post(UNLOCK, {"kind": "account", "username": "writer"})

    assert response.status_code == 403
    assert AccessAttempt.objects.count() == 5


def test_unlocking_takes_a_post(admin_client, writer):
    lock_account("writer")

    assert admin_client.get(UNLOCK, {"kind": "account", "username": "writer"}).status_code == 405
    assert AccessAttempt.objects.count() == 5


def test_only_administrators_find_it_in_the_settings_menu(admin_client, editor_client):
    assert "Sign-in lockouts" in admin_client.get("/admin/").content.decode()
    assert "Sign-in lockouts" not in editor_client.get("/admin/").content.decode()


def test_the_command_line_unlocks_by_lower_case_username(writer):
    lock_account("WRITER")

    call_command("axes_reset_username", "writer")

    assert not AccessAttempt.objects.exists()
