"""The violation report endpoint: what browsers send is kept in the log, stripped of anything
personal; everything else anyone might send is refused cheaply."""

import json
import logging

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories import build_site

URL = "/csp-report/"
CSP_REPORT = "application/csp-report"


def report(**fields):
    body = {
        "document-uri": "https://news.example/politics/council-votes/?utm_source=mail#top",
        "referrer": "https://mail.example/inbox/ada@example.org",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "original-policy": "default-src 'self'",
        "blocked-uri": "https://evil.example/steal.js?cookie=abc",
        "script-sample": "stealSecrets('ada@example.org')",
        "status-code": 200,
    }
    body.update(fields)
    return json.dumps({"csp-report": body})


@pytest.fixture
def site(db):
    return build_site()


@pytest.fixture
def logged(caplog):
    caplog.set_level(logging.WARNING, logger="security.csp")
    return lambda: [
        record.getMessage() for record in caplog.records if record.name == "security.csp"
    ]


def post(client, body, content_type=CSP_REPORT, **extra):
    return client.generic("POST", URL, body, content_type=content_type, **extra)


def test_a_browsers_report_is_logged_as_directive_origin_and_page(client, site, logged):
    response = post(client, report())

    assert response.status_code == 204
    assert response.content == b""
    assert logged() == [
        "CSP violation: script-src-elem blocked https://evil.example on /politics/council-votes/"
    ]


def test_nothing_personal_is_kept(client, site, logged):
    client.cookies["sessionid"] = "reader-session-secret"
    token_page = "https://news.example/account/sign-in/SIGN-IN-TOKEN-1234/?email=ada@example.org"
    with CaptureQueriesContext(connection) as queries:
        response = post(
            client,
            report(**{"document-uri": token_page, "blocked-uri": "inline"}),
            REMOTE_ADDR="203.0.113.9",
        )

    assert response.status_code == 204
    assert not response.cookies
    [line] = logged()
    assert line == "CSP violation: script-src-elem blocked inline on /account/sign-in/<str:token>/"
    for secret in (
        "SIGN-IN-TOKEN",
        "ada@example.org",
        "203.0.113.9",
        "utm_source",
        "stealSecrets",
        "reader-session",
    ):
        assert secret not in line
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []


def test_reporting_api_batches_are_read_up_to_a_limit(client, site, logged):
    entry = {
        "type": "csp-violation",
        "url": "https://news.example/",
        "body": {
            "documentURL": "https://news.example/search/?q=ada",
            "effectiveDirective": "img-src",
            "blockedURL": "https://pixel.example/p.gif",
        },
    }
    batch = [entry] * 30 + [{"type": "deprecation", "body": {}}]

    response = post(client, json.dumps(batch), content_type="application/reports+json")

    assert response.status_code == 204
    assert logged() == ["CSP violation: img-src blocked https://pixel.example on /search/"] * 20


def test_csrf_token_is_not_needed_since_browsers_post_reports(site, logged):
    response = post(Client(enforce_csrf_checks=True), report())
    assert response.status_code == 204


@pytest.mark.parametrize("method", ["get", "put", "delete", "head"])
def test_only_post_is_accepted(client, site, method, logged):
    assert getattr(client, method)(URL).status_code == 405
    assert logged() == []


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", ""]
)
def test_other_content_types_are_refused(client, site, content_type, logged):
    assert post(client, report(), content_type=content_type).status_code == 415
    assert logged() == []


def test_a_huge_body_is_refused_unread(client, site, logged):
    huge = report(**{"script-sample": "x" * 100_000})
    assert post(client, huge).status_code == 413
    assert logged() == []


def test_a_body_longer_than_its_declared_length_is_cut_there(client, site, logged):
    huge = report(**{"script-sample": "x" * 100_000})
    assert post(client, huge, CONTENT_LENGTH="40").status_code == 400
    assert logged() == []


@pytest.mark.parametrize(
    "body",
    [
        " ",
        "not json",
        "null",
        "42",
        '"csp-report"',
        '{"csp-report": "inline"}',
        '{"something": {}}',
        "[" * 4000 + "]" * 4000,
        '{"csp-report": ' * 400 + "{}" + "}" * 400,
        '{"csp-report": {"effective-directive": "script-src\\nCSP violation: forged"}}',
        '{"csp-report": {"effective-directive": ["script-src"]}}',
        '{"csp-report": {"effective-directive": "script-src\\n"}}',
        b"\xff\xfe\x00garbage",
        "[1, 2, 3]",
    ],
)
def test_hostile_json_is_refused(client, site, body, logged):
    assert post(client, body).status_code == 400
    assert logged() == []


def test_hostile_fields_are_reduced_to_harmless_values(client, site, logged):
    body = report(
        **{
            "blocked-uri": {"nested": ["objects"]},
            "document-uri": "https://news.example/%0Aforged\n/<script>/",
        }
    )

    assert post(client, body).status_code == 204
    [line] = logged()
    assert line == "CSP violation: script-src-elem blocked other on (unknown page)"


def test_a_flood_from_one_address_is_turned_away(client, site, settings, logged):
    settings.CSP_REPORTS_PER_MINUTE = 5
    answers = [post(client, report(), REMOTE_ADDR="198.51.100.7").status_code for _ in range(8)]
    assert answers == [204] * 5 + [429] * 3
    assert len(logged()) == 5
    # Others still report, and a forged proxy header does not reset the count.
    assert post(client, report(), REMOTE_ADDR="198.51.100.8").status_code == 204
    assert (
        post(client, report(), REMOTE_ADDR="198.51.100.7", HTTP_X_REAL_IP="192.0.2.1").status_code
        == 429
    )


def test_one_ipv6_network_counts_as_one_reporter(client, site, settings):
    settings.CSP_REPORTS_PER_MINUTE = 2
    addresses = ["2001:db8:1:2::1", "2001:db8:1:2::2", "2001:db8:1:2:ffff::3"]
    answers = [post(client, report(), REMOTE_ADDR=address).status_code for address in addresses]
    assert answers == [204, 204, 429]
    assert post(client, report(), REMOTE_ADDR="2001:db8:1:3::1").status_code == 204


def test_floods_are_refused_before_the_body_is_read(client, site, settings):
    settings.CSP_REPORTS_PER_MINUTE = 1
    post(client, report())
    assert post(client, "[" * 5000, content_type="text/plain").status_code == 429
