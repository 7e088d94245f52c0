import pytest
from django.contrib.auth.models import AnonymousUser
from wagtail.models import PageViewRestriction

from tests.factories import ArticlePageFactory, ImageFactory, StandardPageFactory

SECRET = "The harbour board's secret tender price was 4.2 million"


@pytest.fixture
def newsroom(home, section, author):
    """A free story, a subscribers-only one, a draft, a private one and an expired one."""
    hero = ImageFactory(title="Harbour", credit="Ana Ruiz")
    free = ArticlePageFactory(
        parent=section,
        title="Harbour wall approved",
        authors=[(author, "Reporting")],
        tags=["harbour"],
        hero_image=hero,
        hero_caption="The wall at low tide",
        body=[
            ("paragraph", "<p>The council voted for the wall.</p>"),
            ("image", {"image": hero, "caption": "The old wall", "credit": "", "alt_text": ""}),
        ],
    )
    locked = ArticlePageFactory(
        parent=section,
        title="Tender prices revealed",
        authors=[author],
        subscribers_only=True,
        body=[
            ("paragraph", "<p>First paragraph anyone reads.</p>"),
            ("paragraph", "<p>Second paragraph anyone reads.</p>"),
            ("paragraph", f"<p>{SECRET}.</p>"),
        ],
    )
    draft = ArticlePageFactory(
        parent=section, title="Draft about the marina", authors=[author], publish=False
    )
    private = ArticlePageFactory(parent=section, title="Private marina memo", authors=[author])
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    standard = StandardPageFactory(parent=home, title="About us")
    return {
        "free": free,
        "locked": locked,
        "draft": draft,
        "private": private,
        "standard": standard,
        "hero": hero,
        "anonymous": AnonymousUser(),
    }
