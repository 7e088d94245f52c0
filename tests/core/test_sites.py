"""Every reader address finds its site the one way Wagtail does: by host name, else the
default site."""

import pytest

from tests.factories import ArticlePageFactory

READER_ADDRESSES = [
    "/",
    "/politics/",
    "/feeds/rss/",
    "/sitemap.xml",
    "/robots.txt",
    "/fragments/dateline/",
]


@pytest.mark.parametrize("address", READER_ADDRESSES)
def test_a_host_name_no_site_claims_is_served_by_the_default_site(
    client, section, settings, address
):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "news.example"]
    ArticlePageFactory(parent=section, title="Harbour wall vote")

    response = client.get(address, HTTP_HOST="news.example")

    assert response.status_code == 200
    if address in ("/", "/politics/", "/feeds/rss/", "/sitemap.xml"):
        assert b"/politics/harbour-wall-vote/" in response.content
