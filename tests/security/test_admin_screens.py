"""Every admin screen works under production's static files and the admin's Content-Security-Policy,
for an administrator.

The screens come from the admin's own menu, so a screen added later is walked too.
"""

import re
from urllib.parse import urljoin, urlsplit

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory
from django_otp.middleware import OTPMiddleware
from wagtail.admin.menu import SubmenuMenuItem, admin_menu

from tests.factories import UserFactory
from tests.security.csp_check import blocked
from tests.security.newsroom import build_newsroom

HREF = re.compile(r'href="([^"#]+)"')
# Links from a listing to one of its rows: /<listing>/edit/3/, /<listing>/inspect/3/,
# /<listing>/3/ (users, groups, sites, settings) or /<listing>/3/edit/ (pages).
ROW_VIEW = re.compile(r"^(?:(?:edit|inspect)/[^/]+/|\d+/(?:edit/)?)$")


def menu_entries(request):
    """(label, url) for each link in the admin menu and its submenus, as `request` sees it."""
    entries = []

    def walk(menu, trail):
        for item in menu.menu_items_for_request(request):
            label = f"{trail}{item.label}"
            if isinstance(item, SubmenuMenuItem):
                walk(item.menu, f"{label} → ")
            else:
                entries.append((label, str(item.url)))

    walk(admin_menu, "")
    return entries


def first_row_view(listing_url, html):
    """The first link from a listing to one of its rows' edit or inspect views, if any."""
    # Workflows list at .../list/ and tasks at .../index/, with their rows one level up.
    listing_path = re.sub(r"(?:list|index)/$", "", urlsplit(listing_url).path)
    for href in HREF.findall(html):
        path = urlsplit(urljoin(listing_url, href.replace("&amp;", "&"))).path
        if path.startswith(listing_path) and ROW_VIEW.match(path[len(listing_path) :]):
            return path
    return None


def admin_request(user):
    """A request to the admin as `user` has it after the middleware: second factor known."""
    request = RequestFactory().get("/admin/")
    request.session = SessionStore()
    request.user = user
    OTPMiddleware(lambda request: None)(request)
    return request


@pytest.fixture
def administrator(db):
    return UserFactory(username="chief", is_superuser=True, is_staff=True)


@pytest.fixture
def newsroom(db):
    return build_newsroom()


def test_menu_walk_finds_every_section_of_the_admin(administrator, newsroom):
    request = admin_request(administrator)
    labels = {label for label, _ in menu_entries(request)}
    for expected in (
        "Pages",
        "Editorial calendar",
        "Subscriptions → Subscribers",
        "Subscriptions → Newsletters",
        "Privacy → Consent log",
        "Privacy → Acceptance report",
        "Sponsors",
        "Tags",
        "Reports → Site history",
        "Settings → Users",
        "Settings → Analytics",
    ):
        assert expected in labels


def test_every_admin_screen_answers_under_production_static_files(
    client, administrator, newsroom, production_static
):
    client.force_login(administrator)
    # Collect every failing screen instead of stopping at the first exception.
    client.raise_request_exception = False
    request = admin_request(administrator)
    # The screens outside the menu: the dashboard, the account menu and the snippets index.
    screens = [
        ("Dashboard", "/admin/"),
        ("Account", "/admin/account/"),
        ("Snippets", "/admin/snippets/"),
    ]
    for label, url in menu_entries(request):
        if url.startswith("/"):  # Help links lead to Wagtail's own site.
            screens.append((label, url))
    screens += [
        (f"Editor of {page.title}", f"/admin/pages/{page.pk}/edit/") for page in newsroom.values()
    ]

    failures = []
    visited = set()
    while screens:
        label, url = screens.pop(0)
        if url in visited:
            continue
        visited.add(url)
        response = client.get(url, follow=True)
        if response.status_code != 200:
            failures.append(f"{label} ({url}): {response.status_code}")
            continue
        final_url = response.request["PATH_INFO"]
        html = response.content.decode()
        for problem in blocked(
            html, response["Content-Security-Policy"], f"http://testserver{final_url}"
        ):
            failures.append(f"{label} ({url}): the policy {problem}")
        row_view = first_row_view(final_url, html)
        if row_view:
            screens.append((f"{label}, first row", row_view))

    assert not failures, "Admin screens failing:\n" + "\n".join(failures)
    # The walk reached the rows, not only the listings.
    assert "/admin/subscriptions/subscriber/inspect/" in " ".join(visited)
    for row in (r"snippets/sponsors/sponsor/edit/\d+/", r"workflows/tasks/edit/\d+/"):
        assert any(re.fullmatch(f"/admin/{row}", url) for url in visited)
