import uuid

import pytest
from cookie_consent.models import CookieGroup
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from consent.models import ConsentPolicy, ConsentRecord
from tests.consent.conftest import publish_new_version

pytestmark = pytest.mark.django_db

SIX_MONTHS = 60 * 60 * 24 * 182


def receipt_of(response):
    version, consent_id = response.cookies["consent_receipt"].value.split(".")
    return int(version), uuid.UUID(hex=consent_id)


def consent_values(response):
    return dict(pair.split("=") for pair in response.cookies["cookie_consent"].value.split("|"))


class TestDecision:
    def test_accept_all_writes_one_record_with_consent_id_and_version(self, client, decide):
        response = decide(client, "accept_all")

        assert response.status_code == 302
        record = ConsentRecord.objects.get()
        assert record.choice == "accept_all"
        assert record.policy == ConsentPolicy.objects.current()
        assert record.decisions == {
            "analytics": "accepted",
            "embeds": "accepted",
            "marketing": "accepted",
        }
        assert receipt_of(response) == (record.policy.version, record.consent_id)
        assert record.global_privacy_control is False

    def test_reject_all_writes_one_record_declining_every_group(self, client, decide):
        response = decide(client, "reject_all")

        record = ConsentRecord.objects.get()
        assert set(record.decisions.values()) == {"declined"}
        assert consent_values(response) == {"analytics": "-1", "embeds": "-1", "marketing": "-1"}

    def test_custom_choice_accepts_only_ticked_groups(self, client, decide):
        decide(client, "custom", groups=["embeds"])

        assert ConsentRecord.objects.get().decisions == {
            "analytics": "declined",
            "embeds": "accepted",
            "marketing": "declined",
        }

    def test_reader_keeps_one_consent_id_across_decisions(self, client, decide):
        first = decide(client, "accept_all")
        second = decide(client, "reject_all")

        assert receipt_of(first)[1] == receipt_of(second)[1]
        assert ConsentRecord.objects.count() == 2
        assert ConsentRecord.objects.values("consent_id").distinct().count() == 1

    def test_consent_cookies_are_lax_last_six_months_and_readable_by_the_script(
        self, client, decide
    ):
        response = decide(client, "accept_all")

        for name in ("cookie_consent", "consent_receipt"):
            cookie = response.cookies[name]
            assert cookie["samesite"] == "Lax"
            assert cookie["max-age"] == SIX_MONTHS
            assert not cookie["httponly"]
            assert not cookie["secure"]

    @override_settings(COOKIE_CONSENT_SECURE=True)
    def test_consent_cookies_are_secure_when_configured(self, client, decide):
        response = decide(client, "accept_all")

        assert response.cookies["cookie_consent"]["secure"]
        assert response.cookies["consent_receipt"]["secure"]

    def test_fetch_gets_json_instead_of_a_redirect(self, client, decide):
        response = decide(client, "custom", groups=["analytics"], fetch=True)

        assert response.status_code == 200
        data = response.json()
        assert data["decided"] is True
        assert data["groups"] == {"analytics": True, "embeds": False, "marketing": False}
        assert data["consentId"] == str(ConsentRecord.objects.get().consent_id)

    @pytest.mark.parametrize(
        ("next_url", "expected"),
        [
            ("/politics/?page=2", "/politics/?page=2#consent-saved"),
            ("/politics/#top", "/politics/#consent-saved"),
            ("https://evil.example/", "/cookies/?saved=1"),
            ("//evil.example/", "/cookies/?saved=1"),
            ("javascript:alert(1)", "/cookies/?saved=1"),
            ("/\\evil.example", "/cookies/?saved=1"),
            ("", "/cookies/?saved=1"),
        ],
    )
    def test_next_never_redirects_off_site(self, client, home, next_url, expected):
        response = client.post("/cookies/decide/", {"choice": "reject_all", "next": next_url})

        assert response.status_code == 302
        assert response["Location"] == expected

    def test_post_without_csrf_token_is_refused(self, home):
        strict = Client(enforce_csrf_checks=True)

        response = strict.post("/cookies/decide/", {"choice": "accept_all"})

        assert response.status_code == 403
        assert not ConsentRecord.objects.exists()
        assert "cookie_consent" not in response.cookies

    def test_post_with_token_from_status_endpoint_is_accepted(self, home):
        strict = Client(enforce_csrf_checks=True)
        token = strict.get("/cookies/status/").json()["csrfToken"]

        response = strict.post(
            "/cookies/decide/",
            {"choice": "accept_all"},
            HTTP_X_CSRFTOKEN=token,
            HTTP_X_COOKIE_CONSENT_FETCH="1",
        )

        assert response.status_code == 200
        assert ConsentRecord.objects.count() == 1

    @pytest.mark.parametrize(
        "data",
        [
            {},
            {"choice": "accept_everything"},
            {"choice": "custom", "groups": ["necessary"]},
            {"choice": "custom", "groups": ["nonexistent"]},
            {"choice": "x" * 10_000},
        ],
    )
    def test_unreadable_decision_is_a_clear_400(self, client, home, data):
        response = client.post("/cookies/decide/", data)

        assert response.status_code == 400
        assert b"We could not save your cookie choice" in response.content
        assert not ConsentRecord.objects.exists()
        assert "cookie_consent" not in response.cookies

    def test_unreadable_decision_by_fetch_is_json_400(self, client, decide):
        response = decide(client, "maybe", fetch=True)

        assert response.status_code == 400
        assert "choice" in response.json()["fields"]

    def test_get_is_not_allowed(self, client, home):
        assert client.get("/cookies/decide/?choice=accept_all").status_code == 405
        assert not ConsentRecord.objects.exists()

    def test_declining_deletes_the_groups_cookies_we_set(self, client, decide, analytics_cookie):
        client.cookies["_pk_id.1.a2b3"] = "visitor"
        client.cookies["_pk_other"] = "kept"

        response = decide(client, "reject_all")

        deleted = response.cookies["_pk_id.1.a2b3"]
        assert deleted.value == ""
        assert deleted["max-age"] == 0
        assert "_pk_other" not in response.cookies

    def test_accepting_keeps_the_groups_cookies(self, client, decide, analytics_cookie):
        client.cookies["_pk_id.1.a2b3"] = "visitor"

        response = decide(client, "accept_all")

        assert "_pk_id.1.a2b3" not in response.cookies

    def test_accepted_version_is_the_versions_publishing_time(
        self, client, decide, analytics_cookie
    ):
        response = decide(client, "accept_all")

        published_at = ConsentPolicy.objects.current().published_at
        assert consent_values(response)["analytics"] == published_at.isoformat()


class TestGlobalPrivacyControl:
    def test_accept_all_leaves_analytics_and_marketing_off(self, client, decide):
        response = decide(client, "accept_all", HTTP_SEC_GPC="1")

        record = ConsentRecord.objects.get()
        assert record.decisions == {
            "analytics": "declined",
            "embeds": "accepted",
            "marketing": "declined",
        }
        assert record.global_privacy_control is True
        assert consent_values(response)["analytics"] == "-1"

    def test_explicit_opt_in_is_honoured(self, client, decide):
        decide(client, "custom", groups=["analytics", "embeds"], HTTP_SEC_GPC="1")

        assert ConsentRecord.objects.get().decisions["analytics"] == "accepted"

    def test_settings_page_explains_the_signal(self, client, home):
        quiet = client.get("/cookies/")
        signalled = client.get("/cookies/", HTTP_SEC_GPC="1")

        assert b"Global Privacy Control" not in quiet.content
        assert b"Global Privacy Control signal" in signalled.content


class TestStatus:
    def test_fresh_reader_has_not_decided(self, client, home):
        data = client.get("/cookies/status/").json()

        assert data["decided"] is False
        assert data["consentId"] is None
        assert data["groups"] == {"analytics": None, "embeds": None, "marketing": None}
        assert data["csrfToken"]

    def test_status_reflects_the_decision(self, client, decide):
        decide(client, "custom", groups=["embeds"])

        data = client.get("/cookies/status/").json()

        assert data["decided"] is True
        assert data["groups"] == {"analytics": False, "embeds": True, "marketing": False}

    def test_status_is_never_cached(self, client, home):
        response = client.get("/cookies/status/")

        assert "no-store" in response["Cache-Control"]


class TestAnalyticsSnippet:
    def test_refused_before_any_decision(self, client, analytics_snippet):
        response = client.get("/cookies/analytics/")

        assert response.status_code == 403
        assert analytics_snippet.encode() not in response.content

    def test_refused_after_declining(self, client, decide, analytics_snippet):
        decide(client, "custom", groups=["embeds"])

        assert client.get("/cookies/analytics/").status_code == 403

    def test_sent_once_analytics_is_accepted(self, client, decide, analytics_snippet):
        decide(client, "custom", groups=["analytics"])

        response = client.get("/cookies/analytics/")

        assert response.status_code == 200
        assert response.content.decode() == analytics_snippet
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert "no-store" in response["Cache-Control"]

    def test_no_content_when_no_snippet_is_configured(self, client, decide):
        decide(client, "accept_all")

        assert client.get("/cookies/analytics/").status_code == 204


class TestCookieSettingsPage:
    def test_lists_every_group_and_cookie(self, client, home, analytics_cookie):
        response = client.get("/cookies/")

        content = response.content.decode()
        assert response.status_code == 200
        for text in ("Necessary", "Analytics", "Embeds and social media", "Marketing"):
            assert text in content
        assert "<code>_pk_id.*</code>" in content
        assert "13 months" in content
        assert "no-store" in response["Cache-Control"]

    def test_fresh_reader_sees_no_consent_id_and_nothing_ticked(self, client, home):
        content = client.get("/cookies/").content.decode()

        assert "You have not chosen yet" in content
        assert "Your consent ID" not in content
        assert " checked" not in content

    def test_shows_the_consent_id_and_current_choice(self, client, decide):
        decide(client, "custom", groups=["embeds"])
        record = ConsentRecord.objects.get()

        content = client.get("/cookies/").content.decode()

        assert str(record.consent_id) in content
        assert "Embeds and social media: allowed" in content
        assert "Analytics: not allowed" in content
        assert 'value="embeds" id="consent-settings-embeds" checked' in content

    def test_choice_from_the_banner_without_javascript_asks_for_confirmation(self, client, home):
        response = client.get("/cookies/?choice=accept_all&next=/politics/")

        content = response.content.decode()
        assert "To confirm “Accept all”, press it again below." in content
        assert 'name="csrfmiddlewaretoken"' in content
        assert '<input type="hidden" name="next" value="/politics/">' in content
        assert 'value="accept_all" autofocus' in content
        assert not ConsentRecord.objects.exists()

    @pytest.mark.parametrize(
        "query",
        [
            "choice=<script>&next=https://evil.example/",
            "choice=customise&next=//evil.example",
            "next=" + "/a" * 5000,
            "choice=%00&next=%00",
        ],
    )
    def test_odd_query_strings_are_ignored(self, client, home, query):
        response = client.get(f"/cookies/?{query}")

        content = response.content.decode()
        assert response.status_code == 200
        assert "To confirm" not in content
        assert "evil.example" not in content
        assert "<script>&" not in content

    def test_has_no_banner_of_its_own(self, client, home):
        content = client.get("/cookies/").content.decode()

        assert "data-consent-banner" not in content
        assert 'id="consent-config"' in content


class TestPastVersions:
    def test_a_reader_sees_each_version_they_answered_as_they_saw_it(self, client, decide):
        decide(client, "accept_all")
        first = ConsentRecord.objects.get().policy
        CookieGroup.objects.filter(varname="analytics").update(description="Scroll depth too.")
        publish_new_version(heading="Cookies, plainly")
        decide(client, "reject_all")

        content = client.get(f"/cookies/?version={first.version}").content.decode()

        history = content[content.index("Your choices on record") :]
        assert f'href="?version={first.version}#consent-version-heading"' in history
        assert f'href="?version={first.version + 1}#consent-version-heading"' in history
        shown = content[content.index('class="consent-version"') :]
        shown = shown[: shown.index("</section>")]
        assert f"Version {first.version} of our cookie notice, as you saw it" in shown
        assert first.heading in shown.replace("&#x27;", "'")
        assert "Count visits and see which stories are read" in shown
        assert "Scroll depth too." not in shown

    @pytest.mark.parametrize("version", ["1", "99", "-1", "1e3", "9" * 40, "<b>"])
    def test_a_version_the_reader_did_not_answer_is_not_shown(self, client, decide, version):
        publish_new_version()
        decide(client, "accept_all")
        answered = ConsentRecord.objects.get().policy.version

        response = client.get("/cookies/", {"version": version})

        assert response.status_code == 200
        assert (
            version == str(answered) or 'class="consent-version"' not in response.content.decode()
        )

    def test_someone_elses_version_is_not_shown_without_their_consent_id(self, client, decide):
        other = Client()
        decide(other, "accept_all")
        version = ConsentRecord.objects.get().policy.version

        content = client.get(f"/cookies/?version={version}").content.decode()

        assert 'class="consent-version"' not in content
        assert "Your choices on record" not in content

    def test_the_history_costs_the_same_queries_however_many_choices(self, client, decide):
        decide(client, "accept_all")
        client.get("/cookies/")
        with CaptureQueriesContext(connection) as few:
            client.get("/cookies/")
        for choice in ("reject_all", "accept_all", "reject_all"):
            publish_new_version()
            decide(client, choice)
        client.get("/cookies/")  # publishing renewed the page's cached fragments
        with CaptureQueriesContext(connection) as many:
            client.get("/cookies/")

        assert len(many) == len(few)


class TestWithoutJavaScript:
    def test_saving_returns_the_reader_to_the_banners_confirmation(self, client, home):
        response = client.post(
            "/cookies/decide/", {"choice": "reject_all", "next": "/"}, follow=True
        )

        assert response.redirect_chain == [("/#consent-saved", 302)]
        content = response.content.decode()
        assert '<p class="consent-notice consent-saved" id="consent-saved"' in content
        assert "Your cookie choices are saved." in content

    def test_the_banner_says_what_the_reader_can_do_not_that_nothing_is_on(self, client, home):
        content = client.get("/").content.decode()

        assert "Nothing optional is switched on until you choose" not in content
        assert (
            'the <a href="/cookies/">cookie settings</a> show it and let you change it' in content
        )
