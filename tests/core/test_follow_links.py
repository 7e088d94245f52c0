"""Follow links say whose profile they lead to, for readers using screen readers."""

from wagtail.models import Site

from core.models import SiteSettings
from tests.factories import AuthorPageFactory


def test_footer_follow_links_name_the_publication(client, home):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.follow_links = [
        ("link", {"platform": "mastodon", "url": "https://press.example.social/@lordspress"})
    ]
    site_settings.save()
    html = client.get(home.url).content.decode()
    assert 'aria-label="Lord&#x27;s Press on Mastodon">Mastodon</a>' in html


def test_author_links_name_the_author(client, author_index):
    author = AuthorPageFactory(
        parent=author_index,
        title="Ines Carvalho",
        social_links=[("link", {"platform": "bluesky", "url": "https://bsky.app/profile/ic"})],
    )
    html = client.get(author.url).content.decode()
    assert 'aria-label="Ines Carvalho on Bluesky">Bluesky</a>' in html
