"""Staff sign-in in a real browser: password, then an authenticator app's code or a passkey
(Chromium's virtual authenticator), as production requires of Editors."""

import re
import time
from base64 import b32decode

import pytest
from django_otp.oath import TOTP

from tests.factories import UserFactory

PASSWORD = "not-a-real-password"


@pytest.fixture
def two_factor_required(settings, live_server):
    settings.AXES_ENABLED = True
    settings.STAFF_TWO_FACTOR_REQUIRED_GROUPS = ["Editors", "Legal"]
    settings.STAFF_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = True
    settings.OTP_WEBAUTHN_RP_ID = "localhost"
    settings.OTP_WEBAUTHN_ALLOWED_ORIGINS = [live_server.url]


@pytest.fixture
def editor(two_factor_required):
    return UserFactory(username="editor", groups=["Editors"])


@pytest.fixture
def page(chromium, live_server):
    context = chromium.new_context(base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def sign_in_with_password(page):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def code_for(secret, steps_ahead=0):
    """What the person's authenticator app shows, from the key the page gave them to type."""
    totp = TOTP(b32decode(secret.replace(" ", "")))
    totp.time = time.time() + steps_ahead * 30
    return f"{totp.token():06d}"


def sign_out(page):
    page.context.clear_cookies()


def test_an_editor_enrols_an_authenticator_app_then_signs_in_with_it(page, editor):
    sign_in_with_password(page)
    page.wait_for_url(re.compile(r"/admin/two-factor/\?next="))
    assert page.get_by_text("Your role requires a second factor").is_visible()
    page.goto("/admin/pages/")
    page.wait_for_url(re.compile(r"/admin/two-factor/\?next="))

    page.get_by_role("link", name="Set up an authenticator app").click()
    page.wait_for_url("**/admin/two-factor/authenticator/")
    assert page.get_by_role("img", name="QR code for your authenticator app").is_visible()
    secret = page.locator(".authenticator-secret").inner_text()
    first_code = code_for(secret)
    page.get_by_label("Code from the app").fill(first_code)
    page.get_by_role("button", name="Confirm").click()

    page.wait_for_url("**/admin/two-factor/")
    assert page.get_by_role("heading", name="Your recovery codes").is_visible()
    recovery_codes = page.locator(".recovery-codes li").all_inner_texts()
    assert len(recovery_codes) == 10
    page.goto("/admin/")
    assert page.get_by_role("heading", name="Awaiting my review").is_visible()

    sign_out(page)
    sign_in_with_password(page)
    page.wait_for_url(re.compile(r"/admin/two-factor/verify/"))
    # The code just used is refused; the app's next one is accepted.
    page.get_by_role("textbox", name="Code").fill(first_code)
    page.get_by_role("button", name="Continue").click()
    page.locator(".messages").get_by_text("it has been used already").wait_for()
    # After a wrong code django-otp makes the next try wait a second.
    page.wait_for_timeout(1_500)
    page.get_by_role("textbox", name="Code").fill(code_for(secret, steps_ahead=1))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/admin/")

    sign_out(page)
    sign_in_with_password(page)
    page.wait_for_url(re.compile(r"/admin/two-factor/verify/"))
    page.get_by_role("textbox", name="Code").fill(recovery_codes[0])
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/admin/")
    page.get_by_text("You used a recovery code; 9 are left").wait_for()


def test_an_editor_enrols_a_passkey_then_signs_in_with_it(page, editor):
    session = page.context.new_cdp_session(page)
    session.send("WebAuthn.enable")
    session.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    sign_in_with_password(page)
    page.wait_for_url(re.compile(r"/admin/two-factor/\?next="))

    page.get_by_role("button", name="Add a passkey").click()
    # The page reloads with the passkey listed and the recovery codes that go with it.
    page.get_by_role("heading", name="Your recovery codes").wait_for()
    assert page.locator(".recovery-codes li").count() == 10
    page.goto("/admin/")
    assert page.get_by_role("heading", name="Awaiting my review").is_visible()

    sign_out(page)
    sign_in_with_password(page)
    page.wait_for_url(re.compile(r"/admin/two-factor/verify/"))
    page.get_by_role("button", name="Use a passkey").click()
    page.wait_for_url("**/admin/")
    assert page.get_by_role("heading", name="Awaiting my review").is_visible()
