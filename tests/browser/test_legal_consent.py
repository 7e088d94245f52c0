"""Legal staff publish a new consent version in a real browser, and a reader who chose
before is asked again under it."""

from cookie_consent.models import CookieGroup
from django.contrib.auth.models import Group

from consent.models import ConsentPolicy, ConsentRecord
from tests.factories import ArticlePageFactory, SectionFactory, build_site

PASSWORD = "not-a-real-password"
NEW_DESCRIPTION = "Count visits, and how far down each story readers scroll."


def test_legal_drafts_compares_and_publishes_and_readers_are_asked_again(
    chromium, live_server, django_user_model
):
    home = build_site()
    article = ArticlePageFactory(parent=SectionFactory(parent=home, slug="culture"))
    legal = django_user_model.objects.create_user("lena", password=PASSWORD)
    legal.groups.add(Group.objects.get(name="Legal"))
    first_version = ConsentPolicy.objects.current()

    reader = chromium.new_context().new_page()
    reader.set_default_timeout(15_000)
    reader.goto(live_server.url + article.url)
    reader.get_by_role("region", name="Cookies on Lord's Press").get_by_role(
        "button", name="Accept all"
    ).click()
    reader.locator("[data-consent-banner]").wait_for(state="hidden")
    assert ConsentRecord.objects.get().policy == first_version

    staff = chromium.new_context().new_page()
    staff.set_default_timeout(15_000)
    staff.goto(f"{live_server.url}/admin/login/")
    staff.get_by_label("Username").fill("lena")
    staff.get_by_label("Password").fill(PASSWORD)
    staff.get_by_role("button", name="Sign in").click()
    staff.wait_for_url(f"{live_server.url}/admin/")

    # The group's description changes on its own screen; readers see nothing yet.
    analytics = CookieGroup.objects.get(varname="analytics")
    staff.goto(f"{live_server.url}/admin/cookie_consent/cookiegroup/edit/{analytics.pk}/")
    staff.get_by_role("textbox", name="What readers are told").fill(NEW_DESCRIPTION)
    staff.get_by_role("button", name="Save").click()
    staff.wait_for_url(f"{live_server.url}/admin/cookie_consent/cookiegroup/")
    reader.reload()
    assert reader.locator("[data-consent-banner]").is_hidden()

    # A draft version starts from the live one.
    staff.goto(f"{live_server.url}/admin/consent/consentpolicy/create/")
    staff.get_by_role("textbox", name="What changed, for readers").fill(
        "Analytics now also measures how far you scroll."
    )
    staff.get_by_role("button", name="Save").click()
    staff.wait_for_url(f"{live_server.url}/admin/consent/consentpolicy/")
    draft = ConsentPolicy.objects.get(version__isnull=True)

    staff.get_by_role("link", name="Compare and publish").first.click()
    staff.wait_for_url(f"**/publish/{draft.pk}/")
    comparison = staff.locator("table.consent-comparison")
    row = comparison.get_by_role("row").filter(has_text="Description of the group “Analytics”")
    assert analytics.description in row.locator("del").inner_text()
    assert row.locator("ins").inner_text() == NEW_DESCRIPTION
    staff.get_by_role("button", name="Yes, publish and ask every reader again").click()
    staff.wait_for_url(f"{live_server.url}/admin/consent/consentpolicy/")
    assert "is live" in staff.locator(".messages").inner_text()

    draft.refresh_from_db()
    assert draft.version == first_version.version + 1

    reader.reload()
    banner = reader.get_by_role("region", name="Cookies on Lord's Press")
    banner.wait_for()
    changes = banner.locator("[data-consent-changes]")
    assert "Analytics now also measures how far you scroll." in changes.inner_text()
    banner.get_by_role("button", name="Customise").click()
    assert NEW_DESCRIPTION in banner.inner_text()
    banner.get_by_role("button", name="Reject all").click()
    reader.locator("[data-consent-banner]").wait_for(state="hidden")

    latest = ConsentRecord.objects.latest("created_at")
    assert latest.policy == draft
    assert latest.consent_id == ConsentRecord.objects.earliest("created_at").consent_id
    assert latest.policy.groups != first_version.groups
