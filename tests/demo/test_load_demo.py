"""The demo newsroom loads through the model APIs, completely, and only once."""

from io import StringIO

from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import TestCase
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from authors.models import AuthorPage
from core.models import SiteSettings
from demo.management.commands.load_demo import DEMO_USERS
from home.models import HomePage
from news.blocks import BodyBlock
from news.models import ArticlePage, CategoryIndexPage


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "articles": ArticlePage.objects.live().count(),
        "authors": AuthorPage.objects.count(),
    }


class LoadDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        # Loading takes a while, so every test here reads the same newsroom.
        cls.output = StringIO()
        # As under `make run`, where every save commits: what waits for the commit (the
        # search index, renewed caches, queued e-mail) happens while the demo loads.
        with cls.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", stdout=cls.output)
        cls.after_first_run = snapshot()
        call_command("load_demo", stdout=StringIO())
        cls.after_second_run = snapshot()

    def test_running_twice_changes_nothing(self):
        self.assertEqual(self.after_first_run, self.after_second_run)

    def test_newsroom_has_the_promised_scale(self):
        self.assertEqual(HomePage.objects.count(), 1)
        site = Site.objects.get(is_default_site=True)
        self.assertIs(site.root_page.specific_class, HomePage)
        self.assertGreaterEqual(CategoryIndexPage.objects.live().count(), 5)
        self.assertTrue(AuthorPage.objects.filter(title="Staff Writers").exists())
        self.assertGreaterEqual(AuthorPage.objects.exclude(title="Staff Writers").count(), 8)
        self.assertGreaterEqual(ArticlePage.objects.live().count(), 40)

    def test_every_block_type_is_used(self):
        used = {block.block_type for article in ArticlePage.objects.all() for block in article.body}
        self.assertEqual(used, set(BodyBlock.base_blocks))

    def test_articles_have_bylines_photos_and_syndication(self):
        articles = ArticlePage.objects.prefetch_related("author_links")
        self.assertTrue(any(len(article.author_links.all()) > 1 for article in articles))
        self.assertTrue(all(article.hero_image_id for article in articles))
        self.assertGreaterEqual(get_image_model().objects.exclude(credit="").count(), 40)
        self.assertTrue(ArticlePage.objects.exclude(syndication_source_name="").exists())

    def test_only_corrected_articles_claim_an_update(self):
        for article in ArticlePage.objects.all():
            with self.subTest(article=article.slug):
                self.assertEqual(bool(article.updated_date()), article.corrections.exists())

    def test_site_settings_link_standing_pages(self):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        self.assertTrue(settings.about_page.live)
        self.assertTrue(settings.privacy_page.live)
        self.assertGreaterEqual(len(settings.follow_links), 1)

    def test_demo_users_can_sign_in_with_the_printed_passwords(self):
        for username, password, group, is_superuser in DEMO_USERS:
            with self.subTest(username=username):
                self.assertIn(f"{username:<8} password: {password}", self.output.getvalue())
                user = authenticate(username=username, password=password)
                self.assertIsNotNone(user)
                self.assertIs(user.is_superuser, is_superuser)
                if group:
                    self.assertTrue(user.groups.filter(name=group).exists())

    def test_search_finds_the_demo_stories_as_soon_as_the_site_answers(self):
        article = ArticlePage.objects.live().public().filter(subscribers_only=False).first()
        word = max(article.title.split(), key=len).strip(",.:;'\"\u2019")
        response = self.client.get("/search/", {"q": word})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, article.url)

    def test_demo_pages_render(self):
        article = ArticlePage.objects.live().first()
        for url in ["/", article.url, article.get_parent().url, "/authors/", "/about/"]:
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)
