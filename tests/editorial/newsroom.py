"""A small newsroom for the workflow tests: roles, sections, the privacy policy, stories."""

from types import SimpleNamespace

from django.urls import reverse

from editorial.roles import give_page_to_legal, give_section_to_writers
from tests.admin_forms import page_form_data
from tests.factories import (
    ArticlePageFactory,
    AuthorIndexPageFactory,
    AuthorPageFactory,
    SectionFactory,
    StandardPageFactory,
    UserFactory,
    build_site,
)


def build_newsroom():
    """Politics given to writers, Opinion not; the privacy policy given to Legal; one
    person per role; and two stories the writer filed, one live and one a draft."""
    home = build_site()
    section = SectionFactory(parent=home, title="Politics", slug="politics")
    give_section_to_writers(section)
    privacy_page = StandardPageFactory(parent=home, title="Privacy policy", slug="privacy-policy")
    give_page_to_legal(privacy_page)
    author = AuthorPageFactory(
        parent=AuthorIndexPageFactory(parent=home), title="Esther Ward", slug="esther-ward"
    )
    staff = {
        "writer": UserFactory(username="writer", groups=["Writers"]),
        "editor": UserFactory(username="editor", groups=["Editors"]),
        "legal": UserFactory(username="legal", groups=["Legal"]),
        "admin": UserFactory(username="administrator", is_superuser=True),
    }
    return SimpleNamespace(
        home=home,
        section=section,
        opinion=SectionFactory(parent=home, title="Opinion", slug="opinion"),
        author=author,
        privacy_page=privacy_page,
        staff=staff,
        live_story=ArticlePageFactory(
            parent=section,
            title="Harbour board approves dredging",
            slug="harbour-dredging",
            authors=[author],
            owner=staff["writer"],
        ),
        draft_story=ArticlePageFactory(
            parent=section,
            title="Ferry timetable to change in spring",
            slug="ferry-timetable",
            authors=[author],
            owner=staff["writer"],
            publish=False,
        ),
    )


def submit(page, user):
    """Send the page into its workflow as `user`, as the Submit button does."""
    return page.get_workflow().start(page, user)


def workflow_action(client, page, action, comment=""):
    """Approve or reject ("reject" requests changes) the page's current step, as the
    buttons on the dashboard do; return the task state acted on."""
    task_state = page.current_workflow_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": comment},
    )
    assert response.status_code == 302
    task_state.refresh_from_db()
    return task_state


def edit(client, page, **changes):
    """Post the page's editor form as the client's user, with `changes` made."""
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form_data(client, page, **changes),
    )
