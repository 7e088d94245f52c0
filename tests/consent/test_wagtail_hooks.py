"""The Privacy menu: who sees it, and what legal staff can and cannot do there."""

import csv
import io
import uuid
from datetime import timedelta

import pytest
from cookie_consent.models import CookieGroup
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.test.utils.form_data import rich_text

from consent.models import ConsentPolicy, ConsentRecord, CookieDeclaration
from tests.consent.conftest import publish_new_version
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

GROUPS_URL = "/admin/cookie_consent/cookiegroup/"
COOKIES_URL = "/admin/consent/cookiedeclaration/"
TEXTS_URL = "/admin/consent/consentpolicy/"
LOG_URL = "/admin/consent/consentrecord/"
REPORT_URL = "/admin/consent/acceptance-report/"


def assert_denied(response):
    """Wagtail answers a refused admin action by sending the user back to the dashboard."""
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def group_form(group, **changes):
    data = {
        "name": group.name,
        "description": group.description,
        "is_deletable": "on" if group.is_deletable else "",
        "ordering": group.ordering,
        "varname": group.varname,
    }
    if group.is_required:
        data["is_required"] = "on"
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def text_form(**changes):
    data = {
        "heading": "Cookies on Lord's Press",
        "body": rich_text("<p>We ask before anything optional.</p>"),
        "accept_all_label": "Accept all",
        "reject_all_label": "Reject all",
        "customise_label": "Customise",
        "save_label": "Save my choices",
        "privacy_page": "",
        "change_note": "Plainer words.",
    }
    data.update(changes)
    return data


class TestPrivacyMenu:
    def test_legal_group_holds_the_consent_permissions(self):
        legal = Group.objects.get(name="Legal")
        codenames = set(legal.permissions.values_list("codename", flat=True))

        assert {
            "access_admin",
            "change_cookiegroup",
            "add_cookie",
            "add_cookiedeclaration",
            "change_consentpolicy",
            "publish_consentpolicy",
            "view_consentrecord",
        } <= codenames
        assert not {"change_consentrecord", "delete_consentrecord", "change_analyticssettings"} & (
            codenames
        )

    def test_legal_staff_and_administrators_see_it(self, client, legal_user, admin_user):
        for user in (legal_user, admin_user):
            client.force_login(user)
            content = client.get("/admin/").content.decode()
            assert "Privacy" in content
            assert "Consent log" in content
            assert "Acceptance report" in content

    def test_editors_neither_see_nor_reach_it(self, client, editor_user):
        client.force_login(editor_user)

        assert "Privacy" not in client.get("/admin/").content.decode()
        for url in (GROUPS_URL, COOKIES_URL, TEXTS_URL, LOG_URL, REPORT_URL):
            assert_denied(client.get(url))

    def test_anonymous_visitors_are_sent_to_log_in(self, client, home):
        response = client.get(LOG_URL)

        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]


class TestCookieGroups:
    def test_listed_in_order(self, legal_client):
        content = legal_client.get(GROUPS_URL).content.decode()

        positions = [
            content.index(name)
            for name in ("Necessary", "Analytics", "Embeds and social media", "Marketing")
        ]
        assert positions == sorted(positions)

    def test_legal_staff_rename_a_group(self, legal_client):
        group = CookieGroup.objects.get(varname="marketing")

        response = legal_client.post(
            f"{GROUPS_URL}edit/{group.pk}/", group_form(group, name="Advertising")
        )

        assert response.status_code == 302
        group.refresh_from_db()
        assert group.name == "Advertising"

    def test_code_names_the_site_relies_on_cannot_change(self, legal_client):
        group = CookieGroup.objects.get(varname="analytics")

        response = legal_client.post(
            f"{GROUPS_URL}edit/{group.pk}/", group_form(group, varname="stats")
        )

        assert response.status_code == 200
        assert "The site relies on the code name" in response.content.decode()
        group.refresh_from_db()
        assert group.varname == "analytics"

    def test_optional_groups_cannot_become_always_on(self, legal_client):
        group = CookieGroup.objects.get(varname="analytics")

        response = legal_client.post(
            f"{GROUPS_URL}edit/{group.pk}/", group_form(group, is_required="on")
        )

        assert "readers must be free to refuse" in response.content.decode()
        group.refresh_from_db()
        assert group.is_required is False

    def test_groups_the_site_relies_on_cannot_be_deleted(self, legal_client):
        group = CookieGroup.objects.get(varname="embeds")

        assert_denied(legal_client.get(f"{GROUPS_URL}delete/{group.pk}/"))
        assert_denied(legal_client.post(f"{GROUPS_URL}delete/{group.pk}/"))
        assert CookieGroup.objects.filter(varname="embeds").exists()

    def test_a_new_group_can_be_added_and_removed(self, legal_client):
        response = legal_client.post(
            f"{GROUPS_URL}create/",
            {
                "name": "Preferences",
                "description": "Remember your display settings.",
                "ordering": 15,
                "varname": "preferences",
                "is_deletable": "on",
            },
        )
        assert response.status_code == 302
        group = CookieGroup.objects.get(varname="preferences")

        legal_client.post(f"{GROUPS_URL}delete/{group.pk}/")

        assert not CookieGroup.objects.filter(varname="preferences").exists()


class TestCookies:
    def test_legal_staff_declare_a_cookie_readers_then_see(self, legal_client, client, home):
        analytics = CookieGroup.objects.get(varname="analytics")

        response = legal_client.post(
            f"{COOKIES_URL}create/",
            {
                "cookiegroup": analytics.pk,
                "name": "_pk_id.*",
                "description": "Tells one visit from the next.",
                "duration": "13 months",
                "recipients": "",
                "domain": "",
                "path": "/",
            },
        )

        assert response.status_code == 302
        assert CookieDeclaration.objects.get(name="_pk_id.*").cookiegroup == analytics
        legal_client.logout()
        assert b"<code>_pk_id.*</code>" not in client.get("/").content
        publish_new_version()
        assert b"<code>_pk_id.*</code>" in client.get("/").content

    @pytest.mark.parametrize("name", ["two words", "semi;colon", "*_pk", 'quote"d', "é"])
    def test_names_must_be_real_cookie_names(self, legal_client, name):
        response = legal_client.post(
            f"{COOKIES_URL}create/",
            {
                "cookiegroup": CookieGroup.objects.get(varname="analytics").pk,
                "name": name,
                "description": "x",
                "duration": "1 day",
                "path": "/",
            },
        )

        assert response.status_code == 200
        assert "exact name: letters, digits" in response.content.decode()
        assert not CookieDeclaration.objects.filter(name=name).exists()

    def test_bad_filter_in_the_address_is_cleared_with_a_message(self, legal_client):
        response = legal_client.get(f"{COOKIES_URL}?cookiegroup__id__exact=abc", follow=True)

        assert response.status_code == 200
        assert "Those filters could not be applied" in response.content.decode()


class TestConsentText:
    def test_a_new_version_starts_as_a_copy_of_the_live_one(self, legal_client):
        live = ConsentPolicy.objects.current()

        content = legal_client.get(f"{TEXTS_URL}create/").content.decode()

        assert "We use a few cookies to make the site work." in content
        assert "Cookies on Lord" in content and live.heading.startswith("Cookies on Lord")

    def test_a_new_draft_keeps_the_wording_and_nothing_of_the_record(self, legal_user):
        live = ConsentPolicy.objects.current()

        draft = live.new_draft(heading="Cookies, plainly")

        assert draft.pk is None and draft.version is None and draft.change_note == ""
        assert draft.heading == "Cookies, plainly"
        kept = [field for field in ConsentPolicy.WORDING_FIELDS if field != "heading"]
        assert [getattr(draft, field) for field in kept] == [getattr(live, field) for field in kept]

    def test_published_text_can_be_read_but_never_edited_or_deleted(
        self, legal_client, admin_client
    ):
        live = ConsentPolicy.objects.current()

        for user_client in (legal_client, admin_client):
            assert_denied(user_client.get(f"{TEXTS_URL}edit/{live.pk}/"))
            assert_denied(user_client.post(f"{TEXTS_URL}delete/{live.pk}/"))
            assert user_client.get(f"{TEXTS_URL}inspect/{live.pk}/").status_code == 200
        assert ConsentPolicy.objects.filter(pk=live.pk).exists()

    def test_draft_is_written_edited_then_published(self, legal_client, legal_user):
        live = ConsentPolicy.objects.current()
        legal_client.post(f"{TEXTS_URL}create/", text_form())
        draft = ConsentPolicy.objects.get(version__isnull=True)
        listing = legal_client.get(TEXTS_URL).content.decode()
        assert "Draft: readers do not see it until it is published" in listing
        assert f"{TEXTS_URL}publish/{draft.pk}/" in listing

        legal_client.post(f"{TEXTS_URL}edit/{draft.pk}/", text_form(heading="About cookies"))
        confirmation = legal_client.get(f"{TEXTS_URL}publish/{draft.pk}/")
        assert "ask every reader again" in confirmation.content.decode()
        response = legal_client.post(f"{TEXTS_URL}publish/{draft.pk}/")

        assert response.status_code == 302
        draft.refresh_from_db()
        assert draft.version == live.version + 1
        assert draft.heading == "About cookies"
        assert draft.published_by == legal_user
        assert ConsentPolicy.objects.current() == draft
        assert_denied(legal_client.post(f"{TEXTS_URL}publish/{draft.pk}/"))

    def test_publishing_records_the_privacy_policy_revision(self, legal_client, home):
        privacy = StandardPageFactory(parent=home, title="Privacy policy", slug="privacy")
        legal_client.post(f"{TEXTS_URL}create/", text_form(privacy_page=privacy.pk))
        draft = ConsentPolicy.objects.get(version__isnull=True)

        legal_client.post(f"{TEXTS_URL}publish/{draft.pk}/")

        draft.refresh_from_db()
        assert draft.privacy_page_revision == privacy.live_revision

    def test_publishing_needs_its_own_permission(self, client, django_user_model):
        drafter = django_user_model.objects.create_user("drafter", password="pw")
        drafting = Group.objects.create(name="Drafting")
        drafting.permissions.add(
            *Group.objects.get(name="Legal").permissions.exclude(codename="publish_consentpolicy")
        )
        drafter.groups.add(drafting)
        draft = ConsentPolicy.objects.create(heading="Draft", body="Words.")
        client.force_login(drafter)

        assert f"{TEXTS_URL}publish/{draft.pk}/" not in client.get(TEXTS_URL).content.decode()
        assert_denied(client.post(f"{TEXTS_URL}publish/{draft.pk}/"))
        draft.refresh_from_db()
        assert draft.version is None


class TestConsentLog:
    def test_records_cannot_be_made_changed_or_deleted_by_hand(
        self, make_record, legal_client, admin_client
    ):
        entry = make_record({"analytics": "accepted"})

        for user_client in (legal_client, admin_client):
            assert_denied(user_client.get(f"{LOG_URL}create/"))
            assert_denied(user_client.get(f"{LOG_URL}edit/{entry.pk}/"))
            assert_denied(user_client.post(f"{LOG_URL}delete/{entry.pk}/"))
            assert user_client.get(f"{LOG_URL}inspect/{entry.pk}/").status_code == 200
        assert ConsentRecord.objects.filter(pk=entry.pk).exists()

    def test_filters_by_group_decision(self, make_record, legal_client):
        accepted = make_record({"analytics": "accepted", "embeds": "declined"})
        declined = make_record({"analytics": "declined", "embeds": "accepted"})

        content = legal_client.get(f"{LOG_URL}?decision=analytics:accepted").content.decode()

        assert str(accepted.consent_id) in content
        assert str(declined.consent_id) not in content

    def test_filters_by_date(self, make_record, legal_client):
        recent = make_record({"analytics": "accepted"})
        old = make_record({"analytics": "accepted"}, days_ago=40)
        since = timezone.now() - timedelta(days=7)

        content = legal_client.get(
            LOG_URL, {"created_at__gte": since.isoformat(sep=" ")}
        ).content.decode()

        assert str(recent.consent_id) in content
        assert str(old.consent_id) not in content

    def test_finds_a_readers_records_by_consent_id(self, make_record, legal_client):
        reader = uuid.uuid4()
        theirs = [make_record({"analytics": "accepted"}, consent_id=reader) for _ in range(2)]
        other = make_record({"analytics": "declined"})

        response = legal_client.get(LOG_URL, {"q": str(reader)})

        assert response.context["result_count"] == 2
        content = response.content.decode()
        assert all(str(entry.consent_id) in content for entry in theirs)
        assert str(other.consent_id) not in content

    @pytest.mark.parametrize(
        "query",
        [
            "decision=analytics",
            "created_at__gte=yesterday",
            "version=1.5",
            "policy__id__exact=x",
            "nonsense=1",
        ],
    )
    def test_bad_filters_are_cleared_with_a_message(self, make_record, legal_client, query):
        make_record({"analytics": "accepted"})

        response = legal_client.get(f"{LOG_URL}?{query}", follow=True)

        assert response.status_code == 200
        assert "Those filters could not be applied" in response.content.decode()

    def test_exports_the_filtered_log_as_csv(self, make_record, legal_client):
        accepted = make_record({"analytics": "accepted", "embeds": "declined"}, choice="custom")
        declined = make_record({"analytics": "declined", "embeds": "declined"}, choice="reject_all")

        response = legal_client.get(LOG_URL, {"export": "csv", "decision": "analytics:accepted"})

        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
        assert rows[0] == [
            "Decided at",
            "Consent ID",
            "Consent text version",
            "Choice",
            "Decisions",
            "Global Privacy Control",
        ]
        assert len(rows) == 2
        assert rows[1][1] == str(accepted.consent_id)
        assert rows[1][2] == str(accepted.policy.version)
        assert rows[1][4] == "analytics: accepted; embeds: declined"
        assert str(declined.consent_id) not in {row[1] for row in rows}


class TestVersionPublishing:
    def test_the_comparison_shows_a_changed_group_beside_the_live_one(self, legal_client):
        analytics = CookieGroup.objects.get(varname="analytics")
        live_description = analytics.description
        legal_client.post(
            f"{GROUPS_URL}edit/{analytics.pk}/",
            group_form(analytics, description="Count visits and how far each story is read."),
        )
        legal_client.post(f"{TEXTS_URL}create/", text_form())
        draft = ConsentPolicy.objects.get(version__isnull=True)

        page = legal_client.get(f"{TEXTS_URL}publish/{draft.pk}/").content.decode()

        comparison = page[page.index('class="listing consent-comparison"') :]
        assert "Description of the group “Analytics”" in comparison
        assert f"<del>{live_description}</del>".replace("'", "&#x27;") in comparison
        assert "<ins>Count visits and how far each story is read.</ins>" in comparison
        assert "Changed: description of the group “Analytics”" in page

    @pytest.mark.parametrize("role", ["Writers", "Editors"])
    def test_writers_and_editors_cannot_publish_even_by_forged_post(
        self, client, django_user_model, role
    ):
        user = django_user_model.objects.create_user(f"{role.lower()}-1", password="pw")
        user.groups.add(Group.objects.get(name=role))
        live = ConsentPolicy.objects.current()
        draft = live.new_draft(heading="Sneaked in")
        draft.save()
        client.force_login(user)

        assert_denied(client.post(f"{TEXTS_URL}publish/{draft.pk}/"))
        assert_denied(client.post(f"{TEXTS_URL}create/", text_form(heading="Forged")))
        assert_denied(client.post(f"{TEXTS_URL}edit/{draft.pk}/", text_form(heading="Forged")))

        assert ConsentPolicy.objects.current() == live
        assert not ConsentPolicy.objects.filter(heading="Forged").exists()
        draft.refresh_from_db()
        assert draft.version is None

    def test_legal_staff_without_the_publish_permission_can_draft_but_not_publish(
        self, client, django_user_model
    ):
        drafter = django_user_model.objects.create_user("drafter", password="pw")
        drafter.groups.add(Group.objects.get(name="Legal"))
        drafter.user_permissions.set([])
        legal = Group.objects.get(name="Legal")
        publish = legal.permissions.get(codename="publish_consentpolicy")
        legal.permissions.remove(publish)
        client.force_login(drafter)
        client.post(f"{TEXTS_URL}create/", text_form())
        draft = ConsentPolicy.objects.get(version__isnull=True)

        assert_denied(client.post(f"{TEXTS_URL}publish/{draft.pk}/"))
        draft.refresh_from_db()
        assert draft.version is None
