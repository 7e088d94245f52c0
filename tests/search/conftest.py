import pytest

from tests.factories import ArticlePageFactory, AuthorPageFactory, SectionFactory


def paragraph(text):
    return [("paragraph", f"<p>{text}</p>")]


@pytest.fixture
def culture(home):
    return SectionFactory(parent=home, title="Culture", slug="culture")


@pytest.fixture
def other_author(author_index):
    return AuthorPageFactory(parent=author_index, title="Tomas Berg", slug="tomas-berg")


@pytest.fixture
def article(section, author):
    """A story that mentions a lighthouse in its body only."""
    return ArticlePageFactory(
        parent=section,
        title="Council approves the new ferry timetable",
        slug="ferry-timetable",
        authors=[author],
        body=paragraph("Passengers asked for a stop near the old lighthouse."),
    )


@pytest.fixture
def make_article(section, author):
    def make(**kwargs):
        kwargs.setdefault("parent", section)
        kwargs.setdefault("authors", [author])
        return ArticlePageFactory(**kwargs)

    return make
