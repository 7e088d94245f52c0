"""A small newsroom for the workflow tests: roles, sections, the privacy policy, stories."""

from types import SimpleNamespace

from editorial.roles import give_page_to_legal, give_section_to_writers
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
