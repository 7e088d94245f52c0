import time

import pytest
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import UserFactory

PASSWORD = "not-a-real-password"
LOGIN_URL = "/admin/login/"


@pytest.fixture(autouse=True)
def staff_security_on(settings):
    """Production's defaults, which the rest of the suite's settings switch off."""
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5
    settings.STAFF_LOCKOUT_MINUTES = 30
    settings.AXES_COOLOFF_TIME = 0.5
    settings.STAFF_TWO_FACTOR_REQUIRED_GROUPS = ["Editors", "Legal"]
    settings.STAFF_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = True


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", groups=["Editors"])


@pytest.fixture
def writer(db):
    return UserFactory(username="writer", groups=["Writers"])


@pytest.fixture
def administrator(db):
    return UserFactory(username="chief", is_superuser=True, is_staff=True)


def sign_in(client, username, password=PASSWORD, address="127.0.0.1", **extra):
    """Post the admin's sign-in form, as a browser at `address` would."""
    return client.post(
        LOGIN_URL,
        {"username": username, "password": password, **extra},
        REMOTE_ADDR=address,
    )


def new_client():
    return Client()


def totp_device(user, confirmed=True):
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=confirmed)


def totp_code(device, steps_ahead=0):
    """The code the person's app shows now, or that many 30-second steps later."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():06d}"
