"""Reading consent from cookies: anything tampered, truncated or stale is "no decision"."""

import uuid

import pytest
from django.test import RequestFactory
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consent.configuration import get_configuration
from consent.models import ConsentPolicy, ConsentRecord
from consent.state import Receipt, read_consent

pytestmark = pytest.mark.django_db

CONSENT_ID = uuid.UUID("0f3e1a52-9c4b-4e7a-8d21-6b5f0c9a7e13")

# Printable cookie-safe text plus the separators our format uses.
cookie_text = st.text(
    alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters='";,\\'),
    max_size=300,
)

# Anything a browser or a script can put on the wire: WSGI hands headers over as latin-1.
wire_text = st.text(alphabet=st.characters(max_codepoint=0xFF), max_size=200)


def request_with(**cookies):
    request = RequestFactory().get("/")
    request.COOKIES.update(cookies)
    return request


def current_version():
    return ConsentPolicy.objects.current().version


def accepted_cookie(configuration, **overrides):
    values = {group.varname: group.version for group in configuration.optional_groups}
    values.update(overrides)
    return "|".join(f"{varname}={value}" for varname, value in values.items())


class TestReceipt:
    def test_round_trip(self):
        receipt = Receipt(3, CONSENT_ID)

        assert Receipt.parse(str(receipt)) == receipt

    @pytest.mark.parametrize(
        "value",
        [
            None,
            "",
            "3",
            "3.",
            f"3.{CONSENT_ID.hex[:-1]}",
            f"3.{CONSENT_ID.hex}0",
            f"3.{CONSENT_ID}",
            f"-3.{CONSENT_ID.hex}",
            f"٣.{CONSENT_ID.hex}",
            f"3.{CONSENT_ID.hex.upper()}",
            f"{'9' * 10}.{CONSENT_ID.hex}",
            f" 3.{CONSENT_ID.hex}",
        ],
    )
    def test_rejects_anything_we_did_not_write(self, value):
        assert Receipt.parse(value) is None


class TestReadConsent:
    def test_no_cookies_is_no_decision(self):
        state = read_consent(request_with(), get_configuration())

        assert not state.is_decided
        assert state.consent_id is None
        assert set(state.groups.values()) == {None}

    def test_cookies_we_wrote_are_a_decision(self):
        configuration = get_configuration()
        state = read_consent(
            request_with(
                cookie_consent=accepted_cookie(configuration, marketing="-1"),
                consent_receipt=str(Receipt(current_version(), CONSENT_ID)),
            ),
            configuration,
        )

        assert state.is_decided
        assert state.consent_id == CONSENT_ID
        assert state.groups == {"analytics": True, "embeds": True, "marketing": False}

    def test_decision_under_an_older_policy_version_is_no_decision(self):
        configuration = get_configuration()
        state = read_consent(
            request_with(
                cookie_consent=accepted_cookie(configuration),
                consent_receipt=str(Receipt(current_version() - 1, CONSENT_ID)),
            ),
            configuration,
        )

        assert not state.is_decided
        assert not state.accepts("analytics")
        assert state.consent_id == CONSENT_ID

    @pytest.mark.parametrize(
        "tampered",
        ["9999", "yes", "2026-13-45", "2026-01-01T00:00:00+00:00<script>", "true"],
    )
    def test_one_tampered_value_makes_the_whole_cookie_no_decision(self, tampered):
        configuration = get_configuration()
        state = read_consent(
            request_with(
                cookie_consent=accepted_cookie(configuration, analytics=tampered),
                consent_receipt=str(Receipt(current_version(), CONSENT_ID)),
            ),
            configuration,
        )

        assert not state.is_decided
        assert state.accepted_groups() == set()

    def test_truncated_consent_cookie_is_no_decision(self):
        configuration = get_configuration()
        full = accepted_cookie(configuration)
        state = read_consent(
            request_with(
                cookie_consent=full[: full.index("|")],
                consent_receipt=str(Receipt(current_version(), CONSENT_ID)),
            ),
            configuration,
        )

        assert not state.is_decided

    def test_acceptance_before_a_new_cookie_joined_the_group_asks_again(self, analytics_cookie):
        configuration = get_configuration()
        state = read_consent(
            request_with(
                cookie_consent=accepted_cookie(configuration, analytics="2000-01-01T00:00:00"),
                consent_receipt=str(Receipt(current_version(), CONSENT_ID)),
            ),
            configuration,
        )

        assert state.groups["analytics"] is None
        assert not state.is_decided

    @settings(max_examples=300, deadline=None)
    @given(consent=cookie_text, receipt=cookie_text)
    def test_random_cookie_strings_are_no_decision(self, consent, receipt):
        state = read_consent(
            request_with(cookie_consent=consent, consent_receipt=receipt), get_configuration()
        )

        assert not state.is_decided
        assert state.accepted_groups() == set()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(consent=wire_text, receipt=wire_text)
def test_tampered_cookies_never_break_a_page(client, home, consent, receipt):
    client.cookies["cookie_consent"] = consent
    client.cookies["consent_receipt"] = receipt

    for url, expected in (("/", 200), ("/cookies/", 200), ("/cookies/analytics/", 403)):
        assert client.get(url).status_code == expected
    status = client.get("/cookies/status/").json()
    assert status["decided"] is False

    before = ConsentRecord.objects.count()
    response = client.post("/cookies/decide/", {"choice": "reject_all"})
    assert response.status_code == 302
    assert ConsentRecord.objects.count() == before + 1
