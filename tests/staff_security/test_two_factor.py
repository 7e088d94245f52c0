"""Staff sign in with a second factor: required of administrators, Editors and Legal,
optional for Writers (STAFF_TWO_FACTOR_REQUIRED_*)."""

from datetime import timedelta

import pytest
from django.contrib.auth import SESSION_KEY
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from staff_security.two_factor import issue_recovery_codes
from staff_security.views import AUTHENTICATOR_ADDED_ACTION
from tests.factories import ArticlePageFactory
from tests.staff_security.conftest import new_client, sign_in, totp_code, totp_device

pytestmark = pytest.mark.django_db

VERIFY = "/admin/two-factor/verify/"
OVERVIEW = "/admin/two-factor/"
AUTHENTICATOR = "/admin/two-factor/authenticator/"
XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


def signed_in(username):
    """A browser that has just given the right password, and nothing more."""
    client = new_client()
    response = sign_in(client, username)
    assert response.status_code == 302
    return client


def verified(client):
    return DEVICE_ID_SESSION_KEY in client.session


@pytest.fixture
def story(section):
    return ArticlePageFactory(parent=section, title="Harbour wall gives way")


class TestRequiredRolesCannotSkipTheSecondFactor:
    """An Editor who has not enrolled yet is held at enrolment, whatever they ask for."""

    def test_after_the_password_the_admin_sends_them_to_enrol(self, editor):
        client = signed_in("editor")

        response = client.get("/admin/")

        assert response.status_code == 302
        assert response["Location"] == f"{OVERVIEW}?next=%2Fadmin%2F"
        page = client.get(OVERVIEW).content.decode()
        assert "Your role requires a second factor" in page

    @pytest.mark.parametrize(
        "path",
        [
            "/admin/pages/",
            "/admin/account/",
            "/admin/users/",
            "/admin/choose-page/",
            "/admin/api/main/pages/",
        ],
    )
    def test_going_straight_to_an_admin_url_is_turned_back(self, editor, home, path):
        client = signed_in("editor")

        page = client.get(path)
        data = client.get(path, **XHR)

        assert page.status_code == 302
        assert page["Location"].startswith(OVERVIEW)
        assert data.status_code == 403
        assert b"Confirm your second factor" in data.content

    def test_saving_a_page_is_refused(self, editor, story):
        client = signed_in("editor")

        response = client.post(
            f"/admin/pages/{story.pk}/edit/", {"title": "Defaced", "slug": story.slug}
        )

        assert response.status_code == 403
        story.refresh_from_db()
        assert story.title == "Harbour wall gives way"
        assert story.revisions.count() == 1

    def test_only_enrolment_is_in_the_menu(self, editor):
        client = signed_in("editor")

        page = client.get(OVERVIEW).content.decode()

        assert "Set up two-factor authentication" in page
        assert "Editorial calendar" not in page

    def test_administrators_too(self, administrator):
        client = signed_in("chief")

        assert client.get("/admin/")["Location"].startswith(OVERVIEW)

    def test_which_roles_is_a_setting(self, settings, editor, writer, administrator):
        settings.STAFF_TWO_FACTOR_REQUIRED_GROUPS = ["Writers"]
        settings.STAFF_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = False

        assert signed_in("writer").get("/admin/").status_code == 302
        assert signed_in("editor").get("/admin/").status_code == 200
        assert signed_in("chief").get("/admin/").status_code == 200


class TestOptionalForWriters:
    def test_a_writer_without_a_second_factor_goes_straight_in(self, writer):
        assert signed_in("writer").get("/admin/").status_code == 200

    def test_they_find_it_under_their_account(self, writer):
        client = signed_in("writer")

        account = client.get("/admin/account/").content.decode()
        overview = client.get(OVERVIEW).content.decode()

        assert f'href="{OVERVIEW}"' in account
        assert "Two-factor authentication is optional for your role" in overview
        assert "Set up an authenticator app" in overview

    def test_a_writer_who_enrolled_must_use_it(self, writer):
        totp_device(writer)
        client = signed_in("writer")

        response = client.get("/admin/pages/")

        assert response["Location"] == f"{VERIFY}?next=%2Fadmin%2Fpages%2F"


class TestEnrolment:
    def test_an_authenticator_app_is_set_up_with_a_first_code(self, editor, time_machine):
        time_machine.move_to(timedelta(0), tick=False)
        client = signed_in("editor")

        page = client.get(AUTHENTICATOR).content.decode()
        device = TOTPDevice.objects.get(user=editor, confirmed=False)
        assert 'aria-label="QR code for your authenticator app"><svg' in page
        assert client.get(AUTHENTICATOR).status_code == 200
        assert TOTPDevice.objects.filter(user=editor).count() == 1  # the same code on reload

        wrong = client.post(AUTHENTICATOR, {"code": "000000"})
        assert "That code is not right" in wrong.content.decode()
        assert not TOTPDevice.objects.get(pk=device.pk).confirmed
        too_soon = client.post(AUTHENTICATOR, {"code": totp_code(device)})
        assert "Too many wrong codes" in too_soon.content.decode()

        time_machine.move_to(timedelta(seconds=3), tick=False)
        response = client.post(AUTHENTICATOR, {"code": totp_code(device)})

        assert response["Location"] == OVERVIEW
        assert TOTPDevice.objects.get(pk=device.pk).confirmed
        assert verified(client)
        assert client.get("/admin/").status_code == 200
        assert ModelLogEntry.objects.filter(action=AUTHENTICATOR_ADDED_ACTION).count() == 1

    def test_recovery_codes_are_shown_once(self, editor):
        client = signed_in("editor")
        client.get(AUTHENTICATOR)
        device = TOTPDevice.objects.get(user=editor)
        client.post(AUTHENTICATOR, {"code": totp_code(device)})

        first = client.get(OVERVIEW).content.decode()
        codes = [token.token for token in StaticToken.objects.filter(device__user=editor)]
        assert len(codes) == 10
        for code in codes:
            assert f"{code[:4]}-{code[4:]}".upper() in first

        again = client.get(OVERVIEW).content.decode()
        assert codes[0][:4].upper() not in again
        assert "10 unused recovery codes left" in again

    def test_the_setup_secret_is_shown_to_type_in(self, editor):
        client = signed_in("editor")
        page = client.get(AUTHENTICATOR).content.decode()

        assert 'class="authenticator-secret"' in page

    def test_an_enrolled_person_cannot_add_a_factor_before_verifying(self, editor):
        """Someone with only the password must not be able to add their own second factor."""
        existing = totp_device(editor)
        client = signed_in("editor")

        setup = client.get(AUTHENTICATOR)
        passkey = client.post(
            "/admin/two-factor/passkeys/registration/begin/",
            content_type="application/json",
            **XHR,
        )

        assert setup["Location"] == VERIFY
        assert passkey.status_code == 403
        assert list(TOTPDevice.objects.filter(user=editor)) == [existing]


class TestVerification:
    @pytest.fixture
    def device(self, editor):
        return totp_device(editor)

    def test_the_right_code_lets_them_in(self, device):
        client = signed_in("editor")
        old_session_key = client.session.session_key

        response = client.post(VERIFY, {"code": totp_code(device), "next": "/admin/pages/"})

        assert response["Location"] == "/admin/pages/"
        assert verified(client)
        assert client.session.session_key != old_session_key
        assert client.get("/admin/pages/").status_code == 200

    def test_a_wrong_code_does_not(self, device):
        client = signed_in("editor")

        response = client.post(VERIFY, {"code": "123456"})

        assert response.status_code == 200
        assert "That code is not right" in response.content.decode()
        assert not verified(client)
        assert client.get("/admin/").status_code == 302

    def test_a_code_used_once_is_refused_after(self, device):
        code = totp_code(device)
        first = signed_in("editor")
        first.post(VERIFY, {"code": code})
        assert verified(first)

        second = signed_in("editor")
        response = second.post(VERIFY, {"code": code})

        assert "That code is not right, or it has been used already" in response.content.decode()
        assert not verified(second)

    def test_guessing_is_slowed_down(self, device, time_machine):
        time_machine.move_to(timedelta(0), tick=False)
        client = signed_in("editor")
        for _ in range(3):
            client.post(VERIFY, {"code": "000000"})

        response = client.post(VERIFY, {"code": totp_code(device)})
        assert "Too many wrong codes" in response.content.decode()
        assert not verified(client)

        time_machine.move_to(timedelta(seconds=5), tick=False)
        client.post(VERIFY, {"code": totp_code(device)})
        assert verified(client)

    def test_a_recovery_code_works_once(self, device, editor):
        codes, _ = issue_recovery_codes(editor)
        first = signed_in("editor")

        response = first.post(VERIFY, {"code": codes[0].lower().replace("-", " ")}, follow=True)

        assert verified(first)
        assert "You used a recovery code; 9 are left" in response.content.decode()
        second = signed_in("editor")
        second.post(VERIFY, {"code": codes[0]})
        assert not verified(second)
        assert StaticToken.objects.filter(device__user=editor).count() == 9

    def test_another_persons_code_does_not_count(self, device, writer):
        other = totp_device(writer)
        client = signed_in("editor")

        client.post(VERIFY, {"code": totp_code(other)})

        assert not verified(client)

    @pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/admin/"])
    def test_it_sends_nobody_off_the_site(self, device, target):
        client = signed_in("editor")

        response = client.post(VERIFY, {"code": totp_code(device), "next": target})

        assert response["Location"] == "/admin/"

    def test_the_verify_page_needs_the_password_first(self, client, device):
        response = client.get(VERIFY)

        assert response["Location"].startswith("/admin/login/")


class TestManagingSecondFactors:
    @pytest.fixture
    def enrolled_client(self, editor):
        device = totp_device(editor)
        issue_recovery_codes(editor)
        client = signed_in("editor")
        client.post(VERIFY, {"code": totp_code(device)})
        assert verified(client)
        client.device = device
        return client

    def test_new_recovery_codes_replace_the_old(self, enrolled_client, editor):
        old = set(StaticToken.objects.values_list("token", flat=True))

        enrolled_client.post("/admin/two-factor/recovery-codes/")

        new = set(StaticToken.objects.values_list("token", flat=True))
        assert len(new) == 10 and not old & new

    def test_removing_the_last_factor_removes_the_recovery_codes(self, enrolled_client, editor):
        response = enrolled_client.post(
            f"/admin/two-factor/authenticator/{enrolled_client.device.pk}/remove/"
        )

        assert response["Location"] == OVERVIEW
        assert not TOTPDevice.objects.filter(user=editor).exists()
        assert not StaticDevice.objects.filter(user=editor).exists()
        # Their role requires one: back to enrolment.
        assert enrolled_client.get("/admin/")["Location"].startswith(OVERVIEW)

    def test_nobody_removes_another_persons_factor(self, enrolled_client, writer):
        theirs = totp_device(writer)

        response = enrolled_client.post(f"/admin/two-factor/authenticator/{theirs.pk}/remove/")

        assert response.status_code == 404
        assert TOTPDevice.objects.filter(pk=theirs.pk).exists()

    def test_changes_need_a_verified_session(self, editor):
        device = totp_device(editor)
        issue_recovery_codes(editor)
        old = set(StaticToken.objects.values_list("token", flat=True))
        client = signed_in("editor")

        client.post("/admin/two-factor/recovery-codes/")
        client.post(f"/admin/two-factor/authenticator/{device.pk}/remove/")

        assert set(StaticToken.objects.values_list("token", flat=True)) == old
        assert TOTPDevice.objects.filter(pk=device.pk).exists()

    def test_changes_take_a_post(self, enrolled_client):
        assert enrolled_client.get("/admin/two-factor/recovery-codes/").status_code == 405

    def test_a_forged_cross_site_post_is_refused(self, editor):
        device = totp_device(editor)
        client = Client(enforce_csrf_checks=True)
        client.force_login(editor)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

        response = client.post(f"/admin/two-factor/authenticator/{device.pk}/remove/")

        assert response.status_code == 403
        assert TOTPDevice.objects.filter(pk=device.pk).exists()


def test_signing_out_ends_the_verified_session(editor):
    device = totp_device(editor)
    client = signed_in("editor")
    client.post(VERIFY, {"code": totp_code(device)})

    client.post("/admin/logout/")

    assert SESSION_KEY not in client.session
    assert not verified(client)
