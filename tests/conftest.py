import pytest
from django.core.cache import caches

from tests.factories import (
    AuthorIndexPageFactory,
    AuthorPageFactory,
    SectionFactory,
    UserFactory,
    build_site,
)


@pytest.fixture(autouse=True)
def _clear_caches():
    """Each test starts with empty caches, so no test sees another's renditions or pages."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def home(db):
    return build_site()


@pytest.fixture
def section(home):
    return SectionFactory(parent=home, title="Politics", slug="politics")


@pytest.fixture
def author_index(home):
    return AuthorIndexPageFactory(parent=home)


@pytest.fixture
def author(author_index):
    return AuthorPageFactory(parent=author_index, title="Esther Ward", slug="esther-ward")


@pytest.fixture
def staff(db):
    """One person per newsroom role, in the groups the data migration creates."""
    return {
        "writer": UserFactory(username="writer", groups=["Writers"]),
        "editor": UserFactory(username="editor", groups=["Editors"]),
        "legal": UserFactory(username="legal", groups=["Legal"]),
        "admin": UserFactory(username="administrator", is_superuser=True),
    }
