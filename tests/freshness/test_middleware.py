"""Anonymous readers are served from the cache; every change readers should see purges it."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.cache.backends.base import BaseCache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from consent.models import ConsentPolicy
from core.models import SiteSettings
from freshness.middleware import response_key
from tests.factories import ArticlePageFactory, SectionFactory


@pytest.fixture
def article(section, author):
    return ArticlePageFactory(
        parent=section, title="Tide gauge installed", slug="tide-gauge", authors=[author]
    )


def publish_edit(page, **changes):
    for field, value in changes.items():
        setattr(page, field, value)
    page.save_revision().publish()


def test_second_anonymous_request_is_a_hit_without_queries(client, article):
    first = client.get(article.url)
    assert first["X-Cache"] == "MISS"
    with CaptureQueriesContext(connection) as queries:
        second = client.get(article.url)
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert len(queries) == 0


def test_cacheable_responses_tell_browsers_and_cdns_how_long(client, article):
    response = client.get(article.url)
    cache_control = response["Cache-Control"]
    assert "public" in cache_control
    assert "max-age=60" in cache_control
    assert "s-maxage=600" in cache_control
    assert "stale-while-revalidate=60" in cache_control


def test_conditional_get_answers_not_modified(client, article):
    etag = client.get(article.url)["ETag"]
    assert etag
    assert client.get(article.url, headers={"if-none-match": etag}).status_code == 304
    assert client.get(article.url, headers={"if-none-match": '"stale"'}).status_code == 200


def test_search_results_are_cached_briefly(client, home):
    response = client.get("/search/?q=harbour")
    assert "s-maxage=60" in response["Cache-Control"]


def test_query_string_variants_are_cached_separately(client, section, article):
    client.get(section.url)
    assert client.get(section.url + "?page=2")["X-Cache"] == "MISS"
    assert client.get(section.url + "?page=2")["X-Cache"] == "HIT"


def test_published_edit_is_visible_at_once_on_every_listing(client, commit, home, article, author):
    for url in (article.url, article.get_parent().url, home.url, author.url):
        client.get(url)
    commit(publish_edit, article, title="Tide gauge installed at the harbour mouth")
    for url in (article.url, article.get_parent().url, home.url, author.url):
        response = client.get(url)
        assert response["X-Cache"] == "MISS", url
        assert "Tide gauge installed at the harbour mouth" in response.content.decode(), url


def test_every_page_of_a_listing_is_purged(client, commit, section, article):
    client.get(section.url + "?page=1")
    commit(publish_edit, article, title="Renamed story")
    assert client.get(section.url + "?page=1")["X-Cache"] == "MISS"


def test_unpublished_article_leaves_the_cache(client, commit, home, article):
    client.get(article.url)
    client.get(home.url)
    commit(article.unpublish)
    assert client.get(article.url).status_code == 404
    assert "Tide gauge installed" not in client.get(home.url).content.decode()


def test_deleted_article_leaves_the_cache(client, commit, article):
    url = article.url
    client.get(url)
    commit(article.delete)
    assert client.get(url).status_code == 404


def test_moved_article_redirects_from_its_old_address(client, commit, home, article):
    old_url = article.url
    client.get(old_url)
    culture = SectionFactory(parent=home, title="Culture", slug="culture")
    commit(article.move, culture, pos="last-child", user=None)
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == "/culture/tide-gauge/"
    assert client.get("/culture/tide-gauge/").status_code == 200


def test_scheduled_publication_appears_when_it_goes_live(client, commit, home, section, author):
    go_live = timezone.now() + timedelta(hours=1)
    scheduled = ArticlePageFactory(
        parent=section, title="Night ferry returns", authors=[author], publish=False
    )
    scheduled.go_live_at = go_live
    scheduled.save_revision().publish()
    assert "Night ferry returns" not in client.get(home.url).content.decode()
    with time_machine.travel(go_live + timedelta(minutes=1)):
        commit(call_command, "publish_scheduled")
    assert "Night ferry returns" in client.get(home.url).content.decode()


def test_settings_change_purges_every_page(client, commit, home, article):
    client.get(article.url)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.tagline = "Ardmere's paper of record"
    commit(site_settings.save)
    response = client.get(article.url)
    assert response["X-Cache"] == "MISS"
    assert "Ardmere&#x27;s paper of record" in response.content.decode()


def test_signed_in_readers_are_never_served_or_stored(client, article):
    client.get(article.url)
    reader = get_user_model().objects.create_user("reader", "reader@example.com", "pw")
    client.force_login(reader)
    response = client.get(article.url)
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]
    client.logout()
    assert client.get(article.url)["X-Cache"] == "HIT"


def test_admin_and_previews_are_not_cached(admin_client, article):
    response = admin_client.get(f"/admin/pages/{article.pk}/edit/preview/")
    assert "X-Cache" not in response
    assert "X-Cache" not in admin_client.get("/admin/")


def test_posts_are_not_cached(client, article):
    assert "X-Cache" not in client.post(article.url)


def test_pages_with_a_form_token_are_not_shared(client, section):
    restricted = ArticlePageFactory(parent=section, title="Members' note")
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="tide"
    )
    response = client.get(restricted.url)
    assert response.status_code == 200
    assert "X-Cache" not in response
    assert client.get(restricted.url).get("X-Cache") is None


class BrokenCache(BaseCache):
    """A cache whose server has gone away."""

    def __init__(self, *args, **kwargs):
        super().__init__({})

    def _fail(self, *args, **kwargs):
        raise ConnectionError("cache server unreachable")

    get = get_many = set = set_many = add = delete = clear = _fail


def test_pages_are_served_uncached_when_the_cache_is_down(client, settings, article):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "tests.pagecache.test_middleware.BrokenCache"},
    }
    settings.PAGE_CACHE_ALIAS = "pages"
    response = client.get(article.url)
    assert response.status_code == 200
    assert "Tide gauge installed" in response.content.decode()


def test_pages_are_served_when_redis_is_unreachable(client, settings, article):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "IGNORE_EXCEPTIONS": True},
        },
    }
    settings.PAGE_CACHE_ALIAS = "pages"
    assert client.get(article.url).status_code == 200


def test_a_view_that_sets_its_own_lifetime_keeps_it(client, settings, home):
    # The shared cache's lifetime, on the clock time_machine moves (process copies keep
    # to the monotonic clock, which it does not).
    settings.PAGE_CACHE_PROCESS_SECONDS = 0
    first = client.get("/fragments/dateline/")
    assert first["Cache-Control"] == "public, max-age=30"
    with time_machine.travel(timezone.now() + timedelta(seconds=20)):
        assert client.get("/fragments/dateline/")["X-Cache"] == "HIT"
    with time_machine.travel(timezone.now() + timedelta(seconds=40)):
        assert client.get("/fragments/dateline/")["X-Cache"] == "MISS"


def test_feeds_and_sitemaps_are_purged_on_publish(client, commit, section, article, author):
    feeds = [
        "/feeds/rss/",
        f"/feeds/sections/{section.slug}/rss/",
        f"/feeds/authors/{author.slug}/atom/",
        "/news-sitemap.xml",
    ]
    for url in [*feeds, "/sitemap.xml"]:
        assert client.get(url).status_code == 200, url
    commit(publish_edit, article, title="Tide gauge reading published")
    assert client.get("/sitemap.xml")["X-Cache"] == "MISS"
    for url in feeds:
        response = client.get(url)
        assert response["X-Cache"] == "MISS", url
        assert "Tide gauge reading published" in response.content.decode(), url


def test_publishing_new_consent_text_purges_every_page(client, commit, article):
    client.get(article.url)
    draft = ConsentPolicy.objects.create(heading="Your choices about cookies")
    commit(draft.publish)
    response = client.get(article.url)
    assert response["X-Cache"] == "MISS"
    assert "Your choices about cookies" in response.content.decode()


def test_restricting_a_page_purges_its_cached_public_copy(client, commit, home, article):
    client.get(article.url)
    client.get(home.url)

    commit(
        PageViewRestriction.objects.create,
        page=article,
        restriction_type=PageViewRestriction.PASSWORD,
        password="harbour",
    )

    assert "Tide gauge installed" not in client.get(article.url).content.decode()
    assert "Tide gauge installed" not in client.get(home.url).content.decode()


def rendering_elsewhere(path):
    """Claim the render of `path`, as a request on another worker that is rendering it."""
    key = response_key("testserver", path, "")
    assert cache.add(f"{key}:rendering", True)
    return key


def test_while_one_request_renders_a_renewed_page_readers_get_the_copy_it_replaces(
    client, article, commit
):
    client.get(article.url)
    commit(publish_edit, article, title="Tide gauge installed at the pier")
    key = rendering_elsewhere(article.url)

    with CaptureQueriesContext(connection) as queries:
        stale = client.get(article.url)
    assert stale["X-Cache"] == "STALE"
    assert "Tide gauge installed at the pier" not in stale.content.decode()
    assert len(queries) == 0

    cache.delete(f"{key}:rendering")
    fresh = client.get(article.url)
    assert fresh["X-Cache"] == "MISS"
    assert "Tide gauge installed at the pier" in fresh.content.decode()
    assert cache.get(f"{key}:rendering") is None
    assert client.get(article.url)["X-Cache"] == "HIT"


def test_the_render_claim_is_given_up_when_the_view_fails(client, article, commit, monkeypatch):
    client.get(article.url)
    commit(publish_edit, article, title="Tide gauge moved")
    client.raise_request_exception = True
    monkeypatch.setattr(
        "news.models.ArticlePage.serve", lambda *args, **kwargs: 1 / 0, raising=True
    )
    with pytest.raises(ZeroDivisionError):
        client.get(article.url)
    assert cache.get(f"{response_key('testserver', article.url, '')}:rendering") is None


def test_an_unpublished_page_is_never_served_from_the_copy_it_replaces(client, article, commit):
    client.get(article.url)
    commit(article.unpublish)

    assert client.get(article.url).status_code == 404
    rendering_elsewhere(article.url)
    assert client.get(article.url).status_code == 404
