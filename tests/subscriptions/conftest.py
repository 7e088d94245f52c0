import pytest

from tests.factories import ArticlePageFactory, SubscriberFactory
from tests.task_queue import database_queue  # noqa: F401

SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


@pytest.fixture
def reader(home):
    """A confirmed subscriber with a reader account."""
    return SubscriberFactory(email="ada@example.org", confirmed=True)


@pytest.fixture
def reader_client(client, reader):
    client.force_login(reader.user)
    return client


@pytest.fixture
def locked_article(section, author):
    return ArticlePageFactory(
        parent=section,
        title="Inside the harbour contract",
        slug="inside-the-harbour-contract",
        authors=[author],
        subscribers_only=True,
        body=[
            ("paragraph", "<p>Opening paragraph everyone reads.</p>"),
            ("subheading", "What the papers show"),
            ("paragraph", "<p>Second paragraph everyone reads.</p>"),
            ("paragraph", "<p>Secret finding for subscribers.</p>"),
            ("pull_quote", {"quote": "Subscribers-only quotation", "attribution": "A clerk"}),
        ],
    )
