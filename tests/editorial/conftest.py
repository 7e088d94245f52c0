import pytest

from tests.editorial.newsroom import build_newsroom


@pytest.fixture
def newsroom(db):
    return build_newsroom()
