"""Staff sessions end after STAFF_SESSION_IDLE_MINUTES without a request, and on a password
change; readers' sessions keep SESSION_COOKIE_AGE."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.test import Client
from wagtail.test.utils.form_data import querydict_from_html

from staff_security.sessions import STAFF_SESSION_KEY
from tests.factories import SubscriberFactory
from tests.staff_security.conftest import PASSWORD, new_client, sign_in

pytestmark = pytest.mark.django_db

EIGHT_HOURS = timedelta(hours=8)
A_MINUTE = timedelta(minutes=1)


@pytest.fixture
def clock(time_machine):
    time_machine.move_to("2026-05-04 09:00:00+01:00", tick=False)
    return time_machine


def in_admin(client):
    return client.get("/admin/").status_code == 200


@pytest.mark.parametrize("remember", [False, True])
def test_a_staff_session_ends_after_eight_idle_hours(writer, clock, remember):
    client = new_client()
    sign_in(client, "writer", **({"remember": "on"} if remember else {}))
    assert in_admin(client)

    clock.shift(EIGHT_HOURS - A_MINUTE)
    assert in_admin(client)
    clock.shift(EIGHT_HOURS - A_MINUTE)
    assert in_admin(client), "each request starts the eight hours again"

    clock.shift(EIGHT_HOURS + A_MINUTE)
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_cookie_follows_the_idle_limit(writer, clock):
    client = new_client()
    sign_in(client, "writer", remember="on")

    response = client.get("/admin/")

    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["max-age"] == 8 * 60 * 60


def test_without_remember_me_the_cookie_still_ends_with_the_browser(writer, clock):
    client = new_client()
    sign_in(client, "writer")

    response = client.get("/admin/")

    assert response.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == ""
    assert client.session.get_expiry_age() == 8 * 60 * 60


def test_the_idle_time_is_a_setting(writer, clock, settings):
    settings.STAFF_SESSION_IDLE_MINUTES = 30
    client = new_client()
    sign_in(client, "writer")

    clock.shift(timedelta(minutes=31))

    assert not in_admin(client)


def test_a_readers_session_keeps_its_own_lifetime(clock):
    reader = SubscriberFactory(confirmed=True).user
    client = Client()
    client.force_login(reader)
    client.get("/")
    assert STAFF_SESSION_KEY not in client.session

    clock.shift(timedelta(days=13))

    assert client.session.get(SESSION_KEY) == str(reader.pk)
    assert client.get("/account/").status_code == 200


def test_changing_your_own_password_ends_your_other_sessions(writer):
    here, elsewhere = new_client(), new_client()
    sign_in(here, "writer")
    sign_in(elsewhere, "writer", address="198.51.100.3")

    account_page = here.get("/admin/account/").content.decode()
    form = querydict_from_html(account_page, form_id="w-editor-form")
    for field, value in {
        "name_email-last_name": "Desk",
        "password-old_password": PASSWORD,
        "password-new_password1": "a-new-long-passphrase",
        "password-new_password2": "a-new-long-passphrase",
    }.items():
        form[field] = value
    response = here.post("/admin/account/", form)

    assert response.status_code == 302
    writer.refresh_from_db()
    assert writer.check_password("a-new-long-passphrase")
    assert in_admin(here)
    assert not in_admin(elsewhere)


def test_an_administrator_changing_a_password_ends_that_persons_sessions(writer, administrator):
    writer_client = new_client()
    sign_in(writer_client, "writer")
    admin = Client()
    admin.force_login(administrator)
    session = admin.session
    session["otp_device_id"] = administrator.totpdevice_set.create(name="Phone").persistent_id
    session.save()

    response = admin.post(
        f"/admin/users/edit/{writer.pk}/",
        {
            "username": "writer",
            "email": writer.email,
            "first_name": "Writer",
            "last_name": "Desk",
            "password1": "a-new-long-passphrase",
            "password2": "a-new-long-passphrase",
            "is_active": "on",
            "groups": [group.pk for group in writer.groups.all()],
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    writer.refresh_from_db()
    assert writer.check_password("a-new-long-passphrase")
    assert not in_admin(writer_client)
